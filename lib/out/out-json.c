/* SPDX-License-Identifier: GPL-2.0-or-later */
/* JSON Lines: one object per report, keys documented in ktriage(1). */
#include "config.h"

#include <jansson.h>
#include <string.h>

#include "lines.h"
#include "output.h"
#include "out-json.h"
#include "strbuf.h"
#include "tree.h"
#include "util.h"

json_t *
out_jstr(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	json_t *j;

	if (!s)
		return json_null();
	kt_clean_text(&sb, s, strlen(s));
	j = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
	return j ? j : json_null();
}

static json_t *
jint(long v)
{
	return v < 0 ? json_null() : json_integer(v);
}

json_t *
out_json_commits(const struct kt_commit *c, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();

		json_object_set_new(o, "commit", out_jstr(c[i].sha));
		json_object_set_new(o, "subject", out_jstr(c[i].subject));
		json_object_set_new(o, "verified", json_boolean(!c[i].unverified));
		json_array_append_new(a, o);
	}
	return a;
}

void
out_json_sig_facts(json_t *o, const struct kt_signature *s)
{
	json_object_set_new(o, "introduced_by", out_json_commits(s->introduced, s->nintroduced));
	json_object_set_new(o, "fixed_by", out_json_commits(s->fixed, s->nfixed));
	json_object_set_new(o, "fixed_in", out_json_strs(s->fixed_in, s->nfixed_in));
	json_object_set_new(o, "workaround", out_jstr(s->workaround));
	json_object_set_new(o, "links", out_json_strs(s->links, s->nlinks));
}

json_t *
out_json_strs(char *const *v, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, out_jstr(v[i]));
	return a;
}

json_t *
out_json_tree(const struct kt_tree_verdict *v)
{
	json_t *o = json_object(), *fixes = json_array();
	struct strbuf sb = STRBUF_INIT;

	json_object_set_new(o, "rev", out_jstr(v->rev));
	json_object_set_new(o, "commit", out_jstr(v->rev_commit));
	json_object_set_new(o, "verdict", out_jstr(kt_tree_state_token(v->state)));
	for (size_t i = 0; i < v->nfixes; i++) {
		const struct kt_tree_fix *f = &v->fixes[i];
		json_t *jf = json_object();

		json_object_set_new(jf, "fix", out_jstr(f->fix->sha));
		json_object_set_new(jf, "verdict", out_jstr(kt_tree_state_token(f->state)));
		json_object_set_new(jf, "evidence", out_jstr(kt_tree_evidence_token(f->evidence)));
		json_object_set_new(jf, "commit", out_jstr(f->commit[0] ? f->commit : NULL));
		json_object_set_new(jf, "subject", out_jstr(f->subject));
		json_object_set_new(jf, "trailer", out_jstr(f->trailer));
		json_object_set_new(jf, "reverted_by", out_jstr(f->reverted[0] ? f->reverted : NULL));
		json_array_append_new(fixes, jf);
	}
	json_object_set_new(o, "fixes", fixes);
	json_object_set_new(o, "introduced_in_tree", v->introduced < 0 ? json_null() : json_boolean(v->introduced));
	json_object_set_new(o, "never_had_bug", json_boolean(kt_tree_never_had(v)));
	json_object_set_new(o, "reason", out_jstr(v->reason));
	kt_tree_verdict_text(v, &sb);
	json_object_set_new(o, "text", out_jstr(sb.buf));
	strbuf_release(&sb);
	return o;
}

static json_t *
jmatch(const struct kt_match *m)
{
	const struct kt_signature *s = m->sig;
	json_t *o = json_object(), *held = json_array();

	json_object_set_new(o, "id", out_jstr(s->id));
	json_object_set_new(o, "version", json_integer(s->version));
	json_object_set_new(o, "title", out_jstr(s->title));
	json_object_set_new(o, "confidence", out_jstr(kt_confidence_name(m->confidence)));
	json_object_set_new(o, "guess", json_boolean(m->guess));
	json_object_set_new(o, "evidence", out_jstr(s->evidence));
	for (size_t i = 0; i < m->nheld; i++) {
		struct strbuf sb = STRBUF_INIT;

		strbuf_addf(&sb, "%s: %s /%s/%s", kt_cond_kind_name(m->held[i]->kind),
		    kt_field_name(m->held[i]->field), m->held[i]->pattern, m->held[i]->icase ? "i" : "");
		json_array_append_new(held, out_jstr(sb.buf));
		strbuf_release(&sb);
	}
	json_object_set_new(o, "why", held);
	json_object_set_new(o, "variant", out_jstr(m->variant));
	json_object_set_new(o, "note", out_jstr(m->note));
	out_json_sig_facts(o, s);
	json_object_set_new(o, "fix_expected", m->fix_expected < 0 ? json_null() : json_boolean(m->fix_expected));
	json_object_set_new(o, "error", out_jstr(m->error));
	if (m->tree)
		json_object_set_new(o, "tree", out_json_tree(m->tree));
	return o;
}

