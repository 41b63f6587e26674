/* SPDX-License-Identifier: GPL-2.0-or-later */
/* file: safe creation and reading of ktriage's own files (file.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "file.h"
#include "strbuf.h"
#include "util.h"

int
kt_tmp_create(const char *path, mode_t mode, char **tmp, struct kt_error *err)
{
	static const char alnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	struct strbuf name = STRBUF_INIT;

	/* not mkstemp: that is always 0600, and outputs the user names follow the umask */
	for (unsigned attempt = 0; attempt < 100; attempt++) {
		unsigned char rnd[8];
		int fd;

		if (getrandom(rnd, sizeof(rnd), 0) != (ssize_t)sizeof(rnd))
			for (size_t i = 0; i < sizeof(rnd); i++)
				rnd[i] = (unsigned char)(rand() ^ getpid() ^ attempt);
		strbuf_reset(&name);
		if (slash)
			strbuf_add(&name, path, (size_t)(base - path));
		strbuf_addf(&name, ".%s.", base);
		for (size_t i = 0; i < sizeof(rnd); i++)
			strbuf_addch(&name, alnum[rnd[i] % (sizeof(alnum) - 1)]);
		fd = open(name.buf, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
		if (fd >= 0) {
			*tmp = strbuf_detach(&name, NULL);
			return fd;
		}
		if (errno != EEXIST)
			break;
	}
	kt_fail(err, KT_EIO, "%s: cannot create a temporary file next to it: %s", path,
	    strerror(errno));
	strbuf_release(&name);
	*tmp = NULL;
	return -1;
}

static void
fsync_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

int
kt_tmp_commit(const char *tmp, const char *path, struct kt_error *err)
{
	if (rename(tmp, path)) {
		kt_fail(err, KT_EIO, "%s: cannot rename into place: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	fsync_parent(path);
	return 0;
}

int
kt_write_file(const char *path, const void *data, size_t len, mode_t mode, struct kt_error *err)
{
	const char *p = data;
	char *tmp;
	int fd = kt_tmp_create(path, mode, &tmp, err);
	size_t done = 0;

	if (fd < 0)
		return -1;
	while (done < len) {
		ssize_t w = write(fd, p + done, len - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		done += (size_t)w;
	}
	if (done < len || fsync(fd) || close(fd)) {
		kt_fail(err, KT_EIO, "%s: cannot write: %s", path, strerror(errno));
		if (done < len)
			close(fd);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	fd = kt_tmp_commit(tmp, path, err);
	free(tmp);
	return fd;
}

char *
kt_read_file_nofollow(const char *path, size_t max, size_t *len, struct kt_error *err)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	struct stat st;
	char *buf;
	size_t n = 0;

	if (fd < 0) {
		if (errno == ELOOP)
			kt_fail(err, KT_EIO, "%s: is a symbolic link, not following it", path);
		else
			kt_fail(err, KT_EIO, "%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		kt_fail(err, KT_EIO, "%s: not a regular file", path);
		return NULL;
	}
	buf = xmalloc(max + 1);
	while (n <= max) {
		ssize_t r = read(fd, buf + n, max + 1 - n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			kt_fail(err, KT_EIO, "%s: cannot read: %s", path, strerror(errno));
			close(fd);
			free(buf);
			return NULL;
		}
		if (!r)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (n > max) {
		free(buf);
		kt_fail(err, KT_EIO, "%s: larger than %zu bytes", path, max);
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

char *
kt_path_resolve_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
	char *real = realpath(dir, NULL);
	struct strbuf out = STRBUF_INIT;

	free(dir);
	if (!real)
		return xstrdup(path);
	strbuf_addf(&out, "%s/%s", strcmp(real, "/") ? real : "", slash ? slash + 1 : path);
	free(real);
	return strbuf_detach(&out, NULL);
}

int
kt_mkdir_private(const char *dir, struct kt_error *err)
{
	char *copy = xstrdup(dir);
	struct stat st;

	for (char *p = copy + 1;; p++) {
		char c = *p;

		if (c && c != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) && errno != EEXIST) {
			kt_fail(err, KT_EIO, "cannot create directory %s: %s", copy, strerror(errno));
			free(copy);
			return -1;
		}
		*p = c;
		if (!c)
			break;
	}
	free(copy);
	if (stat(dir, &st) || !S_ISDIR(st.st_mode))
		return kt_fail(err, KT_EIO, "%s: not a directory", dir);
	return 0;
}
