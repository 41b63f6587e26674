/* ktriage bisect: placeholder until it lands. */
#include "config.h"

#include "cmd.h"
#include "usage.h"

static int
run(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	die("bisect: not implemented yet");
}

const struct cmd cmd_bisect = { "bisect", "not implemented yet", run };
