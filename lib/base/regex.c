/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ktriage.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

/*
 * Each thread has its own match data and match context (with the limits).
 * They live in a pthread key so that they are freed when a worker thread
 * ends; md points at the current thread's match data for kt_re_group().
 */
struct tls {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	/* the patterns this thread has matched (open addressing), and each
	 * one's state: JIT_RUNS, JIT_NEVER (the JIT refused it: the
	 * interpreter matches it) or the units of text it has matched
	 * interpreted so far (match_not_compiled) */
	const pcre2_code **jitted;
	unsigned char *jit_state;
	size_t njitted, jit_cap;
	/* group numbers of names asked for (kt_re_named), direct-mapped by
	 * the pattern and the name's address (callers pass literals and table
	 * fields: the same address every time; its text is compared still) */
	struct name_slot {
		const pcre2_code *re;
		const char *at;
		char name[16];
		int n;
	} names[512];
	/* kt_re_test_short(): verdicts on short texts, direct-mapped by the
	 * pattern and the text's hash (a later text evicts an earlier one) */
	struct verdict_slot {
		const pcre2_code *re;
		unsigned char len;	/* of text; 0: empty slot */
		bool match;
		char text[KT_RE_SHORT_MAX];
	} verdicts[1024];
	unsigned long gen;	/* re_generation the tables above are valid for */
};

/*
 * Bumped by kt_re_free(): a freed pattern's address may come back for
 * another one, so each thread forgets what it knew (JIT state, group
 * numbers) when a pattern was freed since.
 */
static unsigned long re_generation;

static pthread_key_t tls_key;
static pthread_once_t tls_once = PTHREAD_ONCE_INIT;
static __thread struct tls *tls;
static __thread pcre2_match_data *md;

static void
tls_free(void *p)
{
	struct tls *t = p;

	pcre2_match_data_free(t->md);
	pcre2_match_context_free(t->mctx);
	free(t->jitted);
	free(t->jit_state);
	free(t);
}

static void
tls_key_create(void)
{
	if (pthread_key_create(&tls_key, tls_free))
		abort();
}

pcre2_code *
kt_re_try_compile(const char *pattern, unsigned flags, struct kt_error *err)
{
	pcre2_code *re;
	int errcode;
	PCRE2_SIZE erroff;

	re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    flags | PCRE2_UTF | PCRE2_NO_UTF_CHECK, &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		kt_fail(err, KT_EUSAGE, "%s at offset %zu", (char *)msg, (size_t)erroff);
		return NULL;
	}
	/* JIT-compiled after a few matches (match_not_compiled): most patterns
	 * of the tables and signatures run rarely or never on a given log, and
	 * JIT is most of the cost of compiling them */
	return re;
}

pcre2_code *
kt_re_compile(const char *pattern, unsigned flags)
{
	struct kt_error err = { 0, "" };
	pcre2_code *re = kt_re_try_compile(pattern, flags, &err);

	if (!re) {
		fprintf(stderr, "ktriage: BUG: built-in pattern /%s/: %s\n",
		    pattern, err.msg);
		abort();
	}
	return re;
}

/* written by a JIT compilation, read by interpreted matches (see below):
 * one lock per stripe of patterns, so that compiling one pattern holds up
 * only the patterns of its stripe in the other threads of --jobs */
enum { JIT_LOCK_STRIPES = 64 };
static pthread_rwlock_t jit_locks[JIT_LOCK_STRIPES];
static pthread_once_t jit_locks_once = PTHREAD_ONCE_INIT;

static void
jit_locks_init(void)
{
	for (size_t i = 0; i < JIT_LOCK_STRIPES; i++)
		pthread_rwlock_init(&jit_locks[i], NULL);
}

/* A pattern's address, mixed (Fibonacci hashing): its high bits index a
 * table, whatever the allocator's alignment. */
static uint64_t
pattern_hash(const pcre2_code *re)
{
	return ((uintptr_t)re >> 4) * 0x9e3779b97f4a7c15ull;
}

static pthread_rwlock_t *
jit_lock_of(const pcre2_code *re)
{
	return &jit_locks[pattern_hash(re) >> 58];
}

