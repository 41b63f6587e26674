/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * formats: everything ktriage knows about the shape of crash output, as data.
 *
 *  - header forms: the first line of a report, per arch and kind, with the
 *    title they produce;
 *  - body forms: lines that belong to a report (stack starts, frames,
 *    register dumps, trailers, end markers);
 *  - field forms: regexes with named groups that fill report fields;
 *  - frame forms: call trace frame syntaxes of every supported arch;
 *  - arch markers: evidence of the architecture;
 *  - skip list: frames that are never the guilty function;
 *  - line prefixes (timestamps, syslog, Xen markers) and report prefixes
 *    (lines before a header that belong to its report);
 *  - access decoders: registers that tell a memory fault's access type.
 *
 * New kernel output formats mean new rows here, not new code.  The tables
 * are compiled once (under pthread_once) and are read-only afterwards:
 * kt_formats_init() the tables of lines (prefixes, wrapped lines, header
 * literals); the header forms, once a header literal occurs
 * (kt_header_match, kt_line_of_its_own); kt_formats_init_reports() all the
 * others, which kt_header_match() does once a header matches: nothing reads
 * a report's tables before a header opened one.  Behaviour comes from a
 * form's flags, never from its title text: retitling a form changes titles
 * only.
 *
 * How to add a crash header format
 *
 *  1. Find a real log of it (a bug tracker, a mailing list; say where in
 *     step 4) and check that ktriage misses it: ./build/ktriage scan LOG.
 *  2. Add a row to kt_header_forms in formats.c, in the section of its kind:
 *     a literal that every such line contains (the cheap prefilter), an
 *     anchored pattern whose groups feed the title template ({1}..{9}), the
 *     kind, the arch the line proves (or NULL), the title, the flags and
 *     extra guilty-frame skips.  Rows are tried in order: put a specific
 *     form before a looser one with the same literal.
 *  3. Choose the flags by behaviour (see HF_* below).  Most reports want
 *     HF_GUILTY (" in <function>").  A line that other reports also print
 *     inside their own body wants HF_ONLY_START; one that may follow
 *     another report's header and belong to it, HF_FOLLOWUP; a report with
 *     no trace, HF_NOSTACK.  Lines of the report that no body form knows
 *     need a body form row, fields it prints a field form row.
 *  4. Put the log under tests/data/corpus/<arch>/, byte for byte, with a
 *     row in tests/data/corpus/MANIFEST.tsv naming its source URL, then
 *     write its golden and read it:
 *         KTRIAGE_UPDATE_GOLDEN=1 make -C build check TESTS=tests/t1000-golden.sh
 *         git diff tests/data/golden
 *     No other golden may change: if one does, the new row is too loose.
 */
#ifndef KT_FORMATS_H
#define KT_FORMATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ktriage.h"
#include "regex.h"

