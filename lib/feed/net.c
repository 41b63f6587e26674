/*
 * net: libcurl wrapper for URL inputs and "ktriage update" (see net.h).
 *
 * Streaming downloads run curl_easy_perform in a thread that writes the body
 * into one end of a socket pair with blocking sends: the reader (input.c)
 * reads the other end like any file descriptor, and the socket buffer gives
 * back-pressure, so memory is bounded whatever the size of the body.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "net.h"
#include "util.h"

static struct kt_net_opts global_opts = { 0, NULL, false, -1 };
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

void
kt_net_set_opts(const struct kt_net_opts *opts)
{
	global_opts = *opts;
}

const struct kt_net_opts *
kt_net_get_opts(void)
{
	return &global_opts;
}

bool
kt_is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

static void
init_curl(void)
{
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

static double
now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* state shared by both kinds of transfer */
struct xfer {
	CURL *curl;
	struct curl_slist *headers;
	char errbuf[CURL_ERROR_SIZE];
	const char *url;
	bool progress;
	double start, last_print;
	bool printed;
	atomic_bool abort;
	char *etag;
};

static int
xferinfo(void *arg, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
	struct xfer *x = arg;
	double t;

	if (atomic_load(&x->abort))
		return 1;
	if (!x->progress)
		return 0;
	t = now_mono();
	/* long downloads only: nothing in the first second */
	if (t - x->start < 1.0 || t - x->last_print < 0.25)
		return 0;
	x->last_print = t;
	x->printed = true;
	if (dltotal > 0)
		fprintf(stderr, "\rktriage: %s: %.1f of %.1f MiB (%d%%)  ", x->url,
		    (double)dlnow / 1048576.0, (double)dltotal / 1048576.0,
		    (int)(dlnow * 100 / dltotal));
	else
		fprintf(stderr, "\rktriage: %s: %.1f MiB  ", x->url, (double)dlnow / 1048576.0);
	return 0;
}

static size_t
on_header(char *buf, size_t size, size_t n, void *arg)
{
	struct xfer *x = arg;
	size_t len = size * n;

	if (len > 5 && !strncasecmp(buf, "ETag:", 5)) {
		const char *v = buf + 5;
		size_t vl;

		while (v < buf + len && (*v == ' ' || *v == '\t'))
			v++;
		vl = (size_t)(buf + len - v);
		while (vl && (v[vl - 1] == '\r' || v[vl - 1] == '\n' || v[vl - 1] == ' '))
			vl--;
		free(x->etag);
		x->etag = xstrndup(v, vl);
	} else if (len >= 5 && !strncmp(buf, "HTTP/", 5)) {
		/* a new response (after a redirect): forget the previous ETag */
		free(x->etag);
		x->etag = NULL;
	}
	return len;
}

