/* SPDX-License-Identifier: GPL-2.0-or-later */
/* output: the table of writers and what they share. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "output.h"
#include "strbuf.h"
#include "tree.h"
#include "util.h"

const struct out_writer *const out_writers[] = {
	&out_text,
	&out_json,
	&out_kcidb,
	&out_junit,
	&out_markdown,
	&out_tsv,
	&out_raw,
	NULL,
};
const size_t out_nwriters = ARRAY_SIZE(out_writers) - 1;

const struct out_writer *
out_writer_find(const char *name)
{
	for (size_t i = 0; i < out_nwriters; i++)
		if (!strcmp(out_writers[i]->name, name))
			return out_writers[i];
	return NULL;
}

const char *
out_writer_names(void)
{
	static char names[256];

	if (!names[0])
		for (size_t i = 0; i < out_nwriters; i++) {
			if (i)
				strncat(names, ", ", sizeof(names) - strlen(names) - 1);
			strncat(names, out_writers[i]->name, sizeof(names) - strlen(names) - 1);
		}
	return names;
}

void
out_put_clean(FILE *fp, const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	if (!s)
		return;
	kt_clean_text(&sb, s, strlen(s));
	fputs(sb.buf, fp);
	strbuf_release(&sb);
}

void
out_tree_line(struct strbuf *sb, const struct kt_tree_verdict *v)
{
	strbuf_addf(sb, "kernel tree at %s", v->rev);
	if (v->rev_commit)
		strbuf_addf(sb, " (%.12s)", v->rev_commit);
	strbuf_addstr(sb, ": ");
	kt_tree_verdict_text(v, sb);
}

void
out_notice(const struct out_run *run, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	if (!run->notice)
		return;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	run->notice(sb.buf, run->notice_arg);
	strbuf_release(&sb);
}

enum out_verdict
out_verdict(const struct kt_matches *m)
{
	if (kt_matches_known(m))
		return OUT_KNOWN;
	return m && m->errors ? OUT_UNDETERMINED : OUT_UNKNOWN;
}

void
out_summary_line(const struct out_run *run, const struct out_summary *sum, struct strbuf *sb)
{
	strbuf_addf(sb, "%lu logs read%s, %lu crash reports: %lu known, %lu unknown", sum->logs,
	    sum->input_errors ? " (some with errors)" : "", sum->reports, sum->known, sum->unknown);
	if (sum->undetermined)
		strbuf_addf(sb, " (%lu undetermined: a matching limit was hit)", sum->undetermined);
	/* which database decided: a stale one makes known bugs unknown */
	if (run->sigs && run->sigs->origin)
		strbuf_addf(sb, "; signature database %s version %s", run->sigs->origin,
		    run->sigs->db_version ? run->sigs->db_version : "?");
}

void
out_summary_top(const struct out_run *run, const struct out_summary *sum, size_t max,
    size_t *idx, size_t *n)
{
	*n = 0;
	if (!run->sigs || !sum->per_sig)
		return;
	/* selection of the max largest counts, ties in signature order */
	for (size_t k = 0; k < max; k++) {
		size_t best = (size_t)-1;

		for (size_t i = 0; i < run->sigs->nsigs; i++) {
			bool taken = false;

			if (!sum->per_sig[i])
				continue;
			for (size_t j = 0; j < *n; j++)
				taken |= idx[j] == i;
			if (!taken && (best == (size_t)-1 || sum->per_sig[i] > sum->per_sig[best]))
				best = i;
		}
		if (best == (size_t)-1)
			break;
		idx[(*n)++] = best;
	}
}

bool
out_unknown_add(struct out_unknown **groups, size_t *n, size_t *alloc, const char *fingerprint,
    const char *title, const char *source, unsigned long line, unsigned long count)
{
	struct out_unknown *g;

	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*groups)[i].fingerprint, fingerprint)) {
			(*groups)[i].count += count;
			return true;
		}
	if (*n >= OUT_MAX_UNKNOWNS)
		return false;
	*groups = xgrow(*groups, sizeof(**groups), *n + 1, alloc);
	g = &(*groups)[(*n)++];
	snprintf(g->fingerprint, sizeof(g->fingerprint), "%s", fingerprint);
	g->title = xstrdup(title ? title : "");
	g->source = xstrdup(source ? source : "");
	g->line = line;
	g->count = count;
	return true;
}

void
out_unknowns_sort(struct out_unknown *groups, size_t n)
{
	/* insertion sort: stable, and n is at most OUT_MAX_UNKNOWNS */
	for (size_t i = 1; i < n; i++) {
		struct out_unknown g = groups[i];
		size_t j = i;

		for (; j > 0 && groups[j - 1].count < g.count; j--)
			groups[j] = groups[j - 1];
		groups[j] = g;
	}
}

void
out_unknowns_free(struct out_unknown *groups, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(groups[i].title);
		free(groups[i].source);
	}
	free(groups);
}

void
out_built_from(FILE *fp, const struct kt_match *m, const char *end)
{
	if (m->built_from[0])
		fprintf(fp, ", built from %s%s", m->built_from, end);
}
