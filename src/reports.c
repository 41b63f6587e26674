#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ktriage.h"
#include "lines.h"
#include "regex.h"
#include "reports.h"
#include "util.h"

enum { PH_HEAD, PH_STACK, PH_AFTER };

/* Unclassified lines tolerated before a report is considered over. */
#define GAP_HEAD 15
#define GAP_AFTER 6
/* Lines after its end during which a report still accepts follow-ups. */
#define FOLLOW_WINDOW 30
/* Open reports kept at once (one per context). */
#define MAX_OPEN 16
/* Prefix lines pulled back into a report. */
#define MAX_PREFIX 20

struct ring_line {
	unsigned long lineno;
	struct strbuf text;
	char ctx[24];
	enum kt_channel channel;
	bool owned;		/* already part of a report */
};

struct kt_scanner {
	struct kt_limits lim;
	char *source;
	kt_report_fn fn;
	void *arg;
	struct kt_line_reader reader;
	struct kt_scan_stats stats;
	struct draft *head, *tail;	/* reports in order of appearance */
	size_t nqueued;
	unsigned index;
	struct ring_line *ring;
	size_t ring_len, ring_pos;	/* ring_pos: next slot to write */
	int stopped;
	unsigned long lineno;
};

/* Prefix lines a report pulls back from the lines before its header. */
static pcre2_code *prefix_kernel_re, *prefix_xen_re, *prefix_xmon_re, *xen_msg_re;

static void
prefixes_compile(void)
{
	if (prefix_kernel_re)
		return;
	prefix_kernel_re = kt_re_compile("^\\s*(?:-{4,}\\[ cut here ?\\]-{4,}|={8,}|-{8,})\\s*$", 0);
	prefix_xen_re = kt_re_compile("^\\s*[\\w.#-]+\\.c:\\d+:d\\d+(?:v\\d+)? ", 0);
	prefix_xmon_re = kt_re_compile("^\\s*(?:pc|lr|sp|msr|dar|dsisr|current|paca|pid|cfar|trap)\\s*[:=]", 0);
	xen_msg_re = kt_re_compile("^\\s*[\\w.#-]+\\.c:\\d+:d\\d+(?:v\\d+)? (?<msg>[^(:]+)", 0);
}

void
kt_limits_default(struct kt_limits *lim)
{
	lim->max_line = 4096;
	lim->max_report_lines = 2000;
	lim->max_reports = 10000;
	lim->max_frames = 64;
	lim->context_lines = 32;
}

static struct ring_line *
ring_at(struct kt_scanner *s, size_t back)	/* back = 0: newest */
{
	size_t cap = s->lim.context_lines;

	if (back >= s->ring_len)
		return NULL;
	return &s->ring[(s->ring_pos + cap - 1 - back) % cap];
}

static void
ring_push(struct kt_scanner *s, const struct kt_lineinfo *li, bool owned)
{
	struct ring_line *rl;
	size_t cap = s->lim.context_lines;

	if (!cap)
		return;
	rl = &s->ring[s->ring_pos];
	rl->lineno = li->lineno;
	strbuf_reset(&rl->text);
	strbuf_add(&rl->text, li->text, li->len);
	memcpy(rl->ctx, li->ctx, sizeof(rl->ctx));
	rl->channel = li->channel;
	rl->owned = owned;
	s->ring_pos = (s->ring_pos + 1) % cap;
	if (s->ring_len < cap)
		s->ring_len++;
}

static void
draft_add(struct draft *d, unsigned long lineno, const char *text, size_t len, int cls)
{
	d->r.lines = xgrow(d->r.lines, sizeof(*d->r.lines), d->r.nlines + 1, &d->lines_alloc);
	d->cls = xrealloc(d->cls, d->lines_alloc);
	d->r.lines[d->r.nlines].lineno = lineno;
	d->r.lines[d->r.nlines].text = xstrndup(text, len);
	d->cls[d->r.nlines] = (unsigned char)cls;
	d->r.nlines++;
	if (d->r.nlines == 1 || lineno < d->r.first_line)
		d->r.first_line = lineno;
	if (lineno > d->r.last_line)
		d->r.last_line = lineno;
}

static bool
same_family(enum kt_channel a, enum kt_channel b)
{
	return (a == KT_CH_XEN) == (b == KT_CH_XEN);
}

