/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <stdlib.h>

#include "strbuf.h"
#include "tap.h"

int
main(void)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;
	size_t len;

	ok(sb.buf != NULL && sb.len == 0 && sb.buf[0] == '\0', "initial strbuf is empty and NUL-terminated");
	strbuf_addstr(&sb, "abc");
	strbuf_addch(&sb, 'd');
	strbuf_addf(&sb, "-%d-%s", 42, "x");
	is_str(sb.buf, "abcd-42-x", "add, addch and addf append");
	for (int i = 0; i < 1000; i++)
		strbuf_addf(&sb, "%04d", i);
	ok(sb.len == 9 + 4000 && sb.buf[sb.len] == '\0', "growth keeps length and terminator");
	strbuf_setlen(&sb, 3);
	is_str(sb.buf, "abc", "setlen shortens");
	strbuf_addstr(&sb, "  \t\n");
	strbuf_rtrim(&sb);
	is_str(sb.buf, "abc", "rtrim removes trailing blanks");
	s = strbuf_detach(&sb, &len);
	ok(len == 3 && !strcmp(s, "abc"), "detach hands over the buffer");
	ok(sb.buf != NULL && sb.len == 0, "detached strbuf is empty again");
	free(s);
	strbuf_reset(&sb);
	ok(sb.buf[0] == '\0', "reset of an empty strbuf is safe");
	strbuf_release(&sb);
	strbuf_add_path(&sb, "sigs//", "a.sig");
	is_str(sb.buf, "sigs/a.sig", "path: trailing slashes of the folder make one");
	strbuf_reset(&sb);
	strbuf_add_path(&sb, "/", "etc");
	is_str(sb.buf, "/etc", "path: the root folder");
	strbuf_reset(&sb);
	strbuf_add_path(&sb, "logs", "x.log");
	is_str(sb.buf, "logs/x.log", "path: a folder without slash");
	strbuf_release(&sb);
	return tap_done();
}
