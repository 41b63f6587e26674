/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * file: how ktriage creates and reads its own files safely.
 *
 * A file is never written in place or under a predictable temporary name:
 * it is built in a new file of a random name in the same directory, created
 * with O_CREAT|O_EXCL|O_NOFOLLOW (so a symbolic link or a file planted
 * there is never written through), and renamed over the final name, which
 * replaces a symbolic link there rather than following it.  Files read from
 * ktriage's own data directories are opened with O_NOFOLLOW.  Directories
 * it creates are 0700, as the XDG base directory specification asks.
 * Errors fill a struct kt_error; nothing here prints.
 */
#ifndef KT_FILE_H
#define KT_FILE_H

#include <stddef.h>
#include <sys/types.h>

#include "ktriage.h"

#define KT_MODE_PRIVATE 0600	/* files in ktriage's data and state directories */
#define KT_MODE_PUBLIC 0666	/* files the user names (compile -o, publish): umask applies */

/*
 * Create a new empty file next to path (".NAME.XXXXXX" in its directory)
 * with mode (the umask applies).  Returns an open read-write descriptor and
 * the name in *tmp (malloc'ed), or -1 with err.
 */
int kt_tmp_create(const char *path, mode_t mode, char **tmp, struct kt_error *err);

/* Rename tmp over path and sync the directory; on failure tmp is removed. */
int kt_tmp_commit(const char *tmp, const char *path, struct kt_error *err);

/* Write len bytes of data as path through kt_tmp_create and kt_tmp_commit. */
int kt_write_file(const char *path, const void *data, size_t len, mode_t mode,
    struct kt_error *err);

/*
 * Read a whole regular file of at most max bytes, never through a symbolic
 * link (a link is an error saying so).  Returns the bytes, NUL-terminated
 * (malloc'ed), with *len set, or NULL with err.
 */
char *kt_read_file_nofollow(const char *path, size_t max, size_t *len, struct kt_error *err);

/*
 * path with its directory part resolved (realpath) and its last component
 * kept: for SQLITE_OPEN_NOFOLLOW, which refuses a symbolic link anywhere in
 * the path, where only the file itself must not be one.  Malloc'ed; a copy
 * of path when the directory cannot be resolved.
 */
char *kt_path_resolve_dir(const char *path);

/* mkdir -p: every directory it creates gets mode 0700; existing ones stay as they are. */
int kt_mkdir_private(const char *dir, struct kt_error *err);

#endif
