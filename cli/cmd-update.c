/*
 * ktriage update: fetch a newer signature database from a signed feed
 * (ktriage-update(1)).  Order of checks: manifest fetched (If-None-Match
 * with the stored ETag: 304 ends here), manifest signature (Ed25519, key
 * built in or --pubkey), format, expiry, minimum ktriage version, rollback;
 * then the database is downloaded to a temporary file next to the installed
 * one, its size and SHA-256 checked, test-opened, and renamed into place.
 * Any failure leaves the installed database untouched.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "ktriage.h"
#include "net.h"
#include "opts.h"
#include "sigdb.h"
#include "signature.h"
#include "strbuf.h"
#include "usage.h"
#include "util.h"

#define DEFAULT_FEED_URL "https://example.invalid/ktriage/feed"

static char *
data_dir(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	struct strbuf p = STRBUF_INIT;

	if (xdg && *xdg)
		strbuf_addf(&p, "%s/ktriage", xdg);
	else if (home && *home)
		strbuf_addf(&p, "%s/.local/share/ktriage", home);
	else
		return NULL;
	return strbuf_detach(&p, NULL);
}

static int
mkdir_p(const char *path)
{
	char *copy = xstrdup(path);

	for (char *p = copy + 1; *p; p++)
		if (*p == '/') {
			*p = 0;
			if (mkdir(copy, 0755) && errno != EEXIST) {
				free(copy);
				return -1;
			}
			*p = '/';
		}
	free(copy);
	return mkdir(path, 0755) && errno != EEXIST ? -1 : 0;
}

/* Read a whole small file (at most max bytes). */
static char *
slurp(const char *path, size_t max, size_t *len, struct kt_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	size_t n;

	if (!fp) {
		err->code = KT_EIO;
		snprintf(err->msg, sizeof(err->msg), "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	buf = xmalloc(max + 1);
	n = fread(buf, 1, max + 1, fp);
	fclose(fp);
	if (n > max) {
		free(buf);
		err->code = KT_EIO;
		snprintf(err->msg, sizeof(err->msg), "%s: larger than %zu bytes", path, max);
		return NULL;
	}
	buf[n] = 0;
	*len = n;
	return buf;
}

/* Fetch a small feed file by URL or from the feed directory. */
static char *
fetch_small(const char *base, bool is_dir, const char *name, const struct kt_net_opts *net,
    const char *etag_in, char **etag_out, long *status, size_t *len, struct kt_error *err)
{
	struct strbuf loc = STRBUF_INIT;
	char *buf = NULL;

	strbuf_addf(&loc, "%s/%s", base, name);
	*status = 200;
	if (is_dir) {
		buf = slurp(loc.buf, KT_MANIFEST_MAX, len, err);
	} else {
		size_t sz = 0;
		FILE *fp = open_memstream(&buf, &sz);

		if (!fp)
			kt_oom();
		*status = kt_fetch_to_file(loc.buf, net, fp, KT_MANIFEST_MAX, etag_in, etag_out, err);
		fclose(fp);
		*len = sz;
		if (*status < 0) {
			free(buf);
			buf = NULL;
		}
	}
	strbuf_release(&loc);
	return buf;
}

static int
write_atomic(const char *path, const char *data, size_t len)
{
	struct strbuf tmp = STRBUF_INIT;
	FILE *fp;
	int ok;

	strbuf_addf(&tmp, "%s.tmp", path);
	if (!(fp = fopen(tmp.buf, "w"))) {
		strbuf_release(&tmp);
		return -1;
	}
	ok = fwrite(data, 1, len, fp) == len && fflush(fp) == 0 && fsync(fileno(fp)) == 0;
	ok = (fclose(fp) == 0) && ok && rename(tmp.buf, path) == 0;
	if (!ok)
		unlink(tmp.buf);
	strbuf_release(&tmp);
	return ok ? 0 : -1;
}

static void
fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Copy src into fp, at most max bytes. */
static int
copy_file(const char *src, FILE *fp, unsigned long long max, struct kt_error *err)
{
	FILE *in = fopen(src, "rb");
	char buf[65536];
	size_t n;
	unsigned long long total = 0;

	if (!in) {
		err->code = KT_EIO;
		snprintf(err->msg, sizeof(err->msg), "%s: cannot open: %s", src, strerror(errno));
		return -1;
	}
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0) {
		total += n;
		if (total > max) {
			fclose(in);
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: larger than %llu bytes", src, max);
			return -1;
		}
		if (fwrite(buf, 1, n, fp) != n) {
			fclose(in);
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "write error: %s", strerror(errno));
			return -1;
		}
	}
	fclose(in);
	return 0;
}

