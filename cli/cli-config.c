/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cli-config: the configuration file (cli-config.h, CONFIGURATION in ktriage(1)). */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli-config.h"
#include "ktriage.h"
#include "signature.h"
#include "strbuf.h"
#include "usage.h"
#include "util.h"

#define CONFIG_MAX 65536	/* bytes: a configuration file is a few lines */

/* What a value must look like; NULL when it is fine, else why not. */
typedef const char *(*check_fn)(const char *v);

static const char *
check_url(const char *v)
{
	return kt_is_url(v) ? NULL : "must be an http:// or https:// URL";
}

static const char *
check_path(const char *v)
{
	return v[0] == '/' || (v[0] == '~' && v[1] == '/') ? NULL :
	    "must be an absolute path (or start with ~/)";
}

static const char *
check_host(const char *v)
{
	size_t n = v[0] == '[' ? strcspn(v, "]") + 1 : strspn(v,
	    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

	if (!n || (v[0] == '[' && v[n - 1] != ']'))
		return "must be a host name, optionally with :PORT";
	if (!v[n])
		return NULL;
	return v[n] == ':' && v[n + 1] && strspn(v + n + 1, "0123456789") == strlen(v + n + 1) ?
	    NULL : "must be a host name, optionally with :PORT";
}

static const char *
check_confidence(const char *v)
{
	enum kt_confidence c;

	return kt_confidence_parse(v, &c) ? "must be low, medium or high" : NULL;
}

static struct cli_config config;

static const struct {
	const char *key;
	size_t offset;
	check_fn check;
} keys[] = {
	{ "feed-url", offsetof(struct cli_config, feed_url), check_url },
	{ "feed-key", offsetof(struct cli_config, feed_key), check_path },
	{ "token-host", offsetof(struct cli_config, token_host), check_host },
	{ "min-confidence", offsetof(struct cli_config, min_confidence), check_confidence },
	{ "history", offsetof(struct cli_config, history), check_path },
};

/* ~/x -> $HOME/x (malloc'ed) */
static char *
expand_home(const char *v)
{
	const char *home = getenv("HOME");
	struct strbuf sb = STRBUF_INIT;

	if (v[0] != '~' || !home)
		return xstrdup(v);
	strbuf_addf(&sb, "%s%s", home, v + 1);
	return strbuf_detach(&sb, NULL);
}

static char *
trim(char *s, char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	*end = '\0';
	return s;
}

/* One "key = value" line. */
static void
config_line(const char *file, unsigned lineno, char *line)
{
	char *eq = strchr(line, '='), *key, *value;
	struct strbuf names = STRBUF_INIT;

	if (!eq)
		die("%s:%u: expected 'key = value'", file, lineno);
	key = trim(line, eq);
	value = trim(eq + 1, eq + 1 + strlen(eq + 1));
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++) {
		char **slot = (char **)((char *)&config + keys[i].offset);
		const char *why;

		if (strcmp(key, keys[i].key))
			continue;
		if (*slot)
			die("%s:%u: %s given twice", file, lineno, key);
		if (!*value)
			die("%s:%u: %s: no value", file, lineno, key);
		if ((why = keys[i].check(value)))
			die("%s:%u: %s '%s' %s", file, lineno, key, value, why);
		*slot = keys[i].check == check_path ? expand_home(value) : xstrdup(value);
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++)
		strbuf_addf(&names, "%s%s", i ? ", " : "", keys[i].key);
	die("%s:%u: unknown key '%s' (expected %s)", file, lineno, key, names.buf);
}

static void
config_parse(const char *file, char *text)
{
	unsigned lineno = 0;

	for (char *line = text; *line;) {
		char *nl = strchr(line, '\n'), *p;

		if (nl)
			*nl = '\0';
		lineno++;
		p = line + strspn(line, " \t\r");
		if (*p && *p != '#')
			config_line(file, lineno, p);
		if (!nl)
			break;
		line = nl + 1;
	}
}

const struct cli_config *
cli_config(void)
{
	static bool loaded;
	static char *path;
	size_t len;
	char *text;
	FILE *fp;

	if (loaded)
		return &config;
	loaded = true;
	if (!(path = kt_xdg_path("XDG_CONFIG_HOME", ".config", "ktriage/config")))
		return &config;
	/* a symbolic link is followed here: dotfile managers make them */
	if (!(fp = fopen(path, "r"))) {
		if (errno == ENOENT || errno == ENOTDIR)
			return &config;
		die("%s: cannot open: %s", path, strerror(errno));
	}
	text = xmalloc(CONFIG_MAX + 1);
	len = fread(text, 1, CONFIG_MAX + 1, fp);
	if (ferror(fp))
		die("%s: cannot read: %s", path, strerror(errno));
	fclose(fp);
	if (len > CONFIG_MAX)
		die("%s: larger than %d bytes", path, CONFIG_MAX);
	text[len] = '\0';
	if (memchr(text, '\0', len))
		die("%s: not a text file", path);
	config.path = path;
	config_parse(path, text);
	free(text);
	return &config;
}

void
cli_net_auth(struct kt_net_opts *net)
{
	const char *token = getenv("KTRIAGE_TOKEN"), *host = getenv("KTRIAGE_TOKEN_HOST");

	net->token = token && *token ? token : NULL;
	if (!net->token)
		return;
	net->token_host = host && *host ? host : cli_config()->token_host;
	if (host && *host && check_host(host))
		die("KTRIAGE_TOKEN_HOST '%s' %s", host, check_host(host));
}

void
cli_warn_insecure(const struct kt_net_opts *net)
{
	if (net->insecure)
		warning("--insecure: TLS certificates are not verified; anyone on the network path "
		    "can read or change what is downloaded");
}
