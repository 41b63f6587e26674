/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * match: test reports against the signature set.  One multi-literal pass
 * over a report's text finds the signatures whose prefilter literals occur;
 * only those run their PCRE2 conditions (JIT, match/depth/heap limits).
 * A limit hit is a signature error, never a silent "no match".
 *
 * Matching one report has a wall-clock budget (KT_MATCH_BUDGET_MS, or the
 * KTRIAGE_MATCH_BUDGET_MS environment variable): once it is spent, every
 * signature not yet decided gets the error "matching budget exhausted".
 */
#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "multilit.h"
#include "sigdb.h"
#include "signature.h"
#include "strbuf.h"
#include "util.h"

static int
cmp_uint(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/* Compile s's patterns; each one that does not is reported to diag (if not NULL). */
static int
compile_conds(struct kt_signature *s, struct kt_diag *diag)
{
	int errors = 0;

	for (size_t k = 0; k < s->nconds; k++) {
		struct kt_cond *c = &s->conds[k];
		struct kt_error err = { 0, "" };

		if (!c->re && !kt_pattern_utf8_ok(c->pattern))
			kt_fail(&err, KT_EUSAGE, "not valid UTF-8");
		else if (!c->re)
			c->re = kt_re_try_compile(c->pattern, c->icase ? PCRE2_CASELESS : 0, &err);
		if (!c->re) {
			if (diag)
				kt_diag_add(diag, s->file, c->line, "bad regex /%s/: %s", c->pattern, err.msg);
			errors++;
		}
	}
	return errors;
}

/*
 * The Requires whose literals include one shorter than
 * KT_MULTILIT_STRIDE_LEN are left out of the prefilter when the
 * signature's other Requires still cover it (kt_sig_literals_cover): such
 * a literal occurs nearly anywhere, filters little, and would make the
 * index look at every other byte rather than every fourth.  A signature
 * the prefilter passes is tested in full, as before.
 */
static void
leave_out_short(const struct kt_signature *s, size_t *nlits, char ***lits)
{
	size_t *without = xmalloc((s->nconds ? s->nconds : 1) * sizeof(*without));

	for (size_t k = 0; k < s->nconds; k++) {
		without[k] = nlits[k];
		for (size_t l = 0; l < nlits[k] && without[k]; l++)
			if (strlen(lits[k][l]) < KT_MULTILIT_STRIDE_LEN)
				without[k] = 0;
	}
	if (kt_sig_literals_cover(s, without))
		for (size_t k = 0; k < s->nconds; k++) {
			for (size_t l = without[k]; l < nlits[k]; l++)
				free(lits[k][l]);
			nlits[k] = without[k];
		}
	free(without);
}

static void
build_prefilter(struct kt_sigset *set)
{
	struct kt_multilit *ml = kt_multilit_new(KT_MULTILIT_ICASE | KT_MULTILIT_UNORDERED);
	size_t ngroups = 0;

	/* built again when lint adds inlined callers (mark_inlined) */
	free(set->group_sig);
	set->group_sig = NULL;
	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];
		size_t *nlits = xcalloc(s->nconds ? s->nconds : 1, sizeof(*nlits));
		char ***lits = xcalloc(s->nconds ? s->nconds : 1, sizeof(*lits));
		bool tried;

		/* each Require's literals found once, kept until it is known
		 * whether the signature can be tried at all */
		for (size_t k = 0; k < s->nconds; k++)
			nlits[k] = kt_cond_literals(&s->conds[k], &lits[k]);
		tried = kt_sig_literals_cover(s, nlits);
		if (tried)
			leave_out_short(s, nlits, lits);
		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];

			c->group = 0;
			for (size_t l = 0; l < nlits[k]; l++) {
				if (tried)
					kt_multilit_add(ml, lits[k][l], strlen(lits[k][l]), (unsigned)ngroups);
				free(lits[k][l]);
			}
			free(lits[k]);
			if (!tried || !nlits[k])
				continue;
			set->group_sig = xrealloc(set->group_sig, (ngroups + 1) * sizeof(*set->group_sig));
			set->group_sig[ngroups++] = (unsigned)i;
			c->group = (unsigned)ngroups;
		}
		free(nlits);
		free(lits);
	}
	kt_multilit_build(ml);
	set->prefilter = ml;
}

int
kt_sigset_prepare(struct kt_sigset *set, struct kt_diag *diag)
{
	int errors = 0;

	for (size_t i = 0; i < set->nsigs; i++) {
		errors += compile_conds(&set->sigs[i], diag);
		set->sigs[i].compiled = 1;
	}
	build_prefilter(set);
	return errors;
}

void
kt_sigset_prepare_lazy(struct kt_sigset *set)
{
	(void)set;	/* the prefilter too is built by the first report (need_prefilter) */
}

/*
 * The threads of --jobs share the set: the prefilter and each signature
 * are built under the lock by the first one to need them; the pointer and
 * the flag, read without it, are set (release) only once complete.
 */
static pthread_mutex_t compile_lock = PTHREAD_MUTEX_INITIALIZER;

