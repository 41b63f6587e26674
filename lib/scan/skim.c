/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_LIBHS
#include <dlfcn.h>
#include <hs.h>
#endif

#include "formats.h"
#include "lines.h"
#include "multilit.h"
#include "skim.h"
#include "strbuf.h"
#include "util.h"

/*
 * Bytes after which kt_clean_text() changes the text: control characters
 * and DEL (dropped), the tab (a space), and the lead bytes of U+0080-U+00BF
 * (C1 controls, NBSP), U+061C, U+2000-U+206F and U+3000 (spaces,
 * zero-width and BiDi characters) and U+FEFF.  '\n' and '\r' end lines.
 */
static const char clean_bytes[] =
	"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17"
	"\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f\xc2\xd8\xe2\xe3\xef";

/* what every kind reads: the environment, lits_ml */
static pthread_once_t common_once = PTHREAD_ONCE_INIT;
/* each matcher built the first time a scanner wants it */
static pthread_once_t portable_once = PTHREAD_ONCE_INIT;
static struct kt_multilit *skim_ml;
/* ids below nlits are literals (searched[]); the others bytes of
 * clean_bytes (and NUL) */
static unsigned nlits;
/*
 * The literals searched for: those of kt_skim_literal() that hold no other
 * one.  A line holding a literal holds each literal that one holds, so the
 * same lines hit (and a hit ends inside the same line).  Vectorscan's
 * literal matcher slows as literals are added: alone, the 105 read real
 * boot logs at about 0.9 GiB/s, the 76 that remain at about 1.3 GiB/s (the
 * whole scan of a clean log gained some 5%).
 */
static const char **searched;
/* the literals alone: a line with a clean byte is searched again once cleaned */
static struct kt_multilit *lits_ml;
/* Bytes c such that "c " (space_after) or " c" (space_before) is in a
 * literal; tab_pairs false when a literal holds a byte that is not
 * printable ASCII (tab_may_open then cannot tell). */
static bool space_after[256], space_before[256], tab_pairs;
#ifdef HAVE_LIBHS
static pthread_once_t hs_once = PTHREAD_ONCE_INIT;
static hs_database_t *skim_db;	/* NULL: Vectorscan could not be loaded or compile */
#endif

struct kt_skim {
	enum kt_skim_kind kind;
	bool by_size;		/* chosen by the input's size: may give way to Vectorscan */
#ifdef HAVE_LIBHS
	hs_scratch_t *scratch;
#endif
};

/* Every skim string, NUL included: fn(text, len) for each. */
static void
each_string(void (*fn)(const char *, size_t, void *), void *arg)
{
	for (size_t i = 0; i < nlits; i++)
		fn(searched[i], strlen(searched[i]), arg);
	fn("", 1, arg);	/* NUL */
	for (size_t i = 0; i < sizeof(clean_bytes) - 1; i++)
		fn(clean_bytes + i, 1, arg);
}

static void
add_portable(const char *s, size_t len, void *arg)
{
	struct kt_multilit *ml = arg;

	if (kt_multilit_add(ml, s, len, kt_multilit_nids(ml)))
		abort();	/* an empty literal in a table: every test catches it */
}

#ifdef HAVE_LIBHS
/*
 * Vectorscan is loaded when a log first needs the skim: linked in, it
 * (and the C++ runtime it needs) would cost every run, /dev/null and each
 * step of a bisection included, more relocation than all the rest.
 */
static struct {
	hs_error_t (*compile_lit_multi)(const char *const *, const unsigned *, const unsigned *,
	    const size_t *, unsigned, unsigned, const hs_platform_info_t *, hs_database_t **,
	    hs_compile_error_t **);
	hs_error_t (*free_compile_error)(hs_compile_error_t *);
	hs_error_t (*alloc_scratch)(const hs_database_t *, hs_scratch_t **);
	hs_error_t (*free_scratch)(hs_scratch_t *);
	hs_error_t (*scan)(const hs_database_t *, const char *, unsigned, unsigned, hs_scratch_t *,
	    match_event_handler, void *);
} hs;

