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
#include "util.h"

static const struct kt_net_opts default_opts = { 0, NULL, false, NULL, NULL };
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

static void
init_curl(void)
{
	static const char *const names[] = {
		"curl_global_init", "curl_easy_init", "curl_easy_setopt", "curl_easy_perform",
		"curl_easy_getinfo", "curl_easy_cleanup", "curl_easy_strerror", "curl_slist_append",
		"curl_slist_free_all", "curl_version_info",
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
		kt_fail(err, KT_EIO, "%s: %s", url, curl_missing);
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

/* state shared by both kinds of transfer */
struct xfer {
	CURL *curl;
	struct curl_slist *headers;
	char errbuf[CURL_ERROR_SIZE];
	const char *url;
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
	x->progress(x->url, (long long)dlnow, dltotal > 0 ? (long long)dltotal : 0, false,
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

	memset(x, 0, sizeof(*x));
	atomic_init(&x->abort, false);
	x->url = url;
	x->progress = o->progress;
	x->progress_arg = o->progress_arg;
	x->start = x->last_print = kt_mono_now();
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
		x->progress(x->url, 0, 0, true, x->progress_arg);
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
		return kt_fail(err, KT_EIO, "%s: server returned HTTP %ld", x->url, status);
	case CURLE_PARTIAL_FILE:
	case CURLE_RECV_ERROR:
	case CURLE_BAD_CONTENT_ENCODING:
		return kt_fail(err, KT_EIO, "%s: download cut short: %s", x->url, why);
	case CURLE_OPERATION_TIMEDOUT:
		return kt_fail(err, KT_EIO, "%s: timed out: %s", x->url, why);
	case CURLE_TOO_MANY_REDIRECTS:
		return kt_fail(err, KT_EIO, "%s: more than %d redirects", x->url, KT_NET_MAX_REDIRECTS);
	case CURLE_PEER_FAILED_VERIFICATION:
		return kt_fail(err, KT_EIO, "%s: TLS certificate not trusted (see --cacert): %s", x->url,
		    why);
	default:
		return kt_fail(err, KT_EIO, "%s: download failed: %s", x->url, why);
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
		kt_fail(err, KT_EIO, "%s: socketpair: %s", url, strerror(errno));
		free(f);
		return NULL;
	}
	xfer_setup(&f->x, url, opts ? opts : &default_opts);
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEFUNCTION, on_stream);
	curl_easy_setopt(f->x.curl, CURLOPT_WRITEDATA, f);
	if (pthread_create(&f->tid, NULL, stream_thread, f)) {
		kt_fail(err, KT_EIO, "%s: cannot start the download thread", url);
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
	xfer_setup(&x, url, opts ? opts : &default_opts);
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
		kt_fail(err, KT_EIO, "%s: larger than %zu bytes", url, max);
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