static size_t
jit_slot(const struct tls *t, const pcre2_code *re)
{
	size_t i = pattern_hash(re) >> 20;

	for (i &= t->jit_cap - 1; t->jitted[i] && t->jitted[i] != re; i = (i + 1) & (t->jit_cap - 1))
		;
	return i;
}

/* re's slot in this thread's table, added with state 0 when new. */
static size_t
jit_entry(struct tls *t, const pcre2_code *re)
{
	size_t i;

	if (t->jit_cap && t->jitted[i = jit_slot(t, re)] == re)
		return i;
	if (2 * (t->njitted + 1) > t->jit_cap) {
		const pcre2_code **old = t->jitted;
		unsigned char *old_state = t->jit_state;
		size_t n = t->jit_cap;

		t->jit_cap = n ? 2 * n : 256;
		t->jitted = xcalloc(t->jit_cap, sizeof(*t->jitted));
		t->jit_state = xcalloc(t->jit_cap, sizeof(*t->jit_state));
		for (size_t k = 0; k < n; k++)
			if (old[k]) {
				i = jit_slot(t, old[k]);
				t->jitted[i] = old[k];
				t->jit_state[i] = old_state[k];
			}
		free(old);
		free(old_state);
	}
	i = jit_slot(t, re);
	t->jitted[i] = re;
	t->jit_state[i] = 0;
	t->njitted++;
	return i;
}

/* A pattern was freed (its address may come back as another's): what
 * this thread remembers of patterns is forgotten. */
static __attribute__((noinline)) void
forget_all(struct tls *t, unsigned long gen)
{
	t->gen = gen;
	if (t->jit_cap) {
		memset(t->jitted, 0, t->jit_cap * sizeof(*t->jitted));
		t->njitted = 0;
	}
	memset(t->names, 0, sizeof(t->names));
	memset(t->verdicts, 0, sizeof(t->verdicts));
}

static inline void
forget_freed(struct tls *t)
{
	unsigned long gen = __atomic_load_n(&re_generation, __ATOMIC_ACQUIRE);

	if (gen != t->gen)
		forget_all(t, gen);
}

void
kt_re_free(pcre2_code *re)
{
	if (!re)
		return;
	__atomic_add_fetch(&re_generation, 1, __ATOMIC_RELEASE);
	pcre2_code_free(re);
}

/*
 * A pattern is JIT-compiled once the text a thread matched it against
 * interpreted would reach JIT_BUDGET units: a match counts one unit and
 * one more per JIT_TEXT_UNIT bytes.  On a log with one report most
 * patterns of the tables and signatures run a few times on short lines,
 * or never, and compiling one costs more than those few interpreted
 * matches; a pattern that runs on every line of a report, or on a whole
 * report's text, is compiled at once or within the first report.  (In
 * instructions, seed 001 alone: 12% fewer; a dense log: the same.)  Both
 * engines find the same matches; only the limits, KT_RE_*_LIMIT, count
 * differently, so an interpreted match that hits one is run again JIT.
 *
 * A pattern is shared by the threads of --jobs.  Each thread keeps its
 * own count and state per pattern, so a compiled pattern's match costs
 * one lookup in the thread's own table.  pcre2_match() reads the JIT
 * state that a compilation writes: a compilation holds its pattern's
 * stripe of jit_locks for writing, an interpreted match of a pattern not
 * yet compiled for reading (they run side by side).
 */
enum { JIT_BUDGET = 8, JIT_TEXT_UNIT = 64, JIT_NEVER = 0xfe, JIT_RUNS = 0xff };

/* Compile the pattern of slot i (unless another thread did): its state
 * becomes JIT_RUNS, or JIT_NEVER when the JIT refuses it. */
static void
jit_compile(struct tls *t, size_t i)
{
	pcre2_code *re = (pcre2_code *)t->jitted[i];
	size_t jitsize = 0;

	pthread_rwlock_t *lock = jit_lock_of(re);

	pthread_rwlock_wrlock(lock);
	if (pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize) == 0 && !jitsize) {
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		(void)pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize);
	}
	pthread_rwlock_unlock(lock);
	t->jit_state[i] = jitsize ? JIT_RUNS : JIT_NEVER;
}

/* The fast path, inlined in kt_re_match: one probe of this thread's table
 * (the first slot but for collisions). */
