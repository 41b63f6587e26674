/* SPDX-License-Identifier: GPL-2.0-or-later */
/* suggest: edit distance and the closest of a list of words (suggest.h). */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "suggest.h"

#define MAXW 128

static size_t
min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;

	return m < c ? m : c;
}

size_t
cli_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	/* rows i-2, i-1 and i of the optimal-string-alignment table, row k at k % 3 */
	size_t rows[3][MAXW + 1];

	if (la > MAXW || lb > MAXW)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		rows[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t *c = rows[i % 3], *p = rows[(i + 2) % 3], *pp = rows[(i + 1) % 3];

		c[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];

			c[j] = min3(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < c[j])
				c[j] = pp[j - 2] + 1;
		}
	}
	return rows[la % 3][lb];
}

const char *
cli_suggest(const char *typed, const char *const *words, size_t n, size_t max)
{
	const char *best = NULL, *sub = NULL;
	size_t bestd = SIZE_MAX, nsub = 0;
	bool tie = false;

	for (size_t i = 0; i < n; i++) {
		size_t d = cli_edit_distance(typed, words[i]);

		if (d < bestd) {
			bestd = d;
			best = words[i];
			tie = false;
		} else if (d == bestd) {
			tie = true;
		}
		if (strlen(typed) >= 4 && strstr(words[i], typed)) {
			sub = words[i];
			nsub++;
		}
	}
	if (best && bestd <= max && !tie)
		return best;
	return nsub == 1 ? sub : NULL;
}