/* Header flags. */
enum {
	HF_GUILTY = 1 << 0,	/* title gets " in <guilty function>" */
	HF_FOLLOWUP = 1 << 1,	/* joins the open report of the same context */
	HF_XEN = 1 << 2,	/* only on the Xen hypervisor console */
	HF_ANYWHERE = 1 << 3,	/* may start mid-line (glued to other output) */
	HF_CORRUPT = 1 << 4,	/* standalone, this header means the real one was lost */
	HF_PANIC = 1 << 5,	/* a kernel panic: marks the report panicked */
	HF_XMON = 1 << 6,	/* powerpc xmon session */
	HF_NOSTACK = 1 << 7,	/* reports of this form carry no call trace */
	HF_ONLY_START = 1 << 8,	/* inside an open report this line is body, not a header */
	HF_AT1 = 1 << 9,	/* lockdep: the first "at:" line names the guilty function */
	HF_AT2 = 1 << 10,	/* lockdep: the first two "at:" lines, in turn */
	HF_FAULT = 1 << 11,	/* a memory access fault: register-derived fault address/access apply */
	HF_STALL = 1 << 12,	/* a stall: the guilty frame is in the interrupted context */
	HF_TENTATIVE = 1 << 13,	/* a report only if a follow-up or a stack confirms it */
	HF_WEAK = 1 << 14,	/* a follow-up takes over the title (the header becomes its "after: " cause) */
	HF_YIELD_TITLE = 1 << 15,	/* a generic banner (Xen's crash box, xmon's prompt): a
					 * follow-up that names the crash takes over header and title */
	HF_TITLE_FROM_NEXT = 1 << 16,	/* the next line names the crash: the title is
					 * "<title>: <that line>", and a header there becomes the report's */
	HF_FRAME_FROM_STACK = 1 << 17,	/* the function the header names is not the guilty one's
					 * evidence: only the program counter and the trace are
					 * (a WARNING cut before its trace is "in corrupted"; its
					 * guilty function is then the header's, last resort) */
	HF_BARE_WHEN_LOST = 1 << 18,	/* without a guilty frame the title is the header alone,
					 * even when the report is corrupted (no "in corrupted") */
	HF_AT_LAST = 1 << 19,	/* the "at:" lines of HF_AT1/HF_AT2 only when the trace names no
				 * guilty frame (a lock-order report's trace is the culprit's) */
	HF_DISPATCHED = 1 << 20,	/* the culprit is the callee of the innermost dispatcher frame,
					 * as for stalls (stack overflows: the recursion's entry) */
	HF_NAMES_GUILTY = 1 << 21,	/* the title already names the function: the report's
					 * guilty frame is chosen but not appended */
	HF_REBOOT = 1 << 22,	/* a firmware banner: a report ("unexpected kernel reboot") only
				 * when the lines before it show a running kernel, with no
				 * shutdown message nor report after its output */
	HF_HEADER_LAST = 1 << 23,	/* when nothing else names a guilty function, the header's,
					 * even a helper (a sanitizer's header names the access) */
	HF_REGS_TRACE = 1 << 24,	/* a stall whose trace is the stalled code's own (a soft
					 * lockup's show_regs): a timer interrupt past an
					 * interrupt's exit in it is not the detector's */
	HF_TIMER_START = 1 << 25,	/* a stall found by the timer tick (an RCU stall): the
					 * code after the first local APIC timer interrupt frames
					 * is the stalled code, as syzkaller reads it */
	HF_NO_OWN_REGS = 1 << 26,	/* raised by dump_stack(), not a trap: registers in the
					 * report are an interrupted context's (an exception
					 * entry's in its trace), never its own */
	HF_CHAIN_FIRST = 1 << 27,	/* lockdep: past its "at:" sites, the dependency chains' frames
					 * (in the order printed) come before the report's own trace,
					 * as syzkaller reads a circular dependency */
};

struct header_form {
	const char *literal;	/* cheap prefilter: must occur in the line */
	const char *pattern;	/* PCRE2, captures feed the title template */
	const char *kind;
	const char *arch;	/* arch this form proves, or NULL */
	const char *title;	/* template: {1}..{9} captures, literal text */
	unsigned flags;
	const char *skip;	/* extra guilty-frame skips for this form, or NULL */
	pcre2_code *re;
	pcre2_code *skip_re;
};

/* Body line classes. */
enum body_class {
	BODY_NONE = 0,
	BODY_INFO,		/* a line a report carries before its stack (CPU:, registers...) */
	BODY_WEAK,		/* generic shape: report body only until its trace is complete */
	BODY_STACK,		/* a stack starts ("Call Trace:") */
	BODY_STACK_RESET,	/* the main stack starts; frames before it were chains ("stack backtrace:") */
	BODY_STACK_CPU,		/* a CPU's backtrace starts ("NMI backtrace for cpu 1"): the report's
				 * trace unless one was seen outside a secondary stack */
	BODY_STACK_OTHER,	/* a secondary stack starts ("Allocated by task") */
	BODY_STACK_OTHER_CPU,	/* the next CPU's backtrace is a secondary stack ("rcu: Stack
				 * dump where RCU GP kthread last ran:") */
	BODY_LOCATION,		/* frames of a location follow ("Preemption disabled at:"); the
				 * report's own trace replaces them */
	BODY_MARK,		/* inside a stack: <IRQ>, --- interrupt: ... */
	BODY_TAIL,		/* after a stack: Code:, register dumps, hex dumps */
	BODY_END,		/* the last line of a report: ---[ end trace */
	BODY_PROMPT,		/* xmon prompt: ends an xmon session */
};

