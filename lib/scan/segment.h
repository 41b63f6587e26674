/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * segment: what the segmenter (segmenter.h) hands the analyser (analyse.h)
 * for one finished crash report -- its lines with the class the segmenter
 * gave each one, the header form the title comes from, the follow-up forms
 * it absorbed, and the few facts only segmentation can know.  The analyser
 * reads nothing else; everything here is borrowed from the segmenter and
 * valid only during kt_analyse().
 */
#ifndef KT_SEGMENT_H
#define KT_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "formats.h"
#include "ktriage.h"

/* Line classes beyond enum body_class: a call trace frame, a header line. */
#define CLS_FRAME 32
#define CLS_HEADER 33

struct segment {
	/* The report's own lines in log order, and the lines just before it
	 * (owned by the struct kt_report the segmenter built). */
	const struct kt_line *lines;
	size_t nlines;
	const struct kt_line *context;
	size_t ncontext;
	/* Class of each line: an enum body_class, CLS_FRAME or CLS_HEADER. */
	const unsigned char *cls;

	/* The header line the title comes from (normalised text) and its form. */
	const char *header;
	const struct header_form *form;
	/* Follow-up forms joined to the report (panics, secondary headers), in order. */
	const struct header_form *const *attached;
	size_t nattached;
	/* Frames from this line index on belong to a follow-up printed after the
	 * report had none of its own; (size_t)-1 when there is no such point. */
	size_t freeze_at;

	/* HF_TITLE_FROM_NEXT: the line after the header, which names the crash; or NULL. */
	const char *title_text;
	/* HF_XEN: what the console said just before the crash ("Bad type"), the
	 * title's " after: " cause; or NULL. */
	const char *cause;
	/* printk caller id owning the report ("T347"), or NULL. */
	const char *caller;

	bool log_start;		/* the report starts at the first line of the log */
	bool truncated;		/* the segmenter already found it cut short */
	/* Arch and release of the previous report of the log (same kernel: its
	 * arch is evidence for this one), or NULL. */
	const char *prev_arch;
	const char *prev_release;
	/* The report that began on the line after this one's last while this
	 * one had printed no trace: raised while this one was being printed,
	 * its trace may be this one's too (the analyser decides); or NULL. */
	const struct segment *interrupted_by;
};

/* Free everything r owns and zero it (scanner.c, which hands reports out;
 * the analyser, for a report it reads only for its frames). */
void kt_report_release(struct kt_report *r);

#endif
