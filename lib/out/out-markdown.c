/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Markdown (CommonMark / GitHub and GitLab flavoured) for pasting into a bug
 * or a mailing-list reply: per report a heading with the title, a table of
 * fields, the top of the call trace in a fenced code block, and what is
 * known of the bug it matches.
 *
 * Report text cannot break out: every value is first made valid UTF-8
 * without control characters (kt_clean_text, so it stays on one line), then
 * either backslash-escaped (md_text: the characters that open inline
 * constructs, '|' everywhere so table cells stay cells) or put in a code
 * span / fence longer than any run of backticks in it.
 */
#include "config.h"

#include <string.h>

#include "lines.h"
#include "output.h"
#include "strbuf.h"
#include "util.h"

#define TRACE_FRAMES 16

static void
clean(struct strbuf *out, const char *s)
{
	strbuf_reset(out);
	if (s)
		kt_clean_text(out, s, strlen(s));
}

static bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* s as inline text: punctuation that could start markup is escaped. */
static void
md_text(FILE *fp, const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	clean(&sb, s);
	for (size_t i = 0; i < sb.len; i++) {
		unsigned char c = (unsigned char)sb.buf[i];

		switch (c) {
		case '_':
			/* intraword '_' is literal (CommonMark): keep identifiers readable */
			if (i > 0 && i + 1 < sb.len && is_alnum((unsigned char)sb.buf[i - 1]) &&
			    is_alnum((unsigned char)sb.buf[i + 1]))
				break;
			/* fall through */
		case '\\': case '`': case '*': case '[': case ']': case '<': case '>':
		case '|': case '#': case '~': case '&': case '$':
			fputc('\\', fp);
			break;
		}
		fputc(c, fp);
	}
	strbuf_release(&sb);
}