static const struct kt_multilit *
need_prefilter(const struct kt_sigset *set)
{
	struct kt_multilit *ml = __atomic_load_n(&set->prefilter, __ATOMIC_ACQUIRE);

	if (ml)
		return ml;
	pthread_mutex_lock(&compile_lock);
	if (!set->prefilter) {
		struct kt_sigset tmp = *set;

		/* each Require's group is kept in the signatures: built here as
		 * kt_sigset_prepare() builds them, the map published before the
		 * prefilter */
		build_prefilter(&tmp);
		((struct kt_sigset *)set)->group_sig = tmp.group_sig;
		__atomic_store_n(&((struct kt_sigset *)set)->prefilter, tmp.prefilter, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&compile_lock);
	return set->prefilter;
}

/* c's pattern read with its functions inlined (kt_cond_inline_pattern),
 * compiled when a report first needs it: few reports do; NULL if it does
 * not compile (built from a pattern that did and names that are words). */
static const pcre2_code *
need_inline_re(const struct kt_cond *c)
{
	pcre2_code *re = __atomic_load_n(&c->inline_re, __ATOMIC_ACQUIRE);

	if (re || !c->inlined)
		return re;
	pthread_mutex_lock(&compile_lock);
	if (!c->inline_re) {
		struct kt_error err = { 0, "" };
		char *p = kt_cond_inline_pattern(c);

		if (p)
			__atomic_store_n(&((struct kt_cond *)c)->inline_re,
			    kt_re_try_compile(p, c->icase ? PCRE2_CASELESS : 0, &err), __ATOMIC_RELEASE);
		free(p);
	}
	pthread_mutex_unlock(&compile_lock);
	return c->inline_re;
}

static void
need_compiled(struct kt_signature *s)
{
	if (__atomic_load_n(&s->compiled, __ATOMIC_ACQUIRE))
		return;
	pthread_mutex_lock(&compile_lock);
	if (!s->compiled) {
		compile_conds(s, NULL);
		__atomic_store_n(&s->compiled, 1, __ATOMIC_RELEASE);
	}
	pthread_mutex_unlock(&compile_lock);
}

const char *
kt_confidence_name(enum kt_confidence c)
{
	return c == KT_CONF_HIGH ? "high" : c == KT_CONF_MEDIUM ? "medium" : "low";
}

bool
kt_sig_capped(const struct kt_signature *s)
{
	return s->evidence && (!strcmp(s->evidence, "frames-only") || !strcmp(s->evidence, "partial"));
}

int
kt_confidence_parse(const char *s, enum kt_confidence *c)
{
	if (!strcmp(s, "high"))
		*c = KT_CONF_HIGH;
	else if (!strcmp(s, "medium"))
		*c = KT_CONF_MEDIUM;
	else if (!strcmp(s, "low"))
		*c = KT_CONF_LOW;
	else
		return -1;
	return 0;
}

#define KT_MATCH_BUDGET_MS 1000

static long budget_ms = KT_MATCH_BUDGET_MS;
static pthread_once_t budget_once = PTHREAD_ONCE_INIT;

static void
budget_init(void)
{
	const char *e = getenv("KTRIAGE_MATCH_BUDGET_MS");
	char *end;
	long v;

	if (!e || !*e)
		return;
	v = strtol(e, &end, 10);
	if (!*end && v >= 0)
		budget_ms = v;
}

static double
now_ms(void)
{
	return kt_mono_now() * 1e3;
}

struct cond_test {
	const struct kt_cond *c;
	int err;	/* the last PCRE2 error (a limit), or 0 */
};

static int
test_value(const char *v, void *arg)
{
	struct cond_test *t = arg;
	int rc = kt_re_match(t->c->re, v, strlen(v));

	if (rc > 0)
		return 1;
	if (rc < 0)
		t->err = rc;
	return 0;
}

/* 1 held (some value of the field matched), 0 did not, <0 a PCRE2 error */
static int
test_cond(const struct kt_cond *c, const struct kt_report *r)
{
	struct cond_test t = { c, 0 };

	return kt_field_each(c->field, r, test_value, &t) ? 1 : t.err;
}

static const char *
limit_name(int rc)
{
	switch (rc) {
	case PCRE2_ERROR_MATCHLIMIT: return "the PCRE2 match limit";
	case PCRE2_ERROR_DEPTHLIMIT: return "the PCRE2 depth limit";
	case PCRE2_ERROR_HEAPLIMIT: return "the PCRE2 heap limit";
	case PCRE2_ERROR_JIT_STACKLIMIT: return "the PCRE2 JIT stack limit";
	case PCRE2_ERROR_NOMEMORY: return "a PCRE2 out-of-memory error";
	default: return "a PCRE2 matching error";
	}
}

static int
add_text(const char *v, void *arg)
{
	strbuf_addstr(arg, v);
	strbuf_addch(arg, '\n');
	return 0;
}

/* What the prefilter scans: every value of every text field, once. */
static void
report_text(const struct kt_report *r, struct strbuf *sb)
{
	for (unsigned f = 0; f < kt_nfields; f++)
		if ((kt_fields[f].flags & (KT_FIELD_TEXT | KT_FIELD_UNION)) == KT_FIELD_TEXT)
			kt_field_each(f, r, add_text, sb);
}

/* The error of a condition that could not be tested (a limit, or not compiled). */
static char *
cond_error(const struct kt_signature *s, const struct kt_cond *c, int rc)
{
	struct strbuf e = STRBUF_INIT;

	strbuf_addf(&e, "%s:%u: %s %s /%s/ ", s->file, c->line, kt_cond_kind_name(c->kind),
	    kt_field_name(c->field), c->pattern);
	if (c->re)
		strbuf_addf(&e, "hit %s", limit_name(rc));
	else
		strbuf_addstr(&e, "is not compiled");
	return strbuf_detach(&e, NULL);
}

/* Matching one report: the budget, and what the variant being tested showed. */
struct sig_test {
	double limit;		/* the budget runs out at this time */
	bool spent;		/* ... and has */
	unsigned variant;	/* the variant being tested (0: none) */
	unsigned unknown[8];	/* fields of Rejects that could not be decided */
	size_t nunknown;
};

static void
add_unknown(struct sig_test *t, unsigned field)
{
	for (size_t i = 0; i < t->nunknown; i++)
		if (t->unknown[i] == field)
			return;
	if (t->nunknown < ARRAY_SIZE(t->unknown))
		t->unknown[t->nunknown++] = field;
}

static bool distro_release(const char *release);
static const char *release_for_fix(const struct kt_report *r, char *buf, size_t n);

/* Record a condition's outcome rc (1 held, 0 not); false when the signature cannot match. */
static bool
record_cond(struct kt_match *m, struct sig_test *t, const struct kt_cond *c, int rc,
    const struct kt_report *r)
{
	switch (c->kind) {
	case KT_COND_REQUIRE:
		if (!rc)
			return false;
		m->held[m->nheld++] = c;
		return true;
	case KT_COND_REJECT:
		/* a fact the report does not state neither rejects nor passes */
		if (!rc && (kt_fields[c->field].flags & KT_FIELD_FACT) && !kt_field_known(c->field, r))
			add_unknown(t, c->field);
		/* nor does a distribution's release: it carries backports from
		 * later upstream releases than its name says */
		if (rc && !strcmp(kt_field_name(c->field), "release") && distro_release(r->release)) {
			add_unknown(t, c->field);
			return true;
		}
		return !rc;
	case KT_COND_SUPPORT:
	default:
		if (rc)
			m->held[m->nheld++] = c;
		return true;
	}
}

static bool
budget_spent(const struct kt_signature *s, struct sig_test *t, struct kt_match *m)
{
	struct strbuf e = STRBUF_INIT;

	/* checked before every condition: a signature is never
	 * silently "no match" because time ran out */
	if (!t->spent && now_ms() <= t->limit)
		return false;
	t->spent = true;
	strbuf_addf(&e, "%s: signature %s not tested: matching budget exhausted "
	    "(%ld ms per report, KTRIAGE_MATCH_BUDGET_MS)", s->file, s->id ? s->id : "?", budget_ms);
	m->error = strbuf_detach(&e, NULL);
	return true;
}

static bool inline_fits(const struct kt_cond *c, const struct kt_report *r);
static bool any_caller_printed(const struct kt_cond *c, const struct kt_report *r);

/* One signature's conditions (the common ones and those of t->variant)
 * against r; false when it does not match (true with m->error set when it
 * could not be decided). */
static bool
test_signature(const struct kt_signature *s, const struct kt_report *r, struct sig_test *t,
    struct kt_match *m)
{
	for (size_t k = 0; k < s->nconds; k++) {
		const struct kt_cond *c = &s->conds[k];
		int rc;

		if (c->variant && c->variant != t->variant)
			continue;
		if (budget_spent(s, t, m))
			return true;
		rc = c->re ? test_cond(c, r) : PCRE2_ERROR_INTERNAL;
		if (rc == 0 && c->kind == KT_COND_REQUIRE && c->inlined && any_caller_printed(c, r) &&
		    need_inline_re(c)) {
			/* the function the rule names may be inlined into its
			 * caller in this build, as in another compiler's */
			struct kt_cond as_inlined = *c;

			as_inlined.re = c->inline_re;
			rc = test_cond(&as_inlined, r);
			if (rc > 0 && !inline_fits(c, r))
				rc = 0;
			if (rc > 0)
				m->inlined[m->ninlined++] = c;
		}
		if (rc < 0) {
			m->error = cond_error(s, c, rc);
			return true;
		}
		if (!record_cond(m, t, c, rc, r))
			return false;
	}
	return true;
}

/* Is c on a frame, guilty, pc, lr, function or context field? */
static bool
on_specific_field(const struct kt_cond *c)
{
	return (kt_fields[c->field].flags & KT_FIELD_SPECIFIC) != 0;
}

/* Does held condition c corroborate (a condition on a specific field that
 * is not common to many other bugs' logs)? */
static bool
is_specific(const struct kt_cond *c)
{
	return on_specific_field(c) && !c->common;
}

static bool
held_inlined(const struct kt_match *m, const struct kt_cond *c)
{
	for (size_t i = 0; i < m->ninlined; i++)
		if (m->inlined[i] == c)
			return true;
	return false;
}

/* The evidence held: a distinctive Require, and corroboration independent
 * of it (a specific condition other than that Require, or arch together
 * with mmu or platform).  A Require that held only as inlined is neither:
 * what singled the bug out in its Test-Logs is not printed. */
static void
weigh_evidence(const struct kt_match *m, bool *symptom, bool *corroborated)
{
	size_t ndistinct = 0;
	bool arch = false, machine = false, other_specific = false;

	for (size_t i = 0; i < m->nheld; i++)
		ndistinct += m->held[i]->kind == KT_COND_REQUIRE && m->held[i]->distinctive &&
		    !held_inlined(m, m->held[i]);
	for (size_t i = 0; i < m->nheld; i++) {
		const struct kt_cond *c = m->held[i];
		unsigned fl = kt_fields[c->field].flags;
		bool inl = held_inlined(m, c), is_d = c->kind == KT_COND_REQUIRE && c->distinctive && !inl;

		/* a specific condition corroborates a symptom other than itself */
		if (is_specific(c) && !inl && (ndistinct > is_d || !ndistinct))
			other_specific = true;
		arch |= (fl & KT_FIELD_ARCH) != 0;
		machine |= (fl & KT_FIELD_MACHINE) != 0;
	}
	*symptom = ndistinct > 0;
	*corroborated = other_specific || (arch && machine);
}

static void
add_note(struct strbuf *sb, const char *note)
{
	if (sb->len)
		strbuf_addstr(sb, "; ");
	strbuf_addstr(sb, note);
}

/* "f into a or b; g into c" from an inlined map "f:a,b/... g:c/...". */
static void
add_inline_names(struct strbuf *sb, const char *map, bool more)
{
	struct kt_inline_entry e;

	for (; kt_inline_next(&map, &e); more = true) {
		strbuf_addf(sb, "%s%.*s into ", more ? "; " : "", (int)e.fnlen, e.fn);
		for (size_t i = 0; i < e.callerslen; i++)
			if (e.callers[i] == ',')
				strbuf_addstr(sb, " or ");
			else
				strbuf_addch(sb, e.callers[i]);
	}
}

/* Confidence from the evidence held (see signature.h), and why it is not higher. */
static enum kt_confidence
grade_evidence(const struct kt_match *m, const struct sig_test *t, struct strbuf *why)
{
	bool symptom, corroborated;
	enum kt_confidence c;

	weigh_evidence(m, &symptom, &corroborated);
	c = symptom && corroborated ? KT_CONF_HIGH : symptom || corroborated ? KT_CONF_MEDIUM : KT_CONF_LOW;
	if (!symptom)
		add_note(why, "no distinctive symptom held");
	else if (!corroborated)
		add_note(why, "nothing corroborates the symptom (frame, guilty, pc, lr, function or context not common to other bugs, or arch with mmu or platform)");
	for (size_t i = 0; i < t->nunknown; i++) {
		const char *name = kt_field_name(t->unknown[i]);

		strbuf_addf(why, "%s%s unknown%s", why->len ? "; " : "", name,
		    strcmp(name, "release") ? "" : " or a distribution's (it backports later fixes and features)");
		if (i + 1 == t->nunknown)
			strbuf_addstr(why, ": a Reject on it could not be checked");
	}
	if (t->nunknown && c > KT_CONF_LOW)
		c--;
	if (m->ninlined) {
		add_note(why, "a function the rules name is not printed, read as inlined into the caller "
		    "its Test-Logs show (");
		for (size_t i = 0; i < m->ninlined; i++)
			add_inline_names(why, m->inlined[i]->inlined, i > 0);
		strbuf_addstr(why, "), as another build may compile it: at most medium");
		if (c > KT_CONF_MEDIUM)
			c = KT_CONF_MEDIUM;
	}
	return c;
}

/* Confidence from the evidence and the fix status; the note says what held it down. */
static void
grade_match(struct kt_match *m, const struct sig_test *t, const struct kt_report *r)
{
	const struct kt_signature *s = m->sig;
	struct strbuf why = STRBUF_INIT;

	m->confidence = grade_evidence(m, t, &why);
	if (kt_sig_capped(s) && m->confidence > KT_CONF_MEDIUM) {
		m->confidence = KT_CONF_MEDIUM;
		add_note(&why, !strcmp(s->evidence, "partial") ? "its real log does not single the bug "
		    "out (Evidence: partial): at most medium" : "known only from the fix's description: at most medium");
	}
	m->fix_expected = -1;
	/* m is zeroed: built_from stays "" unless an upstream release is found */
	if (!m->error && r->kind && strcmp(r->kind, "xen"))
		m->fix_expected = kt_fix_expected(s, release_for_fix(r, m->built_from, sizeof(m->built_from)),
		    &m->fix_unverified, &m->fixed_release);
	if (m->fix_expected == 1 && !m->error) {
		m->confidence = KT_CONF_LOW;
		add_note(&why, "this kernel has the fix: another bug with the same symptom, or a regression");
	}
	m->note = why.len ? strbuf_detach(&why, NULL) : NULL;
	strbuf_release(&why);
}

/* A function read as inlined is a guess about the build: only a report
 * showing the bug's own symptom (a distinctive Require that held as
 * printed) is read that way. */
static bool
inline_reading_ok(const struct kt_match *m)
{
	bool symptom, corroborated;

	if (!m->ninlined)
		return true;
	weigh_evidence(m, &symptom, &corroborated);
	return symptom;
}

/* Test s (each of its variants) against r; the best match into m, false when none. */
static bool
match_signature(const struct kt_signature *s, const struct kt_report *r, struct sig_test *t,
    struct kt_match *m)
{
	bool found = false;

	for (unsigned v = s->nvariants ? 1 : 0; v <= s->nvariants; v++) {
		struct kt_match try;

		memset(&try, 0, sizeof(try));
		try.sig = s;
		try.held = xcalloc(s->nconds ? s->nconds : 1, sizeof(*try.held));
		try.inlined = xcalloc(s->nconds ? s->nconds : 1, sizeof(*try.inlined));
		t->variant = v;
		t->nunknown = 0;
		if ((!test_signature(s, r, t, &try) || !inline_reading_ok(&try)) && !try.error) {
			free(try.held);
			free(try.inlined);
			continue;
		}
		try.variant = v ? s->variants[v - 1] : NULL;
		grade_match(&try, t, r);
		if (found && (m->error || try.error || try.confidence <= m->confidence)) {
			kt_match_clear(&try);
			continue;
		}
		if (found)
			kt_match_clear(m);
		*m = try;
		found = true;
	}
	return found;
}

/* Whether every Require of variant v (or of every variant, v 0) that has
 * literals has one of them in the report (seen: by group). */
static bool
variant_literals_seen(const struct kt_signature *s, unsigned v, const unsigned char *seen)
{
	for (size_t k = 0; k < s->nconds; k++)
		if (s->conds[k].group && s->conds[k].variant == v && !seen[s->conds[k].group - 1])
			return false;
	return true;
}

/*
 * The signatures that may match r, in signature order: those with each
 * Require that has literals (struct kt_cond group) holding one of them
 * in the report's text, for the common Requires and those of one
 * variant.  A Require whose literal is missing cannot hold: the
 * signature is not tried.
 */
static size_t
prefilter(const struct kt_sigset *set, const struct kt_report *r, unsigned **listp)
{
	const struct kt_multilit *ml = need_prefilter(set);
	struct strbuf text = STRBUF_INIT;
	unsigned ngroups = kt_multilit_nids(ml);
	unsigned char *seen = xcalloc(ngroups ? ngroups : 1, 1);
	unsigned *groups = xmalloc((ngroups ? ngroups : 1) * sizeof(*groups));
	unsigned *list = xmalloc((ngroups ? ngroups : 1) * sizeof(*list));
	size_t nseen, nlist = 0;

	report_text(r, &text);
	nseen = kt_multilit_seen(ml, text.buf, text.len, seen, groups);
	strbuf_release(&text);
	/* each signature once, from the groups seen */
	for (size_t g = 0; g < nseen; g++)
		list[nlist++] = set->group_sig[groups[g]];
	qsort(list, nlist, sizeof(*list), cmp_uint);
	nseen = nlist;
	nlist = 0;
	for (size_t i = 0; i < nseen; i++) {
		const struct kt_signature *s = &set->sigs[list[i]];
		bool some = !s->nvariants;

		if (i && list[i] == list[i - 1])
			continue;
		if (!variant_literals_seen(s, 0, seen))
			continue;
		for (unsigned v = 1; v <= s->nvariants && !some; v++)
			some = variant_literals_seen(s, v, seen);
		if (some)
			list[nlist++] = list[i];
	}
	free(seen);
	free(groups);
	*listp = list;
	return nlist;
}

/* Two or more known bugs fit the report at high: the console cannot tell
 * which it is, so none is certain (medium, saying which others fit). */
static void
demote_ambiguous(struct kt_matches *out)
{
	bool *high = xcalloc(out->n ? out->n : 1, sizeof(*high));
	size_t nhigh = 0;

	for (size_t i = 0; i < out->n; i++)
		nhigh += high[i] = out->m[i].confidence == KT_CONF_HIGH;
	for (size_t i = 0; i < out->n && nhigh > 1; i++) {
		struct kt_match *m = &out->m[i];
		struct strbuf why = STRBUF_INIT;
		const char *sep = "";

		if (!high[i])
			continue;
		if (m->note)
			strbuf_addf(&why, "%s; ", m->note);
		strbuf_addstr(&why, "another known bug fits as well (");
		for (size_t j = 0; j < out->n; j++)
			if (j != i && high[j]) {
				strbuf_addf(&why, "%s%s", sep, out->m[j].sig->id);
				sep = ", ";
			}
		strbuf_addch(&why, ')');
		free(m->note);
		m->note = strbuf_detach(&why, NULL);
		m->confidence = KT_CONF_MEDIUM;
	}
	free(high);
}

void
kt_match_warm_up(const struct kt_sigset *set)
{
	/* a load error is kept in the set: the first report meets it */
	if (set && !kt_sigset_load((struct kt_sigset *)set, NULL) && set->nsigs)
		(void)need_prefilter(set);
}

void
kt_match_report(const struct kt_sigset *set, const struct kt_report *r, struct kt_matches *out)
{
	struct sig_test t;
	unsigned *list;
	size_t nlist;

	memset(out, 0, sizeof(*out));
	if (!set)
		return;
	/* the built-in image's signatures are read by the first report (sigdb.h) */
	if (kt_sigset_load((struct kt_sigset *)set, NULL)) {
		out->errors = 1;
		return;
	}
	if (!set->nsigs)
		return;
	pthread_once(&budget_once, budget_init);
	memset(&t, 0, sizeof(t));
	t.limit = now_ms() + (double)budget_ms;
	/* cost here depends on the report and on the signatures it hits, not on
	 * how many signatures there are (but for the prefilter's arrays) */
	nlist = prefilter(set, r, &list);
	for (size_t li = 0; li < nlist; li++) {
		struct kt_match m;

		need_compiled(&set->sigs[list[li]]);
		if (!match_signature(&set->sigs[list[li]], r, &t, &m))
			continue;
		if (m.error)
			out->errors++;
		out->m = xrealloc(out->m, (out->n + 1) * sizeof(m));
		out->m[out->n++] = m;
	}
	free(list);
	demote_ambiguous(out);
}

struct kver {
	int v[3];
	int rc;		/* 0: a final release; N + 1: -rcN, before the final one */
};

/* Find the first version "vX.Y[.Z][-rcN]" (or "X.Y...") at or after *p. */
static bool
next_version(const char **p, struct kver *k, bool *has_v, size_t *ncomp)
{
	const char *s = *p;

	for (; *s; s++) {
		const char *t = s;
		int n = 0;

		if (!isdigit((unsigned char)*t))
			continue;
		/* a version starts a word, or follows a "v" that does */
		if (s > *p && (s[-1] == '.' || (isalnum((unsigned char)s[-1]) && !(s[-1] == 'v' &&
		    (s - 1 == *p || !isalnum((unsigned char)s[-2]))))))
			continue;
		memset(k, 0, sizeof(*k));
		while (n < 3 && isdigit((unsigned char)*t)) {
			k->v[n++] = atoi(t);
			while (isdigit((unsigned char)*t))
				t++;
			if (*t != '.' || !isdigit((unsigned char)t[1]))
				break;
			t++;
		}
		if (n < 2)
			continue;
		/* "-rc4", ".rc4" (distro releases), "-rc4+" */
		{
			const char *rc = strstr(t, "rc");

			/* rc N is kept as N + 1: "rc0" (a snapshot before rc1) is no final release */
			if (rc && rc - t <= 16 && (rc[-1] == '-' || rc[-1] == '.') && isdigit((unsigned char)rc[2]))
				k->rc = atoi(rc + 2) + 1;
		}
		*has_v = s > *p && s[-1] == 'v';
		*ncomp = (size_t)n;
		*p = t;
		return true;
	}
	*p = s;
	return false;
}

static int
kver_cmp(const struct kver *a, const struct kver *b)
{
	for (int i = 0; i < 3; i++)
		if (a->v[i] != b->v[i])
			return a->v[i] < b->v[i] ? -1 : 1;
	if (a->rc == b->rc)
		return 0;
	if (!a->rc)
		return 1;
	if (!b->rc)
		return -1;
	return a->rc < b->rc ? -1 : 1;
}

/*
 * Whether a release that parsed as X.Y.0 (after is where its version
 * ends) is a distribution's: "6.1.0-56-amd64" (Debian), "5.15.0-91-generic"
 * (Ubuntu), "5.14.0-427.13.1.el9_4" (RHEL), "6.4.0-150600.23-default"
 * (SUSE) keep the upstream .0 and number their own builds after it, so the
 * stable release a kernel carries is not in its name.  A git-describe build
 * ("5.15.0-00001-gabcdef0") is none.
 */
static bool
distro_abi(const struct kver *r, size_t ncomp, const char *after)
{
	size_t d;

	if (ncomp != 3 || r->v[2] != 0 || r->rc || after[0] != '-' || !isdigit((unsigned char)after[1]))
		return false;
	d = strspn(after + 1, "0123456789");
	/* "-g" and an abbreviated commit id (7 hex digits or more, then the
	 * end of the word), not Ubuntu's "-generic" */
	if (after[1 + d] == '-' && after[2 + d] == 'g') {
		size_t h = strspn(after + 3 + d, "0123456789abcdef");

		if (h >= 7 && !isalnum((unsigned char)after[3 + d + h]))
			return false;
	}
	return after[1 + d] == '-' || after[1 + d] == '.';
}

/* Whether release names a distribution's kernel (distro_abi). */
static bool
distro_release(const char *release)
{
	struct kver r;
	bool has_v;
	size_t n;
	const char *p = release;

	return release && next_version(&p, &r, &has_v, &n) && distro_abi(&r, n, p);
}

/*
 * The upstream release a distribution's kernel names after its own: Debian
 * prints its package's version after the build number of the task banner
 * ("4.19.0-6-amd64 #1 Debian 4.19.67-2+deb10u1"), Ubuntu at the end of its
 * boot banner ("(Ubuntu 5.15.0-91.101-generic 5.15.131)").  Into buf, from
 * the first report or context line holding the release; NULL when none.
 */
static const char *
distro_upstream(const struct kt_report *r, char *buf, size_t n)
{
	static const char *const marks[] = { " Debian ", "-generic " };

	if (!distro_release(r->release))
		return NULL;
	for (size_t i = 0; i < r->nlines + r->ncontext; i++) {
		const char *text = i < r->ncontext ? r->context[i].text : r->lines[i - r->ncontext].text;
		const char *at = text ? strstr(text, r->release) : NULL;

		for (size_t k = 0; at && k < ARRAY_SIZE(marks); k++) {
			const char *v = strstr(at + strlen(r->release), marks[k]);
			size_t len;

			if (!v)
				continue;
			v += strlen(marks[k]);
			len = strspn(v, "0123456789.");
			if (len && len < n && isdigit((unsigned char)v[0]) && memchr(v, '.', len)) {
				memcpy(buf, v, len);
				buf[len] = '\0';
				return buf;
			}
		}
	}
	return NULL;
}

/* The release to hold against Fixed-In: the upstream one a distribution's
 * kernel names (distro_upstream), else the report's own. */
static const char *
release_for_fix(const struct kt_report *r, char *buf, size_t n)
{
	const char *up = distro_upstream(r, buf, n);

	return up ? up : r->release;
}

int
kt_fix_expected(const struct kt_signature *s, const char *release, bool *unverified,
    const char **against)
{
	struct kver r, k, mainline = { { 0, 0, 0 }, 0 };
	const char *p = release;
	bool has_v, have_main = false, distro;
	size_t n, rn;

	*unverified = false;
	*against = NULL;
	if (!release || !next_version(&p, &r, &has_v, &rn))
		return -1;
	distro = distro_abi(&r, rn, p);
	for (size_t i = 0; i < s->nfixed_in; i++) {
		const char *q = s->fixed_in[i];
		bool unv = strstr(q, "unverified") != NULL;

		while (next_version(&q, &k, &has_v, &n)) {
			if (n == 3 && k.v[0] == r.v[0] && k.v[1] == r.v[1] && !has_v) {
				/* a stable release of the report's own series */
				*unverified = unv;
				*against = s->fixed_in[i];
				/* a distribution's X.Y.0-N: its patch level is not X.Y.0 */
				return distro ? -1 : r.v[2] >= k.v[2] ? 1 : 0;
			}
			if (has_v && !have_main) {
				mainline = k;
				have_main = true;
				*unverified = unv;
				*against = s->fixed_in[i];
			}
		}
	}
	if (!have_main)
		return -1;
	/* the report's series against the mainline release (patch level ignored) */
	r.v[2] = mainline.v[2];
	return kver_cmp(&r, &mainline) >= 0 ? 1 : 0;
}

void
kt_match_clear(struct kt_match *m)
{
	free(m->held);
	free(m->inlined);
	free(m->error);
	free(m->note);
	memset(m, 0, sizeof(*m));
}

size_t
kt_matches_known(const struct kt_matches *m)
{
	size_t n = 0;

	for (size_t i = 0; m && i < m->n; i++)
		n += !m->m[i].error && !m->m[i].guess;
	return n;
}

void
kt_matches_release(struct kt_matches *m)
{
	for (size_t i = 0; i < m->n; i++)
		kt_match_clear(&m->m[i]);
	free(m->m);
	memset(m, 0, sizeof(*m));
}

/* A specific condition holding in at least 1 log of other bugs in
 * COMMON_SHARE, and in COMMON_MIN of them, is common (a handful of test
 * logs says nothing of how common a frame is). */
#define COMMON_SHARE 20
#define COMMON_MIN 10

/* A growing list of owned strings. */
struct names {
	char **v;
	size_t n, alloc;
};

static void
names_add(struct names *l, char *s)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 64;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	l->v[l->n++] = s;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort l and drop repeats. */
static void
names_unique(struct names *l)
{
	size_t k = 0;

	if (l->n)
		qsort(l->v, l->n, sizeof(*l->v), cmp_str);
	for (size_t i = 0; i < l->n; i++)
		if (k && !strcmp(l->v[k - 1], l->v[i]))
			free(l->v[i]);
		else
			l->v[k++] = l->v[i];
	l->n = k;
}

static void
names_release(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* Deciding which Requires are distinctive and which conditions are common
 * (kt_sig_mark_distinctive). */
struct distinct_scan {
	struct kt_sigset *set;
	const char *log;	/* the log being read, as the signatures name it */
	bool any_test_log;	/* ... is some signature's Test-Log */
	size_t nlogs;		/* logs read so far, this one included (nseen) */
	size_t *first;		/* per signature, its first condition's index in: */
	unsigned *hits;		/* per condition, the other bugs' logs it held in */
	size_t *last;		/* ... and the last of them (its number in nlogs) */
	struct names lognames;	/* the functions the log being read names */
	struct names allnames;	/* each log's functions, once per log */
	struct names *calls;	/* per signature, "function caller" in its Test-Logs */
};

static bool
names_log(char *const *v, size_t n, const char *log)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i], log))
			return true;
	return false;
}

