/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <pthread.h>

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "file.h"
#include "sigdb.h"
#include "sigfield.h"
#include "strbuf.h"
#include "util.h"

static void
db_err(struct kt_error *err, const char *path, const char *what, sqlite3 *db)
{
	if (!err)
		return;
	err->code = KT_EFORMAT;
	snprintf(err->msg, sizeof(err->msg), "%s: %s%s%s", path, what, db ? ": " : "",
	    db ? sqlite3_errmsg(db) : "");
}

struct kt_sigset *
kt_sigset_new(void)
{
	return xcalloc(1, sizeof(struct kt_sigset));
}

static int
bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

static int
step_reset(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
insert_commits(sqlite3_stmt *st, const char *id, const char *role, const struct kt_commit *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bind_text(st, 1, id);
		bind_text(st, 2, role);
		sqlite3_bind_int(st, 3, (int)i);
		bind_text(st, 4, c[i].sha);
		bind_text(st, 5, c[i].subject);
		sqlite3_bind_int(st, 6, c[i].unverified);
		if (step_reset(st))
			return -1;
	}
	return 0;
}

/* The prepared statements of one database being written. */
struct writer {
	sqlite3 *db;
	const char *path;	/* the temporary file */
	sqlite3_stmt *sig, *commit, *fixed_in, *link, *cond, *meta, *test_log;
};

static int
writer_open(struct writer *w, struct kt_error *err)
{
	char *emsg = NULL;
	int rc = -1;

	/* w->path is a new empty file of ours (kt_tmp_create): never created by SQLite */
	if (sqlite3_open_v2(w->path, &w->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) !=
	    SQLITE_OK)
		db_err(err, w->path, "cannot create database", w->db);
	else if (sqlite3_exec(w->db, (const char *)kt_schema_sql, NULL, NULL, &emsg) != SQLITE_OK ||
	    sqlite3_exec(w->db, "BEGIN", NULL, NULL, &emsg) != SQLITE_OK)
		db_err(err, w->path, "cannot create schema", w->db);
	else if (sqlite3_prepare_v2(w->db, "INSERT INTO signatures VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &w->sig, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO commits VALUES (?,?,?,?,?,?)", -1, &w->commit, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO fixed_in VALUES (?,?,?)", -1, &w->fixed_in, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO links VALUES (?,?,?)", -1, &w->link, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO conditions VALUES (?,?,?,?,?,?,?,?,?,?,?)", -1, &w->cond, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO test_logs VALUES (?,?,?,?)", -1, &w->test_log, NULL) ||
	    sqlite3_prepare_v2(w->db, "INSERT INTO meta VALUES (?,?)", -1, &w->meta, NULL))
		db_err(err, w->path, "cannot prepare statements", w->db);
	else
		rc = 0;
	sqlite3_free(emsg);
	return rc;
}

/* Rows (sig_id, seq, text) of fixed_in and links. */
static int
insert_strs(sqlite3_stmt *st, const char *id, char *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bind_text(st, 1, id);
		sqlite3_bind_int(st, 2, (int)i);
		bind_text(st, 3, v[i]);
		if (step_reset(st))
			return -1;
	}
	return 0;
}

/* Rows (sig_id, seq, kind, path) of test_logs: the Test-Logs, then the Test-Nots. */
static int
insert_test_logs(sqlite3_stmt *st, const struct kt_signature *s)
{
	for (size_t i = 0; i < s->ntest_logs + s->ntest_nots; i++) {
		bool log = i < s->ntest_logs;

		bind_text(st, 1, s->id);
		sqlite3_bind_int(st, 2, (int)i);
		bind_text(st, 3, log ? "log" : "not");
		bind_text(st, 4, log ? s->test_logs[i] : s->test_nots[i - s->ntest_logs]);
		if (step_reset(st))
			return -1;
	}
	return 0;
}

