/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "lines.h"
#include "regex.h"
#include "segmenter.h"
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
/* Lines of a report interrupted by the next one while being printed, at most. */
#define MAX_INTERRUPTED 16
/* Lines of a WARN() message between "cut here" and the header. */
#define MAX_WARN_MESSAGE 4

/* A report being built.  Owned by the segmenter until released by kt_segmenter_next(). */
struct kt_draft {
	struct kt_report r;
	size_t lines_alloc;
	size_t max_lines;		/* lines kept at most (struct kt_limits.max_report_lines) */
	unsigned char *cls;		/* class of each line (enum body_class, or CLS_FRAME/CLS_HEADER) */
	double *ltime;			/* printk time of each line, NAN for none */
	const struct header_form *form;	/* the form the title comes from */
	const struct header_form *attached[8];
	size_t nattached;
	size_t freeze_at;		/* frames after this line index belong to a follow-up */
	char ctx[24];
	enum kt_channel channel;
	int phase;
	unsigned gap;
	bool closed, ended, title_next;
	char *title_text;		/* title text taken from the line after a header */
	char *prefix_msg;		/* message of the first pulled prefix line (Xen) */
	/* positions among the log's own lines (struct kt_lineinfo seq), which
	 * journal fields do not move */
	unsigned long closed_at;	/* the seq when it closed */
	unsigned long last_seq;		/* the seq of its last own line */
	bool saw_stack;			/* a call trace (or frame) was seen */
	bool trace_pending;		/* a "Call Trace:" line, no frame of it yet */
	bool in_other;			/* inside a secondary stack (allocation, lock chain) */
	bool bottom;			/* the last reliable frame ends a complete trace */
	bool main_bottom;		/* the main trace was complete when a secondary one began */
	bool log_start;			/* the report starts at the first line of the log */
	bool aftermath;			/* output after its panic has been folded into it */
	bool xmon_session;		/* at the xmon prompt: untimestamped lines are the
					 * output of commands typed there */
	struct kt_draft *next;
	/* the report that began on the line after this one's last while this
	 * one had no trace (struct segment interrupted_by), or NULL */
	struct kt_draft *interrupted_by;
	struct text_block *texts;	/* the text of its lines and context (draft_text) */
};

/*
 * The texts of a draft's lines and context lines live in blocks the draft
 * owns, not one allocation each: a report costs a few mallocs, and its
 * release (on the --jobs or pipeline thread, often not the one that
 * allocated) a few frees.  A line dropped from the report keeps its bytes
 * until the draft goes.
 */
struct text_block {
	struct text_block *next;
	size_t used, cap;
	char buf[];
};

enum { TEXT_BLOCK = 8192 };

static char *
draft_text(struct kt_draft *d, const char *text, size_t len)
{
	struct text_block *b = d->texts;
	char *t;

	if (!b || b->cap - b->used < len + 1) {
		size_t cap = len + 1 > TEXT_BLOCK ? len + 1 : TEXT_BLOCK;

		b = xmalloc(sizeof(*b) + cap);
		b->used = 0;
		b->cap = cap;
		b->next = d->texts;
		d->texts = b;
	}
	t = b->buf + b->used;
	memcpy(t, text, len);
	t[len] = '\0';
	b->used += len + 1;
	return t;
}

struct ring_line {
	unsigned long lineno;
	struct strbuf text;
	char ctx[24];
	enum kt_channel channel;
	bool has_time;
	double time;
	bool owned;		/* already part of a report */
};

struct kt_segmenter {
	struct kt_limits lim;
	const char *source;
	struct kt_draft *head, *tail;	/* reports in order of appearance */
	size_t nqueued;
	struct ring_line *ring;
	size_t ring_len, ring_pos;	/* ring_pos: next slot to write */
	unsigned long lineno;
	unsigned long seq;		/* the last line's seq (struct kt_lineinfo) */
	unsigned long first_text;	/* number of the first non-empty line */
	bool have_time;
	double last_time;		/* last printk timestamp of a kernel line */
	bool foreign_run;		/* in another program's lines (foreign_line) */
	/*
	 * After a panic the kernel is dead: crash output that follows (the
	 * panic loop faulting again, warnings from the panic path) is its
	 * aftermath, not new reports, until a new boot starts.
	 */
	struct kt_draft *halt_owner;	/* the report that panicked */
	bool halted;			/* aftermath is being swallowed */
	void (*near_fn)(void *arg);	/* kt_segmenter_on_near_report(), until called */
	void *near_arg;
};

static struct ring_line *
ring_at(struct kt_segmenter *s, size_t back)	/* back = 0: newest */
{
	size_t cap = s->lim.context_lines;

	if (back >= s->ring_len)
		return NULL;
	return &s->ring[(s->ring_pos + cap - 1 - back) % cap];
}

static void
ring_push(struct kt_segmenter *s, const struct kt_lineinfo *li, bool owned)
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
	rl->has_time = li->has_time;
	rl->time = li->time;
	rl->owned = owned;
	s->ring_pos = (s->ring_pos + 1) % cap;
	if (s->ring_len < cap)
		s->ring_len++;
}

