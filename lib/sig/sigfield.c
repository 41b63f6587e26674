/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sigfield: the signature condition fields and kinds (see sigfield.h for
 * how to add a field).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sigfield.h"
#include "util.h"

/* Each of n lines; a line's text is never NULL. */
static int
each_line(const struct kt_line *l, size_t n, kt_field_value_fn fn, void *arg)
{
	int rc = 0;

	for (size_t i = 0; i < n && !rc; i++)
		rc = fn(l[i].text, arg);
	return rc;
}

/* The digits at s, their number (0: none). */
static size_t
digit_run(const char *s)
{
	return strspn(s, "0123456789");
}

/*
 * A WARN's header in either form: newer kernels print "WARNING:
 * mm/gup.c:1303 at __get_user_pages+0x27/0x5d0, CPU#2: trinity-c3/7645",
 * older ones "WARNING: CPU: 2 PID: 7645 at mm/gup.c:1303 __get_user_pages+
 * 0x27/0x5d0".  site is FILE:LINE, sym the function (up to the end of h in
 * the older form); the newer form also gives the task's cpu and pid.
 */
struct warn_header {
	const char *site, *sym, *cpu, *pid;
	size_t site_len, sym_len, cpu_len;
	bool newer;
};

/* Whether s[0..n) is FILE:LINE: no blank, a ":" and the line's digits ending it. */
static bool
warn_site(const char *s, size_t n)
{
	size_t line = 0;

	while (line < n && s[n - 1 - line] >= '0' && s[n - 1 - line] <= '9')
		line++;
	return line && line + 1 < n && s[n - 1 - line] == ':' && !memchr(s, ' ', n);
}

static bool
parse_warn_header(const char *h, struct warn_header *w)
{
	static const char lead[] = "WARNING: ";
	const char *at, *cpu, *end;

	if (!h)
		return false;
	h += strspn(h, " \t");	/* a quoted report may be indented */
	if (strncmp(h, lead, strlen(lead)) || !(at = strstr(h + strlen(lead), " at ")))
		return false;
	memset(w, 0, sizeof(*w));
	if (warn_site(h + strlen(lead), (size_t)(at - h) - strlen(lead))) {
		/* newer: FILE:LINE at SYM, CPU#N: COMM/PID (the comm may hold "/"
		 * itself: "swapper/0/0") */
		w->newer = true;
		w->site = h + strlen(lead);
		w->site_len = (size_t)(at - w->site);
		w->sym = at + 4;
		if (!(cpu = strstr(w->sym, ", CPU#")) || cpu == w->sym)
			return false;
		w->sym_len = (size_t)(cpu - w->sym);
		w->cpu = cpu + 6;
		w->cpu_len = digit_run(w->cpu);
		if (!w->cpu_len || strncmp(w->cpu + w->cpu_len, ": ", 2) ||
		    !(w->pid = strrchr(w->cpu + w->cpu_len + 2, '/')))
			return false;
		w->pid++;
		return digit_run(w->pid) && !w->pid[digit_run(w->pid)];
	}
	/* older: ... at FILE:LINE SYM (the path only needs its ":" and a digit last) */
	w->site = at + 4;
	end = w->site + strcspn(w->site, " ");
	if (*end != ' ' || end == w->site || !memchr(w->site, ':', (size_t)(end - w->site)) ||
	    !strchr("0123456789", end[-1]))
		return false;
	w->site_len = (size_t)(end - w->site);
	w->sym = end + 1;
	w->sym_len = strlen(w->sym);
	return true;
}

/*
 * A rule written from either form of a WARN's header must hold on both:
 * the header and the report's lines (line, log) also offer the older form
 * of a header printed in the newer one.  Written into buf; false when h
 * is no such header (or buf is too small).
 */
static bool
warn_older_form(const char *h, char *buf, size_t size)
{
	struct warn_header w;
	int n;

	if (!parse_warn_header(h, &w) || !w.newer)
		return false;
	n = snprintf(buf, size, "WARNING: CPU: %.*s PID: %s at %.*s %.*s", (int)w.cpu_len, w.cpu, w.pid,
	    (int)w.site_len, w.site, (int)w.sym_len, w.sym);
	return n > 0 && (size_t)n < size;
}

