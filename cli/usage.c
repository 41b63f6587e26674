/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lines.h"
#include "net.h"
#include "strbuf.h"
#include "usage.h"

/*
 * Messages name files, URLs and values from the user or a log: they are
 * cleaned like log text (kt_clean_text), so no control sequence in a file
 * name ever reaches the terminal.
 * (format(printf, 2, 0): fmt is checked at the callers, which pass their own.)
 */
static void __attribute__((format(printf, 2, 0)))
vreport(const char *prefix, const char *fmt, va_list ap)
{
	struct strbuf msg = STRBUF_INIT, clean = STRBUF_INIT;

	strbuf_vaddf(&msg, fmt, ap);
	kt_clean_text(&clean, msg.buf, msg.len);
	fprintf(stderr, "ktriage: %s%s\n", prefix, clean.buf);
	strbuf_release(&msg);
	strbuf_release(&clean);
}

static void __attribute__((format(printf, 2, 3)))
error_print(const char *prefix, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(prefix, fmt, ap);
	va_end(ap);
}

void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("fatal: ", fmt, ap);
	va_end(ap);
	exit(EXIT_USAGE);
}

void
die_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
	fputs("Try 'ktriage --help' for more information.\n", stderr);
	exit(EXIT_USAGE);
}

int
error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("error: ", fmt, ap);
	va_end(ap);
	return -1;
}

void
warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("warning: ", fmt, ap);
	va_end(ap);
}

void
cli_notice(const char *msg, void *arg)
{
	(void)arg;
	error_print("", "%s", msg);
}

static void
cli_progress(const char *url, long long now, long long total, bool done, void *arg)
{
	struct strbuf clean = STRBUF_INIT;

	(void)arg;
	kt_clean_text(&clean, url, strlen(url));
	url = clean.buf;
	if (done)
		fputc('\n', stderr);
	else if (total > 0)
		fprintf(stderr, "\rktriage: %s: %.1f of %.1f MiB (%d%%)  ", url,
		    (double)now / 1048576.0, (double)total / 1048576.0, (int)(now * 100 / total));
	else
		fprintf(stderr, "\rktriage: %s: %.1f MiB  ", url, (double)now / 1048576.0);
	strbuf_release(&clean);
}

kt_progress_fn
cli_progress_for(void)
{
	return isatty(STDERR_FILENO) ? cli_progress : NULL;
}
