/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Text: a short human summary per report; colour only when asked or on a tty. */
#include "config.h"

#include <string.h>

#include "lines.h"
#include "output.h"
#include "strbuf.h"

#define BOLD(o) ((o)->color ? "\033[1m" : "")
#define RED(o) ((o)->color ? "\033[1;31m" : "")
#define DIM(o) ((o)->color ? "\033[2m" : "")
#define OFF(o) ((o)->color ? "\033[0m" : "")

#define put_clean out_put_clean

/* "    label" then s, cleaned; nothing when s is NULL. */
static void
put_field(FILE *fp, const char *label, const char *s)
{
	if (!s)
		return;
	fputs(label, fp);
	put_clean(fp, s);
}

/* put_field as a line of its own. */
static void
put_field_line(FILE *fp, const char *label, const char *s)
{
	if (!s)
		return;
	put_field(fp, label, s);
	fputc('\n', fp);
}

static void
put_commit(FILE *fp, const char *label, const struct kt_commit *c)
{
	fprintf(fp, "      %s ", label);
	put_clean(fp, c->sha);
	if (c->subject) {
		fputs(" (\"", fp);
		put_clean(fp, c->subject);
		fputs("\")", fp);
	}
	if (c->unverified)
		fputs(" [unverified]", fp);
	fputc('\n', fp);
}

static void
put_match(FILE *fp, const struct kt_match *m, const char *release, const struct out_opts *o)
{
	const struct kt_signature *s = m->sig;

	if (m->error) {
		fprintf(fp, "    %ssignature error%s: ", RED(o), OFF(o));
		put_clean(fp, m->error);
		fputs(" (result unknown)\n", fp);
		return;
	}
	if (m->guess)	/* below --min-confidence: never said to be known */
		fprintf(fp, "    possibly (%s confidence, not counted as known): ", kt_confidence_name(m->confidence));
	else
		fprintf(fp, "    %sknown bug%s (%s confidence): ", BOLD(o), OFF(o), kt_confidence_name(m->confidence));
	put_clean(fp, s->id);
	fputs("\n      ", fp);
	put_clean(fp, s->title);
	fputc('\n', fp);
	fputs("      why:", fp);
	for (size_t i = 0; i < m->nheld; i++) {
		fprintf(fp, "%s %s /", i ? ";" : "", kt_field_name(m->held[i]->field));
		put_clean(fp, m->held[i]->pattern);
		fputc('/', fp);
	}
	if (s->evidence && !strcmp(s->evidence, "frames-only"))
		fputs(" (known only from the fix's description: frames, no console log)", fp);
	fputc('\n', fp);
	put_field_line(fp, "      variant: ", m->variant);
	put_field_line(fp, "      not higher: ", m->note);
	for (size_t i = 0; i < s->nintroduced; i++)
		put_commit(fp, "introduced by", &s->introduced[i]);
	for (size_t i = 0; i < s->nfixed; i++)
		put_commit(fp, "fixed by", &s->fixed[i]);
	for (size_t i = 0; i < s->nfixed_in; i++)
		put_field_line(fp, "      fixed in ", s->fixed_in[i]);
	if (m->fix_expected == 1) {
		fprintf(fp, "      %sthe fix should already be in this kernel%s (", RED(o), OFF(o));
		put_clean(fp, release);
		out_built_from(fp, m, ",");
		fputs(" is at or after ", fp);
		put_clean(fp, m->fixed_release);
		fprintf(fp, "%s): regression or backport gap?\n",
		    m->fix_unverified ? ", if that unverified release is right" : "");
	} else if (m->fix_expected == 0) {
		fputs("      this kernel (", fp);
		put_clean(fp, release);
		out_built_from(fp, m, "");
		fputs(") predates the fix (", fp);
		put_clean(fp, m->fixed_release);
		fputs("): apply it or the workaround\n", fp);
	} else if (m->fixed_release && release) {
		fputs("      this distribution kernel (", fp);
		put_clean(fp, release);
		out_built_from(fp, m, "");
		fputs(") does not name the stable release it carries: look for the fix (", fp);
		put_clean(fp, m->fixed_release);
		fputs(") in its changelog\n", fp);
	}
	if (m->tree) {
		struct strbuf sb = STRBUF_INIT;

		out_tree_line(&sb, m->tree);
		put_field_line(fp, "      ", sb.buf);
		strbuf_release(&sb);
	}
	put_field_line(fp, "      workaround: ", s->workaround);
	if (s->nlinks)
		put_field_line(fp, "      see ", s->links[0]);
}

/* The title line, then kind, arch, release, MMU and platform. */
static void
put_heading(FILE *fp, const struct kt_report *r, const struct out_opts *o)
{
	put_clean(fp, r->source);
	/* "file:line: " as compilers print it, for editors' error lists */
	fprintf(fp, ":%lu: %s", r->first_line, BOLD(o));
	put_clean(fp, r->title);
	fprintf(fp, "%s\n", OFF(o));
	fprintf(fp, "    %s", r->kind);
	if (r->arch)
		fprintf(fp, ", %s", r->arch);
	put_field(fp, ", release ", r->release);
	put_field(fp, ", MMU ", r->mmu);
	put_field(fp, ", ", r->platform);
	fputc('\n', fp);
	if (r->hardware) {
		put_field(fp, "    hardware: ", r->hardware);
		fputc('\n', fp);
	}
	fprintf(fp, "    lines %lu-%lu", r->first_line, r->last_line);
	if (r->has_time)
		fprintf(fp, ", printk time [%12.6f]", r->time);
	fputc('\n', fp);
}

