/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests of the scanner's second thread (kt_limits.pipeline): it warms
 * up for the first report (kt_limits.warm_up) once a header matches. */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "ktriage.h"
#include "tap.h"

struct seen {
	int warm, reports;
	int warm_before_first;		/* warm-ups done when the first report came */
	pthread_t warm_thread, report_thread;
};

static void
warm(void *arg)
{
	struct seen *s = arg;

	s->warm++;
	s->warm_thread = pthread_self();
}

static int
report(const struct kt_report *r, void *arg)
{
	struct seen *s = arg;

	(void)r;
	if (!s->reports++) {
		s->warm_before_first = s->warm;
		s->report_thread = pthread_self();
	}
	return 0;
}

static void
scan(const char *log, bool pipeline, struct seen *s)
{
	struct kt_limits lim;
	struct kt_scanner *sc;

	kt_limits_default(&lim);
	lim.pipeline = pipeline;
	lim.warm_up = warm;
	memset(s, 0, sizeof(*s));
	sc = kt_scanner_new(&lim, "test", report, s);
	kt_scanner_feed(sc, log, strlen(log));
	kt_scanner_finish(sc);
	kt_scanner_free(sc);
}

#define WARN(t) \
	"[    " t "] ------------[ cut here ]------------\n" \
	"[    " t "] WARNING: CPU: 0 PID: 1 at mm/memory.c:100 zap_pte_range+0x10/0x20\n" \
	"[    " t "] Modules linked in:\n" \
	"[    " t "] CPU: 0 PID: 1 Comm: init Not tainted 6.1.0 #1\n" \
	"[    " t "] RIP: 0010:zap_pte_range+0x10/0x20\n" \
	"[    " t "] Call Trace:\n" \
	"[    " t "]  <TASK>\n" \
	"[    " t "]  unmap_page_range+0x1/0x2\n" \
	"[    " t "]  </TASK>\n" \
	"[    " t "] ---[ end trace 0000000000000000 ]---\n"

int
main(void)
{
	static const char two[] = "[    0.100000] Linux version 6.1.0\n" WARN("1.000000") WARN("2.000000");
	/* a header literal in a line that is no header */
	static const char clean[] = "[    0.100000] Linux version 6.1.0\n"
	    "[  452.733269] WARNING: lkp next download broken!\n"
	    "[  452.800000] systemd[1]: Started Journal Service.\n";
	struct seen s;

	scan(two, true, &s);
	ok(s.reports == 2, "pipeline: both reports handed out (%d)", s.reports);
	ok(s.warm == 1, "pipeline: warmed up once for two reports (%d)", s.warm);
	ok(s.warm_before_first == 1, "pipeline: warmed up before the first report was handed out");
	ok(s.warm && pthread_equal(s.warm_thread, s.report_thread) &&
	    !pthread_equal(s.warm_thread, pthread_self()),
	    "pipeline: warmed up on the second thread, which hands reports out");

	scan(clean, true, &s);
	ok(s.reports == 0 && s.warm == 0, "pipeline: no warm-up for a header literal that starts no report (%d)",
	    s.warm);

	scan(two, false, &s);
	ok(s.reports == 2 && s.warm == 0, "no pipeline: no second thread, no warm-up (%d)", s.warm);
	return tap_done();
}
