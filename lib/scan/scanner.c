/*
 * scanner: the public entry point (kt_scanner_*, ktriage.h).  Wires the
 * stages: raw bytes -> lines (lines.h) -> segmenter (segmenter.h) ->
 * analyser (analyse.h) -> the caller's callback, and keeps the statistics
 * and the limits on what is handed out.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "analyse.h"
#include "ktriage.h"
#include "lines.h"
#include "segmenter.h"
#include "strbuf.h"
#include "util.h"

/*
 * The last lines read, by number: their printk time (for kt_report.time)
 * and, with keep_raw, their bytes as read (for kt_line.raw).  A report's
 * lines are handed out at most max_report_lines + context_lines (+ the
 * segmenter's follow-up window) lines after they were read, so a window of
 * that size still holds them; an older one simply has no raw text.
 */
struct raw_slot {
	unsigned long lineno;		/* 0: empty */
	bool has_time;
	double time;
	struct strbuf raw;
};

struct kt_scanner {
	struct kt_limits lim;
	char *source;
	kt_report_fn fn;
	void *arg;
	struct kt_line_reader reader;
	struct kt_segmenter *seg;
	struct kt_scan_stats stats;
	unsigned index;			/* of the next report handed out */
	int stopped;			/* what the callback returned to stop the scan */
	const char *prev_arch;		/* arch and release of the last report handed out */
	char *prev_release;
	struct raw_slot *win;
	size_t nwin;
};

static struct raw_slot *
slot_of(struct kt_scanner *s, unsigned long lineno)
{
	struct raw_slot *sl = &s->win[lineno % s->nwin];

	return sl->lineno == lineno ? sl : NULL;
}

static void
on_raw(unsigned long lineno, const char *raw, size_t len, void *arg)
{
	struct kt_scanner *s = arg;
	struct raw_slot *sl = &s->win[lineno % s->nwin];

	if (sl->lineno != lineno) {
		sl->lineno = lineno;
		sl->has_time = false;
		strbuf_reset(&sl->raw);
	} else if (s->lim.keep_raw) {
		strbuf_addch(&sl->raw, '\r');	/* a piece split off at a bare CR */
	}
	if (s->lim.keep_raw)
		strbuf_add(&sl->raw, raw, len);
}

/* The report's printk time and, with keep_raw, its lines as read. */
static void
fill_from_window(struct kt_scanner *s, struct kt_report *r)
{
	for (size_t i = 0; i < r->nlines; i++) {
		struct raw_slot *sl = slot_of(s, r->lines[i].lineno);

		if (!sl)
			continue;
		if (sl->has_time && !r->has_time) {
			r->has_time = true;
			r->time = sl->time;
		}
		if (s->lim.keep_raw)
			r->lines[i].raw = xstrndup(sl->raw.buf, sl->raw.len);
	}
}

void
kt_limits_default(struct kt_limits *lim)
{
	lim->max_line = 4096;
	lim->max_report_lines = 2000;
	lim->max_reports = 10000;
	lim->max_frames = 256;
	lim->context_lines = 32;
	lim->keep_raw = false;
}

/* Analyse one finished report and hand it to the callback. */
static void
deliver(struct kt_scanner *s, struct kt_draft *d)
{
	struct kt_report *r = kt_draft_report(d);
	struct segment seg;

	r->index = s->index++;
	r->primary = r->index == 0;
	kt_draft_segment(d, &seg);
	seg.prev_arch = s->prev_arch;
	seg.prev_release = s->prev_release;
	kt_analyse(&seg, &s->lim, r);
	fill_from_window(s, r);
	if (r->arch && r->release) {
		s->prev_arch = r->arch;
		free(s->prev_release);
		s->prev_release = xstrdup(r->release);
	}
	s->stats.reports++;
	s->stopped = s->fn(r, s->arg);
}

/* Hand out every report the segmenter has finished (all of them at the end). */
static int
drain(struct kt_scanner *s, bool at_end)
{
	struct kt_draft *d;

	while ((d = kt_segmenter_next(s->seg, at_end))) {
		if (!s->stopped) {
			if (s->stats.reports < s->lim.max_reports)
				deliver(s, d);
			else
				s->stats.dropped_reports++;
		}
		kt_draft_free(d);
	}
	return s->stopped;
}

static int
on_line(const struct kt_lineinfo *li, void *arg)
{
	struct kt_scanner *s = arg;
	struct raw_slot *sl = slot_of(s, li->lineno);

	/* the first timed piece of a line gives its time */
	if (sl && li->has_time && !sl->has_time) {
		sl->has_time = true;
		sl->time = li->time;
	}
	s->stats.lines++;
	kt_segmenter_line(s->seg, li);
	return drain(s, false);
}

struct kt_scanner *
kt_scanner_new(const struct kt_limits *lim, const char *source, kt_report_fn fn, void *arg)
{
	struct kt_scanner *s = xcalloc(1, sizeof(*s));

	if (lim)
		s->lim = *lim;
	else
		kt_limits_default(&s->lim);
	if (s->lim.max_report_lines < 2)
		s->lim.max_report_lines = 2;
	s->source = xstrdup(source ? source : "-");
	s->fn = fn;
	s->arg = arg;
	s->seg = kt_segmenter_new(&s->lim, s->source);
	kt_lines_init(&s->reader, s->lim.max_line, on_line, s);
	s->reader.raw_fn = on_raw;
	s->nwin = s->lim.max_report_lines + s->lim.context_lines + 1024;
	if (s->nwin > 65536)
		s->nwin = 65536;
	s->win = xcalloc(s->nwin, sizeof(*s->win));
	for (size_t i = 0; i < s->nwin; i++)
		strbuf_init(&s->win[i].raw, 0);
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
	kt_segmenter_finish(s->seg);
	s->stats.long_lines = s->reader.long_lines;
	return drain(s, true);
}

const struct kt_scan_stats *
kt_scanner_stats(const struct kt_scanner *s)
{
	return &s->stats;
}

void
kt_scanner_free(struct kt_scanner *s)
{
	if (!s)
		return;
	kt_segmenter_free(s->seg);
	free(s->prev_release);
	kt_lines_release(&s->reader);
	for (size_t i = 0; i < s->nwin; i++)
		strbuf_release(&s->win[i].raw);
	free(s->win);
	free(s->source);
	free(s);
}

void
kt_report_release(struct kt_report *r)
{
	free(r->title);
	free(r->header);
	free(r->guilty);
	free(r->release);
	free(r->hardware);
	free(r->platform);
	free(r->mmu);
	free(r->comm);
	free(r->taint);
	free(r->fault_address);
	free(r->pc);
	free(r->lr);
	free(r->trap);
	free(r->caller);
	for (size_t i = 0; i < r->nframes; i++) {
		free(r->frames[i].function);
		free(r->frames[i].address);
		free(r->frames[i].module);
	}
	free(r->frames);
	for (size_t i = 0; i < r->nmodules; i++)
		free(r->modules[i]);
	free(r->modules);
	for (size_t i = 0; i < r->nlines; i++) {
		free(r->lines[i].text);
		free(r->lines[i].raw);
	}
	free(r->lines);
	for (size_t i = 0; i < r->ncontext; i++)
		free(r->context[i].text);
	free(r->context);
	memset(r, 0, sizeof(*r));
}
