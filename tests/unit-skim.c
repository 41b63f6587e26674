/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests of the skim's choice of matcher (lib/scan/skim.h): the
 * portable automaton for a small file, Vectorscan (where built with it)
 * for a large one or a stream of unknown size, and the change from one to
 * the other when a file outgrows its size hint, without changing a report. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ktriage.h"
#include "skim.h"
#include "strbuf.h"
#include "tap.h"

#ifdef HAVE_LIBHS
#define LARGE_KIND KT_SKIM_VECTORSCAN
#else
#define LARGE_KIND KT_SKIM_PORTABLE
#endif

struct seen {
	int reports;
	unsigned long last_line;
};

static int
report(const struct kt_report *r, void *arg)
{
	struct seen *s = arg;

	s->reports++;
	s->last_line = r->first_line;
	return 0;
}

/* Scan log in pieces of 1 MiB, with the size hint given. */
static struct seen
scan(const struct strbuf *log, unsigned long long hint)
{
	struct kt_limits lim;
	struct kt_scanner *sc;
	struct seen s = { 0, 0 };

	kt_limits_default(&lim);
	sc = kt_scanner_new(&lim, "test", report, &s);
	kt_scanner_size_hint(sc, hint);
	for (size_t off = 0; off < log->len; off += 1u << 20)
		kt_scanner_feed(sc, log->buf + off, log->len - off < (1u << 20) ? log->len - off : 1u << 20);
	kt_scanner_finish(sc);
	kt_scanner_free(sc);
	return s;
}

static bool
kind_is(size_t size, enum kt_skim_kind want)
{
	struct kt_skim *k = kt_skim_new(size);
	bool is = kt_skim_kind(k) == want;

	kt_skim_free(k);
	return is;
}

int
main(void)
{
	struct strbuf log = STRBUF_INIT;
	struct kt_skim *small;
	struct seen hinted, unhinted;
	unsigned long t = 0;

	unsetenv("KTRIAGE_SKIM");	/* read once, by the first matcher */
	ok(kind_is(1u << 20, KT_SKIM_PORTABLE), "a 1 MiB file: the portable matcher");
	ok(kind_is(KT_SKIM_LARGE - 1, KT_SKIM_PORTABLE), "a file just under KT_SKIM_LARGE: portable");
	ok(kind_is(KT_SKIM_LARGE, LARGE_KIND), "a file of KT_SKIM_LARGE: Vectorscan where built with it");
	ok(kind_is(0, LARGE_KIND), "a stream of unknown size: Vectorscan where built with it");

	small = kt_skim_new(1u << 20);
	ok(!kt_skim_outgrown(small, KT_SKIM_LARGE - 1), "a small file's matcher is kept below KT_SKIM_LARGE");
	ok(kt_skim_outgrown(small, KT_SKIM_LARGE) == (LARGE_KIND != KT_SKIM_PORTABLE),
	    "a small file's matcher gives way at KT_SKIM_LARGE where Vectorscan is there");
	kt_skim_free(small);

	/* 12 MiB of boot lines with a warning every ~600 KiB: a file whose
	 * hint says 1 MiB is skimmed portably, then with Vectorscan */
	while (log.len < (12u << 20)) {
		strbuf_addf(&log, "[%5lu.%06lu] systemd[1]: Started Journal Service for unit %lu.\n",
		    t / 1000000, t % 1000000, t);
		if (t % 10000 == 5000)
			strbuf_addf(&log, "[%5lu.%06lu] ------------[ cut here ]------------\n"
			    "[%5lu.%06lu] WARNING: CPU: 0 PID: 1 at mm/memory.c:100 zap_pte_range+0x10/0x20\n"
			    "[%5lu.%06lu] CPU: 0 PID: 1 Comm: init Not tainted 6.1.0 #1\n"
			    "[%5lu.%06lu] RIP: 0010:zap_pte_range+0x10/0x20\n"
			    "[%5lu.%06lu] ---[ end trace 0000000000000000 ]---\n",
			    t / 1000000, t % 1000000, t / 1000000, t % 1000000, t / 1000000, t % 1000000,
			    t / 1000000, t % 1000000, t / 1000000, t % 1000000);
		t++;
	}
	hinted = scan(&log, 1u << 20);
	unhinted = scan(&log, 0);
	ok(unhinted.reports >= 18, "the log's warnings are reports (%d)", unhinted.reports);
	ok(hinted.reports == unhinted.reports && hinted.last_line == unhinted.last_line,
	    "a file outgrowing its hint gives the same reports (%d, last at line %lu; %d, %lu)",
	    hinted.reports, hinted.last_line, unhinted.reports, unhinted.last_line);
	strbuf_release(&log);
	return tap_done();
}
