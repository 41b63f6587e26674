/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * KCIDB v5.3: one JSON document per run, written by run_end, for
 * "kcidb-submit" or the kcidb-ng REST API.
 *
 *  - issues: one per matched signature (id "<origin>:<signature id>",
 *    version = the signature's Version, report_url = its first Link), and
 *    one generic "<origin>:unrecognised_crash" issue when some report
 *    matched nothing;
 *  - incidents: one per (issue, test) -- and, for unrecognised crashes, per
 *    fingerprint -- with the evidence (source, lines, fingerprint,
 *    confidence, database version) under misc.  Ids are
 *    "<origin>:" SHA-256(issue id, issue version, test or build id
 *    [, fingerprint]), so a retried job submits the same ids again and KCIDB
 *    merges instead of duplicating;
 *  - with no --test-id/--build-id, a minimal checkout/build/test of our own
 *    whose ids hash what was read (labels, sizes, report positions and
 *    fingerprints), so the incidents do not dangle.
 *
 * The per-file callbacks only collect (no output); the document is built
 * in input order at run_end whatever order the threads finished in.  No
 * property is ever null and no time is emitted.
 */
#include "config.h"

#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cryptodl.h"
#include "output.h"
#include "out-json.h"
#include "tree.h"
#include "strbuf.h"
#include "util.h"

/* Signature ids are [a-z0-9-]+ (sigfile.c), so this one cannot clash. */
#define UNRECOGNISED_ID "unrecognised_crash"
#define UNRECOGNISED_VERSION 1
#define NO_SIG ((size_t)-1)
/* evidence entries kept per incident; misc.reports counts them all */
#define MAX_EVIDENCE 100

/* One report seen as evidence of one issue. */
struct occ {
	size_t sig;			/* index in run->sigs, or NO_SIG */
	enum kt_confidence conf;	/* 0 for unrecognised crashes */
	char *title, *kind;
	char fingerprint[17];
	unsigned long first_line, last_line;
	bool has_time;
	double time;			/* printk time of the report */
};

struct kfile {
	unsigned index;
	char *source, *path;
	struct occ *occ;
	size_t nocc, alloc;
	unsigned long reports;
	bool failed;
	EVP_MD_CTX *md;
	unsigned char digest[32];
};

struct kstate {
	struct kfile **files;
	size_t n, alloc;
};

static void
md_str(EVP_MD_CTX *md, const char *s)
{
	EVP_DigestUpdate(md, s, strlen(s) + 1);	/* the NUL separates fields */
}

static void
md_ulong(EVP_MD_CTX *md, unsigned long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", v);
	md_str(md, buf);
}

static EVP_MD_CTX *
md_new(void)
{
	EVP_MD_CTX *md = EVP_MD_CTX_new();

	if (!md || !EVP_DigestInit_ex(md, kt_sha256(), NULL))
		kt_oom();
	return md;
}

static void
md_final(EVP_MD_CTX *md, unsigned char out[32])
{
	unsigned char buf[EVP_MAX_MD_SIZE];
	unsigned len = 0;

	EVP_DigestFinal_ex(md, buf, &len);
	EVP_MD_CTX_free(md);
	memcpy(out, buf, 32);
}

/* Set key to the cleaned string s; absent stays absent (KCIDB forbids null). */
static void
set_str(json_t *o, const char *key, const char *s)
{
	json_t *j;

	if (!s)
		return;
	j = out_jstr(s);
	if (json_is_string(j))
		json_object_set_new(o, key, j);
	else
		json_decref(j);
}

static const char *
origin_of(const struct out_run *run)
{
	return run->opts.origin ? run->opts.origin : "ktriage";
}

static bool
valid_origin(const char *s, size_t len)
{
	if (!len)
		return false;
	for (size_t i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return false;
	return true;
}

static bool
valid_id(const char *s)
{
	const char *colon = strchr(s, ':');

	return colon && valid_origin(s, (size_t)(colon - s)) && colon[1];
}

int
out_kcidb_check_opts(const struct out_opts *o, struct kt_error *err)
{
	const char *ids[2] = { o->test_id, o->build_id };
	const char *names[2] = { "--test-id", "--build-id" };

	err->code = KT_EUSAGE;
	if (o->origin && !valid_origin(o->origin, strlen(o->origin))) {
		snprintf(err->msg, sizeof(err->msg),
		    "--origin '%s': a KCIDB origin is lower-case letters, digits and '_'", o->origin);
		return -1;
	}
	for (int i = 0; i < 2; i++)
		if (ids[i] && !valid_id(ids[i])) {
			snprintf(err->msg, sizeof(err->msg), "%s '%s': a KCIDB id is '<origin>:<id>'",
			    names[i], ids[i]);
			return -1;
		}
	err->code = KT_EOK;
	return 0;
}

/* report_url must be a URI: keep links that look like one. */
static bool
looks_like_uri(const char *s)
{
	const char *p = s;

	if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return false;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
	    *p == '+' || *p == '.' || *p == '-')
		p++;
	if (*p != ':' || !p[1])
		return false;
	for (; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f || strchr("\"<>\\^`{|}", *p))
			return false;
	return true;
}

static void
kcidb_run_begin(struct out_run *run)
{
	run->state = xcalloc(1, sizeof(struct kstate));
}

static void
kcidb_file_begin(struct out_file *f)
{
	struct kfile *kf = xcalloc(1, sizeof(*kf));

	kf->index = f->index;
	kf->source = xstrdup(f->source ? f->source : "");
	kf->path = xstrdup(f->path ? f->path : "");
	kf->md = md_new();
	md_str(kf->md, "ktriage-input");
	md_str(kf->md, kf->source);
	f->state = kf;
}

static void
add_occ(struct kfile *kf, const struct kt_report *r, size_t sig, enum kt_confidence conf)
{
	struct occ *o;

	kf->occ = xgrow(kf->occ, sizeof(*kf->occ), kf->nocc + 1, &kf->alloc);
	o = &kf->occ[kf->nocc++];
	o->sig = sig;
	o->conf = conf;
	o->title = xstrdup(r->title ? r->title : "");
	o->kind = xstrdup(r->kind ? r->kind : "");
	memcpy(o->fingerprint, r->fingerprint, sizeof(o->fingerprint));
	o->fingerprint[sizeof(o->fingerprint) - 1] = '\0';
	o->first_line = r->first_line;
	o->last_line = r->last_line;
	o->has_time = r->has_time;
	o->time = r->time;
}

static void
kcidb_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	struct kfile *kf = f->state;
	const struct kt_sigset *set = f->run->sigs;
	bool known = false;

	if (!kf)
		return;
	kf->reports++;
	md_str(kf->md, "report");
	md_ulong(kf->md, r->first_line);
	md_ulong(kf->md, r->last_line);
	md_str(kf->md, r->fingerprint);
	for (size_t i = 0; m && i < m->n; i++) {
		const struct kt_match *x = &m->m[i];

		/* a guess below --min-confidence is no issue's incident */
		if (x->error || x->guess || !set || x->sig < set->sigs || x->sig >= set->sigs + set->nsigs)
			continue;
		add_occ(kf, r, (size_t)(x->sig - set->sigs), x->confidence);
		known = true;
	}
	if (!known)
		add_occ(kf, r, NO_SIG, 0);
}

