/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * multilit: Aho-Corasick as a full DFA over byte classes (see multilit.h).
 * Bytes that occur in no literal share class 0, so a row of the transition
 * table is as wide as the literals' alphabet, not 256.  An unordered set
 * of long literals is a hash index of four-byte pieces of them instead.
 */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "multilit.h"
#include "util.h"

struct lit {
	char *s;
	size_t len;
	unsigned id;
};

struct hit {
	unsigned id;
	size_t len;
};

/*
 * The unordered index (KT_MULTILIT_UNORDERED): each literal under the
 * GRAM bytes at each of gram_stride consecutive offsets of it (its window,
 * choose_windows), loaded as one word.  The text is looked up only at
 * every gram_stride-th offset: an occurrence of a literal (at least GRAM +
 * stride - 1 bytes) holds exactly one of those offsets in its window, so
 * it is found once, under the entry of that gram.
 */
#define GRAM 4
#define GRAM_STRIDE_MAX 4
_Static_assert(KT_MULTILIT_STRIDE_LEN == GRAM + GRAM_STRIDE_MAX - 1, "the length that allows the widest stride");
#define GRAM_FILTER_MIN_BITS 16		/* 64 Ki bits: 8 KiB, in L1 */
#define GRAM_FILTER_MAX_BITS 20		/* 128 KiB, for tens of thousands of literals */

struct gram_lit {
	uint32_t key;		/* the GRAM bytes at offset at */
	uint32_t head, tail;	/* the first and the last GRAM bytes */
	uint32_t off, len;	/* in gram_bytes */
	uint32_t at;		/* of key in the literal: in its window */
	unsigned id;
};

struct kt_multilit {
	unsigned flags;
	bool built;
	unsigned nids;
	struct lit *lits;		/* until the build */
	size_t nlits, alloc;

	uint16_t cls[256];		/* byte -> class; 0: in no literal */
	uint32_t nclasses, nstates;
	size_t maxlen;			/* of the longest literal */
	uint32_t *delta;		/* nstates x nclasses; state 0 is the root; once built,
					 * each entry is the next state's row (state x nclasses)
					 * shifted left by one, its low bit set when the state
					 * has hits (HAS_HITS): one load per byte of text */
	uint32_t *first_out;		/* per state: first state on its suffix chain where a
					 * literal ends, 0 for none (no literal is empty) */
	uint32_t *out_link;		/* per such state: the next one along the chain */
	uint32_t *out_start;		/* nstates + 1: a state's own hits[] range */
	struct hit *hits;

	/* the unordered index instead of the above, when grams is set */
	bool grams;
	uint64_t *gram_filter;		/* a bit per value of the top gram_fbits of the keys' hashes */
	unsigned gram_fbits;
	unsigned gram_bits;		/* 1 << gram_bits buckets, by the top bits of the hash */
	unsigned gram_stride;		/* 1 to GRAM_STRIDE_MAX */
	uint32_t *gram_head;		/* (1 << gram_bits) + 1: a bucket's range of gram_lits */
	struct gram_lit *gram_lits;	/* by bucket */
	char *gram_bytes;		/* the literals (folded) */
};

/* Misuse of the life cycle is a bug in the caller, found by any test. */
static void __attribute__((noreturn))
multilit_bug(const char *what)
{
	fprintf(stderr, "ktriage: BUG: multilit: %s\n", what);
	abort();
}

struct kt_multilit *
kt_multilit_new(unsigned flags)
{
	struct kt_multilit *ml = xcalloc(1, sizeof(*ml));

	ml->flags = flags;
	return ml;
}

int
kt_multilit_add(struct kt_multilit *ml, const char *lit, size_t len, unsigned id)
{
	struct lit *l;

	if (ml->built)
		multilit_bug("literal added after the build");
	if (!len)
		return -1;
	ml->lits = xgrow(ml->lits, sizeof(*ml->lits), ml->nlits + 1, &ml->alloc);
	l = &ml->lits[ml->nlits++];
	l->s = xmalloc(len);
	memcpy(l->s, lit, len);	/* a literal may hold a NUL byte */
	l->len = len;
	l->id = id;
	if (ml->flags & KT_MULTILIT_ICASE)
		for (size_t i = 0; i < len; i++)
			l->s[i] = (char)tolower((unsigned char)l->s[i]);
	if (id >= ml->nids)
		ml->nids = id + 1;
	return 0;
}

