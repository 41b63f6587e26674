/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The multi-literal matcher against a naive search of every literal. */
#include "config.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "multilit.h"
#include "strbuf.h"
#include "tap.h"

static int
record(unsigned id, size_t start, size_t end, void *arg)
{
	strbuf_addf(arg, "%u@%zu-%zu ", id, start, end);
	return 0;
}

static int
stop_at_first(unsigned id, size_t start, size_t end, void *arg)
{
	(void)start;
	(void)end;
	*(unsigned *)arg = id;
	return 7;
}

static int
collect(unsigned id, size_t start, size_t end, void *arg)
{
	unsigned char *occ = arg;	/* [end][start - end + 8][id] for short literals */

	occ[(end * 8 + (end - start)) * 8 + id] = 1;
	return 0;
}

/* Every occurrence, as "id@start-end " in order of end, longest first. */
static void
naive(const char *const *lits, const unsigned *ids, size_t n, const char *text, struct strbuf *sb)
{
	size_t len = strlen(text);

	for (size_t end = 1; end <= len; end++)
		for (size_t l = 1; l <= end; l++)
			for (size_t k = 0; k < n; k++)
				if (strlen(lits[k]) == end - l + 1 && !strncmp(text + l - 1, lits[k], end - l + 1))
					strbuf_addf(sb, "%u@%zu-%zu ", ids[k], l - 1, end);
}

/* Occurrences as sorted "id@start-end" lines: the unordered walks report
 * them in any order, an occurrence maybe twice. */
static int
record_line(unsigned id, size_t start, size_t end, void *arg)
{
	strbuf_addf(arg, "%u@%zu-%zu\n", id, start, end);
	return 0;
}

static int
cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
sorted_unique(struct strbuf *sb)
{
	char **v = NULL, *save = NULL;
	size_t n = 0;
	struct strbuf out = STRBUF_INIT;

	for (char *t = strtok_r(sb->buf, "\n", &save); t; t = strtok_r(NULL, "\n", &save)) {
		v = realloc(v, (n + 1) * sizeof(*v));
		v[n++] = strdup(t);
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_line);
	for (size_t i = 0; i < n; i++)
		if (!i || strcmp(v[i], v[i - 1]))
			strbuf_addf(&out, "%s\n", v[i]);
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
	strbuf_reset(sb);
	strbuf_addf(sb, "%s", out.buf ? out.buf : "");
	strbuf_release(&out);
}

/* The unordered index (KT_MULTILIT_UNORDERED) finds what the automaton
 * finds: random sets of literals of 4 to 11, 5 to 14 or 7 to 18 bytes (a
 * stride of one, two or four) over a small alphabet (and one with a
 * shorter literal: the automaton then), either case; the
 * texts hold the bytes either side of 'A'-'Z' and 'a'-'z', and a byte
 * from 0x80, at every offset of the eight-byte case folding. */