/* Does variant v of s (0: a signature without variants) already tell r
 * apart from its bug: one of its Rejects holds on r, a Require on a fact r
 * states (arch, mmu...) does not, or r's kernel has the fix?  The conditions
 * common to every variant count for each. */
static bool
variant_sets_apart(const struct kt_signature *s, unsigned v, const struct kt_report *r)
{
	bool unv;
	const char *against;
	char up[32];

	for (size_t k = 0; k < s->nconds; k++) {
		const struct kt_cond *c = &s->conds[k];

		if (!c->re || (c->variant && c->variant != v))
			continue;
		if (c->kind == KT_COND_REJECT && test_cond(c, r) > 0)
			return true;
		if (c->kind == KT_COND_REQUIRE && (kt_fields[c->field].flags & KT_FIELD_FACT) &&
		    kt_field_known(c->field, r) && test_cond(c, r) == 0)
			return true;
	}
	return kt_fix_expected(s, release_for_fix(r, up, sizeof(up)), &unv, &against) == 1;
}

/* Per group of conditions, whether r is set apart from it (apart[v] for
 * variant v, 1-based; apart[0] for the common ones: apart from every
 * variant).  A fact one variant requires sets r apart from that variant
 * only, so it cannot make another variant's Require look distinctive. */
static void
groups_set_apart(const struct kt_signature *s, const struct kt_report *r, bool *apart)
{
	apart[0] = true;
	if (!s->nvariants) {
		apart[0] = variant_sets_apart(s, 0, r);
		return;
	}
	for (unsigned v = 1; v <= s->nvariants; v++) {
		apart[v] = variant_sets_apart(s, v, r);
		apart[0] = apart[0] && apart[v];
	}
}

