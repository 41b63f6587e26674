/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * net: libcurl wrapper for URL inputs and "ktriage update" (see net.h).
 *
 * Streaming downloads run curl_easy_perform in a thread that writes the body
 * into one end of a socket pair with blocking sends: the reader (input.c)
 * reads the other end like any file descriptor, and the socket buffer gives
 * back-pressure, so memory is bounded whatever the size of the body.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#include <dlfcn.h>

/* plain prototypes: the calls below go through the table of kt_curl */
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>

#include "net.h"
#include "strbuf.h"
#include "util.h"

static const struct kt_net_opts default_opts = { 0, NULL, false, NULL, NULL, NULL, NULL };
static pthread_once_t curl_once = PTHREAD_ONCE_INIT;

bool
kt_is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

/*
 * libcurl is loaded when a URL is first fetched, not at start-up: linked
 * in, its ~28 libraries (TLS, Kerberos, LDAP...) cost every run ~6 ms of
 * relocation, three times the start-up of grep, for a feature most runs
 * never use.  The names below stand for the functions found in it.
 */
static struct {
	CURLcode (*global_init)(long);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode (*easy_perform)(CURL *);
	CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
	void (*easy_cleanup)(CURL *);
	const char *(*easy_strerror)(CURLcode);
	struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
	void (*slist_free_all)(struct curl_slist *);
	curl_version_info_data *(*version_info)(CURLversion);
	CURLU *(*url)(void);
	CURLUcode (*url_set)(CURLU *, CURLUPart, const char *, unsigned int);
	CURLUcode (*url_get)(const CURLU *, CURLUPart, char **, unsigned int);
	void (*url_cleanup)(CURLU *);
	void (*free)(void *);
} kt_curl;
static const char *curl_missing;	/* why libcurl could not be loaded, or NULL */

#undef curl_easy_setopt
#undef curl_easy_getinfo
#define curl_global_init kt_curl.global_init
#define curl_easy_init kt_curl.easy_init
#define curl_easy_setopt kt_curl.easy_setopt
#define curl_easy_perform kt_curl.easy_perform
#define curl_easy_getinfo kt_curl.easy_getinfo
#define curl_easy_cleanup kt_curl.easy_cleanup
#define curl_easy_strerror kt_curl.easy_strerror
#define curl_slist_append kt_curl.slist_append
#define curl_slist_free_all kt_curl.slist_free_all
#define curl_url kt_curl.url
#define curl_url_set kt_curl.url_set
#define curl_url_get kt_curl.url_get
#define curl_url_cleanup kt_curl.url_cleanup
#define curl_free kt_curl.free

static void
init_curl(void)
{
	static const char *const names[] = {
		"curl_global_init", "curl_easy_init", "curl_easy_setopt", "curl_easy_perform",
		"curl_easy_getinfo", "curl_easy_cleanup", "curl_easy_strerror", "curl_slist_append",
		"curl_slist_free_all", "curl_version_info", "curl_url", "curl_url_set", "curl_url_get",
		"curl_url_cleanup", "curl_free",
	};
	void **slot = (void **)&kt_curl;
	void *h = dlopen(KT_LIBCURL_SONAME, RTLD_NOW | RTLD_LOCAL);

	_Static_assert(sizeof(kt_curl) == sizeof(names) / sizeof(names[0]) * sizeof(void *),
	    "one name per libcurl function");
	if (!h) {
		curl_missing = "cannot load " KT_LIBCURL_SONAME;
		return;
	}
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!(slot[i] = dlsym(h, names[i]))) {
			curl_missing = "libcurl lacks a function ktriage needs";
			return;
		}
	curl_global_init(CURL_GLOBAL_DEFAULT);
}

/* Load libcurl once; 0, or -1 with err filled when it cannot be. */
static int
need_curl(const char *url, struct kt_error *err)
{
	pthread_once(&curl_once, init_curl);
	if (curl_missing) {
		char *shown = kt_url_redact(url);

		kt_fail(err, KT_EIO, "%s: %s", shown, curl_missing);
		free(shown);
		return -1;
	}
	return 0;
}

const char *
kt_net_library_version(void)
{
	pthread_once(&curl_once, init_curl);
	return curl_missing ? NULL : kt_curl.version_info(CURLVERSION_NOW)->version;
}

