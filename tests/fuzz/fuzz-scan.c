/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-scan: the report parser over a whole log: kt_scanner_new / feed /
 * finish, fed in input-chosen chunks, with small limits so that every
 * limit path (long lines, long reports, too many reports) is reached.  The
 * callback reads every field of every report (common.h).
 */
#include <stdint.h>

#include "common.h"

struct st {
	unsigned long n;
	size_t max_report_lines, max_frames, context;
};

static int
on_report(const struct kt_report *r, void *arg)
{
	struct st *st = arg;

	touch_report(r);
	FUZZ_CHECK(r->index == st->n, "reports in order");
	FUZZ_CHECK(r->nframes <= st->max_frames, "max_frames honoured");
	FUZZ_CHECK(r->nlines <= st->max_report_lines, "max_report_lines honoured");
	FUZZ_CHECK(r->ncontext <= st->context, "context_lines honoured");
	st->n++;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kt_limits lim;
	struct kt_scanner *s;
	struct st st = { 0, 0, 0, 0 };
	size_t chunk, off = 0;
	const struct kt_scan_stats *stats;

	kt_limits_default(&lim);
	if (size && data[0] == 0xff) {
		/* small limits */
		lim.max_line = 80;
		lim.max_report_lines = 12;
		lim.max_reports = 3;
		lim.max_frames = 4;
		lim.context_lines = 2;
	}
	st.max_report_lines = lim.max_report_lines;
	st.max_frames = lim.max_frames;
	st.context = lim.context_lines;
	chunk = size > 1 ? 1 + data[1] % 251 : 1;
	s = kt_scanner_new(&lim, "fuzz", on_report, &st);
	while (off < size) {
		size_t n = size - off < chunk ? size - off : chunk;

		kt_scanner_feed(s, (const char *)data + off, n);
		off += n;
		chunk = chunk * 3 % 4093 + 1;
	}
	kt_scanner_finish(s);
	stats = kt_scanner_stats(s);
	FUZZ_CHECK(stats->reports == st.n, "stats count the reports delivered");
	FUZZ_CHECK(stats->reports <= lim.max_reports, "max_reports honoured");
	FUZZ_CHECK(stats->bytes == size, "every byte counted");
	kt_scanner_free(s);
	return 0;
}
