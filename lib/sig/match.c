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

			if (c->kind != KT_COND_REQUIRE || c->field == KT_F_ARCH || c->field == KT_F_MMU ||
			    c->field == KT_F_PLATFORM || c->field == KT_F_RELEASE || c->field == KT_F_KIND ||
			    c->field == KT_F_ACCESS)
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
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* 1 held, 0 did not, <0 a PCRE2 error (a limit) */
static int
test_value(const struct kt_cond *c, const char *v)
{
	int rc;

	if (!v)
		return 0;
	rc = kt_re_match(c->re, v, strlen(v));
	return rc > 0 ? 1 : rc;
}

static int
test_lines(const struct kt_cond *c, const struct kt_line *l, size_t n)
{
	int err = 0;

	for (size_t i = 0; i < n; i++) {
		int rc = test_value(c, l[i].text);

		if (rc > 0)
			return 1;
		if (rc < 0)
			err = rc;
	}
	return err;
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
test_cond(const struct kt_cond *c, const struct kt_report *r)
{
	int err = 0;

	switch (c->field) {
	case KT_F_LINE: return test_lines(c, r->lines, r->nlines);
	case KT_F_CONTEXT: return test_lines(c, r->context, r->ncontext);
	case KT_F_LOG: {
		int a = test_lines(c, r->lines, r->nlines);
		int b = a > 0 ? 0 : test_lines(c, r->context, r->ncontext);

		return a > 0 || b > 0 ? 1 : (a < 0 ? a : b < 0 ? b : 0);
	}
	case KT_F_FRAME:
		for (size_t i = 0; i < r->nframes; i++) {
			int rc = test_value(c, r->frames[i].function);

			if (rc > 0)
				return 1;
			if (rc < 0)
				err = rc;
		}
		return err;
	case KT_F_TITLE: return test_value(c, r->title);
	case KT_F_ARCH: return test_value(c, r->arch);
	case KT_F_MMU: return test_value(c, r->mmu);
	case KT_F_PLATFORM: return test_value(c, r->platform);
	case KT_F_RELEASE: return test_value(c, r->release);
	case KT_F_KIND: return test_value(c, r->kind);
	case KT_F_ACCESS: return test_value(c, kt_access_name(r->access));
	case KT_F_HEADER: return test_value(c, r->header);
	case KT_F_GUILTY: return test_value(c, r->guilty);
	default: return 0;
	}
}

static void
report_text(const struct kt_report *r, struct strbuf *sb)
{
	for (size_t i = 0; i < r->nlines; i++) {
		strbuf_addstr(sb, r->lines[i].text);
		strbuf_addch(sb, '\n');
	}
	for (size_t i = 0; i < r->ncontext; i++) {
		strbuf_addstr(sb, r->context[i].text);
		strbuf_addch(sb, '\n');
	}
	for (size_t i = 0; i < r->nframes; i++)
		if (r->frames[i].function) {
			strbuf_addstr(sb, r->frames[i].function);
			strbuf_addch(sb, '\n');
		}
	if (r->title) {
		strbuf_addstr(sb, r->title);
		strbuf_addch(sb, '\n');
	}
}

void
kt_match_report(const struct kt_sigset *set, const struct kt_report *r, struct kt_matches *out)
{
	struct strbuf text = STRBUF_INIT;
	unsigned char *hit;
	unsigned *list;
	size_t nlist;

	double start, limit;
	bool spent = false;

	memset(out, 0, sizeof(*out));
	if (!set || !set->nsigs)
		return;
	pthread_once(&budget_once, budget_init);
	start = now_ms();
	limit = start + (double)budget_ms;
	/* cost here depends on the report and on the signatures it hits, not on
	 * how many signatures there are (but for these two allocations) */
	hit = xcalloc(set->nsigs, 1);
	list = xmalloc(set->nsigs * sizeof(*list));
	report_text(r, &text);
	nlist = kt_multilit_seen(set->prefilter, text.buf, text.len, hit, list);
	strbuf_release(&text);
	qsort(list, nlist, sizeof(*list), cmp_uint);	/* matches in signature order */
	for (size_t li = 0; li < nlist; li++) {
		size_t i = (size_t)list[li];
		const struct kt_signature *s = &set->sigs[i];
		struct kt_match m;
		size_t nsupport = 0, nsupport_held = 0;
		bool ok = true;

		memset(&m, 0, sizeof(m));
		m.sig = s;
		m.held = xcalloc(s->nconds ? s->nconds : 1, sizeof(*m.held));
		for (size_t k = 0; k < s->nconds && ok; k++) {
			const struct kt_cond *c = &s->conds[k];
			int rc;

			/* checked before every condition: a signature is never
			 * silently "no match" because time ran out */
			if (spent || now_ms() > limit) {
				struct strbuf e = STRBUF_INIT;

				spent = true;
				strbuf_addf(&e, "%s: signature %s not tested: matching budget exhausted "
				    "(%ld ms per report, KTRIAGE_MATCH_BUDGET_MS)", s->file, s->id ? s->id : "?",
				    budget_ms);
				m.error = strbuf_detach(&e, NULL);
				break;
			}
			rc = c->re ? test_cond(c, r) : PCRE2_ERROR_INTERNAL;
			if (rc < 0) {
				struct strbuf e = STRBUF_INIT;

				if (c->re)
					strbuf_addf(&e, "%s:%u: %s %s /%s/ hit %s", s->file, c->line,
					    kt_cond_kind_name(c->kind), kt_field_name(c->field), c->pattern,
					    limit_name(rc));
				else
					strbuf_addf(&e, "%s:%u: %s %s /%s/ is not compiled", s->file, c->line,
					    kt_cond_kind_name(c->kind), kt_field_name(c->field), c->pattern);
				m.error = strbuf_detach(&e, NULL);
				break;
			}
			switch (c->kind) {
			case KT_COND_REQUIRE:
				if (rc)
					m.held[m.nheld++] = c;
				else
					ok = false;
				break;
			case KT_COND_REJECT:
				if (rc)
					ok = false;
				break;
			case KT_COND_SUPPORT:
				nsupport++;
				if (rc) {
					nsupport_held++;
					m.held[m.nheld++] = c;
				}
				break;
			}
		}
		if (!m.error && !ok) {
			free(m.held);
			continue;
		}
		if (!nsupport || 2 * nsupport_held >= nsupport)
			m.confidence = KT_CONF_HIGH;
		else if (nsupport_held)
			m.confidence = KT_CONF_MEDIUM;
		else
			m.confidence = KT_CONF_LOW;
		if (s->evidence && !strcmp(s->evidence, "frames-only") && m.confidence > KT_CONF_MEDIUM)
			m.confidence = KT_CONF_MEDIUM;
		m.fix_expected = -1;
		if (!m.error && r->kind && strcmp(r->kind, "xen"))
			m.fix_expected = kt_fix_expected(s, r->release, &m.fix_unverified, &m.fixed_release);
		if (m.error)
			out->errors++;
		out->m = xrealloc(out->m, (out->n + 1) * sizeof(m));
		out->m[out->n++] = m;
	}
	free(hit);
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
