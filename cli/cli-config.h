/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cli-config: the configuration file, $XDG_CONFIG_HOME/ktriage/config
 * (~/.config/ktriage/config), documented under CONFIGURATION in ktriage(1).
 *
 * "key = value" lines; blank lines and lines starting with '#' are ignored;
 * the value is the rest of the line, spaces around it trimmed.  An unknown
 * key, a bad value or a key given twice is an error "FILE:LINE: ..." (exit
 * 2).  What is set here is a default: a command-line option, then an
 * environment variable, come first.  To add a key: a member below, a row in
 * the table of cli-config.c, a line in ktriage(1).
 */
#ifndef KT_CLI_CONFIG_H
#define KT_CLI_CONFIG_H

#include "net.h"

struct cli_config {
	const char *path;		/* the file read, or NULL when there is none */
	char *feed_url;			/* feed-url: base URL of the "ktriage update" feed */
	char *feed_key;			/* feed-key: PEM Ed25519 public key the feed is signed with */
	char *token_host;		/* token-host: the host KTRIAGE_TOKEN is sent to */
	char *min_confidence;		/* min-confidence: scan's default --min-confidence */
	char *history;			/* history: the crash history file */
};

/* The configuration, read on first use; a file with errors exits 2 naming FILE:LINE. */
const struct cli_config *cli_config(void);

/* KTRIAGE_TOKEN and the host it is bound to (KTRIAGE_TOKEN_HOST, else token-host) into net. */
void cli_net_auth(struct kt_net_opts *net);

/* --insecure: the warning that the server is not verified, when it is set. */
void cli_warn_insecure(const struct kt_net_opts *net);

#endif