static bool
ctx_matches(const struct draft *d, const char *ctx, enum kt_channel ch)
{
	if (!same_family(d->channel, ch))
		return false;
	if (d->ctx[0] && ctx[0])
		return strcmp(d->ctx, ctx) == 0;
	return true;
}

static struct draft *
find_open(struct kt_scanner *s, const struct kt_lineinfo *li, bool closed_too)
{
	struct draft *best = NULL;

	for (struct draft *d = s->head; d; d = d->next) {
		if (d->closed && (!closed_too || s->lineno > d->closed_at + FOLLOW_WINDOW))
			continue;
		if (!ctx_matches(d, li->ctx, li->channel))
			continue;
		/* an exact context beats an unknown one; later beats earlier */
		if (!best || (d->ctx[0] && li->ctx[0]) || !best->ctx[0] || !d->closed)
			best = d;
	}
	return best;
}

static void
trim_trailing(struct draft *d)
{
	while (d->r.nlines > 1 && d->cls[d->r.nlines - 1] == BODY_NONE) {
		d->r.nlines--;
		free(d->r.lines[d->r.nlines].text);
	}
	d->r.last_line = d->r.lines[d->r.nlines - 1].lineno;
}

static void
draft_close(struct kt_scanner *s, struct draft *d)
{
	if (d->closed)
		return;
	trim_trailing(d);
	d->closed = true;
	d->closed_at = s->lineno;
}

static bool
form_attached(const struct draft *d, const struct header_form *f)
{
	if (d->form == f)
		return true;
	for (size_t i = 0; i < d->nattached; i++)
		if (d->attached[i] == f)
			return true;
	return false;
}

/* Forms whose title a follow-up may improve. */
static bool
form_is_weak(const struct header_form *f)
{
	return f && (!strcmp(f->title, "Xen crash") || !strcmp(f->title, "Xen: domain crash") ||
	    !strcmp(f->title, "xmon") || (f->flags & HF_CORRUPT));
}

static void
pull_prefix(struct kt_scanner *s, struct draft *d, const struct header_form *f)
{
	pcre2_code *re = prefix_kernel_re;
	struct ring_line *pulled[MAX_PREFIX];
	size_t n = 0;

	if (f->flags & HF_XEN)
		re = prefix_xen_re;
	else if (f->flags & HF_XMON)
		re = prefix_xmon_re;
	for (size_t back = 0; back < s->ring_len && n < MAX_PREFIX; back++) {
		struct ring_line *rl = ring_at(s, back);

		if (rl->owned || !same_family(rl->channel, d->channel))
			break;
		if (d->ctx[0] && rl->ctx[0] && strcmp(rl->ctx, d->ctx))
			continue;
		if (kt_re_match(re, rl->text.buf, rl->text.len) <= 0)
			break;
		pulled[n++] = rl;
	}
	while (n--) {
		struct ring_line *rl = pulled[n];

		if ((f->flags & HF_XEN) && !d->prefix_msg &&
		    kt_re_match(xen_msg_re, rl->text.buf, rl->text.len) > 0) {
			const char *g;
			size_t glen;

			if (kt_re_named(xen_msg_re, rl->text.buf, "msg", &g, &glen)) {
				while (glen && g[glen - 1] == ' ')
					glen--;
				d->prefix_msg = xstrndup(g, glen);
			}
		}
		rl->owned = true;
		draft_add(d, rl->lineno, rl->text.buf, rl->text.len, BODY_INFO);
	}
}

static void
snapshot_context(struct kt_scanner *s, struct draft *d)
{
	size_t n = 0;

	d->r.context = xcalloc(s->ring_len ? s->ring_len : 1, sizeof(*d->r.context));
	for (size_t back = s->ring_len; back-- > 0;) {
		struct ring_line *rl = ring_at(s, back);

		if (rl->lineno >= d->r.first_line && d->r.nlines)
			continue;
		d->r.context[n].lineno = rl->lineno;
		d->r.context[n].text = xstrndup(rl->text.buf, rl->text.len);
		n++;
	}
	d->r.ncontext = n;
}