static void
kcidb_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	struct kfile *kf = f->state;
	struct kstate *ks = f->run->state;

	if (!kf)
		return;
	md_str(kf->md, "end");
	md_ulong(kf->md, st ? st->lines : 0);
	md_ulong(kf->md, st ? st->bytes : 0);
	md_ulong(kf->md, error != NULL);
	md_final(kf->md, kf->digest);
	kf->md = NULL;
	kf->failed = error != NULL;
	f->state = NULL;
	pthread_mutex_lock(&f->run->lock);
	ks->files = xgrow(ks->files, sizeof(*ks->files), ks->n + 1, &ks->alloc);
	ks->files[ks->n++] = kf;
	pthread_mutex_unlock(&f->run->lock);
}

/* Input order; label, path and content break ties so the order never
 * depends on which thread finished first. */
static int
cmp_file(const void *a, const void *b)
{
	const struct kfile *x = *(struct kfile *const *)a, *y = *(struct kfile *const *)b;
	int c;

	if (x->index != y->index)
		return x->index < y->index ? -1 : 1;
	if ((c = strcmp(x->source, y->source)) || (c = strcmp(x->path, y->path)))
		return c;
	return memcmp(x->digest, y->digest, sizeof(x->digest));
}

static json_t *
jcommits(const struct kt_commit *c, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();

		set_str(o, "commit", c[i].sha);
		set_str(o, "subject", c[i].subject);
		json_object_set_new(o, "verified", json_boolean(!c[i].unverified));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
jstrs(char *const *v, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *s = out_jstr(v[i]);

		if (json_is_string(s))
			json_array_append_new(a, s);
		else
			json_decref(s);
	}
	return a;
}

