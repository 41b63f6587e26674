/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * JUnit XML, as GitLab, Jenkins and most CI dashboards read it: one
 * <testsuite> per input, one <testcase> per crash report.  A crash is a
 * <failure> whether or not it is a known bug (as in KCIDB: a known bug
 * still crashed the kernel); a known one says so in the message ("known
 * bug ID: title"), an unknown one has the report's title; an input that
 * could not be read completely adds an <error> test case.
 *
 * The counts of a <testsuite> go in its start tag, so each input's test
 * cases are collected in f->state and written by file_end.  Every piece of
 * text goes through xml_put(): made valid UTF-8 without control characters
 * (kt_clean_text), stripped of the two code points XML forbids that remain
 * (U+FFFE, U+FFFF), and escaped.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "output.h"
#include "strbuf.h"
#include "util.h"

#define TRACE_FRAMES 16

struct jfile {
	struct strbuf cases;
	unsigned long tests, failures;
};

/* Append s to out as XML character data or attribute value. */
static void
xml_add(struct strbuf *out, const char *s)
{
	struct strbuf clean = STRBUF_INIT;
	const unsigned char *p;

	if (!s)
		return;
	kt_clean_text(&clean, s, strlen(s));
	for (p = (const unsigned char *)clean.buf; *p; p++) {
		switch (*p) {
		case '&': strbuf_addstr(out, "&amp;"); break;
		case '<': strbuf_addstr(out, "&lt;"); break;
		case '>': strbuf_addstr(out, "&gt;"); break;
		case '"': strbuf_addstr(out, "&quot;"); break;
		case '\'': strbuf_addstr(out, "&apos;"); break;
		default:
			/* U+FFFE and U+FFFF are not XML characters */
			if (p[0] == 0xef && p[1] == 0xbf && (p[2] == 0xbe || p[2] == 0xbf)) {
				p += 2;
				break;
			}
			strbuf_addch(out, *p);
		}
	}
	strbuf_release(&clean);
}

static void
xml_put(FILE *fp, const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	xml_add(&sb, s);
	fputs(sb.buf, fp);
	strbuf_release(&sb);
}

static void
junit_run_begin(struct out_run *run)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ktriage\">\n", run->fp);
}

static void
junit_file_begin(struct out_file *f)
{
	struct jfile *jf = xcalloc(1, sizeof(*jf));

	strbuf_init(&jf->cases, 0);
	f->state = jf;
}

/* One "label: value" line of a failure body, when value is set. */
static void
fact(struct strbuf *b, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	strbuf_addf(b, "%s: ", label);
	xml_add(b, value);
	strbuf_addch(b, '\n');
}

/* The key facts of a report, as the body of <failure> or <system-out>. */
static void
facts(struct strbuf *b, const struct kt_report *r)
{
	struct strbuf t = STRBUF_INIT;

	xml_add(b, r->source);
	strbuf_addf(b, ":%lu-%lu: ", r->first_line, r->last_line);
	xml_add(b, r->title);
	strbuf_addch(b, '\n');
	fact(b, "kind", r->kind);
	fact(b, "arch", r->arch);
	fact(b, "release", r->release);
	fact(b, "hardware", r->hardware);
	fact(b, "MMU", r->mmu);
	if (r->has_time)
		strbuf_addf(b, "printk time: %.6f\n", r->time);
	if (r->comm || r->pid >= 0 || r->cpu >= 0) {
		if (r->comm)
			strbuf_addstr(&t, r->comm);
		if (r->pid >= 0)
			strbuf_addf(&t, "%spid %ld", t.len ? " " : "", r->pid);
		if (r->cpu >= 0)
			strbuf_addf(&t, "%son cpu %ld", t.len ? " " : "", r->cpu);
		fact(b, "task", t.buf);
		strbuf_reset(&t);
	}
	fact(b, "tainted", r->taint);
	if (r->fault_address || r->access) {
		if (r->access)
			strbuf_addstr(&t, kt_access_name(r->access));
		if (r->fault_address)
			strbuf_addf(&t, "%sat %s", t.len ? " " : "", r->fault_address);
		fact(b, "fault", t.buf);
		strbuf_reset(&t);
	}
	fact(b, "pc", r->pc);
	fact(b, "lr", r->lr);
	fact(b, "trap", r->trap);
	if (r->nframes) {
		size_t shown = 0;

		strbuf_addf(b, "call trace (%zu frames):\n", r->nframes);
		for (size_t i = 0; i < r->nframes && shown < TRACE_FRAMES; i++, shown++) {
			const struct kt_frame *fr = &r->frames[i];

			strbuf_addstr(b, fr->reliable ? "  " : "  ? ");
			xml_add(b, fr->function ? fr->function : fr->address ? fr->address : "?");
			if (fr->function && fr->offset >= 0) {
				strbuf_addf(b, "+0x%llx", fr->offset);
				if (fr->size >= 0)
					strbuf_addf(b, "/0x%llx", fr->size);
			}
			if (fr->module) {
				strbuf_addstr(b, " [");
				xml_add(b, fr->module);
				strbuf_addch(b, ']');
			}
			strbuf_addch(b, '\n');
		}
		if (r->nframes > shown)
			strbuf_addf(b, "  ... %zu more\n", r->nframes - shown);
	}
	if (r->panicked)
		strbuf_addstr(b, "the kernel panicked\n");
	if (r->truncated)
		fact(b, "truncated", r->truncated_reason);
	if (r->corrupted)
		fact(b, "corrupted", r->corrupted_reason);
	fact(b, "fingerprint", r->fingerprint);
	strbuf_release(&t);
}