static inline bool
jit_runs(struct tls *t, const pcre2_code *re)
{
	size_t i;

	forget_freed(t);
	return t->jit_cap && t->jitted[i = jit_slot(t, re)] == re && t->jit_state[i] == JIT_RUNS;
}

/* Text handed to matchers is valid UTF-8 (lines.c guarantees it).  A
 * JIT-compiled pattern goes straight to its code: pcre2_match() would
 * only check again what is known, a third of the cost of a short line. */
static inline int
run_jit(const struct tls *t, const pcre2_code *re, const char *s, size_t len)
{
	return pcre2_jit_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, t->mctx);
}

static inline int
run_interpreted(const struct tls *t, const pcre2_code *re, const char *s, size_t len)
{
	return pcre2_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_NO_UTF_CHECK, md, t->mctx);
}

/* A match of a pattern this thread has not seen compiled. */
static __attribute__((noinline)) int
match_not_compiled(struct tls *t, const pcre2_code *re, const char *s, size_t len)
{
	size_t i = jit_entry(t, re);
	size_t units = 1 + len / JIT_TEXT_UNIT, jitsize = 0;
	pthread_rwlock_t *lock;
	int rc;

	if (t->jit_state[i] != JIT_NEVER) {
		if (t->jit_state[i] + units >= JIT_BUDGET)
			jit_compile(t, i);
		else
			t->jit_state[i] += (unsigned char)units;
	}
	if (t->jit_state[i] == JIT_RUNS)
		return run_jit(t, re, s, len);
	/* a compilation the JIT refused wrote nothing: no lock for such a
	 * pattern (without a JIT, every pattern), which --jobs would contend */
	if (t->jit_state[i] == JIT_NEVER)
		return run_interpreted(t, re, s, len);
	lock = jit_lock_of(re);
	pthread_rwlock_rdlock(lock);
	/* another thread (--jobs) may have compiled it: use that at once */
	if (pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize) == 0 && jitsize) {
		pthread_rwlock_unlock(lock);
		t->jit_state[i] = JIT_RUNS;
		return run_jit(t, re, s, len);
	}
	rc = run_interpreted(t, re, s, len);
	pthread_rwlock_unlock(lock);
	/* the engines count their limits differently: a limit is the JIT's, as
	 * it would be had the pattern been compiled already */
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT) {
		jit_compile(t, i);
		if (t->jit_state[i] == JIT_RUNS)
			rc = run_jit(t, re, s, len);
	}
	return rc;
}

/* This thread's match data and limits, made on its first match. */
static __attribute__((noinline)) void
tls_init(void)
{
	pthread_once(&tls_once, tls_key_create);
	pthread_once(&jit_locks_once, jit_locks_init);
	tls = calloc(1, sizeof(*tls));
	if (!tls)
		abort();
	tls->md = pcre2_match_data_create(32, NULL);
	tls->mctx = pcre2_match_context_create(NULL);
	if (!tls->md || !tls->mctx)
		abort();
	pcre2_set_match_limit(tls->mctx, KT_RE_MATCH_LIMIT);
	pcre2_set_depth_limit(tls->mctx, KT_RE_DEPTH_LIMIT);
	pcre2_set_heap_limit(tls->mctx, KT_RE_HEAP_LIMIT_KIB);
	pthread_setspecific(tls_key, tls);
	md = tls->md;
}

int
kt_re_match(const pcre2_code *re, const char *s, size_t len)
{
	int rc;

	if (!tls)
		tls_init();
	if (jit_runs(tls, re))
		rc = run_jit(tls, re, s, len);
	else
		rc = match_not_compiled(tls, re, s, len);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc == 0)
		rc = 32;
	return rc;
}

bool
kt_re_group(const char *s, int n, const char **start, size_t *len)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);

	if ((uint32_t)n >= pcre2_get_ovector_count(md) ||
	    ov[2 * n] == PCRE2_UNSET)
		return false;
	*start = s + ov[2 * n];
	*len = ov[2 * n + 1] - ov[2 * n];
	return true;
}