/* A query or fragment parameter name that may carry a credential (lower case). */
static bool
secret_name(const char *name, size_t len)
{
	static const char *const inside[] = { "token", "secret", "passw", "signature", "credential",
		"session", "apikey", "api_key" };
	static const char *const exact[] = { "key", "sig", "auth", "pass", "pwd", "code", "jwt" };
	char low[64];

	if (!len || len >= sizeof(low))
		return len > 0;		/* a name this long is not worth the risk */
	for (size_t i = 0; i < len; i++)
		low[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
	low[len] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(inside); i++)
		if (strstr(low, inside[i]))
			return true;
	for (size_t i = 0; i < ARRAY_SIZE(exact); i++)
		if (!strcmp(low, exact[i]))
			return true;
	/* x-amz-credential, private_key, sharedkey... */
	return len > 3 && (!strcmp(low + len - 3, "key") || !strcmp(low + len - 3, "sig"));
}

/* params ("a=1&b=2", still percent-encoded) with secret values redacted into out; true if any. */
static bool
redact_params(const char *params, struct strbuf *out)
{
	bool changed = false;

	for (const char *p = params; *p;) {
		size_t n = strcspn(p, "&;");
		const char *eq = memchr(p, '=', n);
		size_t nl = eq ? (size_t)(eq - p) : n;
		struct strbuf name = STRBUF_INIT;

		/* compare the decoded name: "%74oken" is "token" */
		for (size_t i = 0; i < nl; i++) {
			if (p[i] == '%' && i + 2 < nl && isxdigit((unsigned char)p[i + 1]) &&
			    isxdigit((unsigned char)p[i + 2])) {
				char hex[3] = { p[i + 1], p[i + 2], 0 };

				strbuf_addch(&name, (int)strtol(hex, NULL, 16));
				i += 2;
			} else {
				strbuf_addch(&name, p[i]);
			}
		}
		if (eq && secret_name(name.buf, name.len)) {
			strbuf_add(out, p, nl);
			strbuf_addstr(out, "=REDACTED");
			changed = true;
		} else {
			strbuf_add(out, p, n);
		}
		strbuf_release(&name);
		p += n;
		if (*p)
			strbuf_addch(out, *p++);
	}
	return changed;
}

/* Redact one part of u (query or fragment); true if it changed. */
static bool
redact_part(CURLU *u, CURLUPart part)
{
	char *v = NULL;
	struct strbuf out = STRBUF_INIT;
	bool changed = false;

	if (curl_url_get(u, part, &v, 0) == CURLUE_OK && v && redact_params(v, &out)) {
		curl_url_set(u, part, out.buf, 0);
		changed = true;
	}
	curl_free(v);
	strbuf_release(&out);
	return changed;
}

/* For what curl cannot parse: drop the user part and everything after '?' or '#'. */
static char *
redact_crude(const char *url)
{
	const char *auth = strstr(url, "://") + 3;
	size_t hostlen = strcspn(auth, "/?#");
	const char *at = NULL;
	struct strbuf out = STRBUF_INIT;

	for (const char *p = auth; p < auth + hostlen; p++)
		if (*p == '@')
			at = p;
	strbuf_add(&out, url, (size_t)(auth - url));
	if (at)
		auth = at + 1;
	strbuf_add(&out, auth, strcspn(auth, "?#"));
	if (auth[strcspn(auth, "?#")])
		strbuf_addstr(&out, "?REDACTED");
	return strbuf_detach(&out, NULL);
}

char *
kt_url_redact(const char *url)
{
	static const CURLUPart userinfo[] = { CURLUPART_USER, CURLUPART_PASSWORD, CURLUPART_OPTIONS };
	CURLU *u;
	char *v, *out;
	bool changed = false;

	if (!kt_is_url(url))
		return xstrdup(url);
	pthread_once(&curl_once, init_curl);
	if (curl_missing)
		return redact_crude(url);	/* no libcurl to parse it: drop what may be secret */
	if (!(u = curl_url()))
		kt_oom();
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK) {
		curl_url_cleanup(u);
		return redact_crude(url);
	}
	for (size_t i = 0; i < ARRAY_SIZE(userinfo); i++) {
		v = NULL;
		if (curl_url_get(u, userinfo[i], &v, 0) == CURLUE_OK && v) {
			curl_url_set(u, userinfo[i], NULL, 0);
			changed = true;
		}
		curl_free(v);
	}
	changed |= redact_part(u, CURLUPART_QUERY);
	changed |= redact_part(u, CURLUPART_FRAGMENT);
	v = NULL;
	/* unchanged URLs are shown as given, not as curl would normalise them */
	if (!changed || curl_url_get(u, CURLUPART_URL, &v, 0) != CURLUE_OK || !v)
		out = changed ? redact_crude(url) : xstrdup(url);
	else
		out = xstrdup(v);
	curl_free(v);
	curl_url_cleanup(u);
	return out;
}

