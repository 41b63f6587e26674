/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ktriage.h - the one public header of libktriage.
 *
 * The library reads kernel console output, finds every crash report in it
 * and fills one struct kt_report per report.  It never prints and never
 * exits: errors come back as return values with a message in a
 * caller-supplied struct kt_error.  Only the CLI (cli/main.c, cli/cmd-*.c)
 * talks to the user.
 *
 * Ownership: a kt_report handed to a kt_report_fn callback is borrowed; it
 * is freed by the library when the callback returns.  Every *_new() / *_open()
 * pairs with a *_free() / *_close(); strings returned in structs are owned by
 * the struct that holds them.
 */
#ifndef KTRIAGE_H
#define KTRIAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define KT_ERROR_MAX 512

struct kt_error {
	int code;		/* a KT_E* value, 0 when no error */
	char msg[KT_ERROR_MAX];	/* "what: why", no trailing newline */
};

enum {
	KT_EOK = 0,
	KT_EIO = 1,		/* cannot read an input */
	KT_EFORMAT = 2,		/* corrupt compressed stream */
	KT_EUSAGE = 3,		/* bad argument given to the library */
};

/* Resource limits: every one has a documented default (see ktriage(1)). */
struct kt_limits {
	size_t max_line;	/* bytes of a line kept; longer lines are cut */
	size_t max_report_lines;/* lines kept in one report */
	size_t max_reports;	/* reports returned per input; the rest counted */
	size_t max_frames;	/* call trace frames kept per report */
	size_t context_lines;	/* log lines kept from before each report */
	bool keep_raw;		/* fill kt_line.raw (default false) */
	bool pipeline;		/* analyse reports and call back on a second thread
				 * while the log is read on (default false; not with
				 * keep_raw): for one big log on a spare core */
	void (*warm_up)(void *arg);	/* with pipeline: called once on the second
				 * thread, with the report callback's arg, when a line
				 * of the log first matches a report header: the
				 * callback's first-use work (reading signatures) then
				 * overlaps the reading of the first report rather
				 * than following it.  NULL (default): none */
};

void kt_limits_default(struct kt_limits *lim);

enum kt_access {
	KT_ACCESS_UNKNOWN = 0,
	KT_ACCESS_READ,
	KT_ACCESS_WRITE,
	KT_ACCESS_EXEC,		/* instruction fetch */
};

const char *kt_access_name(enum kt_access a);	/* NULL for UNKNOWN */

struct kt_frame {
	char *function;		/* symbol as printed (leading '.' removed), NULL if address only */
	char *address;		/* hex address as printed, or NULL */
	long long offset;	/* -1 when not printed */
	long long size;		/* -1 when not printed */
	char *module;		/* NULL for the core kernel */
	bool reliable;		/* false for '? ' frames, '(unreliable)', Xen 'S' */
	bool inlined;		/* syzbot's "func file.c:N [inline]": code inlined
				 * into the next frame, never the guilty function */
};

struct kt_line {
	unsigned long lineno;	/* 1-based line number in the input */
	char *text;		/* normalised text: prefixes stripped, valid UTF-8 */
	/*
	 * The input line as read, prefixes and timestamps intact (cut at
	 * max_line, not cleaned: any bytes), with kt_limits.keep_raw; NULL
	 * without it or when the line is no longer at hand.  Lines of a
	 * report that share a number (split at a bare CR) share this text.
	 */
	char *raw;
};

struct kt_report {
	const char *source;	/* label of the input (borrowed) */
	unsigned index;		/* 0-based, in order of appearance */
	bool primary;		/* the first report of the input */
	unsigned long first_line, last_line;

