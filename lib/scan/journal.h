/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * journal: the kernel's lines inside systemd journal output that carries
 * each entry's fields, not just its text:
 *
 *  - journalctl -o json (and json-seq, json-sse): one JSON object per line,
 *    the text in "MESSAGE", the printk time in "_SOURCE_MONOTONIC_TIMESTAMP";
 *  - journalctl -o export and -o verbose: one "KEY=value" line per field
 *    (indented under an entry header in verbose), entries apart by a blank
 *    line in export.
 *
 * A line is a journal field only by its own shape (a known field name and
 * "="), so the result never depends on lines the scanner's skim passed
 * over; what an entry said before its MESSAGE (SYSLOG_IDENTIFIER: not the
 * kernel's) is kept until the entry ends.
 *
 * Ownership: struct kt_journal owns msg; kt_journal_release() frees it.
 */
#ifndef KT_JOURNAL_H
#define KT_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

enum kt_journal_kind {
	KT_JOURNAL_NONE,	/* not journal output: the line as it is */
	KT_JOURNAL_FIELD,	/* a field other than the message: no line of the log */
	KT_JOURNAL_MESSAGE,	/* msg holds the entry's text */
};

struct kt_journal {
	struct strbuf msg;	/* the message of the last KT_JOURNAL_MESSAGE line */
	bool user;		/* that message is not the kernel's */
	bool has_time;
	double time;		/* its printk time, in seconds */
	/* what the fields read since the last message said of the next one */
	bool entry_user;	/* another program's (SYSLOG_IDENTIFIER, _TRANSPORT) */
	bool field_has_time;
	double field_time;
	bool in_entry;		/* the last line was a field of export or verbose output */
};

void kt_journal_init(struct kt_journal *j);
enum kt_journal_kind kt_journal_line(struct kt_journal *j, const char *raw, size_t len);
void kt_journal_release(struct kt_journal *j);

#endif
