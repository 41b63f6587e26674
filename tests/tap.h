/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A tiny TAP producer for the C unit tests. */
#ifndef KT_TAP_H
#define KT_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) do { \
	tap_n++; \
	if (!(cond)) tap_failed++; \
	printf("%sok %d - ", (cond) ? "" : "not ", tap_n); \
	printf(__VA_ARGS__); \
	printf("\n"); \
} while (0)

#define is_str(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int c_ = (g_ && w_) ? !strcmp(g_, w_) : g_ == w_; \
	ok(c_, __VA_ARGS__); \
	if (!c_) printf("# got '%s', want '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)

static int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