static int
add_function(const char *fn, void *arg)
{
	names_add(arg, xstrdup(fn));
	return 0;
}

static int
first_value(const char *v, void *arg)
{
	strbuf_addstr(arg, v);
	return 1;
}

/* The functions of r from where it stopped outwards: the program
 * counter's (when the trace does not start with it), then each reliable
 * frame's; suffixes folded.  Owned strings. */
static void
call_chain(const struct kt_report *r, struct names *chain)
{
	struct strbuf pc = STRBUF_INIT;
	unsigned f;

	if (!kt_field_lookup("pc", 2, &f))
		kt_field_each(f, r, first_value, &pc);
	if (pc.len)
		names_add(chain, strbuf_detach(&pc, NULL));
	strbuf_release(&pc);
	for (size_t i = 0; i < r->nframes; i++) {
		const char *fn = r->frames[i].function;

		if (!fn || !r->frames[i].reliable)
			continue;
		fn = xstrndup(fn, kt_function_name_len(fn));
		if (chain->n && !strcmp(chain->v[chain->n - 1], fn))
			free((char *)fn);
		else
			names_add(chain, (char *)fn);
	}
}

/*
 * Who calls whom in r, for reading a rule's function as inlined: "f c k"
 * for each function f of the call chain, c the one after it (its caller),
 * k the one before it (what it called, "^" at the top).  The link
 * register's function calls the program counter's too.  A trace printed
 * after another (a KASAN allocation stack) pairs the last frame of one
 * with the first of the next: a call no build makes, which only a report
 * printing the same two traces could meet.
 */
