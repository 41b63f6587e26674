/*
 * net: the one place that talks to the network (libcurl).  Nothing here runs
 * unless an input is a URL or "ktriage update" is used.
 *
 * Every transfer: http and https only (redirects too, at most 5), TLS
 * verified unless opts->insecure, connect timeout and a low-speed limit
 * (1 KiB/s over opts->timeout seconds), User-Agent "ktriage/VERSION",
 * Content-Encoding decoded, credentials from ~/.netrc (optional) or a bearer
 * token from $KTRIAGE_TOKEN.  HTTP errors (>= 400), bodies cut short and
 * timeouts are errors naming the URL.
 */
#ifndef KT_NET_H
#define KT_NET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ktriage.h"

#define KT_NET_DEFAULT_TIMEOUT 30	/* seconds */
#define KT_NET_MAX_REDIRECTS 5

struct kt_net_opts {
	long timeout;		/* seconds to connect, and of < 1 KiB/s before giving up; 0: default */
	const char *cacert;	/* CA bundle (PEM) to verify servers with, or NULL: the system's */
	bool insecure;		/* do not verify the server's certificate (asked for explicitly) */
	int progress;		/* progress on stderr: -1 when stderr is a terminal (default), 0 never, 1 always */
};

/*
 * Options used by URL inputs (kt_input_open); the strings must outlive the
 * scan.  Call before any input is opened (not thread-safe against opens).
 */
void kt_net_set_opts(const struct kt_net_opts *opts);
const struct kt_net_opts *kt_net_get_opts(void);

/* true for "http://..." and "https://..." (case-insensitive scheme) */
bool kt_is_url(const char *s);

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
 * etag_in: sent as If-None-Match (may be NULL).  *etag_out (if non-NULL)
 * receives the ETag of the response (malloc'ed) or NULL.  Returns the HTTP
 * status (200, 304...) or -1 with err filled.  A status >= 400 is an error.
 */
long kt_fetch_to_file(const char *url, const struct kt_net_opts *opts, FILE *fp, size_t max,
    const char *etag_in, char **etag_out, struct kt_error *err);

#endif

/*
 * The signed feed of "ktriage update" (format in ktriage-update(1)):
 * a manifest (key: value text), its detached Ed25519 signature file (lines
 * "ed25519 KEYID HEXSIG"), and the compiled database.
 */
#define KT_MANIFEST_NAME "ktriage.manifest"
#define KT_MANIFEST_SIG_NAME "ktriage.manifest.sig"
#define KT_MANIFEST_FORMAT "ktriage-manifest-1"
#define KT_MANIFEST_MAX 65536	/* bytes of a manifest or signature file */

struct kt_manifest {
	unsigned long long db_version;
	unsigned long long db_size;
	char db_sha256[65];	/* lower-case hex */
	char *db_url;		/* a file name next to the manifest, or an http(s) URL */
	long long created, expires;	/* seconds since the epoch */
	char *min_version;	/* oldest ktriage that can use the database */
};

int kt_manifest_parse(const char *text, size_t len, struct kt_manifest *m, struct kt_error *err);
void kt_manifest_release(struct kt_manifest *m);
/* "YYYY-MM-DDTHH:MM:SSZ" <-> seconds since the epoch */
void kt_format_utc(long long t, char *buf, size_t len);
int kt_parse_utc(const char *s, long long *t);
/* <0, 0, >0 as dotted version a is older, equal, newer than b */
int kt_version_cmp(const char *a, const char *b);

/* SHA-256 of a file (hex) and its size. */
int kt_sha256_file(const char *path, char hex[65], unsigned long long *size, struct kt_error *err);

/* Ed25519: raw 32-byte public keys; the key id is the hex of the first 8 bytes of their SHA-256. */
extern const unsigned char kt_feed_pubkey[32];	/* the project's feed key, built in */
int kt_pubkey_load(const char *pem_path, unsigned char raw[32], struct kt_error *err);
void kt_key_id(const unsigned char raw[32], char id[17]);
/* Sign data with the PEM private key in key_path: *line gets "ed25519 KEYID HEXSIG\n" (malloc'ed). */
int kt_ed25519_sign(const char *key_path, const void *data, size_t len, char **line,
    struct kt_error *err);
/*
 * Verify data against a signature file's text with the trusted key.
 * Returns 0 when a line of the key's id verifies; -1 with err saying why
 * (no signature by that key, or a bad signature).
 */
int kt_ed25519_verify(const unsigned char key[32], const void *data, size_t len,
    const char *sigtext, size_t siglen, struct kt_error *err);