	const char *kind;	/* oops, bug, warning, panic, lockdep, sanitizer, stall, hang, mce, xmon, xen */
	char *title;		/* syzkaller-style "<header> in <guilty>" */
	char *header;		/* the header line as printed (normalised) */
	char *guilty;		/* guilty function, or NULL */
	const char *arch;	/* x86_64, i386, arm64, arm, powerpc, riscv, s390, mips, loongarch, xen, or NULL */
	char *release, *hardware, *platform, *mmu;
	long cpu, pid;		/* -1 when absent */
	char *comm, *taint;
	char *fault_address;
	enum kt_access access;
	char *pc;		/* program counter symbol (or address when unsymbolised) */
	char *lr;		/* link register / return address symbol, when printed */
	char *pc_caller;	/* when pc is an inlined function syzbot's annotated registers
				 * name first ("RIP: 0010:f mm/x.c:12 [inline]"), the function
				 * it was inlined into, from the "RIP:" line after; or NULL.
				 * Matched as pc, not printed. */
	char *trap;		/* trap/vector description, e.g. "Vector: 400 (Instruction Access)" */
	char *caller;		/* printk caller id owning the report ("T347", "C0"), or NULL */
	bool has_time;		/* time: the printk timestamp of its first timed line */
	double time;		/* seconds since boot */

	struct kt_frame *frames;
	size_t nframes;
	char **modules;
	size_t nmodules;

	bool panicked;		/* a "Kernel panic - not syncing" belongs to this report */
	bool truncated;
	const char *truncated_reason;
	bool corrupted;
	const char *corrupted_reason;
	char fingerprint[17];	/* 16 hex digits of SHA-256 over kind, title, top frames */

	struct kt_line *lines;	/* the report's own lines, in order */
	size_t nlines;
	struct kt_line *context;/* lines of the log just before the report */
	size_t ncontext;
};

/* Called once per report, in order of appearance. Non-zero stops the scan.
 * With kt_limits.pipeline it runs on the scanner's second thread (never two
 * calls at once); kt_scanner_finish() returns after the last one. */
typedef int (*kt_report_fn)(const struct kt_report *r, void *arg);

struct kt_scan_stats {
	unsigned long lines;		/* lines read */
	unsigned long long bytes;	/* bytes read (after decompression) */
	unsigned long long_lines;	/* lines cut at max_line */
	unsigned long reports;		/* reports passed to the callback */
	unsigned long dropped_reports;	/* reports beyond max_reports */
};

struct kt_scanner;

struct kt_scanner *kt_scanner_new(const struct kt_limits *lim, const char *source,
    kt_report_fn fn, void *arg);
/* Feed raw bytes of the log (any content). Returns non-zero if the callback stopped the scan. */
int kt_scanner_feed(struct kt_scanner *s, const char *data, size_t len);
/* Flush the last line and every open report. */
int kt_scanner_finish(struct kt_scanner *s);
/* The size the whole input is expected to have, when known (a file's):
 * what the scanner prepares for.  Only a hint: any amount may be fed. */
void kt_scanner_size_hint(struct kt_scanner *s, unsigned long long bytes);
const struct kt_scan_stats *kt_scanner_stats(const struct kt_scanner *s);
void kt_scanner_free(struct kt_scanner *s);
/* Compile the tables reports are read with now rather than at the first
 * header (for a thread with nothing else to do while others scan).
 * Thread-safe. */
void kt_scan_warm_up(void);

/*
 * Inputs: a path, "-" for stdin, or an http(s) URL fetched with net (net.h;
 * NULL: defaults); gzip and zstd are detected by magic bytes.
 */
struct kt_input;
struct kt_net_opts;

struct kt_input *kt_input_open(const char *path, const struct kt_net_opts *net,
    struct kt_error *err);
/* Returns bytes read, 0 at end of input, -1 on error (err filled). */
ssize_t kt_input_read(struct kt_input *in, char *buf, size_t len, struct kt_error *err);
const char *kt_input_name(const struct kt_input *in);
void kt_input_close(struct kt_input *in);

/*
 * Convenience: open path, feed it all to a new scanner, finish.
 * Returns 0, or -1 with err filled (reports found before the error are
 * still delivered).
 */
int kt_scan_path(const char *path, const char *label, const struct kt_limits *lim,
    const struct kt_net_opts *net, kt_report_fn fn, void *arg, struct kt_scan_stats *stats,
    struct kt_error *err);

#endif
