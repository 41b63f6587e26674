/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <jansson.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <sqlite3.h>
#include <stdio.h>
#include <bzlib.h>
#include <lz4.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include "cli-db.h"
#include "cmd.h"
#include "net.h"
#include "opts.h"
#include "sigdb.h"
#include "usage.h"

/* Which signature database a scan would use, and why it may be another. */
static void
print_db(void)
{
	struct kt_error err = { 0, "" };
	struct kt_sigset *set = cli_open_sigs(NULL, &err);
	char desc[1024];

	if (!set) {
		printf("signature database: none usable: %s\n", err.msg);
		return;
	}
	cli_db_describe(set, desc, sizeof(desc));
	printf("signature database: %s\n", desc);
	kt_sigset_free(set);
}

static int
run(int argc, char **argv)
{
	bool verbose = false;
	static const char *const usage[] = { "ktriage version [--verbose]", NULL };
	const struct opt opts[] = {
		OPT_BOOL('v', "verbose", &verbose, "also print the versions of the libraries and the signature database in use"),
		OPT_END(),
	};

	if (parse_options_or_exit(argc, argv, opts, usage))
		die_usage("version: unexpected argument");
	printf("ktriage %s\n", PACKAGE_VERSION);
	if (verbose) {
		char pcre[64] = "";

		pcre2_config_8(PCRE2_CONFIG_VERSION, pcre);
		printf("pcre2 %s\nsqlite %s\nlibcurl %s\nzlib %s\nzstd %s\nliblzma %s\nlibbz2 %s\nlz4 %s\njansson %s\n",
		    pcre, sqlite3_libversion(), kt_net_library_version() ? kt_net_library_version() : "(not loadable)",
		    zlibVersion(), ZSTD_versionString(), lzma_version_string(), BZ2_bzlibVersion(),
		    LZ4_versionString(), jansson_version_str());
		print_db();
	}
	return 0;
}

const struct cmd cmd_version = { "version", "print the version and exit", run };