struct body_form {
	const char *pattern;
	enum body_class cls;
	pcre2_code *re;
};

/* Field forms: named groups among cpu pid comm taint release hw platform mmu
 * addr access pc lr trap modules xcpu rvcause. First match of a field wins. */
struct field_form {
	const char *pattern;
	const char *literals;	/* prefilter (KT_TABLE_FIELD_FORMS) */
	const char *arch;	/* arch this line proves, or NULL */
	bool context_too;	/* also searched in the lines before the report */
	pcre2_code *re;
};

/* Where a frame form applies (the looser the shape, the narrower the place). */
enum frame_where {
	FW_ANY = 0,		/* any line of a report */
	FW_STACK,		/* only inside a stack */
	FW_STACK_OR_HEAD,	/* inside a stack, or before the report's first stack marker */
	FW_RUN,			/* only right after a stack marker, a frame or a mark */
};

/* Frame forms: named groups func off size mod addr unrel (any text = unreliable)
 * rs (Xen R/S marker). */
struct frame_form {
	const char *pattern;
	const char *literals;	/* prefilter (KT_TABLE_FRAME_FORMS) */
	enum frame_where where;
	pcre2_code *re;
};

struct arch_marker {
	const char *pattern;
	const char *literals;	/* prefilter (KT_TABLE_ARCH_MARKERS) */
	const char *arch;
	bool weak;		/* circumstantial: used only when no strong marker matches;
				 * also searched in the lines before the report */
	pcre2_code *re;
};

/*
 * Line prefixes (lines.c): what wraps a kernel line, tried in turn at the
 * current position until none matches.  Each pattern is anchored; named
 * groups carry the fields: ts (printk seconds), caller, lvl, prog (syslog
 * program), fac (dmesg -x facility), flvl (dmesg -x level name), dom (Xen
 * guest marker); dmesg's other clocks (PFX_DMESG_TIME): mon, day, hh, mm,
 * ss, frac (a wall clock) or delta/delta2 (seconds since the line before).
 * The kind says what lines.c does with them.
 */
enum prefix_kind {
	PFX_QUOTE, PFX_CI_TIME, PFX_SYSLOG, PFX_JOURNAL, PFX_DMESG_X, PFX_LEVEL,
	PFX_PRINTK, PFX_DMESG_TIME, PFX_CALLER, PFX_XEN, PFX_GUEST, PFX_DROPPED,
	/* PFX_SYSLOG whose month is a word in any language: tried only where
	 * a line starts (after a quote at most), not on every message */
	PFX_SYSLOG_LOCALE,
};

/* Rows of the prefix table at most (lines.c keeps a flag per row). */
#define KT_MAX_PREFIX_FORMS 32

struct prefix_form {
	enum prefix_kind kind;
	const char *first;	/* bytes the prefix can start with (after blanks): a cheap prefilter */
	const char *pattern;
	pcre2_code *re;
};

/*
 * Report prefixes (segmenter.c): lines printed just before a header that
 * belong to its report, by the header's family (HF_XEN, HF_XMON, or 0 for
 * every other form): "cut here" separators, Xen's "file.c:N:dN" messages,
 * xmon's register lines.
 */
struct pullback_form {
	unsigned family;
	const char *pattern;
	pcre2_code *re;
};

/*
 * Fault access decoders: a register value (a field form capture, read as
 * hex) that tells the access type of a memory fault (HF_FAULT forms), tried
 * in order while the access is still unknown.  The first rule whose
 * (value & mask) == match wins, else `otherwise`.
 */
struct access_rule {
	unsigned long mask, match;
	enum kt_access access;
};