unsigned
kt_multilit_nids(const struct kt_multilit *ml)
{
	return ml->nids;
}

/* One class per distinct literal byte; with ICASE both cases of a letter
 * share the class of its (folded) lower case. */
static void
assign_classes(struct kt_multilit *ml)
{
	ml->nclasses = 1;
	for (size_t k = 0; k < ml->nlits; k++)
		for (size_t i = 0; i < ml->lits[k].len; i++) {
			unsigned char c = (unsigned char)ml->lits[k].s[i];

			if (!ml->cls[c])
				ml->cls[c] = (uint16_t)ml->nclasses++;
		}
	if (ml->flags & KT_MULTILIT_ICASE)
		for (int c = 'A'; c <= 'Z'; c++)
			ml->cls[c] = ml->cls[tolower(c)];
}

/* The literals' class strings, for counting the trie's states (qsort). */
struct cstr {
	const uint16_t *c;
	size_t len;
};

static int
cmp_cstr(const void *a, const void *b)
{
	const struct cstr *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;

	for (size_t i = 0; i < n; i++)
		if (x->c[i] != y->c[i])
			return x->c[i] < y->c[i] ? -1 : 1;
	return (x->len > y->len) - (x->len < y->len);
}

/* How many states the trie has: one per distinct prefix of the literals'
 * class strings (the root being the empty one), counted over them sorted
 * as what each adds beyond its common prefix with the one before. */
static size_t
count_states(const struct kt_multilit *ml, size_t total)
{
	uint16_t *all = xmalloc((total ? total : 1) * sizeof(*all));
	struct cstr *v = xmalloc((ml->nlits ? ml->nlits : 1) * sizeof(*v));
	size_t n = 1, off = 0;

	for (size_t k = 0; k < ml->nlits; k++) {
		v[k].c = all + off;
		v[k].len = ml->lits[k].len;
		for (size_t i = 0; i < ml->lits[k].len; i++)
			all[off++] = ml->cls[(unsigned char)ml->lits[k].s[i]];
	}
	qsort(v, ml->nlits, sizeof(*v), cmp_cstr);
	for (size_t k = 0; k < ml->nlits; k++) {
		size_t common = 0;

		if (k)
			while (common < v[k].len && common < v[k - 1].len &&
			    v[k].c[common] == v[k - 1].c[common])
				common++;
		n += v[k].len - common;
	}
	free(v);
	free(all);
	return n;
}

/*
 * A zeroed table of n bytes, zeroed by writing rather than by calloc: a
 * fresh page of calloc's that is read first maps the shared zero page, and
 * the write after it then flushes the TLB of every CPU running a thread of
 * the process.  Those flushes (an IPI each on a VM) made most of the time
 * of the first report's signature prefilter build.  Large tables are
 * faulted in by one madvise() rather than one fault per page where the
 * kernel can (Linux 5.14).
 */
