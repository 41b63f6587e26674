#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "regex.h"

static __thread pcre2_match_data *md;
static __thread pcre2_match_context *mctx;

pcre2_code *
kt_re_try_compile(const char *pattern, unsigned flags, char *errbuf, size_t errlen)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    flags | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		if (errbuf)
			snprintf(errbuf, errlen, "%s at offset %zu", (char *)msg,
			    (size_t)erroff);
		return NULL;
	}
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

pcre2_code *
kt_re_compile(const char *pattern, unsigned flags)
{
	char err[300];
	pcre2_code *re = kt_re_try_compile(pattern, flags, err, sizeof(err));

	if (!re) {
		fprintf(stderr, "ktriage: BUG: built-in pattern /%s/: %s\n",
		    pattern, err);
		abort();
	}
	return re;
}

int
kt_re_match(const pcre2_code *re, const char *s, size_t len)
{
	int rc;

	if (!md) {
		md = pcre2_match_data_create(32, NULL);
		mctx = pcre2_match_context_create(NULL);
		if (!md || !mctx)
			abort();
		pcre2_set_match_limit(mctx, KT_RE_MATCH_LIMIT);
		pcre2_set_depth_limit(mctx, KT_RE_DEPTH_LIMIT);
		pcre2_set_heap_limit(mctx, KT_RE_HEAP_LIMIT_KIB);
	}
	/* Text handed to matchers is valid UTF-8 (lines.c guarantees it). */
	rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, mctx);
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
