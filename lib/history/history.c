/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * history: the crash history, an SQLite file of every report that
 * "ktriage scan --record" saw (see history.h and ktriage-history(1)).
 *
 * Safety rules:
 *  - a file that is not a ktriage history (text, a foreign SQLite database,
 *    an empty or damaged file, a newer schema) is refused with an error and
 *    never written to: it is checked read-only before any lock is taken;
 *  - a new history is built complete under a temporary name and linked into
 *    place with link(2), which fails if the name exists, so two processes
 *    creating it at once both end up using the one that won, and a
 *    zero-byte file is never a history in the making;
 *  - writers use WAL mode, a busy timeout and BEGIN IMMEDIATE, and retry the
 *    whole transaction on SQLITE_BUSY until a deadline, so concurrent runs
 *    never lose a record.
 * SQL is only ever run as constant text with bound parameters.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "file.h"
#include "history.h"
#include "sigdb.h"
#include "strbuf.h"
#include "util.h"

#define KT_HISTORY_APPLICATION_ID 1263817288	/* "KTRH" */
#define KT_HISTORY_SCHEMA_VERSION 1
#define STR_(x) #x
#define STR(x) STR_(x)
#define BUSY_TIMEOUT_MS 30000
#define RETRY_SECONDS 300	/* give up retrying a busy transaction after this */

static const char schema_sql[] =
	"CREATE TABLE runs (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  seen INTEGER NOT NULL,\n"	/* seconds since the epoch */
	"  reports INTEGER NOT NULL\n"
	");\n"
	"CREATE TABLE reports (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  run INTEGER NOT NULL REFERENCES runs(id),\n"
	"  seen INTEGER NOT NULL,\n"
	"  fingerprint TEXT NOT NULL,\n"
	"  title TEXT,\n"
	"  kind TEXT,\n"
	"  signature TEXT,\n"	/* NULL: no signature matched */
	"  source TEXT\n"
	");\n"
	"CREATE INDEX reports_seen ON reports(seen);\n"
	"CREATE INDEX reports_fingerprint ON reports(fingerprint);\n"
	"CREATE INDEX reports_signature ON reports(signature);\n"
	"CREATE INDEX runs_seen ON runs(seen);\n";