/* Rows of the access decoder table at most (analyse.c keeps a value per row). */
#define KT_MAX_ACCESS_DECODERS 8

struct access_decoder {
	const char *capture;		/* the field form group holding the register */
	const char *arch[2];		/* only for reports of these archs; none: any arch */
	struct access_rule rule[6];	/* a zero mask ends the list */
	enum kt_access otherwise;
};

extern struct header_form kt_header_forms[];
extern const size_t kt_nheader_forms;
extern struct body_form kt_body_forms[];
extern const size_t kt_nbody_forms;
extern struct field_form kt_field_forms[];
extern const size_t kt_nfield_forms;
extern struct frame_form kt_frame_forms[];
extern const size_t kt_nframe_forms;
extern struct arch_marker kt_arch_markers[];
extern const size_t kt_narch_markers;
extern struct prefix_form kt_prefix_forms[];
extern const size_t kt_nprefix_forms;
/* Per byte: bit i set when prefix form i may start with it (its `first`;
 * every form for NUL, the end of the text). */
extern uint32_t kt_prefix_first[256];
/* The forms that may start with the bytes a, b (after blanks): a subset of
 * kt_prefix_first[a], derived from each form's regex by a partial match on
 * first use of the pair (b 0: the text ends after a). */
uint32_t kt_prefix_pair(unsigned char a, unsigned char b);
/* The same for a text (after blanks) of at least KT_PREFIX_QUAD bytes, by
 * its first four: a subset of kt_prefix_pair(s[0], s[1]).  After a printk
 * time most lines start with a word ("Call Trace", "Modules linked in")
 * whose first two bytes a syslog month or weekday could start. */
#define KT_PREFIX_QUAD 4
uint32_t kt_prefix_quad(const char *s);
/* The row of the printk time prefix, which lines.c reads without its regex. */
extern size_t kt_prefix_printk;
/* The rows that only open a line (before any prefix but a quote): a bit each. */
extern uint32_t kt_prefix_opening;
extern struct pullback_form kt_pullback_forms[];
extern const size_t kt_npullback_forms;
extern const struct access_decoder kt_access_decoders[];
extern const size_t kt_naccess_decoders;
/*
 * Wrapped lines: a line that a mail client or a terminal cut at ~72-80
 * columns, and what its continuation looks like.  The line reader holds an
 * `incomplete` line back and joins the next line to it (with `sep`) when
 * that line has no timestamp of its own and matches `continuation`: so a
 * wrapped header still opens its report and `line` rules see it whole.
 */
/*
 * What a line must show before a wrap form's pattern is tried: cheap tests
 * that every line the pattern matches passes (test-tool prefilter-check
 * proves it on every log of tests/data), so almost no line reaches a
 * regex.  Words are the wrap words of formats.c (WRAP_*).
 */
struct wrap_gate {
	const char *last;	/* the bytes it may end with ('#': a digit, 'A': a capital); NULL: any */
	unsigned char min_len;	/* its length at least */
	signed char starts;	/* a word it starts with after its blanks, or -1 */
	signed char ends;	/* a word it ends with, or -1 */
	signed char holds[2];	/* it holds one of these words (-1: unused; both -1: no condition) */
	signed char lacks;	/* a word it does not hold, or -1 */
	bool (*test)(const char *text, size_t len);	/* a last test, or NULL */
};

struct wrap_form {
	const char *incomplete;		/* the cut line, anchored at its end ($) */
	const char *continuation;	/* the start of the next line (^) */
	const char *sep;		/* put between the two: " ", or "" inside a path */
	pcre2_code *inc_re, *cont_re;
	bool timed_too;			/* a continuation may have a printk time of its own
					 * when it starts with a blank: printk's own split of
					 * a pr_cont() line too long for one record */
	struct wrap_gate gate;		/* no gate (kt_flowed_wrap): never tried as incomplete */
	bool backslash;			/* the cut line ends in a blank and "\\" (a long line
					 * quoted in a commit message): that end and the
					 * continuation's indentation give way to sep */
};

