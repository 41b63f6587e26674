/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cryptodl: libcrypto loaded on first use.  Linked in, its relocation
 * costs every run a third of grep's whole start-up; most runs use it once
 * per report (the fingerprint's SHA-256) or never.  A file that calls
 * OpenSSL includes its OpenSSL headers, then this one: the names it calls
 * become the functions found in the library (dlopen, once, thread-safe).
 * Only the functions below may be called; a new one gets a line in both
 * lists (here and in cryptodl.c).
 */
#ifndef KT_CRYPTODL_H
#define KT_CRYPTODL_H

#include <openssl/evp.h>
#include <openssl/pem.h>

struct kt_libcrypto {
	__typeof__(EVP_Digest) *Digest;
	__typeof__(EVP_DigestFinal_ex) *DigestFinal_ex;
	__typeof__(EVP_DigestInit_ex) *DigestInit_ex;
	__typeof__(EVP_DigestSign) *DigestSign;
	__typeof__(EVP_DigestSignInit) *DigestSignInit;
	__typeof__(EVP_DigestUpdate) *DigestUpdate;
	__typeof__(EVP_DigestVerify) *DigestVerify;
	__typeof__(EVP_DigestVerifyInit) *DigestVerifyInit;
	__typeof__(EVP_MD_CTX_free) *MD_CTX_free;
	__typeof__(EVP_MD_CTX_new) *MD_CTX_new;
	__typeof__(EVP_MD_fetch) *MD_fetch;
	__typeof__(EVP_PKEY_free) *PKEY_free;
	__typeof__(EVP_PKEY_get_id) *PKEY_get_id;
	__typeof__(EVP_PKEY_get_raw_public_key) *PKEY_get_raw_public_key;
	__typeof__(EVP_PKEY_new_raw_public_key) *PKEY_new_raw_public_key;
	__typeof__(EVP_sha256) *sha256;
	__typeof__(PEM_read_PUBKEY) *PEM_read_PUBKEY_;
	__typeof__(PEM_read_PrivateKey) *PEM_read_PrivateKey_;
};

/* The loaded library; aborts with a message when it cannot be loaded (a
 * broken installation: ktriage was built against it). */
const struct kt_libcrypto *kt_libcrypto(void);
/* SHA-256, looked up once (for EVP_DigestInit_ex and EVP_Digest). */
const EVP_MD *kt_sha256(void);

#ifndef KT_CRYPTODL_IMPL
#define EVP_Digest (*kt_libcrypto()->Digest)
#define EVP_DigestFinal_ex (*kt_libcrypto()->DigestFinal_ex)
#define EVP_DigestInit_ex (*kt_libcrypto()->DigestInit_ex)
#define EVP_DigestSign (*kt_libcrypto()->DigestSign)
#define EVP_DigestSignInit (*kt_libcrypto()->DigestSignInit)
#define EVP_DigestUpdate (*kt_libcrypto()->DigestUpdate)
#define EVP_DigestVerify (*kt_libcrypto()->DigestVerify)
#define EVP_DigestVerifyInit (*kt_libcrypto()->DigestVerifyInit)
#define EVP_MD_CTX_free (*kt_libcrypto()->MD_CTX_free)
#define EVP_MD_CTX_new (*kt_libcrypto()->MD_CTX_new)
#define EVP_MD_fetch (*kt_libcrypto()->MD_fetch)
#define EVP_PKEY_free (*kt_libcrypto()->PKEY_free)
#define EVP_PKEY_get_id (*kt_libcrypto()->PKEY_get_id)
#define EVP_PKEY_get_raw_public_key (*kt_libcrypto()->PKEY_get_raw_public_key)
#define EVP_PKEY_new_raw_public_key (*kt_libcrypto()->PKEY_new_raw_public_key)
#define EVP_sha256 (*kt_libcrypto()->sha256)
#define PEM_read_PUBKEY (*kt_libcrypto()->PEM_read_PUBKEY_)
#define PEM_read_PrivateKey (*kt_libcrypto()->PEM_read_PrivateKey_)
#endif

#endif
