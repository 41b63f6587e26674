/* SPDX-License-Identifier: GPL-2.0-or-later */
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
/* The blanks and tabs s[0..len) starts with: inline, as the line readers
 * call it on every line (strspn() costs more on the one or two a line has). */
static inline size_t
kt_blank_run(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}
/* The length of s[0..len) without its trailing white space (isspace()). */
size_t kt_trimmed_len(const char *s, size_t len);
/* Byte-wise substring search bounded by hlen. */
const char *kt_memmem(const char *h, size_t hlen, const char *n, size_t nlen);

/*
 * The library's one error convention: a failing function fills the
 * caller's struct kt_error (ktriage.h; err may be NULL) and returns -1:
 *   return kt_fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
 */
struct kt_error;
int kt_fail(struct kt_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prefix err's message with "what: " (the code stays); returns -1. */
int kt_fail_prefix(struct kt_error *err, const char *what);

/* Lower-case hex of n bytes into out (2n + 1 bytes, NUL-terminated). */
void kt_hex(const unsigned char *bytes, size_t n, char *out);

/* Seconds on CLOCK_MONOTONIC: for deadlines and durations, never dates. */
double kt_mono_now(void);

/*
 * t (seconds since the epoch) as "YYYY-MM-DDTHH:MM:SSZ" into buf, or as
 * "@SECONDS" when it cannot be represented; returns buf.
 */
char *kt_format_utc(long long t, char *buf, size_t len);

/*
 * The one duration grammar of every option that takes one: one or more
 * NUMBER UNIT terms, NUMBER a decimal ("1.5"), UNIT s, m, h, d or w:
 * "1.5m", "1h30m", "1w".  With bare_seconds the last term's unit may be
 * left out and means seconds ("90"); without it (where a bare number could
 * be mistaken for something else, as a year) a unit is required.
 * Each NUMBER is at most 1e8.  Returns 0 with *secs, or -1.
 */
int kt_parse_duration(const char *s, bool bare_seconds, double *secs);

/*
 * An XDG base directory path: "$VAR/leaf" when $VAR is an absolute path
 * (the spec says a relative one is invalid and ignored), else
 * "$HOME/home_dir/leaf", else NULL (malloc'ed).  For example
 * kt_xdg_path("XDG_DATA_HOME", ".local/share", "ktriage").
 */
char *kt_xdg_path(const char *var, const char *home_dir, const char *leaf);

/* The length of the folder name dir without its trailing slashes ("sigs/"
 * names the same folder as "sigs"); "/" keeps its one. */
size_t kt_dir_len(const char *dir);

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