static void *
zeroed_table(size_t n)
{
	char *p = xmalloc(n ? n : 1);
#ifdef MADV_POPULATE_WRITE
	long page = sysconf(_SC_PAGESIZE);

	if (page > 0 && n >= 16 * (size_t)page) {
		uintptr_t lo = ((uintptr_t)p + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
		uintptr_t hi = ((uintptr_t)p + n) & ~((uintptr_t)page - 1);

		if (hi > lo)
			(void)madvise((void *)lo, hi - lo, MADV_POPULATE_WRITE);
	}
#endif
	memset(p, 0, n);
	return p;
}

/* The trie, written straight into delta (0 = no child: the root is never
 * one); end[k] is the state where literal k ends. */
static void
build_trie(struct kt_multilit *ml, uint32_t *end)
{
	size_t total = 0, nstates;

	for (size_t k = 0; k < ml->nlits; k++)
		total += ml->lits[k].len;
	nstates = count_states(ml, total);
	if (nstates >= UINT32_MAX || nstates > SIZE_MAX / ml->nclasses / sizeof(uint32_t))
		kt_oom();
	ml->delta = zeroed_table(nstates * ml->nclasses * sizeof(*ml->delta));
	ml->nstates = 1;
	for (size_t k = 0; k < ml->nlits; k++) {
		uint32_t st = 0;

		for (size_t i = 0; i < ml->lits[k].len; i++) {
			uint32_t *t = &ml->delta[(size_t)st * ml->nclasses +
			    ml->cls[(unsigned char)ml->lits[k].s[i]]];

			if (!*t)
				*t = ml->nstates++;
			st = *t;
		}
		end[k] = st;
	}
	if (ml->nstates != nstates)
		multilit_bug("trie states miscounted");
}

/* Each state's own hits, contiguous in hits[] and without repeated ids. */
static void
collect_outputs(struct kt_multilit *ml, const uint32_t *end)
{
	uint32_t *fill;

	ml->out_start = xcalloc((size_t)ml->nstates + 1, sizeof(*ml->out_start));
	for (size_t k = 0; k < ml->nlits; k++)
		ml->out_start[end[k] + 1]++;
	for (uint32_t st = 0; st < ml->nstates; st++)
		ml->out_start[st + 1] += ml->out_start[st];
	ml->hits = xmalloc((ml->nlits ? ml->nlits : 1) * sizeof(*ml->hits));
	fill = xmalloc((size_t)ml->nstates * sizeof(*fill));
	memcpy(fill, ml->out_start, (size_t)ml->nstates * sizeof(*fill));
	for (size_t k = 0; k < ml->nlits; k++) {
		uint32_t st = end[k], j;

		for (j = ml->out_start[st]; j < fill[st]; j++)
			if (ml->hits[j].id == ml->lits[k].id)
				break;
		if (j < fill[st])
			continue;	/* the same literal under the same id again */
		ml->hits[fill[st]].id = ml->lits[k].id;
		ml->hits[fill[st]++].len = ml->lits[k].len;
	}
	/* a dropped repeat leaves a hole at the end of its state's range */
	for (uint32_t st = 0, w = 0, from = 0; st < ml->nstates; st++) {
		uint32_t to = fill[st], next = ml->out_start[st + 1];

		memmove(&ml->hits[w], &ml->hits[from], (to - from) * sizeof(*ml->hits));
		w += to - from;
		ml->out_start[st + 1] = w;
		from = next;
	}
	free(fill);
}

/*
 * Failure links breadth first, completing the DFA: a row is only written
 * while its state is visited, so a non-zero entry met then is a trie edge,
 * and the row of the failure state (shallower) is already complete.
 */
static void
link_failures(struct kt_multilit *ml)
{
	uint32_t nc = ml->nclasses, head = 0, tail = 0;
	uint32_t *fail = xcalloc(ml->nstates, sizeof(*fail));
	uint32_t *queue = xmalloc((size_t)ml->nstates * sizeof(*queue));

	ml->first_out = xcalloc(ml->nstates, sizeof(*ml->first_out));
	ml->out_link = xcalloc(ml->nstates, sizeof(*ml->out_link));
	queue[tail++] = 0;
	while (head < tail) {
		uint32_t st = queue[head++];
		uint32_t *row = &ml->delta[(size_t)st * nc];
		const uint32_t *frow = &ml->delta[(size_t)fail[st] * nc];

		for (uint32_t c = 0; c < nc; c++) {
			uint32_t t = row[c];

			if (!t) {
				row[c] = st ? frow[c] : 0;
				continue;
			}
			fail[t] = st ? frow[c] : 0;
			ml->out_link[t] = ml->first_out[fail[t]];
			ml->first_out[t] = ml->out_start[t] < ml->out_start[t + 1] ? t : ml->out_link[t];
			queue[tail++] = t;
		}
	}
	free(fail);
	free(queue);
}

#define HAS_HITS 1u

/* Entries of delta from state numbers to what a scan reads (see delta). */
static void
encode_rows(struct kt_multilit *ml)
{
	size_t n = (size_t)ml->nstates * ml->nclasses;
	uint32_t *enc = xmalloc((size_t)ml->nstates * sizeof(*enc));

	if (n > UINT32_MAX / 2)
		kt_oom();	/* a table of more than 8 GiB would not have been allocated */
	/* per state first, then one lookup per entry: the build runs at start-up */
	for (uint32_t t = 0; t < ml->nstates; t++)
		enc[t] = t * ml->nclasses << 1 | (ml->first_out[t] ? HAS_HITS : 0);
	for (size_t i = 0; i < n; i++)
		ml->delta[i] = enc[ml->delta[i]];
	free(enc);
}

static inline uint32_t
gram_hash(uint32_t key)
{
	return key * 0x9e3779b1u;
}

/* The filter word and bit of hash h, and its bucket. */
#define GRAM_FILTER_INDEX(ml, h) ((h) >> (32 - (ml)->gram_fbits))
#define GRAM_FILTER_WORD(ml, h) (GRAM_FILTER_INDEX(ml, h) >> 6)
#define GRAM_FILTER_BIT(ml, h) (UINT64_C(1) << (GRAM_FILTER_INDEX(ml, h) & 63))
#define GRAM_BUCKET(ml, h) ((h) >> (32 - (ml)->gram_bits))

static inline uint32_t
gram_key(const unsigned char *p)
{
	uint32_t key;

	memcpy(&key, p, sizeof(key));
	return key;
}

/*
 * Where each literal is indexed: any stride consecutive offsets of it will
 * do (a text position the scan looks up falls on exactly one of them), so
 * each literal gets the window of grams the literals share least.  A gram
 * many literals hold ("page", "_loc") is as common in the text: indexed,
 * it lets most looked-up positions through the filter into full buckets.
 * How many literals hold a gram is counted in a small table of hashes
 * (collisions only blur the choice).  first[k]: literal k's window start.
 */
#define GRAM_COUNT_BITS 16

static void
choose_windows(const struct kt_multilit *ml, uint32_t *first)
{
	uint32_t *count = xcalloc((size_t)1 << GRAM_COUNT_BITS, sizeof(*count));

	for (size_t k = 0; k < ml->nlits; k++)
		for (size_t at = 0; at + GRAM <= ml->lits[k].len; at++)
			count[gram_hash(gram_key((const unsigned char *)ml->lits[k].s + at)) >> (32 - GRAM_COUNT_BITS)]++;
	for (size_t k = 0; k < ml->nlits; k++) {
		const unsigned char *u = (const unsigned char *)ml->lits[k].s;
		uint64_t best = UINT64_MAX;

		first[k] = 0;
		for (size_t w = 0; w + ml->gram_stride - 1 + GRAM <= ml->lits[k].len; w++) {
			uint64_t cost = 0;

			for (unsigned j = 0; j < ml->gram_stride; j++)
				cost += count[gram_hash(gram_key(u + w + j)) >> (32 - GRAM_COUNT_BITS)];
			if (cost < best) {
				best = cost;
				first[k] = (uint32_t)w;
			}
		}
	}
	free(count);
}

/* The unordered index of the literals, or false if one is shorter than GRAM. */
static bool
build_grams(struct kt_multilit *ml)
{
	size_t total = 0, minlen = SIZE_MAX, nkeys, nb;
	uint32_t *fill, *first;

	for (size_t k = 0; k < ml->nlits; k++) {
		if (ml->lits[k].len < GRAM || ml->lits[k].len > UINT32_MAX)
			return false;
		total += ml->lits[k].len;
		if (ml->lits[k].len < minlen)
			minlen = ml->lits[k].len;
	}
	if (!ml->nlits || total > UINT32_MAX || ml->nlits > UINT32_MAX / (2 * GRAM_STRIDE_MAX))
		return false;
	/* the shortest literal must still hold a gram at every offset it may
	 * be met at: the stride is what it has beyond one gram */
	ml->gram_stride = minlen - GRAM + 1 < GRAM_STRIDE_MAX ? (unsigned)(minlen - GRAM + 1) : GRAM_STRIDE_MAX;
	nkeys = ml->nlits * ml->gram_stride;
	/* about two buckets a key, and sixteen filter bits */
	while (ml->gram_bits < 24 && ((size_t)1 << ml->gram_bits) < 2 * nkeys)
		ml->gram_bits++;
	if (!ml->gram_bits)
		ml->gram_bits = 1;
	ml->gram_fbits = GRAM_FILTER_MIN_BITS;
	while (ml->gram_fbits < GRAM_FILTER_MAX_BITS && ((size_t)1 << ml->gram_fbits) < 16 * nkeys)
		ml->gram_fbits++;
	nb = (size_t)1 << ml->gram_bits;
	ml->gram_filter = xcalloc((size_t)1 << (ml->gram_fbits - 6), sizeof(*ml->gram_filter));
	ml->gram_head = xcalloc(nb + 1, sizeof(*ml->gram_head));
	ml->gram_lits = xmalloc(nkeys * sizeof(*ml->gram_lits));
	ml->gram_bytes = xmalloc(total);
	fill = xmalloc(nb * sizeof(*fill));
	first = xmalloc(ml->nlits * sizeof(*first));
	choose_windows(ml, first);
	for (size_t k = 0; k < ml->nlits; k++)
		for (uint32_t at = first[k]; at < first[k] + ml->gram_stride; at++) {
			uint32_t h = gram_hash(gram_key((const unsigned char *)ml->lits[k].s + at));

			ml->gram_filter[GRAM_FILTER_WORD(ml, h)] |= GRAM_FILTER_BIT(ml, h);
			ml->gram_head[GRAM_BUCKET(ml, h) + 1]++;
		}
	for (size_t b = 0; b < nb; b++)
		ml->gram_head[b + 1] += ml->gram_head[b];
	memcpy(fill, ml->gram_head, nb * sizeof(*fill));
	total = 0;
	for (size_t k = 0; k < ml->nlits; k++) {
		const struct lit *l = &ml->lits[k];
		const unsigned char *u = (const unsigned char *)l->s;
		uint32_t head = gram_key(u), tail = gram_key(u + l->len - GRAM);

		memcpy(ml->gram_bytes + total, l->s, l->len);
		for (uint32_t at = first[k]; at < first[k] + ml->gram_stride; at++) {
			uint32_t key = gram_key(u + at);
			struct gram_lit *g = &ml->gram_lits[fill[GRAM_BUCKET(ml, gram_hash(key))]++];

			g->key = key;
			g->head = head;
			g->tail = tail;
			g->off = (uint32_t)total;
			g->len = (uint32_t)l->len;
			g->at = at;
			g->id = l->id;
		}
		total += l->len;
	}
	free(fill);
	free(first);
	return true;
}

/*
 * to[0..len) = from[0..len) with ASCII capitals made small, eight bytes at
 * a time: a byte's high bit, with the others' masked off, is set when
 * adding 0x3f carries it past 'A' and adding 0x25 does not carry it past
 * 'Z' (no sum leaves its byte); bytes from 0x80 stay as they are.
 */
static void
fold_ascii(unsigned char *to, const unsigned char *from, size_t len)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t v, t, upper;

		memcpy(&v, from + i, 8);
		t = v & ~high;
		upper = (t + ones * (0x80 - 'A')) & ~(t + ones * (0x80 - 'Z' - 1)) & ~v & high;
		v |= upper >> 2;
		memcpy(to + i, &v, 8);
	}
	for (; i < len; i++)
		to[i] = (unsigned char)(from[i] + (((unsigned)from[i] - 'A' < 26u) << 5));
}

