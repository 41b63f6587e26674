/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define KT_CRYPTODL_IMPL 1
#include "cryptodl.h"

static struct kt_libcrypto lib;
static EVP_MD *sha256_md;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void
load(void)
{
	/* in the order of struct kt_libcrypto */
	static const char *const names[] = {
		"EVP_Digest", "EVP_DigestFinal_ex", "EVP_DigestInit_ex", "EVP_DigestSign",
		"EVP_DigestSignInit", "EVP_DigestUpdate", "EVP_DigestVerify", "EVP_DigestVerifyInit",
		"EVP_MD_CTX_free", "EVP_MD_CTX_new", "EVP_MD_fetch", "EVP_PKEY_free", "EVP_PKEY_get_id",
		"EVP_PKEY_get_raw_public_key", "EVP_PKEY_new_raw_public_key", "EVP_sha256",
		"PEM_read_PUBKEY", "PEM_read_PrivateKey",
	};
	void **slot = (void **)&lib;
	void *h = dlopen(KT_LIBCRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);

	_Static_assert(sizeof(lib) == sizeof(names) / sizeof(names[0]) * sizeof(void *),
	    "one name per libcrypto function");
	for (size_t i = 0; h && i < sizeof(names) / sizeof(names[0]); i++)
		if (!(slot[i] = dlsym(h, names[i]))) {
			fprintf(stderr, "ktriage: %s lacks %s\n", KT_LIBCRYPTO_SONAME, names[i]);
			abort();
		}
	if (!h) {
		/* as a missing shared library would have stopped the program */
		fprintf(stderr, "ktriage: cannot load %s: %s\n", KT_LIBCRYPTO_SONAME, dlerror());
		abort();
	}
	/* fetched once: EVP_sha256() makes every EVP_DigestInit_ex() look
	 * the implementation up again, most of a short digest's cost */
	sha256_md = lib.MD_fetch(NULL, "SHA256", NULL);
}

const struct kt_libcrypto *
kt_libcrypto(void)
{
	pthread_once(&once, load);
	return &lib;
}

const EVP_MD *
kt_sha256(void)
{
	pthread_once(&once, load);
	return sha256_md ? sha256_md : lib.sha256();
}