static void
add_calls(struct names *calls, const struct kt_report *r)
{
	struct names chain = { NULL, 0, 0 };
	struct strbuf lr = STRBUF_INIT, sb = STRBUF_INIT;
	unsigned f;

	call_chain(r, &chain);
	if (!kt_field_lookup("lr", 2, &f))
		kt_field_each(f, r, first_value, &lr);
	if (chain.n && lr.len && strcmp(chain.v[0], lr.buf)) {
		strbuf_addf(&sb, "%s %s ^", chain.v[0], lr.buf);
		names_add(calls, strbuf_detach(&sb, NULL));
	}
	for (size_t i = 0; i + 1 < chain.n; i++) {
		strbuf_addf(&sb, "%s %s %s", chain.v[i], chain.v[i + 1], i ? chain.v[i - 1] : "^");
		names_add(calls, strbuf_detach(&sb, NULL));
	}
	strbuf_release(&lr);
	strbuf_release(&sb);
	names_release(&chain);
}

struct name_find {
	const char *fn;
	size_t len;
};

static int
is_name(const char *v, void *arg)
{
	const struct name_find *nf = arg;

	return strlen(v) == nf->len && !strncmp(v, nf->fn, nf->len);
}

/* Is name[0..len) a caller in c's map? */
static bool
is_map_caller(const struct kt_cond *c, const char *name, size_t len)
{
	const char *map = c->inlined;
	struct kt_inline_entry e;

	while (kt_inline_next(&map, &e))
		if (kt_inline_list_has(e.callers, e.callerslen, name, len))
			return true;
	return false;
}

