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
 *  - skip list: frames that are never the guilty function.
 *
 * New kernel output formats mean new rows here, not new code.  The tables
 * are compiled once (kt_formats_init) and are read-only afterwards.
 */
#ifndef KT_FORMATS_H
#define KT_FORMATS_H

#include <stdbool.h>

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
	BODY_STACK_OTHER,	/* a secondary stack starts ("Allocated by task") */
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
	enum frame_where where;
	pcre2_code *re;
};

struct arch_marker {
	const char *pattern;
	const char *arch;
	bool weak;		/* circumstantial: used only when no strong marker matches;
				 * also searched in the lines before the report */
	pcre2_code *re;
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
/* Lines that look like headers but are not reports. */
extern pcre2_code *kt_not_header_re;
/* Frames never chosen as the guilty function (substring semantics). */
extern pcre2_code *kt_skip_re;
/* Prefixes stripped from syscall entry frames for titles. */
extern pcre2_code *kt_syscall_prefix_re;
/* Lockdep "..., at: func" lines (named group func). */
extern pcre2_code *kt_at_re;
/* Frames that end a complete call trace (thread and syscall entry points). */
extern pcre2_code *kt_stack_bottom_re;
/* Frames that end an interrupt section of a trace (the interrupted code follows). */
extern pcre2_code *kt_irq_end_re;
/* Lines that still belong to a report after its end marker (x86 repeats RIP/Code). */
extern pcre2_code *kt_postend_re;
/* Lines that start a new boot: what follows is not the aftermath of a panic. */
extern pcre2_code *kt_boot_re;

void kt_formats_init(void);

/* Find the header form matching text, or NULL. For XEN/kernel channel.
 * One Aho-Corasick pass over the line finds which header literals occur;
 * only the forms whose literal does are tried, in table order. */
const struct header_form *kt_header_match(const char *text, size_t len, bool xen);
enum body_class kt_body_class(const char *text, size_t len);

#endif
