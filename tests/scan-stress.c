/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * scan-stress: feed generated input straight into the scanner and print
 * "reports lines bytes": used by t1100-hostile.sh for inputs too large to keep
 * as files (100,000 reports, gigabyte streams).
 *   scan-stress reports N     N back-to-back oopses
 *   scan-stress bytes N       N bytes of log text with an oops every 10 MiB
 *   scan-stress random N SEED N bytes of random garbage
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ktriage.h"

static unsigned long nreports;

static int
count(const struct kt_report *r, void *arg)
{
	(void)r;
	(void)arg;
	nreports++;
	return 0;
}

static const char oops[] =
	"BUG: kernel NULL pointer dereference, address: 0000000000000008\n"
	"#PF: supervisor read access in kernel mode\n"
	"CPU: 0 PID: 1 Comm: swapper/0 Not tainted 6.1.0 #1\n"
	"RIP: 0010:foo+0x1/0x2\n"
	"Call Trace:\n"
	" <TASK>\n"
	" bar+0x3/0x4\n"
	" </TASK>\n"
	"---[ end trace 0000000000000000 ]---\n";

int
main(int argc, char **argv)
{
	struct kt_limits lim;
	struct kt_scanner *s;
	unsigned long long n;
	char *buf = malloc(1 << 20);

	if (argc < 3 || !buf)
		return 2;
	n = strtoull(argv[2], NULL, 10);
	kt_limits_default(&lim);
	lim.max_reports = (size_t)-1;
	s = kt_scanner_new(&lim, "stress", count, NULL);
	if (!strcmp(argv[1], "reports")) {
		for (unsigned long long i = 0; i < n; i++)
			kt_scanner_feed(s, oops, sizeof(oops) - 1);
	} else if (!strcmp(argv[1], "bytes")) {
		static const char filler[] = "[    1.000000] usb 1-1: new high-speed USB device number 2 using ehci\n";
		size_t fl = sizeof(filler) - 1, used = 0;
		unsigned long long done = 0, next_oops = 0;

		while (used + fl < (1 << 20)) {
			memcpy(buf + used, filler, fl);
			used += fl;
		}
		while (done < n) {
			if (done >= next_oops) {
				kt_scanner_feed(s, oops, sizeof(oops) - 1);
				next_oops += 10 << 20;
			}
			kt_scanner_feed(s, buf, used);
			done += used;
		}
	} else if (!strcmp(argv[1], "random")) {
		srand(argc > 3 ? atoi(argv[3]) : 1);
		for (unsigned long long done = 0; done < n; done += 1 << 20) {
			for (size_t i = 0; i < (1 << 20); i++)
				buf[i] = (char)(rand() & 0xff);
			kt_scanner_feed(s, buf, 1 << 20);
		}
	} else {
		return 2;
	}
	kt_scanner_finish(s);
	printf("%lu %lu %llu\n", nreports, kt_scanner_stats(s)->lines,
	    (unsigned long long)kt_scanner_stats(s)->bytes);
	kt_scanner_free(s);
	free(buf);
	return 0;
}