static int
insert_conds(sqlite3_stmt *st, const struct kt_signature *s)
{
	const char *id = s->id;
	const struct kt_cond *c = s->conds;

	for (size_t i = 0; i < s->nconds; i++) {
		bind_text(st, 1, id);
		sqlite3_bind_int(st, 2, (int)i);
		bind_text(st, 3, kt_cond_kind_dbname(c[i].kind));
		bind_text(st, 4, kt_field_name(c[i].field));
		bind_text(st, 5, c[i].pattern);
		sqlite3_bind_int(st, 6, c[i].icase);
		sqlite3_bind_int(st, 7, (int)c[i].line);
		bind_text(st, 8, c[i].variant ? s->variants[c[i].variant - 1] : NULL);
		sqlite3_bind_int(st, 9, c[i].distinctive);
		sqlite3_bind_int(st, 10, c[i].common);
		bind_text(st, 11, c[i].inlined);
		if (step_reset(st))
			return -1;
	}
	return 0;
}

static int
insert_signature(struct writer *w, const struct kt_signature *s)
{
	bind_text(w->sig, 1, s->id);
	sqlite3_bind_int(w->sig, 2, (int)s->version);
	bind_text(w->sig, 3, s->title);
	bind_text(w->sig, 4, s->arch);
	bind_text(w->sig, 5, s->platform);
	bind_text(w->sig, 6, s->evidence);
	bind_text(w->sig, 7, s->workaround);
	bind_text(w->sig, 8, s->description);
	bind_text(w->sig, 9, s->test_log);
	bind_text(w->sig, 10, s->file);
	return step_reset(w->sig) ||
	    insert_commits(w->commit, s->id, "introduced", s->introduced, s->nintroduced) ||
	    insert_commits(w->commit, s->id, "fixed", s->fixed, s->nfixed) ||
	    insert_strs(w->fixed_in, s->id, s->fixed_in, s->nfixed_in) ||
	    insert_strs(w->link, s->id, s->links, s->nlinks) ||
	    insert_test_logs(w->test_log, s) ||
	    insert_conds(w->cond, s) ? -1 : 0;
}

static int
insert_meta(struct writer *w, const struct kt_sigset *set, const char *db_version)
{
	char sv[16], created[32];
	time_t now = time(NULL);
	struct strbuf fields = STRBUF_INIT;
	int rc = 0;

	kt_format_utc((long long)now, created, sizeof(created));
	snprintf(sv, sizeof(sv), "%d", KT_SIGDB_SCHEMA_VERSION);
	kt_field_set(&fields);
	{
		const char *meta[][2] = {
			{ "schema_version", sv },
			{ "db_version", db_version ? db_version : "0" },
			{ "source_hash", set->source_hash ? set->source_hash : "" },
			{ "created", getenv("SOURCE_DATE_EPOCH") ? "reproducible" : created },
			{ "ktriage_version", PACKAGE_VERSION },
			{ "fields", fields.buf },
		};

		for (size_t k = 0; k < ARRAY_SIZE(meta) && !rc; k++) {
			bind_text(w->meta, 1, meta[k][0]);
			bind_text(w->meta, 2, meta[k][1]);
			rc = step_reset(w->meta);
		}
	}
	strbuf_release(&fields);
	return rc;
}

/* Commit, close and rename into place; on any failure the temporary goes. */
static int
writer_close(struct writer *w, int rc, const char *path, struct kt_error *err)
{
	char *emsg = NULL;

	if (!rc && sqlite3_exec(w->db, "COMMIT", NULL, NULL, &emsg) != SQLITE_OK) {
		db_err(err, w->path, "cannot commit", w->db);
		rc = -1;
	}
	sqlite3_free(emsg);
	sqlite3_finalize(w->sig);
	sqlite3_finalize(w->commit);
	sqlite3_finalize(w->fixed_in);
	sqlite3_finalize(w->link);
	sqlite3_finalize(w->cond);
	sqlite3_finalize(w->meta);
	sqlite3_finalize(w->test_log);
	if (w->db && sqlite3_close(w->db) != SQLITE_OK && !rc) {
		db_err(err, w->path, "cannot close", NULL);
		rc = -1;
	}
	if (rc)
		unlink(w->path);
	else
		rc = kt_tmp_commit(w->path, path, err);
	return rc;
}