/* Does r print a caller of c's map in its trace or pc at all?  (what
 * inline_fits needs first, without building the call chain: most reports
 * that fail a Require have none) */
static bool
any_caller_printed(const struct kt_cond *c, const struct kt_report *r)
{
	size_t n = r->pc ? strcspn(r->pc, "+ \t([") : 0;

	if (n && is_map_caller(c, r->pc, kt_function_name_len(r->pc) < n ? kt_function_name_len(r->pc) : n))
		return true;
	for (size_t i = 0; i < r->nframes; i++) {
		const char *fn = r->frames[i].function;

		if (fn && r->frames[i].reliable && is_map_caller(c, fn, kt_function_name_len(fn)))
			return true;
	}
	return false;
}

/*
 * Does r read as a build that inlined a function of c's map into a caller:
 * the function printed nowhere, and the caller where it stood: after a
 * function it called, or at the top where the report stopped in it.
 */
static bool
inline_fits(const struct kt_cond *c, const struct kt_report *r)
{
	const char *map = c->inlined;
	struct kt_inline_entry e;
	struct names chain = { NULL, 0, 0 };
	unsigned function;
	bool fits = false;

	if (kt_field_lookup("function", 8, &function))
		return false;
	call_chain(r, &chain);
	while (!fits && kt_inline_next(&map, &e)) {
		struct name_find nf = { e.fn, e.fnlen };

		if (kt_field_each(function, r, is_name, &nf))
			continue;
		for (size_t i = 0; i < chain.n && !fits; i++) {
			const char *k = i ? chain.v[i - 1] : "^";

			fits = kt_inline_list_has(e.callers, e.callerslen, chain.v[i], strlen(chain.v[i])) &&
			    kt_inline_list_has(e.callees, e.calleeslen, k, strlen(k));
		}
	}
	names_release(&chain);
	return fits;
}