/* The number of group name in re (<0: none), looked up once per thread. */
static int
group_number(const pcre2_code *re, const char *name)
{
	struct name_slot *e;
	size_t nl;

	if (!tls)
		return pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	forget_freed(tls);
	e = &tls->names[(((uintptr_t)re >> 4) * 31 + ((uintptr_t)name >> 1)) % ARRAY_SIZE(tls->names)];
	if (e->re == re && e->at == name && !strcmp(e->name, name))
		return e->n;
	if ((nl = strlen(name)) >= sizeof(e->name))
		return pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	e->re = re;
	e->at = name;
	memcpy(e->name, name, nl + 1);
	e->n = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	return e->n;
}

bool
kt_re_named(const pcre2_code *re, const char *s, const char *name,
    const char **start, size_t *len)
{
	int n = group_number(re, name);

	if (n < 0)
		return false;
	return kt_re_group(s, n, start, len);
}

bool
kt_re_test_short(const pcre2_code *re, const char *s, size_t len)
{
	struct verdict_slot *v;
	uint32_t h = 2166136261u;
	int rc;

	if (len == 0 || len > KT_RE_SHORT_MAX)
		return kt_re_match(re, s, len) > 0;
	if (!tls)
		tls_init();
	forget_freed(tls);
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	h ^= (uint32_t)((uintptr_t)re >> 4);
	v = &tls->verdicts[h % ARRAY_SIZE(tls->verdicts)];
	if (v->re == re && v->len == len && !memcmp(v->text, s, len))
		return v->match;
	rc = kt_re_match(re, s, len);
	if (rc >= 0) {
		/* a limit hit (<0) is not a verdict: the next call tries again */
		v->re = re;
		v->len = (unsigned char)len;
		v->match = rc > 0;
		memcpy(v->text, s, len);
	}
	return rc > 0;
}

bool
kt_re_could_match(const pcre2_code *re, const char *s, size_t len)
{
	int rc;

	if (!tls)
		tls_init();
	/* PCRE2_PARTIAL_SOFT runs the interpreter: for tables built once */
	rc = pcre2_match(re, (PCRE2_SPTR)s, len, 0, PCRE2_PARTIAL_SOFT, md, tls->mctx);
	return rc >= 0 || rc == PCRE2_ERROR_PARTIAL;
}

size_t
kt_re_match_start(void)
{
	return pcre2_get_ovector_pointer(md)[0];
}

/*
 * Literal extraction for the prefilter: for each top-level alternative, a
 * set of strings one of which any match must contain (lowercased): the
 * longest run of bytes, or the alternatives of a group that must match,
 * with the bytes next to it when they are plain text ("walk_(pgd|pud)_range":
 * walk_pgd_range, walk_pud_range), whichever set's shortest string is
 * longer.  Classes, escapes like \d and quantified atoms end a run.
 */
static void
flush_run(struct strbuf *run, struct strbuf *best)
{
	if (run->len > best->len) {
		strbuf_reset(best);
		strbuf_add(best, run->buf, run->len);
	}
	strbuf_reset(run);
}

/* Length of the character class at p[0] == '[' (to the end if unclosed). */
static size_t
class_len(const char *p, size_t n)
{
	size_t j = 1;

	if (j < n && p[j] == '^')
		j++;
	if (j < n && p[j] == ']')
		j++;
	while (j < n && p[j] != ']')
		j += p[j] == '\\' ? 2 : 1;
	return j < n ? j + 1 : n;
}

/* Length of the group at p[0] == '(' (to the end if unclosed); classes
 * and escapes inside it hold no parenthesis that counts. */
size_t
kt_regex_group_len(const char *p, size_t n)
{
	int depth = 0;
	size_t j = 0;

	for (; j < n; j++) {
		if (p[j] == '\\') {
			j++;
			continue;
		}
		if (p[j] == '[') {
			j += class_len(p + j, n - j) - 1;
			continue;
		}
		if (p[j] == '(')
			depth++;
		else if (p[j] == ')' && --depth == 0)
			break;
	}
	return j < n ? j + 1 : n;
}

static size_t
skip_to(const char *p, size_t n, size_t i, char close)
{
	while (i < n && p[i] != close)
		i++;
	return i < n ? i + 1 : n;
}

