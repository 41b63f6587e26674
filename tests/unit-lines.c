/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Unit tests of the line normaliser: prefixes stripped and kept as fields. */
#include "config.h"

#include <stdlib.h>

#include "lines.h"
#include "tap.h"

static struct strbuf out = STRBUF_INIT;
static struct kt_lineinfo li;

static const char *
normn(const char *raw, size_t len)
{
	kt_line_normalise(raw, len, &out, &li);
	return li.text;
}

static const char *
norm(const char *raw)
{
	return normn(raw, strlen(raw));
}

struct collect {
	int n;
	char text[8][64];
};

static int
collect(const struct kt_lineinfo *l, void *arg)
{
	struct collect *c = arg;

	if (c->n < 8)
		snprintf(c->text[c->n], sizeof(c->text[0]), "%lu:%s", l->lineno, l->text);
	c->n++;
	return 0;
}

struct collect_time {
	int n;
	double t[8];
};

static int
collect_time(const struct kt_lineinfo *l, void *arg)
{
	struct collect_time *c = arg;

	if (c->n < 8 && l->has_time)
		c->t[c->n++] = l->time;
	return 0;
}

int
main(void)
{
	struct kt_line_reader r;
	struct collect c = { 0 };

	is_str(norm("[   14.142060][  T347] BUG: Unable to handle kernel instruction fetch"),
	    "BUG: Unable to handle kernel instruction fetch", "combined timestamp and caller id stripped");
	is_str(li.caller, "T347", "caller id kept");
	ok(li.has_time && li.time > 14.14 && li.time < 14.15, "timestamp kept");
	is_str(norm("[    0.043841 ][    T0 ] EIP: string_nocheck+0x19/0x80"),
	    "EIP: string_nocheck+0x19/0x80", "padded brackets tolerated");
	is_str(li.caller, "T0", "padded caller id");
	is_str(norm("[    1.000000] [    C0] hello"), "hello", "space between timestamp and caller id");
	is_str(li.ctx, "C0", "CPU context");
	is_str(norm("<4>[  1.5] WARNING: CPU: 0 PID: 1 at x.c:1 f+0x1/0x2"),
	    "WARNING: CPU: 0 PID: 1 at x.c:1 f+0x1/0x2", "level and timestamp");
	ok(li.level == 4, "level kept");
	is_str(norm("Mar 10 12:00:00 host kernel: [ 5.0] Oops: 0002 [#1] SMP"), "Oops: 0002 [#1] SMP",
	    "syslog prefix");
	ok(li.channel == KT_CH_KERNEL, "kernel syslog line is kernel channel");
	norm("Mar 10 12:00:00 host openvpn[123]: WARNING: something");
	ok(li.channel == KT_CH_USER, "other programs' syslog lines are not kernel lines");
	is_str(norm("Sep 21 17:06:49 kernel: Internal error: Oops: 96000044 [#1] SMP"),
	    "Internal error: Oops: 96000044 [#1] SMP", "journal prefix without host");
	is_str(norm("kern  :warn  : [    0.1] WARNING: mm/memblock.c:904 at f+0x1/0x2"),
	    "WARNING: mm/memblock.c:904 at f+0x1/0x2", "dmesg -x prefix");
	ok(li.level == 4, "dmesg -x level");
	norm("user  :warn  : [  1.0] WARNING: lkp next download broken!");
	ok(li.channel == KT_CH_USER, "dmesg -x user facility is not the kernel");
	is_str(norm("2024-03-01T10:11:12.123456Z [    3.1] kernel BUG at mm/rmap.c:1306!"),
	    "kernel BUG at mm/rmap.c:1306!", "CI ISO timestamp");
	is_str(norm("(XEN) [ 3423.961389] Domain 24 (vcpu#1) crashed on cpu#5:"),
	    "Domain 24 (vcpu#1) crashed on cpu#5:", "Xen marker and time");
	ok(li.channel == KT_CH_XEN, "Xen channel");
	is_str(li.ctx, "XEN", "Xen context");
	is_str(norm("(d1v0) [    0.1] Linux version 6.1.0"), "Linux version 6.1.0", "guest marker");
	is_str(li.ctx, "d1v0", "guest context");
	is_str(norm("> > >>> status: 0000000200000100 badaddr: ffffffda23b0d000 cause: 000000000000000c"),
	    "status: 0000000200000100 badaddr: ffffffda23b0d000 cause: 000000000000000c", "mail quoting");
	ok(li.quote == 5, "quote depth counted");
	is_str(normn("\033[1;31mBUG:\033[0m x\x07y\x00z", 22), "BUG: xyz", "escapes, controls and NUL dropped");
	is_str(norm("a\033]52;c;ZXZpbA==\007b"), "ab", "OSC 52 dropped");
	is_str(norm("bad \xff\xfe utf8"), "bad \xef\xbf\xbd\xef\xbf\xbd utf8", "invalid UTF-8 replaced");
	is_str(norm("bidi \xe2\x80\xae rev"), "bidi  rev", "BiDi override dropped");
	is_str(norm("    pc: c000000000004400: exc_virt_0x4400_instruction_access+0x0/0x80   "),
	    "    pc: c000000000004400: exc_virt_0x4400_instruction_access+0x0/0x80",
	    "indentation kept, trailing blanks dropped");

	/* dmesg's other clocks keep a time, as the printk stamp does */
	is_str(norm("[Mon Dec 17 12:01:07 2022] BUG: x"), "BUG: x", "dmesg -T stamp");
	ok(li.has_time && li.time > 0, "dmesg -T: a time");
	is_str(norm("[Dec17 12:01] BUG: x"), "BUG: x", "dmesg -H absolute stamp");
	ok(li.has_time && !li.time_rel, "dmesg -H: an absolute time");
	is_str(norm("[  +0.000123] BUG: x"), "BUG: x", "dmesg -H delta");
	ok(li.has_time && li.time_rel && li.time > 0.0001229 && li.time < 0.0001231, "dmesg -H: a delta");
	is_str(norm("[    1.234567 <    0.000123>] BUG: x"), "BUG: x", "dmesg -d stamp");
	ok(li.has_time && !li.time_rel && li.time > 1.2345 && li.time < 1.2346, "dmesg -d: the time, not the delta");
	is_str(norm("[ ] BUG: x"), "BUG: x", "blanked stamp");
	ok(li.has_time && li.time_rel && li.time == 0, "blanked stamp: the time goes on");
	is_str(norm("2022-12-17T12:01:07,500000+00:00 BUG: x"), "BUG: x", "dmesg --time-format iso");
	ok(li.has_time && li.time - (long)li.time > 0.49 && li.time - (long)li.time < 0.51, "iso: the fraction read");
	is_str(norm("kern  :err   : [Mon Dec 17 12:01:07 2022] BUG: x"), "BUG: x", "dmesg -x -T");
	ok(li.level == 3 && li.has_time, "dmesg -x -T: level and time");
	is_str(norm("[  123.456789] host kernel: BUG: x"), "BUG: x", "journalctl -o short-monotonic");
	is_str(norm("1671278467.123456 host kernel: BUG: x"), "BUG: x", "journalctl -o short-unix");
	is_str(norm("Sat 2022-12-17 12:01:07 UTC host kernel: BUG: x"), "BUG: x", "journalctl -o short-full");
	is_str(norm("2022-12-17T12:01:07.030390Z 01E+BUG: x"), "BUG: x", "GitLab raw log, a continued line");
	is_str(norm("2022-12-17T12:01:07.030390Z 00O BUG: x"), "BUG: x", "GitLab raw log");
	is_str(norm("[2022-12-17T12:01:07.030Z] BUG: x"), "BUG: x", "Jenkins timestamper");
	ok(!li.has_time, "a CI's clock is not the kernel's");
	is_str(norm("12:01:07 BUG: x"), "BUG: x", "a time of day alone");

	/* the reader adds a delta to the time of the line before */
	{
		struct collect_time ct = { 0 };

		kt_lines_init(&r, 0, collect_time, &ct);
		kt_lines_feed(&r, "[Dec17 12:01] a\n[  +1.500000] b\n[ ] c\n[  +0.250000] d\n", 54);
		kt_lines_finish(&r);
		ok(ct.n == 4 && ct.t[1] - ct.t[0] == 1.5 && ct.t[2] == ct.t[1] && ct.t[3] - ct.t[0] == 1.75,
		    "deltas and blanked stamps go on from the time before");
		kt_lines_release(&r);
	}

	/* a line waits for the next only within a block: a console read as it
	 * comes gets each line when its block ends, but a cut one (lines.c
	 * settle) */
	{
		struct collect cw = { 0 };
		const char *a = "[    1.000000] WARNING: CPU: 1 PID: 2 at\n";
		const char *b = "mm/gup.c:12 gup_fast+0x1/0x2\n---[ end trace 0 ]---\n";

		kt_lines_init(&r, 0, collect, &cw);
		kt_lines_feed(&r, "[    0.500000] a b.\n[    0.600000] c d.\n", 40);
		ok(cw.n == 2, "each line of a block is handed out when the block ends (%d)", cw.n);
		kt_lines_feed(&r, a, strlen(a));
		ok(cw.n == 2, "a header cut by mail waits for the next block");
		kt_lines_feed(&r, b, strlen(b));
		ok(cw.n == 4, "the cut header and the line after it, once the next block came (%d)", cw.n);
		is_str(cw.text[2], "3:WARNING: CPU: 1 PID: 2 at mm/gup.c:12 gup_fast+0x1/0x2", "joined across blocks");
		/* (a timestamped line of 20 to 80 bytes would be: a possible mail cut) */
		is_str(cw.text[3], "5:---[ end trace 0 ]---", "the block's last line is not held");
		kt_lines_finish(&r);
		kt_lines_release(&r);
	}

	kt_lines_init(&r, 8, collect, &c);
	kt_lines_feed(&r, "one\r\ntwo\rthree\nfour-is-long", 28);
	kt_lines_feed(&r, "er\r", 3);
	kt_lines_feed(&r, "\nfive", 5);
	kt_lines_finish(&r);
	ok(c.n == 5, "CRLF, bare CR and split CRLF end lines (%d lines)", c.n);
	is_str(c.text[1], "2:two", "line after CRLF");
	is_str(c.text[2], "2:three", "text after a bare CR: same line number (grep -n)");
	is_str(c.text[3], "3:four-is-", "long line cut at max_line");
	ok(r.long_lines == 1, "cut line counted");
	is_str(c.text[4], "4:five", "last line without newline");
	kt_lines_release(&r);
	strbuf_release(&out);
	return tap_done();
}
