/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * history: an SQLite store of what was triaged (opt-in: scan --record), so
 * "ktriage history" can answer how often, since when.  Safe when many
 * processes record at once: WAL mode, busy timeouts, one transaction per
 * run.  A file that is not a ktriage history is never overwritten.
 */
#ifndef KT_HISTORY_H
#define KT_HISTORY_H

#include <stddef.h>

#include "ktriage.h"

struct kt_history_entry {
	const char *fingerprint;
	const char *title;
	const char *kind;
	const char *signature;	/* id of the best match, or NULL for an unknown crash */
	const char *source;	/* the input's label (scan --label, or the file name) */
};

/* The default file: $XDG_STATE_HOME/ktriage/history.db (~/.local/state/...).
 * Returns a malloc'ed path, or NULL if neither variable nor HOME is set. */
char *kt_history_default_path(void);

/* Append n entries, all stamped with time when (seconds since the epoch),
 * in one transaction; creates the file and its directory if needed. */
int kt_history_record(const char *path, const struct kt_history_entry *e, size_t n,
    long long when, struct kt_error *err);

/*
 * Reading: group the records made at or after q->since (of one signature,
 * or KT_HISTORY_UNKNOWN for the crashes none matched, when q->signature is
 * set) by signature or by fingerprint; most frequent first.  *rows is
 * malloc'ed (kt_history_rows_free); tot, if not NULL, counts the runs.
 * A missing file is an error, never created.
 */
enum kt_history_by { KT_HISTORY_BY_SIGNATURE, KT_HISTORY_BY_FINGERPRINT };

#define KT_HISTORY_UNKNOWN "unknown"	/* kt_history_query.signature: crashes no signature matched */

struct kt_history_query {
	enum kt_history_by by;
	long long since;	/* only records made at or after this time; LLONG_MIN for all */
	const char *signature;	/* only this signature id (or KT_HISTORY_UNKNOWN), NULL for all */
};

struct kt_history_row {
	char *signature;	/* id of the signature matched, NULL for unknown crashes */
	char *fingerprint;	/* by fingerprint: the fingerprint; by signature: NULL */
	char *title, *kind, *source;	/* of the group's latest record */
	unsigned long long count;	/* records */
	unsigned long long fingerprints;	/* distinct fingerprints among them */
	long long first_seen, last_seen;
};

struct kt_history_totals {
	unsigned long long runs;	/* recorded runs since q->since, with or without crashes */
	long long first_run, last_run;	/* their times; 0 when runs is 0 */
};

int kt_history_query(const char *path, const struct kt_history_query *q,
    struct kt_history_row **rows, size_t *nrows, struct kt_history_totals *tot,
    struct kt_error *err);
void kt_history_rows_free(struct kt_history_row *rows, size_t n);

#endif
