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

enum opt_type { OPT_T_END, OPT_T_BOOL, OPT_T_STRING, OPT_T_SIZE };

struct opt {
	enum opt_type type;
	int short_name;		/* 0 if none */
	const char *long_name;
	void *value;		/* bool *, const char **, size_t * */
	const char *argh;	/* argument name for help */
	const char *help;
};

#define OPT_BOOL(s, l, v, h) { OPT_T_BOOL, (s), (l), (v), NULL, (h) }
#define OPT_STRING(s, l, v, a, h) { OPT_T_STRING, (s), (l), (v), (a), (h) }
#define OPT_SIZE(s, l, v, a, h) { OPT_T_SIZE, (s), (l), (v), (a), (h) }
#define OPT_END() { OPT_T_END, 0, NULL, NULL, NULL, NULL }

/*
 * Parse argv[1..] against opts; non-option arguments are moved to the front
 * of argv and their count returned.  "--" ends options.  -h/--help prints
 * usage and the option table and exits 0; errors exit 2 (usage.h).
 */
int parse_options(int argc, char **argv, const struct opt *opts,
    const char *const *usage);
void print_usage(FILE *fp, const struct opt *opts, const char *const *usage);

#endif
