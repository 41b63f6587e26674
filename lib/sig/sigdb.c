#include "config.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sigdb.h"
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

int
kt_sigdb_write(const struct kt_sigset *set, const char *path, const char *db_version,
    struct kt_error *err)
{
	struct strbuf tmp = STRBUF_INIT;
	sqlite3 *db = NULL;
	sqlite3_stmt *ins_sig = NULL, *ins_commit = NULL, *ins_fixed = NULL, *ins_link = NULL,
	    *ins_cond = NULL, *ins_meta = NULL;
	char *emsg = NULL;
	int rc = -1;
	char created[32];
	time_t now = time(NULL);
	struct tm tm;

	strbuf_addf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	unlink(tmp.buf);
	if (sqlite3_open_v2(tmp.buf, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		db_err(err, tmp.buf, "cannot create database", db);
		goto out;
	}
	if (sqlite3_exec(db, (const char *)kt_schema_sql, NULL, NULL, &emsg) != SQLITE_OK ||
	    sqlite3_exec(db, "BEGIN", NULL, NULL, &emsg) != SQLITE_OK) {
		db_err(err, tmp.buf, "cannot create schema", db);
		goto out;
	}
	if (sqlite3_prepare_v2(db, "INSERT INTO signatures VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &ins_sig, NULL) ||
	    sqlite3_prepare_v2(db, "INSERT INTO commits VALUES (?,?,?,?,?,?)", -1, &ins_commit, NULL) ||
	    sqlite3_prepare_v2(db, "INSERT INTO fixed_in VALUES (?,?,?)", -1, &ins_fixed, NULL) ||
	    sqlite3_prepare_v2(db, "INSERT INTO links VALUES (?,?,?)", -1, &ins_link, NULL) ||
	    sqlite3_prepare_v2(db, "INSERT INTO conditions VALUES (?,?,?,?,?,?,?)", -1, &ins_cond, NULL) ||
	    sqlite3_prepare_v2(db, "INSERT INTO meta VALUES (?,?)", -1, &ins_meta, NULL)) {
		db_err(err, tmp.buf, "cannot prepare statements", db);
		goto out;
	}
	for (size_t i = 0; i < set->nsigs; i++) {
		const struct kt_signature *s = &set->sigs[i];

		bind_text(ins_sig, 1, s->id);
		sqlite3_bind_int(ins_sig, 2, (int)s->version);
		bind_text(ins_sig, 3, s->title);
		bind_text(ins_sig, 4, s->arch);
		bind_text(ins_sig, 5, s->platform);
		bind_text(ins_sig, 6, s->evidence);
		bind_text(ins_sig, 7, s->workaround);
		bind_text(ins_sig, 8, s->description);
		bind_text(ins_sig, 9, s->test_log);
		bind_text(ins_sig, 10, s->file);
		if (step_reset(ins_sig) ||
		    insert_commits(ins_commit, s->id, "introduced", s->introduced, s->nintroduced) ||
		    insert_commits(ins_commit, s->id, "fixed", s->fixed, s->nfixed)) {
			db_err(err, tmp.buf, "cannot insert signature", db);
			goto out;
		}
		for (size_t k = 0; k < s->nfixed_in; k++) {
			bind_text(ins_fixed, 1, s->id);
			sqlite3_bind_int(ins_fixed, 2, (int)k);
			bind_text(ins_fixed, 3, s->fixed_in[k]);
			if (step_reset(ins_fixed))
				goto insert_failed;
		}
		for (size_t k = 0; k < s->nlinks; k++) {
			bind_text(ins_link, 1, s->id);
			sqlite3_bind_int(ins_link, 2, (int)k);
			bind_text(ins_link, 3, s->links[k]);
			if (step_reset(ins_link))
				goto insert_failed;
		}
		for (size_t k = 0; k < s->nconds; k++) {
			static const char *const kinds[] = { "require", "support", "reject" };
			const struct kt_cond *c = &s->conds[k];

			bind_text(ins_cond, 1, s->id);
			sqlite3_bind_int(ins_cond, 2, (int)k);
			bind_text(ins_cond, 3, kinds[c->kind]);
			bind_text(ins_cond, 4, kt_field_name(c->field));
			bind_text(ins_cond, 5, c->pattern);
			sqlite3_bind_int(ins_cond, 6, c->icase);
			sqlite3_bind_int(ins_cond, 7, (int)c->line);
			if (step_reset(ins_cond))
				goto insert_failed;
		}
	}
	gmtime_r(&now, &tm);
	strftime(created, sizeof(created), "%Y-%m-%dT%H:%M:%SZ", &tm);
	{
		char sv[16];
		const char *meta[][2] = {
			{ "schema_version", sv },
			{ "db_version", db_version ? db_version : "0" },
			{ "source_hash", set->source_hash ? set->source_hash : "" },
			{ "created", getenv("SOURCE_DATE_EPOCH") ? "reproducible" : created },
			{ "ktriage_version", PACKAGE_VERSION },
		};

		snprintf(sv, sizeof(sv), "%d", KT_SIGDB_SCHEMA_VERSION);
		for (size_t k = 0; k < ARRAY_SIZE(meta); k++) {
			bind_text(ins_meta, 1, meta[k][0]);
			bind_text(ins_meta, 2, meta[k][1]);
			if (step_reset(ins_meta))
				goto insert_failed;
		}
	}
	if (sqlite3_exec(db, "COMMIT", NULL, NULL, &emsg) != SQLITE_OK) {
		db_err(err, tmp.buf, "cannot commit", db);
		goto out;
	}
	rc = 0;
	goto out;
insert_failed:
	db_err(err, tmp.buf, "cannot insert", db);
out:
	sqlite3_free(emsg);
	sqlite3_finalize(ins_sig);
	sqlite3_finalize(ins_commit);
	sqlite3_finalize(ins_fixed);
	sqlite3_finalize(ins_link);
	sqlite3_finalize(ins_cond);
	sqlite3_finalize(ins_meta);
	if (db && sqlite3_close(db) != SQLITE_OK && !rc) {
		db_err(err, tmp.buf, "cannot close", NULL);
		rc = -1;
	}
	if (!rc && rename(tmp.buf, path)) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: cannot rename into place: %s", path,
			    strerror(errno));
		}
		rc = -1;
	}
	if (rc)
		unlink(tmp.buf);
	strbuf_release(&tmp);
	return rc;
}

