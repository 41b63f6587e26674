/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * suggest: "did you mean" for a mistyped command or signature id.
 */
#ifndef KT_SUGGEST_H
#define KT_SUGGEST_H

#include <stddef.h>

/*
 * Edit distance between a and b: insertions, deletions, substitutions and
 * swaps of two neighbours ("sigantures") each count 1.  Words longer than
 * 128 bytes are never close: SIZE_MAX.
 */
size_t cli_edit_distance(const char *a, const char *b);

/*
 * The word of words[0..n) closest to typed: within max edits, or (when
 * typed has at least 4 bytes) the only word that contains it.  NULL when
 * none is close or two are equally close.
 */
const char *cli_suggest(const char *typed, const char *const *words, size_t n, size_t max);

#endif