static int
run(int argc, char **argv)
{
	static const char *const usage[] = {
		"ktriage update [--url URL | --from-dir DIR] [--pubkey FILE] [--cacert FILE] [--insecure]",
		"",
		"Fetch the signed manifest of a signature feed; when it names a newer database,",
		"download it, check its size, SHA-256 and the manifest's Ed25519 signature,",
		"test-open it and swap it in as $XDG_DATA_HOME/ktriage/signatures.db.",
		"On any failure the installed database stays as it was.",
		NULL,
	};
	const char *url = NULL, *from_dir = NULL, *pubkey = NULL;
	size_t timeout = KT_NET_DEFAULT_TIMEOUT;
	struct kt_net_opts net = { 0, NULL, false, -1 };
	const struct opt opts[] = {
		OPT_STRING(0, "url", &url, "URL", "base URL of the feed (default " DEFAULT_FEED_URL ")"),
		OPT_STRING(0, "from-dir", &from_dir, "DIR", "read the feed from directory DIR (no network)"),
		OPT_STRING(0, "pubkey", &pubkey, "FILE", "trust this PEM Ed25519 public key instead of the built-in one"),
		OPT_STRING(0, "cacert", &net.cacert, "FILE", "verify the server with the CA certificates in FILE"),
		OPT_BOOL(0, "insecure", &net.insecure, "do not verify the server's TLS certificate"),
		OPT_SIZE(0, "timeout", &timeout, "S", "give up after S seconds unconnected or under 1 KiB/s (default 30)"),
		OPT_END(),
	};
	unsigned char key[32];
	struct kt_error err = { 0, "" };
	struct kt_manifest m;
	struct strbuf dbpath = STRBUF_INIT, etagpath = STRBUF_INIT, src = STRBUF_INIT;
	char *dir, *mtext, *stext, *etag_old = NULL, *etag_new = NULL, *tmp = NULL;
	const char *base;
	size_t mlen = 0, slen = 0, elen;
	long status;
	unsigned long long installed = 0, size = 0;
	bool have_installed = false;
	char sha[65], when[32], keyid[17];
	struct kt_sigset *set;
	int fd, rc = EXIT_USAGE;
	FILE *fp;

	if (parse_options(argc, argv, opts, usage) != 0)
		die_usage("update: unexpected argument");
	if (url && from_dir)
		die_usage("update: --url and --from-dir exclude each other");
	if (!timeout || timeout > 86400)
		die_usage("--timeout must be between 1 and 86400 seconds");
	net.timeout = (long)timeout;
	base = from_dir ? from_dir : url ? url : getenv("KTRIAGE_UPDATE_URL") ? getenv("KTRIAGE_UPDATE_URL") : DEFAULT_FEED_URL;
	if (!from_dir && !kt_is_url(base))
		die_usage("update: --url must be an http:// or https:// URL");
	if (pubkey) {
		if (kt_pubkey_load(pubkey, key, &err))
			die("update: %s", err.msg);
	} else {
		memcpy(key, kt_feed_pubkey, sizeof(key));
	}
	kt_key_id(key, keyid);
	if (!(dir = data_dir()))
		die("update: no data directory (set XDG_DATA_HOME or HOME)");
	if (mkdir_p(dir))
		die("update: cannot create %s: %s", dir, strerror(errno));
	strbuf_addf(&dbpath, "%s/signatures.db", dir);
	strbuf_addf(&etagpath, "%s/signatures.db.etag", dir);

	/* the installed database: its version (rollback protection) */
	if (access(dbpath.buf, F_OK) == 0) {
		struct kt_error e = { 0, "" };

		if ((set = kt_sigdb_open(dbpath.buf, &e))) {
			unsigned long long v = strtoull(set->db_version ? set->db_version : "0", NULL, 10);

			installed = v;
			have_installed = true;
			kt_sigset_free(set);
		} else {
			warning("update: installed database unusable, it will be replaced: %s", e.msg);
		}
		if (have_installed && !from_dir)
			etag_old = slurp(etagpath.buf, 1024, &elen, &e);
		if (etag_old)
			etag_old[strcspn(etag_old, "\r\n")] = 0;
	}

	/* 1. the manifest, unless unchanged */
	if (!(mtext = fetch_small(base, from_dir != NULL, KT_MANIFEST_NAME, &net, etag_old, &etag_new,
	    &status, &mlen, &err))) {
		error("update: cannot fetch the manifest: %s", err.msg);
		goto out;
	}
	if (status == 304) {
		printf("signature database is up to date (version %llu, manifest unchanged)\n", installed);
		rc = 0;
		goto out;
	}
	/* 2. its signature */
	if (!(stext = fetch_small(base, from_dir != NULL, KT_MANIFEST_SIG_NAME, &net, NULL, NULL,
	    &status, &slen, &err))) {
		error("update: cannot fetch the manifest signature: %s", err.msg);
		goto out;
	}
	if (kt_ed25519_verify(key, mtext, mlen, stext, slen, &err)) {
		free(stext);
		error("update: %s", err.msg);
		goto out;
	}
	free(stext);
	/* 3. its contents */
	if (kt_manifest_parse(mtext, mlen, &m, &err)) {
		error("update: %s", err.msg);
		goto out;
	}
	kt_format_utc(m.expires, when, sizeof(when));
	if ((long long)time(NULL) >= m.expires) {
		error("update: expiry check failed: the manifest expired on %s (a stale or frozen feed)", when);
		goto out_m;
	}
	if (m.min_version && kt_version_cmp(PACKAGE_VERSION, m.min_version) < 0) {
		error("update: version check failed: database version %llu needs ktriage %s or later "
		    "(this is %s)", m.db_version, m.min_version, PACKAGE_VERSION);
		goto out_m;
	}
	if (have_installed && m.db_version < installed) {
		error("update: rollback refused: the feed offers database version %llu, older than "
		    "the installed version %llu", m.db_version, installed);
		goto out_m;
	}
	if (have_installed && m.db_version == installed) {
		if (!kt_sha256_file(dbpath.buf, sha, NULL, &err) && !strcmp(sha, m.db_sha256)) {
			printf("signature database is up to date (version %llu)\n", installed);
			if (etag_new)
				write_atomic(etagpath.buf, etag_new, strlen(etag_new));
			rc = 0;
		} else {
			error("update: rollback refused: the feed offers version %llu, the installed "
			    "version, with different contents", m.db_version);
		}
		goto out_m;
	}
	/* 4. the database, into a temporary file next to the installed one */
	if (strstr(m.db_url, "..") || (!kt_is_url(m.db_url) && strchr(m.db_url, '/'))) {
		error("update: manifest: db-url '%s' must be a file name or an http(s) URL", m.db_url);
		goto out_m;
	}
	if (kt_is_url(m.db_url))
		strbuf_addstr(&src, m.db_url);
	else
		strbuf_addf(&src, "%s/%s", base, m.db_url);
	if (from_dir && kt_is_url(m.db_url)) {
		error("update: manifest: db-url is a URL, but --from-dir reads no network");
		goto out_m;
	}
	tmp = xmalloc(strlen(dir) + 32);
	sprintf(tmp, "%s/.signatures.db.XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0 || !(fp = fdopen(fd, "wb"))) {
		error("update: cannot create a temporary file in %s: %s", dir, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto out_m;
	}
	if (from_dir ? copy_file(src.buf, fp, m.db_size, &err) :
	    kt_fetch_to_file(src.buf, &net, fp, (size_t)m.db_size, NULL, NULL, &err) < 0) {
		fclose(fp);
		error("update: download failed: %s", err.msg);
		goto out_tmp;
	}
	if (fflush(fp) || fsync(fileno(fp)) || fclose(fp)) {
		error("update: cannot write %s: %s", tmp, strerror(errno));
		goto out_tmp;
	}
	/* 5. size, SHA-256, test-open */
	if (kt_sha256_file(tmp, sha, &size, &err)) {
		error("update: %s", err.msg);
		goto out_tmp;
	}
	if (size != m.db_size) {
		error("update: size check failed: downloaded %llu bytes, the manifest says %llu",
		    size, m.db_size);
		goto out_tmp;
	}
	if (strcmp(sha, m.db_sha256)) {
		error("update: SHA-256 check failed: downloaded %s, the manifest says %s", sha, m.db_sha256);
		goto out_tmp;
	}
	if (!(set = kt_sigdb_open(tmp, &err))) {
		error("update: test-open failed: %s", err.msg);
		goto out_tmp;
	}
	if (!set->db_version || strtoull(set->db_version, NULL, 10) != m.db_version) {
		error("update: test-open failed: the database says version %s, the manifest %llu",
		    set->db_version ? set->db_version : "(none)", m.db_version);
		kt_sigset_free(set);
		goto out_tmp;
	}
	size = set->nsigs;
	kt_sigset_free(set);
	/* 6. swap it in */
	chmod(tmp, 0644);
	if (rename(tmp, dbpath.buf)) {
		error("update: cannot rename %s to %s: %s", tmp, dbpath.buf, strerror(errno));
		goto out_tmp;
	}
	free(tmp);
	tmp = NULL;
	fsync_dir(dir);
	if (etag_new)
		write_atomic(etagpath.buf, etag_new, strlen(etag_new));
	else
		unlink(etagpath.buf);
	fsync_dir(dir);
	printf("updated the signature database to version %llu (%llu signatures, expires %s): %s\n",
	    m.db_version, size, when, dbpath.buf);
	rc = 0;
	goto out_m;
out_tmp:
	error("update: the installed database was not changed");
	unlink(tmp);
	free(tmp);
	tmp = NULL;
out_m:
	kt_manifest_release(&m);
out:
	free(mtext);
	free(etag_old);
	free(etag_new);
	free(dir);
	strbuf_release(&dbpath);
	strbuf_release(&etagpath);
	strbuf_release(&src);
	return rc;
}

const struct cmd cmd_update = { "update", "fetch a newer signed signature database", run };
