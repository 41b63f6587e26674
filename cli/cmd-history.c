/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ktriage history: how often each known bug and each crash fingerprint was
 * seen, and when first and last, from the history "scan --record" keeps.
 */
#include "config.h"

#include <ctype.h>
#include <jansson.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cmd.h"
#include "cli-config.h"
#include "history.h"
#include "net.h"
#include "lines.h"
#include "opts.h"
#include "strbuf.h"
#include "usage.h"
#include "util.h"

static const char *const history_usage[] = {
	"ktriage history [--history FILE] [--since WHEN] [--signature ID]",
	"                       [--by signature|fingerprint] [--format text|json]",
	"",
	"How often each known bug (--by signature) or each distinct crash",
	"(--by fingerprint) was recorded by 'ktriage scan --record', and when it",
	"was first and last seen; most frequent first.",
	"WHEN is a date (2026-11-01), a date and time (2026-11-01T08:00, local",
	"time unless followed by Z or +HH:MM), an age (a duration: 30m, 1.5h, 7d,",
	"2w, 1d12h) or @SECONDS since the epoch.",
	"",
	"Exit status: 0 success, 2 usage error or unusable history file.",
	NULL,
};

static bool
read_num(const char **p, int digits, int *v)
{
	int n = 0;

	for (int i = 0; i < digits; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return false;
		n = n * 10 + ((*p)[i] - '0');
	}
	*p += digits;
	*v = n;
	return true;
}

/* [Z|z|(+|-)HH[:]MM] at *s: *zone when one was given, *off its seconds east of UTC. */
static bool
parse_zone(const char **s, bool *zone, int *off)
{
	int sign, oh, om = 0;

	if (**s == 'Z' || **s == 'z') {
		*zone = true;
		(*s)++;
		return true;
	}
	if (**s != '+' && **s != '-')
		return true;
	sign = *(*s)++ == '-' ? -1 : 1;
	if (!read_num(s, 2, &oh))
		return false;
	if (**s == ':')
		(*s)++;
	if (**s && !read_num(s, 2, &om))
		return false;
	if (oh > 23 || om > 59)
		return false;
	*zone = true;
	*off = sign * (oh * 3600 + om * 60);
	return true;
}

/* (T| )HH:MM[:SS] and a zone at *s, if there is a time at all. */
static bool
parse_time(const char **s, struct tm *tm, bool *zone, int *off)
{
	if (**s != 'T' && **s != ' ')
		return true;
	(*s)++;
	if (!read_num(s, 2, &tm->tm_hour) || *(*s)++ != ':' || !read_num(s, 2, &tm->tm_min))
		return false;
	if (**s == ':' && ((*s)++, !read_num(s, 2, &tm->tm_sec)))
		return false;
	return parse_zone(s, zone, off);
}

/* YYYY-MM-DD[(T| )HH:MM[:SS]][Z|(+|-)HH[:]MM]; local time without a zone. */
static bool
parse_date(const char *s, long long *out)
{
	struct tm tm = { 0 }, check;
	int off = 0;
	bool zone = false;
	time_t t;

	if (!read_num(&s, 4, &tm.tm_year) || *s++ != '-' || !read_num(&s, 2, &tm.tm_mon) ||
	    *s++ != '-' || !read_num(&s, 2, &tm.tm_mday) || !parse_time(&s, &tm, &zone, &off))
		return false;
	if (*s || tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
	    tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60)
		return false;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_isdst = -1;
	check = tm;
	t = zone ? timegm(&tm) : mktime(&tm);
	/* normalisation moved the day: 2026-02-30 does not exist */
	if (tm.tm_mday != check.tm_mday || tm.tm_mon != check.tm_mon)
		return false;
	*out = (long long)t - off;
	return true;
}

static long long
parse_since(const char *s)
{
	long long v;
	double age;

	if (s[0] == '@' && s[1]) {
		char *end;

		v = strtoll(s + 1, &end, 10);
		if (!*end)
			return v;
	} else if (!kt_parse_duration(s, false, &age)) {
		return (long long)time(NULL) - (long long)age;
	} else if (parse_date(s, &v)) {
		return v;
	}
	die_usage("history: --since: cannot read '%s' (expected a date like 2026-11-01, a date and "
	    "time like 2026-11-01T08:00, an age like 7d or 12h, or @SECONDS)", s);
}

