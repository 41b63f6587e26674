/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * segmenter: consumes normalised lines (lines.h), finds where each crash
 * report starts and ends, keeps each report's own lines (demultiplexed by
 * printk caller id / Xen channel), attaches follow-ups (panics, secondary
 * headers, xmon sessions, Xen domain crashes) to the report that caused
 * them, and releases finished reports in order of appearance.  One linear
 * pass; memory is bounded by struct kt_limits.  The scanner (scanner.c)
 * wires lines -> segmenter -> analyser.
 */
#ifndef KT_SEGMENTER_H
#define KT_SEGMENTER_H

#include <stdbool.h>

#include "ktriage.h"
#include "lines.h"
#include "segment.h"

struct kt_segmenter;
/* A report being built; its working state is the segmenter's own. */
struct kt_draft;

/* lim is copied; max_report_lines must be at least 2.  source is borrowed
 * and must outlive the segmenter (reports point to it). */
struct kt_segmenter *kt_segmenter_new(const struct kt_limits *lim, const char *source);
void kt_segmenter_line(struct kt_segmenter *sg, const struct kt_lineinfo *li);
/* Call fn(arg) once, when a line first matches a header (whether or not it
 * opens a report), before the tables that read reports are compiled: the
 * scanner's second thread warms up for the first report meanwhile. */
void kt_segmenter_on_near_report(struct kt_segmenter *sg, void (*fn)(void *arg), void *arg);
/* The log ended: close every open report. */
void kt_segmenter_finish(struct kt_segmenter *sg);
/*
 * The oldest report that can no longer change, or NULL; at_end: the log has
 * ended (after kt_segmenter_finish), every report is released.  The caller
 * owns the draft and frees it with kt_draft_free().
 */
struct kt_draft *kt_segmenter_next(struct kt_segmenter *sg, bool at_end);
void kt_segmenter_free(struct kt_segmenter *sg);
/*
 * Whether a line that opens no report would change nothing but the ring of
 * context lines: no kernel report open, no panic (its aftermath, or a reboot
 * that ends it, is looked for on every line), the log's first line seen.
 * Reports may be waiting for follow-ups (a header): *until is then the
 * first line whose reading releases the oldest of them (0: none waits); a
 * skip must stop there, as the scanner's window of raw lines holds a
 * report's lines only so long.  *timed: a printk timestamp was seen (the
 * state an xmon prompt consults).  *needles (KT_NEEDLE_*): lines that are
 * not skipped even with no skim string, as they may still join a report:
 * an open Xen report takes "(XEN)" lines (and only those: a Xen crash on a
 * serial console is followed by dom0's output, and Xen may never print
 * again); a finished x86 report is reopened by the registers printed after
 * its end (kt_postend_re) within the follow-up window.  The scanner's skim
 * (skim.h) skips lines only then.
 */
enum { KT_NEEDLE_XEN = 1, KT_NEEDLE_POSTEND = 2 };
bool kt_segmenter_idle(const struct kt_segmenter *sg, bool *timed, unsigned long *until, unsigned *needles);
/* The end of the first needle (KT_NEEDLE_* set) in raw text p[0..len), or 0. */
size_t kt_segmenter_needle(unsigned needles, const char *p, size_t len);

/* The segment of a finished draft (borrowing from it; prev_arch and
 * prev_release are left NULL for the caller), and the report it built. */
void kt_draft_segment(const struct kt_draft *d, struct segment *seg);
struct kt_report *kt_draft_report(struct kt_draft *d);
/* The segment of the report that interrupted d (struct segment
 * interrupted_by), as kt_draft_segment() gives it; false when none.  That
 * report is the next one released, finished by then: the caller hands d
 * out before it frees that one. */
bool kt_draft_interruption(const struct kt_draft *d, struct segment *seg);
void kt_draft_free(struct kt_draft *d);

#endif