static struct draft *
draft_new(struct kt_scanner *s, const struct kt_lineinfo *li, const struct header_form *f)
{
	struct draft *d = xcalloc(1, sizeof(*d));
	size_t nopen = 0;

	d->r.cpu = d->r.pid = -1;
	d->form = f;
	memcpy(d->ctx, li->ctx, sizeof(d->ctx));
	d->channel = li->channel;
	d->phase = PH_HEAD;
	d->r.source = s->source;
	if (li->caller[0])
		d->r.caller = xstrdup(li->caller);
	if (f->flags & HF_PANIC)
		d->r.panicked = true;
	pull_prefix(s, d, f);
	snapshot_context(s, d);
	draft_add(d, li->lineno, li->text, li->len, CLS_HEADER);
	d->r.header = xstrndup(li->text, li->len);
	d->freeze_at = (size_t)-1;

	if (s->tail)
		s->tail->next = d;
	else
		s->head = d;
	s->tail = d;
	s->nqueued++;

	/* keep the number of open reports bounded: close the oldest */
	for (struct draft *o = s->head; o; o = o->next)
		if (!o->closed)
			nopen++;
	for (struct draft *o = s->head; o && nopen > MAX_OPEN; o = o->next)
		if (!o->closed && o != d) {
			draft_close(s, o);
			nopen--;
		}
	return d;
}

static void
draft_free(struct draft *d)
{
	kt_report_release(&d->r);
	free(d->cls);
	free(d->title_text);
	free(d->prefix_msg);
	free(d);
}

static int
emit(struct kt_scanner *s, bool all)
{
	while (s->head && s->head->closed &&
	    (all || s->lineno > s->head->closed_at + FOLLOW_WINDOW || s->nqueued > 4 * MAX_OPEN)) {
		struct draft *d = s->head;

		s->head = d->next;
		if (!s->head)
			s->tail = NULL;
		s->nqueued--;
		if (!s->stopped) {
			if (s->stats.reports < s->lim.max_reports) {
				d->r.index = s->index++;
				d->r.primary = d->r.index == 0;
				kt_analyse(d, &s->lim);
				s->stats.reports++;
				s->stopped = s->fn(&d->r, s->arg);
			} else {
				s->stats.dropped_reports++;
			}
		}
		draft_free(d);
	}
	return s->stopped;
}

static int
classify(const struct kt_lineinfo *li, int phase)
{
	int cls = kt_body_class(li->text, li->len);

	if (cls == BODY_NONE || cls == BODY_INFO || cls == BODY_TAIL) {
		for (size_t i = 0; i < kt_nframe_forms; i++) {
			if (kt_frame_forms[i].needs_stack && phase != PH_STACK)
				continue;
			if (kt_re_match(kt_frame_forms[i].re, li->text, li->len) > 0)
				return CLS_FRAME;
		}
	}
	return cls;
}

static void
add_body(struct kt_scanner *s, struct draft *d, const struct kt_lineinfo *li)
{
	int cls = classify(li, d->phase);

	if (d->title_next) {
		d->title_next = false;
		free(d->title_text);
		d->title_text = xstrndup(li->text, li->len);
		if (cls == BODY_NONE)
			cls = BODY_INFO;
	}
	draft_add(d, li->lineno, li->text, li->len, cls);
	switch (cls) {
	case BODY_END:
		d->ended = true;
		draft_close(s, d);
		return;
	case BODY_PROMPT:
		d->ended = true;
		draft_close(s, d);
		return;
	case BODY_STACK:
	case BODY_STACK_RESET:
	case BODY_STACK_OTHER:
	case CLS_FRAME:
		d->phase = PH_STACK;
		d->gap = 0;
		break;
	case BODY_MARK:
		d->gap = 0;
		break;
	case BODY_TAIL:
		if (d->phase == PH_STACK)
			d->phase = PH_AFTER;
		d->gap = 0;
		break;
	case BODY_INFO:
		d->gap = 0;
		break;
	default:
		if (d->phase == PH_STACK)
			d->phase = PH_AFTER;
		d->gap++;
		if (d->gap > (d->phase == PH_HEAD ? GAP_HEAD : GAP_AFTER)) {
			draft_close(s, d);
			return;
		}
	}
	if (d->r.nlines >= s->lim.max_report_lines) {
		d->r.truncated = true;
		d->r.truncated_reason = "report longer than the line limit";
		draft_close(s, d);
	}
}