/* The closing character of \x{..}, \k<..>, \g'..' and the like, or 0. */
static char
escape_bracket(char e, char open)
{
	if (open == '{' && strchr("xopPgkN", e))
		return '}';
	if (e == 'k' || e == 'g')
		return open == '<' ? '>' : open == '\'' ? '\'' : 0;
	return 0;
}

/*
 * Length of an escape whose letter is alphanumeric, argument included, so
 * that the "41" of \x41 or the "L" of \pL is never taken for literal text.
 * \Q..\E counts as a whole: conservative, its text is not used.
 */
static size_t
escape_len(const char *p, size_t n)
{
	size_t i = 2;
	char e = p[1], close = i < n ? escape_bracket(e, p[i]) : 0;

	if (e == 'Q') {
		while (i + 1 < n && !(p[i] == '\\' && p[i + 1] == 'E'))
			i++;
		return i + 1 < n ? i + 2 : n;
	}
	if (close)
		return skip_to(p, n, i + 1, close);
	if (e == 'x') {
		while (i < n && i < 4 && isxdigit((unsigned char)p[i]))
			i++;
	} else if (strchr("pPc", e)) {
		i += i < n;
	} else if (isdigit((unsigned char)e) || e == 'g') {
		while (i < n && (isdigit((unsigned char)p[i]) || strchr("-+", p[i])))
			i++;
	}
	return i;
}

/* A set of strings one of which every match of a piece of a pattern holds. */
struct litset {
	char **v;
	size_t n;
	size_t minlen;		/* of the shortest string; 0 when empty */
};

static void
litset_clear(struct litset *ls)
{
	for (size_t k = 0; k < ls->n; k++)
		free(ls->v[k]);
	free(ls->v);
	memset(ls, 0, sizeof(*ls));
}

static void
litset_add(struct litset *ls, const char *lit, size_t len)
{
	ls->v = xrealloc(ls->v, (ls->n + 1) * sizeof(*ls->v));
	ls->v[ls->n++] = xstrndup(lit, len);
	if (ls->n == 1 || len < ls->minlen)
		ls->minlen = len;
}

/* Keep in best whichever of best and cand has the longer shortest string
 * (on a tie, cand only when cand_on_tie); cand is emptied. */
static void
litset_keep_better(struct litset *best, struct litset *cand, bool cand_on_tie)
{
	if (cand->n && (!best->n || cand->minlen > best->minlen ||
	    (cand_on_tie && cand->minlen == best->minlen))) {
		litset_clear(best);
		*best = *cand;
		memset(cand, 0, sizeof(*cand));
	}
	litset_clear(cand);
}

/*
 * The plain bytes (bytes and escaped punctuation) at the start of p[0..n),
 * appended lowercased to sb: up to the first other atom, less the last
 * byte when a quantifier follows it.  Returns how many bytes were read:
 * n when p[0..n) is plain text throughout.
 */
static size_t
plain_prefix(const char *p, size_t n, struct strbuf *sb)
{
	size_t i = 0;

	while (i < n) {
		size_t adv = p[i] == '\\' ? 2 : 1;

		if (adv == 2 && (i + 1 >= n || isalnum((unsigned char)p[i + 1])))
			break;
		if (adv == 1 && strchr("^$.|?*+()[]{}", p[i])) {
			if (sb->len && strchr("?*{", p[i]))
				strbuf_setlen(sb, sb->len - 1);
			break;
		}
		strbuf_addch(sb, tolower((unsigned char)p[i + adv - 1]));
		i += adv;
	}
	return i;
}

static bool pattern_litset(const char *p, size_t n, int depth, struct litset *out);

static size_t group_opening_len(const char *p, size_t n);

/*
 * Where the text of the group at p[0..glen) starts, or 0 if it is not a
 * group of text: a plain, non-capturing or named group, never a
 * lookaround, option setting, verb or the like.
 */
static size_t
group_text_start(const char *p, size_t glen)
{
	size_t j;

	if (glen < 2 || p[glen - 1] != ')')
		return 0;
	if (p[1] == '*')
		return 0;
	if (p[1] != '?')
		return 1;
	if (glen > 2 && p[2] == ':')
		return 3;
	if (glen > 3 && p[2] == 'P' && (p[3] == '=' || p[3] == '>'))
		return 0;
	j = group_opening_len(p, glen);
	return j > 2 + (p[2] == 'P') && j < glen ? j : 0;
}

