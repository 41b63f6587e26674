/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * update: the signed-update transaction of "ktriage update" (feed.h), as
 * named steps over one struct update.  Order of checks: manifest fetched
 * (If-None-Match with the stored ETag: 304 ends here), manifest signature,
 * format, expiry, minimum ktriage version, rollback; then the database is
 * downloaded to a temporary file next to the installed one, its size and
 * SHA-256 checked, test-opened, and renamed into place.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "feed.h"
#include "file.h"
#include "sigdb.h"
#include "signature.h"
#include "util.h"

struct update {
	const struct kt_update_opts *o;
	struct kt_update_result *res;
	struct kt_error *err;
	struct strbuf dbpath, etagpath;
	char *mtext, *etag_old, *etag_new;
	size_t mlen;
	bool have_installed;
	unsigned long long installed;
	struct kt_manifest m;
	bool have_manifest;
	char *tmp;		/* the download, until renamed into place */
};

/* Read a whole small file (at most max bytes). */
static char *
slurp(const char *path, size_t max, size_t *len, struct kt_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	size_t n;

	if (!fp) {
		kt_fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	buf = xmalloc(max + 1);
	n = fread(buf, 1, max + 1, fp);
	fclose(fp);
	if (n > max) {
		free(buf);
		kt_fail(err, KT_EIO, "%s: larger than %zu bytes", path, max);
		return NULL;
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

/* Fetch a small feed file by URL or from the feed directory. */
static char *
fetch_small(const struct update *u, const char *name, const char *etag_in, char **etag_out,
    long *status, size_t *len)
{
	struct strbuf loc = STRBUF_INIT;
	char *buf = NULL;
	size_t sz = 0;
	FILE *fp;

	strbuf_addf(&loc, "%s/%s", u->o->base, name);
	*status = 200;
	if (u->o->from_dir) {
		buf = slurp(loc.buf, KT_MANIFEST_MAX, len, u->err);
		strbuf_release(&loc);
		return buf;
	}
	if (!(fp = open_memstream(&buf, &sz)))
		kt_oom();
	*status = kt_fetch_to_file(loc.buf, u->o->net, fp, KT_MANIFEST_MAX, etag_in, etag_out,
	    u->err);
	fclose(fp);
	*len = sz;
	if (*status < 0) {
		free(buf);
		buf = NULL;
	}
	strbuf_release(&loc);
	return buf;
}

/* Copy src into fp, at most max bytes. */
static int
copy_file(const char *src, FILE *fp, unsigned long long max, struct kt_error *err)
{
	FILE *in = fopen(src, "rb");
	char buf[65536];
	size_t n;
	unsigned long long total = 0;
	int rc = 0;

	if (!in)
		return kt_fail(err, KT_EIO, "%s: cannot open: %s", src, strerror(errno));
	while (!rc && (n = fread(buf, 1, sizeof(buf), in)) > 0) {
		total += n;
		if (total > max)
			rc = kt_fail(err, KT_EIO, "%s: larger than %llu bytes", src, max);
		else if (fwrite(buf, 1, n, fp) != n)
			rc = kt_fail(err, KT_EIO, "write error: %s", strerror(errno));
	}
	fclose(in);
	return rc;
}

static void __attribute__((format(printf, 2, 3)))
warn(const struct update *u, const char *fmt, ...)
{
	struct strbuf msg = STRBUF_INIT;
	va_list ap;

	if (!u->o->warn)
		return;
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	u->o->warn(msg.buf, u->o->warn_arg);
	strbuf_release(&msg);
}

/* The ETag stored with the installed database, if it is one that may be sent. */
static void
read_etag(struct update *u)
{
	struct kt_error e = { 0, "" };
	size_t elen;
	struct stat st;

	if (lstat(u->etagpath.buf, &st) && errno == ENOENT)
		return;
	/* never through a symbolic link: it would send that file's first line */
	if (!(u->etag_old = kt_read_file_nofollow(u->etagpath.buf, KT_ETAG_MAX + 2, &elen, &e))) {
		warn(u, "update: ignoring the stored ETag: %s", e.msg);
		return;
	}
	u->etag_old[strcspn(u->etag_old, "\r\n")] = 0;
	if (!kt_etag_valid(u->etag_old)) {
		warn(u, "update: ignoring the stored ETag %s: not a valid entity-tag", u->etagpath.buf);
		free(u->etag_old);
		u->etag_old = NULL;
	}
}

/* Step 0: the installed database's version (rollback protection) and ETag. */
static void
read_installed(struct update *u)
{
	struct kt_error e = { 0, "" };
	struct kt_sigset *set;
	struct stat st;

	if (lstat(u->dbpath.buf, &st))
		return;
	if ((set = kt_sigdb_open_nofollow(u->dbpath.buf, &e))) {
		u->installed = strtoull(set->db_version ? set->db_version : "0", NULL, 10);
		u->have_installed = true;
		kt_sigset_free(set);
	} else {
		warn(u, "update: installed database unusable, it will be replaced: %s", e.msg);
	}
	if (u->have_installed && !u->o->from_dir)
		read_etag(u);
}

/* Step 1: the manifest, unless unchanged (1: HTTP 304). */
static int
fetch_manifest(struct update *u)
{
	long status;

	if (!(u->mtext = fetch_small(u, KT_MANIFEST_NAME, u->etag_old, &u->etag_new, &status,
	    &u->mlen)))
		return kt_fail_prefix(u->err, "cannot fetch the manifest");
	return status == 304;
}

/* Step 2: its signature by the trusted key, then its contents. */
static int
verify_manifest(struct update *u)
{
	long status;
	size_t slen = 0;
	char *stext = fetch_small(u, KT_MANIFEST_SIG_NAME, NULL, NULL, &status, &slen);
	int rc;

	if (!stext)
		return kt_fail_prefix(u->err, "cannot fetch the manifest signature");
	rc = kt_ed25519_verify(u->o->key, u->mtext, u->mlen, stext, slen, u->err);
	free(stext);
	if (rc || kt_manifest_parse(u->mtext, u->mlen, &u->m, u->err))
		return -1;
	u->have_manifest = true;
	return 0;
}

/*
 * Rollback: the feed must not offer an older database than the newest this
 * machine has, the updated copy or another (the installed one, the one
 * built in: o->floor_version), or "update" could pin a stale one.
 */
static int
check_rollback(struct update *u)
{
	unsigned long long v = u->m.db_version;

	if (u->have_installed && v < u->installed)
		return kt_fail(u->err, KT_EFORMAT, "rollback refused: the feed offers database version "
		    "%llu, older than the installed version %llu", v, u->installed);
	if (v < u->o->floor_version)
		return kt_fail(u->err, KT_EFORMAT, "rollback refused: the feed offers database version "
		    "%llu, older than version %llu of %s", v, u->o->floor_version,
		    u->o->floor_name ? u->o->floor_name : "another database on this machine");
	return 0;
}

/* Step 3: expiry, ktriage version, rollback (1: the installed database is current). */
static int
check_manifest(struct update *u)
{
	const struct kt_manifest *m = &u->m;
	char when[32], sha[65];

	kt_format_utc(m->expires, when, sizeof(when));
	if ((long long)time(NULL) >= m->expires)
		return kt_fail(u->err, KT_EFORMAT, "expiry check failed: the manifest expired on %s "
		    "(a stale or frozen feed)", when);
	if (m->min_version && kt_version_cmp(u->o->version, m->min_version) < 0)
		return kt_fail(u->err, KT_EFORMAT, "version check failed: database version %llu needs "
		    "ktriage %s or later (this is %s)", m->db_version, m->min_version, u->o->version);
	if (check_rollback(u))
		return -1;
	if (!u->have_installed || m->db_version > u->installed)
		return m->db_version > u->o->floor_version ? 0 : 1;
	if (kt_sha256_file(u->dbpath.buf, sha, NULL, u->err) || strcmp(sha, m->db_sha256))
		return kt_fail(u->err, KT_EFORMAT, "rollback refused: the feed offers version %llu, the "
		    "installed version, with different contents", m->db_version);
	if (u->etag_new)
		kt_write_file(u->etagpath.buf, u->etag_new, strlen(u->etag_new), KT_MODE_PRIVATE, NULL);
	return 1;
}

/* Where the database comes from: a file name next to the manifest, or a URL. */
static int
db_source(const struct update *u, struct strbuf *src)
{
	const char *url = u->m.db_url;

	if (strstr(url, "..") || (!kt_is_url(url) && strchr(url, '/')))
		return kt_fail(u->err, KT_EFORMAT, "manifest: db-url '%s' must be a file name or an "
		    "http(s) URL", url);
	if (u->o->from_dir && kt_is_url(url))
		return kt_fail(u->err, KT_EUSAGE, "manifest: db-url is a URL, but --from-dir reads no "
		    "network");
	if (kt_is_url(url))
		strbuf_addstr(src, url);
	else
		strbuf_addf(src, "%s/%s", u->o->base, url);
	return 0;
}

/* Step 4: the database, into a temporary file next to the installed one. */
static int
download(struct update *u)
{
	struct strbuf src = STRBUF_INIT;
	FILE *fp;
	int fd, rc;

	if (db_source(u, &src))
		return -1;
	if ((fd = kt_tmp_create(u->dbpath.buf, KT_MODE_PRIVATE, &u->tmp, u->err)) < 0) {
		strbuf_release(&src);
		return -1;
	}
	if (!(fp = fdopen(fd, "wb")))
		kt_oom();
	rc = u->o->from_dir ? copy_file(src.buf, fp, u->m.db_size, u->err) :
	    kt_fetch_to_file(src.buf, u->o->net, fp, (size_t)u->m.db_size, NULL, NULL, u->err) < 0 ?
	    -1 : 0;
	strbuf_release(&src);
	if (rc) {
		fclose(fp);
		return kt_fail_prefix(u->err, "download failed");
	}
	if (fflush(fp) || fsync(fileno(fp)) || fclose(fp))
		return kt_fail(u->err, KT_EIO, "cannot write %s: %s", u->tmp, strerror(errno));
	return 0;
}

/* Step 5: size, SHA-256, test-open. */
static int
check_download(struct update *u)
{
	const struct kt_manifest *m = &u->m;
	unsigned long long size = 0;
	struct kt_sigset *set;
	char sha[65];
	bool same;

	if (kt_sha256_file(u->tmp, sha, &size, u->err))
		return -1;
	if (size != m->db_size)
		return kt_fail(u->err, KT_EFORMAT, "size check failed: downloaded %llu bytes, the "
		    "manifest says %llu", size, m->db_size);
	if (strcmp(sha, m->db_sha256))
		return kt_fail(u->err, KT_EFORMAT, "SHA-256 check failed: downloaded %s, the manifest "
		    "says %s", sha, m->db_sha256);
	if (!(set = kt_sigdb_open(u->tmp, u->err)))
		return kt_fail_prefix(u->err, "test-open failed");
	same = set->db_version && strtoull(set->db_version, NULL, 10) == m->db_version;
	if (!same)
		kt_fail(u->err, KT_EFORMAT, "test-open failed: the database says version %s, the "
		    "manifest %llu", set->db_version ? set->db_version : "(none)", m->db_version);
	u->res->nsigs = set->nsigs;
	kt_sigset_free(set);
	return same ? 0 : -1;
}

/* Step 6: swap it in, then the ETag that goes with it. */
static int
swap_in(struct update *u)
{
	int rc = kt_tmp_commit(u->tmp, u->dbpath.buf, u->err);

	free(u->tmp);
	u->tmp = NULL;	/* kt_tmp_commit removed it on failure */
	if (rc) {
		u->res->discarded = true;
		return -1;
	}
	/* an ETag that cannot be stored only costs a download next time */
	if (!u->etag_new || kt_write_file(u->etagpath.buf, u->etag_new, strlen(u->etag_new),
	    KT_MODE_PRIVATE, NULL))
		unlink(u->etagpath.buf);
	return 0;
}

/* Steps 4-6; a failure throws the download away. */
static int
install(struct update *u)
{
	if (download(u) || check_download(u) || swap_in(u)) {
		if (u->tmp) {
			u->res->discarded = true;
			unlink(u->tmp);
		}
		return -1;
	}
	u->res->outcome = KT_UPDATE_INSTALLED;
	u->res->version = u->m.db_version;
	u->res->expires = u->m.expires;
	return 0;
}

static int
steps(struct update *u)
{
	int rc;

	read_installed(u);
	u->res->version = u->installed;
	if ((rc = fetch_manifest(u)) != 0) {
		u->res->outcome = KT_UPDATE_UNCHANGED;
		return rc < 0 ? -1 : 0;
	}
	if (verify_manifest(u) || (rc = check_manifest(u)) < 0)
		return -1;
	if (rc > 0) {
		u->res->outcome = KT_UPDATE_CURRENT;
		if (u->res->version < u->o->floor_version)
			u->res->version = u->o->floor_version;
		return 0;
	}
	return install(u);
}

int
kt_update_run(const struct kt_update_opts *o, struct kt_update_result *res,
    struct kt_error *err)
{
	struct update u = { .o = o, .res = res, .err = err };
	int rc;

	memset(res, 0, sizeof(*res));
	strbuf_init(&u.dbpath, 0);
	strbuf_init(&u.etagpath, 0);
	strbuf_addf(&u.dbpath, "%s/signatures.db", o->dir);
	strbuf_addf(&u.etagpath, "%s/signatures.db.etag", o->dir);
	rc = steps(&u);
	if (u.have_manifest)
		kt_manifest_release(&u.m);
	free(u.tmp);
	free(u.mtext);
	free(u.etag_old);
	free(u.etag_new);
	strbuf_release(&u.dbpath);
	strbuf_release(&u.etagpath);
	return rc;
}