static void
unordered_against_automaton(void)
{
	unsigned r = 777;
	bool same = true, holds_same = true, seen_same = true;
	size_t long_found = 0;	/* stride four rounds where literals occur */

	for (int round = 0; round < 90; round++) {
		unsigned flags = round % 2 ? KT_MULTILIT_ICASE : 0;
		struct kt_multilit *ix = kt_multilit_new(flags | KT_MULTILIT_UNORDERED);
		struct kt_multilit *dfa = kt_multilit_new(flags);
		struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
		unsigned char seen_a[16] = { 0 }, seen_b[16] = { 0 };
		char text[2000], lit[200][20];
		size_t litlen[200];
		size_t nlits = 1 + round * 7 % 200, len = round * 31 % (sizeof(text) - 1);

		for (size_t k = 0; k < nlits; k++) {
			size_t shortest = round % 3 == 0 ? 4 : round % 3 == 1 ? 5 : 7;
			size_t l = round == 7 && k == 3 ? 3 : shortest + (r >> 8) % (shortest + 4);

			for (size_t i = 0; i < l; i++) {
				r = r * 1103515245u + 12345u;
				lit[k][i] = "abcABZz@["[(r >> 16) % 9];
			}
			litlen[k] = l;
			r = r * 1103515245u + 12345u;
			kt_multilit_add(ix, lit[k], l, (r >> 16) % 16);
			kt_multilit_add(dfa, lit[k], l, (r >> 16) % 16);
		}
		kt_multilit_build(ix);
		kt_multilit_build(dfa);
		for (size_t i = 0; i < len; i++) {
			r = r * 1103515245u + 12345u;
			text[i] = "abcABZz@[`{ \xc3"[(r >> 16) % 13];
		}
		/* long literals seldom occur by chance: some put in, at any
		 * offset (against every offset of the stride), a letter's case
		 * turned now and then */
		for (size_t n = 0; n < 40; n++) {
			size_t k, at;

			r = r * 1103515245u + 12345u;
			k = (r >> 8) % nlits;
			if (litlen[k] > len)
				continue;
			r = r * 1103515245u + 12345u;
			at = (r >> 8) % (len - litlen[k] + 1);
			for (size_t i = 0; i < litlen[k]; i++) {
				char c = lit[k][i];

				r = r * 1103515245u + 12345u;
				text[at + i] = (char)((r >> 16) % 5 == 0 && isalpha((unsigned char)c) ? c ^ 0x20 : c);
			}
		}
		kt_multilit_each(ix, text, len, record_line, &a);
		kt_multilit_scan(dfa, text, len, record_line, &b);
		sorted_unique(&a);
		sorted_unique(&b);
		same &= !strcmp(a.buf ? a.buf : "", b.buf ? b.buf : "");
		long_found += round % 3 == 2 && b.len;
		holds_same &= kt_multilit_holds(ix, text, len) == kt_multilit_holds(dfa, text, len);
		kt_multilit_seen(ix, text, len, seen_a, NULL);
		kt_multilit_seen(dfa, text, len, seen_b, NULL);
		seen_same &= !memcmp(seen_a, seen_b, sizeof(seen_a));
		kt_multilit_free(ix);
		kt_multilit_free(dfa);
		strbuf_release(&a);
		strbuf_release(&b);
	}
	ok(same && long_found >= 20, "unordered index: every occurrence the automaton finds, and no other, 90 random sets");
	ok(holds_same && seen_same, "unordered index: holds and seen agree with the automaton's");
}

