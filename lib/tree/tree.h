/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tree: "is my kernel fixed?" answered from the user's own kernel git tree
 * (libgit2), not from the release string in the log.
 *
 * kt_tree_open() opens a repository at a revision; it never fails outright:
 * a directory that is not a repository, or a revision that does not
 * resolve, gives a tree whose every verdict is "unknown" with the reason
 * (kt_tree_problem()).  kt_tree_judge() walks the history reachable from
 * the revision once (or loads that walk from the cache directory, keyed by
 * the revision's commit id) and gives one verdict per signature:
 *
 *   fixed              the Fixed-By commit is an ancestor of the revision;
 *   fixed by backport  a commit reachable from it carries the fix: a trailer
 *                      names it ("commit <sha> upstream.", "[ Upstream commit
 *                      <sha> ]", "(cherry picked from commit <sha>)",
 *                      "(backported from commit <sha>)"), or, without one,
 *                      it has the fix's patch id, or its subject;
 *   not fixed          the tree knows the fix (or the introducing commit) but
 *                      does not carry it, or carried it and reverted it ("This
 *                      reverts commit <sha>."); says whether the introducing
 *                      commit is there (absent: this tree never had the bug);
 *   unknown            the tree cannot tell: shallow clone, commits it does
 *                      not know, not a repository.  Never a guess.
 *
 * Ownership: struct kt_tree owns the repository and the index; the array of
 * verdicts from kt_tree_judge() is the caller's (kt_tree_verdicts_free()),
 * and borrows the signatures of the set it was made from.
 */
#ifndef KT_TREE_H
#define KT_TREE_H

#include <stdbool.h>
#include <stddef.h>

#include "ktriage.h"
#include "signature.h"
#include "strbuf.h"

enum kt_tree_state {
	KT_TREE_UNKNOWN = 0,
	KT_TREE_FIXED,
	KT_TREE_BACKPORT,
	KT_TREE_NOT_FIXED,
};

enum kt_tree_evidence {
	KT_TREE_EV_NONE = 0,
	KT_TREE_EV_ANCESTOR,	/* the fix itself is an ancestor */
	KT_TREE_EV_TRAILER,	/* a commit message names the fix */
	KT_TREE_EV_PATCH_ID,	/* same patch id (git patch-id) */
	KT_TREE_EV_SUBJECT,	/* same subject line */
};

/* The verdict on one Fixed-By commit. */
struct kt_tree_fix {
	const struct kt_commit *fix;	/* borrowed from the signature */
	enum kt_tree_state state;
	enum kt_tree_evidence evidence;
	char commit[41];		/* the tree's commit carrying it, or "" */
	char *subject;			/* that commit's subject, or NULL */
	char *trailer;			/* the trailer as written, for KT_TREE_EV_TRAILER */
	char *reason;			/* why unknown, or NULL */
	char reverted[41];		/* not fixed: the commit that reverts commit, or "" */
	char *revert_subject;		/* its subject, or NULL */
};

struct kt_tree_verdict {
	enum kt_tree_state state;	/* of all the fixes together */
	struct kt_tree_fix *fixes;
	size_t nfixes;
	int introduced;			/* 1 in the tree, 0 not (never had the bug), -1 unknown */
	const char *intro_sha;		/* the introducing commit checked (borrowed), or NULL */
	char *reason;			/* unknown: why; NULL otherwise */
	char *rev;			/* the revision as given */
	char *rev_commit;		/* its commit id, or NULL */
};

struct kt_tree;

/* Open dir at rev (NULL: HEAD); cache_dir NULL: no cache.  Never NULL. */
struct kt_tree *kt_tree_open(const char *dir, const char *rev, const char *cache_dir);
void kt_tree_close(struct kt_tree *t);
/* Why the tree cannot answer at all ("not a git repository"), or NULL. */
const char *kt_tree_problem(const struct kt_tree *t);
/* What kt_tree_judge() did, for notices and the benchmark. */
struct kt_tree_stats {
	size_t commits;			/* commits reachable from the revision */
	bool from_cache;		/* the index came from the cache */
	bool shallow;
	double seconds;			/* spent indexing or loading */
	size_t pid_commits;		/* commits diffed in the patch-id search (0: none, or cached) */
	double pid_seconds;		/* ... and the time it took */
};
const struct kt_tree_stats *kt_tree_stats(const struct kt_tree *t);

/*
 * One verdict per signature of set (set->nsigs entries, malloc'ed).
 * A failure while walking (a corrupt repository) makes every verdict
 * unknown with the reason; a cache that cannot be written is not an error.
 */
struct kt_tree_verdict *kt_tree_judge(struct kt_tree *t, const struct kt_sigset *set);
void kt_tree_verdicts_free(struct kt_tree_verdict *v, size_t n);

/* "fixed", "fixed-by-backport", "not-fixed", "unknown": the token of JSON, TSV, KCIDB */
const char *kt_tree_state_token(enum kt_tree_state s);
/* "ancestor", "trailer", "patch-id", "subject" or NULL */
const char *kt_tree_evidence_token(enum kt_tree_evidence e);
/* The verdict in one line of plain text, as "fixed by backport: ...". */
void kt_tree_verdict_text(const struct kt_tree_verdict *v, struct strbuf *sb);
/* Did the tree never have the bug (the match then drops to low)? */
bool kt_tree_never_had(const struct kt_tree_verdict *v);
/* Apply v to a match: attach it, and drop the confidence when the tree never had the bug. */
void kt_tree_apply(const struct kt_tree_verdict *v, struct kt_match *m);

/*
 * bisect annotate: the commits of the range "bad ^good..." (every commit
 * reachable from a bad one and from no good one).  Returns a set handle or
 * NULL with err.  kt_tree_range_has() resolves sha (7 to 40 hex digits) by
 * prefix: 1 when that commit is in the range, 2 when a commit of the range
 * names it in a trailer (a backport: its id goes to by, 41 bytes), else 0.
 */
struct kt_tree_range;
struct kt_tree_range *kt_tree_range_new(struct kt_tree *t, char *const *bad, size_t nbad,
    char *const *good, size_t ngood, struct kt_error *err);
int kt_tree_range_has(const struct kt_tree_range *r, const char *sha, char *by);
size_t kt_tree_range_count(const struct kt_tree_range *r);
void kt_tree_range_free(struct kt_tree_range *r);

/*
 * signatures verify: the facts of s against the tree, each problem added
 * to diag as "file:line: ..."; returns the number of problems.  Checks that
 * every Fixed-By and Introduced-By exists with the stated subject, that
 * Fixed-In's mainline release is the first tag containing the fix, and
 * that each "stable X.Y.Z" is the first release of its branch carrying it
 * (when the tree has the tags; *unchecked counts what could not be checked).
 */
int kt_tree_verify(struct kt_tree *t, const struct kt_signature *s, struct kt_diag *diag,
    size_t *unchecked);

#endif
