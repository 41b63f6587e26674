/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * input: read a log from a file, stdin or an http(s) URL, decompressing
 * gzip, zstd, xz, bzip2 and lz4 streams detected by their magic bytes, and
 * refusing a binary file (an executable, NUL bytes) as no log.  Reads are streamed
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
#include <bzlib.h>
#include <lz4frame.h>
#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include "ktriage.h"
#include "net.h"
#include "util.h"

#define INBUF 65536
/* What the text check looks at: the start of the decoded input. */
#define SNIFF 4096
/* xz: memory the decoder may use (xz -9e needs 65 MiB; a hostile header may ask for GiBs) */
#define XZ_MEMLIMIT (512u << 20)
/*
 * The buffer each read(2) of a file fills.  Page-aligned: the kernel
 * copies from the page cache much faster into an aligned buffer (x86_64,
 * a 256 MiB clean log: the copy into malloc's 16-byte-aligned buffer took
 * a third of the scan, once aligned a tenth).  Half a MiB: small enough
 * to stay in cache between the copy and the skim that reads it.
 */
#define SCANBUF (512u << 10)
#define SCANBUF_ALIGN 4096

struct codec;

struct kt_input {
	char *name;
	int fd;
	bool close_fd;
	struct kt_fetch *fetch;	/* URL inputs: the transfer feeding fd */
	const struct codec *codec;	/* NULL: plain text */
	unsigned char *buf;	/* raw bytes read from fd */
	size_t have, pos;
	bool eof;
	bool checked;		/* the start of the input was checked to be text */
	bool end;		/* the compressed stream is complete (so far) */
	z_stream zs;
	ZSTD_DCtx *zd;
	size_t hint;		/* zstd/lz4: last decoder hint: 0 = frame complete */
	lzma_stream xz;
	bz_stream bz;
	LZ4F_dctx *lz;
};

/*
 * A compression format, recognised by its magic bytes.  read fills out
 * with decoded bytes: > 0, 0 at the end of the input, -1 with err; a
 * stream that the input cuts short is an error, never the end of a log.
 */
struct codec {
	const char *name;
	unsigned char magic[6];
	size_t magic_len;
	void (*init)(struct kt_input *in);
	ssize_t (*read)(struct kt_input *in, char *out, size_t len, struct kt_error *err);
	void (*end)(struct kt_input *in);
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

/* "<format> stream ends early" or "corrupt <format> data: why" */
static ssize_t
codec_err(struct kt_input *in, struct kt_error *err, bool truncated, const char *why)
{
	char what[64];

	snprintf(what, sizeof(what), truncated ? "%s stream ends early (truncated file?)" : "corrupt %s data",
	    in->codec->name);
	set_err(err, KT_EFORMAT, in->name, what, truncated ? NULL : why);
	return -1;
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

/* --- gzip (zlib), concatenated members too --- */

static void
gzip_init(struct kt_input *in)
{
	if (inflateInit2(&in->zs, 16 + MAX_WBITS) != Z_OK)
		kt_oom();
}

static ssize_t
gzip_read(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		int rc;

		if (got <= 0)
			return got < 0 ? -1 : in->end ? 0 : codec_err(in, err, true, NULL);
		if (in->end) {
			/* another gzip member follows (concatenated .gz) */
			if (inflateReset(&in->zs) != Z_OK)
				return -1;
			in->end = false;
		}
		in->zs.next_in = in->buf + in->pos;
		in->zs.avail_in = (uInt)(in->have - in->pos);
		in->zs.next_out = (unsigned char *)out;
		in->zs.avail_out = (uInt)len;
		rc = inflate(&in->zs, Z_NO_FLUSH);
		in->pos = in->have - in->zs.avail_in;
		if (rc == Z_STREAM_END)
			in->end = true;
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
			return codec_err(in, err, false, in->zs.msg ? in->zs.msg : "inflate failed");
		if (len - in->zs.avail_out)
			return (ssize_t)(len - in->zs.avail_out);
	}
}

static void
gzip_end(struct kt_input *in)
{
	inflateEnd(&in->zs);
}

/* --- zstd, with the largest window the library takes (zstd --long=31) --- */

static void
zstd_init(struct kt_input *in)
{
	ZSTD_bounds b = ZSTD_dParam_getBounds(ZSTD_d_windowLogMax);

	if (!(in->zd = ZSTD_createDCtx()))
		kt_oom();
	if (!ZSTD_isError(b.error))
		ZSTD_DCtx_setParameter(in->zd, ZSTD_d_windowLogMax, b.upperBound);
	in->hint = 1;
}

static ssize_t
zstd_read(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		ZSTD_inBuffer ib;
		ZSTD_outBuffer ob = { out, len, 0 };
		size_t rc;

		if (got <= 0)
			return got < 0 ? -1 : in->hint == 0 ? 0 : codec_err(in, err, true, NULL);
		ib.src = in->buf + in->pos;
		ib.size = in->have - in->pos;
		ib.pos = 0;
		rc = ZSTD_decompressStream(in->zd, &ob, &ib);
		in->pos += ib.pos;
		if (ZSTD_isError(rc))
			return codec_err(in, err, false, ZSTD_getErrorName(rc));
		in->hint = rc;
		if (ob.pos)
			return (ssize_t)ob.pos;
	}
}