int
main(void)
{
	static const char *const lits[] = { "he", "she", "his", "hers", "ushers", "s" };
	static const unsigned ids[] = { 0, 1, 2, 3, 4, 5 };
	const char *text = "ushers say his hershey";
	struct kt_multilit *ml = kt_multilit_new(0), *ci;
	struct strbuf got = STRBUF_INIT, want = STRBUF_INIT;
	unsigned char seen[8] = { 0 };
	unsigned list[8], first = 99;
	size_t n;

	for (size_t k = 0; k < 6; k++)
		kt_multilit_add(ml, lits[k], strlen(lits[k]), ids[k]);
	ok(kt_multilit_add(ml, "", 0, 3) == -1, "an empty literal is refused");
	kt_multilit_build(ml);
	ok(kt_multilit_nids(ml) == 6, "nids is one more than the largest id");
	kt_multilit_scan(ml, text, strlen(text), record, &got);
	naive(lits, ids, 6, text, &want);
	is_str(got.buf, want.buf, "every occurrence with its position, overlapping ones included");
	n = (size_t)kt_multilit_scan(ml, text, strlen(text), stop_at_first, &first);
	ok(n == 7 && first == 5, "a non-zero callback return stops the scan and is returned");
	n = kt_multilit_seen(ml, "a hiss", 6, seen, list);
	ok(n == 2 && ((list[0] == 2 && list[1] == 5) || (list[0] == 5 && list[1] == 2)) && seen[2] && seen[5] &&
	    !seen[0], "seen: the ids that occur, each once");
	n = kt_multilit_seen(ml, "she", 3, seen, NULL);
	ok(n == 2 && seen[0] && seen[1], "seen accumulates: only new ids are counted");
	n = kt_multilit_seen(ml, "HERS", 4, seen, list);
	ok(n == 0, "case matters without ICASE");
	kt_multilit_free(ml);

	ci = kt_multilit_new(KT_MULTILIT_ICASE);
	kt_multilit_add(ci, "Oops", 4, 1);
	kt_multilit_add(ci, "oops", 4, 1);
	kt_multilit_add(ci, "OOPS", 4, 2);
	kt_multilit_add(ci, "a\0b", 3, 3);
	kt_multilit_build(ci);
	strbuf_reset(&got);
	kt_multilit_scan(ci, "x oOpS", 6, record, &got);
	is_str(got.buf, "1@2-6 2@2-6 ", "ICASE: either case; a repeated (literal, id) is reported once");
	memset(seen, 0, sizeof(seen));
	n = kt_multilit_seen(ci, "za\0bz", 5, seen, list);	/* ok() evaluates twice */
	ok(n == 1 && list[0] == 3, "a literal may hold a NUL byte");
	kt_multilit_free(ci);

	/* long texts are walked in lanes (kt_multilit_each, _seen, _holds):
	 * every occurrence still found, wherever the pieces are cut */
	{
		enum { LEN = 3001 };
		char *big = malloc(LEN + 1);
		unsigned char *occ = calloc((size_t)(LEN + 1) * 64, 1), *want_occ = calloc((size_t)(LEN + 1) * 64, 1);
		unsigned r = 12345;
		bool same = true;

		ml = kt_multilit_new(0);
		for (size_t k = 0; k < 6; k++)
			kt_multilit_add(ml, lits[k], strlen(lits[k]), ids[k]);
		kt_multilit_build(ml);
		for (size_t round = 0; round < 40 && same; round++) {
			size_t len = LEN - round * 37;

			for (size_t i = 0; i < len; i++) {
				r = r * 1103515245u + 12345u;
				big[i] = "hersyu "[(r >> 16) % 7];
			}
			big[len] = '\0';
			memset(occ, 0, (size_t)(LEN + 1) * 64);
			memset(want_occ, 0, (size_t)(LEN + 1) * 64);
			kt_multilit_each(ml, big, len, collect, occ);
			kt_multilit_scan(ml, big, len, collect, want_occ);
			same = !memcmp(occ, want_occ, (size_t)(LEN + 1) * 64);
			memset(seen, 0, sizeof(seen));
			kt_multilit_seen(ml, big, len, seen, NULL);
			for (size_t id = 0; id < 6; id++) {
				bool any = false;

				for (size_t e = 0; e <= len && !any; e++)
					for (size_t l = 1; l <= 6 && !any; l++)
						any = want_occ[(e * 8 + l) * 8 + id];
				same &= any == !!seen[id];
			}
		}
		ok(same, "lanes: every occurrence of a long text found, the seen set the same, 40 lengths");
		memset(big, 'x', LEN);
		big[LEN - 2] = 's';
		ok(kt_multilit_holds(ml, big, LEN) && !kt_multilit_holds(ml, big, LEN - 2),
		    "lanes: holds finds a literal in the last piece only, and nothing where there is none");
		kt_multilit_free(ml);
		free(big);
		free(occ);
		free(want_occ);
	}

	unordered_against_automaton();

	ml = kt_multilit_new(0);
	kt_multilit_build(ml);
	n = kt_multilit_seen(ml, "anything", 8, seen, NULL);
	ok(n == 0, "no literals: nothing occurs");
	kt_multilit_free(ml);
	strbuf_release(&got);
	strbuf_release(&want);
	return tap_done();
}