static void
xfer_setup(struct xfer *x, const char *url, const struct kt_net_opts *o)
{
	const char *token = getenv("KTRIAGE_TOKEN");
	long timeout = o->timeout > 0 ? o->timeout : KT_NET_DEFAULT_TIMEOUT;

	pthread_once(&curl_once, init_curl);
	memset(x, 0, sizeof(*x));
	atomic_init(&x->abort, false);
	x->url = url;
	x->progress = o->progress < 0 ? isatty(STDERR_FILENO) : o->progress > 0;
	x->start = x->last_print = now_mono();
	if (!(x->curl = curl_easy_init()))
		kt_oom();
	curl_easy_setopt(x->curl, CURLOPT_URL, url);
	curl_easy_setopt(x->curl, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(x->curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(x->curl, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(x->curl, CURLOPT_MAXREDIRS, (long)KT_NET_MAX_REDIRECTS);
	curl_easy_setopt(x->curl, CURLOPT_USERAGENT, "ktriage/" PACKAGE_VERSION);
	curl_easy_setopt(x->curl, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(x->curl, CURLOPT_FAILONERROR, 1L);
	curl_easy_setopt(x->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(x->curl, CURLOPT_CONNECTTIMEOUT, timeout);
	curl_easy_setopt(x->curl, CURLOPT_LOW_SPEED_LIMIT, 1024L);
	curl_easy_setopt(x->curl, CURLOPT_LOW_SPEED_TIME, timeout);
	curl_easy_setopt(x->curl, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(x->curl, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(x->curl, CURLOPT_XFERINFOFUNCTION, xferinfo);
	curl_easy_setopt(x->curl, CURLOPT_XFERINFODATA, x);
	curl_easy_setopt(x->curl, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(x->curl, CURLOPT_HEADERDATA, x);
	if (o->cacert)
		curl_easy_setopt(x->curl, CURLOPT_CAINFO, o->cacert);
	if (o->insecure) {
		curl_easy_setopt(x->curl, CURLOPT_SSL_VERIFYPEER, 0L);
		curl_easy_setopt(x->curl, CURLOPT_SSL_VERIFYHOST, 0L);
	}
	if (token && *token) {
		/* curl sends it only to the host of the URL, not after a redirect elsewhere */
		curl_easy_setopt(x->curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
		curl_easy_setopt(x->curl, CURLOPT_XOAUTH2_BEARER, token);
	} else {
		curl_easy_setopt(x->curl, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
	}
}

static void
xfer_cleanup(struct xfer *x)
{
	if (x->printed)
		fputc('\n', stderr);
	curl_slist_free_all(x->headers);
	curl_easy_cleanup(x->curl);
	free(x->etag);
}

/* Fill err from a finished transfer's result; returns 0 on success. */
static int
xfer_result(struct xfer *x, CURLcode rc, struct kt_error *err)
{
	long status = 0;
	const char *why;

	if (rc == CURLE_OK)
		return 0;
	curl_easy_getinfo(x->curl, CURLINFO_RESPONSE_CODE, &status);
	if (!err)
		return -1;
	err->code = KT_EIO;
	why = x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc);
	switch (rc) {
	case CURLE_HTTP_RETURNED_ERROR:
		snprintf(err->msg, sizeof(err->msg), "%s: server returned HTTP %ld", x->url, status);
		break;
	case CURLE_PARTIAL_FILE:
	case CURLE_RECV_ERROR:
	case CURLE_BAD_CONTENT_ENCODING:
		snprintf(err->msg, sizeof(err->msg), "%s: download cut short: %s", x->url, why);
		break;
	case CURLE_OPERATION_TIMEDOUT:
		snprintf(err->msg, sizeof(err->msg), "%s: timed out: %s", x->url, why);
		break;
	case CURLE_TOO_MANY_REDIRECTS:
		snprintf(err->msg, sizeof(err->msg), "%s: more than %d redirects", x->url,
		    KT_NET_MAX_REDIRECTS);
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
		snprintf(err->msg, sizeof(err->msg),
		    "%s: TLS certificate not trusted (see --cacert): %s", x->url, why);
		break;
	default:
		snprintf(err->msg, sizeof(err->msg), "%s: download failed: %s", x->url, why);
		break;
	}
	return -1;
}

/* ---- streaming ---- */

struct kt_fetch {
	struct xfer x;
	int fds[2];		/* [0] read by the caller, [1] written by the thread */
	pthread_t tid;
	bool running;
	CURLcode rc;
};

static size_t
on_stream(char *buf, size_t size, size_t n, void *arg)
{
	struct kt_fetch *f = arg;
	size_t len = size * n, done = 0;

	while (done < len) {
		ssize_t w;

		if (atomic_load(&f->x.abort))
			return 0;
		w = send(f->fds[1], buf + done, len - done, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return 0;	/* reader went away: abort (CURLE_WRITE_ERROR) */
		done += (size_t)w;
	}
	return len;
}

static void *
stream_thread(void *arg)
{
	struct kt_fetch *f = arg;
	sigset_t all;

	/* signals are for the main thread */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	f->rc = curl_easy_perform(f->x.curl);
	close(f->fds[1]);	/* EOF for the reader */
	f->fds[1] = -1;
	return NULL;
}

struct kt_fetch *
kt_fetch_start(const char *url, const struct kt_net_opts *opts, struct kt_error *err)
{
	struct kt_fetch *f = xcalloc(1, sizeof(*f));

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, f->fds)) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: socketpair: %s", url, strerror(errno));
		}
		free(f);
		return NULL;
	}
	xfer_setup(&f->x, url, opts ? opts : &global_opts);
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEFUNCTION, on_stream);
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEDATA, f);
	if (pthread_create(&f->tid, NULL, stream_thread, f)) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: cannot start the download thread", url);
		}
		close(f->fds[0]);
		close(f->fds[1]);
		xfer_cleanup(&f->x);
		free(f);
		return NULL;
	}
	f->running = true;
	return f;
}

int
kt_fetch_fd(const struct kt_fetch *f)
{
	return f->fds[0];
}

int
kt_fetch_finish(struct kt_fetch *f, struct kt_error *err)
{
	if (f->running) {
		pthread_join(f->tid, NULL);
		f->running = false;
	}
	return xfer_result(&f->x, f->rc, err);
}

void
kt_fetch_close(struct kt_fetch *f)
{
	if (!f)
		return;
	if (f->running) {
		atomic_store(&f->x.abort, true);
		shutdown(f->fds[0], SHUT_RDWR);	/* a blocked send fails now */
		pthread_join(f->tid, NULL);
	}
	close(f->fds[0]);
	xfer_cleanup(&f->x);
	free(f);
}

/* ---- to a file ---- */

struct tofile {
	FILE *fp;
	size_t max, got;
	bool too_big;
};

static size_t
on_file(char *buf, size_t size, size_t n, void *arg)
{
	struct tofile *t = arg;
	size_t len = size * n;

	if (t->max && t->got + len > t->max) {
		t->too_big = true;
		return 0;
	}
	if (fwrite(buf, 1, len, t->fp) != len)
		return 0;
	t->got += len;
	return len;
}

long
kt_fetch_to_file(const char *url, const struct kt_net_opts *opts, FILE *fp, size_t max,
    const char *etag_in, char **etag_out, struct kt_error *err)
{
	struct xfer x;
	struct tofile t = { fp, max, 0, false };
	CURLcode rc;
	long status = 0;

	if (etag_out)
		*etag_out = NULL;
	xfer_setup(&x, url, opts ? opts : &global_opts);
	curl_easy_setopt(x.curl, CURLOPT_WRITEFUNCTION, on_file);
	curl_easy_setopt(x.curl, CURLOPT_WRITEDATA, &t);
	if (etag_in && *etag_in) {
		char *h = xmalloc(strlen(etag_in) + 32);

		sprintf(h, "If-None-Match: %s", etag_in);
		x.headers = curl_slist_append(x.headers, h);
		free(h);
		curl_easy_setopt(x.curl, CURLOPT_HTTPHEADER, x.headers);
	}
	rc = curl_easy_perform(x.curl);
	if (rc == CURLE_WRITE_ERROR && t.too_big) {
		if (err) {
			err->code = KT_EIO;
			snprintf(err->msg, sizeof(err->msg), "%s: larger than %zu bytes", url, max);
		}
		xfer_cleanup(&x);
		return -1;
	}
	if (xfer_result(&x, rc, err)) {
		xfer_cleanup(&x);
		return -1;
	}
	curl_easy_getinfo(x.curl, CURLINFO_RESPONSE_CODE, &status);
	if (etag_out && x.etag) {
		*etag_out = x.etag;
		x.etag = NULL;
	}
	xfer_cleanup(&x);
	return status;
}

/* ---- the signed feed ---- */

/* The project's feed key (the private half is kept off the repository). */
const unsigned char kt_feed_pubkey[32] = {
	0x64, 0x08, 0x56, 0xaa, 0x07, 0x83, 0xec, 0x44, 0x00, 0xac, 0x1a, 0xa7,
	0x3a, 0x3e, 0xe0, 0xd9, 0xfd, 0x13, 0xf0, 0x1e, 0xf3, 0x35, 0x1b, 0x34,
	0xc1, 0xd9, 0xc0, 0xc5, 0x8e, 0x46, 0x57, 0x10,
};

static int
fail(struct kt_error *err, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int
fail(struct kt_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

void
kt_format_utc(long long t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
kt_parse_utc(const char *s, long long *t)
{
	struct tm tm;
	int n = 0;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	    &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6 || s[n])
		return -1;
	if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
	    tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*t = (long long)timegm(&tm);
	return 0;
}

int
kt_version_cmp(const char *a, const char *b)
{
	while (*a || *b) {
		unsigned long x = strtoul(a, (char **)&a, 10);
		unsigned long y = strtoul(b, (char **)&b, 10);

		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		else if (*a)
			break;
		if (*b == '.')
			b++;
		else if (*b)
			break;
	}
	return 0;
}

static bool
parse_ull(const char *s, unsigned long long *v)
{
	char *end;

	if (!*s || *s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoull(s, &end, 10);
	return !errno && !*end;
}

int
kt_manifest_parse(const char *text, size_t len, struct kt_manifest *m, struct kt_error *err)
{
	const char *p = text, *end = text + len;
	bool have_format = false, have_ver = false, have_size = false, have_exp = false;
	unsigned long lineno = 0;
	char line[1024];

	memset(m, 0, sizeof(*m));
	if (memchr(text, 0, len))
		return fail(err, KT_EFORMAT, "manifest: contains NUL bytes");
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		char *colon, *val;

		lineno++;
		if (n >= sizeof(line)) {
			kt_manifest_release(m);
			return fail(err, KT_EFORMAT, "manifest: line %lu too long", lineno);
		}
		memcpy(line, p, n);
		line[n] = 0;
		p += n + (nl ? 1 : 0);
		if (n && line[n - 1] == '\r')
			line[--n] = 0;
		if (!n || line[0] == '#')
			continue;
		if (!(colon = strchr(line, ':'))) {
			kt_manifest_release(m);
			return fail(err, KT_EFORMAT, "manifest: line %lu: expected 'key: value'", lineno);
		}
		*colon = 0;
		for (val = colon + 1; *val == ' ' || *val == '\t'; val++)
			;
		if (!strcmp(line, "format")) {
			if (strcmp(val, KT_MANIFEST_FORMAT)) {
				kt_manifest_release(m);
				return fail(err, KT_EFORMAT, "manifest: unknown format '%s'", val);
			}
			have_format = true;
		} else if (!strcmp(line, "db-version")) {
			have_ver = parse_ull(val, &m->db_version);
		} else if (!strcmp(line, "db-size")) {
			have_size = parse_ull(val, &m->db_size);
		} else if (!strcmp(line, "db-sha256")) {
			if (strlen(val) == 64 && strspn(val, "0123456789abcdef") == 64)
				memcpy(m->db_sha256, val, 65);
		} else if (!strcmp(line, "db-url")) {
			free(m->db_url);
			m->db_url = xstrdup(val);
		} else if (!strcmp(line, "created")) {
			kt_parse_utc(val, &m->created);
		} else if (!strcmp(line, "expires")) {
			have_exp = !kt_parse_utc(val, &m->expires);
		} else if (!strcmp(line, "min-ktriage-version")) {
			free(m->min_version);
			m->min_version = xstrdup(val);
		}
		/* unknown keys are ignored: later formats may add some */
	}
	if (!have_format || !have_ver || !have_size || !m->db_sha256[0] || !m->db_url ||
	    !*m->db_url || !have_exp) {
		kt_manifest_release(m);
		return fail(err, KT_EFORMAT, "manifest: missing or invalid key (format, db-version, "
		    "db-size, db-sha256, db-url and expires are required)");
	}
	return 0;
}

void
kt_manifest_release(struct kt_manifest *m)
{
	free(m->db_url);
	free(m->min_version);
	m->db_url = m->min_version = NULL;
}

static void
hex(const unsigned char *b, size_t n, char *out)
{
	for (size_t i = 0; i < n; i++)
		sprintf(out + 2 * i, "%02x", b[i]);
	out[2 * n] = 0;
}

int
kt_sha256_file(const char *path, char out[65], unsigned long long *size, struct kt_error *err)
{
	FILE *fp = fopen(path, "rb");
	EVP_MD_CTX *ctx;
	unsigned char buf[65536], md[32];
	unsigned int mdlen = 0;
	unsigned long long total = 0;
	size_t n;

	if (!fp)
		return fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
	if (!(ctx = EVP_MD_CTX_new()) || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL))
		kt_oom();
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		EVP_DigestUpdate(ctx, buf, n);
		total += n;
	}
	if (ferror(fp)) {
		fclose(fp);
		EVP_MD_CTX_free(ctx);
		return fail(err, KT_EIO, "%s: read error", path);
	}
	fclose(fp);
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	hex(md, 32, out);
	if (size)
		*size = total;
	return 0;
}

void
kt_key_id(const unsigned char raw[32], char id[17])
{
	unsigned char md[32];
	unsigned int mdlen = 0;

	EVP_Digest(raw, 32, md, &mdlen, EVP_sha256(), NULL);
	hex(md, 8, id);
}

int
kt_pubkey_load(const char *pem_path, unsigned char raw[32], struct kt_error *err)
{
	FILE *fp = fopen(pem_path, "r");
	EVP_PKEY *k;
	size_t len = 32;

	if (!fp)
		return fail(err, KT_EIO, "%s: cannot open: %s", pem_path, strerror(errno));
	k = PEM_read_PUBKEY(fp, NULL, NULL, NULL);
	fclose(fp);
	if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519 ||
	    EVP_PKEY_get_raw_public_key(k, raw, &len) != 1 || len != 32) {
		EVP_PKEY_free(k);
		return fail(err, KT_EFORMAT, "%s: not a PEM Ed25519 public key", pem_path);
	}
	EVP_PKEY_free(k);
	return 0;
}

int
kt_ed25519_sign(const char *key_path, const void *data, size_t len, char **line,
    struct kt_error *err)
{
	FILE *fp = fopen(key_path, "r");
	EVP_PKEY *k;
	EVP_MD_CTX *ctx;
	unsigned char sig[64], raw[32];
	size_t siglen = sizeof(sig), rawlen = sizeof(raw);
	char id[17], sighex[129];
	int ok;

	if (!fp)
		return fail(err, KT_EIO, "%s: cannot open: %s", key_path, strerror(errno));
	k = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	fclose(fp);
	if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519 ||
	    EVP_PKEY_get_raw_public_key(k, raw, &rawlen) != 1) {
		EVP_PKEY_free(k);
		return fail(err, KT_EFORMAT, "%s: not a PEM Ed25519 private key", key_path);
	}
	if (!(ctx = EVP_MD_CTX_new()))
		kt_oom();
	ok = EVP_DigestSignInit(ctx, NULL, NULL, NULL, k) == 1 &&
	    EVP_DigestSign(ctx, sig, &siglen, data, len) == 1 && siglen == 64;
	EVP_MD_CTX_free(ctx);
	EVP_PKEY_free(k);
	if (!ok)
		return fail(err, KT_EFORMAT, "%s: signing failed", key_path);
	kt_key_id(raw, id);
	hex(sig, 64, sighex);
	*line = xmalloc(8 + 17 + 129 + 2);
	sprintf(*line, "ed25519 %s %s\n", id, sighex);
	return 0;
}