int
kt_sigdb_write(const struct kt_sigset *set, const char *path, const char *db_version,
    mode_t mode, struct kt_error *err)
{
	struct writer w;
	char *tmp;
	int rc, fd;

	memset(&w, 0, sizeof(w));
	if ((fd = kt_tmp_create(path, mode, &tmp, err)) < 0)
		return -1;
	close(fd);
	w.path = tmp;
	rc = writer_open(&w, err);
	for (size_t i = 0; i < set->nsigs && !rc; i++)
		if ((rc = insert_signature(&w, &set->sigs[i])))
			db_err(err, tmp, "cannot insert signature", w.db);
	if (!rc && (rc = insert_meta(&w, set, db_version)))
		db_err(err, tmp, "cannot insert", w.db);
	rc = writer_close(&w, rc, path, err);
	free(tmp);
	return rc;
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

static struct kt_signature *
find_sig(struct kt_sigset *set, const char *id)
{
	/* signatures are loaded in id order: binary search */
	size_t lo = 0, hi = set->nsigs;

	if (!id)
		return NULL;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(set->sigs[mid].id, id);

		if (!c)
			return &set->sigs[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* A database being loaded; a row function that sets err itself says so in reported. */
struct loader {
	struct kt_sigset *set;
	const char *path;
	struct kt_error *err;
	bool reported;
	struct kt_signature *last;	/* the signature of the previous row (row_sig) */
};

typedef int (*row_fn)(sqlite3_stmt *st, struct loader *ld);

/* The signature a row (its sig_id, column 0) belongs to: the rows of each
 * table come ordered by sig_id, so most are the previous row's. */
static struct kt_signature *
row_sig(sqlite3_stmt *st, struct loader *ld)
{
	const char *id = (const char *)sqlite3_column_text(st, 0);

	if (id && ld->last && !strcmp(ld->last->id, id))
		return ld->last;
	return ld->last = find_sig(ld->set, id);
}

/* Run sql and hand each row to fn; -1 on an SQLite error or when fn fails. */
static int
each_row(sqlite3 *db, const char *sql, row_fn fn, struct loader *ld)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL)) {
		sqlite3_finalize(st);
		return -1;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (fn(st, ld))
			break;
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The one-integer result of sql, -1 when it cannot be read. */
static int
query_int(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int v = -1;

	if (!sqlite3_prepare_v2(db, sql, -1, &st, NULL) && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int
check_identity(sqlite3 *db, const char *path, struct kt_error *err)
{
	int v;

	if (query_int(db, "PRAGMA application_id") != KT_SIGDB_APPLICATION_ID) {
		db_err(err, path, "not a ktriage signature database", NULL);
		return -1;
	}
	if ((v = query_int(db, "PRAGMA user_version")) != KT_SIGDB_SCHEMA_VERSION) {
		if (err) {
			err->code = KT_EFORMAT;
			snprintf(err->msg, sizeof(err->msg), "%s: schema version %d, this ktriage reads %d",
			    path, v, KT_SIGDB_SCHEMA_VERSION);
		}
		return -1;
	}
	return 0;
}

static int
row_field_set(sqlite3_stmt *st, struct loader *ld)
{
	const char *have = (const char *)sqlite3_column_text(st, 0);
	struct strbuf want = STRBUF_INIT;
	int rc = 0;

	kt_field_set(&want);
	if (!have || strcmp(have, want.buf)) {
		if (ld->err) {
			ld->err->code = KT_EFORMAT;
			snprintf(ld->err->msg, sizeof(ld->err->msg), "%s: compiled for the signature fields "
			    "%s, this ktriage has %s: compile it again", ld->path, have ? have : "(none)",
			    want.buf);
		}
		ld->reported = true;
		rc = -1;
	}
	strbuf_release(&want);
	return rc;
}

/* The database's field set must be ours: a condition on a field this
 * ktriage lacks, or a field read differently, would silently never match. */
static int
check_field_set(sqlite3 *db, struct loader *ld)
{
	int n = query_int(db, "SELECT count(*) FROM meta WHERE key = 'fields'");

	if (n == 1)
		return each_row(db, "SELECT value FROM meta WHERE key = 'fields'", row_field_set, ld);
	if (n == 0 && ld->err) {
		ld->err->code = KT_EFORMAT;
		snprintf(ld->err->msg, sizeof(ld->err->msg), "%s: records no signature field set: "
		    "compile it again with this ktriage", ld->path);
		ld->reported = true;
	}
	return -1;
}

static int
row_signature(sqlite3_stmt *st, struct loader *ld)
{
	struct kt_sigset *set = ld->set;
	struct kt_signature *s;

	set->sigs = xrealloc(set->sigs, (set->nsigs + 1) * sizeof(*set->sigs));
	s = &set->sigs[set->nsigs++];
	memset(s, 0, sizeof(*s));
	s->id = col_dup(st, 0);
	s->version = (unsigned)sqlite3_column_int(st, 1);
	s->title = col_dup(st, 2);
	s->arch = col_dup(st, 3);
	s->platform = col_dup(st, 4);
	s->evidence = col_dup(st, 5);
	s->workaround = col_dup(st, 6);
	s->description = col_dup(st, 7);
	s->file = col_dup(st, 8);
	return !s->id || !s->title || !s->evidence ? -1 : 0;
}

static int
row_commit(sqlite3_stmt *st, struct loader *ld)
{
	struct kt_signature *s = row_sig(st, ld);
	const char *role = (const char *)sqlite3_column_text(st, 1);
	struct kt_commit c;

	if (!s || !role || !sqlite3_column_text(st, 2))
		return -1;
	c.sha = col_dup(st, 2);
	c.subject = col_dup(st, 3);
	c.unverified = sqlite3_column_int(st, 4) != 0;
	if (!strcmp(role, "fixed")) {
		s->fixed = xrealloc(s->fixed, (s->nfixed + 1) * sizeof(c));
		s->fixed[s->nfixed++] = c;
	} else {
		s->introduced = xrealloc(s->introduced, (s->nintroduced + 1) * sizeof(c));
		s->introduced[s->nintroduced++] = c;
	}
	return 0;
}

/* (sig_id, text) rows appended to the string array at offset arr_off of a
 * signature, with its count at n_off */
static int
row_str(sqlite3_stmt *st, struct loader *ld, size_t arr_off, size_t n_off)
{
	struct kt_signature *s = row_sig(st, ld);
	char ***arr;
	size_t *n;

	if (!s || !sqlite3_column_text(st, 1))
		return -1;
	arr = (char ***)((char *)s + arr_off);
	n = (size_t *)((char *)s + n_off);
	*arr = xrealloc(*arr, (*n + 1) * sizeof(char *));
	(*arr)[(*n)++] = col_dup(st, 1);
	return 0;
}

static int
row_fixed_in(sqlite3_stmt *st, struct loader *ld)
{
	return row_str(st, ld, offsetof(struct kt_signature, fixed_in),
	    offsetof(struct kt_signature, nfixed_in));
}

static int
row_link(sqlite3_stmt *st, struct loader *ld)
{
	return row_str(st, ld, offsetof(struct kt_signature, links), offsetof(struct kt_signature, nlinks));
}

static int
row_test_log(sqlite3_stmt *st, struct loader *ld)
{
	struct kt_signature *s = row_sig(st, ld);
	const char *kind = (const char *)sqlite3_column_text(st, 2);
	int rc;

	if (!s || !kind)
		return -1;
	if (strcmp(kind, "not"))
		rc = row_str(st, ld, offsetof(struct kt_signature, test_logs),
		    offsetof(struct kt_signature, ntest_logs));
	else
		rc = row_str(st, ld, offsetof(struct kt_signature, test_nots),
		    offsetof(struct kt_signature, ntest_nots));
	s->test_log = s->ntest_logs ? s->test_logs[0] : NULL;
	return rc;
}

/* The number of the variant called name (added at its first condition); 0 for NULL. */
static unsigned
variant_index(struct kt_signature *s, const char *name)
{
	if (!name)
		return 0;
	for (size_t i = 0; i < s->nvariants; i++)
		if (!strcmp(s->variants[i], name))
			return (unsigned)i + 1;
	s->variants = xrealloc(s->variants, (s->nvariants + 1) * sizeof(*s->variants));
	s->variants[s->nvariants++] = xstrdup(name);
	return (unsigned)s->nvariants;
}

/* An unknown kind or field is refused, never read as some other one. */
static int
row_condition(sqlite3_stmt *st, struct loader *ld)
{
	struct kt_signature *s = row_sig(st, ld);
	const char *kind = (const char *)sqlite3_column_text(st, 1);
	const char *field = (const char *)sqlite3_column_text(st, 2);
	struct kt_cond c;

	if (!s || !kind || !field || !sqlite3_column_text(st, 3))
		return -1;
	memset(&c, 0, sizeof(c));
	if (kt_cond_kind_from_dbname(kind, &c.kind) || kt_field_lookup(field, strlen(field), &c.field)) {
		if (ld->err) {
			ld->err->code = KT_EFORMAT;
			snprintf(ld->err->msg, sizeof(ld->err->msg), "%s: signature %s has a condition "
			    "'%s %s' this ktriage does not know", ld->path, s->id, kind, field);
		}
		ld->reported = true;
		return -1;
	}
	c.pattern = col_dup(st, 3);
	c.icase = sqlite3_column_int(st, 4) != 0;
	c.line = (unsigned)sqlite3_column_int(st, 5);
	c.variant = variant_index(s, (const char *)sqlite3_column_text(st, 6));
	c.distinctive = sqlite3_column_int(st, 7) != 0;
	c.common = sqlite3_column_int(st, 8) != 0;
	c.inlined = col_dup(st, 9);
	s->conds = xrealloc(s->conds, (s->nconds + 1) * sizeof(*s->conds));
	s->conds[s->nconds++] = c;
	return 0;
}

static int
row_meta(sqlite3_stmt *st, struct loader *ld)
{
	const char *k = (const char *)sqlite3_column_text(st, 0);

	if (!k)
		return 0;
	if (!strcmp(k, "source_hash"))
		ld->set->source_hash = col_dup(st, 1);
	else if (!strcmp(k, "db_version"))
		ld->set->db_version = col_dup(st, 1);
	else if (!strcmp(k, "created"))
		ld->set->created = col_dup(st, 1);
	return 0;
}

/* The signatures' own rows, after the checks and meta of load_head(). */
static const struct {
	const char *sql;
	row_fn fn;
} body_steps[] = {
	{ "SELECT id, version, title, arch, platform, evidence, workaround, description, "
	  "file FROM signatures ORDER BY id", row_signature },
	{ "SELECT sig_id, path, kind FROM test_logs ORDER BY sig_id, seq", row_test_log },
	{ "SELECT sig_id, role, sha, subject, unverified FROM commits ORDER BY sig_id, role, seq",
	  row_commit },
	{ "SELECT sig_id, release FROM fixed_in ORDER BY sig_id, seq", row_fixed_in },
	{ "SELECT sig_id, url FROM links ORDER BY sig_id, seq", row_link },
	{ "SELECT sig_id, kind, field, pattern, icase, line, variant, distinctive, common, inlined "
	  "FROM conditions "
	  "ORDER BY sig_id, seq",
	  row_condition },
};

static int
report_corrupt(struct loader *ld, sqlite3 *db)
{
	if (!ld->reported)
		db_err(ld->err, ld->path, "corrupt signature database", db);
	return -1;
}

/* What a database is (identity, field set, meta: enough to pick the newest). */
static int
load_head(sqlite3 *db, struct kt_sigset *set, const char *path, struct kt_error *err)
{
	struct loader ld = { set, path, err, false, NULL };

	if (check_identity(db, path, err))
		return -1;
	if (check_field_set(db, &ld) || each_row(db, "SELECT key, value FROM meta", row_meta, &ld))
		return report_corrupt(&ld, db);
	return 0;
}

static int
load_body(sqlite3 *db, struct kt_sigset *set, const char *path, struct kt_error *err)
{
	struct loader ld = { set, path, err, false, NULL };

	for (size_t i = 0; i < ARRAY_SIZE(body_steps); i++)
		if (each_row(db, body_steps[i].sql, body_steps[i].fn, &ld))
			return report_corrupt(&ld, db);
	kt_sigset_prepare_lazy(set);
	return 0;
}

static struct kt_sigset *
finish_load(sqlite3 *db, const char *path, struct kt_error *err)
{
	struct kt_sigset *set = kt_sigset_new();

	if (load_head(db, set, path, err) || load_body(db, set, path, err)) {
		kt_sigset_free(set);
		return NULL;
	}
	return set;
}

/*
 * The built-in image's signatures are read at their first use
 * (kt_sigset_load): a run that meets no report never pays for them, most
 * of what start-up would cost.  The image is the binary's own, checked when
 * it was compiled; its database stays open until then (set->pending).
 */
static pthread_mutex_t pending_lock = PTHREAD_MUTEX_INITIALIZER;

static void
close_pending(struct kt_sigset *set)
{
	sqlite3_close(set->pending);
	set->pending = NULL;
}

int
kt_sigset_load(struct kt_sigset *set, struct kt_error *err)
{
	int rc = 0;

	if (!__atomic_load_n(&set->pending, __ATOMIC_ACQUIRE))
		return set->load_failed ? -1 : 0;
	pthread_mutex_lock(&pending_lock);
	if (set->pending) {
		struct kt_error e;
		sqlite3 *db = set->pending;

		rc = load_body(db, set, set->origin ? set->origin : "<built-in>", err ? err : &e);
		set->load_failed = rc != 0;
		sqlite3_close(db);
		__atomic_store_n(&set->pending, NULL, __ATOMIC_RELEASE);
	} else {
		rc = set->load_failed ? -1 : 0;
	}
	pthread_mutex_unlock(&pending_lock);
	if (rc && err && !err->code)
		kt_fail(err, KT_EFORMAT, "%s: corrupt signature database", set->origin ? set->origin : "<built-in>");
	return rc;
}

static struct kt_sigset *
sigdb_open(const char *path, int flags, struct kt_error *err)
{
	sqlite3 *db = NULL;
	struct kt_sigset *set;
	struct strbuf uri = STRBUF_INIT;
	struct stat st;

	char *real;
	int rc;

	if ((flags & SQLITE_OPEN_NOFOLLOW) && !lstat(path, &st) && S_ISLNK(st.st_mode)) {
		kt_fail(err, KT_EIO, "%s: is a symbolic link, not following it", path);
		return NULL;
	}
	if (access(path, R_OK)) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: cannot open: %s", path, strerror(errno));
		}
		return NULL;
	}
	/* SQLite's NOFOLLOW refuses a link anywhere in the path: resolve the directories */
	real = flags & SQLITE_OPEN_NOFOLLOW ? kt_path_resolve_dir(path) : xstrdup(path);
	rc = sqlite3_open_v2(real, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | flags, NULL);
	free(real);
	if (rc != SQLITE_OK) {
		db_err(err, path, "cannot open database", db);
		sqlite3_close(db);
		strbuf_release(&uri);
		return NULL;
	}
	set = finish_load(db, path, err);
	sqlite3_close(db);
	strbuf_release(&uri);
	if (set)
		set->origin = xstrdup(path);
	return set;
}

struct kt_sigset *
kt_sigdb_open(const char *path, struct kt_error *err)
{
	return sigdb_open(path, 0, err);
}

struct kt_sigset *
kt_sigdb_open_nofollow(const char *path, struct kt_error *err)
{
	return sigdb_open(path, SQLITE_OPEN_NOFOLLOW, err);
}

struct kt_sigset *
kt_sigdb_open_memory(const unsigned char *data, size_t len, struct kt_error *err)
{
	sqlite3 *db = NULL;
	struct kt_sigset *set;
	unsigned char *copy;

	/* one thread loads it and closes it: no locking (a good part of start-up) */
	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		db_err(err, "<built-in>", "cannot open database", db);
		sqlite3_close(db);
		return NULL;
	}
	/* read in place: a read-only, fixed-size image is never written (no
	 * copy of the database, nor its page faults, at every start) */
	copy = (unsigned char *)(uintptr_t)data;
	if (sqlite3_deserialize(db, "main", copy, (sqlite3_int64)len, (sqlite3_int64)len,
	    SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
		db_err(err, "<built-in>", "cannot load database", db);
		sqlite3_close(db);
		return NULL;
	}
	set = kt_sigset_new();
	if (load_head(db, set, "<built-in>", err)) {
		kt_sigset_free(set);
		sqlite3_close(db);
		return NULL;
	}
	set->origin = xstrdup("<built-in>");
	set->pending = db;
	set->close_pending = close_pending;
	return set;
}

const char *
kt_sigset_meta(const struct kt_sigset *set, const char *key)
{
	if (!strcmp(key, "source_hash"))
		return set->source_hash;
	if (!strcmp(key, "db_version"))
		return set->db_version;
	if (!strcmp(key, "created"))
		return set->created;
	return NULL;
}

/*
 * Which of two databases is newer: by the version stored in them (whole
 * numbers, or dotted like "20261121.1", compared part by part as
 * numbers), then by when they were compiled.  > 0: a is newer.
 */
int
kt_sigset_cmp_age(const struct kt_sigset *a, const struct kt_sigset *b)
{
	const char *va = a->db_version ? a->db_version : "0", *vb = b->db_version ? b->db_version : "0";

	while (*va || *vb) {
		char *ea, *eb;
		unsigned long long na = strtoull(va, &ea, 10), nb = strtoull(vb, &eb, 10);

		if (na != nb)
			return na > nb ? 1 : -1;
		if (ea == va && eb == vb)	/* neither is a number: compare the rest as text */
			break;
		va = *ea == '.' ? ea + 1 : ea;
		vb = *eb == '.' ? eb + 1 : eb;
	}
	if (strcmp(va, vb))
		return strcmp(va, vb) > 0 ? 1 : -1;
	/* ISO-8601 UTC times compare as strings */
	return strcmp(a->created ? a->created : "", b->created ? b->created : "");
}

/* Keep the newer of *best and set (ties: *best, found first); frees the other. */
static void
keep_newer(struct kt_sigset **best, struct kt_sigset *set)
{
	if (!*best) {
		*best = set;
	} else if (kt_sigset_cmp_age(set, *best) > 0) {
		kt_sigset_free(*best);
		*best = set;
	} else {
		kt_sigset_free(set);
	}
}

/*
 * An explicit path (--db), else $KTRIAGE_DB, else the newest of the
 * updated copy in $XDG_DATA_HOME/ktriage/, the installed copy and the copy
 * built into the binary (so a stale installed copy never shadows a newer
 * build).  An explicit path that fails is an error; an implicit one that
 * fails is skipped with a warning in diag.
 */
struct kt_sigset *
kt_sigdb_default(const char *explicit_path, const unsigned char *builtin, size_t builtin_len,
    char *where, size_t wlen, struct kt_diag *diag, struct kt_error *err)
{
	const char *env = getenv("KTRIAGE_DB");
	char *updated = kt_xdg_path("XDG_DATA_HOME", ".local/share", "ktriage/signatures.db");
	struct kt_sigset *set, *best = NULL;
	struct kt_error e;
	const char *candidates[2];

	if (explicit_path || (env && *env)) {
		const char *path = explicit_path ? explicit_path : env;

		snprintf(where, wlen, "%s", path);
		free(updated);
		return kt_sigdb_open(path, err);
	}
	candidates[0] = updated;
	candidates[1] = KT_PKGDATADIR "/signatures.db";
	for (size_t i = 0; i < 2; i++) {
		if (!candidates[i] || access(candidates[i], F_OK))
			continue;
		/* the updated copy is in a data directory: never through a symbolic link */
		if ((set = i ? kt_sigdb_open(candidates[i], &e) : kt_sigdb_open_nofollow(candidates[i], &e)))
			keep_newer(&best, set);
		else
			kt_diag_add(diag, candidates[i], 0, "unusable, ignored: %s", e.msg);
	}
	free(updated);
	if ((set = kt_sigdb_open_memory(builtin, builtin_len, best ? &e : err)))
		keep_newer(&best, set);
	if (best)
		snprintf(where, wlen, "%s", best->origin);
	return best;
}
