/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * lines: split a byte stream into lines and normalise each one.
 *
 * A line ends at "\n", "\r\n" or a bare "\r".  Line numbers count "\n" only,
 * as grep -n and editors do: text split off at a bare "\r" (serial
 * consoles, firmware progress output) shares the number of the "\n" line it
 * is part of.  Each line is cleaned (NUL
 * bytes, ANSI escape sequences, other control characters and BiDi controls
 * dropped, invalid UTF-8 replaced by U+FFFD, cut at max_line bytes) and the
 * prefixes that wrap kernel lines are stripped and kept as fields: e-mail
 * quoting, CI/ISO timestamps, syslog/journal prefixes, dmesg -x facility and
 * level, <N> levels, printk timestamps and caller ids, the Xen "(XEN)" and
 * "(dNvN)" markers.
 *
 * A prefix that a logger or CI tool put on every line of a block (bracketed
 * fields that are not the kernel's own) is stripped once two consecutive
 * lines show the same shape of it, whatever the tool.
 *
 * A line that a mail client wrapped (lib/formats: struct wrap_form) is
 * delivered once, joined with its continuation, under its own number.
 *
 * The struct kt_lineinfo passed to the callback is valid only during the
 * call; its text is NUL-terminated.
 */
#ifndef KT_LINES_H
#define KT_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "journal.h"
#include "strbuf.h"

struct wrap_form;

enum kt_channel {
	KT_CH_KERNEL,	/* kernel console / dmesg */
	KT_CH_XEN,	/* Xen hypervisor console, "(XEN) " */
	KT_CH_GUEST,	/* a guest's console relayed by Xen, "(d1v0) " */
	KT_CH_USER,	/* not the kernel: syslog of another program, dmesg -x user facility */
};

struct kt_lineinfo {
	unsigned long lineno;
	unsigned long seq;	/* lineno less the journal fields before it: a position
				 * among the log's own lines, for distances */
	const char *text;	/* body after the prefixes, trailing blanks removed */
	size_t len;
	enum kt_channel channel;
	char ctx[24];		/* demultiplexing key: caller id, guest marker or "XEN"; "" unknown */
	char caller[16];	/* printk caller id ("T347", "C0"), "" if none */
	int level;		/* printk level 0-7, -1 if not printed */
	bool has_time;
	double time;		/* printk timestamp in seconds */
	bool time_rel;		/* time is a delta to the line before (dmesg -H, -d) */
	int quote;		/* e-mail quote depth */
	bool cut;		/* the line was longer than max_line */
	bool soft_break;	/* it ended in a blank (trimmed): a mail client's flowed break */
	bool stamped;		/* a program's own prefix (CI time, syslog, journal, a logger's)
				 * was stripped: a line when that program wrote it, so no
				 * piece of a line a mail client cut later */
	size_t raw_len;		/* bytes of the line as read, prefixes included (a mail
				 * client's wrap width counts them) */
	unsigned pieces;	/* lines of the log it was joined from (1 when not) */
	bool plain;		/* its bytes hold no skim string (the caller said so:
				 * kt_line_reader.feed_plain): it cannot be a header */
};

typedef int (*kt_line_fn)(const struct kt_lineinfo *li, void *arg);

struct kt_line_reader {
	struct strbuf raw;	/* bytes of the current line, at most max_line */
	struct strbuf clean;	/* normalised current line */
	size_t max_line;
	bool pending_cr;
	bool cut;
	unsigned long lineno;
	unsigned long long_lines;
	kt_line_fn fn;
	void *arg;
	/* When set: every line as read (before any prefix is stripped), with
	 * its number, before it is normalised and delivered to fn. */
	void (*raw_fn)(unsigned long lineno, const char *raw, size_t len, void *arg);
	/* A line cut by a mail client, held back until the next line shows
	 * whether it continues there (struct wrap_form); held_li.text points
	 * into held while it is delivered. */
	const struct wrap_form *wrap;
	struct strbuf held;
	struct kt_lineinfo held_li;
	size_t held_piece;	/* raw_len of the held line's last piece */
	bool next;		/* held is instead the line delivered last, not yet
				 * asked whether it was cut (lines.c settle) */
	/* A logger's own prefix on every line of a block ("[13:20:20.389][Moby
	 * ][Info ] "): the shape of the last line's (digits as 9), and a line
	 * whose prefix is not yet known to repeat, held raw until the next. */
	struct strbuf prefix_shape;
	struct strbuf pend_raw;
	size_t pend_prefix;
	unsigned long pend_lineno;
	bool pending, pend_cut;
	struct kt_journal journal;	/* journalctl's json, export and verbose entries */
	unsigned long hidden;		/* journal field lines so far (no lines of the log) */
	double last_time;	/* the last line's time, for dmesg's deltas */
	/* Set by the caller before kt_lines_feed(): no byte fed holds a skim
	 * string (skim.h) or ends one begun before.  A line all of whose bytes
	 * were fed so, read straight (no journal entry, no join), is plain. */
	bool feed_plain;
	bool raw_plain, pend_plain;	/* of the current and of the pending raw line */
};

void kt_lines_init(struct kt_line_reader *r, size_t max_line, kt_line_fn fn, void *arg);
int kt_lines_feed(struct kt_line_reader *r, const char *data, size_t len);
int kt_lines_finish(struct kt_line_reader *r);
void kt_lines_release(struct kt_line_reader *r);

/* Normalise one raw line into li (exposed for tests and fuzzing). */
void kt_line_normalise(const char *raw, size_t len, struct strbuf *out,
    struct kt_lineinfo *li);
/* Whether s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
bool kt_utf8_valid(const char *s, size_t len);
/* Append s to out as valid, control-free UTF-8 (used by outputs too). */
void kt_clean_text(struct strbuf *out, const char *s, size_t len);

#endif
