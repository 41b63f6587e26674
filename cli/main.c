/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ktriage: the command-line front end.  Dispatches to cmd-*.c. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "lines.h"
#include "net.h"
#include "strbuf.h"
#include "suggest.h"
#include "usage.h"

static const struct cmd *const commands[] = {
	&cmd_scan,
	&cmd_signatures,
	&cmd_explain,
	&cmd_history,
	&cmd_bisect,
	&cmd_update,
	&cmd_version,
};

static void
help(FILE *fp)
{
	fputs("usage: ktriage [--version] [--help] [COMMAND] [ARGS...]\n"
	    "       dmesg | ktriage\n"
	    "\n"
	    "Triage kernel crash output: find every oops, BUG, WARNING, panic, xmon\n"
	    "session and Xen crash in console logs, and say what each one is.\n"
	    "\n"
	    "Commands:\n", fp);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(fp, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fputs("  help       show help for a command ('ktriage help scan')\n"
	    "\n"
	    "With no command, or when the first argument is not a command, 'scan' runs.\n"
	    "\n"
	    "Exit status: 0 no crash report found; 1 every report matched a known\n"
	    "signature (at --min-confidence, medium by default); 3 at least one report\n"
	    "matched none; 2 usage or input error.\n"
	    "'ktriage COMMAND --help' shows a command's options.  See ktriage(1) for\n"
	    "details.\n"
	    "\n", fp);
	cmd_scan_help(fp);
}

/*
 * A first argument that is neither a command nor an existing file, but
 * close to a command ("sigantures"), is a typo: say so and exit 2 rather
 * than try to open it as a log.
 */
static void
check_typo(const char *arg)
{
	const char *names[sizeof(commands) / sizeof(commands[0]) + 1];
	const char *near;
	struct stat st;
	size_t n = 0;

	if (arg[0] == '-' || strchr(arg, '/') || kt_is_url(arg) || stat(arg, &st) == 0)
		return;
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		names[n++] = commands[i]->name;
	names[n++] = "help";
	if (!(near = cli_suggest(arg, names, n, 2)) || cli_edit_distance(arg, near) > 2)
		return;
	{
		struct strbuf sb = STRBUF_INIT;

		kt_clean_text(&sb, arg, strlen(arg));
		die_usage("'%s' is not a command or a file; did you mean '%s'?", sb.buf, near);
	}
}

static const struct cmd *
find(const char *name)
{
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(commands[i]->name, name))
			return commands[i];
	return NULL;
}

int
main(int argc, char **argv)
{
	const struct cmd *c;

	if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		help(stdout);
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "--version"))
		return cmd_version.run(1, argv);
	if (argc > 1 && !strcmp(argv[1], "help")) {
		if (argc == 2) {
			help(stdout);
			return 0;
		}
		if (!(c = find(argv[2]))) {
			struct strbuf sb = STRBUF_INIT;

			check_typo(argv[2]);
			kt_clean_text(&sb, argv[2], strlen(argv[2]));
			die_usage("help: unknown command '%s'", sb.buf);
		}
		{
			char *hargv[] = { argv[2], "--help", NULL };

			return c->run(2, hargv);
		}
	}
	if (argc > 1 && (c = find(argv[1])))
		return c->run(argc - 1, argv + 1);
	if (argc > 1)
		check_typo(argv[1]);
	return cmd_scan.run(argc, argv);
}
