/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * manifest: the feed manifest, written (kt_manifest_format, for "ktriage
 * signatures publish") and read (kt_manifest_parse, for "ktriage update")
 * side by side so the two cannot drift apart.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feed.h"
#include "util.h"

void
kt_manifest_format(const struct kt_manifest *m, struct strbuf *out)
{
	char created[32], expires[32];

	strbuf_addf(out, "# ktriage signature feed: see ktriage-update(1)\n"
	    "format: %s\ndb-version: %llu\n", KT_MANIFEST_FORMAT, m->db_version);
	strbuf_addf(out, "db-url: %s\n", m->db_url);
	strbuf_addf(out, "db-size: %llu\ndb-sha256: %s\ncreated: %s\nexpires: %s\n", m->db_size,
	    m->db_sha256, kt_format_utc(m->created, created, sizeof(created)),
	    kt_format_utc(m->expires, expires, sizeof(expires)));
	if (m->min_version)
		strbuf_addf(out, "min-ktriage-version: %s\n", m->min_version);
}

int
kt_parse_utc(const char *s, long long *t)
{
	struct tm tm;
	int n = 0;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	    &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &n) != 6 || s[n])
		return -1;
	if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 ||
	    tm.tm_hour > 23 || tm.tm_min > 59 || tm.tm_sec > 60)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	*t = (long long)timegm(&tm);
	return 0;
}

int
kt_version_cmp(const char *a, const char *b)
{
	while (*a || *b) {
		unsigned long x = strtoul(a, (char **)&a, 10);
		unsigned long y = strtoul(b, (char **)&b, 10);

		if (x != y)
			return x < y ? -1 : 1;
		if (*a == '.')
			a++;
		else if (*a)
			break;
		if (*b == '.')
			b++;
		else if (*b)
			break;
	}
	return 0;
}

static bool
parse_ull(const char *s, unsigned long long *v)
{
	char *end;

	if (!*s || *s < '0' || *s > '9')
		return false;
	errno = 0;
	*v = strtoull(s, &end, 10);
	return !errno && !*end;
}

/* Keys every manifest must have (valid), seen so far. */
enum { HAVE_FORMAT = 1, HAVE_VERSION = 2, HAVE_SIZE = 4, HAVE_EXPIRES = 8, HAVE_ALL = 15 };

/* One "key: value" line; unknown keys are ignored: later formats may add some. */
static int
parse_key(struct kt_manifest *m, const char *key, const char *val, unsigned *have,
    struct kt_error *err)
{
	if (!strcmp(key, "format")) {
		if (strcmp(val, KT_MANIFEST_FORMAT))
			return kt_fail(err, KT_EFORMAT, "manifest: unknown format '%s'", val);
		*have |= HAVE_FORMAT;
	} else if (!strcmp(key, "db-version")) {
		*have = parse_ull(val, &m->db_version) ? *have | HAVE_VERSION : *have & ~HAVE_VERSION;
	} else if (!strcmp(key, "db-size")) {
		*have = parse_ull(val, &m->db_size) ? *have | HAVE_SIZE : *have & ~HAVE_SIZE;
	} else if (!strcmp(key, "db-sha256")) {
		if (strlen(val) == 64 && strspn(val, "0123456789abcdef") == 64)
			memcpy(m->db_sha256, val, 65);
	} else if (!strcmp(key, "db-url")) {
		free(m->db_url);
		m->db_url = xstrdup(val);
	} else if (!strcmp(key, "created")) {
		kt_parse_utc(val, &m->created);
	} else if (!strcmp(key, "expires")) {
		*have = !kt_parse_utc(val, &m->expires) ? *have | HAVE_EXPIRES : *have & ~HAVE_EXPIRES;
	} else if (!strcmp(key, "min-ktriage-version")) {
		free(m->min_version);
		m->min_version = xstrdup(val);
	}
	return 0;
}

/* Line lineno (n bytes at p, no newline): blank, a comment or "key: value". */
static int
parse_line(struct kt_manifest *m, const char *p, size_t n, unsigned long lineno, unsigned *have,
    struct kt_error *err)
{
	char line[1024], *colon, *val;

	if (n >= sizeof(line))
		return kt_fail(err, KT_EFORMAT, "manifest: line %lu too long", lineno);
	memcpy(line, p, n);
	line[n] = 0;
	if (n && line[n - 1] == '\r')
		line[--n] = 0;
	if (!n || line[0] == '#')
		return 0;
	if (!(colon = strchr(line, ':')))
		return kt_fail(err, KT_EFORMAT, "manifest: line %lu: expected 'key: value'", lineno);
	*colon = 0;
	for (val = colon + 1; *val == ' ' || *val == '\t'; val++)
		;
	return parse_key(m, line, val, have, err);
}

int
kt_manifest_parse(const char *text, size_t len, struct kt_manifest *m, struct kt_error *err)
{
	const char *p = text, *end = text + len;
	unsigned long lineno = 0;
	unsigned have = 0;

	memset(m, 0, sizeof(*m));
	if (memchr(text, 0, len))
		return kt_fail(err, KT_EFORMAT, "manifest: contains NUL bytes");
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (parse_line(m, p, n, ++lineno, &have, err)) {
			kt_manifest_release(m);
			return -1;
		}
		p += n + (nl ? 1 : 0);
	}
	if (have != HAVE_ALL || !m->db_sha256[0] || !m->db_url || !*m->db_url) {
		kt_manifest_release(m);
		return kt_fail(err, KT_EFORMAT, "manifest: missing or invalid key (format, db-version, "
		    "db-size, db-sha256, db-url and expires are required)");
	}
	return 0;
}

void
kt_manifest_release(struct kt_manifest *m)
{
	free(m->db_url);
	free(m->min_version);
	m->db_url = m->min_version = NULL;
}