/* The longest run of backticks in s. */
static size_t
max_ticks(const char *s)
{
	size_t best = 0, run = 0;

	for (; *s; s++) {
		run = *s == '`' ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

/*
 * s as a code span.  In a table row (cell), '|' must still be written '\|'
 * (GFM splits cells before it parses code spans, and removes the backslash).
 */
static void
md_code(FILE *fp, const char *s, bool cell)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n;
	bool pad;

	clean(&sb, s);
	if (!sb.len) {
		strbuf_release(&sb);
		return;
	}
	n = max_ticks(sb.buf) + 1;
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
	/* a span starting or ending with '`' or ' ' needs a space inside each end */
	pad = strchr("` ", sb.buf[0]) || strchr("` ", sb.buf[sb.len - 1]);
	if (pad)
		fputc(' ', fp);
	for (size_t i = 0; i < sb.len; i++) {
		if (cell && sb.buf[i] == '|')
			fputc('\\', fp);
		fputc(sb.buf[i], fp);
	}
	if (pad)
		fputc(' ', fp);
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
	strbuf_release(&sb);
}

/* A URL as an autolink when it can be one, else as code. */
static void
md_link(FILE *fp, const char *url)
{
	bool plain = (starts_with(url, "https://") || starts_with(url, "http://"));

	for (const char *p = url; plain && *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f || strchr("<>`", *p))
			plain = false;
	if (plain)
		fprintf(fp, "<%s>", url);
	else
		md_code(fp, url, false);
}

static void
row_code(FILE *fp, const char *field, const char *value)
{
	if (!value || !*value)
		return;
	fprintf(fp, "| %s | ", field);
	md_code(fp, value, true);
	fputs(" |\n", fp);
}

static void
md_commit(FILE *fp, const char *label, const struct kt_commit *c)
{
	fprintf(fp, "- %s ", label);
	md_code(fp, c->sha, false);
	if (c->subject) {
		fputs(" (\"", fp);
		md_text(fp, c->subject);
		fputs("\")", fp);
	}
	if (c->unverified)
		fputs(" (unverified)", fp);
	fputc('\n', fp);
}

static void
md_match(FILE *fp, const struct kt_match *m, const char *release)
{
	const struct kt_signature *s = m->sig;

	if (m->error) {
		fputs("**Signature error** in ", fp);
		md_code(fp, s->id, false);
		fputs(": ", fp);
		md_text(fp, m->error);
		fputs(" (result unknown)\n\n", fp);
		return;
	}
	fputs(m->guess ? "**Possibly** " : "**Known bug** ", fp);
	md_code(fp, s->id, false);
	fprintf(fp, " (%s confidence%s): ", kt_confidence_name(m->confidence),
	    m->guess ? ", not counted as known" : "");
	md_text(fp, s->title);
	fputs("\n\n", fp);
	if (m->nheld) {
		fputs("- why:", fp);
		for (size_t i = 0; i < m->nheld; i++) {
			struct strbuf c = STRBUF_INIT;

			strbuf_addf(&c, "%s /%s/%s", kt_field_name(m->held[i]->field), m->held[i]->pattern,
			    m->held[i]->icase ? "i" : "");
			fputs(i ? ", " : " ", fp);
			md_code(fp, c.buf, false);
			strbuf_release(&c);
		}
		if (s->evidence && !strcmp(s->evidence, "frames-only"))
			fputs(" (known only from the fix's description: frames, no console log)", fp);
		fputc('\n', fp);
	}
	for (size_t i = 0; i < s->nintroduced; i++)
		md_commit(fp, "introduced by", &s->introduced[i]);
	for (size_t i = 0; i < s->nfixed; i++)
		md_commit(fp, "fixed by", &s->fixed[i]);
	if (s->nfixed_in) {
		fputs("- fixed in:", fp);
		for (size_t i = 0; i < s->nfixed_in; i++) {
			fputs(i ? ", " : " ", fp);
			md_text(fp, s->fixed_in[i]);
		}
		fputc('\n', fp);
	}
	if (m->fix_expected == 1) {
		fputs("- **the fix should already be in this kernel** (", fp);
		md_code(fp, release, false);
		out_built_from(fp, m, ",");
		fputs(" is at or after ", fp);
		md_text(fp, m->fixed_release);
		fprintf(fp, "%s): regression or backport gap?\n",
		    m->fix_unverified ? ", if that unverified release is right" : "");
	} else if (m->fix_expected == 0) {
		fputs("- this kernel (", fp);
		md_code(fp, release, false);
		out_built_from(fp, m, "");
		fputs(") predates the fix (", fp);
		md_text(fp, m->fixed_release);
		fputs("): apply it or the workaround\n", fp);
	} else if (m->fixed_release && release) {
		fputs("- this distribution kernel (", fp);
		md_code(fp, release, false);
		out_built_from(fp, m, "");
		fputs(") does not name the stable release it carries: look for the fix (", fp);
		md_text(fp, m->fixed_release);
		fputs(") in its changelog\n", fp);
	}
	if (m->tree) {
		struct strbuf sb = STRBUF_INIT;

		out_tree_line(&sb, m->tree);
		fputs("- ", fp);
		md_text(fp, sb.buf);
		fputc('\n', fp);
		strbuf_release(&sb);
	}
	if (s->workaround) {
		fputs("- workaround: ", fp);
		md_text(fp, s->workaround);
		fputc('\n', fp);
	}
	for (size_t i = 0; i < s->nlinks; i++) {
		fputs(i ? ", " : "- link: ", fp);
		md_link(fp, s->links[i]);
	}
	if (s->nlinks)
		fputc('\n', fp);
	fputc('\n', fp);
}

static void
md_trace(FILE *fp, const struct kt_report *r)
{
	struct strbuf body = STRBUF_INIT, sb = STRBUF_INIT;
	size_t shown = 0, n;

	for (size_t i = 0; i < r->nframes && shown < TRACE_FRAMES; i++, shown++) {
		const struct kt_frame *f = &r->frames[i];

		strbuf_addstr(&body, f->reliable ? " " : " ? ");
		clean(&sb, f->function ? f->function : f->address ? f->address : "?");
		strbuf_addstr(&body, sb.buf);
		if (f->function && f->offset >= 0) {
			strbuf_addf(&body, "+0x%llx", f->offset);
			if (f->size >= 0)
				strbuf_addf(&body, "/0x%llx", f->size);
		}
		if (f->module) {
			clean(&sb, f->module);
			strbuf_addf(&body, " [%s]", sb.buf);
		}
		strbuf_addch(&body, '\n');
	}
	if (r->nframes > shown)
		fprintf(fp, "Call trace (top %zu of %zu frames):\n\n", shown, r->nframes);
	else
		fprintf(fp, "Call trace:\n\n");
	/* a fence longer than any backtick run inside cannot be closed early */
	n = max_ticks(body.buf) + 1;
	if (n < 3)
		n = 3;
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
	fputc('\n', fp);
	fputs(body.buf, fp);
	for (size_t i = 0; i < n; i++)
		fputc('`', fp);
	fputs("\n\n", fp);
	strbuf_release(&body);
	strbuf_release(&sb);
}

static void
markdown_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	FILE *fp = f->fp;
	struct strbuf v = STRBUF_INIT;

	fputs("### ", fp);
	md_text(fp, r->title);
	fputs("\n\n| field | value |\n|---|---|\n", fp);
	row_code(fp, "source", r->source);
	strbuf_addf(&v, "%lu-%lu", r->first_line, r->last_line);
	row_code(fp, "lines", v.buf);
	strbuf_reset(&v);
	if (r->has_time)
		strbuf_addf(&v, "[%12.6f]", r->time);
	row_code(fp, "printk time", r->has_time ? v.buf : NULL);
	row_code(fp, "kind", r->kind);
	row_code(fp, "arch", r->arch);
	row_code(fp, "release", r->release);
	row_code(fp, "hardware", r->hardware);
	row_code(fp, "MMU", r->mmu);
	strbuf_reset(&v);
	if (r->comm)
		strbuf_addstr(&v, r->comm);
	if (r->pid >= 0)
		strbuf_addf(&v, "%spid %ld", v.len ? " " : "", r->pid);
	if (r->cpu >= 0)
		strbuf_addf(&v, "%son cpu %ld", v.len ? " " : "", r->cpu);
	if (r->taint)
		strbuf_addf(&v, "%stainted %s", v.len ? ", " : "", r->taint);
	row_code(fp, "task", v.buf);
	strbuf_reset(&v);
	if (r->access)
		strbuf_addstr(&v, kt_access_name(r->access));
	if (r->fault_address)
		strbuf_addf(&v, "%sat %s", v.len ? " " : "", r->fault_address);
	row_code(fp, "fault/access", v.buf);
	strbuf_reset(&v);
	if (r->pc)
		strbuf_addstr(&v, r->pc);
	if (r->lr)
		strbuf_addf(&v, "%slr %s", v.len ? ", " : "", r->lr);
	row_code(fp, "pc", v.buf);
	row_code(fp, "trap", r->trap);
	row_code(fp, "fingerprint", r->fingerprint);
	strbuf_release(&v);
	fputc('\n', fp);
	if (r->panicked)
		fputs("The kernel panicked.\n\n", fp);
	if (r->truncated) {
		fputs("The report is truncated: ", fp);
		md_text(fp, r->truncated_reason);
		fputs(".\n\n", fp);
	}
	if (r->corrupted) {
		fputs("The report is corrupted: ", fp);
		md_text(fp, r->corrupted_reason);
		fputs(".\n\n", fp);
	}
	if (r->nframes)
		md_trace(fp, r);
	for (size_t i = 0; m && i < m->n; i++)
		md_match(fp, &m->m[i], r->release);
	switch (out_verdict(m)) {
	case OUT_KNOWN:
		break;
	case OUT_UNDETERMINED:
		fputs("**Undetermined**: a matching limit stopped some signatures; it may be a known bug (fingerprint ", fp);
		md_code(fp, r->fingerprint, false);
		fputs(").\n\n", fp);
		break;
	case OUT_UNKNOWN:
		fprintf(fp, "**Unknown crash**: no known signature matches%s (fingerprint ", m && m->n ? ", only a guess" : "");
		md_code(fp, r->fingerprint, false);
		fputs(").\n\n", fp);
		break;
	}
}