bool
kt_etag_valid(const char *s)
{
	size_t len = strlen(s);
	const unsigned char *p = (const unsigned char *)s;

	if (len > KT_ETAG_MAX)
		return false;
	if (!strncmp(s, "W/", 2))
		p += 2;
	if (*p++ != '"')
		return false;
	/* etagc = %x21 / %x23-7E / obs-text (%x80-FF) */
	for (; *p && *p != '"'; p++)
		if (*p < 0x21 || *p == 0x7f)
			return false;
	return *p == '"' && !p[1];
}

/*
 * Whether to send o->token to url: 1 yes, 0 no (another host), -1 with err
 * (a token bound to no host, or its host over plain http).
 */
static int
token_for(const char *url, const char *shown, const struct kt_net_opts *o, struct kt_error *err)
{
	char *host = NULL, *port = NULL, *scheme = NULL;
	const char *want = o->token_host;
	size_t hl;
	int rc = 0;
	CURLU *u;

	if (!o->token || !*o->token)
		return 0;
	if (!want || !*want)
		return kt_fail(err, KT_EUSAGE, "%s: KTRIAGE_TOKEN is set but bound to no host: set "
		    "KTRIAGE_TOKEN_HOST or token-host in the configuration file", shown);
	if (!(u = curl_url()))
		kt_oom();
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK) {
		curl_url_cleanup(u);
		return 0;	/* curl cannot parse it either: it will not be fetched */
	}
	/* "host" matches any port, "host:port" that port only */
	hl = strcspn(want, want[0] == '[' ? "]" : ":");
	hl += want[0] == '[' && want[hl] == ']';
	if (strlen(host) == hl && !strncasecmp(host, want, hl) &&
	    (!want[hl] || (want[hl] == ':' && !strcmp(want + hl + 1, port))))
		rc = 1;
	if (rc && strcasecmp(scheme, "https"))
		rc = kt_fail(err, KT_EUSAGE, "%s: refusing to send KTRIAGE_TOKEN over plain http "
		    "(use https)", shown);
	curl_free(host);
	curl_free(port);
	curl_free(scheme);
	curl_url_cleanup(u);
	return rc;
}

/* state shared by both kinds of transfer */
struct xfer {
	CURL *curl;
	struct curl_slist *headers;
	char errbuf[CURL_ERROR_SIZE];
	const char *url;
	char *shown;		/* url for messages: kt_url_redact */
	bool https;		/* started on https: redirects stay on https */
	kt_progress_fn progress;
	void *progress_arg;
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
	t = kt_mono_now();
	/* long downloads only: nothing in the first second */
	if (t - x->start < 1.0 || t - x->last_print < 0.25)
		return 0;
	x->last_print = t;
	x->printed = true;
	x->progress(x->shown, (long long)dlnow, dltotal > 0 ? (long long)dltotal : 0, false,
	    x->progress_arg);
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
		if (!kt_etag_valid(x->etag)) {	/* never stored, never sent back */
			free(x->etag);
			x->etag = NULL;
		}
	} else if (len >= 5 && !strncmp(buf, "HTTP/", 5)) {
		/* a new response (after a redirect): forget the previous ETag */
		free(x->etag);
		x->etag = NULL;
	}
	return len;
}

