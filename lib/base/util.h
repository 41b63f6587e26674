/*
 * Small helpers shared by every module: allocation wrappers that abort on
 * failure (so call sites stay clean; a triager that cannot allocate a few
 * bytes has nothing better to do), and string helpers.
 * Every x*() result is owned by the caller and released with free().
 */
#ifndef KT_UTIL_H
#define KT_UTIL_H

#include <stdbool.h>
#include <stddef.h>

void kt_oom(void) __attribute__((noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Grow *array (of *alloc elements of size elem) to hold at least need. */
void *xgrow(void *array, size_t elem, size_t need, size_t *alloc);

bool starts_with(const char *s, const char *prefix);
/* Byte-wise substring search bounded by hlen. */
const char *kt_memmem(const char *h, size_t hlen, const char *n, size_t nlen);

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
