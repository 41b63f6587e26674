/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opts.h"
#include "usage.h"
#include "util.h"

void
print_usage(FILE *fp, const struct opt *opts, const char *const *usage)
{
	for (size_t i = 0; usage[i]; i++)
		fprintf(fp, "%s%s\n", i ? "" : "usage: ", usage[i]);
	fputc('\n', fp);
	print_options(fp, opts);
}

void
print_options(FILE *fp, const struct opt *opts)
{
	for (const struct opt *o = opts; o->type != OPT_T_END; o++) {
		char left[64];
		int n;

		if (o->short_name)
			n = snprintf(left, sizeof(left), "  -%c, --%s", o->short_name, o->long_name);
		else
			n = snprintf(left, sizeof(left), "      --%s", o->long_name);
		if (o->argh && n > 0 && (size_t)n < sizeof(left))
			snprintf(left + n, sizeof(left) - (size_t)n, " %s", o->argh);
		fprintf(fp, "%-30s %s\n", left, o->help);
	}
	fprintf(fp, "%-30s %s\n", "  -h, --help", "show this help and exit");
}

static int
set_value(const struct opt *o, const char *arg, const char *spelled, struct kt_error *err)
{
	char *end;
	unsigned long long v;

	switch (o->type) {
	case OPT_T_STRING:
		*(const char **)o->value = arg;
		break;
	case OPT_T_SIZE:
		errno = 0;
		v = strtoull(arg, &end, 10);
		if (errno || end == arg || *end || arg[0] == '-')
			return kt_fail(err, KT_EUSAGE, "option '%s' expects a non-negative number, not '%s'",
			    spelled, arg);
		*(size_t *)o->value = (size_t)v;
		break;
	case OPT_T_DURATION:
		if (kt_parse_duration(arg, true, (double *)o->value))
			return kt_fail(err, KT_EUSAGE, "option '%s' expects a duration (as in 90, 1.5m, "
			    "1h30m, 2d, 1w), not '%s'", spelled, arg);
		break;
	default:
		break;
	}
	return 0;
}

/* The option named by long option text name (up to '=' or its end); *negated for --no-BOOL. */
static const struct opt *
find_long(const struct opt *opts, const char *name, size_t len, bool *negated)
{
	*negated = false;
	if (len > 3 && !strncmp(name, "no-", 3))
		for (const struct opt *p = opts; p->type != OPT_T_END; p++)
			if (p->type == OPT_T_BOOL && strlen(p->long_name) == len - 3 &&
			    !strncmp(p->long_name, name + 3, len - 3)) {
				*negated = true;
				return p;
			}
	for (const struct opt *p = opts; p->type != OPT_T_END; p++)
		if (strlen(p->long_name) == len && !strncmp(p->long_name, name, len))
			return p;
	return NULL;
}

/* "--name[=value]" at argv[*i]; consumes the next argument for a separate value. */
static int
parse_long(int argc, char **argv, int *i, const struct opt *opts, struct kt_error *err)
{
	const char *name = argv[*i] + 2, *eq = strchr(name, '='), *val;
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	char spelled[80];
	bool negated;
	const struct opt *o = find_long(opts, name, len, &negated);

	if (!o)
		return kt_fail(err, KT_EUSAGE, "unknown option '--%.*s'", (int)len, name);
	snprintf(spelled, sizeof(spelled), "--%s", o->long_name);
	if (o->type == OPT_T_BOOL) {
		if (eq)
			return kt_fail(err, KT_EUSAGE, "option '%s' takes no value", spelled);
		*(bool *)o->value = !negated;
		return 0;
	}
	val = eq ? eq + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
	if (!val)
		return kt_fail(err, KT_EUSAGE, "option '%s' requires a value", spelled);
	return set_value(o, val, spelled, err);
}

/*
 * "-x[value]" at argv[*i], or a bundle of them as getopt takes it: "-rv" is
 * "-r -v", and an option that takes a value ends the bundle, its value being
 * the rest ("-j4", "-rfjson") or else the next argument.
 */
static int
parse_short(int argc, char **argv, int *i, const struct opt *opts, struct kt_error *err)
{
	const char *a = argv[*i], *val;

	for (size_t k = 1; a[k]; k++) {
		const struct opt *o = NULL;
		char spelled[8];

		for (const struct opt *p = opts; p->type != OPT_T_END; p++)
			if (p->short_name == a[k])
				o = p;
		if (!o && a[k] == 'h')
			return OPTS_HELP;
		if (!o)
			return kt_fail(err, KT_EUSAGE, "unknown option '-%c'%s", a[k],
			    k > 1 ? " in a bundle of short options" : "");
		if (o->type == OPT_T_BOOL) {
			*(bool *)o->value = true;
			continue;
		}
		snprintf(spelled, sizeof(spelled), "-%c", o->short_name);
		val = a[k + 1] ? a + k + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
		if (!val)
			return kt_fail(err, KT_EUSAGE, "option '%s' requires a value", spelled);
		return set_value(o, val, spelled, err);
	}
	return 0;
}

int
parse_options(int argc, char **argv, const struct opt *opts, unsigned flags,
    struct kt_error *err)
{
	int nargs = 0;
	bool only_args = false;

	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		int rc;

		if (only_args || a[0] != '-' || !a[1]) {
			argv[nargs++] = a;
			only_args |= (flags & OPTS_STOP_AT_NON_OPTION) != 0;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = true;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help"))
			return OPTS_HELP;
		rc = a[1] == '-' ? parse_long(argc, argv, &i, opts, err) :
		    parse_short(argc, argv, &i, opts, err);
		if (rc == OPTS_HELP)
			return OPTS_HELP;
		if (rc)
			return -1;
	}
	argv[nargs] = NULL;
	return nargs;
}

int
parse_options_or_exit(int argc, char **argv, const struct opt *opts, const char *const *usage)
{
	struct kt_error err = { 0, "" };
	int n = parse_options(argc, argv, opts, 0, &err);

	if (n == OPTS_HELP) {
		print_usage(stdout, opts, usage);
		exit(0);
	}
	if (n < 0)
		die_usage("%s", err.msg);
	return n;
}
