/* JSON Lines: one object per report, keys documented in ktriage(1). */
#include "config.h"

#include <jansson.h>
#include <string.h>

#include "lines.h"
#include "output.h"
#include "strbuf.h"
#include "util.h"

int
kt_format_parse(const char *name, enum kt_format *fmt)
{
	if (!strcmp(name, "text"))
		*fmt = KT_FMT_TEXT;
	else if (!strcmp(name, "json"))
		*fmt = KT_FMT_JSON;
	else
		return -1;
	return 0;
}

/* A JSON string of s made valid UTF-8, or null. */
static json_t *
jstr(const char *s)
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

static json_t *
jcommits(const struct kt_commit *c, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();

		json_object_set_new(o, "commit", jstr(c[i].sha));
		json_object_set_new(o, "subject", jstr(c[i].subject));
		json_object_set_new(o, "verified", json_boolean(!c[i].unverified));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *
jstrs(char *const *v, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, jstr(v[i]));
	return a;
}

static json_t *
jmatch(const struct kt_match *m)
{
	const struct kt_signature *s = m->sig;
	json_t *o = json_object(), *held = json_array();

	json_object_set_new(o, "id", jstr(s->id));
	json_object_set_new(o, "version", json_integer(s->version));
	json_object_set_new(o, "title", jstr(s->title));
	json_object_set_new(o, "confidence", jstr(kt_confidence_name(m->confidence)));
	json_object_set_new(o, "evidence", jstr(s->evidence));
	for (size_t i = 0; i < m->nheld; i++) {
		struct strbuf sb = STRBUF_INIT;

		strbuf_addf(&sb, "%s: %s /%s/%s", kt_cond_kind_name(m->held[i]->kind),
		    kt_field_name(m->held[i]->field), m->held[i]->pattern, m->held[i]->icase ? "i" : "");
		json_array_append_new(held, jstr(sb.buf));
		strbuf_release(&sb);
	}
	json_object_set_new(o, "why", held);
	json_object_set_new(o, "introduced_by", jcommits(s->introduced, s->nintroduced));
	json_object_set_new(o, "fixed_by", jcommits(s->fixed, s->nfixed));
	json_object_set_new(o, "fixed_in", jstrs(s->fixed_in, s->nfixed_in));
	json_object_set_new(o, "workaround", jstr(s->workaround));
	json_object_set_new(o, "links", jstrs(s->links, s->nlinks));
	json_object_set_new(o, "fix_expected", m->fix_expected < 0 ? json_null() : json_boolean(m->fix_expected));
	json_object_set_new(o, "error", jstr(m->error));
	return o;
}

void
out_json_report(FILE *fp, const struct kt_report *r, const struct kt_matches *m)
{
	json_t *o = json_object(), *frames = json_array(), *mods = json_array();

	json_object_set_new(o, "source", jstr(r->source));
	json_object_set_new(o, "index", json_integer(r->index));
	json_object_set_new(o, "primary", json_boolean(r->primary));
	json_object_set_new(o, "first_line", json_integer((json_int_t)r->first_line));
	json_object_set_new(o, "last_line", json_integer((json_int_t)r->last_line));
	json_object_set_new(o, "kind", jstr(r->kind));
	json_object_set_new(o, "title", jstr(r->title));
	json_object_set_new(o, "header", jstr(r->header));
	json_object_set_new(o, "guilty", jstr(r->guilty));
	json_object_set_new(o, "arch", jstr(r->arch));
	json_object_set_new(o, "release", jstr(r->release));
	json_object_set_new(o, "hardware", jstr(r->hardware));
	json_object_set_new(o, "platform", jstr(r->platform));
	json_object_set_new(o, "mmu", jstr(r->mmu));
	json_object_set_new(o, "cpu", jint(r->cpu));
	json_object_set_new(o, "pid", jint(r->pid));
	json_object_set_new(o, "comm", jstr(r->comm));
	json_object_set_new(o, "taint", jstr(r->taint));
	json_object_set_new(o, "caller", jstr(r->caller));
	json_object_set_new(o, "fault_address", jstr(r->fault_address));
	json_object_set_new(o, "access", jstr(kt_access_name(r->access)));
	json_object_set_new(o, "pc", jstr(r->pc));
	json_object_set_new(o, "lr", jstr(r->lr));
	json_object_set_new(o, "trap", jstr(r->trap));
	for (size_t i = 0; i < r->nframes; i++) {
		const struct kt_frame *f = &r->frames[i];
		json_t *jf = json_object();

		json_object_set_new(jf, "function", jstr(f->function));
		json_object_set_new(jf, "offset", f->offset < 0 ? json_null() : json_integer(f->offset));
		json_object_set_new(jf, "size", f->size < 0 ? json_null() : json_integer(f->size));
		json_object_set_new(jf, "module", jstr(f->module));
		json_object_set_new(jf, "address", jstr(f->address));
		json_object_set_new(jf, "reliable", json_boolean(f->reliable));
		json_array_append_new(frames, jf);
	}
	json_object_set_new(o, "frames", frames);
	for (size_t i = 0; i < r->nmodules; i++)
		json_array_append_new(mods, jstr(r->modules[i]));
	json_object_set_new(o, "modules", mods);
	json_object_set_new(o, "panicked", json_boolean(r->panicked));
	json_object_set_new(o, "truncated", json_boolean(r->truncated));
	json_object_set_new(o, "truncated_reason", jstr(r->truncated_reason));
	json_object_set_new(o, "corrupted", json_boolean(r->corrupted));
	json_object_set_new(o, "corrupted_reason", jstr(r->corrupted_reason));
	json_object_set_new(o, "fingerprint", jstr(r->fingerprint));
	{
		json_t *ms = json_array();

		for (size_t i = 0; m && i < m->n; i++)
			json_array_append_new(ms, jmatch(&m->m[i]));
		json_object_set_new(o, "matches", ms);
	}
	json_dumpf(o, fp, JSON_COMPACT | JSON_PRESERVE_ORDER);
	fputc('\n', fp);
	json_decref(o);
}
