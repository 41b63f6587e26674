/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cli-db: the CLI's side of the signature database: the copy built into the
 * binary and the one way every command opens the database.
 */
#ifndef KT_CLI_DB_H
#define KT_CLI_DB_H

#include <stddef.h>

#include "ktriage.h"
#include "signature.h"

/* cli/builtin-db.c (generated), or cli/no-builtin-db.c in ktriage-stage1 */
extern const unsigned char kt_builtin_db[];
extern const size_t kt_builtin_db_len;

/*
 * Open db (NULL: the lookup order of DESIGN.md, ending with the built-in
 * copy), printing a warning for each candidate skipped.  Returns the set
 * (kt_sigset_free) or NULL with err filled; the caller decides how to fail.
 */
struct kt_sigset *cli_open_sigs(const char *db, struct kt_error *err);
/* The same, the built-in image's signatures read only at the first report
 * (kt_sigset_load): for scan, where most logs have none. */
struct kt_sigset *cli_open_sigs_lazy(const char *db, struct kt_error *err);
/* "<where> (version V, compiled C, N signatures)": which database is in use. */
void cli_db_describe(const struct kt_sigset *set, char *buf, size_t len);

#endif
