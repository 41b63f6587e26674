/*
 * sigfield: the signature condition fields and kinds (see sigfield.h for
 * how to add a field).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sigfield.h"

/* Each of n lines; a line's text is never NULL. */
static int
each_line(const struct kt_line *l, size_t n, kt_field_value_fn fn, void *arg)
{
	int rc = 0;

	for (size_t i = 0; i < n && !rc; i++)
		rc = fn(l[i].text, arg);
	return rc;
}

static int
each_report_line(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	return each_line(r->lines, r->nlines, fn, arg);
}

static int
each_context_line(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	return each_line(r->context, r->ncontext, fn, arg);
}

static int
each_log_line(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = each_report_line(r, fn, arg);

	return rc ? rc : each_context_line(r, fn, arg);
}

static int
each_frame(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = 0;

	for (size_t i = 0; i < r->nframes && !rc; i++)
		if (r->frames[i].function)
			rc = fn(r->frames[i].function, arg);
	return rc;
}

static int
each_access(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	const char *v = kt_access_name(r->access);

	return v ? fn(v, arg) : 0;
}

const struct kt_field_def kt_fields[KT_F_COUNT] = {
	[KT_F_LINE] = { "line", KT_FIELD_TEXT, .each = each_report_line },
	[KT_F_TITLE] = { "title", KT_FIELD_TEXT, KT_REPORT_STR(title) },
	[KT_F_FRAME] = { "frame", KT_FIELD_TEXT, .each = each_frame },
	[KT_F_CONTEXT] = { "context", KT_FIELD_TEXT, .each = each_context_line },
	[KT_F_LOG] = { "log", KT_FIELD_TEXT | KT_FIELD_UNION, .each = each_log_line },
	[KT_F_ARCH] = { "arch", 0, KT_REPORT_STR(arch) },
	[KT_F_MMU] = { "mmu", 0, KT_REPORT_STR(mmu) },
	[KT_F_PLATFORM] = { "platform", 0, KT_REPORT_STR(platform) },
	[KT_F_RELEASE] = { "release", 0, KT_REPORT_STR(release) },
	[KT_F_KIND] = { "kind", 0, KT_REPORT_STR(kind) },
	[KT_F_ACCESS] = { "access", 0, .each = each_access },
	[KT_F_HEADER] = { "header", KT_FIELD_TEXT, KT_REPORT_STR(header) },
	[KT_F_GUILTY] = { "guilty", KT_FIELD_TEXT, KT_REPORT_STR(guilty) },
};

/* A row left out of the table is a bug every test run finds. */
static const struct kt_field_def *
field_def(enum kt_field f)
{
	if (f >= KT_F_COUNT || !kt_fields[f].name) {
		fprintf(stderr, "ktriage: BUG: signature field %d has no row in kt_fields[]\n", (int)f);
		abort();
	}
	return &kt_fields[f];
}

const char *
kt_field_name(enum kt_field f)
{
	return f < KT_F_COUNT ? field_def(f)->name : "?";
}

int
kt_field_lookup(const char *name, size_t len, enum kt_field *f)
{
	for (int i = 0; i < KT_F_COUNT; i++) {
		const char *n = field_def((enum kt_field)i)->name;

		if (strlen(n) == len && !strncmp(n, name, len)) {
			*f = (enum kt_field)i;
			return 0;
		}
	}
	return -1;
}

int
kt_field_each(enum kt_field f, const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	const struct kt_field_def *d = field_def(f);
	const char *v;

	if (d->each)
		return d->each(r, fn, arg);
	v = *(const char *const *)((const char *)r + d->str_off);
	return v ? fn(v, arg) : 0;
}

void
kt_field_list(struct strbuf *sb, unsigned flags)
{
	int last = -1, n = 0;

	for (int i = 0; i < KT_F_COUNT; i++)
		if ((field_def((enum kt_field)i)->flags & flags) == flags)
			last = i;
	for (int i = 0; i < KT_F_COUNT; i++) {
		if ((kt_fields[i].flags & flags) != flags)
			continue;
		if (n++)
			strbuf_addstr(sb, i == last ? " or " : ", ");
		strbuf_addstr(sb, kt_fields[i].name);
	}
}

void
kt_field_set(struct strbuf *sb)
{
	for (int i = 0; i < KT_F_COUNT; i++) {
		if (i)
			strbuf_addch(sb, ',');
		strbuf_addstr(sb, field_def((enum kt_field)i)->name);
	}
}

static const struct {
	const char *name, *dbname;
} kinds[KT_COND_NKINDS] = {
	[KT_COND_REQUIRE] = { "Require", "require" },
	[KT_COND_SUPPORT] = { "Support", "support" },
	[KT_COND_REJECT] = { "Reject", "reject" },
};

const char *
kt_cond_kind_name(enum kt_cond_kind k)
{
	return k < KT_COND_NKINDS ? kinds[k].name : "?";
}

const char *
kt_cond_kind_dbname(enum kt_cond_kind k)
{
	return k < KT_COND_NKINDS ? kinds[k].dbname : "?";
}

int
kt_cond_kind_from_dbname(const char *s, enum kt_cond_kind *k)
{
	for (int i = 0; i < KT_COND_NKINDS; i++)
		if (!strcmp(kinds[i].dbname, s)) {
			*k = (enum kt_cond_kind)i;
			return 0;
		}
	return -1;
}
