/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sign: the digests and Ed25519 signatures of the feed (feed.h), on
 * OpenSSL's EVP interface.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include "cryptodl.h"
#include "feed.h"
#include "util.h"

/* The project's feed key (the private half is kept off the repository). */
const unsigned char kt_feed_pubkey[32] = {
	0x64, 0x08, 0x56, 0xaa, 0x07, 0x83, 0xec, 0x44, 0x00, 0xac, 0x1a, 0xa7,
	0x3a, 0x3e, 0xe0, 0xd9, 0xfd, 0x13, 0xf0, 0x1e, 0xf3, 0x35, 0x1b, 0x34,
	0xc1, 0xd9, 0xc0, 0xc5, 0x8e, 0x46, 0x57, 0x10,
};

int
kt_sha256_file(const char *path, char out[65], unsigned long long *size, struct kt_error *err)
{
	/* only ever ktriage's own files: never through a symbolic link */
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	FILE *fp = fd >= 0 ? fdopen(fd, "rb") : NULL;
	EVP_MD_CTX *ctx;
	unsigned char buf[65536], md[32];
	unsigned int mdlen = 0;
	unsigned long long total = 0;
	size_t n;

	if (!fp) {
		if (fd >= 0)
			close(fd);
		return kt_fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
	}
	if (!(ctx = EVP_MD_CTX_new()) || !EVP_DigestInit_ex(ctx, kt_sha256(), NULL))
		kt_oom();
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		EVP_DigestUpdate(ctx, buf, n);
		total += n;
	}
	if (ferror(fp)) {
		fclose(fp);
		EVP_MD_CTX_free(ctx);
		return kt_fail(err, KT_EIO, "%s: read error", path);
	}
	fclose(fp);
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	kt_hex(md, 32, out);
	if (size)
		*size = total;
	return 0;
}

void
kt_key_id(const unsigned char raw[32], char id[17])
{
	unsigned char md[32];
	unsigned int mdlen = 0;

	EVP_Digest(raw, 32, md, &mdlen, kt_sha256(), NULL);
	kt_hex(md, 8, id);
}

int
kt_pubkey_load(const char *pem_path, unsigned char raw[32], struct kt_error *err)
{
	FILE *fp = fopen(pem_path, "r");
	EVP_PKEY *k;
	size_t len = 32;

	if (!fp)
		return kt_fail(err, KT_EIO, "%s: cannot open: %s", pem_path, strerror(errno));
	k = PEM_read_PUBKEY(fp, NULL, NULL, NULL);
	fclose(fp);
	if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519 ||
	    EVP_PKEY_get_raw_public_key(k, raw, &len) != 1 || len != 32) {
		EVP_PKEY_free(k);
		return kt_fail(err, KT_EFORMAT, "%s: not a PEM Ed25519 public key", pem_path);
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
		return kt_fail(err, KT_EIO, "%s: cannot open: %s", key_path, strerror(errno));
	k = PEM_read_PrivateKey(fp, NULL, NULL, NULL);
	fclose(fp);
	if (!k || EVP_PKEY_get_id(k) != EVP_PKEY_ED25519 ||
	    EVP_PKEY_get_raw_public_key(k, raw, &rawlen) != 1) {
		EVP_PKEY_free(k);
		return kt_fail(err, KT_EFORMAT, "%s: not a PEM Ed25519 private key", key_path);
	}
	if (!(ctx = EVP_MD_CTX_new()))
		kt_oom();
	ok = EVP_DigestSignInit(ctx, NULL, NULL, NULL, k) == 1 &&
	    EVP_DigestSign(ctx, sig, &siglen, data, len) == 1 && siglen == 64;
	EVP_MD_CTX_free(ctx);
	EVP_PKEY_free(k);
	if (!ok)
		return kt_fail(err, KT_EFORMAT, "%s: signing failed", key_path);
	kt_key_id(raw, id);
	kt_hex(sig, 64, sighex);
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
		return kt_fail(err, KT_EFORMAT, "signature check failed: the manifest is not signed by "
		    "the trusted key (key id %s)", id);
	return kt_fail(err, KT_EFORMAT, "signature check failed: bad signature by key %s "
	    "(manifest altered?)", id);
}