static bool
load_hs(void)
{
	static const char *const names[] = {
		"hs_compile_lit_multi", "hs_free_compile_error", "hs_alloc_scratch", "hs_free_scratch", "hs_scan",
	};
	void **slot = (void **)&hs;
	void *h = dlopen(KT_LIBHS_SONAME, RTLD_NOW | RTLD_LOCAL);

	_Static_assert(sizeof(hs) == sizeof(names) / sizeof(names[0]) * sizeof(void *), "one name per function");
	if (!h)
		return false;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!(slot[i] = dlsym(h, names[i])))
			return false;
	return true;
}

struct hs_list {
	const char **lits;
	size_t *lens;
	unsigned *flags, *ids;
	size_t n;
};

static void
add_hs(const char *s, size_t len, void *arg)
{
	struct hs_list *l = arg;

	if (len == 1 && !*s)
		return;	/* the literal API takes no NUL: kt_skim_hits() finds them */

	l->lits = xrealloc(l->lits, (l->n + 1) * sizeof(*l->lits));
	l->lens = xrealloc(l->lens, (l->n + 1) * sizeof(*l->lens));
	l->flags = xrealloc(l->flags, (l->n + 1) * sizeof(*l->flags));
	l->ids = xrealloc(l->ids, (l->n + 1) * sizeof(*l->ids));
	l->lits[l->n] = s;
	l->lens[l->n] = len;
	l->flags[l->n] = 0;
	l->ids[l->n] = (unsigned)l->n;
	l->n++;
}

/*
 * The Vectorscan database of pure literals (its literal matcher compiles
 * in a few milliseconds, where the same strings as regexes take ten
 * times longer), or skim_db NULL: the portable matcher is used then.
 */
static void
build_hs(void)
{
	struct hs_list l = { NULL, NULL, NULL, NULL, 0 };
	hs_compile_error_t *cerr = NULL;

	if (!load_hs())
		return;
	each_string(add_hs, &l);
	if (hs.compile_lit_multi(l.lits, l.flags, l.ids, l.lens, (unsigned)l.n, HS_MODE_BLOCK,
	    NULL, &skim_db, &cerr) != HS_SUCCESS)
		skim_db = NULL;
	if (cerr)
		hs.free_compile_error(cerr);
	free(l.lits);
	free(l.lens);
	free(l.flags);
	free(l.ids);
}
#endif

static pthread_once_t env_once = PTHREAD_ONCE_INIT;
static const char *skim_env;	/* KTRIAGE_SKIM, "" when not set */

static void
env_read(void)
{
	skim_env = getenv("KTRIAGE_SKIM");
	if (!skim_env)
		skim_env = "";
}

bool
kt_skim_wanted(size_t len)
{
	pthread_once(&env_once, env_read);
	if (!strcmp(skim_env, "off"))
		return false;
	/* a matcher named is used whatever the size (tests of small logs) */
	return len >= KT_SKIM_MIN || !strcmp(skim_env, "portable") || !strcmp(skim_env, "vectorscan");
}

/* Whether kt_skim_literal(i) holds another literal (the first of equal ones kept). */
static bool
holds_another(size_t i)
{
	const char *lit = kt_skim_literal(i), *other;

	for (size_t j = 0; (other = kt_skim_literal(j)); j++)
		if (j != i && strstr(lit, other) && (strcmp(lit, other) || j < i))
			return true;
	return false;
}

static void
common_build(void)
{
	size_t n = 0;

	pthread_once(&env_once, env_read);
	kt_formats_init();
	while (kt_skim_literal(n))
		n++;
	searched = xcalloc(n + 1, sizeof(*searched));
	lits_ml = kt_multilit_new(0);
	tab_pairs = true;
	for (size_t i = 0; i < n; i++) {
		const char *lit = kt_skim_literal(i);
		size_t len = strlen(lit);

		if (holds_another(i))
			continue;
		searched[nlits++] = lit;
		add_portable(lit, len, lits_ml);
		for (size_t j = 0; j < len; j++) {
			tab_pairs &= lit[j] >= 0x20 && lit[j] < 0x7f;
			if (lit[j] != ' ')
				continue;
			if (j > 0)
				space_after[(unsigned char)lit[j - 1]] = true;
			if (j + 1 < len)
				space_before[(unsigned char)lit[j + 1]] = true;
		}
	}
	kt_multilit_build(lits_ml);
}

const char *
kt_skim_string(size_t i)
{
	pthread_once(&common_once, common_build);
	return i < nlits ? searched[i] : NULL;
}

