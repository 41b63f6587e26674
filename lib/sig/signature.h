/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * signature: the in-memory form of a known-bug signature, its text format
 * (signatures/NAME.sig, documented in ktriage-signature(5)) and the matcher.
 *
 * The condition fields (line, frame, arch, ...) and kinds are one table in
 * sigfield.h, which also says how to add a field.
 *
 * Ownership: struct kt_sigset owns every signature, string and compiled
 * pattern in it; kt_sigset_free() releases all of it.  Match results
 * (struct kt_match) borrow from the set they were produced by.
 */
#ifndef KT_SIGNATURE_H
#define KT_SIGNATURE_H

#include <stdbool.h>
#include <stddef.h>

#include "ktriage.h"
#include "regex.h"
#include "sigfield.h"

struct kt_multilit;
struct kt_tree_verdict;

struct kt_cond {
	enum kt_cond_kind kind;
	unsigned field;		/* index in kt_fields[] (sigfield.h) */
	char *pattern;		/* as written, without the slashes */
	bool icase;
	unsigned line;		/* line in the .sig file */
	unsigned variant;	/* 0: every variant; n: the variant variants[n - 1] */
	bool distinctive;	/* a Require that holds on no report of another
				 * signature's Test-Log nor of any Test-Not
				 * (kt_sig_mark_distinctive) */
	bool common;		/* a condition on a specific field (a frame...)
				 * that holds in many logs of other bugs: it does
				 * not corroborate (kt_sig_mark_distinctive) */
	unsigned group;		/* a Require on a text field whose pattern has
				 * literals: 1 + their id in the set's prefilter
				 * (one of them occurs in every text it matches);
				 * 0 otherwise, or before the prefilter is built */
	char *inlined;		/* a Require naming functions its Test-Logs print
				 * with a caller: "f:caller1,caller2 g:caller3",
				 * or NULL (kt_sig_mark_distinctive); owned */
	pcre2_code *re;
	pcre2_code *inline_re;	/* the pattern with each such function read as
				 * itself or its callers (kt_cond_inline_pattern) */
};

struct kt_commit {
	char *sha;
	char *subject;		/* NULL if not given */
	bool unverified;
	unsigned line;		/* line in the .sig file (0 when loaded from a database) */
};

struct kt_signature {
	char *id;
	char *file;		/* the .sig file it came from */
	unsigned version;
	char *title;
	char *arch;		/* informational; conditions decide */
	char *platform;
	char *evidence;		/* "console", "partial" or "frames-only" */
	struct kt_commit *introduced, *fixed;
	size_t nintroduced, nfixed;
	char **fixed_in;	/* releases, possibly with "(unverified)" */
	size_t nfixed_in;
	unsigned *fixed_in_lines;	/* their lines in the .sig file, or NULL (database) */
	char *workaround;
	char **links;
	size_t nlinks;
	char **test_logs;	/* Test-Log: real (or synthetic) reports of this bug */
	size_t ntest_logs;
	char *test_log;		/* borrowed: test_logs[0] */
	char **test_nots;	/* Test-Not: real reports of other bugs it must not name */
	size_t ntest_nots;
	char **variants;	/* Variant: names, in file order */
	size_t nvariants;
	char *description;
	struct kt_cond *conds;
	size_t nconds;
	int compiled;		/* kt_sigset_prepare_lazy(): conds compiled (atomic) */
};

struct kt_sigset {
	struct kt_signature *sigs;
	size_t nsigs;
	char *source_hash;	/* SHA-256 of the source files, hex */
	char *db_version;	/* e.g. "20261121.1" */
	/* the literals of every Require on a text field, id = its group (struct
	 * kt_cond); a signature is tried when each Require of one of its
	 * variants has one of its literals in the report */
	struct kt_multilit *prefilter;
	unsigned *group_sig;	/* the signature of each group (index in sigs) */
	char *created;		/* when the database was compiled */
	char *origin;		/* where it was loaded from: a path or "<built-in>"; NULL: not a database */
	void *pending;		/* the database whose signatures are not read yet (sigdb.h) */
	void (*close_pending)(struct kt_sigset *set);	/* closes it (kt_sigset_free) */
	bool load_failed;	/* reading them failed: the set stays empty */
};