/* The literals of the unordered index in text (made lower-case for an
 * ICASE set, as its literals are), to fn in no particular order. */
static int
gram_scan(const struct kt_multilit *ml, const char *text, size_t len, kt_multilit_fn fn, void *arg)
{
	const unsigned char *p = (const unsigned char *)text;
	const size_t stride = ml->gram_stride;
	unsigned char *folded = NULL;
	int rc = 0;

	if (len < GRAM)
		return 0;
	if (ml->flags & KT_MULTILIT_ICASE) {
		folded = xmalloc(len);
		fold_ascii(folded, p, len);
		p = folded;
	}
	for (size_t i = 0; i + GRAM <= len && !rc; i += stride) {
		uint32_t key = gram_key(p + i), h = gram_hash(key), b;

		if (!(ml->gram_filter[GRAM_FILTER_WORD(ml, h)] & GRAM_FILTER_BIT(ml, h)))
			continue;
		b = GRAM_BUCKET(ml, h);
		for (uint32_t e = ml->gram_head[b]; e < ml->gram_head[b + 1] && !rc; e++) {
			const struct gram_lit *g = &ml->gram_lits[e];
			size_t start = i - g->at;

			/* the first and last words before the bytes between them */
			if (g->key != key || g->at > i || g->len > len - start ||
			    gram_key(p + start) != g->head || gram_key(p + start + g->len - GRAM) != g->tail)
				continue;
			if (g->len <= 2 * GRAM ||
			    !memcmp(p + start + GRAM, ml->gram_bytes + g->off + GRAM, g->len - 2 * GRAM))
				rc = fn(g->id, start, start + g->len, arg);
		}
	}
	free(folded);
	return rc;
}