static bool
is_busy(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* An SQLite failure on the file, worded for the user. */
static void
sql_err(struct kt_error *err, const char *path, const char *what, sqlite3 *db, int rc)
{
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		kt_fail(err, KT_EFORMAT, "%s: not a ktriage history (not an SQLite database); not touching it", path);
		break;
	case SQLITE_CORRUPT:
		kt_fail(err, KT_EFORMAT, "%s: damaged ktriage history (%s); not touching it", path,
		    db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		break;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		kt_fail(err, KT_EIO, "%s: locked by another process for more than %d s, giving up",
		    path, RETRY_SECONDS);
		break;
	default:
		kt_fail(err, (rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN ||
		    (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_FULL ||
		    (rc & 0xff) == SQLITE_PERM ? KT_EIO : KT_EFORMAT, "%s: %s: %s", path, what,
		    db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		break;
	}
}

char *
kt_history_default_path(void)
{
	return kt_xdg_path("XDG_STATE_HOME", ".local/state", "ktriage/history.db");
}

/* mkdir -p of the directory part of path; the directories it creates are 0700. */
static int
make_parent_dirs(const char *path, struct kt_error *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = 0;

	if (slash && slash != dir) {
		*slash = '\0';
		if ((rc = kt_mkdir_private(dir, err)))
			kt_fail_prefix(err, path);
	}
	free(dir);
	return rc;
}

/* Open path read-write; not if its last component is a symbolic link. */
static int
sqlite_open_nofollow(const char *path, sqlite3 **db)
{
	char *real = kt_path_resolve_dir(path);
	int rc = sqlite3_open_v2(real, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);

	free(real);
	return rc;
}

/*
 * Create an empty history at path, unless something is there already:
 * build it under a temporary name, then link(2) it into place.
 */
static int
create_history(const char *path, struct kt_error *err)
{
	struct strbuf tmp = STRBUF_INIT;
	sqlite3 *db = NULL;
	char *emsg = NULL, *name;
	int fd, rc, ret = -1;

	/* private (0600): what crashed where is nobody else's business; SQLite
	 * gives its -wal and -shm files the same mode */
	if ((fd = kt_tmp_create(path, KT_MODE_PRIVATE, &name, err)) < 0)
		return -1;
	close(fd);
	strbuf_addstr(&tmp, name);
	free(name);
	rc = sqlite_open_nofollow(tmp.buf, &db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "BEGIN", NULL, NULL, &emsg);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, schema_sql, NULL, NULL, &emsg);
	/* pragma values cannot be bound; these are our own constants */
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA application_id = " STR(KT_HISTORY_APPLICATION_ID) "; "
		    "PRAGMA user_version = " STR(KT_HISTORY_SCHEMA_VERSION) "; COMMIT",
		    NULL, NULL, &emsg);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "PRAGMA journal_mode = WAL", NULL, NULL, &emsg);
	if (rc != SQLITE_OK) {
		kt_fail(err, KT_EIO, "%s: cannot create the history: %s", path,
		    emsg ? emsg : db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		goto out;
	}
	/* closing checkpoints and removes the temporary -wal/-shm files */
	rc = sqlite3_close(db);
	db = NULL;
	if (rc != SQLITE_OK) {
		kt_fail(err, KT_EIO, "%s: cannot create the history: %s", path, sqlite3_errstr(rc));
		goto out;
	}
	if (link(tmp.buf, path) && errno != EEXIST) {
		kt_fail(err, KT_EIO, "%s: cannot create the history: %s", path, strerror(errno));
		goto out;
	}
	ret = 0;
out:
	sqlite3_free(emsg);
	if (db)
		sqlite3_close(db);
	unlink(tmp.buf);
	for (size_t i = 0; i < 3; i++) {
		size_t len = tmp.len;

		strbuf_addstr(&tmp, (const char *[]){ "-journal", "-wal", "-shm" }[i]);
		unlink(tmp.buf);
		strbuf_setlen(&tmp, len);
	}
	strbuf_release(&tmp);
	return ret;
}

static int
pragma_int(sqlite3 *db, const char *sql, long long *v)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*v = sqlite3_column_int64(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

/*
 * Is the open file a ktriage history this program can use?  Only reads.
 * Returns SQLITE_OK, an SQLITE_BUSY code (retry) or an error (err filled).
 */
static int
check_history(sqlite3 *db, const char *path, struct kt_error *err)
{
	long long app = 0, version = 0;
	int rc;

	if ((rc = pragma_int(db, "PRAGMA application_id", &app)) != SQLITE_OK ||
	    (rc = pragma_int(db, "PRAGMA user_version", &version)) != SQLITE_OK) {
		if (!is_busy(rc))
			sql_err(err, path, "cannot read", db, rc);
		return rc;
	}
	if (app != KT_HISTORY_APPLICATION_ID) {	/* the file header had it right, the WAL not */
		kt_fail(err, KT_EFORMAT, "%s: damaged ktriage history (application_id %lld); not touching it",
		    path, app);
		return SQLITE_CORRUPT;
	}
	if (version > KT_HISTORY_SCHEMA_VERSION) {
		kt_fail(err, KT_EFORMAT, "%s: history written by a newer ktriage (schema version %lld, this one "
		    "knows %d); not touching it", path, version, KT_HISTORY_SCHEMA_VERSION);
		return SQLITE_NOTADB;
	}
	if (version < 1) {
		kt_fail(err, KT_EFORMAT, "%s: damaged ktriage history (schema version %lld); not touching it",
		    path, version);
		return SQLITE_CORRUPT;
	}
	return SQLITE_OK;
}

static int
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

/* One attempt at the whole transaction.  Returns an SQLite code. */
static int
record_once(sqlite3 *db, const struct kt_history_entry *e, size_t n, long long when)
{
	sqlite3_stmt *run = NULL, *ins = NULL;
	sqlite3_int64 run_id;
	int rc;

	if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
		return rc;
	if ((rc = sqlite3_prepare_v2(db, "INSERT INTO runs (seen, reports) VALUES (?1, ?2)", -1, &run, NULL)) ||
	    (rc = sqlite3_prepare_v2(db, "INSERT INTO reports (run, seen, fingerprint, title, kind, "
	    "signature, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", -1, &ins, NULL)))
		goto fail;
	sqlite3_bind_int64(run, 1, when);
	sqlite3_bind_int64(run, 2, (sqlite3_int64)n);
	if ((rc = sqlite3_step(run)) != SQLITE_DONE)
		goto fail;
	run_id = sqlite3_last_insert_rowid(db);
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_int64(ins, 1, run_id);
		sqlite3_bind_int64(ins, 2, when);
		bind_text(ins, 3, e[i].fingerprint);
		bind_text(ins, 4, e[i].title);
		bind_text(ins, 5, e[i].kind);
		bind_text(ins, 6, e[i].signature);
		bind_text(ins, 7, e[i].source);
		if ((rc = sqlite3_step(ins)) != SQLITE_DONE)
			goto fail;
		sqlite3_reset(ins);
	}
	sqlite3_finalize(run);
	sqlite3_finalize(ins);
	run = ins = NULL;
	if ((rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL)) == SQLITE_OK)
		return SQLITE_OK;
fail:
	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		rc = SQLITE_ERROR;
	sqlite3_finalize(run);
	sqlite3_finalize(ins);
	if (!sqlite3_get_autocommit(db))
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

/* Sleep a random 10-100 ms, longer after repeated failures. */
static void
backoff(unsigned attempt)
{
	static unsigned seed;
	struct timespec ts;
	unsigned ms;

	if (!seed)
		seed = (unsigned)getpid() ^ (unsigned)time(NULL);
	ms = 10 + (unsigned)(rand_r(&seed) % 91);
	ms *= attempt < 10 ? attempt + 1 : 10;
	ts.tv_sec = ms / 1000;
	ts.tv_nsec = (long)(ms % 1000) * 1000000L;
	nanosleep(&ts, NULL);
}

/*
 * Read the file header with plain read(2) first: a text file, an empty
 * file or a foreign database is refused before SQLite opens it, so not even
 * a -wal or -shm file appears next to it.  Magic and application_id never
 * change in a history, so a concurrent checkpoint cannot make this fail.
 */
static int
check_header(const char *path, struct kt_error *err)
{
	unsigned char h[100];
	struct stat st;
	ssize_t n = 0;
	unsigned long app, page;
	int fd;

	/* never through a symbolic link: the history is ktriage's own file */
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW)) < 0) {
		if (errno == ENOENT)
			kt_fail(err, KT_EIO, "%s: no crash history here (ktriage scan --record creates it)", path);
		else if (errno == ELOOP)
			kt_fail(err, KT_EIO, "%s: is a symbolic link, not following it", path);
		else
			kt_fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st)) {
		kt_fail(err, KT_EIO, "%s: cannot read: %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		kt_fail(err, KT_EIO, "%s: not a ktriage history (%s); not touching it", path,
		    S_ISDIR(st.st_mode) ? "a directory" : "not a regular file");
		close(fd);
		return -1;
	}
	while ((size_t)n < sizeof(h)) {
		ssize_t r = read(fd, h + n, sizeof(h) - (size_t)n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			kt_fail(err, KT_EIO, "%s: cannot read: %s", path, strerror(errno));
			close(fd);
			return -1;
		}
		if (!r)
			break;
		n += r;
	}
	close(fd);
	if (!n) {
		kt_fail(err, KT_EFORMAT, "%s: not a ktriage history (an empty file); not touching it", path);
		return -1;
	}
	if (n < 16 || memcmp(h, "SQLite format 3", 16)) {
		kt_fail(err, KT_EFORMAT, "%s: not a ktriage history (not an SQLite database); not touching it", path);
		return -1;
	}
	if (n < (ssize_t)sizeof(h)) {
		kt_fail(err, KT_EFORMAT, "%s: damaged SQLite file (only %zd bytes); not touching it", path, n);
		return -1;
	}
	app = (unsigned long)h[68] << 24 | (unsigned long)h[69] << 16 | (unsigned long)h[70] << 8 | h[71];
	page = (unsigned long)h[16] << 8 | h[17];
	if (page == 1)
		page = 65536;
	if (app == KT_HISTORY_APPLICATION_ID) {
		/*
		 * SQLite only ever writes whole pages; it notices whole pages
		 * missing at the end, but reads a cut last page as zeros.
		 */
		if (page < 512 || (page & (page - 1)) || st.st_size % (off_t)page) {
			kt_fail(err, KT_EFORMAT, "%s: damaged ktriage history (%lld bytes, not a whole number of "
			    "%lu-byte pages: cut short?); not touching it", path, (long long)st.st_size, page);
			return -1;
		}
		return 0;
	}
	if (app == KT_SIGDB_APPLICATION_ID)
		kt_fail(err, KT_EFORMAT, "%s: not a ktriage history (a ktriage signature database); "
		    "not touching it", path);
	else
		kt_fail(err, KT_EFORMAT, "%s: not a ktriage history (an SQLite database of another "
		    "application, application_id %lu); not touching it", path, app);
	return -1;
}