extern struct wrap_form kt_wrap_forms[];
extern const size_t kt_nwrap_forms;
/* A quoted line broken at a blank, when no form above knows it (no incomplete pattern). */
extern struct wrap_form kt_flowed_wrap;
/* Any other timestamped line cut at a mail client's wrap width (lines.c
 * decides, this form has no patterns: never given to kt_wrap_continues). */
extern struct wrap_form kt_mailcut_wrap;
/* Whether text can be no mail client's continuation of the line before: it
 * holds a header's literal, or is a separator ("cut here"). */
bool kt_line_of_its_own(const char *text, size_t len);
/* The length of the "+0x1c/0x20" offset and size of a function at s (no
 * part of a title; the end of a WARNING header's site), 0 when s holds none. */
size_t kt_offset_len(const char *s);
/* Whether text starts with the time Go's log package stamps a line with
 * ("2018/02/27 11:26:59 "): syzkaller's fuzzer writing to the console it
 * watches, a line of its own, and no part of a report. */
bool kt_go_log_stamp(const char *text, size_t len);
/* The wrap form whose incomplete line text is, or NULL (cheap when not). */
const struct wrap_form *kt_wrap_incomplete(const char *text, size_t len);
/* Whether text may be cut as a form whose continuation may have a time of
 * its own (timed_too): false rules that out (a first and last byte test). */
bool kt_wrap_timed_too_possible(const char *text, size_t len);
/* Whether text passes the gate of form (test-tool prefilter-check). */
bool kt_wrap_gate_passes(const struct wrap_form *form, const char *text, size_t len);
/* Whether text continues a line cut as form describes. */
bool kt_wrap_continues(const struct wrap_form *form, const char *text, size_t len);

/* A printk timestamp inside a line: kernel output glued after other output. */
extern pcre2_code *kt_glued_re;
/* The kernel's report prefixes: "cut here" and separator lines. */
extern pcre2_code *kt_separator_re;
/* A Xen console message ("mm.c:2429:d0 Bad type ..."): named group msg. */
extern pcre2_code *kt_xen_msg_re;
/* Lines that look like headers but are not reports. */
extern pcre2_code *kt_not_header_re;
/* Frames never chosen as the guilty function (substring semantics). */
extern pcre2_code *kt_skip_re;
extern pcre2_code *kt_sanitizer_check_re;	/* a program counter whose link register is not the caller */
/* How frames are named in titles: the first row whose pattern matches has
 * the matched text replaced by replacement. */
struct frame_rename {
	const char *pattern;
	const char *replacement;
	const char *kinds;	/* the report kinds it applies to, space-separated; NULL: all */
	pcre2_code *re;
};
extern struct frame_rename kt_frame_renames[];
extern const size_t kt_nframe_renames;
/* Stalls: the dispatcher frames whose callee names a stall. */
extern pcre2_code *kt_stall_anchor_re;
/* Stalls: frames (as titles name them) that name a stall themselves. */
extern pcre2_code *kt_stall_culprit_re;
/* Lines that start another dump (its lines inside a trace: mixed output). */
extern pcre2_code *kt_interleave_re;
/* Lockdep "..., at: func" lines (named group func). */
extern pcre2_code *kt_at_re;
/* Whether a frame line names a frame that ends a complete call trace
 * (thread and syscall entry points). */
bool kt_stack_bottom(const char *text, size_t len);
/* Frames that end an interrupt section of a trace (the interrupted code follows). */
extern pcre2_code *kt_irq_end_re;
/* Frames of a stall detector's own interrupt (timer, RCU, watchdog). */
extern pcre2_code *kt_stall_detector_re;
/* Frames of a stall detector printing its report (RCU's dumps, the watchdog). */
extern pcre2_code *kt_stall_printer_re;
/* An interrupt's exit, where pending softirqs run. */
extern pcre2_code *kt_irq_exit_re;
/* A frame that runs pending softirqs: no stall detector runs below one. */
extern pcre2_code *kt_softirq_run_re;
/* An annotated register line naming an inlined function ("... [inline]"),
 * and one naming a function with its offset: the pc's outer function. */
