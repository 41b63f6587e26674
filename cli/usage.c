#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "usage.h"

static void
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