static json_t *
jculprit(void)
{
	return json_pack("{s:b, s:b, s:b}", "code", 1, "tool", 0, "harness", 0);
}

static json_t *
sig_issue(const struct out_run *run, const struct kt_signature *s, const char *id)
{
	json_t *o = json_object(), *misc = json_object();

	set_str(o, "id", id);
	json_object_set_new(o, "version", json_integer(s->version));
	set_str(o, "origin", origin_of(run));
	if (s->nlinks && looks_like_uri(s->links[0]))
		set_str(o, "report_url", s->links[0]);
	json_object_set_new(o, "culprit", jculprit());
	set_str(o, "comment", s->title);
	set_str(misc, "signature_id", s->id);
	json_object_set_new(misc, "signature_version", json_integer(s->version));
	set_str(misc, "evidence_kind", s->evidence);
	json_object_set_new(misc, "introduced_by", jcommits(s->introduced, s->nintroduced));
	json_object_set_new(misc, "fixed_by", jcommits(s->fixed, s->nfixed));
	json_object_set_new(misc, "fixed_in", jstrs(s->fixed_in, s->nfixed_in));
	set_str(misc, "workaround", s->workaround);
	json_object_set_new(misc, "links", jstrs(s->links, s->nlinks));
	if (run->tree && run->sigs)
		json_object_set_new(misc, "kernel_tree", out_json_tree(&run->tree[s - run->sigs->sigs]));
	set_str(misc, "database_version", run->db_version);
	set_str(misc, "tool", PACKAGE_NAME " " PACKAGE_VERSION);
	json_object_set_new(o, "misc", misc);
	return o;
}

static json_t *
unrecognised_issue(const struct out_run *run, const char *id)
{
	json_t *o = json_object(), *misc = json_object();

	set_str(o, "id", id);
	json_object_set_new(o, "version", json_integer(UNRECOGNISED_VERSION));
	set_str(o, "origin", origin_of(run));
	json_object_set_new(o, "culprit", jculprit());
	set_str(o, "comment", "Kernel crash that matches no known ktriage signature "
	    "(one incident per crash fingerprint)");
	set_str(misc, "database_version", run->db_version);
	set_str(misc, "tool", PACKAGE_NAME " " PACKAGE_VERSION);
	json_object_set_new(o, "misc", misc);
	return o;
}

struct incident {
	json_t *obj, *misc, *evidence;
	enum kt_confidence conf;
	unsigned long reports;
	char *comment;
};

static json_t *
evidence(const struct kfile *kf, const struct occ *o)
{
	json_t *e = json_object();

	set_str(e, "source", kf->source);
	json_object_set_new(e, "first_line", json_integer((json_int_t)o->first_line));
	json_object_set_new(e, "last_line", json_integer((json_int_t)o->last_line));
	if (o->has_time)
		json_object_set_new(e, "time", json_real(o->time));
	set_str(e, "kind", o->kind);
	set_str(e, "title", o->title);
	set_str(e, "fingerprint", o->fingerprint);
	if (o->conf)
		set_str(e, "confidence", kt_confidence_name(o->conf));
	return e;
}

static void
new_incident(struct incident *in, const struct out_run *run, const struct kfile *kf,
    const struct occ *o, const char *issue_id, unsigned version, const char *test_id,
    const char *build_id)
{
	const struct kt_signature *s = o->sig == NO_SIG ? NULL : &run->sigs->sigs[o->sig];
	EVP_MD_CTX *md = md_new();
	unsigned char d[32];
	char h[65];
	struct strbuf sb = STRBUF_INIT;

	md_str(md, issue_id);
	md_ulong(md, version);
	md_str(md, test_id ? test_id : build_id);
	if (!s)
		md_str(md, o->fingerprint);
	md_final(md, d);
	kt_hex(d, sizeof(d), h);

	in->obj = json_object();
	in->misc = json_object();
	in->evidence = json_array();
	in->conf = o->conf;
	in->reports = 0;
	strbuf_addf(&sb, "%s:%s", origin_of(run), h);
	set_str(in->obj, "id", sb.buf);
	strbuf_reset(&sb);
	set_str(in->obj, "origin", origin_of(run));
	set_str(in->obj, "issue_id", issue_id);
	json_object_set_new(in->obj, "issue_version", json_integer(version));
	if (build_id)
		set_str(in->obj, "build_id", build_id);
	if (test_id)
		set_str(in->obj, "test_id", test_id);
	json_object_set_new(in->obj, "present", json_true());
	if (s)
		strbuf_addf(&sb, "%s: %s at %s:%lu-%lu", s->id, o->title, kf->source, o->first_line,
		    o->last_line);
	else
		strbuf_addf(&sb, "unrecognised crash %s: %s at %s:%lu-%lu", o->fingerprint, o->title,
		    kf->source, o->first_line, o->last_line);
	in->comment = strbuf_detach(&sb, NULL);
	if (s) {
		set_str(in->misc, "signature_id", s->id);
		json_object_set_new(in->misc, "signature_version", json_integer(s->version));
	} else {
		set_str(in->misc, "fingerprint", o->fingerprint);
	}
	set_str(in->misc, "database_version", run->db_version);
	set_str(in->misc, "tool", PACKAGE_NAME " " PACKAGE_VERSION);
}

