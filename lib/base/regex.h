/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * regex: PCRE2 with JIT and explicit limits, shared by every table-driven
 * stage.  Patterns of the built-in tables are compiled once (kt_re_compile
 * aborts on a bad built-in pattern, which is a bug caught by every test);
 * matching always runs with match, depth and heap limits (JIT honours the
 * match limit; its stack is bounded too) so that no input can make a match
 * run away: a limit hit is a negative return, never "no match".
 */
#ifndef KT_REGEX_H
#define KT_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

#define KT_RE_MATCH_LIMIT 100000
#define KT_RE_DEPTH_LIMIT 1000
#define KT_RE_HEAP_LIMIT_KIB 4096

/* Compile a built-in pattern; abort with the pattern on error. */
pcre2_code *kt_re_compile(const char *pattern, unsigned flags);
/* Compile a user pattern; NULL with err filled (KT_EUSAGE: a bad pattern) on error. */
struct kt_error;
pcre2_code *kt_re_try_compile(const char *pattern, unsigned flags, struct kt_error *err);

/*
 * Match re against s[0..len). Returns >0 on match (number of pairs),
 * 0 on no match, <0 on a limit or other error (PCRE2 error code).
 * Captures are read back with kt_re_group*() until the next match on the
 * same thread.
 */
int kt_re_match(const pcre2_code *re, const char *s, size_t len);
/* Free a pattern (never pcre2_code_free(): threads cache facts about it). */
void kt_re_free(pcre2_code *re);
bool kt_re_group(const char *s, int n, const char **start, size_t *len);
bool kt_re_named(const pcre2_code *re, const char *s, const char *name,
    const char **start, size_t *len);
size_t kt_re_match_start(void);
/*
 * Whether re matches s[0..len) (a limit hit counts as no match), for the
 * same short texts tested over and over (function names against skip
 * lists): a text of at most KT_RE_SHORT_MAX bytes is remembered per thread
 * with its verdict.  Leaves no captures to read (kt_re_group*() may see an
 * earlier match's).
 */
#define KT_RE_SHORT_MAX 64
bool kt_re_test_short(const pcre2_code *re, const char *s, size_t len);
/*
 * Whether some text that starts with s[0..len) (valid UTF-8) can match re,
 * or s itself does: a partial match.  Slow (the interpreter): for deriving
 * prefilter tables.  Leaves no captures to read.
 */
bool kt_re_could_match(const pcre2_code *re, const char *s, size_t len);
/*
 * Strings of at least 4 bytes, one of which every match of pattern must
 * contain (lowercased: for a case-insensitive prefilter): for each
 * top-level alternative, its longest plain run or the strings of a group
 * that must match, whichever set's shortest string is longer.  Returns
 * the count, or 0 if some branch has none.  *out and its strings are the
 * caller's.
 */
size_t kt_regex_literals(const char *pattern, bool icase, char ***out);
/*
 * The top-level alternatives of the pattern p[0..n) (split at each '|'
 * outside groups, classes and escapes), at least one; *out and its
 * strings are the caller's.
 */
size_t kt_regex_alternatives(const char *p, size_t n, char ***out);
/* The length of the group that opens at p[0] ('('), n if it is not closed. */
size_t kt_regex_group_len(const char *p, size_t n);
/*
 * The words of a pattern that stand for literal text: runs of letters,
 * digits and '_' that start with a letter or '_', outside classes, escapes
 * and group names.  fn is called with each (w[0..n)) and returns the text
 * to put in its place, or NULL to keep it; a word that a quantifier
 * follows is passed over (its last letter alone is quantified).  Returns
 * the rewritten pattern (owned by the caller), or NULL when nothing was
 * replaced.
 */
typedef const char *(*kt_regex_word_fn)(const char *w, size_t n, void *arg);
char *kt_regex_map_words(const char *pattern, kt_regex_word_fn fn, void *arg);

#endif