/*
 * Text from the history file may be anything: print it with the writers'
 * policy (kt_clean_text: valid UTF-8, no control or BiDi characters).
 */
static const char *
clean(struct strbuf *sb, const char *s)
{
	strbuf_reset(sb);
	if (s)
		kt_clean_text(sb, s, strlen(s));
	return sb->buf;
}

static const char *
local_time(char *buf, size_t len, long long t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!localtime_r(&tt, &tm) || !strftime(buf, len, "%Y-%m-%d %H:%M:%S", &tm))
		snprintf(buf, len, "@%lld", t);
	return buf;
}

static json_t *
jstr(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	json_t *j;

	if (!s)
		return json_null();
	j = json_string(clean(&sb, s));
	strbuf_release(&sb);
	return j ? j : json_null();
}

static void
print_json(const struct kt_history_row *rows, size_t n, enum kt_history_by by)
{
	char t[64];

	for (size_t i = 0; i < n; i++) {
		const struct kt_history_row *r = &rows[i];
		json_t *o = json_object();

		if (by == KT_HISTORY_BY_FINGERPRINT) {
			json_object_set_new(o, "fingerprint", jstr(r->fingerprint));
			json_object_set_new(o, "title", jstr(r->title));
			json_object_set_new(o, "kind", jstr(r->kind));
			json_object_set_new(o, "signature", jstr(r->signature));
		} else {
			json_object_set_new(o, "signature", jstr(r->signature));
			json_object_set_new(o, "fingerprints", json_integer((json_int_t)r->fingerprints));
		}
		json_object_set_new(o, "count", json_integer((json_int_t)r->count));
		json_object_set_new(o, "first_seen", json_string(kt_format_utc(r->first_seen, t, sizeof(t))));
		json_object_set_new(o, "last_seen", json_string(kt_format_utc(r->last_seen, t, sizeof(t))));
		if (by == KT_HISTORY_BY_SIGNATURE)
			json_object_set_new(o, "last_title", jstr(r->title));
		json_object_set_new(o, "last_source", jstr(r->source));
		json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
	}
}

static void
print_text(const struct kt_history_row *rows, size_t n, const struct kt_history_totals *tot,
    enum kt_history_by by, const char *since)
{
	struct strbuf sb = STRBUF_INIT;
	unsigned long long reports = 0;
	char a[64], b[64];
	int wsig = 9, wkind = 4;

	for (size_t i = 0; i < n; i++) {
		int len = (int)strlen(clean(&sb, rows[i].signature ? rows[i].signature : KT_HISTORY_UNKNOWN));

		wsig = len > wsig ? (len > 60 ? 60 : len) : wsig;
		len = (int)strlen(clean(&sb, rows[i].kind));
		wkind = len > wkind ? (len > 12 ? 12 : len) : wkind;
		reports += rows[i].count;
	}
	if (n) {
		if (by == KT_HISTORY_BY_FINGERPRINT)
			printf("%6s  %-19s  %-19s  %-16s  %-*s  %-*s  %s\n", "COUNT", "FIRST SEEN", "LAST SEEN",
			    "FINGERPRINT", wsig, "SIGNATURE", wkind, "KIND", "TITLE");
		else
			printf("%6s  %-19s  %-19s  %s\n", "COUNT", "FIRST SEEN", "LAST SEEN", "SIGNATURE");
	}
	for (size_t i = 0; i < n; i++) {
		const struct kt_history_row *r = &rows[i];

		printf("%6llu  %-19s  %-19s  ", r->count, local_time(a, sizeof(a), r->first_seen),
		    local_time(b, sizeof(b), r->last_seen));
		if (by == KT_HISTORY_BY_FINGERPRINT) {
			/* clean() reuses its buffer: one call per printf */
			printf("%-16s  ", clean(&sb, r->fingerprint));
			printf("%-*s  ", wsig, r->signature ? clean(&sb, r->signature) : KT_HISTORY_UNKNOWN);
			printf("%-*s  ", wkind, clean(&sb, r->kind));
			printf("%s\n", clean(&sb, r->title));
		} else if (r->signature) {
			printf("%s\n", clean(&sb, r->signature));
		} else {
			printf("%s (%llu fingerprint%s)\n", KT_HISTORY_UNKNOWN, r->fingerprints,
			    r->fingerprints == 1 ? "" : "s");
		}
	}
	if (n)
		putchar('\n');
	if (!tot->runs)
		printf("no run recorded%s%s\n", since ? " since " : "", since ? since : "");
	else if (!n)
		printf("no crash report in %llu recorded run%s, %s to %s\n", tot->runs,
		    tot->runs == 1 ? "" : "s", local_time(a, sizeof(a), tot->first_run),
		    local_time(b, sizeof(b), tot->last_run));
	else
		printf("%llu crash report%s in %llu recorded run%s, %s to %s\n", reports,
		    reports == 1 ? "" : "s", tot->runs, tot->runs == 1 ? "" : "s",
		    local_time(a, sizeof(a), tot->first_run), local_time(b, sizeof(b), tot->last_run));
	strbuf_release(&sb);
}