static int
distinct_report(const struct kt_report *r, void *arg)
{
	struct distinct_scan *ds = arg;
	unsigned function;

	if (!kt_field_lookup("function", 8, &function))
		kt_field_each(function, r, add_function, &ds->lognames);
	for (size_t i = 0; i < ds->set->nsigs; i++) {
		struct kt_signature *s = &ds->set->sigs[i];
		bool *apart = NULL;

		/* a report of this very bug shows its symptom, of course */
		if (names_log(s->test_logs, s->ntest_logs, ds->log)) {
			add_calls(&ds->calls[i], r);
			continue;
		}
		/* a Test-Not says what it is not only to the signature naming it */
		if (ds->any_test_log || names_log(s->test_nots, s->ntest_nots, ds->log)) {
			apart = xcalloc(s->nvariants + 1, sizeof(*apart));
			groups_set_apart(s, r, apart);
		}
		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];
			size_t at = ds->first[i] + k;
			/* in how many logs of other bugs a specific condition holds
			 * (a Reject corroborates nothing anyway) */
			bool count = c->kind != KT_COND_REJECT && on_specific_field(c) && ds->last[at] != ds->nlogs;
			bool judge = apart && c->distinctive && !apart[c->variant];

			if (c->re && (count || judge) && test_cond(c, r) > 0) {
				if (count) {
					ds->last[at] = ds->nlogs;
					ds->hits[at]++;
				}
				if (judge)
					c->distinctive = false;
			}
		}
		free(apart);
	}
	return 0;
}

/* Read one log below root (once: seen holds the logs read). */
static void
distinct_log(struct distinct_scan *ds, const char *root, const char *log, char ***seen, size_t *nseen)
{
	struct strbuf path = STRBUF_INIT;
	struct kt_error err = { 0, "" };

	if (names_log(*seen, *nseen, log))
		return;
	*seen = xrealloc(*seen, (*nseen + 1) * sizeof(**seen));
	(*seen)[(*nseen)++] = xstrdup(log);
	strbuf_addf(&path, "%s/%s", root, log);
	ds->log = log;
	ds->nlogs = *nseen;
	ds->any_test_log = false;
	for (size_t i = 0; i < ds->set->nsigs && !ds->any_test_log; i++)
		ds->any_test_log = names_log(ds->set->sigs[i].test_logs, ds->set->sigs[i].ntest_logs, log);
	kt_scan_path(path.buf, log, NULL, NULL, distinct_report, ds, NULL, &err);
	strbuf_release(&path);
	names_unique(&ds->lognames);
	for (size_t i = 0; i < ds->lognames.n; i++)
		names_add(&ds->allnames, ds->lognames.v[i]);
	ds->lognames.n = 0;
}

/* In how many logs function fn[0..n) is named (allnames sorted). */
static size_t
logs_naming(const struct names *all, const char *fn, size_t n)
{
	size_t lo = 0, hi = all->n, first, count = 0;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strncmp(all->v[mid], fn, n);

		if (c < 0 || (c == 0 && all->v[mid][n] < 0))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (first = lo; first + count < all->n && !strncmp(all->v[first + count], fn, n) &&
	    !all->v[first + count][n]; count++)
		;
	return count;
}

struct inline_scan {
	const struct distinct_scan *ds;
	const struct names *calls;	/* the signature's, sorted */
	const char *pattern;
	struct strbuf map;
};

/* Is w[0..n) a word of pattern?  (a caller it names already needs no reading as one) */
static const char *
word_is(const char *w, size_t n, void *arg)
{
	const char **want = arg;

	if (*want && strlen(*want) == n && !strncmp(w, *want, n))
		*want = NULL;
	return NULL;
}

