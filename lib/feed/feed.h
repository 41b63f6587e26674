/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * feed: the signed signature feed of "ktriage update" (format in
 * ktriage-update(1)): a manifest (key: value text), its detached Ed25519
 * signature file (lines "ed25519 KEYID HEXSIG") and the compiled database.
 *
 * manifest.c writes and reads the manifest, side by side; sign.c holds the
 * digests and signatures; update.c is the update transaction.  Errors fill
 * a caller's struct kt_error; nothing here prints.
 */
#ifndef KT_FEED_H
#define KT_FEED_H

#include <stdbool.h>
#include <stddef.h>

#include "ktriage.h"
#include "net.h"
#include "strbuf.h"

#define KT_MANIFEST_NAME "ktriage.manifest"
#define KT_MANIFEST_SIG_NAME "ktriage.manifest.sig"
#define KT_MANIFEST_FORMAT "ktriage-manifest-1"
#define KT_MANIFEST_MAX 65536	/* bytes of a manifest or signature file */

/* Owned strings are released by kt_manifest_release(). */
struct kt_manifest {
	unsigned long long db_version;
	unsigned long long db_size;
	char db_sha256[65];	/* lower-case hex */
	char *db_url;		/* a file name next to the manifest, or an http(s) URL */
	long long created, expires;	/* seconds since the epoch */
	char *min_version;	/* oldest ktriage that can use the database, or NULL */
};

/* Append the manifest text of m to out (what kt_manifest_parse reads back). */
void kt_manifest_format(const struct kt_manifest *m, struct strbuf *out);
/* Returns 0, or -1 with err (KT_EFORMAT) and m released. */
int kt_manifest_parse(const char *text, size_t len, struct kt_manifest *m, struct kt_error *err);
void kt_manifest_release(struct kt_manifest *m);
/* "YYYY-MM-DDTHH:MM:SSZ" -> seconds since the epoch (the other way: kt_format_utc, util.h) */
int kt_parse_utc(const char *s, long long *t);
/* <0, 0, >0 as dotted version a is older, equal, newer than b */
int kt_version_cmp(const char *a, const char *b);

/* SHA-256 of a file (hex) and its size; a symbolic link is refused (only ktriage's own files). */
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

/*
 * The update transaction, in named steps (update.c): read the installed
 * database's version; fetch the manifest (If-None-Match with the stored
 * ETag, when it is a valid entity-tag: 304 ends here); verify its signature; parse it; check expiry,
 * minimum ktriage version and rollback; download the database to a
 * temporary file next to the installed one; check its size and SHA-256;
 * test-open it; rename it into place.  Any failure leaves the installed
 * database untouched.
 */
struct kt_update_opts {
	const char *base;		/* feed URL, or directory with from_dir */
	bool from_dir;			/* read the feed from a directory: no network */
	const unsigned char *key;	/* the trusted Ed25519 public key (32 bytes) */
	const struct kt_net_opts *net;	/* NULL: defaults */
	const char *dir;		/* existing data directory: signatures.db and its .etag */
	const char *version;		/* this ktriage's version, for min-ktriage-version */
	/*
	 * Rollback protection: the newest version among the other databases
	 * this machine has (installed, built in), and which one it is; the
	 * feed must offer a newer one than that too.  0: none.
	 */
	unsigned long long floor_version;
	const char *floor_name;
	void (*warn)(const char *msg, void *arg);	/* non-fatal problems, or NULL */
	void *warn_arg;
};

enum kt_update_outcome {
	KT_UPDATE_UNCHANGED,	/* the manifest was not modified (HTTP 304) */
	KT_UPDATE_CURRENT,	/* the feed offers the installed database (or the floor's version) */
	KT_UPDATE_INSTALLED,	/* a newer database was installed */
};

struct kt_update_result {
	enum kt_update_outcome outcome;
	unsigned long long version;	/* the installed database's version afterwards */
	unsigned long long nsigs;	/* KT_UPDATE_INSTALLED: signatures in it */
	long long expires;		/* KT_UPDATE_INSTALLED: the manifest's expiry */
	bool discarded;			/* on failure: a download was thrown away */
};

/* Returns 0 with res filled, or -1 with err ("what failed: why"). */
int kt_update_run(const struct kt_update_opts *o, struct kt_update_result *res,
    struct kt_error *err);

#endif
