/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * out-raw: each report's own lines as they were read, prefixes and
 * timestamps intact, a blank line after each report: what a mailing-list
 * reply quotes and what scripts/decode_stacktrace.sh reads.  Nothing else
 * is printed.  The lines come from kt_line.raw (the run sets keep_raw for
 * this writer), cleaned for a terminal like every other output: escape
 * sequences and control bytes dropped, invalid UTF-8 replaced.
 */
#include "config.h"

#include "output.h"

static void
raw_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	unsigned long last = 0;

	(void)m;
	for (size_t i = 0; i < r->nlines; i++) {
		const struct kt_line *l = &r->lines[i];

		/* the pieces of a line split at a bare CR share its raw text */
		if (l->raw && l->lineno == last)
			continue;
		last = l->lineno;
		out_put_clean(f->fp, l->raw ? l->raw : l->text);
		fputc('\n', f->fp);
	}
	fputc('\n', f->fp);
}

const struct out_writer out_raw = {
	"raw", "each report's lines as read, prefixes and timestamps intact",
	NULL, NULL, raw_report, NULL, NULL,
};
