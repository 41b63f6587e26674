/*
 * input: read a log from a file, stdin or an http(s) URL, decompressing
 * gzip and zstd streams detected by their magic bytes.  Reads are streamed
 * in fixed-size blocks: memory does not depend on the size of the input.
 * A URL body arrives on a descriptor fed by net.c's transfer thread; when it
 * ends, the transfer's result decides between end of input and an error
 * (HTTP status, timeout, body cut short), so a cut download never looks
 * like a complete log.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include "ktriage.h"
#include "net.h"
#include "util.h"

#define INBUF 65536
#define SCANBUF (1 << 20)

enum codec { CODEC_NONE, CODEC_GZIP, CODEC_ZSTD };

struct kt_input {
	char *name;
	int fd;
	bool close_fd;
	struct kt_fetch *fetch;	/* URL inputs: the transfer feeding fd */
	enum codec codec;
	unsigned char *buf;	/* raw bytes read from fd */
	size_t have, pos;
	bool eof;
	z_stream zs;
	bool zs_init, z_end;
	ZSTD_DCtx *zd;
	size_t zstd_last;	/* last ZSTD_decompressStream hint: 0 = frame complete */
};

/* Fill err with "name: what: why" (why may be NULL). */
static void
set_err(struct kt_error *err, int code, const char *name, const char *what, const char *why)
{
	if (!err)
		return;
	err->code = code;
	snprintf(err->msg, sizeof(err->msg), "%s: %s%s%s", name, what,
	    why ? ": " : "", why ? why : "");
}

/* read(2) on the input's descriptor; at the end of a URL body, the transfer's verdict */
static ssize_t
raw_read(struct kt_input *in, unsigned char *buf, size_t len, struct kt_error *err)
{
	ssize_t n;

	do {
		n = read(in->fd, buf, len);
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		set_err(err, KT_EIO, in->name, "read error", strerror(errno));
		return -1;
	}
	if (n == 0 && in->fetch && kt_fetch_finish(in->fetch, err))
		return -1;
	return n;
}

static ssize_t
fill(struct kt_input *in, struct kt_error *err)
{
	ssize_t n;

	if (in->pos < in->have || in->eof)
		return (ssize_t)(in->have - in->pos);
	in->pos = in->have = 0;
	if ((n = raw_read(in, in->buf, INBUF, err)) < 0) {
		in->eof = true;	/* an error ends the input */
		return -1;
	}
	if (n == 0)
		in->eof = true;
	in->have = (size_t)n;
	return n;
}

struct kt_input *
kt_input_open(const char *path, const struct kt_net_opts *net, struct kt_error *err)
{
	struct kt_input *in;
	struct stat st;

	in = xcalloc(1, sizeof(*in));
	if (kt_is_url(path)) {
		if (!(in->fetch = kt_fetch_start(path, net, err))) {
			free(in);
			return NULL;
		}
		in->fd = kt_fetch_fd(in->fetch);
		in->name = xstrdup(path);
	} else if (!strcmp(path, "-")) {
		in->fd = 0;
		in->name = xstrdup("<stdin>");
	} else {
		in->fd = open(path, O_RDONLY | O_CLOEXEC);
		if (in->fd < 0) {
			set_err(err, KT_EIO, path, "cannot open", strerror(errno));
			free(in);
			return NULL;
		}
		in->close_fd = true;
		in->name = xstrdup(path);
		if (fstat(in->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			set_err(err, KT_EIO, path, "is a directory", NULL);
			close(in->fd);
			free(in->name);
			free(in);
			return NULL;
		}
	}
	in->buf = xmalloc(INBUF);
	/* sniff the magic: read until we have 4 bytes or the input ends */
	while (in->have < 4 && !in->eof) {
		ssize_t n = raw_read(in, in->buf + in->have, INBUF - in->have, err);

		if (n < 0) {
			kt_input_close(in);
			return NULL;
		}
		if (n == 0)
			in->eof = true;
		in->have += (size_t)n;
	}
	if (in->have >= 2 && in->buf[0] == 0x1f && in->buf[1] == 0x8b) {
		in->codec = CODEC_GZIP;
		if (inflateInit2(&in->zs, 16 + MAX_WBITS) != Z_OK)
			kt_oom();
		in->zs_init = true;
	} else if (in->have >= 4 && in->buf[0] == 0x28 && in->buf[1] == 0xb5 &&
	    in->buf[2] == 0x2f && in->buf[3] == 0xfd) {
		in->codec = CODEC_ZSTD;
		in->zd = ZSTD_createDCtx();
		if (!in->zd)
			kt_oom();
		in->zstd_last = 1;
	}
	return in;
}

static ssize_t
read_gzip(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		int rc;

		if (got < 0)
			return -1;
		if (got == 0) {
			if (!in->z_end) {
				set_err(err, KT_EFORMAT, in->name,
				    "gzip stream ends early (truncated file?)", NULL);
				return -1;
			}
			return 0;
		}
		if (in->z_end) {
			/* another gzip member follows (concatenated .gz) */
			if (inflateReset(&in->zs) != Z_OK)
				return -1;
			in->z_end = false;
		}
		in->zs.next_in = in->buf + in->pos;
		in->zs.avail_in = (uInt)(in->have - in->pos);
		in->zs.next_out = (unsigned char *)out;
		in->zs.avail_out = (uInt)len;
		rc = inflate(&in->zs, Z_NO_FLUSH);
		in->pos = in->have - in->zs.avail_in;
		if (rc == Z_STREAM_END)
			in->z_end = true;
		else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			set_err(err, KT_EFORMAT, in->name, "corrupt gzip data",
			    in->zs.msg ? in->zs.msg : "inflate failed");
			return -1;
		}
		if (len - in->zs.avail_out)
			return (ssize_t)(len - in->zs.avail_out);
	}
}