/* Returns 0, or -1 with err (a token that must not go to this URL). */
static int
xfer_setup(struct xfer *x, const char *url, const struct kt_net_opts *o, struct kt_error *err)
{
	long timeout = o->timeout > 0 ? o->timeout : KT_NET_DEFAULT_TIMEOUT;
	int token;

	memset(x, 0, sizeof(*x));
	atomic_init(&x->abort, false);
	x->url = url;
	x->shown = kt_url_redact(url);
	x->https = !strncasecmp(url, "https://", 8);
	x->progress = o->progress;
	x->progress_arg = o->progress_arg;
	x->start = x->last_print = kt_mono_now();
	if ((token = token_for(url, x->shown, o, err)) < 0) {
		free(x->shown);
		return -1;
	}
	if (!(x->curl = curl_easy_init()))
		kt_oom();
	curl_easy_setopt(x->curl, CURLOPT_URL, url);
	curl_easy_setopt(x->curl, CURLOPT_PROTOCOLS_STR, "http,https");
	/* once on https, a redirect to plain http would expose what TLS protected */
	curl_easy_setopt(x->curl, CURLOPT_REDIR_PROTOCOLS_STR, x->https ? "https" : "http,https");
	curl_easy_setopt(x->curl, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(x->curl, CURLOPT_MAXREDIRS, (long)KT_NET_MAX_REDIRECTS);
	curl_easy_setopt(x->curl, CURLOPT_UNRESTRICTED_AUTH, 0L);
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
	if (token) {
		/* curl's own bearer auth: dropped on a redirect to another host, port or scheme */
		curl_easy_setopt(x->curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);
		curl_easy_setopt(x->curl, CURLOPT_XOAUTH2_BEARER, o->token);
	} else {
		curl_easy_setopt(x->curl, CURLOPT_NETRC, (long)CURL_NETRC_OPTIONAL);
	}
	return 0;
}

static void
xfer_cleanup(struct xfer *x)
{
	if (x->printed)
		x->progress(x->shown, 0, 0, true, x->progress_arg);
	free(x->shown);
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
	why = x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc);
	switch (rc) {
	case CURLE_HTTP_RETURNED_ERROR:
		return kt_fail(err, KT_EIO, "%s: server returned HTTP %ld", x->shown, status);
	case CURLE_PARTIAL_FILE:
	case CURLE_RECV_ERROR:
	case CURLE_BAD_CONTENT_ENCODING:
		return kt_fail(err, KT_EIO, "%s: download cut short: %s", x->shown, why);
	case CURLE_OPERATION_TIMEDOUT:
		return kt_fail(err, KT_EIO, "%s: timed out: %s", x->shown, why);
	case CURLE_TOO_MANY_REDIRECTS:
		return kt_fail(err, KT_EIO, "%s: more than %d redirects", x->shown, KT_NET_MAX_REDIRECTS);
	case CURLE_UNSUPPORTED_PROTOCOL:
		if (x->https)
			return kt_fail(err, KT_EIO, "%s: redirect from https to another scheme refused: %s",
			    x->shown, why);
		return kt_fail(err, KT_EIO, "%s: download failed: %s", x->shown, why);
	case CURLE_PEER_FAILED_VERIFICATION:
		return kt_fail(err, KT_EIO, "%s: TLS certificate not trusted (see --cacert): %s", x->shown,
		    why);
	default:
		return kt_fail(err, KT_EIO, "%s: download failed: %s", x->shown, why);
	}
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

	if (need_curl(url, err)) {
		free(f);
		return NULL;
	}
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, f->fds)) {
		char *shown = kt_url_redact(url);

		kt_fail(err, KT_EIO, "%s: socketpair: %s", shown, strerror(errno));
		free(shown);
		free(f);
		return NULL;
	}
	if (xfer_setup(&f->x, url, opts ? opts : &default_opts, err)) {
		close(f->fds[0]);
		close(f->fds[1]);
		free(f);
		return NULL;
	}
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEFUNCTION, on_stream);
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEDATA, f);
	if (pthread_create(&f->tid, NULL, stream_thread, f)) {
		kt_fail(err, KT_EIO, "%s: cannot start the download thread", f->x.shown);
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
	if (need_curl(url, err))
		return -1;
	if (xfer_setup(&x, url, opts ? opts : &default_opts, err))
		return -1;
	curl_easy_setopt(x.curl, CURLOPT_WRITEFUNCTION, on_file);
	curl_easy_setopt(x.curl, CURLOPT_WRITEDATA, &t);
	if (etag_in && kt_etag_valid(etag_in)) {
		char *h = xmalloc(strlen(etag_in) + 32);

		sprintf(h, "If-None-Match: %s", etag_in);
		x.headers = curl_slist_append(x.headers, h);
		free(h);
		curl_easy_setopt(x.curl, CURLOPT_HTTPHEADER, x.headers);
	}
	rc = curl_easy_perform(x.curl);
	if (rc == CURLE_WRITE_ERROR && t.too_big) {
		kt_fail(err, KT_EIO, "%s: larger than %zu bytes", x.shown, max);
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
