/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * usage: the only place that prints diagnostics and exits (CLI layer).
 * Messages: lowercase, no final full stop, say what failed first.
 */
#ifndef KT_USAGE_H
#define KT_USAGE_H

#include "net.h"

/* Exit statuses, documented in ktriage(1). */
enum {
	EXIT_NO_REPORT = 0,	/* no crash report found */
	EXIT_ALL_KNOWN = 1,	/* every report matched a known signature */
	EXIT_USAGE = 2,		/* usage or input error */
	EXIT_UNKNOWN = 3,	/* at least one report matched no known signature */
};

void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void die_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "ktriage: MSG" on stderr: for notices the library hands back (arg unused) */
void cli_notice(const char *msg, void *arg);

/*
 * A kt_progress_fn (net.h) drawing one self-overwriting line on stderr;
 * cli_progress_for() returns it when stderr is a terminal, else NULL.
 */
kt_progress_fn cli_progress_for(void);

#endif
