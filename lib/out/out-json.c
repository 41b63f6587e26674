/* SPDX-License-Identifier: GPL-2.0-or-later */
/* JSON Lines: one object per report, keys documented in ktriage(1). */
#include "config.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
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

/*
 * The report object is written straight into a buffer, byte for byte what
 * jansson's compact dump (JSON_COMPACT | JSON_PRESERVE_ORDER) of the same
 * object was: building a jansson object per report, then dumping it, was
 * most of the cost of the JSON output.  The matches (rare, and shared with
 * the other writers as jansson objects) are still dumped by jansson.
 */

/* A comma unless the value or key is the first of its object or array. */
static void
jw_sep(struct strbuf *sb)
{
	char c = sb->len ? sb->buf[sb->len - 1] : '{';

	if (c != '{' && c != '[' && c != ':')
		strbuf_addch(sb, ',');
}

static void
jw_key(struct strbuf *sb, const char *key)
{
	jw_sep(sb);
	strbuf_addch(sb, '"');
	strbuf_addstr(sb, key);	/* keys are plain ASCII names */
	strbuf_addstr(sb, "\":");
}

/* As jansson escapes (no JSON_ENSURE_ASCII, no JSON_ESCAPE_SLASH). */
static void
jw_escaped(struct strbuf *sb, const char *s, size_t n)
{
	strbuf_addch(sb, '"');
	for (size_t i = 0; i < n; i++) {
		size_t run = i;
		unsigned char c;

		while (run < n && (unsigned char)s[run] >= 0x20 && s[run] != '"' && s[run] != '\\')
			run++;
		strbuf_add(sb, s + i, run - i);
		if ((i = run) == n)
			break;
		c = (unsigned char)s[i];
		switch (c) {
		case '"': strbuf_addstr(sb, "\\\""); break;
		case '\\': strbuf_addstr(sb, "\\\\"); break;
		case '\b': strbuf_addstr(sb, "\\b"); break;
		case '\f': strbuf_addstr(sb, "\\f"); break;
		case '\n': strbuf_addstr(sb, "\\n"); break;
		case '\r': strbuf_addstr(sb, "\\r"); break;
		case '\t': strbuf_addstr(sb, "\\t"); break;
		default: strbuf_addf(sb, "\\u%04X", c); break;
		}
	}
	strbuf_addch(sb, '"');
}

/* A string value made valid UTF-8 (as out_jstr), or null. */
static void
jw_str(struct strbuf *sb, struct strbuf *tmp, const char *key, const char *s)
{
	jw_key(sb, key);
	if (!s) {
		strbuf_addstr(sb, "null");
		return;
	}
	strbuf_reset(tmp);
	kt_clean_text(tmp, s, strlen(s));
	jw_escaped(sb, tmp->buf, tmp->len);
}

/* An integer; null when negative (unknown) and null_negative. */
static void
jw_int(struct strbuf *sb, const char *key, long long v, bool null_negative)
{
	char buf[24], *p = buf + sizeof(buf);
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;

	jw_key(sb, key);
	if (v < 0 && null_negative) {
		strbuf_addstr(sb, "null");
		return;
	}
	/* "%lld" by hand: a report has dozens of numbers, and printf is most
	 * of what each cost */
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	strbuf_add(sb, p, (size_t)(buf + sizeof(buf) - p));
}

static void
jw_bool(struct strbuf *sb, const char *key, bool v)
{
	jw_key(sb, key);
	strbuf_addstr(sb, v ? "true" : "false");
}

/* jansson's real: "%.17g", with ".0" when that looks like an integer, and
 * no '+' nor leading zeros in an exponent.  jansson has no NaN or infinity:
 * setting one failed and left the key out. */
static void
jw_real(struct strbuf *sb, const char *key, double v)
{
	char buf[64], *e;
	size_t n;

	if (!isfinite(v))
		return;
	jw_key(sb, key);
	n = (size_t)snprintf(buf, sizeof(buf) - 3, "%.17g", v);
	if (!strchr(buf, '.') && !strchr(buf, 'e')) {
		memcpy(buf + n, ".0", 3);
		n += 2;
	}
	if ((e = strchr(buf, 'e'))) {
		char *start = e + 1 + (e[1] == '-'), *end = e + 2;

		while (*end == '0')
			end++;
		memmove(start, end, strlen(end) + 1);
	}
	strbuf_addstr(sb, buf);
}