void
kt_multilit_build(struct kt_multilit *ml)
{
	uint32_t *end;

	if (ml->built)
		multilit_bug("built twice");
	ml->grams = (ml->flags & KT_MULTILIT_UNORDERED) && build_grams(ml);
	if (!ml->grams) {
		end = xmalloc((ml->nlits ? ml->nlits : 1) * sizeof(*end));
		assign_classes(ml);
		build_trie(ml, end);
		collect_outputs(ml, end);
		link_failures(ml);
		encode_rows(ml);
		free(end);
	}
	for (size_t k = 0; k < ml->nlits; k++) {
		if (ml->lits[k].len > ml->maxlen)
			ml->maxlen = ml->lits[k].len;
		free(ml->lits[k].s);
	}
	free(ml->lits);
	ml->lits = NULL;
	ml->nlits = ml->alloc = 0;
	ml->built = true;
}

/* The hits of the state whose row the text reached at byte i, to fn. */
static inline __attribute__((always_inline)) int
emit_hits(const struct kt_multilit *ml, uint32_t row, size_t i, kt_multilit_fn fn, void *arg)
{
	for (uint32_t o = ml->first_out[row / ml->nclasses]; o; o = ml->out_link[o])
		for (uint32_t j = ml->out_start[o]; j < ml->out_start[o + 1]; j++) {
			int rc = fn(ml->hits[j].id, i + 1 - ml->hits[j].len, i + 1, arg);

			if (rc)
				return rc;
		}
	return 0;
}