static bool
pattern_names(const char *pattern, const char *fn)
{
	const char *want = fn;

	free(kt_regex_map_words(pattern, word_is, &want));
	return !want;
}

/* Has the map (struct kt_cond inlined) an entry for function w[0..n)? */
static bool
map_has(const char *map, const char *w, size_t n)
{
	struct kt_inline_entry e;

	while (kt_inline_next(&map, &e))
		if (e.fnlen == n && !strncmp(e.fn, w, n))
			return true;
	return false;
}

/* Append to list the names of calls entries "f c k" for f = w[0..n),
 * field 1 (callers) or 2 (callees), at most max of them; keep(name) says
 * whether one may be listed.  Returns how many were. */
static size_t
add_call_names(struct strbuf *list, const struct names *calls, const char *w, size_t n, int field,
    size_t max, bool (*keep)(const char *name, size_t len, void *arg), void *arg)
{
	size_t count = 0, start = list->len;

	for (size_t i = 0; i < calls->n && count < max; i++) {
		const char *e = calls->v[i], *name = e + n + 1;
		size_t len;

		if (strncmp(e, w, n) || e[n] != ' ')
			continue;
		len = strcspn(name, " ");
		if (field == 2) {
			name += len + 1;
			len = strlen(name);
		}
		if (kt_inline_list_has(list->buf + start, list->len - start, name, len) ||
		    (keep && !keep(name, len, arg)))
			continue;
		strbuf_addf(list, "%s%.*s", count ? "," : "", (int)len, name);
		count++;
	}
	return count;
}

/* A caller that may stand for the function: long enough to prefilter on,
 * not named by the pattern already, and not in many bugs' traces (where
 * handle_mm_fault would stand for the function everywhere). */
static bool
keep_caller(const char *name, size_t len, void *arg)
{
	const struct inline_scan *is = arg;
	size_t logs = logs_naming(&is->ds->allnames, name, len);
	char *fn;
	bool named;

	if (len < 4 || (logs >= COMMON_MIN && logs * COMMON_SHARE >= is->ds->nlogs))
		return false;
	fn = xstrndup(name, len);
	named = pattern_names(is->pattern, fn);
	free(fn);
	return !named;
}

/* A word of the pattern its Test-Logs print with a caller: to the map,
 * "f:callers/callees", up to 3 callers and 4 callees. */
static const char *
inline_candidate(const char *w, size_t n, void *arg)
{
	struct inline_scan *is = arg;
	size_t at = is->map.len;

	if (n < 4 || map_has(is->map.buf, w, n))
		return NULL;
	strbuf_addf(&is->map, "%s%.*s:", at ? " " : "", (int)n, w);
	if (!add_call_names(&is->map, is->calls, w, n, 1, 3, keep_caller, is)) {
		strbuf_setlen(&is->map, at);
		return NULL;
	}
	strbuf_addch(&is->map, '/');
	add_call_names(&is->map, is->calls, w, n, 2, 4, NULL, NULL);
	return NULL;
}

/* Which Requires name a function that a build may inline into its
 * caller: those on text the report prints (not the lines before it), for
 * each function their signature's Test-Logs show called by another. */
static void
mark_inlined(struct kt_sigset *set, struct distinct_scan *ds)
{
	bool rebuild = false;

	names_unique(&ds->allnames);
	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];
		bool any = false;

		names_unique(&ds->calls[i]);
		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];
			struct inline_scan is = { ds, &ds->calls[i], c->pattern, STRBUF_INIT };

			free(c->inlined);
			c->inlined = NULL;
			if (c->inline_re)
				kt_re_free(c->inline_re);
			c->inline_re = NULL;
			if (c->kind != KT_COND_REQUIRE || !(kt_fields[c->field].flags & KT_FIELD_TEXT) ||
			    !strcmp(kt_field_name(c->field), "context"))
				continue;
			free(kt_regex_map_words(c->pattern, inline_candidate, &is));
			if (is.map.len) {
				c->inlined = strbuf_detach(&is.map, NULL);
				any = true;
			}
			strbuf_release(&is.map);
		}
		rebuild |= any;
	}
	if (rebuild && set->prefilter) {
		kt_multilit_free(set->prefilter);
		set->prefilter = NULL;
		build_prefilter(set);
	}
}

void
kt_sig_mark_distinctive(struct kt_sigset *set, const char *root)
{
	struct distinct_scan ds = { .set = set };
	char **seen = NULL;
	size_t nseen = 0, nconds = 0;

	ds.first = xcalloc(set->nsigs + 1, sizeof(*ds.first));
	for (size_t i = 0; i < set->nsigs; i++) {
		ds.first[i] = nconds;
		nconds += set->sigs[i].nconds;
	}
	ds.hits = xcalloc(nconds + 1, sizeof(*ds.hits));
	ds.last = xcalloc(nconds + 1, sizeof(*ds.last));
	ds.calls = xcalloc(set->nsigs + 1, sizeof(*ds.calls));

	for (size_t i = 0; i < set->nsigs; i++)
		for (size_t k = 0; k < set->sigs[i].nconds; k++) {
			struct kt_cond *c = &set->sigs[i].conds[k];

			/* a short fact (arch, mmu) is never a bug's own symptom */
			c->distinctive = c->kind == KT_COND_REQUIRE && (kt_fields[c->field].flags & KT_FIELD_TEXT);
		}
	for (size_t i = 0; i < set->nsigs; i++) {
		const struct kt_signature *s = &set->sigs[i];

		for (size_t k = 0; k < s->ntest_logs; k++)
			distinct_log(&ds, root, s->test_logs[k], &seen, &nseen);
		for (size_t k = 0; k < s->ntest_nots; k++)
			distinct_log(&ds, root, s->test_nots[k], &seen, &nseen);
	}
	for (size_t i = 0; i < set->nsigs; i++)
		for (size_t k = 0; k < set->sigs[i].nconds; k++) {
			struct kt_cond *c = &set->sigs[i].conds[k];

			c->common = ds.hits[ds.first[i] + k] >= COMMON_MIN &&
			    ds.hits[ds.first[i] + k] * COMMON_SHARE >= ds.nlogs;
		}
	mark_inlined(set, &ds);
	for (size_t i = 0; i < set->nsigs; i++)
		names_release(&ds.calls[i]);
	free(ds.calls);
	names_release(&ds.allnames);
	names_release(&ds.lognames);
	free(ds.first);
	free(ds.hits);
	free(ds.last);
	for (size_t i = 0; i < nseen; i++)
		free(seen[i]);
	free(seen);
}
