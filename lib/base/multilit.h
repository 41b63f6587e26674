/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * multilit: find many literal strings in one pass over a buffer (an
 * Aho-Corasick automaton compiled to a DFA over byte classes).  Used by the
 * signature prefilter (which signatures' literals occur in a report) and
 * meant for any other "which of these N strings occur in this text" job.
 *
 * Life cycle: kt_multilit_new(), any number of kt_multilit_add(), one
 * kt_multilit_build(), then any number of scans, then kt_multilit_free().
 * Adding after the build, or scanning before it, is a bug (abort()).
 *
 * Ownership: the automaton copies every literal it is given; the caller
 * keeps its own strings.  kt_multilit_free() releases everything.
 *
 * Threads: building is not thread-safe.  A built automaton is never
 * modified again: any number of threads may scan it at once.
 *
 * Cost: building and memory are (total literal bytes) x (distinct literal
 * bytes) x 4 bytes; a scan costs one table lookup per byte of text plus
 * one step per hit.  An unordered index (KT_MULTILIT_UNORDERED) costs
 * (total literal bytes) to build; a scan one hash and one bit test per
 * stride of text, plus the comparison of the literals with a gram there.
 */
#ifndef KT_MULTILIT_H
#define KT_MULTILIT_H

#include <stdbool.h>
#include <stddef.h>

/* Flags of kt_multilit_new() */
#define KT_MULTILIT_ICASE 1u	/* ASCII letters match either case */
/*
 * Only kt_multilit_each(), _holds() and _seen() will search it
 * (kt_multilit_scan() is a bug).  A set whose literals all have 4 bytes
 * or more is then indexed by four-byte grams rather than compiled to the
 * automaton: built in a fraction of its time and memory (the signature
 * prefilter: 2,000 literals, 9,700 states, 2.2 MiB).  The text is looked
 * up at every one to four bytes, the stride the shortest literal allows:
 * every fourth byte when all have KT_MULTILIT_STRIDE_LEN bytes or more.
 */
#define KT_MULTILIT_UNORDERED 2u
#define KT_MULTILIT_STRIDE_LEN 7

struct kt_multilit;

struct kt_multilit *kt_multilit_new(unsigned flags);
/*
 * Add the literal lit[0..len) under id.  Several literals may share an id
 * and one literal may be added under several ids (each is reported); the
 * same (literal, id) twice counts once.  Returns -1 (and adds nothing) for
 * an empty literal, 0 otherwise.
 */
int kt_multilit_add(struct kt_multilit *ml, const char *lit, size_t len, unsigned id);
/* Compile the automaton; no literal may be added afterwards. */
void kt_multilit_build(struct kt_multilit *ml);
/* One more than the largest id added (0 when none): the size of a seen[] array. */
unsigned kt_multilit_nids(const struct kt_multilit *ml);

/*
 * Called for every occurrence of a literal in text, in order of its end
 * (longest first at one end): text[start..end) is the literal of id.  A non-zero return stops the scan
 * and is returned by kt_multilit_scan().
 */
typedef int (*kt_multilit_fn)(unsigned id, size_t start, size_t end, void *arg);
int kt_multilit_scan(const struct kt_multilit *ml, const char *text, size_t len,
    kt_multilit_fn fn, void *arg);

/* The same for callers that only collect: in no particular order, and an
 * occurrence may be reported twice (a long text is walked in several
 * pieces at once, each a little into the one before). */
int kt_multilit_each(const struct kt_multilit *ml, const char *text, size_t len,
    kt_multilit_fn fn, void *arg);

/* Whether any literal occurs in text (the scan stops at the first). */
bool kt_multilit_holds(const struct kt_multilit *ml, const char *text, size_t len);

/*
 * Which ids occur in text: sets seen[id] to 1 (seen has kt_multilit_nids()
 * entries; the caller clears it, so that several buffers may accumulate
 * into one array).  Each id not already seen is also appended to list
 * (room for kt_multilit_nids() entries) when list is not NULL, in no
 * particular order (a long text is walked in several pieces at once).
 * Returns the number of ids appended.
 */
size_t kt_multilit_seen(const struct kt_multilit *ml, const char *text, size_t len,
    unsigned char *seen, unsigned *list);

void kt_multilit_free(struct kt_multilit *ml);

#endif