/* One byte of a walk: from the state whose row is row, over p[i], the next
 * state's row; its hits go to fn, and *rc is set when fn stops the scan. */
static inline __attribute__((always_inline)) uint32_t
step(const struct kt_multilit *ml, uint32_t row, const unsigned char *p, size_t i,
    kt_multilit_fn fn, void *arg, int *rc)
{
	uint32_t e = ml->delta[row + ml->cls[p[i]]];

	row = e >> 1;
	if (e & HAS_HITS)
		*rc = emit_hits(ml, row, i, fn, arg);
	return row;
}

/* The scan, inlined into each caller so that its fn (a constant there) is
 * inlined too: the per-hit call of kt_multilit_seen costs nothing. */
static inline __attribute__((always_inline)) int
scan(const struct kt_multilit *ml, const char *text, size_t len, kt_multilit_fn fn, void *arg)
{
	const unsigned char *p = (const unsigned char *)text;
	uint32_t row = 0;
	int rc = 0;

	if (!ml->built)
		multilit_bug("scan before the build");
	for (size_t i = 0; i < len && !rc; i++)
		row = step(ml, row, p, i, fn, arg, &rc);
	return rc;
}

/*
 * The same, the text cut into LANES pieces walked in one loop, a state
 * each: one lane is a chain of dependent table loads, several lanes' loads
 * overlap (three to four times the bytes per cycle on long texts).  A lane
 * after the first starts maxlen - 1 bytes early, from the root: by the
 * start of its piece its state is the one a single walk would have, and a
 * literal ending in that lead-in (also the previous lane's) may be reported
 * twice.  Hits come in no particular order: for callers that only collect.
 */