static void
attach(struct kt_scanner *s, struct draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	if (d->closed) {
		d->closed = false;
		d->ended = false;
		d->phase = PH_HEAD;
		d->gap = 0;
		if (d->r.nframes == 0 && d->freeze_at == (size_t)-1)
			d->freeze_at = d->r.nlines;
	}
	if (d->nattached < ARRAY_SIZE(d->attached))
		d->attached[d->nattached++] = f;
	if (f->flags & HF_PANIC)
		d->r.panicked = true;
	if (form_is_weak(d->form) && !form_is_weak(f) && !(f->flags & HF_PANIC)) {
		d->form = f;
		free(d->r.header);
		d->r.header = xstrndup(li->text, li->len);
	}
	if (!strcmp(f->title, "Xen panic") && d->form == f)
		d->title_next = true;
	draft_add(d, li->lineno, li->text, li->len, CLS_HEADER);
	d->gap = 0;
	if (d->r.nlines >= s->lim.max_report_lines)
		draft_close(s, d);
}

static bool
is_repeat_of_header(const struct draft *d, const struct kt_lineinfo *li)
{
	return d && d->r.header && strlen(d->r.header) == li->len &&
	    !memcmp(d->r.header, li->text, li->len);
}

static int
on_line(const struct kt_lineinfo *li, void *arg)
{
	struct kt_scanner *s = arg;
	const struct header_form *f = NULL;
	struct draft *d;
	bool owned = false;

	s->lineno = li->lineno;
	s->stats.lines++;
	if (li->channel == KT_CH_USER) {
		ring_push(s, li, false);
		return emit(s, false);
	}
	d = find_open(s, li, false);
	if (li->len)
		f = kt_header_match(li->text, li->len, li->channel == KT_CH_XEN);
	if (f && (is_repeat_of_header(d, li) || (d && (f->flags & HF_ONLY_START))))
		f = NULL;
	if (f) {
		struct draft *t = NULL;

		if (f->flags & HF_FOLLOWUP) {
			t = find_open(s, li, true);
			if (t && form_attached(t, f))
				t = NULL;
		}
		if (t) {
			attach(s, t, li, f);
		} else {
			if (d)
				draft_close(s, d);
			d = draft_new(s, li, f);
			if (!strcmp(f->title, "Xen panic"))
				d->title_next = true;
		}
		owned = true;
	} else if (d) {
		add_body(s, d, li);
		owned = true;
	}
	ring_push(s, li, owned);
	return emit(s, false);
}

struct kt_scanner *
kt_scanner_new(const struct kt_limits *lim, const char *source, kt_report_fn fn, void *arg)
{
	struct kt_scanner *s = xcalloc(1, sizeof(*s));

	kt_formats_init();
	prefixes_compile();
	if (lim)
		s->lim = *lim;
	else
		kt_limits_default(&s->lim);
	if (s->lim.max_report_lines < 2)
		s->lim.max_report_lines = 2;
	s->source = xstrdup(source ? source : "-");
	s->fn = fn;
	s->arg = arg;
	s->ring = xcalloc(s->lim.context_lines ? s->lim.context_lines : 1, sizeof(*s->ring));
	for (size_t i = 0; i < s->lim.context_lines; i++)
		strbuf_init(&s->ring[i].text, 0);
	kt_lines_init(&s->reader, s->lim.max_line, on_line, s);
	return s;
}

int
kt_scanner_feed(struct kt_scanner *s, const char *data, size_t len)
{
	if (s->stopped)
		return s->stopped;
	s->stats.bytes += len;
	return kt_lines_feed(&s->reader, data, len);
}

int
kt_scanner_finish(struct kt_scanner *s)
{
	if (!s->stopped)
		kt_lines_finish(&s->reader);
	for (struct draft *d = s->head; d; d = d->next) {
		if (d->closed)
			continue;
		if (!d->ended && !(d->form->flags & HF_NOSTACK)) {
			if (d->phase == PH_HEAD) {
				d->r.truncated = true;
				d->r.truncated_reason = "log ends before the call trace";
			} else if (d->phase == PH_STACK) {
				d->r.truncated = true;
				d->r.truncated_reason = "log ends inside the call trace";
			}
		}
		draft_close(s, d);
	}
	s->stats.long_lines = s->reader.long_lines;
	return emit(s, true);
}

const struct kt_scan_stats *
kt_scanner_stats(const struct kt_scanner *s)
{
	return &s->stats;
}

void
kt_scanner_free(struct kt_scanner *s)
{
	struct draft *d, *n;

	if (!s)
		return;
	for (d = s->head; d; d = n) {
		n = d->next;
		draft_free(d);
	}
	for (size_t i = 0; i < s->lim.context_lines; i++)
		strbuf_release(&s->ring[i].text);
	free(s->ring);
	kt_lines_release(&s->reader);
	free(s->source);
	free(s);
}