static void
zstd_end(struct kt_input *in)
{
	ZSTD_freeDCtx(in->zd);
}

/* --- xz (liblzma), concatenated streams too --- */

static void
xz_init(struct kt_input *in)
{
	lzma_stream init = LZMA_STREAM_INIT;

	in->xz = init;
	if (lzma_stream_decoder(&in->xz, XZ_MEMLIMIT, LZMA_CONCATENATED) != LZMA_OK)
		kt_oom();
}

static const char *
xz_why(lzma_ret rc)
{
	switch (rc) {
	case LZMA_MEMLIMIT_ERROR:
		return "needs more than 512 MiB of memory";
	case LZMA_FORMAT_ERROR:
		return "not an xz stream";
	case LZMA_OPTIONS_ERROR:
		return "unsupported options";
	case LZMA_DATA_ERROR:
		return "data is corrupt";
	default:
		return "decoder error";
	}
}

static ssize_t
xz_read(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		lzma_ret rc;
		size_t made;

		if (got < 0)
			return -1;
		if (in->end && !got)
			return 0;
		in->xz.next_in = in->buf + in->pos;
		in->xz.avail_in = in->have - in->pos;
		in->xz.next_out = (uint8_t *)out;
		in->xz.avail_out = len;
		/* at the end of the input, FINISH tells a complete stream from a cut one */
		rc = lzma_code(&in->xz, got ? LZMA_RUN : LZMA_FINISH);
		in->pos = in->have - in->xz.avail_in;
		made = len - in->xz.avail_out;
		if (rc == LZMA_STREAM_END)
			in->end = true;
		else if (rc == LZMA_BUF_ERROR && !got)
			return codec_err(in, err, true, NULL);
		else if (rc != LZMA_OK && rc != LZMA_BUF_ERROR)
			return codec_err(in, err, false, xz_why(rc));
		if (made)
			return (ssize_t)made;
		if (!got && !in->end)
			return codec_err(in, err, true, NULL);
	}
}

static void
xz_end(struct kt_input *in)
{
	lzma_end(&in->xz);
}

/* --- bzip2 (libbz2), concatenated streams too (pbzip2) --- */

static void
bz2_init(struct kt_input *in)
{
	memset(&in->bz, 0, sizeof(in->bz));
	if (BZ2_bzDecompressInit(&in->bz, 0, 0) != BZ_OK)
		kt_oom();
}

static ssize_t
bz2_read(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		int rc;

		if (got <= 0)
			return got < 0 ? -1 : in->end ? 0 : codec_err(in, err, true, NULL);
		if (in->end) {
			BZ2_bzDecompressEnd(&in->bz);
			bz2_init(in);
			in->end = false;
		}
		in->bz.next_in = (char *)in->buf + in->pos;
		in->bz.avail_in = (unsigned)(in->have - in->pos);
		in->bz.next_out = out;
		in->bz.avail_out = (unsigned)len;
		rc = BZ2_bzDecompress(&in->bz);
		in->pos = in->have - in->bz.avail_in;
		if (rc == BZ_STREAM_END)
			in->end = true;
		else if (rc != BZ_OK)
			return codec_err(in, err, false, rc == BZ_MEM_ERROR ? "out of memory" : "data is corrupt");
		if (len - in->bz.avail_out)
			return (ssize_t)(len - in->bz.avail_out);
	}
}

static void
bz2_end(struct kt_input *in)
{
	BZ2_bzDecompressEnd(&in->bz);
}

/* --- lz4 frame format (lz4 CLI, liblz4's LZ4F) --- */

static void
lz4_init(struct kt_input *in)
{
	if (LZ4F_isError(LZ4F_createDecompressionContext(&in->lz, LZ4F_VERSION)))
		kt_oom();
	in->hint = 1;
}

static ssize_t
lz4_read(struct kt_input *in, char *out, size_t len, struct kt_error *err)
{
	for (;;) {
		ssize_t got = fill(in, err);
		size_t src, dst = len, rc;

		if (got <= 0)
			return got < 0 ? -1 : in->hint == 0 ? 0 : codec_err(in, err, true, NULL);
		src = in->have - in->pos;
		rc = LZ4F_decompress(in->lz, out, &dst, in->buf + in->pos, &src, NULL);
		in->pos += src;
		if (LZ4F_isError(rc))
			return codec_err(in, err, false, LZ4F_getErrorName(rc));
		in->hint = rc;
		if (dst)
			return (ssize_t)dst;
	}
}

