/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd: one descriptor per subcommand, each in its own cmd-<name>.c, all
 * listed in the table in main.c.
 *
 * Adding a subcommand: write cmd-<name>.c exporting
 * "const struct cmd cmd_<name>", add it to the table in main.c, to
 * Makefile.am, to man/ktriage.1 and to a test under tests/.
 */
#ifndef KT_CMD_H
#define KT_CMD_H

#include <stdio.h>

struct cmd {
	const char *name;
	const char *summary;	/* one line for "ktriage --help" */
	int (*run)(int argc, char **argv);	/* argv[0] is the command name */
};

extern const struct cmd cmd_scan;
extern const struct cmd cmd_version;
extern const struct cmd cmd_signatures;
extern const struct cmd cmd_explain;
extern const struct cmd cmd_history;
extern const struct cmd cmd_bisect;
extern const struct cmd cmd_update;

/* signatures show (and explain) with the given usage for --help and errors */
int cmd_signatures_show(int argc, char **argv, const char *const *usage);
/* scan's usage and options, for "ktriage --help" (scan is the default command) */
void cmd_scan_help(FILE *fp);

#endif