static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);

	return t ? xstrdup((const char *)t) : NULL;
}

static enum kt_field
field_from_name(const char *s)
{
	for (int f = 0; f < KT_F_COUNT; f++)
		if (!strcmp(kt_field_name((enum kt_field)f), s))
			return (enum kt_field)f;
	return KT_F_COUNT;
}

static struct kt_signature *
find_sig(struct kt_sigset *set, const char *id)
{
	/* signatures are loaded in id order: binary search */
	size_t lo = 0, hi = set->nsigs;

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

static int
load(sqlite3 *db, struct kt_sigset *set, const char *path, struct kt_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, NULL) ||
	    sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) != KT_SIGDB_APPLICATION_ID) {
		db_err(err, path, "not a ktriage signature database", NULL);
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) ||
	    sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) != KT_SIGDB_SCHEMA_VERSION) {
		if (err) {
			err->code = KT_EFORMAT;
			snprintf(err->msg, sizeof(err->msg), "%s: schema version %d, this ktriage reads %d",
			    path, st ? sqlite3_column_int(st, 0) : -1, KT_SIGDB_SCHEMA_VERSION);
		}
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);
	st = NULL;

	if (sqlite3_prepare_v2(db, "SELECT id, version, title, arch, platform, evidence, workaround, "
	    "description, test_log, file FROM signatures ORDER BY id", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
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
		s->test_log = col_dup(st, 8);
		s->file = col_dup(st, 9);
		if (!s->id || !s->title || !s->evidence)
			goto bad;
	}
	if (rc != SQLITE_DONE)
		goto bad;
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT sig_id, role, sha, subject, unverified FROM commits "
	    "ORDER BY sig_id, role, seq", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kt_signature *s = find_sig(set, (const char *)sqlite3_column_text(st, 0));
		const char *role = (const char *)sqlite3_column_text(st, 1);
		struct kt_commit c;

		if (!s || !role || !sqlite3_column_text(st, 2))
			goto bad;
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
	}
	if (rc != SQLITE_DONE)
		goto bad;
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT sig_id, release FROM fixed_in ORDER BY sig_id, seq", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kt_signature *s = find_sig(set, (const char *)sqlite3_column_text(st, 0));

		if (!s || !sqlite3_column_text(st, 1))
			goto bad;
		s->fixed_in = xrealloc(s->fixed_in, (s->nfixed_in + 1) * sizeof(char *));
		s->fixed_in[s->nfixed_in++] = col_dup(st, 1);
	}
	if (rc != SQLITE_DONE)
		goto bad;
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT sig_id, url FROM links ORDER BY sig_id, seq", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kt_signature *s = find_sig(set, (const char *)sqlite3_column_text(st, 0));

		if (!s || !sqlite3_column_text(st, 1))
			goto bad;
		s->links = xrealloc(s->links, (s->nlinks + 1) * sizeof(char *));
		s->links[s->nlinks++] = col_dup(st, 1);
	}
	if (rc != SQLITE_DONE)
		goto bad;
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT sig_id, kind, field, pattern, icase, line FROM conditions "
	    "ORDER BY sig_id, seq", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct kt_signature *s = find_sig(set, (const char *)sqlite3_column_text(st, 0));
		const char *kind = (const char *)sqlite3_column_text(st, 1);
		const char *field = (const char *)sqlite3_column_text(st, 2);
		struct kt_cond *c;

		if (!s || !kind || !field || !sqlite3_column_text(st, 3) || field_from_name(field) == KT_F_COUNT)
			goto bad;
		s->conds = xrealloc(s->conds, (s->nconds + 1) * sizeof(*s->conds));
		c = &s->conds[s->nconds++];
		memset(c, 0, sizeof(*c));
		c->kind = !strcmp(kind, "require") ? KT_COND_REQUIRE :
		    !strcmp(kind, "support") ? KT_COND_SUPPORT : KT_COND_REJECT;
		c->field = field_from_name(field);
		c->pattern = col_dup(st, 3);
		c->icase = sqlite3_column_int(st, 4) != 0;
		c->line = (unsigned)sqlite3_column_int(st, 5);
	}
	if (rc != SQLITE_DONE)
		goto bad;
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT key, value FROM meta", -1, &st, NULL))
		goto bad;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);

		if (!k)
			continue;
		if (!strcmp(k, "source_hash"))
			set->source_hash = col_dup(st, 1);
		else if (!strcmp(k, "db_version"))
			set->db_version = col_dup(st, 1);
		else if (!strcmp(k, "created"))
			set->created = col_dup(st, 1);
	}
	sqlite3_finalize(st);
	return 0;