static void
lz4_end(struct kt_input *in)
{
	LZ4F_freeDecompressionContext(in->lz);
}

static const struct codec codecs[] = {
	{ "gzip", { 0x1f, 0x8b }, 2, gzip_init, gzip_read, gzip_end },
	{ "zstd", { 0x28, 0xb5, 0x2f, 0xfd }, 4, zstd_init, zstd_read, zstd_end },
	{ "xz", { 0xfd, '7', 'z', 'X', 'Z', 0x00 }, 6, xz_init, xz_read, xz_end },
	{ "bzip2", { 'B', 'Z', 'h' }, 3, bz2_init, bz2_read, bz2_end },
	{ "lz4", { 0x04, 0x22, 0x4d, 0x18 }, 4, lz4_init, lz4_read, lz4_end },
};

static const struct codec *
find_codec(const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < ARRAY_SIZE(codecs); i++)
		if (n >= codecs[i].magic_len && !memcmp(b, codecs[i].magic, codecs[i].magic_len))
			return &codecs[i];
	return NULL;
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
		in->name = kt_url_redact(path);	/* names it in messages and as a label */
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
	/* sniff the magic: read until we have the longest one or the input ends */
	while (in->have < 6 && !in->eof) {
		ssize_t n = raw_read(in, in->buf + in->have, INBUF - in->have, err);

		if (n < 0) {
			kt_input_close(in);
			return NULL;
		}
		if (n == 0)
			in->eof = true;
		in->have += (size_t)n;
	}
	if ((in->codec = find_codec(in->buf, in->have)))
		in->codec->init(in);
	return in;
}

static ssize_t
decoded_read(struct kt_input *in, char *buf, size_t len, struct kt_error *err)
{
	ssize_t got;
	size_t n;

	if (in->codec)
		return in->codec->read(in, buf, len, err);
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

/*
 * Why the start of a decoded input is not a log, or NULL: an executable,
 * or NUL bytes in more than one byte in eight (a console log has a few at
 * most, where a serial line glitched; random bytes have one in 256).
 */
static const char *
not_text(const char *b, size_t n)
{
	size_t nul = 0;

	if (n >= 4 && !memcmp(b, "\x7f" "ELF", 4))
		return "an ELF executable";
	for (size_t i = 0; i < n && i < SNIFF; i++)
		nul += !b[i];
	if (n >= 16 && nul * 8 > (n < SNIFF ? n : SNIFF))
		return "mostly NUL bytes";
	return NULL;
}

ssize_t
kt_input_read(struct kt_input *in, char *buf, size_t len, struct kt_error *err)
{
	ssize_t got = decoded_read(in, buf, len, err);
	const char *why;

	if (in->checked || got <= 0)
		return got;
	/* the first block: enough bytes to tell (a pipe may give a few at a time) */
	while ((size_t)got < len && (size_t)got < SNIFF) {
		ssize_t more = decoded_read(in, buf + got, len - (size_t)got, err);

		if (more < 0)
			return -1;
		if (!more)
			break;
		got += more;
	}
	in->checked = true;
	if ((why = not_text(buf, (size_t)got))) {
		set_err(err, KT_EFORMAT, in->name, "a binary file, not a log", why);
		return -1;
	}
	return got;
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
	if (in->codec)
		in->codec->end(in);
	if (in->fetch)
		kt_fetch_close(in->fetch);	/* closes fd */
	else if (in->close_fd)
		close(in->fd);
	free(in->buf);
	free(in->name);
	free(in);
}

/* The size of the text of a plain file; 0 when unknown (a pipe, a socket,
 * a terminal, a compressed file). */
static unsigned long long
input_size(const struct kt_input *in)
{
	struct stat st;

	return !in->codec && fstat(in->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 ?
	    (unsigned long long)st.st_size : 0;
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
	bool hinted = false;

	if (!(in = kt_input_open(path, net, err)))
		return -1;
	s = kt_scanner_new(lim, label ? label : kt_input_name(in), fn, arg);
	/* large reads: the skim (scanner.c) reads again the last lines of each */
	if (posix_memalign((void **)&buf, SCANBUF_ALIGN, SCANBUF))
		kt_oom();
	while ((n = kt_input_read(in, buf, SCANBUF, err)) > 0) {
		/* known once the first read has told a compressed input */
		if (!hinted) {
			kt_scanner_size_hint(s, input_size(in));
			hinted = true;
		}
		if (kt_scanner_feed(s, buf, (size_t)n))
			break;
	}
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