static void
finish_incident(struct incident *in)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addstr(&sb, in->comment);
	if (in->reports > 1)
		strbuf_addf(&sb, " (and %lu more reports)", in->reports - 1);
	set_str(in->obj, "comment", sb.buf);
	strbuf_release(&sb);
	free(in->comment);
	if (in->conf)
		set_str(in->misc, "confidence", kt_confidence_name(in->conf));
	json_object_set_new(in->misc, "reports", json_integer((json_int_t)in->reports));
	json_object_set_new(in->misc, "evidence", in->evidence);
	json_object_set_new(in->obj, "misc", in->misc);
}

static void
free_state(struct kstate *ks)
{
	for (size_t i = 0; i < ks->n; i++) {
		struct kfile *kf = ks->files[i];

		for (size_t k = 0; k < kf->nocc; k++) {
			free(kf->occ[k].title);
			free(kf->occ[k].kind);
		}
		free(kf->occ);
		free(kf->source);
		free(kf->path);
		free(kf);
	}
	free(ks->files);
	free(ks);
}

/*
 * Our own checkout -> build -> test, for a run without the CI's ids, so the
 * incidents do not dangle.  The ids hash what every input was (label, size,
 * report positions and fingerprints), in input order: the same inputs give
 * the same ids.  Returns the test id.
 */
static char *
own_objects(json_t *doc, const struct out_run *run, const struct kstate *ks)
{
	const char *origin = origin_of(run);
	struct strbuf sb = STRBUF_INIT;
	EVP_MD_CTX *md = md_new();
	unsigned char d[32];
	char h[65];
	json_t *co = json_object(), *b = json_object(), *t = json_object();
	json_t *misc = json_object(), *sources = json_array();
	bool failed = false;
	unsigned long reports = 0;

	md_str(md, "ktriage-run");
	for (size_t i = 0; i < ks->n; i++) {
		EVP_DigestUpdate(md, ks->files[i]->digest, sizeof(ks->files[i]->digest));
		failed |= ks->files[i]->failed;
		reports += ks->files[i]->reports;
		json_array_append_new(sources, out_jstr(ks->files[i]->source));
	}
	md_final(md, d);
	kt_hex(d, sizeof(d), h);

	strbuf_addf(&sb, "%s:checkout-%s", origin, h);
	set_str(co, "id", sb.buf);
	set_str(co, "origin", origin);
	set_str(co, "comment", "stand-in checkout: ktriage ran without --test-id or --build-id");
	json_object_set_new(doc, "checkouts", json_pack("[o]", co));

	strbuf_reset(&sb);
	strbuf_addf(&sb, "%s:build-%s", origin, h);
	set_str(b, "id", sb.buf);
	set_str(b, "origin", origin);
	set_str(b, "checkout_id", json_string_value(json_object_get(co, "id")));
	set_str(b, "comment", "stand-in build: ktriage ran without --test-id or --build-id");
	json_object_set_new(doc, "builds", json_pack("[o]", b));

	strbuf_reset(&sb);
	strbuf_addf(&sb, "%s:test-%s", origin, h);
	set_str(t, "id", sb.buf);
	set_str(t, "origin", origin);
	set_str(t, "build_id", json_string_value(json_object_get(b, "id")));
	set_str(t, "comment", "kernel console output read by ktriage");
	set_str(t, "status", reports ? "FAIL" : failed ? "ERROR" : "PASS");
	set_str(misc, "tool", PACKAGE_NAME " " PACKAGE_VERSION);
	set_str(misc, "database_version", run->db_version);
	json_object_set_new(misc, "reports", json_integer((json_int_t)reports));
	json_object_set_new(misc, "sources", sources);
	json_object_set_new(t, "misc", misc);
	json_object_set_new(doc, "tests", json_pack("[o]", t));
	return strbuf_detach(&sb, NULL);
}