/* A line joins d. */
static void
draft_add(struct kt_draft *d, unsigned long lineno, const char *text, size_t len, int cls, double time)
{
	/* the one place lines enter a report: the line limit holds for every path */
	if (d->r.nlines >= d->max_lines) {
		d->r.truncated = true;
		d->r.truncated_reason = "report longer than the line limit";
		return;
	}
	if (d->r.nlines == d->lines_alloc) {
		/* the arrays beside lines grow with it */
		d->r.lines = xgrow(d->r.lines, sizeof(*d->r.lines), d->r.nlines + 1, &d->lines_alloc);
		d->cls = xrealloc(d->cls, d->lines_alloc);
		d->ltime = xrealloc(d->ltime, d->lines_alloc * sizeof(*d->ltime));
	}
	d->r.lines[d->r.nlines].lineno = lineno;
	d->r.lines[d->r.nlines].text = draft_text(d, text, len);
	d->r.lines[d->r.nlines].raw = NULL;	/* the scanner fills it (scanner.c) */
	d->cls[d->r.nlines] = (unsigned char)cls;
	d->ltime[d->r.nlines] = time;
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
ctx_matches(const struct kt_draft *d, const char *ctx, enum kt_channel ch)
{
	if (!same_family(d->channel, ch))
		return false;
	if (d->ctx[0] && ctx[0])
		return strcmp(d->ctx, ctx) == 0;
	return true;
}

/* A line being read joins d. */
static void
take_line(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li, int cls)
{
	draft_add(d, li->lineno, li->text, li->len, cls, li->has_time ? li->time : NAN);
	d->last_seq = s->seq;
}

static struct kt_draft *
find_open(struct kt_segmenter *s, const struct kt_lineinfo *li, bool closed_too)
{
	struct kt_draft *best = NULL;

	for (struct kt_draft *d = s->head; d; d = d->next) {
		if (d->closed && (!closed_too || s->seq > d->closed_at + FOLLOW_WINDOW))
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
ring_unown(struct kt_segmenter *s, unsigned long lineno)
{
	for (size_t back = 0; back < s->ring_len; back++) {
		struct ring_line *rl = ring_at(s, back);

		/* lines split at a bare CR share a number: the newest owned one */
		if (rl->lineno == lineno && rl->owned) {
			rl->owned = false;
			return;
		}
		if (rl->lineno < lineno)
			return;
	}
}

/* Lines after the report's last real line are not the report's: give them back. */
static void
trim_trailing(struct kt_segmenter *s, struct kt_draft *d)
{
	while (d->r.nlines > 1 && d->cls[d->r.nlines - 1] == BODY_NONE) {
		d->r.nlines--;
		ring_unown(s, d->r.lines[d->r.nlines].lineno);
	}
	d->r.last_line = d->r.lines[d->r.nlines - 1].lineno;
}

static void
draft_close(struct kt_segmenter *s, struct kt_draft *d)
{
	if (d->closed)
		return;
	trim_trailing(s, d);
	d->closed = true;
	d->closed_at = s->seq;
}

static bool
form_attached(const struct kt_draft *d, const struct header_form *f)
{
	if (d->form == f)
		return true;
	for (size_t i = 0; i < d->nattached; i++)
		if (d->attached[i] == f)
			return true;
	return false;
}

/* Forms whose title a follow-up may improve: generic banners, and headers
 * that stand for a lost real one. */
static bool
form_is_weak(const struct header_form *f)
{
	return f && (f->flags & (HF_YIELD_TITLE | HF_CORRUPT));
}

/*
 * The message of a WARN(), printed between "cut here" and the "WARNING:"
 * line ("x86/mm: Found insecure W+X mapping at ..."): the lines just above
 * the header, up to a "cut here" line, all pulled or none.
 */
static size_t
pull_cut_message(struct kt_segmenter *s, struct kt_draft *d, size_t back, struct ring_line **pulled, size_t n)
{
	size_t start = n;

	for (; back < s->ring_len && n < MAX_PREFIX; back++) {
		struct ring_line *rl = ring_at(s, back);

		if (rl->owned || !same_family(rl->channel, d->channel) || !rl->text.len)
			break;
		if (d->ctx[0] && rl->ctx[0] && strcmp(rl->ctx, d->ctx))
			continue;
		if (strstr(rl->text.buf, "cut here") &&
		    kt_re_match(kt_separator_re, rl->text.buf, rl->text.len) > 0) {
			if (n == start)
				break;
			pulled[n++] = rl;
			return n;
		}
		if (n - start >= MAX_WARN_MESSAGE)
			break;
		pulled[n++] = rl;
	}
	return start;
}

/* The first Xen console message of a report ("Bad type") is what led to the crash. */
static void
note_cause(struct kt_draft *d, const char *text, size_t len)
{
	const char *g;
	size_t glen;

	if (d->prefix_msg || kt_re_match(kt_xen_msg_re, text, len) <= 0 ||
	    !kt_re_named(kt_xen_msg_re, text, "msg", &g, &glen))
		return;
	while (glen && g[glen - 1] == ' ')
		glen--;
	d->prefix_msg = xstrndup(g, glen);
}

static void
pull_prefix(struct kt_segmenter *s, struct kt_draft *d, const struct header_form *f)
{
	const pcre2_code *re = kt_pullback_re(f->flags);
	struct ring_line *pulled[MAX_PREFIX];
	size_t n = 0, back;

	for (back = 0; back < s->ring_len && n < MAX_PREFIX; back++) {
		struct ring_line *rl = ring_at(s, back);

		if (rl->owned || !same_family(rl->channel, d->channel))
			break;
		if (d->ctx[0] && rl->ctx[0] && strcmp(rl->ctx, d->ctx))
			continue;
		if (kt_re_match(re, rl->text.buf, rl->text.len) <= 0) {
			if (re == kt_separator_re && n == 0)
				n = pull_cut_message(s, d, back, pulled, n);
			break;
		}
		pulled[n++] = rl;
	}
	while (n--) {
		struct ring_line *rl = pulled[n];

		if (f->flags & HF_XEN)
			note_cause(d, rl->text.buf, rl->text.len);
		rl->owned = true;
		draft_add(d, rl->lineno, rl->text.buf, rl->text.len, BODY_INFO, rl->has_time ? rl->time : NAN);
	}
}

/* A frame line: any frame form whose shape is distinctive on its own, whatever the phase. */
static bool
is_frame_line(const char *t, size_t len)
{
	unsigned char cand[KT_MAX_TABLE_ROWS];

	kt_rows_possible(KT_TABLE_FRAME_FORMS, t, len, cand);
	for (size_t i = 0; i < kt_nframe_forms; i++)
		if (cand[i] && kt_frame_forms[i].where != FW_RUN && kt_re_match(kt_frame_forms[i].re, t, len) > 0)
			return true;
	return false;
}

/*
 * A secondary header (panic, "Oops", "Internal error", Xen's panic box)
 * with no report to join: the log lost the real header (or starts after
 * it).  The report's body printed before it -- registers, Code:, a trace --
 * is pulled back from the lines just above.
 */
/* The class of a line pulled back into a report; BODY_NONE: not part of it. */
static int
pull_class(const struct ring_line *rl, size_t n)
{
	int c = kt_body_class(rl->text.buf, rl->text.len);

	/* "---[ end trace" right above a panic ends the report that panicked */
	if ((c == BODY_END && n) || c == BODY_PROMPT)
		return BODY_NONE;
	if ((c == BODY_NONE || c == BODY_INFO || c == BODY_WEAK || c == BODY_TAIL || c == BODY_MARK) &&
	    is_frame_line(rl->text.buf, rl->text.len))
		c = CLS_FRAME;
	return c == BODY_WEAK ? BODY_INFO : c;
}

/* Pulled lines (newest first; NULL: a blank line) enter the report in log order. */
static void
take_pulled(struct kt_draft *d, struct ring_line **pulled, const int *cls, size_t n)
{
	while (n--) {
		struct ring_line *rl = pulled[n];

		if (!rl)
			continue;
		rl->owned = true;
		if (cls[n] == CLS_FRAME || cls[n] == BODY_STACK)
			d->saw_stack = true;
		draft_add(d, rl->lineno, rl->text.buf, rl->text.len, cls[n], rl->has_time ? rl->time : NAN);
	}
}

/*
 * A secondary header (panic, "Oops", "Internal error", Xen's panic box)
 * with no report to join: the log lost the real header (or starts after
 * it).  The report's body printed before it -- registers, Code:, a trace --
 * is pulled back from the lines just above.
 */
static void
pull_body(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li)
{
	struct ring_line *pulled[64], *pending[3];
	int cls[64];
	size_t n = 0, blanks = 0;

	for (size_t back = 0; back < s->ring_len && n < ARRAY_SIZE(pulled); back++) {
		struct ring_line *rl = ring_at(s, back);
		int c;

		if (rl->owned || !same_family(rl->channel, d->channel))
			break;
		if (d->ctx[0] && rl->ctx[0] && strcmp(rl->ctx, d->ctx))
			continue;
		/* blank lines and lines without the header's timestamp (wrapped
		 * continuations) count only between pulled lines */
		if (!rl->text.len || (li->has_time && !rl->has_time)) {
			pending[blanks] = rl;
			if (++blanks > 2)
				break;
			continue;
		}
		/* a report's lines are printed together: not from another time */
		if (li->has_time && rl->time + 5 < li->time)
			break;
		if ((c = pull_class(rl, n)) == BODY_NONE)
			break;
		for (size_t b = 0; b < blanks && n < ARRAY_SIZE(pulled) - 1; b++) {
			pulled[n] = pending[b]->text.len ? pending[b] : NULL;
			cls[n] = pulled[n] ? BODY_INFO : BODY_NONE;
			n++;
		}
		blanks = 0;
		pulled[n] = rl;
		cls[n++] = c;
	}
	take_pulled(d, pulled, cls, n);
}

static void
snapshot_context(struct kt_segmenter *s, struct kt_draft *d)
{
	size_t n = 0;

	d->r.context = xcalloc(s->ring_len ? s->ring_len : 1, sizeof(*d->r.context));
	for (size_t back = s->ring_len; back-- > 0;) {
		struct ring_line *rl = ring_at(s, back);

		if (rl->lineno >= d->r.first_line && d->r.nlines)
			continue;
		d->r.context[n].lineno = rl->lineno;
		d->r.context[n].text = draft_text(d, rl->text.buf, rl->text.len);
		n++;
	}
	d->r.ncontext = n;
}

static void
mark_panicked(struct kt_segmenter *s, struct kt_draft *d)
{
	d->r.panicked = true;
	if (d->channel != KT_CH_XEN && !s->halt_owner)
		s->halt_owner = d;
}

static struct kt_draft *
draft_new(struct kt_segmenter *s, const struct kt_lineinfo *li, const struct header_form *f)
{
	struct kt_draft *d = xcalloc(1, sizeof(*d));
	size_t nopen = 0;

	d->r.cpu = d->r.pid = -1;
	d->form = f;
	memcpy(d->ctx, li->ctx, sizeof(d->ctx));
	d->channel = li->channel;
	d->phase = PH_HEAD;
	d->r.source = s->source;
	if (li->caller[0])
		d->r.caller = xstrdup(li->caller);
	/* lines pulled back from before the header leave room for the header */
	d->max_lines = s->lim.max_report_lines - 1;
	pull_prefix(s, d, f);
	if ((f->flags & HF_FOLLOWUP) && !d->r.nlines)
		pull_body(s, d, li);
	snapshot_context(s, d);
	d->max_lines = s->lim.max_report_lines;
	take_line(s, d, li, CLS_HEADER);
	d->r.header = xstrndup(li->text, li->len);
	d->freeze_at = (size_t)-1;
	d->log_start = d->r.first_line <= s->first_text;

	if (s->tail)
		s->tail->next = d;
	else
		s->head = d;
	s->tail = d;
	s->nqueued++;
	if (f->flags & HF_PANIC)
		mark_panicked(s, d);

	/* keep the number of open reports bounded: close the oldest */
	for (struct kt_draft *o = s->head; o; o = o->next)
		if (!o->closed)
			nopen++;
	for (struct kt_draft *o = s->head; o && nopen > MAX_OPEN; o = o->next)
		if (!o->closed && o != d) {
			draft_close(s, o);
			nopen--;
		}
	return d;
}

void
kt_draft_free(struct kt_draft *d)
{
	/* the texts are the blocks' (draft_text), not the report's to free */
	for (size_t i = 0; i < d->r.nlines; i++)
		d->r.lines[i].text = NULL;
	for (size_t i = 0; i < d->r.ncontext; i++)
		d->r.context[i].text = NULL;
	while (d->texts) {
		struct text_block *b = d->texts;

		d->texts = b->next;
		free(b);
	}
	kt_report_release(&d->r);
	free(d->cls);
	free(d->ltime);
	free(d->title_text);
	free(d->prefix_msg);
	free(d);
}

/* Whether a queued report can no longer change. */
static bool
releasable(const struct kt_segmenter *s, const struct kt_draft *d, bool at_end)
{
	return d->closed && (at_end || s->nqueued > 4 * MAX_OPEN ||
	    (s->seq > d->closed_at + FOLLOW_WINDOW && !(s->halted && d == s->halt_owner)));
}

struct kt_draft *
kt_segmenter_next(struct kt_segmenter *s, bool at_end)
{
	while (s->head && releasable(s, s->head, at_end)) {
		struct kt_draft *d = s->head;

		/* the analyser reads the interrupting report with this one:
		 * it waits until that one can no longer change either */
		if (d->interrupted_by && !releasable(s, d->interrupted_by, at_end)) {
			if (s->nqueued <= 4 * MAX_OPEN)
				return NULL;
			d->interrupted_by = NULL;
		}
		s->head = d->next;
		if (!s->head)
			s->tail = NULL;
		s->nqueued--;
		if (d == s->halt_owner)
			s->halt_owner = NULL;
		d->next = NULL;
		/* a tentative header nothing confirmed was not a kernel crash */
		if ((d->form->flags & HF_TENTATIVE) && !d->nattached && !d->saw_stack) {
			kt_draft_free(d);
			continue;
		}
		return d;
	}
	return NULL;
}

bool
kt_draft_interruption(const struct kt_draft *d, struct segment *seg)
{
	if (!d->interrupted_by)
		return false;
	kt_draft_segment(d->interrupted_by, seg);
	return true;
}

void
kt_draft_segment(const struct kt_draft *d, struct segment *seg)
{
	memset(seg, 0, sizeof(*seg));
	seg->lines = d->r.lines;
	seg->nlines = d->r.nlines;
	seg->context = d->r.context;
	seg->ncontext = d->r.ncontext;
	seg->cls = d->cls;
	seg->header = d->r.header;
	seg->form = d->form;
	seg->attached = d->attached;
	seg->nattached = d->nattached;
	seg->freeze_at = d->freeze_at;
	seg->title_text = d->title_text;
	seg->cause = d->prefix_msg;
	seg->caller = d->r.caller;
	seg->log_start = d->log_start;
	seg->truncated = d->r.truncated;
}

struct kt_report *
kt_draft_report(struct kt_draft *d)
{
	/* the printk time of its first timed line */
	for (size_t i = 0; i < d->r.nlines && !d->r.has_time; i++) {
		if (!isnan(d->ltime[i])) {
			d->r.has_time = true;
			d->r.time = d->ltime[i];
		}
	}
	return &d->r;
}

/* Whether a header line's text ends as it always does, so that mail cannot
 * have wrapped its end away: the "!" of "kernel BUG at mm/x.c:12!", or the
 * function with its offset and size (and module) that ends a WARNING's
 * "at f.c:1 func+0x21c/0x390 [amdgpu]", once a wrapped one is re-joined. */
static bool
header_complete(const char *t)
{
	size_t n = strlen(t), k;

	while (n && t[n - 1] == ' ')
		n--;
	if (n && t[n - 1] == '!')
		return true;
	if (n && t[n - 1] == ']') {	/* " [module]" */
		k = n - 1;
		while (k && (isalnum((unsigned char)t[k - 1]) || t[k - 1] == '_' || t[k - 1] == '-'))
			k--;
		if (k < 2 || k == n - 1 || t[k - 1] != '[' || t[k - 2] != ' ')
			return false;
		n = k - 2;
	}
	/* "+0x21c/0x390", from the last "+" (none is in a function's name) */
	for (k = n; k && t[k - 1] != '+'; k--)
		;
	return k && kt_offset_len(t + k - 1) == n - (k - 1);
}

/* Is a frame form allowed at this point of the report? */
static bool
frame_form_applies(const struct kt_draft *d, const struct frame_form *ff)
{
	int prev;

	switch (ff->where) {
	case FW_ANY:
		return true;
	case FW_STACK:
		return d->phase != PH_HEAD;
	case FW_STACK_OR_HEAD:
		/* not the line right after the header: its wrapped end, unless
		 * the header ends as it always does ("kernel BUG at f.c:1!") */
		return d->phase != PH_HEAD ||
		    (!d->saw_stack && (d->cls[d->r.nlines - 1] != CLS_HEADER ||
		    header_complete(d->r.lines[d->r.nlines - 1].text)));
	case FW_RUN:
		prev = d->cls[d->r.nlines - 1];
		return d->phase == PH_STACK && (prev == CLS_FRAME || prev == BODY_STACK ||
		    prev == BODY_STACK_RESET || prev == BODY_STACK_CPU || prev == BODY_STACK_OTHER || prev == BODY_STACK_OTHER_CPU ||
		    prev == BODY_LOCATION ||
		    prev == BODY_MARK);
	}
	return false;
}

static int
classify(const struct kt_lineinfo *li, const struct kt_draft *d)
{
	/* a frame overrides the classes of kt_body_class_rest(): tested first,
	 * it spares a frame line their long alternations */
	int cls = kt_body_class_outranking(li->text, li->len);
	unsigned char cand[KT_MAX_TABLE_ROWS];

	if (cls != BODY_NONE)
		return cls;
	/* the frame table's literals only: the analysis finds every table's
	 * rows of a report's lines at once, on its own thread */
	kt_rows_possible(KT_TABLE_FRAME_FORMS, li->text, li->len, cand);
	for (size_t i = 0; i < kt_nframe_forms; i++) {
		if (!cand[i] || !frame_form_applies(d, &kt_frame_forms[i]))
			continue;
		if (kt_re_match(kt_frame_forms[i].re, li->text, li->len) > 0)
			return CLS_FRAME;
	}
	return kt_body_class_rest(li->text, li->len);
}

/* Does a reliable frame line end a complete trace? */
static void
note_frame(struct kt_draft *d, const struct kt_lineinfo *li)
{
	bool bottom = kt_stack_bottom(li->text, li->len);

	/* unreliable frames after the real bottom are stack garbage */
	if (bottom || !(strstr(li->text, "? ") || strstr(li->text, "(unreliable)")))
		d->bottom = bottom;
}

static void
add_body(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li)
{
	int cls = classify(li, d);

	if (d->title_next) {
		d->title_next = false;
		free(d->title_text);
		d->title_text = xstrndup(li->text, li->len);
		if (cls == BODY_NONE)
			cls = BODY_INFO;
	}
	/* after a complete trace generic lines are the log moving on */
	if (cls == BODY_WEAK)
		cls = d->bottom && !d->in_other && d->phase != PH_HEAD ? BODY_NONE : BODY_INFO;
	take_line(s, d, li, cls);
	switch (cls) {
	case BODY_END:
		d->ended = true;
		draft_close(s, d);
		return;
	case BODY_PROMPT:
		d->ended = true;
		/* in a timestamped log, xmon's own output is what has no timestamp:
		 * the session goes on until the kernel prints again */
		if (s->have_time && !li->has_time) {
			d->xmon_session = true;
			d->gap = 0;
			break;
		}
		draft_close(s, d);
		return;
	case BODY_STACK:
	case BODY_STACK_RESET:
	case BODY_STACK_CPU:
		d->in_other = false;
		d->saw_stack = d->trace_pending = true;
		d->bottom = false;
		d->phase = PH_STACK;
		d->gap = 0;
		break;
	case BODY_STACK_OTHER:
	case BODY_STACK_OTHER_CPU:
	case BODY_LOCATION:
		if (!d->in_other)
			d->main_bottom = d->saw_stack && d->bottom;
		d->in_other = true;
		d->bottom = false;
		d->phase = PH_STACK;
		d->gap = 0;
		break;
	case CLS_FRAME:
		if (!d->in_other)
			d->saw_stack = true;
		d->trace_pending = false;
		note_frame(d, li);
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
	default: {
		/* other tasks' messages, printk-timed, between "Call Trace:"
		 * and its first frame (syzkaller-dev 140): the trace is still
		 * to come */
		bool waiting = d->trace_pending && li->has_time;

		if (d->phase == PH_STACK && !waiting)
			d->phase = PH_AFTER;
		if (d->xmon_session)
			break;
		d->gap++;
		if (d->gap > (d->phase == PH_HEAD || waiting ? GAP_HEAD : GAP_AFTER)) {
			draft_close(s, d);
			return;
		}
		break;
	}
	}
	if (d->r.nlines >= s->lim.max_report_lines) {
		d->r.truncated = true;
		d->r.truncated_reason = "report longer than the line limit";
		draft_close(s, d);
	}
}

static void
attach(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	if (d->closed) {
		d->closed = false;
		d->phase = PH_HEAD;
		d->gap = 0;
		if (d->r.nframes == 0 && d->freeze_at == (size_t)-1)
			d->freeze_at = d->r.nlines;
	}
	if (d->nattached < ARRAY_SIZE(d->attached))
		d->attached[d->nattached++] = f;
	if (f->flags & HF_PANIC) {
		mark_panicked(s, d);
		if (d->phase == PH_STACK)	/* the panic comes after the trace */
			d->phase = PH_AFTER;
	}
	if ((d->form->flags & HF_WEAK) && !(f->flags & (HF_WEAK | HF_PANIC))) {
		/* the follow-up names the crash, the weak header what led to it */
		if ((d->form->flags & HF_XEN) && d->r.header)
			note_cause(d, d->r.header, strlen(d->r.header));
		d->form = f;
		free(d->r.header);
		d->r.header = xstrndup(li->text, li->len);
	} else if (form_is_weak(d->form) && !form_is_weak(f) && !(f->flags & HF_PANIC)) {
		d->form = f;
		free(d->r.header);
		d->r.header = xstrndup(li->text, li->len);
	}
	if ((f->flags & HF_TITLE_FROM_NEXT) && d->form == f)
		d->title_next = true;
	take_line(s, d, li, CLS_HEADER);
	d->gap = 0;
	if (d->r.nlines >= s->lim.max_report_lines)
		draft_close(s, d);
}

/*
 * Whether d has printed a report of its own since its header: its CPU,
 * registers or hardware lines, and then a "cut here" line, which opens
 * another report, one raised while d was printed (arm's "Internal error:
 * kernel stack overflow" with its registers, then "8<--- cut here ---" and
 * a second oops dumping them: syzbot-mail 1085).
 */
static bool
printed_before_cut(const struct kt_draft *d)
{
	if (!strstr(d->r.lines[d->r.nlines - 1].text, "cut here"))
		return false;
	for (size_t i = 1; i + 1 < d->r.nlines; i++)
		if (d->cls[i] == BODY_INFO)
			return true;
	return false;
}

/* The report's own header arrives after a secondary header printed out of
 * order (or glued to other output): the report takes the real header. */
static bool
can_upgrade(const struct kt_draft *d, const struct header_form *f)
{
	return d && !d->closed && (d->form->flags & HF_FOLLOWUP) && !(f->flags & HF_FOLLOWUP) &&
	    !(d->form->flags & (HF_XMON | HF_XEN)) && !d->nattached && d->phase == PH_HEAD &&
	    !d->saw_stack && !printed_before_cut(d);
}

static void
upgrade(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	d->attached[d->nattached++] = d->form;
	d->form = f;
	free(d->r.header);
	d->r.header = xstrndup(li->text, li->len);
	take_line(s, d, li, CLS_HEADER);
	d->gap = 0;
	if (f->flags & HF_PANIC)
		mark_panicked(s, d);
}

/*
 * A new header closes the open report of its context; the separator or
 * "cut here" line at the end of that report opened the new one.
 */
static void
give_back(struct kt_segmenter *s, struct kt_draft *d)
{
	bool separator = false;

	while (d->r.nlines > 1 && d->cls[d->r.nlines - 1] != CLS_HEADER) {
		struct kt_line *l = &d->r.lines[d->r.nlines - 1];
		bool cut = strstr(l->text, "cut here") != NULL;

		if (kt_re_match(kt_separator_re, l->text, strlen(l->text)) <= 0 || (!cut && separator))
			break;
		if (!cut)
			separator = true;
		ring_unown(s, l->lineno);
		d->r.nlines--;
	}
	d->r.last_line = d->r.lines[d->r.nlines - 1].lineno;
}

/* Output after the panic: keep the headers (so the report says what followed), drop the rest. */
static void
aftermath(struct kt_segmenter *s, const struct kt_lineinfo *li)
{
	struct kt_draft *d = s->halt_owner;

	if (!d)
		return;
	if (!d->closed)
		draft_close(s, d);
	d->aftermath = true;
	d->closed_at = s->seq;
	if (d->r.nlines < s->lim.max_report_lines)
		take_line(s, d, li, CLS_HEADER);
}

static bool
is_new_boot(struct kt_segmenter *s, const struct kt_lineinfo *li)
{
	if (li->has_time && s->have_time && li->time < 30 && li->time + 10 < s->last_time)
		return true;	/* printk time started again */
	return kt_re_match(kt_boot_re, li->text, li->len) > 0;
}

/*
 * A firmware banner reports a reboot when the kernel was running right
 * before it: walking back over the lines before the banner, kernel output
 * with a printk time comes before any shutdown message or report line.
 * Only the ring is read, so skimmed and fully read logs agree.
 */
static bool
kernel_was_running(struct kt_segmenter *s)
{
	const struct ring_line *rl;

	if (s->halted || s->halt_owner)
		return false;	/* the panic explains the restart */
	for (size_t back = 0; (rl = ring_at(s, back)); back++) {
		if (rl->owned || kt_re_match(kt_shutdown_re, rl->text.buf, rl->text.len) > 0)
			return false;
		if (rl->channel == KT_CH_KERNEL && rl->has_time)
			return true;
	}
	return false;
}

/*
 * syzbot's symbolised header names an inlined site first, then the
 * functions it is inlined into, one line each, the same header text up to
 * the function: "BUG: KCSAN: assert: race in srcu_get_delay
 * kernel/rcu/srcutree.c:658 [inline]", then "... race in
 * srcu_gp_start_if_needed+0x808/0x9f0 ..." (syzbot-mail 272).
 */
static bool
is_inline_expansion(const char *header, const char *t, size_t len)
{
	size_t hlen = strlen(header), common = 0;

	if (hlen < 9 || memcmp(header + hlen - 9, " [inline]", 9))
		return false;
	while (common < hlen && common < len && header[common] == t[common])
		common++;
	/* the shared text ends where the function's name begins */
	while (common && header[common - 1] != ' ')
		common--;
	return common > 0 && memchr(header, ':', common) != NULL;
}

static bool
is_repeat_of_header(const struct kt_draft *d, const struct kt_lineinfo *li)
{
	return d && d->r.header && ((strlen(d->r.header) == li->len &&
	    !memcmp(d->r.header, li->text, li->len)) || is_inline_expansion(d->r.header, li->text, li->len));
}

/* After "---[ end trace", x86 prints RIP, Code and the registers once more. */
static struct kt_draft *
postend_target(struct kt_segmenter *s, const struct kt_lineinfo *li)
{
	struct kt_draft *t = find_open(s, li, true);

	if (!t || !t->closed || !t->ended || t->aftermath || t != s->tail)
		return NULL;
	if (kt_re_match(kt_postend_re, li->text, li->len) <= 0)
		return NULL;
	t->closed = false;
	t->phase = PH_AFTER;
	t->gap = 0;
	return t;
}

/*
 * In a log whose kernel lines carry printk times, an untimed line stamped
 * by a Go program and the untimed lines after it (the programs it logs,
 * blank lines) are that program's, printed into the middle of a report:
 * the report goes on past them, as it goes on past another CPU's lines.
 * The next timed line ends the run.
 */
static bool
foreign_line(struct kt_segmenter *s, const struct kt_draft *d, const struct kt_lineinfo *li)
{
	if (li->has_time) {
		s->foreign_run = false;
		return false;
	}
	if (!s->foreign_run && s->have_time && kt_go_log_stamp(li->text, li->len))
		s->foreign_run = true;
	return s->foreign_run && d && !d->xmon_session && !isnan(d->ltime[0]);
}

/* Log-wide facts a line brings; false for a line that is not the kernel's. */
static bool
note_line(struct kt_segmenter *s, const struct kt_lineinfo *li)
{
	bool kernel = li->channel != KT_CH_XEN;

	s->lineno = li->lineno;
	s->seq = li->seq;
	if (!s->first_text && li->len)
		s->first_text = li->lineno;
	if (li->channel == KT_CH_USER)
		return false;
	if (kernel && (s->halted || s->halt_owner) && is_new_boot(s, li)) {
		s->halted = false;
		s->halt_owner = NULL;
	}
	if (kernel && li->has_time) {
		s->have_time = true;
		s->last_time = li->time;
	}
	return true;
}

/*
 * Before its trace a report does not start again: the same header printed
 * twice (duplicating consoles, syzkaller's "[inline]" expansion of the
 * location, xmon repeating "kernel BUG at") is body.
 */
static bool
header_is_body(const struct kt_draft *d, const struct kt_lineinfo *li, const struct header_form *f)
{
	if (f->flags & HF_ONLY_START)
		return true;
	return d->phase == PH_HEAD && !d->saw_stack &&
	    (is_repeat_of_header(d, li) ||
	    (f == d->form && (f->flags & HF_GUILTY) && !(f->flags & (HF_NOSTACK | HF_TENTATIVE))));
}

/* A line typed at (or printed by) an xmon prompt: headers it prints again belong to the session. */
static void
session_line(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	if (f && !(f->flags & HF_ONLY_START))
		attach(s, d, li, f);
	else
		add_body(s, d, li);
}

/* The line after an HF_TITLE_FROM_NEXT header names the crash (Xen's panic
 * box), and may be a header of its own. */
static void
title_line(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	d->title_next = false;
	free(d->title_text);
	d->title_text = xstrndup(li->text, li->len);
	if (!(f->flags & HF_FOLLOWUP) && (d->form->flags & HF_TITLE_FROM_NEXT) && !d->nattached)
		upgrade(s, d, li, f);
	else
		take_line(s, d, li, CLS_HEADER);
}

/*
 * Whether new report d began on the line right after report p ended, p
 * having printed no trace: p was interrupted while being printed (a KASAN
 * report raised in spin_dump(): syzbot-mail 382, 383), and d's trace,
 * taken where p's reporting code ran, may be p's.  A tentative d may yet be
 * dropped, and must outlive p's analysis.  p waits for d: a short p keeps
 * its lines within the scanner's window of raw lines (struct kt_limits
 * keep_raw) all the same.
 */
static bool
interrupts(const struct kt_draft *p, const struct kt_draft *d)
{
	return p->closed && !p->saw_stack && p->r.nlines <= MAX_INTERRUPTED && p->channel == d->channel &&
	    (p->form->flags & HF_GUILTY) && !(p->form->flags & HF_NOSTACK) &&
	    !(d->form->flags & (HF_TENTATIVE | HF_PANIC | HF_REBOOT)) &&
	    d->r.first_line == p->r.last_line + 1;
}

/* A header: it joins the report it follows up, or improves the open one, or
 * is the aftermath of a panic, or starts a new report (closing the open one). */
static void
on_header(struct kt_segmenter *s, struct kt_draft *d, const struct kt_lineinfo *li,
    const struct header_form *f)
{
	struct kt_draft *t = NULL;

	if (f->flags & HF_FOLLOWUP) {
		t = find_open(s, li, true);
		/* the same secondary header again starts a new report, unless the
		 * open one has not printed its trace yet */
		if (t && form_attached(t, f) && (t->closed || t->phase != PH_HEAD))
			t = NULL;
		/* a restart's crash belongs to the new boot */
		if (t && (t->form->flags & HF_REBOOT))
			t = NULL;
	}
	if (t) {
		attach(s, t, li, f);
	} else if (can_upgrade(d, f)) {
		upgrade(s, d, li, f);
	} else if (li->channel != KT_CH_XEN && s->halt_owner) {
		s->halted = true;
		aftermath(s, li);
	} else {
		struct kt_draft *prev = s->tail;

		if (d) {
			give_back(s, d);
			draft_close(s, d);
		}
		d = draft_new(s, li, f);
		if (prev && interrupts(prev, d))
			prev->interrupted_by = d;
		if (f->flags & HF_TITLE_FROM_NEXT)
			d->title_next = true;
		if (f->flags & HF_REBOOT)
			draft_close(s, d);	/* the banner is all of it: boot output follows */
	}
}

void
kt_segmenter_on_near_report(struct kt_segmenter *s, void (*fn)(void *arg), void *arg)
{
	s->near_fn = fn;
	s->near_arg = arg;
}

/* kt_header_match() found a header: the first one calls near_fn */
static void
header_seen(void *arg)
{
	struct kt_segmenter *s = arg;
	void (*fn)(void *) = s->near_fn;

	s->near_fn = NULL;
	fn(s->near_arg);
}

void
kt_segmenter_line(struct kt_segmenter *s, const struct kt_lineinfo *li)
{
	const struct header_form *f = NULL;
	struct kt_draft *d;
	bool owned = false;

	if (!note_line(s, li)) {
		ring_push(s, li, false);
		return;
	}
	d = find_open(s, li, false);
	if (foreign_line(s, d, li)) {
		ring_push(s, li, false);
		return;
	}
	if (li->len && !li->plain)
		f = kt_header_match(li->text, li->len, li->channel == KT_CH_XEN,
		    s->near_fn ? header_seen : NULL, s);
	if (d && d->xmon_session) {
		if (!li->has_time) {
			session_line(s, d, li, f);
			ring_push(s, li, true);
			return;
		}
		draft_close(s, d);	/* the kernel runs again */
		d = NULL;
	}
	if (f && d && header_is_body(d, li, f))
		f = NULL;
	if (f && (f->flags & HF_REBOOT) && (d || !kernel_was_running(s)))
		f = NULL;
	if (f && d && d->title_next) {
		title_line(s, d, li, f);
		ring_push(s, li, true);
		return;
	}
	if (li->channel != KT_CH_XEN && s->halted) {
		if (f)
			aftermath(s, li);
		ring_push(s, li, true);
		return;
	}
	if (f) {
		on_header(s, d, li, f);
		owned = true;
	} else if (d || (d = postend_target(s, li))) {
		add_body(s, d, li);
		owned = true;
	}
	ring_push(s, li, owned);
}

struct kt_segmenter *
kt_segmenter_new(const struct kt_limits *lim, const char *source)
{
	struct kt_segmenter *s = xcalloc(1, sizeof(*s));

	s->lim = *lim;
	s->source = source;
	s->ring = xcalloc(s->lim.context_lines ? s->lim.context_lines : 1, sizeof(*s->ring));
	for (size_t i = 0; i < s->lim.context_lines; i++)
		strbuf_init(&s->ring[i].text, 0);
	return s;
}

/*
 * The log ends right after the header of the same crash again ("[#2]" on
 * the next line after "---[ end trace"): that is a recurrence of the report
 * before it, not a report of its own.
 */
static bool
fold_stub(struct kt_segmenter *s, struct kt_draft *p, struct kt_draft *d)
{
	if (!p || d->closed || d->r.nlines != 1 || d->form != p->form || !p->closed ||
	    d->channel != p->channel || strcmp(d->ctx, p->ctx) ||
	    d->last_seq > p->last_seq + 3)
		return false;
	if (p->interrupted_by == d)
		p->interrupted_by = NULL;
	draft_add(p, d->r.lines[0].lineno, d->r.lines[0].text, strlen(d->r.lines[0].text), CLS_HEADER, d->ltime[0]);
	p->closed_at = s->seq;
	p->next = d->next;
	if (s->tail == d)
		s->tail = p;
	s->nqueued--;
	kt_draft_free(d);
	return true;
}

void
kt_segmenter_finish(struct kt_segmenter *s)
{
	struct kt_draft *prev = NULL;

	for (struct kt_draft *d = s->head, *next; d; prev = d, d = next) {
		next = d->next;
		if (fold_stub(s, prev, d)) {
			d = prev;
			continue;
		}
		if (d->closed)
			continue;
		/* cut off by the end of the log: before the trace, or inside an unfinished one */
		if (!d->ended && !d->aftermath && !(d->form->flags & HF_NOSTACK) && !d->r.truncated) {
			if (!d->saw_stack) {
				d->r.truncated = true;
				d->r.truncated_reason = "log ends before the call trace";
			} else if (d->phase == PH_STACK && !d->bottom && !(d->in_other && d->main_bottom)) {
				d->r.truncated = true;
				d->r.truncated_reason = "log ends inside the call trace";
			}
		}
		draft_close(s, d);
	}
}

void
kt_segmenter_free(struct kt_segmenter *s)
{
	struct kt_draft *d, *n;

	if (!s)
		return;
	for (d = s->head; d; d = n) {
		n = d->next;
		kt_draft_free(d);
	}
	for (size_t i = 0; i < s->lim.context_lines; i++)
		strbuf_release(&s->ring[i].text);
	free(s->ring);
	free(s);
}

bool
kt_segmenter_idle(const struct kt_segmenter *s, bool *timed, unsigned long *until, unsigned *needles)
{
	*timed = s->have_time;
	*until = 0;
	*needles = 0;
	if (s->halted || s->halt_owner || !s->first_text)
		return false;
	/* ctx_matches: a Xen report takes no line of another channel */
	for (const struct kt_draft *d = s->head; d; d = d->next) {
		if (d->closed)
			continue;
		if (d->channel != KT_CH_XEN)
			return false;
		*needles |= KT_NEEDLE_XEN;
	}
	if (s->head && s->head->closed) {
		const struct kt_draft *d = s->head->interrupted_by ? s->head->interrupted_by : s->head;

		*until = d->closed_at + FOLLOW_WINDOW + 1;
	}
	/* postend_target: only the tail is reopened, and only within the
	 * follow-up window (find_open) */
	if (s->tail && s->tail->ended && !s->tail->aftermath && s->seq <= s->tail->closed_at + FOLLOW_WINDOW) {
		unsigned long end = s->tail->closed_at + FOLLOW_WINDOW + 1;

		*needles |= KT_NEEDLE_POSTEND;
		if (!*until || end < *until)
			*until = end;
	}
	return true;
}

size_t
kt_segmenter_needle(unsigned needles, const char *p, size_t len)
{
	size_t end = 0;
	const char *at;

	if ((needles & KT_NEEDLE_XEN) && (at = memmem(p, len, "(XEN)", 5)))
		end = (size_t)(at - p) + 5;
	if (needles & KT_NEEDLE_POSTEND) {
		const char *g;
		size_t glen;

		if (end)
			len = end;
		/* the regexes read valid UTF-8 only: other text is not skipped */
		if (!kt_utf8_valid(p, len))
			return 1;
		if (kt_re_match(kt_postend_raw_re, p, len) > 0 && kt_re_group(p, 0, &g, &glen))
			end = (size_t)(g - p) + glen;
	}
	return end;
}
