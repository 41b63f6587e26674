/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * opts: options declared as tables and parsed by one parser, which also
 * prints the option part of --help, so help and parser never drift apart.
 *
 *   static struct opt opts[] = {
 *       OPT_STRING('f', "format", &fmt, "FORMAT", "output format: text or json"),
 *       OPT_END(),
 *   };
 */
#ifndef KT_OPTS_H
#define KT_OPTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ktriage.h"

enum opt_type { OPT_T_END, OPT_T_BOOL, OPT_T_STRING, OPT_T_SIZE, OPT_T_DURATION };

struct opt {
	enum opt_type type;
	int short_name;		/* 0 if none */
	const char *long_name;
	void *value;		/* bool *, const char **, size_t *, double * (seconds) */
	const char *argh;	/* argument name for help */
	const char *help;
};

#define OPT_BOOL(s, l, v, h) { OPT_T_BOOL, (s), (l), (v), NULL, (h) }
#define OPT_STRING(s, l, v, a, h) { OPT_T_STRING, (s), (l), (v), (a), (h) }
#define OPT_SIZE(s, l, v, a, h) { OPT_T_SIZE, (s), (l), (v), (a), (h) }
/* a duration (kt_parse_duration, util.h: "90", "1.5m", "1h30m", "1w"), in seconds */
#define OPT_DURATION(s, l, v, a, h) { OPT_T_DURATION, (s), (l), (v), (a), (h) }
#define OPT_END() { OPT_T_END, 0, NULL, NULL, NULL, NULL }

enum {
	OPTS_STOP_AT_NON_OPTION = 1,	/* the first non-option ends the options (a command to run) */
};

#define OPTS_HELP (-2)			/* parse_options(): -h or --help was given */

/*
 * Parse argv[1..] against opts; non-option arguments are moved to the
 * front of argv and their count returned.  "--" ends options; with
 * OPTS_STOP_AT_NON_OPTION so does the first non-option, and every argument
 * from there on is a non-option.  Returns OPTS_HELP for -h/--help, or -1
 * with err (KT_EUSAGE) for a bad option: the caller prints usage and exits.
 */
int parse_options(int argc, char **argv, const struct opt *opts, unsigned flags,
    struct kt_error *err);
/* parse_options() for a command: --help prints usage and exits 0, an error exits 2 (usage.h). */
int parse_options_or_exit(int argc, char **argv, const struct opt *opts,
    const char *const *usage);
void print_usage(FILE *fp, const struct opt *opts, const char *const *usage);
/* The option lines of print_usage() alone. */
void print_options(FILE *fp, const struct opt *opts);

#endif