static void
markdown_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	FILE *fp = f->fp;

	if (error) {
		fputs("Reading ", fp);
		md_code(fp, f->source, false);
		fputs(" failed: ", fp);
		md_text(fp, error);
		fputs("\n\n", fp);
	}
	if (!f->reports && !error) {
		fputs("No crash report found in ", fp);
		md_code(fp, f->source, false);
		fprintf(fp, " (%lu lines).\n\n", st ? st->lines : 0);
	}
	if (st && st->dropped_reports) {
		fprintf(fp, "%lu more crash reports in ", st->dropped_reports);
		md_code(fp, f->source, false);
		fputs(" not shown (--max-reports).\n\n", fp);
	}
}

static void
markdown_run_end(struct out_run *run, const struct out_summary *sum)
{
	struct strbuf sb = STRBUF_INIT;
	size_t idx[5], n;

	if (sum->logs < 2)
		return;
	out_summary_line(run, sum, &sb);
	fputs("**", run->fp);
	md_text(run->fp, sb.buf);
	fputs("**", run->fp);
	strbuf_release(&sb);
	out_summary_top(run, sum, 5, idx, &n);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ", " : "; most frequent: ", run->fp);
		md_code(run->fp, run->sigs->sigs[idx[i]].id, false);
		fprintf(run->fp, " (%lu)", sum->per_sig[idx[i]]);
	}
	fputc('\n', run->fp);
	if (sum->nunknowns)
		fputs("\nUnknown crashes by fingerprint:\n\n", run->fp);
	for (size_t i = 0; i < sum->nunknowns && i < 10; i++) {
		fputs("- ", run->fp);
		md_code(run->fp, sum->unknowns[i].fingerprint, false);
		fprintf(run->fp, " (%lu): ", sum->unknowns[i].count);
		md_text(run->fp, sum->unknowns[i].title);
		fputc('\n', run->fp);
	}
}

const struct out_writer out_markdown = {
	"markdown", "Markdown for a bug report or a mailing-list reply",
	NULL, NULL, markdown_report, markdown_file_end, markdown_run_end,
};
