/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-bisectlog: the "git bisect log" parser of "ktriage bisect annotate"
 * (lib/bisect/bisectlog.h).  The parser cuts the text into lines in place (and
 * trims trailing blanks); every commit it returns must be a lower-case hex id of
 * 7 or more digits, and the first bad commit must be one of them.
 */
#include <stdint.h>

#include "common.h"
#include "bisectlog.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct blog log;

	memcpy(text, data, size);
	text[size] = '\0';
	memset(&log, 0, sizeof(log));
	parse_bisect_log(&log, text);
	FUZZ_CHECK(log.first_bad >= -1 && log.first_bad < (long)log.n, "first_bad index");
	for (size_t i = 0; i < log.n; i++) {
		const struct bcommit *c = &log.c[i];

		FUZZ_CHECK(strlen(c->sha) >= 7, "sha length");
		FUZZ_CHECK(strspn(c->sha, "0123456789abcdef") == strlen(c->sha), "sha is lower-case hex");
		FUZZ_CHECK(c->mark <= MARK_SKIP, "mark");
		touch_str(mark_names[c->mark]);
		touch_str(c->subject);
	}
	touch_str(log.term_bad);
	touch_str(log.term_good);
	free_blog(&log);
	free(text);
	return 0;
}