/*
 * The set the group at p[0..glen) (then rest more bytes of the branch)
 * gives: its plain alternatives between the run before it and the plain
 * bytes after it, or the sets of its alternatives.  Empty when the group
 * need not match.
 */
static void
group_litset(const char *p, size_t glen, size_t rest, const struct strbuf *before, int depth,
    struct litset *out)
{
	size_t start = group_text_start(p, glen);
	char q = rest ? p[glen] : 0;
	struct strbuf after = STRBUF_INIT, one = STRBUF_INIT;
	char **alts;
	size_t nalts;
	bool plain = true;

	if (!start || q == '?' || q == '*' || q == '{')
		return;
	if (q != '+')
		plain_prefix(p + glen, rest, &after);
	nalts = kt_regex_alternatives(p + start, glen - 1 - start, &alts);
	for (size_t k = 0; k < nalts && plain; k++) {
		size_t alen = strlen(alts[k]);

		strbuf_reset(&one);
		strbuf_add(&one, before->buf ? before->buf : "", before->len);
		plain = plain_prefix(alts[k], alen, &one) == alen;
		strbuf_add(&one, after.buf ? after.buf : "", after.len);
		if (plain)
			litset_add(out, one.buf, one.len);
	}
	for (size_t k = 0; k < nalts; k++)
		free(alts[k]);
	free(alts);
	strbuf_release(&after);
	strbuf_release(&one);
	if (!plain || !nalts) {
		litset_clear(out);
		if (nalts && !pattern_litset(p + start, glen - 1 - start, depth + 1, out))
			litset_clear(out);
	}
}

/* The best set of one branch (at least 4 bytes in each string), or false. */
static bool
branch_litset(const char *p, size_t n, int depth, struct litset *best)
{
	struct strbuf run = STRBUF_INIT, longest = STRBUF_INIT;
	struct litset cand = { 0 };
	size_t i = 0;

	while (i < n) {
		char c = p[i];
		size_t adv = 1;

		if (c == '\\' && i + 1 < n) {
			adv = 2;
			if (!isalnum((unsigned char)p[i + 1])) {
				strbuf_addch(&run, tolower((unsigned char)p[i + 1]));
			} else {
				/* \d, \x41, \p{L}, \Q..\E: not one known byte */
				adv = escape_len(p + i, n - i);
				flush_run(&run, &longest);
			}
		} else if (c == '[' || c == '(') {
			adv = c == '[' ? class_len(p + i, n - i) : kt_regex_group_len(p + i, n - i);
			if (c == '(' && depth < 8) {
				group_litset(p + i, adv, n - i - adv, &run, depth, &cand);
				litset_keep_better(best, &cand, false);
			}
			flush_run(&run, &longest);
		} else if (c == '*' || c == '?' || c == '{') {
			/* the previous atom is optional or repeated: not part of the run */
			if (run.len)
				strbuf_setlen(&run, run.len - 1);
			flush_run(&run, &longest);
			if (c == '{')
				while (i + adv < n && p[i + adv - 1] != '}')
					adv++;
		} else if (c == '+' || c == '.' || c == '^' || c == '$') {
			flush_run(&run, &longest);
		} else {
			strbuf_addch(&run, tolower((unsigned char)c));
		}
		i += adv;
	}
	flush_run(&run, &longest);
	if (longest.len)
		litset_add(&cand, longest.buf, longest.len);
	/* the run wins a tie: its one string is the better set */
	litset_keep_better(best, &cand, true);
	strbuf_release(&run);
	strbuf_release(&longest);
	if (best->minlen < 4)
		litset_clear(best);
	return best->n > 0;
}