extern pcre2_code *kt_rip_inline_re, *kt_rip_outer_re;
/* A symbolised function with the source position syzbot appends
 * ("dequeue_entities+0x6df/0x760 kernel/sched/fair.c:7177") ending a line:
 * the group "pos" is the position, with the space before it. */
extern pcre2_code *kt_symbolised_pos_re;
/* Lines that still belong to a report after its end marker (x86 repeats RIP/Code). */
extern pcre2_code *kt_postend_re, *kt_postend_raw_re;
/* Lines that start a new boot: what follows is not the aftermath of a panic. */
extern pcre2_code *kt_boot_re;
extern pcre2_code *kt_shutdown_re;	/* the kernel stops on purpose */

/*
 * Row prefilters: the rows of these tables (field forms, arch markers,
 * frame forms) are tried on every line of a report, and most rows match
 * none of them.  A row's `literals` are the
 * strings every match of its pattern contains ('|' between alternatives;
 * NULL: none, the row is always tried): one multi-literal pass over a line
 * tells which rows are worth a regex.  kt_rows_possible() sets cand[i] to 1
 * for every row i of the table that may match text, to 0 for the others
 * (cand has one entry per row).  t0010 checks the literals against every
 * line of the test logs (test-tool prefilter-check).
 */
enum kt_table { KT_TABLE_FIELD_FORMS, KT_TABLE_ARCH_MARKERS, KT_TABLE_FRAME_FORMS, KT_NTABLES };

/* Rows of a prefiltered table at most (callers keep a cand[] on the stack). */
#define KT_MAX_TABLE_ROWS 128

void kt_rows_possible(enum kt_table t, const char *text, size_t len, unsigned char *cand);
/* Every table's rows of n lines in one pass: row j of table t of line i
 * at rows[i * stride + kt_table_base(t) + j] (stride at least
 * kt_table_base(KT_NTABLES)). */
void kt_rows_possible_lines(const char *const *texts, size_t n, unsigned char *rows, size_t stride);
size_t kt_table_base(enum kt_table t);
/* The pattern of row i of table t, and the number of rows (for the check). */
size_t kt_table_rows(enum kt_table t);
const pcre2_code *kt_table_re(enum kt_table t, size_t i);

/* Compile the tables of lines (once per process, thread-safe); call before any use. */
void kt_formats_init(void);
/* Compile the tables of reports too (once per process, thread-safe). */
void kt_formats_init_reports(void);

/* Find the header form matching text, or NULL. For XEN/kernel channel.
 * One Aho-Corasick pass over the line finds which header literals occur;
 * only the forms whose literal does are tried, in table order.  When one
 * matches, near(arg) is called (when not NULL) before the tables that read
 * reports are compiled: a report is near. */
const struct header_form *kt_header_match(const char *text, size_t len, bool xen,
    void (*near)(void *arg), void *arg);
/*
 * The literals of the skim (scanner.c): index 0, 1, ... until NULL, repeats
 * possible.  Every line that can open a report, or be joined to the next
 * as a wrapped line, contains one of them.
 */
const char *kt_skim_literal(size_t i);
enum body_class kt_body_class(const char *text, size_t len);
/*
 * The same in two steps, for a caller that tests frames in between: the
 * classes a frame line keeps (stack starts, ends, prompts, locations),
 * then the others (BODY_INFO, BODY_WEAK, BODY_TAIL, BODY_MARK), which a
 * frame overrides.  kt_body_class() is the first, else the second.
 */
enum body_class kt_body_class_outranking(const char *text, size_t len);
enum body_class kt_body_class_rest(const char *text, size_t len);
/* For tests: the class with each body form's whole pattern, and with the
 * first byte's share of its alternatives (formats.c, body_split_re) from the
 * first line on; both are kt_body_class()'s. */
enum body_class kt_body_class_whole(const char *text, size_t len);
enum body_class kt_body_class_split(const char *text, size_t len);
/* The report prefix pattern for a header form's flags. */
const pcre2_code *kt_pullback_re(unsigned form_flags);

#endif
