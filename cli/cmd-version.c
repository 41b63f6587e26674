#include "config.h"

#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <zlib.h>
#include <zstd.h>

#include "cmd.h"
#include "net.h"
#include "opts.h"
#include "usage.h"

static int
run(int argc, char **argv)
{
	bool verbose = false;
	static const char *const usage[] = { "ktriage version [--verbose]", NULL };
	const struct opt opts[] = {
		OPT_BOOL('v', "verbose", &verbose, "also print the versions of the libraries in use"),
		OPT_END(),
	};

	if (parse_options_or_exit(argc, argv, opts, usage))
		die_usage("version: unexpected argument");
	printf("ktriage %s\n", PACKAGE_VERSION);
	if (verbose) {
		char pcre[64] = "";

		pcre2_config_8(PCRE2_CONFIG_VERSION, pcre);
		printf("pcre2 %s\nsqlite %s\nlibcurl %s\nzlib %s\nzstd %s\njansson %s\n",
		    pcre, sqlite3_libversion(), kt_net_library_version() ? kt_net_library_version() : "(not loadable)",
		    zlibVersion(), ZSTD_versionString(), jansson_version_str());
	}
	return 0;
}

const struct cmd cmd_version = { "version", "print the version and exit", run };