static void
jw_frame(struct strbuf *sb, struct strbuf *tmp, const struct kt_frame *f)
{
	jw_sep(sb);
	strbuf_addch(sb, '{');
	jw_str(sb, tmp, "function", f->function);
	jw_int(sb, "offset", f->offset, true);
	jw_int(sb, "size", f->size, true);
	jw_str(sb, tmp, "module", f->module);
	jw_str(sb, tmp, "address", f->address);
	jw_bool(sb, "reliable", f->reliable);
	strbuf_addch(sb, '}');
}

static int
jw_dump_cb(const char *buf, size_t size, void *data)
{
	strbuf_add(data, buf, size);
	return 0;
}

static void
jw_identity(struct strbuf *sb, struct strbuf *tmp, const struct kt_report *r)
{
	jw_str(sb, tmp, "source", r->source);
	jw_int(sb, "index", r->index, false);
	jw_bool(sb, "primary", r->primary);
	jw_int(sb, "first_line", (long long)r->first_line, false);
	jw_int(sb, "last_line", (long long)r->last_line, false);
	jw_str(sb, tmp, "kind", r->kind);
	jw_str(sb, tmp, "title", r->title);
	jw_str(sb, tmp, "header", r->header);
	jw_str(sb, tmp, "guilty", r->guilty);
	jw_str(sb, tmp, "arch", r->arch);
	jw_str(sb, tmp, "release", r->release);
	jw_str(sb, tmp, "hardware", r->hardware);
	jw_str(sb, tmp, "platform", r->platform);
	jw_str(sb, tmp, "mmu", r->mmu);
	jw_int(sb, "cpu", r->cpu, true);
	jw_int(sb, "pid", r->pid, true);
	jw_str(sb, tmp, "comm", r->comm);
	jw_str(sb, tmp, "taint", r->taint);
	jw_str(sb, tmp, "caller", r->caller);
	if (r->has_time)
		jw_real(sb, "time", r->time);
	else
		jw_str(sb, tmp, "time", NULL);
}

void
out_json_report(struct strbuf *sb, const struct kt_report *r, const struct kt_matches *m)
{
	struct strbuf tmp = STRBUF_INIT;

	strbuf_addch(sb, '{');
	jw_identity(sb, &tmp, r);
	jw_str(sb, &tmp, "fault_address", r->fault_address);
	jw_str(sb, &tmp, "access", kt_access_name(r->access));
	jw_str(sb, &tmp, "pc", r->pc);
	jw_str(sb, &tmp, "lr", r->lr);
	jw_str(sb, &tmp, "trap", r->trap);
	jw_key(sb, "frames");
	strbuf_addch(sb, '[');
	for (size_t i = 0; i < r->nframes; i++)
		jw_frame(sb, &tmp, &r->frames[i]);
	strbuf_addch(sb, ']');
	jw_key(sb, "modules");
	strbuf_addch(sb, '[');
	for (size_t i = 0; i < r->nmodules; i++) {
		jw_sep(sb);
		strbuf_reset(&tmp);
		kt_clean_text(&tmp, r->modules[i], strlen(r->modules[i]));
		jw_escaped(sb, tmp.buf, tmp.len);
	}
	strbuf_addch(sb, ']');
	jw_bool(sb, "panicked", r->panicked);
	jw_bool(sb, "truncated", r->truncated);
	jw_str(sb, &tmp, "truncated_reason", r->truncated_reason);
	jw_bool(sb, "corrupted", r->corrupted);
	jw_str(sb, &tmp, "corrupted_reason", r->corrupted_reason);
	jw_str(sb, &tmp, "fingerprint", r->fingerprint);
	jw_key(sb, "matches");
	strbuf_addch(sb, '[');
	for (size_t i = 0; m && i < m->n; i++) {
		json_t *o = jmatch(&m->m[i]);

		jw_sep(sb);
		json_dump_callback(o, jw_dump_cb, sb, JSON_COMPACT | JSON_PRESERVE_ORDER);
		json_decref(o);
	}
	strbuf_addstr(sb, "]}");
	strbuf_release(&tmp);
}

static void
json_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	struct strbuf sb = STRBUF_INIT;

	out_json_report(&sb, r, m);
	strbuf_addch(&sb, '\n');
	fwrite(sb.buf, 1, sb.len, f->fp);
	strbuf_release(&sb);
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
