/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * skim: where in a raw buffer a line may matter to the segmenter.
 *
 * Fewer than one line in 10,000 of a boot log can start a report.  The
 * scanner (scanner.c) searches the raw bytes for the skim literals of
 * lib/formats (every header form's literal, the words of a mail-wrapped
 * line: kt_skim_literal) and for the bytes the normaliser removes or turns
 * into spaces (kt_clean_text: control characters, tabs, and the lead bytes
 * of NBSP, zero-width and BiDi characters: removing them could join a
 * literal); lines with none of them are counted, not read.
 *
 * Two matchers with the same results: Vectorscan (configure found libhs)
 * and the portable multi-literal automaton of lib/base (multilit.h).  The
 * environment variable KTRIAGE_SKIM chooses for tests: "portable" forces
 * the automaton, "vectorscan" Vectorscan (when built with it), both at
 * any size of input; "off" reads every line as before the skim.
 */
#ifndef KT_SKIM_H
#define KT_SKIM_H

#include <stdbool.h>
#include <stddef.h>

enum kt_skim_kind { KT_SKIM_OFF, KT_SKIM_PORTABLE, KT_SKIM_VECTORSCAN };

struct kt_skim;

/*
 * Whether to skim, once len bytes of the input have arrived: by default
 * only from KT_SKIM_MIN bytes on (smaller logs are read whole in less time
 * than building the matcher takes: start-up stays cheap).
 */
#define KT_SKIM_MIN (256u << 10)
bool kt_skim_wanted(size_t len);
/*
 * A matcher for one scanner of an input of size bytes (as far as known:
 * the file's size, or the bytes arrived so far if more; 0 for a stream of
 * unknown size).  The compiled literals are shared, each matcher built the
 * first time one is wanted.  By default Vectorscan, but for a file of less
 * than KT_SKIM_LARGE bytes the portable automaton of lib/base (built in
 * well under a millisecond): loading and compiling Vectorscan costs about
 * 4 ms, which its faster search repays only on about 5 MB or more
 * (measured on real clean boot logs of 1 to 16 MB, Vectorscan 5.4.9, 2
 * vCPUs).  KTRIAGE_SKIM names one matcher for any size.
 */
#define KT_SKIM_LARGE (5u << 20)
struct kt_skim *kt_skim_new(size_t size);
/* Whether k, made for a small file, should give way to kt_skim_new(size)
 * now that the input has reached size bytes (a file that grew, a
 * compressed file's size). */
bool kt_skim_outgrown(const struct kt_skim *k, size_t size);
enum kt_skim_kind kt_skim_kind(const struct kt_skim *k);
/*
 * The offsets in p[0..len) where a skim literal or byte ends, ascending,
 * into *hits (grown as needed, *alloc its room); returns their number.
 */
size_t kt_skim_hits(struct kt_skim *k, const char *p, size_t len, size_t **hits, size_t *alloc);
void kt_skim_free(struct kt_skim *k);
/* The i-th literal searched for, NULL past the last: those of
 * kt_skim_literal() that hold no other (the same lines hold one). */
const char *kt_skim_string(size_t i);

#endif
