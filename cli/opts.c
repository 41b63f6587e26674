#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "opts.h"
#include "usage.h"

void
print_usage(FILE *fp, const struct opt *opts, const char *const *usage)
{
	for (size_t i = 0; usage[i]; i++)
		fprintf(fp, "%s%s\n", i ? "" : "usage: ", usage[i]);
	fputc('\n', fp);
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

static void
set_value(const struct opt *o, const char *arg, const char *spelled)
{
	char *end;
	unsigned long long v;

	switch (o->type) {
	case OPT_T_BOOL:
		*(bool *)o->value = true;
		break;
	case OPT_T_STRING:
		*(const char **)o->value = arg;
		break;
	case OPT_T_SIZE:
		errno = 0;
		v = strtoull(arg, &end, 10);
		if (errno || end == arg || *end || arg[0] == '-')
			die_usage("option '%s' expects a non-negative number, not '%s'", spelled, arg);
		*(size_t *)o->value = (size_t)v;
		break;
	default:
		break;
	}
}

int
parse_options(int argc, char **argv, const struct opt *opts, const char *const *usage)
{
	int nargs = 0;
	bool only_args = false;

	for (int i = 1; i < argc; i++) {
		char *a = argv[i];
		const struct opt *o = NULL;
		const char *val = NULL;
		char spelled[80];

		if (only_args || a[0] != '-' || !a[1]) {
			argv[nargs++] = a;
			continue;
		}
		if (!strcmp(a, "--")) {
			only_args = true;
			continue;
		}
		if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			print_usage(stdout, opts, usage);
			exit(0);
		}
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			bool negated = false;

			if (len > 3 && !strncmp(name, "no-", 3)) {
				for (const struct opt *p = opts; p->type != OPT_T_END; p++)
					if (p->type == OPT_T_BOOL && strlen(p->long_name) == len - 3 &&
					    !strncmp(p->long_name, name + 3, len - 3))
						o = p, negated = true;
			}
			for (const struct opt *p = opts; !o && p->type != OPT_T_END; p++)
				if (strlen(p->long_name) == len && !strncmp(p->long_name, name, len))
					o = p;
			if (!o)
				die_usage("unknown option '--%.*s'", (int)len, name);
			snprintf(spelled, sizeof(spelled), "--%s", o->long_name);
			if (o->type == OPT_T_BOOL) {
				if (eq)
					die_usage("option '%s' takes no value", spelled);
				*(bool *)o->value = !negated;
				continue;
			}
			val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
		} else {
			for (const struct opt *p = opts; p->type != OPT_T_END; p++)
				if (p->short_name == a[1])
					o = p;
			if (!o)
				die_usage("unknown option '-%c'", a[1]);
			snprintf(spelled, sizeof(spelled), "-%c", o->short_name);
			if (o->type == OPT_T_BOOL) {
				if (a[2])
					die_usage("option '%s' takes no value", spelled);
				*(bool *)o->value = true;
				continue;
			}
			val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
		}
		if (!val)
			die_usage("option '%s' requires a value", spelled);
		set_value(o, val, spelled);
	}
	argv[nargs] = NULL;
	return nargs;
}
