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
#include "signature.h"
#include "strbuf.h"
#include "util.h"

static int
cmp_uint(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

int
kt_sigset_prepare(struct kt_sigset *set, struct kt_diag *diag)
{
	struct kt_multilit *ml = kt_multilit_new(KT_MULTILIT_ICASE);
	int errors = 0;

	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];

		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];
			char err[300];

			if (!c->re && !kt_pattern_utf8_ok(c->pattern))
				snprintf(err, sizeof(err), "not valid UTF-8");
			else if (!c->re)
				c->re = kt_re_try_compile(c->pattern, c->icase ? PCRE2_CASELESS : 0,
				    err, sizeof(err));
			if (!c->re) {
				kt_diag_add(diag, s->file, c->line, "bad regex /%s/: %s", c->pattern, err);
				errors++;
			}
		}
		/* the prefilter: literals of the first Require on a text field that has them */
		for (size_t k = 0; k < s->nconds && !s->nliterals; k++) {
			struct kt_cond *c = &s->conds[k];

			if (c->kind != KT_COND_REQUIRE || !(kt_fields[c->field].flags & KT_FIELD_TEXT))
				continue;
			s->nliterals = kt_regex_literals(c->pattern, c->icase, &s->literals);
		}
		for (size_t l = 0; l < s->nliterals; l++)
			kt_multilit_add(ml, s->literals[l], strlen(s->literals[l]), (unsigned)i);
	}
	kt_multilit_build(ml);
	set->prefilter = ml;
	return errors;
}