/* The task (comm, pid, cpu, taint) and the fault (access, address), when printed. */
static void
put_task_fault(FILE *fp, const struct kt_report *r)
{
	if (r->pid >= 0 || r->comm || r->cpu >= 0 || r->taint) {
		fputs("    task:", fp);
		put_field(fp, " ", r->comm);
		if (r->pid >= 0)
			fprintf(fp, " pid %ld", r->pid);
		if (r->cpu >= 0)
			fprintf(fp, " on cpu %ld", r->cpu);
		put_field(fp, ", tainted ", r->taint);
		fputc('\n', fp);
	}
	if (r->fault_address || r->access) {
		fputs("    fault:", fp);
		if (r->access)
			fprintf(fp, " %s", kt_access_name(r->access));
		put_field(fp, " at ", r->fault_address);
		fputc('\n', fp);
	}
}

/* pc and lr, then the first six named frames. */
static void
put_code(FILE *fp, const struct kt_report *r)
{
	size_t shown = 0;

	if (r->pc) {
		put_field(fp, "    pc: ", r->pc);
		put_field(fp, "  lr: ", r->lr);
		fputc('\n', fp);
	}
	if (!r->nframes)
		return;
	fputs("    trace:", fp);
	for (size_t i = 0; i < r->nframes && shown < 6; i++) {
		if (!r->frames[i].function)
			continue;
		fputs(shown ? " < " : " ", fp);
		put_clean(fp, r->frames[i].function);
		if (!r->frames[i].reliable)
			fputc('?', fp);
		shown++;
	}
	fprintf(fp, " (%zu frames)\n", r->nframes);
}

static void
text_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	FILE *fp = f->fp;
	const struct out_opts *o = &f->run->opts;

	put_heading(fp, r, o);
	put_task_fault(fp, r);
	put_code(fp, r);
	if (r->panicked)
		fputs("    the kernel panicked\n", fp);
	if (r->truncated)
		fprintf(fp, "    %struncated%s: %s\n", RED(o), OFF(o), r->truncated_reason);
	if (r->corrupted)
		fprintf(fp, "    %scorrupted%s: %s\n", RED(o), OFF(o), r->corrupted_reason);
	for (size_t i = 0; m && i < m->n; i++)
		put_match(fp, &m->m[i], r->release, o);
	switch (out_verdict(m)) {
	case OUT_KNOWN:
		break;
	case OUT_UNDETERMINED:
		fprintf(fp, "    %sundetermined: a matching limit stopped some signatures; it may be a known bug "
		    "(fingerprint %s)%s\n", RED(o), r->fingerprint, OFF(o));
		break;
	case OUT_UNKNOWN:
		fprintf(fp, "    %sunknown crash: no known signature matches%s (fingerprint %s)%s\n",
		    DIM(o), m && m->n ? ", only a guess" : "", r->fingerprint, OFF(o));
		break;
	}
	for (size_t i = 0; o->verbose && i < r->nlines; i++) {
		fprintf(fp, "    %s%6lu%s | ", DIM(o), r->lines[i].lineno, OFF(o));
		put_clean(fp, r->lines[i].text);
		fputc('\n', fp);
	}
	fputc('\n', fp);
}

static void
text_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	if (!f->reports && !error) {
		put_clean(f->fp, f->source);
		fprintf(f->fp, ": no crash report found (%lu lines)\n", st->lines);
	}
	if (st->dropped_reports) {
		put_clean(f->fp, f->source);
		fprintf(f->fp, ": %lu more reports not shown (--max-reports)\n", st->dropped_reports);
	}
}

static void
text_run_end(struct out_run *run, const struct out_summary *sum)
{
	struct strbuf sb = STRBUF_INIT;
	size_t idx[5], n;

	if (sum->logs < 2)
		return;
	/*
	 * unknown crashes, one line per fingerprint (the same crash in many
	 * logs shows once), before the tally that ends the output
	 */
	if (sum->nunknowns)
		fputs("unknown crashes by fingerprint:\n", run->fp);
	for (size_t i = 0; i < sum->nunknowns && i < 10; i++) {
		const struct out_unknown *u = &sum->unknowns[i];

		fprintf(run->fp, "  %s %5lu  ", u->fingerprint, u->count);
		out_put_clean(run->fp, u->title);
		fputs(" (first at ", run->fp);
		out_put_clean(run->fp, u->source);
		fprintf(run->fp, ":%lu)\n", u->line);
	}
	if (sum->nunknowns > 10)
		fprintf(run->fp, "  and %zu more fingerprints\n", sum->nunknowns - 10);
	out_summary_line(run, sum, &sb);
	out_put_clean(run->fp, sb.buf);
	fputc('\n', run->fp);
	strbuf_release(&sb);
	out_summary_top(run, sum, 5, idx, &n);
	for (size_t i = 0; i < n; i++)
		fprintf(run->fp, "%s %s (%lu)%s", i ? "," : "most frequent:", run->sigs->sigs[idx[i]].id,
		    sum->per_sig[idx[i]], i + 1 == n ? "\n" : "");
}

const struct out_writer out_text = {
	"text", "a short summary per report (the default)",
	NULL, NULL, text_report, text_file_end, text_run_end,
};
