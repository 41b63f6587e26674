/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * output: one writer per format (out-<format>.c), all behind struct
 * out_writer and found by name in the table of output.c.
 *
 * A run (one "ktriage scan") has one struct out_run, used by the main
 * thread; each input has one struct out_file, used by whichever thread
 * scans it, writing to its own FILE (stdout, or a buffer the main thread
 * copies out in input order).  Writers never see raw log bytes: report text
 * is already valid UTF-8 without control characters (lines.c); anything
 * else they print (file names, labels) goes through kt_clean_text too.
 * Writers that must see the whole run at once (KCIDB) keep state in
 * out_run.state and lock out_run.lock in their per-file callbacks.
 * Writers never print anywhere but their FILE: a message for the user
 * goes through out_notice().
 *
 * How to add an output format (out-tsv.c is the smallest example):
 *  1. Write lib/out/out-<name>.c defining "const struct out_writer
 *     out_<name>": a name, a one-line help, and the callbacks it needs
 *     (NULL for the others).  Print strings from the log or the user with
 *     out_put_clean() (or kt_clean_text() into a buffer) and only to
 *     out_file.fp / out_run.fp.
 *  2. Declare it below and add it to out_writers[] in output.c: that table is
 *     the one list of formats.  --format, its --help text and
 *     "ktriage scan --list-formats" come from it; so do the writer loops
 *     of tests/t9000-man.sh, tests/t1200-limits.sh and tests/fuzz/fuzz-writers.c.
 *  3. Add the file to libktriage_a_SOURCES in Makefile.am.
 *  4. Document it under --format in man/ktriage.1 (t9000-man.sh checks every
 *     listed format is there) and test its output in tests/t3000-formats.sh.
 */
#ifndef KT_OUTPUT_H
#define KT_OUTPUT_H

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

#include "ktriage.h"
#include "signature.h"
#include "strbuf.h"

struct out_opts {
	bool color;
	bool verbose;		/* text: print the report's lines too */
	/* KCIDB: checked by out_kcidb_check_opts() before the run starts */
	const char *origin;	/* KCIDB origin (default "ktriage") */
	const char *test_id;	/* KCIDB ids of the CI's own test and build, or NULL */
	const char *build_id;
};

/*
 * The one KCIDB validator: origin is [a-z0-9_]+, test_id and build_id (when
 * set) are "<origin>:<id>" with a non-empty id.  Returns 0, or -1 with err
 * (KT_EUSAGE) naming the option at fault.
 */
int out_kcidb_check_opts(const struct out_opts *o, struct kt_error *err);

/* A message for the user that is not output (the CLI prints it on stderr). */
typedef void (*out_notice_fn)(const char *msg, void *arg);

/* Unknown crashes of one fingerprint, for the closing summary. */
struct out_unknown {
	char fingerprint[17];
	char *title;			/* of the first one seen */
	char *source;			/* where the first one is: source:line */
	unsigned long line;
	unsigned long count;
};

/* What a run saw, for the closing summary. */
struct out_summary {
	unsigned long logs, input_errors, reports, known, unknown;
	unsigned long undetermined;	/* of the unknown: matching stopped by a limit */
	unsigned long *per_sig;	/* reports matched, per signature of the set */
	struct out_unknown *unknowns;	/* grouped by fingerprint, most frequent first */
	size_t nunknowns;
	unsigned long unknowns_dropped;	/* unknown crashes beyond OUT_MAX_UNKNOWNS groups */
};

/* Fingerprints of unknown crashes kept per input and per run. */
#define OUT_MAX_UNKNOWNS 1000

/*
 * Count one unknown crash into groups (by fingerprint, OUT_MAX_UNKNOWNS at
 * most; false when it had no room): n times, first seen at source:line.
 */
bool out_unknown_add(struct out_unknown **groups, size_t *n, size_t *alloc, const char *fingerprint,
    const char *title, const char *source, unsigned long line, unsigned long count);
void out_unknowns_sort(struct out_unknown *groups, size_t n);	/* most frequent first, stable */
void out_unknowns_free(struct out_unknown *groups, size_t n);

struct out_run {
	const struct out_writer *w;
	struct out_opts opts;
	FILE *fp;			/* the final output */
	const struct kt_sigset *sigs;
	const char *db_version;
	const struct kt_tree_verdict *tree;	/* --kernel-tree: per signature of sigs, or NULL */
	pthread_mutex_t lock;		/* for writers with run-wide state */
	void *state;
	out_notice_fn notice;		/* NULL: notices are dropped */
	void *notice_arg;
};

struct out_file {
	struct out_run *run;
	FILE *fp;
	const char *source;		/* the input's label */
	const char *path;		/* the input as given */
	unsigned index;			/* position among the inputs */
	unsigned long reports, known, unknown, undetermined;
	void *state;
};

struct out_writer {
	const char *name;
	const char *help;
	void (*run_begin)(struct out_run *run);
	void (*file_begin)(struct out_file *f);
	void (*report)(struct out_file *f, const struct kt_report *r, const struct kt_matches *m);
	/* error: the input error that ended the file early, or NULL */
	void (*file_end)(struct out_file *f, const struct kt_scan_stats *st, const char *error);
	void (*run_end)(struct out_run *run, const struct out_summary *sum);
};

/* The table of writers, in --help order; out_writers[out_nwriters] is NULL. */
extern const struct out_writer *const out_writers[];
extern const size_t out_nwriters;

const struct out_writer *out_writer_find(const char *name);
/* "text, json, ..." for messages and --help */
const char *out_writer_names(void);

/* Writers, each in its own out-<name>.c */
extern const struct out_writer out_text;
extern const struct out_writer out_json;
extern const struct out_writer out_kcidb;
extern const struct out_writer out_junit;
extern const struct out_writer out_markdown;
extern const struct out_writer out_tsv;
extern const struct out_writer out_raw;	/* needs kt_limits.keep_raw */

/* Helpers shared by writers */
void out_put_clean(FILE *fp, const char *s);	/* s made safe for a terminal */
/* ", built from X" and then end after a distribution's release, when m names
 * its upstream X (digits and dots only); nothing otherwise */
void out_built_from(FILE *fp, const struct kt_match *m, const char *end);
/* "kernel tree at REV (COMMIT): VERDICT" of a match's tree verdict into sb (not cleaned) */
void out_tree_line(struct strbuf *sb, const struct kt_tree_verdict *v);
/* Pass msg (printf-style) to run->notice, if any. */
void out_notice(const struct out_run *run, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/*
 * What a report's matches say: known (a match that is neither an error nor
 * a guess below --min-confidence), undetermined (none, but a limit stopped
 * some signature: it may have matched), or unknown.
 */
enum out_verdict { OUT_KNOWN, OUT_UNKNOWN, OUT_UNDETERMINED };
enum out_verdict out_verdict(const struct kt_matches *m);
/* The summary of a run of several logs, one line, the same in every format. */
void out_summary_line(const struct out_run *run, const struct out_summary *sum, struct strbuf *sb);
void out_summary_top(const struct out_run *run, const struct out_summary *sum,
    size_t max, size_t *idx, size_t *n);	/* most frequent signatures */

#endif