/* Diagnostics are collected as "file:line: message" strings. */
struct kt_diag {
	char **msgs;
	size_t n, alloc;
};

void kt_diag_add(struct kt_diag *d, const char *file, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void kt_diag_release(struct kt_diag *d);

/* Parse one .sig file (text in buf) and append its signature(s) to set.
 * Problems go to diag; returns the number of errors added. */
int kt_sig_parse(struct kt_sigset *set, const char *file, const char *buf, size_t len,
    struct kt_diag *diag);
/* Load every *.sig file of dir (sorted by name); computes source_hash. */
int kt_sig_load_dir(struct kt_sigset *set, const char *dir, struct kt_diag *diag);
/* Check the set: duplicate ids, prefilter literals, commit ids, regexes. */
int kt_sig_check(struct kt_sigset *set, struct kt_diag *diag);
/* Is a pattern valid UTF-8?  (PCRE2 runs with PCRE2_NO_UTF_CHECK.) */
bool kt_pattern_utf8_ok(const char *p);
/* Costly regexes: a leading .*, nested quantifiers as (a+)+, or a PCRE2
 * limit hit on a built-in near-miss line; returns the number of errors. */
int kt_sig_check_cost(struct kt_sigset *set, struct kt_diag *diag);
/* Compile patterns and build the prefilter; call once after loading. */
int kt_sigset_prepare(struct kt_sigset *set, struct kt_diag *diag);
/*
 * Nothing yet: the prefilter is built by the first report matched, a
 * signature's patterns are compiled when its literals first occur in one (a database that "signatures compile"
 * checked; a pattern that does not compile then is that signature's
 * error, as a PCRE2 limit is).  Scanning a log pays only for the
 * signatures it meets.
 */
void kt_sigset_prepare_lazy(struct kt_sigset *set);
struct kt_sigset *kt_sigset_new(void);
void kt_sigset_free(struct kt_sigset *set);

/*
 * An inlined map (struct kt_cond inlined) is "f:c1,c2/k1,k2 g:c3/^": for
 * each function a Require names, the callers its Test-Logs show it called
 * from (c1, c2) and the functions they show it calling (k1, k2; "^" when
 * it was where the report stopped: the program counter's or the first
 * frame).  kt_inline_next() reads one entry, borrowed from the map, and
 * moves *map on; false at its end.
 */
struct kt_inline_entry {
	const char *fn, *callers, *callees;	/* comma-separated lists */
	size_t fnlen, callerslen, calleeslen;
};
bool kt_inline_next(const char **map, struct kt_inline_entry *e);
/* Is w[0..n) one of the comma-separated names of list[0..len)? */
bool kt_inline_list_has(const char *list, size_t len, const char *w, size_t n);

/* c's pattern with each function its inlined map names read as the function
 * or one of its callers, "(?:f|caller1|caller2)"; NULL when c has no map.
 * Owned by the caller. */
char *kt_cond_inline_pattern(const struct kt_cond *c);

/* The literals of c, one of which occurs in every text it matches (with the
 * callers its inlined map names): a Require on a text field only; 0 (and
 * *out NULL) when it has none. */
size_t kt_cond_literals(const struct kt_cond *c, char ***out);
/* Whether the prefilter can tell when s may match: a Require on a text
 * field with literals common to every variant, or one in each variant
 * (lint's error otherwise; such a signature is never tried). */
bool kt_sig_has_literals(const struct kt_signature *s);
/* The same from the number of literals of each Require (nlits[k], from
 * kt_cond_literals, for s->conds[k]), for a caller that keeps them. */
bool kt_sig_literals_cover(const struct kt_signature *s, const size_t *nlits);

/*
 * Matching.  Confidence (ktriage-signature(5), "Confidence"):
 *   high   a distinctive Require held (the bug's own symptom) and an
 *          independent corroboration held: another condition on frame,
 *          guilty, pc, lr, function or context that is not common, or
 *          arch together with mmu or platform;
 *   medium one of the two;
 *   low    neither (only generic Requires held).
 * Then one step lower when a Reject could not be decided (the report has
 * no value for its field), at most medium for frames-only and partial
 * signatures (kt_sig_capped()), and
 * at most low when the report's kernel already has the fix.  A Require
 * that holds only with a function read as inlined into its caller (struct
 * kt_cond inlined) is neither distinctive nor corroboration, and keeps the
 * match at medium at most.
 */
enum kt_confidence { KT_CONF_LOW = 1, KT_CONF_MEDIUM, KT_CONF_HIGH };

struct kt_match {
	const struct kt_signature *sig;
	enum kt_confidence confidence;
	const struct kt_cond **held;	/* conditions that held (Require and Support) */
	size_t nheld;
	const struct kt_cond **inlined;	/* the Requires of held that held only with a
					 * function read as inlined into its caller */
	size_t ninlined;
	const char *variant;		/* the variant that matched (borrowed), or NULL */
	char *note;			/* what lowered or capped the confidence ("MMU unknown;
					 * ..."), or NULL; owned */
	char *error;			/* a limit was hit: the result is unknown */
	int fix_expected;		/* 1: the report's kernel is at or after the first fixed
					 * release, 0: before it, -1: unknown */
	bool fix_unverified;		/* ... going by a release marked (unverified) */
	const char *fixed_release;	/* the release compared against (borrowed) */
	char built_from[24];		/* the upstream release a distribution's kernel
					 * names ("4.19.67" of "4.19.0-6-amd64 #1 Debian
					 * 4.19.67-2+deb10u1"), held against it; "" when none */
	const struct kt_tree_verdict *tree;	/* --kernel-tree: the verdict on the user's
						 * tree (tree.h, borrowed), or NULL */
	bool guess;			/* below the confidence that counts as known
					 * (scan --min-confidence): shown as "possibly" */
};

struct kt_matches {
	struct kt_match *m;
	size_t n;
	size_t errors;
};

const char *kt_confidence_name(enum kt_confidence c);
/* Is s, by its Evidence, never matched above medium?  (frames-only: no
 * console log; partial: a real log that does not single the bug out) */
bool kt_sig_capped(const struct kt_signature *s);
int kt_confidence_parse(const char *s, enum kt_confidence *c);
/* Match r against every signature whose prefilter it passes. */
/* Read the set's signatures and build its literal prefilter now rather than
 * at the first report (for a thread with nothing else to do while others
 * scan).  Thread-safe; errors wait for the first report. */
void kt_match_warm_up(const struct kt_sigset *set);
void kt_match_report(const struct kt_sigset *set, const struct kt_report *r,
    struct kt_matches *out);
void kt_matches_release(struct kt_matches *m);
/* The matches that make a report known: neither errors nor guesses. */
size_t kt_matches_known(const struct kt_matches *m);
/* Free what one match owns (held, error, note). */
void kt_match_clear(struct kt_match *m);
/*
 * Is the fix of s expected in a kernel of this release?  Compares with the
 * stable release of the same series when Fixed-In lists one, otherwise with
 * the first mainline release.  1 yes, 0 no, -1 unknown (no release, no
 * Fixed-In, or a distribution's "X.Y.0-N" build of a series with a stable
 * Fixed-In: *against then names that stable release).
 */
int kt_fix_expected(const struct kt_signature *s, const char *release, bool *unverified,
    const char **against);

/*
 * Decide which Requires are distinctive: a Require on a text field is,
 * unless it holds on some report of a log that is a Test-Log of another
 * signature or one of its own Test-Nots, and the signature does not already set
 * that report apart (one of its Rejects holds on it, a Require on a fact
 * such as the arch fails on it, or its kernel has the fix); logs are read
 * below root (the tree that
 * holds the signatures directory).  A log that cannot be read is skipped
 * (lint reports it).  In the same pass, decide which Requires and Supports
 * on a specific field (frame, guilty, pc, lr, function, context) are common:
 * they hold in at least 1 in 20, and at least 10, of the logs (Test-Logs
 * and Test-Nots) that are not the signature's own Test-Logs.  Call after
 * kt_sigset_prepare().
 */
void kt_sig_mark_distinctive(struct kt_sigset *set, const char *root);

#endif