static void
portable_build(void)
{
	skim_ml = kt_multilit_new(0);
	each_string(add_portable, skim_ml);
	kt_multilit_build(skim_ml);
}

/* Whether Vectorscan is there to use (loading and compiling it the first time). */
static bool
have_hs(void)
{
#ifdef HAVE_LIBHS
	pthread_once(&hs_once, build_hs);
	return skim_db != NULL;
#else
	return false;
#endif
}

struct kt_skim *
kt_skim_new(size_t size)
{
	struct kt_skim *k = xcalloc(1, sizeof(*k));

	pthread_once(&common_once, common_build);
	if (!strcmp(skim_env, "off")) {
		k->kind = KT_SKIM_OFF;
	} else if (!strcmp(skim_env, "vectorscan")) {
		k->kind = have_hs() ? KT_SKIM_VECTORSCAN : KT_SKIM_PORTABLE;
	} else if (!strcmp(skim_env, "portable")) {
		k->kind = KT_SKIM_PORTABLE;
	} else {
		k->by_size = true;
		k->kind = (!size || size >= KT_SKIM_LARGE) && have_hs() ? KT_SKIM_VECTORSCAN : KT_SKIM_PORTABLE;
	}
#ifdef HAVE_LIBHS
	if (k->kind == KT_SKIM_VECTORSCAN && hs.alloc_scratch(skim_db, &k->scratch) != HS_SUCCESS)
		kt_oom();
#endif
	if (k->kind == KT_SKIM_PORTABLE)
		pthread_once(&portable_once, portable_build);
	return k;
}

bool
kt_skim_outgrown(const struct kt_skim *k, size_t size)
{
	return k->by_size && k->kind == KT_SKIM_PORTABLE && size >= KT_SKIM_LARGE && have_hs();
}

enum kt_skim_kind
kt_skim_kind(const struct kt_skim *k)
{
	return k->kind;
}

struct hitvec {
	size_t **v;
	size_t *alloc;
	size_t n;
	const char *text;
	size_t len, off;
	size_t c_start, c_stop;	/* the line last checked for a clean byte */
	bool c_hit;		/* and whether it had a literal once cleaned */
	struct strbuf clean;
};

static void
push_hit(struct hitvec *h, size_t end)
{
	*h->v = xgrow(*h->v, sizeof(**h->v), h->n + 1, h->alloc);
	(*h->v)[h->n++] = end;
}

/*
 * Whether the line p[0..n) may hold, once cleaned, a literal it does not
 * hold as it is (a hit of its own then), when that is quick to rule out:
 * false only for a line of printable ASCII and tabs ("\r" at its end
 * alone).  Cleaning turns each tab into a space and drops the "\r", so a
 * new literal must have a space where a tab was, and at least two bytes:
 * the byte before that space, or the one after it, is its neighbour in
 * the literal too (space_after, space_before).  printk's tabs ("rcu:
 * \tRCU restricting", a register dump's columns) never sit so: most lines
 * with a clean byte need neither cleaning nor a search.
 */
static bool
tab_may_open(const char *p, size_t n)
{
	unsigned char before = 0;

	if (!tab_pairs)
		return true;
	while (n && p[n - 1] == '\r')
		n--;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i], next;

		if (c == '\t') {
			next = i + 1 < n ? (p[i + 1] == '\t' ? ' ' : (unsigned char)p[i + 1]) : 0;
			if ((i && space_after[before]) || (next && space_before[next]))
				return true;
			c = ' ';
		} else if (c < 0x20 || c >= 0x7f) {
			return true;
		}
		before = c;
	}
	return false;
}

/*
 * Whether the tab at p[t] may stand for the space of a literal: a byte
 * beside it (a tab beside it cleans to a space too) is that space's
 * neighbour in a literal (space_after, space_before).  A neighbour that
 * cleaning drops or changes is a clean byte of its own, whose hit reads
 * the line; a "\r" or the line's end is none (the line reader splits
 * there).  Unsure at the buffer's ends.  Most tabs of a log (a register
 * dump's columns, "rcu: \tRCU restricting") are ruled out here, without
 * finding their line.
 */
