#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

void
kt_oom(void)
{
	fputs("ktriage: fatal: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		kt_oom();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		kt_oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		kt_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void *
xgrow(void *array, size_t elem, size_t need, size_t *alloc)
{
	size_t n;

	if (need <= *alloc)
		return array;
	n = *alloc ? *alloc * 2 : 8;
	if (n < need)
		n = need;
	if (n > SIZE_MAX / elem)
		kt_oom();
	*alloc = n;
	return xrealloc(array, n * elem);
}

bool
starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

const char *
kt_memmem(const char *h, size_t hlen, const char *n, size_t nlen)
{
	return memmem(h, hlen, n, nlen);
}
