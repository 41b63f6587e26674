/*
 * reports: the segmenter.  Consumes normalised lines (lines.h), finds where
 * each crash report starts and ends, keeps each report's own lines
 * (demultiplexed by printk caller id / Xen channel), attaches follow-ups
 * (panics, secondary headers, xmon sessions, Xen domain crashes) to the
 * report that caused them, and hands finished reports to analyse.h in order
 * of appearance.  One linear pass; memory is bounded by struct kt_limits.
 */
#ifndef KT_REPORTS_H
#define KT_REPORTS_H

#include "formats.h"
#include "ktriage.h"
#include "lines.h"

/* A report being built.  Owned by the scanner; freed after emission. */
struct draft {
	struct kt_report r;
	size_t lines_alloc;
	size_t max_lines;		/* lines kept at most (struct kt_limits.max_report_lines) */
	unsigned char *cls;		/* body class of each line (enum body_class, or CLS_FRAME/CLS_HEADER) */
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
	unsigned long closed_at;
	bool saw_stack;			/* a call trace (or frame) was seen */
	bool in_other;			/* inside a secondary stack (allocation, lock chain) */
	bool bottom;			/* the last reliable frame ends a complete trace */
	bool main_bottom;		/* the main trace was complete when a secondary one began */
	bool log_start;			/* the report starts at the first line of the log */
	bool aftermath;			/* output after its panic has been folded into it */
	bool xmon_session;		/* at the xmon prompt: untimestamped lines are the
					 * output of commands typed there */
	size_t irq_end;			/* frames before this index ran in interrupt context */
	const char *prev_arch;		/* arch of the previous report of the log ... */
	const char *prev_release;	/* ... and its release (arch inheritance) */
	struct draft *next;
};

#define CLS_FRAME 32
#define CLS_HEADER 33

/* Fill every derived field of d->r (analyse.c). */
void kt_analyse(struct draft *d, const struct kt_limits *lim);
/* Free everything d->r owns (analyse.c). */
void kt_report_release(struct kt_report *r);

#endif
