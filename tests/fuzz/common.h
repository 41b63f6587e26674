/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * common.h - shared by the libFuzzer harnesses of tests/fuzz.
 *
 * touch_report() reads every field of a report, so that ASan sees any
 * dangling or unterminated string; utf8_valid() is a strict UTF-8 check
 * (no overlongs, no surrogates, nothing above U+10FFFF); unsafe_for_tty()
 * finds what must never reach a terminal raw: ESC, BEL, other C0 controls
 * but tab and newline, DEL, C1 controls (U+0080-U+009F) and the BiDi
 * controls U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C.
 */
#ifndef KT_FUZZ_COMMON_H
#define KT_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ktriage.h"

#define FUZZ_CHECK(cond, what) do { \
	if (!(cond)) { \
		fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", what, __FILE__, __LINE__); \
		abort(); \
	} \
} while (0)

static volatile size_t fuzz_sink;

static inline void
touch_str(const char *s)
{
	if (s)
		fuzz_sink += strlen(s);
}

/* Strict UTF-8; returns the offset of the first bad byte, or (size_t)-1. */
static inline size_t
utf8_bad_at(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i], need, min, cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			need = 1, min = 0x80, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			need = 2, min = 0x800, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			need = 3, min = 0x10000, cp = c & 0x07;
		else
			return i;
		if (i + need >= n)
			return i;
		for (unsigned k = 1; k <= need; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return i;
		i += need + 1;
	}
	return (size_t)-1;
}

static inline bool
utf8_valid(const char *s, size_t n)
{
	return utf8_bad_at((const unsigned char *)s, n) == (size_t)-1;
}

/* Valid UTF-8 assumed.  allow_nl: newline and tab are fine (multi-line outputs). */
static inline bool
unsafe_for_tty(const char *s, size_t n, bool allow_nl)
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t i = 0; i < n; i++) {
		if (p[i] < 0x20 || p[i] == 0x7f) {
			if (allow_nl && (p[i] == '\n' || p[i] == '\t'))
				continue;
			return true;
		}
		if (p[i] == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9f)
			return true;	/* C1 */
		if (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x80 &&
		    ((p[i + 2] >= 0xaa && p[i + 2] <= 0xae) || p[i + 2] == 0x8e || p[i + 2] == 0x8f))
			return true;	/* U+202A-E, U+200E, U+200F */
		if (p[i] == 0xe2 && i + 2 < n && p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9)
			return true;	/* U+2066-9 */
		if (p[i] == 0xd8 && i + 1 < n && p[i + 1] == 0x9c)
			return true;	/* U+061C */
	}
	return false;
}

static inline void
check_clean_str(const char *s, const char *what)
{
	if (!s)
		return;
	if (!utf8_valid(s, strlen(s)) || unsafe_for_tty(s, strlen(s), false)) {
		fprintf(stderr, "%s is not clean: \"", what);
		for (const unsigned char *p = (const unsigned char *)s; *p; p++)
			fprintf(stderr, *p < 0x20 || *p >= 0x7f ? "\\x%02x" : "%c", *p);
		fprintf(stderr, "\"\n");
		abort();
	}
}

/* Read every field; every string the library hands out must be clean. */
static inline void
touch_report(const struct kt_report *r)
{
	touch_str(r->source);
	check_clean_str(r->kind, "kind");
	check_clean_str(r->title, "title");
	check_clean_str(r->header, "header");
	check_clean_str(r->guilty, "guilty");
	check_clean_str(r->arch, "arch");
	check_clean_str(r->release, "release");
	check_clean_str(r->hardware, "hardware");
	check_clean_str(r->platform, "platform");
	check_clean_str(r->mmu, "mmu");
	check_clean_str(r->comm, "comm");
	check_clean_str(r->taint, "taint");
	check_clean_str(r->fault_address, "fault_address");
	check_clean_str(r->pc, "pc");
	check_clean_str(r->lr, "lr");
	check_clean_str(r->trap, "trap");
	check_clean_str(r->caller, "caller");
	touch_str(r->truncated_reason);
	touch_str(r->corrupted_reason);
	touch_str(kt_access_name(r->access));
	FUZZ_CHECK(strlen(r->fingerprint) == 16, "fingerprint length");
	FUZZ_CHECK(r->first_line <= r->last_line, "first_line <= last_line");
	for (size_t i = 0; i < r->nframes; i++) {
		check_clean_str(r->frames[i].function, "frame function");
		check_clean_str(r->frames[i].address, "frame address");
		check_clean_str(r->frames[i].module, "frame module");
		fuzz_sink += (size_t)r->frames[i].offset + (size_t)r->frames[i].size + r->frames[i].reliable;
	}
	for (size_t i = 0; i < r->nmodules; i++)
		check_clean_str(r->modules[i], "module");
	for (size_t i = 0; i < r->nlines; i++) {
		check_clean_str(r->lines[i].text, "report line");
		fuzz_sink += r->lines[i].lineno;
	}
	for (size_t i = 0; i < r->ncontext; i++) {
		check_clean_str(r->context[i].text, "context line");
		fuzz_sink += r->context[i].lineno;
	}
	fuzz_sink += (size_t)r->cpu + (size_t)r->pid + r->index + r->primary + r->panicked +
	    r->truncated + r->corrupted;
}

#endif
