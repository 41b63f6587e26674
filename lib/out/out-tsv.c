/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * out-tsv: one tab-separated line per report, for cut, awk and
 * spreadsheets: source, line range, kind, title, best match, confidence
 * (a guess below --min-confidence is not a match here), printk time in
 * seconds.  With --kernel-tree, an eighth column: the best match's verdict
 * on the tree (fixed, fixed-by-backport, not-fixed, unknown).
 * Fields are cleaned (kt_clean_text turns tabs into spaces and drops line
 * breaks), so a field never splits a line or a column; "-" is an empty one.
 */
#include "config.h"

#include "output.h"
#include "tree.h"

static void
tsv_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	const struct kt_match *best = NULL;

	for (size_t i = 0; m && i < m->n; i++)
		if (!m->m[i].error && !m->m[i].guess && (!best || m->m[i].confidence > best->confidence))
			best = &m->m[i];
	out_put_clean(f->fp, r->source);
	fprintf(f->fp, "\t%lu-%lu\t%s\t", r->first_line, r->last_line, r->kind);
	out_put_clean(f->fp, r->title);
	fputc('\t', f->fp);
	if (best) {
		out_put_clean(f->fp, best->sig->id);
		fprintf(f->fp, "\t%s", kt_confidence_name(best->confidence));
	} else {
		fputs("-\t-", f->fp);
	}
	if (r->has_time)
		fprintf(f->fp, "\t%.6f", r->time);
	else
		fputs("\t-", f->fp);
	/* --kernel-tree: an eighth column, the best match's verdict */
	if (f->run->tree)
		fprintf(f->fp, "\t%s", best && best->tree ? kt_tree_state_token(best->tree->state) : "-");
	fputc('\n', f->fp);
}

const struct out_writer out_tsv = {
	"tsv", "one tab-separated line per report",
	NULL, NULL, tsv_report, NULL, NULL,
};