static int
unhex(const char *s, size_t n, unsigned char *out)
{
	for (size_t i = 0; i < n; i++) {
		unsigned v;

		if (sscanf(s + 2 * i, "%2x", &v) != 1 || !strchr("0123456789abcdefABCDEF", s[2 * i]) ||
		    !strchr("0123456789abcdefABCDEF", s[2 * i + 1]))
			return -1;
		out[i] = (unsigned char)v;
	}
	return 0;
}

int
kt_ed25519_verify(const unsigned char key[32], const void *data, size_t len,
    const char *sigtext, size_t siglen, struct kt_error *err)
{
	char id[17], *copy = xstrndup(sigtext, siglen), *save = NULL;
	EVP_PKEY *k = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, key, 32);
	bool seen = false, verified = false;

	if (!k)
		kt_oom();
	kt_key_id(key, id);
	for (char *l = strtok_r(copy, "\n", &save); l && !verified; l = strtok_r(NULL, "\n", &save)) {
		char alg[16], kid[32], sh[160];
		unsigned char sig[64];
		EVP_MD_CTX *ctx;

		if (sscanf(l, "%15s %31s %159s", alg, kid, sh) != 3 || strcmp(alg, "ed25519") ||
		    strcmp(kid, id))
			continue;
		seen = true;
		if (strlen(sh) != 128 || unhex(sh, 64, sig))
			continue;
		if (!(ctx = EVP_MD_CTX_new()))
			kt_oom();
		verified = EVP_DigestVerifyInit(ctx, NULL, NULL, NULL, k) == 1 &&
		    EVP_DigestVerify(ctx, sig, 64, data, len) == 1;
		EVP_MD_CTX_free(ctx);
	}
	EVP_PKEY_free(k);
	free(copy);
	if (verified)
		return 0;
	if (!seen)
		return fail(err, KT_EFORMAT, "signature check failed: the manifest is not signed by "
		    "the trusted key (key id %s)", id);
	return fail(err, KT_EFORMAT, "signature check failed: bad signature by key %s "
	    "(manifest altered?)", id);
}
