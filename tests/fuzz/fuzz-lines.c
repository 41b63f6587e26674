/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-lines: the line normaliser.  The input is fed to kt_lines_feed in
 * chunks whose sizes come from the input itself (so CR/LF and UTF-8
 * sequences are split at every possible place), and each whole line is also
 * passed to kt_line_normalise and kt_clean_text directly.  Every line
 * handed out must be valid UTF-8 without control characters, at most
 * max_line bytes of input.
 */
#include <stdint.h>

#include "common.h"
#include "lines.h"
#include "strbuf.h"

struct st {
	size_t max_line;
	unsigned long last_lineno;
};

static int
on_line(const struct kt_lineinfo *li, void *arg)
{
	struct st *st = arg;

	FUZZ_CHECK(strlen(li->text) == li->len, "len matches text");
	FUZZ_CHECK(utf8_valid(li->text, li->len), "line is valid UTF-8");
	FUZZ_CHECK(!unsafe_for_tty(li->text, li->len, false), "line has no control characters");
	FUZZ_CHECK(li->lineno >= st->last_lineno, "line numbers never go back");
	FUZZ_CHECK(memchr(li->ctx, 0, sizeof(li->ctx)) != NULL, "ctx terminated");
	FUZZ_CHECK(memchr(li->caller, 0, sizeof(li->caller)) != NULL, "caller terminated");
	FUZZ_CHECK(li->level >= -1 && li->level <= 7, "level range");
	/* the cleaned text may grow (U+FFFD for each bad byte) but is bounded */
	FUZZ_CHECK(li->len <= 3 * st->max_line + 16, "line bounded by max_line");
	st->last_lineno = li->lineno;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kt_line_reader r;
	struct st st = { 0, 0 };
	struct strbuf out = STRBUF_INIT;
	struct kt_lineinfo li;
	size_t chunk, off = 0;

	if (size < 2)
		return 0;
	st.max_line = 16 + data[0] * 4;	/* small limits reach the cut paths */
	chunk = 1 + data[1] % 64;
	data += 2, size -= 2;

	kt_lines_init(&r, st.max_line, on_line, &st);
	while (off < size) {
		size_t n = size - off < chunk ? size - off : chunk;

		kt_lines_feed(&r, (const char *)data + off, n);
		off += n;
		chunk = 1 + (chunk * 7 + 3) % 97;
	}
	kt_lines_finish(&r);
	kt_lines_release(&r);

	/* the whole input as one raw line, and through kt_clean_text */
	memset(&li, 0, sizeof(li));
	kt_line_normalise((const char *)data, size, &out, &li);
	FUZZ_CHECK(utf8_valid(out.buf ? out.buf : "", out.len), "normalised line is valid UTF-8");
	FUZZ_CHECK(!unsafe_for_tty(out.buf ? out.buf : "", out.len, false), "normalised line is clean");
	strbuf_reset(&out);
	kt_clean_text(&out, (const char *)data, size);
	FUZZ_CHECK(utf8_valid(out.buf ? out.buf : "", out.len), "clean_text is valid UTF-8");
	FUZZ_CHECK(!unsafe_for_tty(out.buf ? out.buf : "", out.len, false), "clean_text is clean");
	strbuf_release(&out);
	return 0;
}