bad:
	db_err(err, path, "corrupt signature database", db);
	sqlite3_finalize(st);
	return -1;
}

static struct kt_sigset *
finish_load(sqlite3 *db, const char *path, struct kt_error *err)
{
	struct kt_sigset *set = kt_sigset_new();
	struct kt_diag diag = { NULL, 0, 0 };

	if (load(db, set, path, err)) {
		kt_sigset_free(set);
		return NULL;
	}
	if (kt_sigset_prepare(set, &diag)) {
		if (err) {
			err->code = KT_EFORMAT;
			snprintf(err->msg, sizeof(err->msg), "%s: %s", path, diag.msgs[0]);
		}
		kt_diag_release(&diag);
		kt_sigset_free(set);
		return NULL;
	}
	kt_diag_release(&diag);
	return set;
}

struct kt_sigset *
kt_sigdb_open(const char *path, struct kt_error *err)
{
	sqlite3 *db = NULL;
	struct kt_sigset *set;
	struct strbuf uri = STRBUF_INIT;

	if (access(path, R_OK)) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: cannot open: %s", path, strerror(errno));
		}
		return NULL;
	}
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		db_err(err, path, "cannot open database", db);
		sqlite3_close(db);
		strbuf_release(&uri);
		return NULL;
	}
	set = finish_load(db, path, err);
	sqlite3_close(db);
	strbuf_release(&uri);
	return set;
}

struct kt_sigset *
kt_sigdb_open_memory(const unsigned char *data, size_t len, struct kt_error *err)
{
	sqlite3 *db = NULL;
	struct kt_sigset *set;
	unsigned char *copy;

	if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		db_err(err, "<built-in>", "cannot open database", db);
		sqlite3_close(db);
		return NULL;
	}
	copy = sqlite3_malloc64(len ? len : 1);
	if (!copy)
		kt_oom();
	memcpy(copy, data, len);
	if (sqlite3_deserialize(db, "main", copy, (sqlite3_int64)len, (sqlite3_int64)len,
	    SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) != SQLITE_OK) {
		db_err(err, "<built-in>", "cannot load database", db);
		sqlite3_close(db);
		return NULL;
	}
	set = finish_load(db, "<built-in>", err);
	sqlite3_close(db);
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
 * The lookup order of DESIGN.md: an explicit path (--db), $KTRIAGE_DB, the
 * updated copy in $XDG_DATA_HOME/ktriage/, the installed copy, the copy
 * built into the binary.  An explicit path that fails is an error; an
 * implicit one that fails is skipped with a warning in diag.
 */
struct kt_sigset *
kt_sigdb_default(const char *explicit_path, const unsigned char *builtin, size_t builtin_len,
    char *where, size_t wlen, struct kt_diag *diag, struct kt_error *err)
{
	const char *env = getenv("KTRIAGE_DB");
	char *updated = kt_xdg_path("XDG_DATA_HOME", ".local/share", "ktriage/signatures.db");
	struct kt_sigset *set;
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
		if ((set = kt_sigdb_open(candidates[i], &e))) {
			snprintf(where, wlen, "%s", candidates[i]);
			free(updated);
			return set;
		}
		kt_diag_add(diag, candidates[i], 0, "unusable, ignored: %s", e.msg);
	}
	free(updated);
	snprintf(where, wlen, "<built-in>");
	return kt_sigdb_open_memory(builtin, builtin_len, err);
}