json_t *
out_json_object(const struct kt_report *r, const struct kt_matches *m)
{
	json_t *o = json_object(), *frames = json_array(), *mods = json_array();

	json_object_set_new(o, "source", out_jstr(r->source));
	json_object_set_new(o, "index", json_integer(r->index));
	json_object_set_new(o, "primary", json_boolean(r->primary));
	json_object_set_new(o, "first_line", json_integer((json_int_t)r->first_line));
	json_object_set_new(o, "last_line", json_integer((json_int_t)r->last_line));
	json_object_set_new(o, "kind", out_jstr(r->kind));
	json_object_set_new(o, "title", out_jstr(r->title));
	json_object_set_new(o, "header", out_jstr(r->header));
	json_object_set_new(o, "guilty", out_jstr(r->guilty));
	json_object_set_new(o, "arch", out_jstr(r->arch));
	json_object_set_new(o, "release", out_jstr(r->release));
	json_object_set_new(o, "hardware", out_jstr(r->hardware));
	json_object_set_new(o, "platform", out_jstr(r->platform));
	json_object_set_new(o, "mmu", out_jstr(r->mmu));
	json_object_set_new(o, "cpu", jint(r->cpu));
	json_object_set_new(o, "pid", jint(r->pid));
	json_object_set_new(o, "comm", out_jstr(r->comm));
	json_object_set_new(o, "taint", out_jstr(r->taint));
	json_object_set_new(o, "caller", out_jstr(r->caller));
	json_object_set_new(o, "time", r->has_time ? json_real(r->time) : json_null());
	json_object_set_new(o, "fault_address", out_jstr(r->fault_address));
	json_object_set_new(o, "access", out_jstr(kt_access_name(r->access)));
	json_object_set_new(o, "pc", out_jstr(r->pc));
	json_object_set_new(o, "lr", out_jstr(r->lr));
	json_object_set_new(o, "trap", out_jstr(r->trap));
	for (size_t i = 0; i < r->nframes; i++) {
		const struct kt_frame *f = &r->frames[i];
		json_t *jf = json_object();

		json_object_set_new(jf, "function", out_jstr(f->function));
		json_object_set_new(jf, "offset", f->offset < 0 ? json_null() : json_integer(f->offset));
		json_object_set_new(jf, "size", f->size < 0 ? json_null() : json_integer(f->size));
		json_object_set_new(jf, "module", out_jstr(f->module));
		json_object_set_new(jf, "address", out_jstr(f->address));
		json_object_set_new(jf, "reliable", json_boolean(f->reliable));
		json_array_append_new(frames, jf);
	}
	json_object_set_new(o, "frames", frames);
	for (size_t i = 0; i < r->nmodules; i++)
		json_array_append_new(mods, out_jstr(r->modules[i]));
	json_object_set_new(o, "modules", mods);
	json_object_set_new(o, "panicked", json_boolean(r->panicked));
	json_object_set_new(o, "truncated", json_boolean(r->truncated));
	json_object_set_new(o, "truncated_reason", out_jstr(r->truncated_reason));
	json_object_set_new(o, "corrupted", json_boolean(r->corrupted));
	json_object_set_new(o, "corrupted_reason", out_jstr(r->corrupted_reason));
	json_object_set_new(o, "fingerprint", out_jstr(r->fingerprint));
	{
		json_t *ms = json_array();

		for (size_t i = 0; m && i < m->n; i++)
			json_array_append_new(ms, jmatch(&m->m[i]));
		json_object_set_new(o, "matches", ms);
	}
	return o;
}

static void
json_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	json_t *o = out_json_object(r, m);

	json_dumpf(o, f->fp, JSON_COMPACT | JSON_PRESERVE_ORDER);
	fputc('\n', f->fp);
	json_decref(o);
}

/* JSON Lines stay one object per report: the summary is a notice (stderr). */
static void
json_run_end(struct out_run *run, const struct out_summary *sum)
{
	struct strbuf sb = STRBUF_INIT;
	size_t idx[5], n;

	if (sum->logs < 2)
		return;
	out_summary_line(run, sum, &sb);
	out_summary_top(run, sum, 5, idx, &n);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(&sb, "%s %s (%lu)", i ? "," : "; most frequent:", run->sigs->sigs[idx[i]].id,
		    sum->per_sig[idx[i]]);
	for (size_t i = 0; i < sum->nunknowns && i < 5; i++)
		strbuf_addf(&sb, "%s %s (%lu)", i ? "," : "; unknown crashes by fingerprint:",
		    sum->unknowns[i].fingerprint, sum->unknowns[i].count);
	out_notice(run, "%s", sb.buf);
	strbuf_release(&sb);
}

const struct out_writer out_json = {
	"json", "JSON Lines, one object per report",
	NULL, NULL, json_report, NULL, json_run_end,
};
