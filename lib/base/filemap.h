/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * filemap: a regular file's bytes as one read-only mapping, so that a large
 * log is scanned where the page cache holds it instead of being copied by
 * read(2) first (a third of a clean log's time went to that copy).
 *
 * A file truncated while it is mapped (logrotate's copytruncate, a log
 * rewritten in place) would kill the process with SIGBUS at the first byte
 * past its new end.  A guard catches that fault: it maps zero pages over the
 * rest of the mapping, marks the map shrunk and lets the read go on; the
 * reader checks kt_filemap_shrank() after each block and reports the error.
 * Faults outside a guarded map go to the handler there was before.
 *
 * Ownership: kt_filemap_open() returns a map that the caller frees with
 * kt_filemap_close(); its bytes stay valid until then.  Thread-safe: each
 * map belongs to one thread, the guard serves them all.
 */
#ifndef KT_FILEMAP_H
#define KT_FILEMAP_H

#include <stdbool.h>
#include <stddef.h>

struct kt_filemap;

/*
 * Map the regular file open on fd, its size now, if it is at least
 * min_size bytes.  NULL when it is not a regular file, is smaller, or
 * cannot be mapped: read it instead (nothing is reported).
 */
struct kt_filemap *kt_filemap_open(int fd, size_t min_size);

const char *kt_filemap_data(const struct kt_filemap *m);
size_t kt_filemap_size(const struct kt_filemap *m);

/* Did the file end before the mapping did?  Bytes read past its new end are 0. */
bool kt_filemap_shrank(const struct kt_filemap *m);

/* Done with [off, off + len): its pages leave the process's resident set
 * (they stay in the page cache), so memory does not grow with the file. */
void kt_filemap_drop(struct kt_filemap *m, size_t off, size_t len);

void kt_filemap_close(struct kt_filemap *m);

#endif