/* Open an existing file without creating it; foreign files stay untouched. */
static sqlite3 *
open_existing(const char *path, struct kt_error *err)
{
	sqlite3 *db = NULL;
	int rc;

	if (check_header(path, err))
		return NULL;
	/* read-write so that the last one out checkpoints and removes the -wal
	 * file; SQLite falls back to read-only on a write-protected file */
	rc = sqlite_open_nofollow(path, &db);
	if (rc != SQLITE_OK) {
		sql_err(err, path, "cannot open", db, rc);
		sqlite3_close(db);
		return NULL;
	}
	sqlite3_extended_result_codes(db, 1);
	/* no checkpoint on close until SQLite too has found the file sound */
	sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
	return db;
}

/* Check the file, retrying while another process holds a lock. */
static int
check_retry(sqlite3 *db, const char *path, double deadline, struct kt_error *err)
{
	for (unsigned attempt = 0;; attempt++) {
		int rc = check_history(db, path, err);

		if (rc == SQLITE_OK) {
			sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
			return 0;
		}
		if (!is_busy(rc))
			return -1;
		if (kt_mono_now() > deadline) {
			sql_err(err, path, "cannot read", db, rc);
			return -1;
		}
		backoff(attempt);
	}
}

/* open_existing() and check_retry(): a history ready to read or write. */
static sqlite3 *
open_checked(const char *path, double deadline, struct kt_error *err)
{
	sqlite3 *db = open_existing(path, err);

	if (db && check_retry(db, path, deadline, err)) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

int
kt_history_record(const char *path, const struct kt_history_entry *e, size_t n,
    long long when, struct kt_error *err)
{
	double deadline = kt_mono_now() + RETRY_SECONDS;
	struct stat st;
	sqlite3 *db;
	int rc;

	if (!path || !*path || (n && !e)) {
		kt_fail(err, KT_EUSAGE, "history: no file given");
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (!e[i].fingerprint) {
			kt_fail(err, KT_EUSAGE, "%s: entry %zu has no fingerprint, nothing recorded", path, i);
			return -1;
		}
	if (lstat(path, &st) && errno == ENOENT &&
	    (make_parent_dirs(path, err) || create_history(path, err)))
		return -1;
	if (!(db = open_checked(path, deadline, err)))
		return -1;
	for (unsigned attempt = 0;; attempt++) {
		rc = record_once(db, e, n, when);
		if (rc == SQLITE_OK || !is_busy(rc) || kt_mono_now() > deadline)
			break;
		backoff(attempt);
	}
	if (rc != SQLITE_OK) {
		sql_err(err, path, "cannot record", db, rc);
		sqlite3_close(db);
		return -1;
	}
	if ((rc = sqlite3_close(db)) != SQLITE_OK) {
		kt_fail(err, KT_EIO, "%s: %s", path, sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}

/* --- reading --- */

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

/* The WHERE clause shared by the queries: ?1 since, ?2 signature. */
static const char *
where_sql(const struct kt_history_query *q)
{
	if (!q->signature)
		return "seen >= ?1";
	if (!strcmp(q->signature, KT_HISTORY_UNKNOWN))
		return "seen >= ?1 AND signature IS NULL";
	return "seen >= ?1 AND signature = ?2";
}

static int
query_once(sqlite3 *db, const struct kt_history_query *q, struct kt_history_row **rows,
    size_t *nrows, struct kt_history_totals *tot)
{
	struct strbuf sql = STRBUF_INIT;
	sqlite3_stmt *st = NULL;
	size_t alloc = 0;
	int rc;
	const char *group = q->by == KT_HISTORY_BY_FINGERPRINT ? "fingerprint" : "signature";

	/* the group's latest record gives title, kind, signature and source */
	strbuf_addf(&sql,
	    "WITH g AS (SELECT %s AS k, count(*) AS n, count(DISTINCT fingerprint) AS nf, "
	    "min(seen) AS first, max(seen) AS last, max(id) AS latest FROM reports WHERE %s GROUP BY %s) "
	    "SELECT r.signature, %s, r.title, r.kind, r.source, g.n, g.nf, g.first, g.last "
	    "FROM g JOIN reports r ON r.id = g.latest "
	    "ORDER BY g.n DESC, g.last DESC, g.k IS NULL, g.k",
	    group, where_sql(q), group, q->by == KT_HISTORY_BY_FINGERPRINT ? "r.fingerprint" : "NULL");
	rc = sqlite3_prepare_v2(db, sql.buf, -1, &st, NULL);
	strbuf_release(&sql);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, q->since);
	if (q->signature && strcmp(q->signature, KT_HISTORY_UNKNOWN))
		sqlite3_bind_text(st, 2, q->signature, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kt_history_row *r;

		*rows = xgrow(*rows, sizeof(**rows), *nrows + 1, &alloc);
		r = &(*rows)[(*nrows)++];
		r->signature = col_dup(st, 0);
		r->fingerprint = col_dup(st, 1);
		r->title = col_dup(st, 2);
		r->kind = col_dup(st, 3);
		r->source = col_dup(st, 4);
		r->count = (unsigned long long)sqlite3_column_int64(st, 5);
		r->fingerprints = (unsigned long long)sqlite3_column_int64(st, 6);
		r->first_seen = sqlite3_column_int64(st, 7);
		r->last_seen = sqlite3_column_int64(st, 8);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc;
	if ((rc = sqlite3_prepare_v2(db, "SELECT count(*), coalesce(min(seen), 0), coalesce(max(seen), 0) "
	    "FROM runs WHERE seen >= ?1", -1, &st, NULL)) != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, q->since);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		tot->runs = (unsigned long long)sqlite3_column_int64(st, 0);
		tot->first_run = sqlite3_column_int64(st, 1);
		tot->last_run = sqlite3_column_int64(st, 2);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

int
kt_history_query(const char *path, const struct kt_history_query *q,
    struct kt_history_row **rows, size_t *nrows, struct kt_history_totals *tot,
    struct kt_error *err)
{
	double deadline = kt_mono_now() + RETRY_SECONDS;
	struct kt_history_totals dummy;
	sqlite3 *db;
	int rc;

	*rows = NULL;
	*nrows = 0;
	if (!tot)
		tot = &dummy;
	memset(tot, 0, sizeof(*tot));
	if (!path || !*path) {
		kt_fail(err, KT_EUSAGE, "history: no file given");
		return -1;
	}
	if (!(db = open_checked(path, deadline, err)))
		return -1;
	for (unsigned attempt = 0;; attempt++) {
		/* one read transaction: rows and totals from the same snapshot */
		rc = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = query_once(db, q, rows, nrows, tot);
		if (!sqlite3_get_autocommit(db))
			sqlite3_exec(db, rc == SQLITE_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
		if (rc == SQLITE_OK || !is_busy(rc) || kt_mono_now() > deadline)
			break;
		kt_history_rows_free(*rows, *nrows);
		*rows = NULL;
		*nrows = 0;
		backoff(attempt);
	}
	if (rc != SQLITE_OK) {
		sql_err(err, path, "cannot read", db, rc);
		kt_history_rows_free(*rows, *nrows);
		*rows = NULL;
		*nrows = 0;
		sqlite3_close(db);
		return -1;
	}
	sqlite3_close(db);
	return 0;
}

void
kt_history_rows_free(struct kt_history_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].signature);
		free(rows[i].fingerprint);
		free(rows[i].title);
		free(rows[i].kind);
		free(rows[i].source);
	}
	free(rows);
}