const char *
kt_confidence_name(enum kt_confidence c)
{
	return c == KT_CONF_HIGH ? "high" : c == KT_CONF_MEDIUM ? "medium" : "low";
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

/* Matching one report: the budget, and the Support count of the signature being tested. */
struct sig_test {
	double limit;		/* the budget runs out at this time */
	bool spent;		/* ... and has */
	size_t nsupport, nsupport_held;
};

/* Record a condition's outcome rc (1 held, 0 not); false when the signature cannot match. */
static bool
record_cond(struct kt_match *m, struct sig_test *t, const struct kt_cond *c, int rc)
{
	switch (c->kind) {
	case KT_COND_REQUIRE:
		if (!rc)
			return false;
		m->held[m->nheld++] = c;
		return true;
	case KT_COND_REJECT:
		return !rc;
	case KT_COND_SUPPORT:
	default:
		t->nsupport++;
		if (rc) {
			t->nsupport_held++;
			m->held[m->nheld++] = c;
		}
		return true;
	}
}

/* One signature's conditions against r; false when it does not match
 * (true with m->error set when it could not be decided). */
static bool
test_signature(const struct kt_signature *s, const struct kt_report *r, struct sig_test *t,
    struct kt_match *m)
{
	for (size_t k = 0; k < s->nconds; k++) {
		const struct kt_cond *c = &s->conds[k];
		int rc;

		/* checked before every condition: a signature is never
		 * silently "no match" because time ran out */
		if (t->spent || now_ms() > t->limit) {
			struct strbuf e = STRBUF_INIT;

			t->spent = true;
			strbuf_addf(&e, "%s: signature %s not tested: matching budget exhausted "
			    "(%ld ms per report, KTRIAGE_MATCH_BUDGET_MS)", s->file, s->id ? s->id : "?",
			    budget_ms);
			m->error = strbuf_detach(&e, NULL);
			return true;
		}
		rc = c->re ? test_cond(c, r) : PCRE2_ERROR_INTERNAL;
		if (rc < 0) {
			m->error = cond_error(s, c, rc);
			return true;
		}
		if (!record_cond(m, t, c, rc))
			return false;
	}
	return true;
}

/* Confidence from the Support conditions that held, and the fix status. */
static void
grade_match(struct kt_match *m, const struct sig_test *t, const struct kt_report *r)
{
	const struct kt_signature *s = m->sig;

	if (!t->nsupport || 2 * t->nsupport_held >= t->nsupport)
		m->confidence = KT_CONF_HIGH;
	else if (t->nsupport_held)
		m->confidence = KT_CONF_MEDIUM;
	else
		m->confidence = KT_CONF_LOW;
	if (s->evidence && !strcmp(s->evidence, "frames-only") && m->confidence > KT_CONF_MEDIUM)
		m->confidence = KT_CONF_MEDIUM;
	m->fix_expected = -1;
	if (!m->error && r->kind && strcmp(r->kind, "xen"))
		m->fix_expected = kt_fix_expected(s, r->release, &m->fix_unverified, &m->fixed_release);
}

/* The signatures whose prefilter literals occur in r, in signature order. */
static size_t
prefilter(const struct kt_sigset *set, const struct kt_report *r, unsigned *list)
{
	struct strbuf text = STRBUF_INIT;
	unsigned char *hit = xcalloc(set->nsigs, 1);
	size_t nlist;

	report_text(r, &text);
	nlist = kt_multilit_seen(set->prefilter, text.buf, text.len, hit, list);
	strbuf_release(&text);
	free(hit);
	qsort(list, nlist, sizeof(*list), cmp_uint);
	return nlist;
}

void
kt_match_report(const struct kt_sigset *set, const struct kt_report *r, struct kt_matches *out)
{
	struct sig_test t;
	unsigned *list;
	size_t nlist;

	memset(out, 0, sizeof(*out));
	if (!set || !set->nsigs)
		return;
	pthread_once(&budget_once, budget_init);
	memset(&t, 0, sizeof(t));
	t.limit = now_ms() + (double)budget_ms;
	/* cost here depends on the report and on the signatures it hits, not on
	 * how many signatures there are (but for two allocations) */
	list = xmalloc(set->nsigs * sizeof(*list));
	nlist = prefilter(set, r, list);
	for (size_t li = 0; li < nlist; li++) {
		const struct kt_signature *s = &set->sigs[list[li]];
		struct kt_match m;

		memset(&m, 0, sizeof(m));
		m.sig = s;
		m.held = xcalloc(s->nconds ? s->nconds : 1, sizeof(*m.held));
		t.nsupport = t.nsupport_held = 0;
		if (!test_signature(s, r, &t, &m) && !m.error) {
			free(m.held);
			continue;
		}
		grade_match(&m, &t, r);
		if (m.error)
			out->errors++;
		out->m = xrealloc(out->m, (out->n + 1) * sizeof(m));
		out->m[out->n++] = m;
	}
	free(list);
}

struct kver {
	int v[3];
	int rc;		/* 0: a final release; N: -rcN, before the final one */
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

			if (rc && rc - t <= 8 && (rc[-1] == '-' || rc[-1] == '.') && isdigit((unsigned char)rc[2]))
				k->rc = atoi(rc + 2);
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

int
kt_fix_expected(const struct kt_signature *s, const char *release, bool *unverified,
    const char **against)
{
	struct kver r, k, mainline = { { 0, 0, 0 }, 0 };
	const char *p = release;
	bool has_v, have_main = false;
	size_t n;

	*unverified = false;
	*against = NULL;
	if (!release || !next_version(&p, &r, &has_v, &n))
		return -1;
	for (size_t i = 0; i < s->nfixed_in; i++) {
		const char *q = s->fixed_in[i];
		bool unv = strstr(q, "unverified") != NULL;

		while (next_version(&q, &k, &has_v, &n)) {
			if (n == 3 && k.v[0] == r.v[0] && k.v[1] == r.v[1] && !has_v) {
				/* a stable release of the report's own series */
				*unverified = unv;
				*against = s->fixed_in[i];
				return r.v[2] >= k.v[2] ? 1 : 0;
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
kt_matches_release(struct kt_matches *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->m[i].held);
		free(m->m[i].error);
	}
	free(m->m);
	memset(m, 0, sizeof(*m));
}

static void
free_commits(struct kt_commit *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].sha);
		free(c[i].subject);
	}
	free(c);
}

static void
free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
kt_sigset_free(struct kt_sigset *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];

		free(s->id);
		free(s->file);
		free(s->title);
		free(s->arch);
		free(s->platform);
		free(s->evidence);
		free_commits(s->introduced, s->nintroduced);
		free_commits(s->fixed, s->nfixed);
		free_strs(s->fixed_in, s->nfixed_in);
		free(s->workaround);
		free_strs(s->links, s->nlinks);
		free(s->test_log);
		free(s->description);
		for (size_t k = 0; k < s->nconds; k++) {
			free(s->conds[k].pattern);
			if (s->conds[k].re)
				pcre2_code_free(s->conds[k].re);
		}
		free(s->conds);
		free_strs(s->literals, s->nliterals);
	}
	free(set->sigs);
	free(set->source_hash);
	free(set->db_version);
	free(set->created);
	kt_multilit_free(set->prefilter);
	free(set);
}
