/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sigdb: the compiled signature database (SQLite, schema in db/schema.sql).
 * Writing is atomic (a temporary file renamed into place); reading opens
 * the file read-only, checks application_id, schema version and the
 * signature field set (meta "fields", see sigfield.h), and loads every
 * signature into a struct kt_sigset ready for matching (the built-in
 * image's at their first use: kt_sigset_load).  A database that
 * fails a check, or holds a condition kind or field this ktriage does not
 * know, is refused whole (NULL and a message in err), never half read.
 * Returned sets are owned by the caller (kt_sigset_free).
 */
#ifndef KT_SIGDB_H
#define KT_SIGDB_H

#include <stddef.h>
#include <sys/types.h>

#include "ktriage.h"
#include "signature.h"

#define KT_SIGDB_SCHEMA_VERSION 5	/* 2: meta "fields"; 3: test_logs, variants, distinctive;
					 * 4: common; 5: inlined */
#define KT_SIGDB_APPLICATION_ID 1263817287	/* "KTRG" */

extern const unsigned char kt_schema_sql[];	/* db/schema.sql, generated */
extern const size_t kt_schema_sql_len;

/* Write set as path (a new file of mode, umask applied, renamed into place: file.h). */
int kt_sigdb_write(const struct kt_sigset *set, const char *path, const char *db_version,
    mode_t mode, struct kt_error *err);
struct kt_sigset *kt_sigdb_open(const char *path, struct kt_error *err);
/* The same, refusing a symbolic link: for the files of ktriage's data directories. */
struct kt_sigset *kt_sigdb_open_nofollow(const char *path, struct kt_error *err);
/* The image's identity and meta are read now, its signatures by
 * kt_sigset_load() (which kt_match_report() calls): until then nsigs is 0. */
struct kt_sigset *kt_sigdb_open_memory(const unsigned char *data, size_t len, struct kt_error *err);
/* Read the signatures of a set opened by kt_sigdb_open_memory(), once (any
 * thread; the others wait); 0 at once for any other set.  -1 with err set
 * (err may be NULL) when its rows cannot be read: the set stays empty. */
int kt_sigset_load(struct kt_sigset *set, struct kt_error *err);
/* meta value of the database a set was loaded from */
const char *kt_sigset_meta(const struct kt_sigset *set, const char *key);
/* > 0 when a is the newer database (its version, then when it was compiled). */
int kt_sigset_cmp_age(const struct kt_sigset *a, const struct kt_sigset *b);
/*
 * Load the database by the lookup order of DESIGN.md (of the implicit
 * candidates, the newest); where gets its name, as set->origin does.
 * builtin (builtin_len bytes) is the last resort: the caller's built-in copy,
 * as the library itself has none.
 */
struct kt_sigset *kt_sigdb_default(const char *explicit_path, const unsigned char *builtin,
    size_t builtin_len, char *where, size_t wlen, struct kt_diag *diag, struct kt_error *err);

#endif