static bool
word_byte(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Length of the "(?" that opens a group at p[0], with its name when it has
 * one ("(?<name>", "(?'name'", "(?P<name>", "(?P=name)", "(?P>name)"):
 * a name is no text of the pattern. */
static size_t
group_opening_len(const char *p, size_t n)
{
	size_t j = 2;
	bool python = j < n && p[j] == 'P';
	char close;

	j += python;
	if (j + 1 >= n || !(isalpha((unsigned char)p[j + 1]) || p[j + 1] == '_'))
		return j;
	if (p[j] == '<')
		close = '>';
	else if (p[j] == '\'')
		close = '\'';
	else if (python && (p[j] == '=' || p[j] == '>'))
		close = ')';
	else
		return j;
	return skip_to(p, n, j + 1, close);
}

char *
kt_regex_map_words(const char *p, kt_regex_word_fn fn, void *arg)
{
	struct strbuf out = STRBUF_INIT;
	size_t n = strlen(p), i = 0;
	bool changed = false;

	while (i < n) {
		size_t adv = 1;
		const char *repl = NULL;

		if (p[i] == '\\' && i + 1 < n) {
			adv = isalnum((unsigned char)p[i + 1]) ? escape_len(p + i, n - i) : 2;
		} else if (p[i] == '[') {
			adv = class_len(p + i, n - i);
		} else if (p[i] == '(' && i + 1 < n && p[i + 1] == '?') {
			adv = group_opening_len(p + i, n - i);
		} else if (word_byte(p[i])) {
			while (i + adv < n && word_byte(p[i + adv]))
				adv++;
			if (!isdigit((unsigned char)p[i]) && !(i + adv < n && strchr("?*+{", p[i + adv])))
				repl = fn(p + i, adv, arg);
		}
		if (adv > n - i)
			adv = n - i;
		if (repl) {
			strbuf_addstr(&out, repl);
			changed = true;
		} else {
			strbuf_add(&out, p + i, adv);
		}
		i += adv;
	}
	if (!changed) {
		strbuf_release(&out);
		return NULL;
	}
	return strbuf_detach(&out, NULL);
}

size_t
kt_regex_alternatives(const char *p, size_t n, char ***out)
{
	size_t start = 0, count = 0;
	int depth = 0;

	*out = NULL;
	for (size_t i = 0; i <= n; i++) {
		size_t skip = i >= n ? 0 : p[i] == '\\' ? escape_len(p + i, n - i) : p[i] == '[' ? class_len(p + i, n - i) : 0;

		if (skip) {
			/* a trailing lone '\\' measures past the end: the last branch still ends at n */
			i += (skip < n - i ? skip : n - i) - 1;
			continue;
		}
		if (i < n && p[i] == '(')
			depth++;
		else if (i < n && p[i] == ')')
			depth--;
		else if (i == n || (p[i] == '|' && depth == 0)) {
			*out = xrealloc(*out, (count + 1) * sizeof(**out));
			(*out)[count++] = xstrndup(p + start, i - start);
			start = i + 1;
		}
	}
	return count;
}

/* Whether p sets extended mode anywhere ("(?x)", "(?ix:", "(?xx)"): its
 * blanks and "#..." are then no text of the match. */
static bool
sets_extended(const char *p)
{
	for (const char *q = p; (q = strstr(q, "(?")); q += 2) {
		size_t k = 2;

		while (isalpha((unsigned char)q[k]) || q[k] == '-' || q[k] == '^') {
			if (q[k] == 'x')
				return true;
			k++;
		}
	}
	return false;
}

/* The union of each alternative's best set: false when one has none. */
static bool
pattern_litset(const char *p, size_t n, int depth, struct litset *out)
{
	char **alts;
	size_t nalts = kt_regex_alternatives(p, n, &alts);
	bool all = nalts > 0;

	for (size_t k = 0; k < nalts; k++) {
		struct litset one = { 0 };

		if (all && branch_litset(alts[k], strlen(alts[k]), depth, &one))
			for (size_t l = 0; l < one.n; l++)
				litset_add(out, one.v[l], strlen(one.v[l]));
		else
			all = false;
		litset_clear(&one);
		free(alts[k]);
	}
	free(alts);
	return all;
}

size_t
kt_regex_literals(const char *pattern, bool icase, char ***out)
{
	struct litset ls = { 0 };

	(void)icase;	/* the prefilter is case-insensitive anyway */
	*out = NULL;
	/* n is 0 when a class or escape ran past the end: no literal either */
	if (sets_extended(pattern) || !pattern_litset(pattern, strlen(pattern), 0, &ls)) {
		litset_clear(&ls);
		return 0;
	}
	*out = ls.v;
	return ls.n;
}