/* The header's older form (warn_older_form), when it has one, to fn. */
static int
each_older_form(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	char buf[512];

	return warn_older_form(r->header, buf, sizeof(buf)) ? fn(buf, arg) : 0;
}

static int
each_report_line(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = each_line(r->lines, r->nlines, fn, arg);

	return rc ? rc : each_older_form(r, fn, arg);
}

static int
each_header(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = r->header ? fn(r->header, arg) : 0;

	return rc ? rc : each_older_form(r, fn, arg);
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

/* One clone suffix at s (".part.3"), its length; 0 when s starts none. */
static size_t
clone_suffix(const char *s)
{
	static const struct { const char *name; bool number; } sfx[] = {
		{ ".part.", true }, { ".isra.", true }, { ".constprop.", true },
		{ ".llvm.", true }, { ".cold.", true }, { ".cold", false },
	};

	for (size_t i = 0; i < ARRAY_SIZE(sfx); i++) {
		size_t n = strlen(sfx[i].name), d;

		if (strncmp(s, sfx[i].name, n))
			continue;
		d = strspn(s + n, "0123456789");
		if (sfx[i].number ? d > 0 : !s[n] || s[n] == '.')
			return n + d;
	}
	return 0;
}

size_t
kt_function_name_len(const char *fn)
{
	/* a leading dot is part of a name (powerpc function descriptors) */
	const char *dot = fn[0] ? strchr(fn + 1, '.') : NULL;
	const char *p = dot;
	size_t n;

	if (!dot)
		return strlen(fn);
	while (*p && (n = clone_suffix(p)))
		p += n;
	return *p ? strlen(fn) : (size_t)(dot - fn);
}

/* fn with the clone suffixes of name folded */
static int
call_folded(const char *name, kt_field_value_fn fn, void *arg)
{
	size_t n = kt_function_name_len(name);
	char buf[256];

	if (!name[n] || n >= sizeof(buf))
		return fn(name, arg);
	memcpy(buf, name, n);
	buf[n] = '\0';
	return fn(buf, arg);
}

/*
 * An unreliable frame "? func+0x80/0x80" is a stack word at the very end of
 * func: x86 prints stack words as return addresses (%pB looks up the address
 * minus one), so a pointer to the start of the function after func, a
 * callback on the stack, reads as func's last byte.  It names func, but not
 * code of func that ran.
 */
static bool
names_next_function(const struct kt_frame *f)
{
	return !f->reliable && f->size > 0 && f->offset == f->size;
}

static int
each_frame(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = 0;

	for (size_t i = 0; i < r->nframes && !rc; i++)
		if (r->frames[i].function && !names_next_function(&r->frames[i]))
			rc = call_folded(r->frames[i].function, fn, arg);
	return rc;
}

static int
each_guilty(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	return r->guilty ? call_folded(r->guilty, fn, arg) : 0;
}

/* The function of a register's symbol ("zap_huge_pmd+0x1c/0x60 [mod]"),
 * suffixes folded; nothing for a bare address. */
static int
each_register_function(const char *sym, kt_field_value_fn fn, void *arg)
{
	size_t n = sym ? strcspn(sym, "+ \t([") : 0;
	char buf[256];

	if (!n || n >= sizeof(buf) || (sym[0] == '0' && sym[1] == 'x') ||
	    strspn(sym, "0123456789abcdef") == n)
		return 0;
	memcpy(buf, sym, n);
	buf[n] = '\0';
	return call_folded(buf, fn, arg);
}

/*
 * The function a WARNING's header says it is in, "... at mm/mremap.c:211
 * move_page_tables.cold+0x0/0x2b" (either form of the header): the program
 * counter's own, printed from the same registers, to fn.
 */
static int
each_warn_site(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	struct warn_header w;

	return parse_warn_header(r->header, &w) ? each_register_function(w.sym, fn, arg) : 0;
}

/* The pc's function, and the one syzbot's annotated registers say it was
 * inlined into; with no program counter printed, a WARNING's site. */
static int
each_pc(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = each_register_function(r->pc, fn, arg);

	if (!rc)
		rc = each_register_function(r->pc_caller, fn, arg);
	return rc || r->pc ? rc : each_warn_site(r, fn, arg);
}

static int
each_lr(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	return each_register_function(r->lr, fn, arg);
}

/* Every function the report names: its trace, its registers, its guilty one. */
static int
each_function(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	int rc = each_frame(r, fn, arg);

	if (!rc)
		rc = each_pc(r, fn, arg);
	if (!rc)
		rc = each_lr(r, fn, arg);
	return rc ? rc : each_guilty(r, fn, arg);
}

static int
each_access(const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	const char *v = kt_access_name(r->access);

	return v ? fn(v, arg) : 0;
}

const struct kt_field_def kt_fields[] = {
	{ "line", KT_FIELD_TEXT, .each = each_report_line },
	{ "title", KT_FIELD_TEXT, KT_REPORT_STR(title) },
	{ "frame", KT_FIELD_TEXT | KT_FIELD_SPECIFIC, .each = each_frame },
	{ "context", KT_FIELD_TEXT | KT_FIELD_SPECIFIC, .each = each_context_line },
	{ "log", KT_FIELD_TEXT | KT_FIELD_UNION, .each = each_log_line },
	{ "arch", KT_FIELD_FACT | KT_FIELD_ARCH, KT_REPORT_STR(arch) },
	{ "mmu", KT_FIELD_FACT | KT_FIELD_MACHINE, KT_REPORT_STR(mmu) },
	{ "platform", KT_FIELD_FACT | KT_FIELD_MACHINE, KT_REPORT_STR(platform) },
	{ "release", KT_FIELD_FACT, KT_REPORT_STR(release) },
	{ "kind", KT_FIELD_FACT, KT_REPORT_STR(kind) },
	{ "access", KT_FIELD_FACT, .each = each_access },
	{ "header", KT_FIELD_TEXT, .each = each_header },
	{ "guilty", KT_FIELD_TEXT | KT_FIELD_SPECIFIC, .each = each_guilty },
	{ "taint", 0, KT_REPORT_STR(taint) },
	{ "pc", KT_FIELD_TEXT | KT_FIELD_SPECIFIC, .each = each_pc },
	{ "lr", KT_FIELD_TEXT | KT_FIELD_SPECIFIC, .each = each_lr },
	{ "function", KT_FIELD_TEXT | KT_FIELD_UNION | KT_FIELD_SPECIFIC, .each = each_function },
};

const unsigned kt_nfields = ARRAY_SIZE(kt_fields);

/* A field index from outside the table is a bug (the database and the
 * parser only ever produce indices of rows). */
static const struct kt_field_def *
field_def(unsigned f)
{
	if (f >= kt_nfields) {
		fprintf(stderr, "ktriage: BUG: signature field %u is not in kt_fields[]\n", f);
		abort();
	}
	return &kt_fields[f];
}

const char *
kt_field_name(unsigned f)
{
	return f < kt_nfields ? kt_fields[f].name : "?";
}

int
kt_field_lookup(const char *name, size_t len, unsigned *f)
{
	for (unsigned i = 0; i < kt_nfields; i++)
		if (strlen(kt_fields[i].name) == len && !strncmp(kt_fields[i].name, name, len)) {
			*f = i;
			return 0;
		}
	return -1;
}

int
kt_field_each(unsigned f, const struct kt_report *r, kt_field_value_fn fn, void *arg)
{
	const struct kt_field_def *d = field_def(f);
	const char *v;

	if (d->each)
		return d->each(r, fn, arg);
	v = *(const char *const *)((const char *)r + d->str_off);
	return v ? fn(v, arg) : 0;
}

static int
some_value(const char *v, void *arg)
{
	(void)v;
	(void)arg;
	return 1;
}

bool
kt_field_known(unsigned f, const struct kt_report *r)
{
	return kt_field_each(f, r, some_value, NULL) != 0;
}

void
kt_field_list(struct strbuf *sb, unsigned flags)
{
	unsigned last = 0, n = 0;

	for (unsigned i = 0; i < kt_nfields; i++)
		if ((kt_fields[i].flags & flags) == flags)
			last = i;
	for (unsigned i = 0; i < kt_nfields; i++) {
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
	for (unsigned i = 0; i < kt_nfields; i++) {
		if (i)
			strbuf_addch(sb, ',');
		strbuf_addstr(sb, kt_fields[i].name);
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
