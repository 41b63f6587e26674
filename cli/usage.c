#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "usage.h"

/* format(printf, 2, 0): fmt is checked at the callers, which pass their own */
static void __attribute__((format(printf, 2, 0)))
vreport(const char *prefix, const char *fmt, va_list ap)
{
	fprintf(stderr, "ktriage: %s", prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
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
	fprintf(stderr, "ktriage: %s\n", msg);
}

static void
cli_progress(const char *url, long long now, long long total, bool done, void *arg)
{
	(void)arg;
	if (done)
		fputc('\n', stderr);
	else if (total > 0)
		fprintf(stderr, "\rktriage: %s: %.1f of %.1f MiB (%d%%)  ", url,
		    (double)now / 1048576.0, (double)total / 1048576.0, (int)(now * 100 / total));
	else
		fprintf(stderr, "\rktriage: %s: %.1f MiB  ", url, (double)now / 1048576.0);
}

kt_progress_fn
cli_progress_for(void)
{
	return isatty(STDERR_FILENO) ? cli_progress : NULL;
}
