/* ktriage history: placeholder until it lands. */
#include "config.h"

#include "cmd.h"
#include "usage.h"

static int
run(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	die("history: not implemented yet");
}

const struct cmd cmd_history = { "history", "not implemented yet", run };
