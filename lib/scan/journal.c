/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "journal.h"

/* Field names journald writes besides the trusted "_" ones (systemd.journal-fields(7)). */
static const char *const user_fields[] = {
	"MESSAGE", "MESSAGE_ID", "PRIORITY", "ERRNO", "TID", "UNIT", "USER_UNIT",
	"INVOCATION_ID", "USER_INVOCATION_ID", "DOCUMENTATION", "SYSLOG_", "CODE_",
	"COREDUMP_", "OBJECT_",
};

void
kt_journal_init(struct kt_journal *j)
{
	memset(j, 0, sizeof(*j));
	strbuf_init(&j->msg, 0);
}

void
kt_journal_release(struct kt_journal *j)
{
	strbuf_release(&j->msg);
}

static bool
known_field(const char *name, size_t n)
{
	if (name[0] == '_')
		return true;
	for (size_t i = 0; i < sizeof(user_fields) / sizeof(user_fields[0]); i++) {
		size_t k = strlen(user_fields[i]);
		bool prefix = user_fields[i][k - 1] == '_';

		if ((prefix ? n > k : n == k) && !memcmp(name, user_fields[i], k))
			return true;
	}
	return false;
}

/* The length of "NAME" in "NAME=value" at s, or 0. */
static size_t
field_name(const char *s, size_t len)
{
	size_t n = 0;

	while (n < len && ((s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '_'))
		n++;
	if (!n || n == len || s[n] != '=' || (s[0] >= '0' && s[0] <= '9') || !known_field(s, n))
		return 0;
	return n;
}

static bool
is_name(const char *s, size_t n, const char *name)
{
	return strlen(name) == n && !memcmp(s, name, n);
}

static void
set_time_us(bool *has_time, double *time, const char *s)
{
	char *end;
	double us = strtod(s, &end);

	if (end != s && us >= 0) {
		*has_time = true;
		*time = us / 1e6;
	}
}

static void
add_json_message(struct kt_journal *j, json_t *m)
{
	size_t i;
	json_t *b;

	if (json_is_string(m)) {
		strbuf_add(&j->msg, json_string_value(m), json_string_length(m));
		return;
	}
	json_array_foreach(m, i, b) {	/* a message that is not UTF-8: its bytes */
		char c = (char)json_integer_value(b);

		strbuf_add(&j->msg, &c, 1);
	}
}

/* journalctl -o json: the whole entry on one line. */
static enum kt_journal_kind
json_entry(struct kt_journal *j, const char *s, size_t len)
{
	json_t *o = json_loadb(s, len, JSON_DISABLE_EOF_CHECK, NULL), *m, *v;
	enum kt_journal_kind kind = KT_JOURNAL_NONE;

	if (!json_is_object(o))
		goto out;
	m = json_object_get(o, "MESSAGE");
	if (!json_is_string(m) && !json_is_array(m))
		goto out;
	strbuf_reset(&j->msg);
	add_json_message(j, m);
	v = json_object_get(o, "_TRANSPORT");
	j->user = json_is_string(v) && strcmp(json_string_value(v), "kernel");
	j->has_time = false;
	if (json_is_string(v = json_object_get(o, "_SOURCE_MONOTONIC_TIMESTAMP")))
		set_time_us(&j->has_time, &j->time, json_string_value(v));
	kind = KT_JOURNAL_MESSAGE;
out:
	json_decref(o);
	return kind;
}

/* journalctl -o export / -o verbose: a field on its line. */
static enum kt_journal_kind
field_line(struct kt_journal *j, const char *s, size_t len)
{
	size_t n = field_name(s, len);
	const char *v = s + n + 1;
	size_t vlen = n ? len - n - 1 : 0;

	if (!n)
		return KT_JOURNAL_NONE;
	if (is_name(s, n, "__CURSOR")) {
		j->entry_user = false;	/* a new entry */
		j->field_has_time = false;
	} else if (is_name(s, n, "SYSLOG_IDENTIFIER") || is_name(s, n, "_TRANSPORT")) {
		j->entry_user = !(vlen == 6 && !memcmp(v, "kernel", 6));
	} else if (is_name(s, n, "_SOURCE_MONOTONIC_TIMESTAMP")) {
		char num[32];

		if (vlen < sizeof(num)) {
			memcpy(num, v, vlen);
			num[vlen] = '\0';
			set_time_us(&j->field_has_time, &j->field_time, num);
		}
	} else if (is_name(s, n, "MESSAGE")) {
		strbuf_reset(&j->msg);
		strbuf_add(&j->msg, v, vlen);
		j->user = j->entry_user;
		j->time = j->field_time;
		j->has_time = j->field_has_time;
		/* the fields before the next message are the next entry's */
		j->entry_user = j->field_has_time = false;
		return KT_JOURNAL_MESSAGE;
	}
	return KT_JOURNAL_FIELD;
}

/* "Wed 2026-12-02 08:00:01.123456 UTC [s=...;i=...;b=...": a verbose entry starts. */
static bool
verbose_header(const char *s, size_t len)
{
	const char *p = len > 3 ? memchr(s, '[', len) : NULL;

	return p && (size_t)(p - s) + 3 < len && !memcmp(p, "[s=", 3) &&
	    memmem(p, len - (size_t)(p - s), ";i=", 3) && memmem(p, len - (size_t)(p - s), ";b=", 3);
}

enum kt_journal_kind
kt_journal_line(struct kt_journal *j, const char *raw, size_t len)
{
	size_t at = 0;

	enum kt_journal_kind kind;

	while (at < len && at < 4 && raw[at] == ' ')
		at++;	/* verbose indents its fields */
	if (at == len || (len == 1 && raw[0] == '\r')) {
		/* export's blank line between entries is no line of the log */
		kind = j->in_entry ? KT_JOURNAL_FIELD : KT_JOURNAL_NONE;
		j->in_entry = false;
		return kind;
	}
	if (raw[at] == '\x1e')
		at++;	/* json-seq */
	else if (len - at > 6 && !memcmp(raw + at, "data: ", 6))
		at += 6;	/* json-sse */
	if (raw[at] == '{')
		return memmem(raw + at, len - at, "\"MESSAGE\"", 9) ? json_entry(j, raw + at, len - at)
		    : KT_JOURNAL_NONE;
	if (raw[at] >= 'A' && raw[at] <= 'Z' && verbose_header(raw + at, len - at)) {
		j->entry_user = false;
		j->field_has_time = false;
		return KT_JOURNAL_FIELD;
	}
	kind = field_line(j, raw + at, len - at);
	j->in_entry = kind != KT_JOURNAL_NONE;
	return kind;
}
