/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ktriage.h"
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

size_t
kt_trimmed_len(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return len;
}

const char *
kt_memmem(const char *h, size_t hlen, const char *n, size_t nlen)
{
	return memmem(h, hlen, n, nlen);
}

void
kt_hex(const unsigned char *bytes, size_t n, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 15];
	}
	out[2 * n] = '\0';
}

double
kt_mono_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *
kt_format_utc(long long t, char *buf, size_t len)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!gmtime_r(&tt, &tm) || !strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm))
		snprintf(buf, len, "@%lld", t);
	return buf;
}

size_t
kt_dir_len(const char *dir)
{
	size_t len = strlen(dir);

	while (len > 1 && dir[len - 1] == '/')
		len--;
	return len;
}

char *
kt_xdg_path(const char *var, const char *home_dir, const char *leaf)
{
	const char *base = getenv(var), *home = getenv("HOME");
	size_t len;
	char *p;

	if (base && base[0] == '/') {
		len = strlen(base) + strlen(leaf) + 2;
		p = xmalloc(len);
		snprintf(p, len, "%s/%s", base, leaf);
	} else if (home && home[0]) {
		len = strlen(home) + strlen(home_dir) + strlen(leaf) + 3;
		p = xmalloc(len);
		snprintf(p, len, "%s/%s/%s", home, home_dir, leaf);
	} else {
		p = NULL;
	}
	return p;
}

int
kt_fail(struct kt_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return -1;
}

int
kt_fail_prefix(struct kt_error *err, const char *what)
{
	char msg[sizeof(err->msg)];
	size_t n = strlen(what);

	/* "what: " then as much of the old message as fits */
	memcpy(msg, err->msg, sizeof(msg));
	msg[sizeof(msg) - 1] = '\0';
	if (n + 2 >= sizeof(err->msg))
		n = sizeof(err->msg) - 3;
	memcpy(err->msg, what, n);
	memcpy(err->msg + n, ": ", 2);
	strncpy(err->msg + n + 2, msg, sizeof(err->msg) - n - 3);
	err->msg[sizeof(err->msg) - 1] = '\0';
	return -1;
}

/* One NUMBER[UNIT] term of a duration at *s; -1 when there is none. */
static int
duration_term(const char **s, bool bare_seconds, double *secs)
{
	const char *p = *s;
	double v = 0, scale = 1;
	bool digits = false;

	for (; *p >= '0' && *p <= '9'; p++, digits = true)
		v = v * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++, digits = true)
			v += (*p - '0') * (scale /= 10);
	if (!digits || v > 1e8)
		return -1;
	switch (*p) {
	case 's': p++; break;
	case 'm': v *= 60; p++; break;
	case 'h': v *= 3600; p++; break;
	case 'd': v *= 86400; p++; break;
	case 'w': v *= 7 * 86400; p++; break;
	case '\0':
		if (!bare_seconds)
			return -1;
		break;
	default: return -1;
	}
	*secs += v;
	*s = p;
	return 0;
}

int
kt_parse_duration(const char *s, bool bare_seconds, double *secs)
{
	double total = 0;

	if (!*s)
		return -1;
	while (*s)
		if (duration_term(&s, bare_seconds, &total))
			return -1;
	*secs = total;
	return 0;
}