static bool
tab_may_join(const char *p, size_t t, size_t len)
{
	unsigned char before, next;

	if (!tab_pairs || t == 0 || t + 1 == len)
		return true;
	before = (unsigned char)p[t - 1];
	next = (unsigned char)p[t + 1];
	before = before == '\t' ? ' ' : before == '\n' ? 0 : before;
	next = next == '\t' ? ' ' : next == '\n' || next == '\r' ? 0 : next;
	return (before && space_after[before]) || (next && space_before[next]);
}

/*
 * A clean byte ends at `end`: its line counts as a hit only if, cleaned as
 * the normaliser cleans it (the whole line, "\r" pieces joined: more text
 * than any one piece, so never fewer literals), it holds a literal.  Tabs
 * from printk ("rcu: \tRCU restricting") and a firmware's colours are not
 * worth reading their neighbours for.  A literal the raw line holds
 * already is a hit on the same line (tab_may_open need not see it).
 */
static void
clean_byte_hit(struct hitvec *h, size_t end)
{
	const char *p = h->text, *a, *b;

	if (p[end - 1] == '\t' && !tab_may_join(p, end - 1, h->len))
		return;
	/* the line of the byte before end, unless it is the one checked last */
	if (end - 1 < h->c_start || end - 1 >= h->c_stop) {
		a = end > 1 ? memrchr(p, '\n', end - 1) : NULL;
		b = memchr(p + end - 1, '\n', h->len - (end - 1));
		h->c_start = a ? (size_t)(a - p) + 1 : 0;
		h->c_stop = b ? (size_t)(b - p) : h->len;
		h->c_hit = tab_may_open(p + h->c_start, h->c_stop - h->c_start);
		if (h->c_hit) {
			strbuf_reset(&h->clean);
			kt_clean_text(&h->clean, p + h->c_start, h->c_stop - h->c_start);
			h->c_hit = kt_multilit_holds(lits_ml, h->clean.buf, h->clean.len);
		}
	}
	if (h->c_hit)
		push_hit(h, end);
}

static void
on_hit(struct hitvec *h, unsigned id, size_t end)
{
	if (id < nlits)
		push_hit(h, end);
	else
		clean_byte_hit(h, end);
}

static int
on_portable(unsigned id, size_t start, size_t end, void *arg)
{
	(void)start;
	on_hit(arg, id, end);
	return 0;
}

#ifdef HAVE_LIBHS
static int
on_hs(unsigned id, unsigned long long from, unsigned long long to, unsigned flags, void *arg)
{
	struct hitvec *h = arg;

	(void)from;
	(void)flags;
	on_hit(h, id, h->off + (size_t)to);
	return 0;
}
#endif

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

size_t
kt_skim_hits(struct kt_skim *k, const char *p, size_t len, size_t **hits, size_t *alloc)
{
	struct hitvec h = { hits, alloc, 0, p, len, 0, 1, 0, false, STRBUF_INIT };
	bool sorted = true;

	if (!len)
		return 0;
#ifdef HAVE_LIBHS
	if (k->kind == KT_SKIM_VECTORSCAN) {
		/* blocks of at most 1 GiB: the length is an unsigned int */
		for (; h.off < len; h.off += 1u << 30) {
			size_t n = len - h.off < (1u << 30) ? len - h.off : 1u << 30;

			if (hs.scan(skim_db, p + h.off, (unsigned)n, 0, k->scratch, on_hs, &h) != HS_SUCCESS)
				kt_oom();	/* only a bad database or scratch: a bug */
		}
		for (const char *z = p; (z = memchr(z, '\0', len - (size_t)(z - p))); z++)
			on_hit(&h, nlits, (size_t)(z - p) + 1);
	}
#endif
	if (k->kind == KT_SKIM_PORTABLE)
		kt_multilit_scan(skim_ml, p, len, on_portable, &h);
	strbuf_release(&h.clean);
	/* several literals may end at one place, in any order of report */
	for (size_t i = 1; i < h.n && sorted; i++)
		sorted = (*hits)[i - 1] <= (*hits)[i];
	if (!sorted)
		qsort(*hits, h.n, sizeof(**hits), cmp_size);
	return h.n;
}

void
kt_skim_free(struct kt_skim *k)
{
	if (!k)
		return;
#ifdef HAVE_LIBHS
	if (k->scratch)
		hs.free_scratch(k->scratch);
#endif
	free(k);
}