static void
match_facts(struct strbuf *b, const struct kt_match *m)
{
	const struct kt_signature *s = m->sig;

	if (m->error) {
		strbuf_addstr(b, "signature ");
		xml_add(b, s->id);
		strbuf_addstr(b, ": error, result unknown: ");
		xml_add(b, m->error);
		strbuf_addch(b, '\n');
		return;
	}
	if (m->guess)
		strbuf_addf(b, "possibly (%s confidence, not counted as known): ", kt_confidence_name(m->confidence));
	else
		strbuf_addf(b, "known bug (%s confidence): ", kt_confidence_name(m->confidence));
	xml_add(b, s->id);
	strbuf_addstr(b, "\n  ");
	xml_add(b, s->title);
	strbuf_addch(b, '\n');
	for (size_t i = 0; i < s->nfixed; i++) {
		strbuf_addstr(b, "  fixed by ");
		xml_add(b, s->fixed[i].sha);
		if (s->fixed[i].subject) {
			strbuf_addstr(b, " (\"");
			xml_add(b, s->fixed[i].subject);
			strbuf_addstr(b, "\")");
		}
		strbuf_addch(b, '\n');
	}
	for (size_t i = 0; i < s->nfixed_in; i++) {
		strbuf_addstr(b, "  fixed in ");
		xml_add(b, s->fixed_in[i]);
		strbuf_addch(b, '\n');
	}
	if (m->tree) {
		struct strbuf sb = STRBUF_INIT;

		out_tree_line(&sb, m->tree);
		strbuf_addstr(b, "  ");
		xml_add(b, sb.buf);
		strbuf_addch(b, '\n');
		strbuf_release(&sb);
	}
	if (s->workaround) {
		strbuf_addstr(b, "  workaround: ");
		xml_add(b, s->workaround);
		strbuf_addch(b, '\n');
	}
	if (s->nlinks) {
		strbuf_addstr(b, "  see ");
		xml_add(b, s->links[0]);
		strbuf_addch(b, '\n');
	}
}

static void
junit_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	struct jfile *jf = f->state;
	struct strbuf *b;
	const struct kt_match *best = NULL;

	if (!jf)
		return;
	b = &jf->cases;
	for (size_t i = 0; m && i < m->n; i++)
		if (!m->m[i].error && !m->m[i].guess && (!best || m->m[i].confidence > best->confidence))
			best = &m->m[i];
	jf->tests++;
	jf->failures++;
	strbuf_addstr(b, "    <testcase classname=\"");
	xml_add(b, r->kind ? r->kind : "crash");
	if (r->arch) {
		strbuf_addch(b, '.');
		xml_add(b, r->arch);
	}
	strbuf_addstr(b, "\" name=\"");
	xml_add(b, r->title);
	strbuf_addstr(b, "\" file=\"");
	xml_add(b, r->source);
	strbuf_addf(b, "\" line=\"%lu\">\n", r->first_line);
	strbuf_addstr(b, "      <failure message=\"");
	if (best) {
		strbuf_addstr(b, "known bug ");
		xml_add(b, best->sig->id);
		strbuf_addstr(b, ": ");
		xml_add(b, best->sig->title);
	} else {
		xml_add(b, r->title);
	}
	strbuf_addstr(b, "\" type=\"");
	xml_add(b, r->kind ? r->kind : "crash");
	strbuf_addstr(b, "\">");
	facts(b, r);
	if (out_verdict(m) == OUT_UNDETERMINED)
		strbuf_addstr(b, "undetermined: a matching limit stopped some signatures; it may be a known bug\n");
	else if (!best)
		strbuf_addf(b, "unknown crash: no known signature matches%s\n", m && m->n ? ", only a guess" : "");
	for (size_t i = 0; m && i < m->n; i++)
		match_facts(b, &m->m[i]);
	strbuf_addstr(b, "</failure>\n");
	strbuf_addstr(b, "    </testcase>\n");
}

static void
junit_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	struct jfile *jf = f->state;
	FILE *fp = f->fp;

	if (!jf)
		return;
	fputs("  <testsuite name=\"", fp);
	xml_put(fp, f->source);
	fprintf(fp, "\" tests=\"%lu\" failures=\"%lu\" errors=\"%d\" skipped=\"0\">\n",
	    jf->tests + (error != NULL), jf->failures, error != NULL);
	fputs(jf->cases.buf, fp);
	if (error) {
		fputs("    <testcase classname=\"ktriage.input\" name=\"read ", fp);
		xml_put(fp, f->source);
		fputs("\">\n      <error message=\"", fp);
		xml_put(fp, error);
		fputs("\"/>\n    </testcase>\n", fp);
	}
	if (st && (st->dropped_reports || st->long_lines)) {
		fputs("    <system-out>", fp);
		if (st->dropped_reports)
			fprintf(fp, "%lu more crash reports not shown (--max-reports)\n", st->dropped_reports);
		if (st->long_lines)
			fprintf(fp, "%lu lines longer than the limit were cut\n", st->long_lines);
		fputs("</system-out>\n", fp);
	}
	fputs("  </testsuite>\n", fp);
	strbuf_release(&jf->cases);
	free(jf);
	f->state = NULL;
}

static void
junit_run_end(struct out_run *run, const struct out_summary *sum)
{
	(void)sum;
	fputs("</testsuites>\n", run->fp);
}

const struct out_writer out_junit = {
	"junit", "JUnit XML: a test suite per input, a failing test per crash report",
	junit_run_begin, junit_file_begin, junit_report, junit_file_end, junit_run_end,
};