static void
kcidb_run_end(struct out_run *run, const struct out_summary *sum)
{
	struct kstate *ks = run->state;
	const struct kt_sigset *set = run->sigs;
	const char *origin = origin_of(run);
	const char *test_id = run->opts.test_id, *build_id = run->opts.build_id;
	char *own_test = NULL;
	json_t *doc = json_object(), *issues = json_array(), *incidents = json_array();
	json_t *keys = json_object();
	struct incident *inc = NULL;
	size_t ninc = 0, inc_alloc = 0;
	bool *used = xcalloc(set && set->nsigs ? set->nsigs : 1, sizeof(*used));
	bool unrecognised = false;
	struct strbuf sb = STRBUF_INIT, uid = STRBUF_INIT, key = STRBUF_INIT;

	(void)sum;
	if (ks->n > 1)
		qsort(ks->files, ks->n, sizeof(*ks->files), cmp_file);
	json_object_set_new(doc, "version", json_pack("{s:i, s:i}", "major", 5, "minor", 3));

	if (!test_id && !build_id)
		test_id = own_test = own_objects(doc, run, ks);

	strbuf_addf(&uid, "%s:%s", origin, UNRECOGNISED_ID);
	for (size_t i = 0; i < ks->n; i++) {
		const struct kfile *kf = ks->files[i];

		for (size_t k = 0; k < kf->nocc; k++) {
			const struct occ *o = &kf->occ[k];
			const struct kt_signature *s = o->sig == NO_SIG ? NULL : &set->sigs[o->sig];
			struct incident *in;
			json_t *idx;

			strbuf_reset(&sb);
			if (s)
				strbuf_addf(&sb, "%s:%s", origin, s->id);
			else
				strbuf_addstr(&sb, uid.buf);
			/* one incident per issue, and per fingerprint for unrecognised crashes */
			strbuf_reset(&key);
			if (s)
				strbuf_addf(&key, "%zu", o->sig);
			else
				strbuf_addf(&key, "-%s", o->fingerprint);
			if ((idx = json_object_get(keys, key.buf))) {
				in = &inc[json_integer_value(idx)];
			} else {
				inc = xgrow(inc, sizeof(*inc), ninc + 1, &inc_alloc);
				in = &inc[ninc];
				new_incident(in, run, kf, o, sb.buf, s ? s->version : UNRECOGNISED_VERSION,
				    test_id, build_id);
				json_object_set_new(keys, key.buf, json_integer((json_int_t)ninc++));
			}
			if (s)
				used[o->sig] = true;
			else
				unrecognised = true;
			if (o->conf > in->conf)
				in->conf = o->conf;
			if (in->reports++ < MAX_EVIDENCE)
				json_array_append_new(in->evidence, evidence(kf, o));
		}
	}

	for (size_t i = 0; set && i < set->nsigs; i++) {
		if (!used[i])
			continue;
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%s:%s", origin, set->sigs[i].id);
		json_array_append_new(issues, sig_issue(run, &set->sigs[i], sb.buf));
	}
	if (unrecognised)
		json_array_append_new(issues, unrecognised_issue(run, uid.buf));
	for (size_t i = 0; i < ninc; i++) {
		finish_incident(&inc[i]);
		json_array_append_new(incidents, inc[i].obj);
	}
	json_object_set_new(doc, "issues", issues);
	json_object_set_new(doc, "incidents", incidents);

	json_dumpf(doc, run->fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', run->fp);

	json_decref(doc);
	json_decref(keys);
	free(inc);
	free(used);
	free(own_test);
	strbuf_release(&sb);
	strbuf_release(&uid);
	strbuf_release(&key);
	free_state(ks);
	run->state = NULL;
}

const struct out_writer out_kcidb = {
	"kcidb", "one KCIDB v5.3 document (issues, incidents) for the whole run",
	kcidb_run_begin, kcidb_file_begin, kcidb_report, kcidb_file_end, kcidb_run_end,
};
