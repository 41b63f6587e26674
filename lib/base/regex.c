#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "ktriage.h"
#include "regex.h"
#include "util.h"

/*
 * Each thread has its own match data and match context (with the limits).
 * They live in a pthread key so that they are freed when a worker thread
 * ends; md points at the current thread's match data for kt_re_group().
 */
struct tls {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
};

static pthread_key_t tls_key;
static pthread_once_t tls_once = PTHREAD_ONCE_INIT;
static __thread struct tls *tls;
static __thread pcre2_match_data *md;

static void
tls_free(void *p)
{
	struct tls *t = p;

	pcre2_match_data_free(t->md);
	pcre2_match_context_free(t->mctx);
	free(t);
}

static void
tls_key_create(void)
{
	if (pthread_key_create(&tls_key, tls_free))
		abort();
}

pcre2_code *
kt_re_try_compile(const char *pattern, unsigned flags, struct kt_error *err)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    flags | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		kt_fail(err, KT_EUSAGE, "%s at offset %zu", (char *)msg, (size_t)erroff);
		return NULL;
	}
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

pcre2_code *
kt_re_compile(const char *pattern, unsigned flags)
{
	struct kt_error err = { 0, "" };
	pcre2_code *re = kt_re_try_compile(pattern, flags, &err);

	if (!re) {
		fprintf(stderr, "ktriage: BUG: built-in pattern /%s/: %s\n",
		    pattern, err.msg);
		abort();
	}
	return re;
}

int
kt_re_match(const pcre2_code *re, const char *s, size_t len)
{
	int rc;

	if (!tls) {
		pthread_once(&tls_once, tls_key_create);
		tls = calloc(1, sizeof(*tls));
		if (!tls)
			abort();
		tls->md = pcre2_match_data_create(32, NULL);
		tls->mctx = pcre2_match_context_create(NULL);
		if (!tls->md || !tls->mctx)
			abort();
		pcre2_set_match_limit(tls->mctx, KT_RE_MATCH_LIMIT);
		pcre2_set_depth_limit(tls->mctx, KT_RE_DEPTH_LIMIT);
		pcre2_set_heap_limit(tls->mctx, KT_RE_HEAP_LIMIT_KIB);
		pthread_setspecific(tls_key, tls);
		md = tls->md;
	}
	/* Text handed to matchers is valid UTF-8 (lines.c guarantees it). */
	rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, tls->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == 0)
		rc = 32;
	return rc;
}

bool
kt_re_group(const char *s, int n, const char **start, size_t *len)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if ((uint32_t)n >= pcre2_get_ovector_count(md) ||
	    ov[2 * n] == PCRE2_UNSET)
		return false;
	*start = s + ov[2 * n];
	*len = ov[2 * n + 1] - ov[2 * n];
	return true;
}

bool
kt_re_named(const pcre2_code *re, const char *s, const char *name,
    const char **start, size_t *len)
{
	int n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);

	if (n < 0)
		return false;
	return kt_re_group(s, n, start, len);
}

size_t
kt_re_match_start(void)
{
	return pcre2_get_ovector_pointer(md)[0];
}
