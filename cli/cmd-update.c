/*
 * ktriage update: fetch a newer signature database from a signed feed
 * (ktriage-update(1)).  The transaction and its order of checks are
 * kt_update_run() (lib/feed/update.c); this file reads the options, picks
 * the data directory and the trusted key, and prints the outcome.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"
#include "feed.h"
#include "ktriage.h"
#include "net.h"
#include "opts.h"
#include "usage.h"
#include "util.h"

#define DEFAULT_FEED_URL "https://example.invalid/ktriage/feed"

static int
mkdir_p(const char *path)
{
	char *copy = xstrdup(path);

	for (char *p = copy + 1; *p; p++)
		if (*p == '/') {
			*p = 0;
			if (mkdir(copy, 0755) && errno != EEXIST) {
				free(copy);
				return -1;
			}
			*p = '/';
		}
	free(copy);
	return mkdir(path, 0755) && errno != EEXIST ? -1 : 0;
}

/* Flags to kt_update_opts, or exit 2. */
static void
check_options(const char *url, const char *from_dir, double timeout)
{
	if (url && from_dir)
		die_usage("update: --url and --from-dir exclude each other");
	if (timeout < 1 || timeout > 86400)
		die_usage("--timeout must be between 1 and 86400 seconds");
}

static const char *
feed_base(const char *url, const char *from_dir)
{
	const char *env = getenv("KTRIAGE_UPDATE_URL");
	const char *base = from_dir ? from_dir : url ? url : env ? env : DEFAULT_FEED_URL;

	if (!from_dir && !kt_is_url(base))
		die_usage("update: --url must be an http:// or https:// URL");
	return base;
}

static void
load_key(const char *pubkey, unsigned char key[32])
{
	struct kt_error err = { 0, "" };

	if (!pubkey)
		memcpy(key, kt_feed_pubkey, 32);
	else if (kt_pubkey_load(pubkey, key, &err))
		die("update: %s", err.msg);
}

/* The data directory, created if need be (malloc'ed). */
static char *
data_dir(void)
{
	char *dir = kt_xdg_path("XDG_DATA_HOME", ".local/share", "ktriage");

	if (!dir)
		die("update: no data directory (set XDG_DATA_HOME or HOME)");
	if (mkdir_p(dir))
		die("update: cannot create %s: %s", dir, strerror(errno));
	return dir;
}

static void
warn_cb(const char *msg, void *arg)
{
	(void)arg;
	warning("%s", msg);
}

static int
report(const struct kt_update_opts *u, const struct kt_update_result *res)
{
	char when[32];

	switch (res->outcome) {
	case KT_UPDATE_UNCHANGED:
		printf("signature database is up to date (version %llu, manifest unchanged)\n",
		    res->version);
		break;
	case KT_UPDATE_CURRENT:
		printf("signature database is up to date (version %llu)\n", res->version);
		break;
	case KT_UPDATE_INSTALLED:
		printf("updated the signature database to version %llu (%llu signatures, expires %s): "
		    "%s/signatures.db\n", res->version, res->nsigs,
		    kt_format_utc(res->expires, when, sizeof(when)), u->dir);
		break;
	}
	return 0;
}

static int
run(int argc, char **argv)
{
	static const char *const usage[] = {
		"ktriage update [--url URL | --from-dir DIR] [--pubkey FILE] [--cacert FILE] [--insecure]",
		"",
		"Fetch the signed manifest of a signature feed; when it names a newer database,",
		"download it, check its size, SHA-256 and the manifest's Ed25519 signature,",
		"test-open it and swap it in as $XDG_DATA_HOME/ktriage/signatures.db.",
		"On any failure the installed database stays as it was.",
		NULL,
	};
	const char *url = NULL, *from_dir = NULL, *pubkey = NULL;
	double timeout = KT_NET_DEFAULT_TIMEOUT;
	struct kt_net_opts net = { 0, NULL, false, cli_progress_for(), NULL };
	const struct opt opts[] = {
		OPT_STRING(0, "url", &url, "URL", "base URL of the feed (default " DEFAULT_FEED_URL ")"),
		OPT_STRING(0, "from-dir", &from_dir, "DIR", "read the feed from directory DIR (no network)"),
		OPT_STRING(0, "pubkey", &pubkey, "FILE", "trust this PEM Ed25519 public key instead of the built-in one"),
		OPT_STRING(0, "cacert", &net.cacert, "FILE", "verify the server with the CA certificates in FILE"),
		OPT_BOOL(0, "insecure", &net.insecure, "do not verify the server's TLS certificate"),
		OPT_DURATION(0, "timeout", &timeout, "DURATION", "give up after DURATION unconnected or under 1 KiB/s (default 30)"),
		OPT_END(),
	};
	unsigned char key[32];
	struct kt_error err = { 0, "" };
	struct kt_update_opts u = { 0 };
	struct kt_update_result res;
	char *dir;
	int rc;

	if (parse_options_or_exit(argc, argv, opts, usage) != 0)
		die_usage("update: unexpected argument");
	check_options(url, from_dir, timeout);
	net.timeout = (long)timeout;
	u.base = feed_base(url, from_dir);
	u.from_dir = from_dir != NULL;
	load_key(pubkey, key);
	u.key = key;
	u.net = &net;
	u.dir = dir = data_dir();
	u.version = PACKAGE_VERSION;
	u.warn = warn_cb;
	if ((rc = kt_update_run(&u, &res, &err)) == 0) {
		report(&u, &res);
	} else {
		error("update: %s", err.msg);
		if (res.discarded)
			error("update: the installed database was not changed");
	}
	free(dir);
	return rc ? EXIT_USAGE : 0;
}

const struct cmd cmd_update = { "update", "fetch a newer signed signature database", run };