#define LANES 4
static inline __attribute__((always_inline)) int
scan_lanes(const struct kt_multilit *ml, const char *text, size_t len, kt_multilit_fn fn, void *arg)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t lead = ml->maxlen ? ml->maxlen - 1 : 0, piece = len / LANES, from[LANES], to[LANES];
	const uint32_t *delta = ml->delta;
	const uint16_t *cls = ml->cls;
	uint32_t row[LANES] = { 0 };
	int rc = 0;

	/* short texts: the lead-ins would cost more than the overlap saves */
	if (!ml->built || piece < 2 * lead + 16)
		return scan(ml, text, len, fn, arg);
	for (size_t j = 0; j < LANES; j++) {
		from[j] = j ? j * piece - lead : 0;
		to[j] = j + 1 < LANES ? (j + 1) * piece : len;
	}
	/*
	 * Every lane has at least piece bytes: walk them together, the four
	 * steps written out so that their loads overlap and one test of the
	 * four entries tells whether any lane reached a state with hits.
	 */
	for (size_t k = 0; k < piece; k++) {
		uint32_t e0 = delta[row[0] + cls[p[from[0] + k]]];
		uint32_t e1 = delta[row[1] + cls[p[from[1] + k]]];
		uint32_t e2 = delta[row[2] + cls[p[from[2] + k]]];
		uint32_t e3 = delta[row[3] + cls[p[from[3] + k]]];

		row[0] = e0 >> 1;
		row[1] = e1 >> 1;
		row[2] = e2 >> 1;
		row[3] = e3 >> 1;
		if (__builtin_expect((e0 | e1 | e2 | e3) & HAS_HITS, 0)) {
			uint32_t e[LANES] = { e0, e1, e2, e3 };

			for (size_t j = 0; j < LANES && !rc; j++)
				if (e[j] & HAS_HITS)
					rc = emit_hits(ml, row[j], from[j] + k, fn, arg);
			if (rc)
				return rc;
		}
	}
	for (size_t j = 0; j < LANES && !rc; j++)
		for (size_t i = from[j] + piece; i < to[j] && !rc; i++)
			row[j] = step(ml, row[j], p, i, fn, arg, &rc);
	return rc;
}

int
kt_multilit_scan(const struct kt_multilit *ml, const char *text, size_t len,
    kt_multilit_fn fn, void *arg)
{
	if (ml->flags & KT_MULTILIT_UNORDERED)
		multilit_bug("an unordered set scanned in order");
	return scan(ml, text, len, fn, arg);
}

/* The unordered walks: the index's, or the automaton's lanes. */
static inline __attribute__((always_inline)) int
scan_unordered(const struct kt_multilit *ml, const char *text, size_t len, kt_multilit_fn fn, void *arg)
{
	if (ml->grams)
		return gram_scan(ml, text, len, fn, arg);
	return scan_lanes(ml, text, len, fn, arg);
}

int
kt_multilit_each(const struct kt_multilit *ml, const char *text, size_t len,
    kt_multilit_fn fn, void *arg)
{
	return scan_unordered(ml, text, len, fn, arg);
}

static int
stop_at_first(unsigned id, size_t start, size_t end, void *arg)
{
	(void)id;
	(void)start;
	(void)end;
	(void)arg;
	return 1;
}

bool
kt_multilit_holds(const struct kt_multilit *ml, const char *text, size_t len)
{
	return scan_unordered(ml, text, len, stop_at_first, NULL) != 0;
}

struct seen {
	unsigned char *seen;
	unsigned *list;
	size_t n;
};

static int
mark_seen(unsigned id, size_t start, size_t end, void *arg)
{
	struct seen *sn = arg;

	(void)start;
	(void)end;
	if (!sn->seen[id]) {
		sn->seen[id] = 1;
		if (sn->list)
			sn->list[sn->n] = id;
		sn->n++;
	}
	return 0;
}

size_t
kt_multilit_seen(const struct kt_multilit *ml, const char *text, size_t len,
    unsigned char *seen, unsigned *list)
{
	struct seen sn = { seen, list, 0 };

	scan_unordered(ml, text, len, mark_seen, &sn);
	return sn.n;
}

void
kt_multilit_free(struct kt_multilit *ml)
{
	if (!ml)
		return;
	for (size_t k = 0; k < ml->nlits; k++)
		free(ml->lits[k].s);
	free(ml->lits);
	free(ml->delta);
	free(ml->first_out);
	free(ml->out_link);
	free(ml->out_start);
	free(ml->hits);
	free(ml->gram_filter);
	free(ml->gram_head);
	free(ml->gram_lits);
	free(ml->gram_bytes);
	free(ml);
}
