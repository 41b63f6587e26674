/* ktriage explain ID: print one known-bug signature in full. */
#include "config.h"

#include <string.h>

#include "cmd.h"

static int
run(int argc, char **argv)
{
	/* the same as "ktriage signatures show ID [--db FILE]" */
	char *sargv[16] = { "signatures", "show" };
	int n = 2;

	for (int i = 1; i < argc && n < 15; i++)
		sargv[n++] = argv[i];
	sargv[n] = NULL;
	return cmd_signatures.run(n, sargv);
}

const struct cmd cmd_explain = { "explain", "print one known-bug signature in full (ID [--db FILE])", run };
