/* SPDX-License-Identifier: GPL-2.0-or-later */
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

#include "cli-config.h"
#include "cli-db.h"
#include "cmd.h"
#include "feed.h"
#include "file.h"
#include "ktriage.h"
#include "net.h"
#include "opts.h"
#include "sigdb.h"
#include "signature.h"
#include "usage.h"
#include "util.h"

/* Flags to kt_update_opts, or exit 2. */
static void
check_options(const char *url, const char *from_dir, double timeout)
{
	if (url && from_dir)
		die_usage("update: --url and --from-dir exclude each other");
	if (timeout < 1 || timeout > 86400)
		die_usage("--timeout must be between 1 and 86400 seconds");
}

/* The feed: --from-dir, --url, $KTRIAGE_UPDATE_URL, then feed-url of the configuration. */
static const char *
feed_base(const char *url, const char *from_dir)
{
	const char *env = getenv("KTRIAGE_UPDATE_URL");
	const char *base = from_dir ? from_dir : url ? url : env && *env ? env :
	    cli_config()->feed_url;

	if (!base)
		die("update: no feed configured: give --url URL, set KTRIAGE_UPDATE_URL, or add a "
		    "line 'feed-url = URL' to ~/.config/ktriage/config (see CONFIGURATION in "
		    "ktriage(1))");
	if (!from_dir && !kt_is_url(base))
		die_usage("update: --url must be an http:// or https:// URL");
	return base;
}

/* --pubkey, then feed-key of the configuration, then the project's key. */
static void
load_key(const char *pubkey, unsigned char key[32])
{
	struct kt_error err = { 0, "" };

	if (!pubkey)
		pubkey = cli_config()->feed_key;
	if (!pubkey)
		memcpy(key, kt_feed_pubkey, 32);
	else if (kt_pubkey_load(pubkey, key, &err))
		die("update: %s", err.msg);
}

/* The data directory, created 0700 if need be (malloc'ed). */
static char *
data_dir(void)
{
	char *dir = kt_xdg_path("XDG_DATA_HOME", ".local/share", "ktriage");
	struct kt_error err = { 0, "" };

	if (!dir)
		die("update: no data directory (set XDG_DATA_HOME or HOME)");
	if (kt_mkdir_private(dir, &err))
		die("update: %s", err.msg);
	return dir;
}

/* The newest other database of this machine (installed, built in): rollback's floor. */
static void
rollback_floor(struct kt_update_opts *u, char *name, size_t len)
{
	static const char installed[] = KT_PKGDATADIR "/signatures.db";
	struct kt_sigset *set;
	unsigned long long v;

	if ((set = kt_sigdb_open_memory(kt_builtin_db, kt_builtin_db_len, NULL))) {
		v = strtoull(set->db_version ? set->db_version : "0", NULL, 10);
		if (v > u->floor_version) {
			u->floor_version = v;
			snprintf(name, len, "the database built into ktriage");
		}
		kt_sigset_free(set);
	}
	if ((set = kt_sigdb_open(installed, NULL))) {
		v = strtoull(set->db_version ? set->db_version : "0", NULL, 10);
		if (v > u->floor_version) {
			u->floor_version = v;
			snprintf(name, len, "the installed %s", installed);
		}
		kt_sigset_free(set);
	}
	u->floor_name = name;
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
		"On any failure the installed database stays as it was.  The feed comes from",
		"--url, $KTRIAGE_UPDATE_URL or feed-url in ~/.config/ktriage/config.",
		NULL,
	};
	const char *url = NULL, *from_dir = NULL, *pubkey = NULL;
	double timeout = KT_NET_DEFAULT_TIMEOUT;
	struct kt_net_opts net = { 0, NULL, false, cli_progress_for(), NULL, NULL, NULL };
	const struct opt opts[] = {
		OPT_STRING(0, "url", &url, "URL", "base URL of the feed (default: $KTRIAGE_UPDATE_URL, feed-url of the configuration)"),
		OPT_STRING(0, "from-dir", &from_dir, "DIR", "read the feed from directory DIR (no network)"),
		OPT_STRING(0, "pubkey", &pubkey, "FILE", "trust this PEM Ed25519 public key (default: feed-key of the configuration, else the built-in one)"),
		OPT_STRING(0, "cacert", &net.cacert, "FILE", "verify the server with the CA certificates in FILE"),
		OPT_BOOL(0, "insecure", &net.insecure, "do not verify the server's TLS certificate"),
		OPT_DURATION(0, "timeout", &timeout, "DURATION", "give up after DURATION unconnected or under 1 KiB/s (default 30)"),
		OPT_END(),
	};
	unsigned char key[32];
	struct kt_error err = { 0, "" };
	struct kt_update_opts u = { 0 };
	struct kt_update_result res;
	char *dir, floor[sizeof(KT_PKGDATADIR) + 64];
	int rc;

	if (parse_options_or_exit(argc, argv, opts, usage) != 0)
		die_usage("update: unexpected argument");
	check_options(url, from_dir, timeout);
	net.timeout = (long)timeout;
	cli_net_auth(&net);
	cli_warn_insecure(&net);
	u.base = feed_base(url, from_dir);
	u.from_dir = from_dir != NULL;
	load_key(pubkey, key);
	u.key = key;
	u.net = &net;
	u.dir = dir = data_dir();
	u.version = PACKAGE_VERSION;
	rollback_floor(&u, floor, sizeof(floor));
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
