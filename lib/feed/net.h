/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * net: the one place that talks to the network (libcurl).  Nothing here runs
 * unless an input is a URL or "ktriage update" is used.
 *
 * Every transfer: http and https only (redirects too, at most 5), TLS
 * verified unless opts->insecure, connect timeout and a low-speed limit
 * (1 KiB/s over opts->timeout seconds), User-Agent "ktriage/VERSION",
 * Content-Encoding decoded, credentials from ~/.netrc (optional) or the
 * bearer token of opts.  A transfer that starts on https follows redirects
 * to https only.  HTTP errors (>= 400), bodies cut short and timeouts are
 * errors naming the URL, with its credentials removed (kt_url_redact).
 */
#ifndef KT_NET_H
#define KT_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ktriage.h"

#define KT_NET_DEFAULT_TIMEOUT 30	/* seconds */
#define KT_NET_MAX_REDIRECTS 5

/*
 * Progress of a long download, for the caller to show (the library prints
 * nothing): called from the transfer's thread, not in its first second and
 * at most every 0.25 s; then once with done set when such a transfer ends.
 * total is 0 when the server did not say.
 */
typedef void (*kt_progress_fn)(const char *url, long long now, long long total, bool done,
    void *arg);

/*
 * How to transfer; NULL wherever a struct kt_net_opts * is taken means all
 * defaults.  The strings must outlive the transfers that use them.
 */
struct kt_net_opts {
	long timeout;		/* seconds to connect, and of < 1 KiB/s before giving up; 0: default */
	const char *cacert;	/* CA bundle (PEM) to verify servers with, or NULL: the system's */
	bool insecure;		/* do not verify the server's certificate (asked for explicitly) */
	kt_progress_fn progress;	/* NULL: no progress */
	void *progress_arg;
	/*
	 * A bearer token (KTRIAGE_TOKEN), sent only to token_host ("host" or
	 * "host:port"), only over https, and never after a redirect to another
	 * host, port or scheme.  A token with no token_host fails every
	 * transfer, as does a URL on token_host over plain http.
	 */
	const char *token;
	const char *token_host;
};

/* true for "http://..." and "https://..." (case-insensitive scheme) */
bool kt_is_url(const char *s);

/*
 * url as it may be shown or stored: without user name and password, and
 * with the values of query and fragment parameters that look like
 * credentials (token, access_token, key, password, secret, sig...) replaced
 * by "REDACTED".  A URL with none comes back unchanged; anything that is not
 * an http(s) URL too.  Malloc'ed.
 */
char *kt_url_redact(const char *url);

#define KT_ETAG_MAX 256	/* bytes of an entity-tag ktriage keeps or sends */

/* s is an RFC 7232 entity-tag ([W/]"...", no controls) of at most KT_ETAG_MAX bytes */
bool kt_etag_valid(const char *s);

/*
 * A streaming download: the body arrives on a file descriptor (a socket
 * pair fed by a transfer thread with back-pressure, so memory stays
 * bounded).  Read fd until EOF, then call kt_fetch_finish: 0 when the
 * transfer completed, -1 with err filled (HTTP status, timeout, body cut
 * short...).  kt_fetch_close aborts a transfer still running.
 */
struct kt_fetch;

struct kt_fetch *kt_fetch_start(const char *url, const struct kt_net_opts *opts,
    struct kt_error *err);
int kt_fetch_fd(const struct kt_fetch *f);
int kt_fetch_finish(struct kt_fetch *f, struct kt_error *err);
void kt_fetch_close(struct kt_fetch *f);

/*
 * Download url into fp (at most max bytes, 0: no limit), synchronously.
 * etag_in: sent as If-None-Match when kt_etag_valid (may be NULL).  *etag_out
 * (if non-NULL) receives the valid ETag of the response (malloc'ed) or NULL.  Returns the HTTP
 * status (200, 304...) or -1 with err filled.  A status >= 400 is an error.
 */
long kt_fetch_to_file(const char *url, const struct kt_net_opts *opts, FILE *fp, size_t max,
    const char *etag_in, char **etag_out, struct kt_error *err);

/* The version of libcurl (loaded on first use, as for any fetch), or NULL
 * when it cannot be loaded. */
const char *kt_net_library_version(void);

#endif
