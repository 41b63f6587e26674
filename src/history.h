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

#endif