static ssize_t
read_zstd(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		ZSTD_inBuffer ib;
		ZSTD_outBuffer ob = { out, len, 0 };
		size_t rc;

		if (got < 0)
			return -1;
		if (got == 0) {
			if (in->zstd_last != 0) {
				set_err(err, KT_EFORMAT, in->name,
				    "zstd stream ends early (truncated file?)", NULL);
				return -1;
			}
			return 0;
		}
		ib.src = in->buf + in->pos;
		ib.size = in->have - in->pos;
		ib.pos = 0;
		rc = ZSTD_decompressStream(in->zd, &ob, &ib);
		in->pos += ib.pos;
		if (ZSTD_isError(rc)) {
			set_err(err, KT_EFORMAT, in->name, "corrupt zstd data",
			    ZSTD_getErrorName(rc));
			return -1;
		}
		in->zstd_last = rc;
		if (ob.pos)
			return (ssize_t)ob.pos;
	}
}

ssize_t
kt_input_read(struct kt_input *in, char *buf, size_t len, struct kt_error *err)
{
	ssize_t got;
	size_t n;

	switch (in->codec) {
	case CODEC_GZIP:
		return read_gzip(in, buf, len, err);
	case CODEC_ZSTD:
		return read_zstd(in, buf, len, err);
	default:
		/* plain text past what was sniffed: straight into the caller's
		 * buffer, as large as it is (the skim wants large reads) */
		if (in->pos == in->have && !in->eof && len > INBUF) {
			if ((got = raw_read(in, (unsigned char *)buf, len, err)) <= 0)
				in->eof = true;
			return got;
		}
		if ((got = fill(in, err)) <= 0)
			return got;
		n = in->have - in->pos;
		if (n > len)
			n = len;
		memcpy(buf, in->buf + in->pos, n);
		in->pos += n;
		return (ssize_t)n;
	}
}

const char *
kt_input_name(const struct kt_input *in)
{
	return in->name;
}

void
kt_input_close(struct kt_input *in)
{
	if (!in)
		return;
	if (in->zs_init)
		inflateEnd(&in->zs);
	if (in->zd)
		ZSTD_freeDCtx(in->zd);
	if (in->fetch)
		kt_fetch_close(in->fetch);	/* closes fd */
	else if (in->close_fd)
		close(in->fd);
	free(in->buf);
	free(in->name);
	free(in);
}

int
kt_scan_path(const char *path, const char *label, const struct kt_limits *lim,
    const struct kt_net_opts *net, kt_report_fn fn, void *arg, struct kt_scan_stats *stats,
    struct kt_error *err)
{
	struct kt_input *in;
	struct kt_scanner *s;
	char *buf;
	ssize_t n;
	int rc = 0;

	if (!(in = kt_input_open(path, net, err)))
		return -1;
	s = kt_scanner_new(lim, label ? label : kt_input_name(in), fn, arg);
	/* large reads: the skim (scanner.c) reads again the last lines of each */
	buf = xmalloc(SCANBUF);
	while ((n = kt_input_read(in, buf, SCANBUF, err)) > 0)
		if (kt_scanner_feed(s, buf, (size_t)n))
			break;
	if (n < 0)
		rc = -1;
	kt_scanner_finish(s);
	if (stats)
		*stats = *kt_scanner_stats(s);
	kt_scanner_free(s);
	kt_input_close(in);
	free(buf);
	return rc;
}
