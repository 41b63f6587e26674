/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <stdio.h>

#include "cli-db.h"
#include "sigdb.h"
#include "usage.h"

struct kt_sigset *
cli_open_sigs_lazy(const char *db, struct kt_error *err)
{
	struct kt_diag diag = { NULL, 0, 0 };
	char where[512];
	struct kt_sigset *set;

	set = kt_sigdb_default(db, kt_builtin_db, kt_builtin_db_len, where, sizeof(where), &diag, err);
	for (size_t i = 0; i < diag.n; i++)
		warning("%s", diag.msgs[i]);
	kt_diag_release(&diag);
	return set;
}

struct kt_sigset *
cli_open_sigs(const char *db, struct kt_error *err)
{
	struct kt_sigset *set = cli_open_sigs_lazy(db, err);

	if (set && kt_sigset_load(set, err)) {
		kt_sigset_free(set);
		return NULL;
	}
	return set;
}

void
cli_db_describe(const struct kt_sigset *set, char *buf, size_t len)
{
	snprintf(buf, len, "%s (version %s, compiled %s, %zu signatures)",
	    set->origin ? set->origin : "?", set->db_version ? set->db_version : "?",
	    set->created ? set->created : "?", set->nsigs);
}