static int
run(int argc, char **argv)
{
	const char *history = NULL, *since = NULL, *signature = NULL, *format = "text", *by = "signature";
	const struct opt opts[] = {
		OPT_STRING(0, "history", &history, "FILE",
		    "history file (default: history of the configuration, else ~/.local/state/ktriage/history.db)"),
		OPT_STRING(0, "since", &since, "WHEN", "only what was recorded since WHEN (date, date-time, 7d, 12h)"),
		OPT_STRING(0, "signature", &signature, "ID", "only crashes matched by signature ID ('unknown': by none)"),
		OPT_STRING(0, "by", &by, "KEY", "group by signature (default) or fingerprint"),
		OPT_STRING('f', "format", &format, "FORMAT", "output format: text or json (default text)"),
		OPT_END(),
	};
	struct kt_history_query q = { KT_HISTORY_BY_SIGNATURE, LLONG_MIN, NULL };
	struct kt_history_totals tot;
	struct kt_history_row *rows;
	struct kt_error err = { 0, "" };
	size_t n;
	char *path;
	bool json;

	if (parse_options_or_exit(argc, argv, opts, history_usage) != 0)
		die_usage("history: unexpected argument '%s'", argv[0]);
	if (!strcmp(format, "json"))
		json = true;
	else if (!strcmp(format, "text"))
		json = false;
	else
		die_usage("history: unknown format '%s' (expected text or json)", format);
	if (!strcmp(by, "fingerprint"))
		q.by = KT_HISTORY_BY_FINGERPRINT;
	else if (strcmp(by, "signature"))
		die_usage("history: --by: unknown key '%s' (expected signature or fingerprint)", by);
	if (signature && !*signature)
		die_usage("history: --signature: empty signature id");
	q.signature = signature;
	if (since)
		q.since = parse_since(since);
	if (!history)
		history = cli_config()->history;
	if (!(path = history ? xstrdup(history) : kt_history_default_path()))
		die("history: no history file (set --history, XDG_STATE_HOME or HOME)");
	if (kt_history_query(path, &q, &rows, &n, &tot, &err)) {
		free(path);
		die("%s", err.msg);
	}
	/* records made before sources were stripped of credentials */
	for (size_t i = 0; i < n; i++)
		if (rows[i].source) {
			char *shown = kt_url_redact(rows[i].source);

			free(rows[i].source);
			rows[i].source = shown;
		}
	if (json)
		print_json(rows, n, q.by);
	else
		print_text(rows, n, &tot, q.by, since);
	kt_history_rows_free(rows, n);
	free(path);
	fflush(stdout);
	if (ferror(stdout))
		die("error writing output");
	return 0;
}

const struct cmd cmd_history = {
	"history", "how often and since when each crash was seen (scan --record)", run
};
