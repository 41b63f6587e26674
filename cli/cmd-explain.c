/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ktriage explain ID: print one known-bug signature in full. */
#include "config.h"

#include "cmd.h"

static int
run(int argc, char **argv)
{
	/* the same as "ktriage signatures show ID [--db FILE]", with its own usage */
	static const char *const usage[] = {
		"ktriage explain ID [--db FILE]",
		"",
		"Print the known-bug signature ID in full: its conditions, the commits that",
		"introduced and fixed the bug, the workaround, links and description",
		"(the same as 'ktriage signatures show ID').",
		NULL,
	};

	return cmd_signatures_show(argc, argv, usage);
}

const struct cmd cmd_explain = { "explain", "print one known-bug signature in full (ID [--db FILE])", run };
