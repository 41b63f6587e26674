/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * scanner: the public entry point (kt_scanner_*, ktriage.h).  Wires the
 * stages: raw bytes -> lines (lines.h) -> segmenter (segmenter.h) ->
 * analyser (analyse.h) -> the caller's callback, and keeps the statistics
 * and the limits on what is handed out.
 */
#include "config.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
/* AVX2 where the CPU has it, chosen at run time: the byte counts of
 * skipped text (lf_cr_in_block) read every byte of a clean log */
#if defined(__x86_64__) && defined(__GNUC__)
#define KT_AVX2 1
#include <immintrin.h>
#endif

#include "analyse.h"
#include "ktriage.h"
#include "lines.h"
#include "segmenter.h"
#include "strbuf.h"
#include "skim.h"
#include "thread.h"
#include "util.h"

/*
 * The last lines read, by number, with kt_limits.keep_raw: their bytes as
 * read (for kt_line.raw).  A report's lines are handed out at most
 * max_report_lines + context_lines (+ the segmenter's follow-up window)
 * lines after they were read, so a window of that size still holds them; an
 * older one simply has no raw text.
 */
struct raw_slot {
	unsigned long lineno;		/* 0: empty */
	struct strbuf raw;
};

/*
 * kt_limits.pipeline: finished drafts go through a bounded queue to a second
 * thread, which analyses them and calls back (hand_out), while the first
 * reads on.  The queue owns a draft from pipe_put to pipe_take; the thread
 * owns the handing-out state (index, prev_*, stats.reports and
 * dropped_reports) until it is joined; stopped is shared (atomic).  The
 * thread starts at the first header matched, and first does what the first
 * report would wait for (kt_analyse_warm_up, kt_limits.warm_up): on a log
 * with one report that work then overlaps the reader compiling the report
 * tables and reading the report, rather than following them.
 */
enum { PIPE_SLOTS = 16, PIPE_BATCH = 8 };

struct pipe {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t queued, taken;
	struct kt_draft *slot[PIPE_SLOTS];
	size_t first, n;
	bool closed;		/* no more drafts: the thread ends when the queue is empty */
};

struct kt_scanner {
	struct kt_limits lim;
	char *source;
	kt_report_fn fn;
	void *arg;
	struct kt_line_reader reader;
	struct kt_segmenter *seg;
	struct kt_scan_stats stats;
	unsigned index;			/* of the next report handed out */
	int stopped;			/* what the callback returned to stop the scan */
	const char *prev_arch;		/* arch and release of the last report handed out */
	char *prev_release;
	struct raw_slot *win;
	size_t nwin;
	struct kt_skim *skim;		/* the raw-buffer skim (skim.h) */
	struct strbuf probe;		/* a skipped line normalised (skipped_time) */
	unsigned long long size_hint;	/* kt_scanner_size_hint() */
	size_t *hits, hits_alloc;	/* where skim strings end in the buffer being fed */
	struct pipe *pipe;		/* with lim.pipeline: started by the first header
				 * matched (near_report) or draft */
	bool pipe_failed;		/* no thread could be started: hand out here */
};

static struct raw_slot *
slot_of(struct kt_scanner *s, unsigned long lineno)
{
	struct raw_slot *sl = &s->win[lineno % s->nwin];

	return sl->lineno == lineno ? sl : NULL;
}

static void
on_raw(unsigned long lineno, const char *raw, size_t len, void *arg)
{
	struct kt_scanner *s = arg;
	struct raw_slot *sl = &s->win[lineno % s->nwin];

	if (sl->lineno != lineno) {
		sl->lineno = lineno;
		strbuf_reset(&sl->raw);
	} else if (s->lim.keep_raw) {
		strbuf_addch(&sl->raw, '\r');	/* a piece split off at a bare CR */
	}
	if (s->lim.keep_raw)
		strbuf_add(&sl->raw, raw, len);
}

/* With keep_raw, the report's lines as read. */
static void
fill_from_window(struct kt_scanner *s, struct kt_report *r)
{
	for (size_t i = 0; s->lim.keep_raw && i < r->nlines; i++) {
		struct raw_slot *sl = slot_of(s, r->lines[i].lineno);

		if (sl)
			r->lines[i].raw = xstrndup(sl->raw.buf, sl->raw.len);
	}
}

void
kt_limits_default(struct kt_limits *lim)
{
	lim->max_line = 4096;
	lim->max_report_lines = 2000;
	lim->max_reports = 10000;
	lim->max_frames = 256;
	lim->context_lines = 32;
	lim->keep_raw = false;
	lim->pipeline = false;
	lim->warm_up = NULL;
}

/* Analyse one finished report and hand it to the callback. */
static void
deliver(struct kt_scanner *s, struct kt_draft *d)
{
	struct kt_report *r = kt_draft_report(d);
	struct segment seg, by;

	r->index = s->index++;
	r->primary = r->index == 0;
	kt_draft_segment(d, &seg);
	if (kt_draft_interruption(d, &by))
		seg.interrupted_by = &by;
	seg.prev_arch = s->prev_arch;
	seg.prev_release = s->prev_release;
	kt_analyse(&seg, &s->lim, r);
	fill_from_window(s, r);
	if (r->arch && r->release) {
		s->prev_arch = r->arch;
		free(s->prev_release);
		s->prev_release = xstrdup(r->release);
	}
	s->stats.reports++;
	__atomic_store_n(&s->stopped, s->fn(r, s->arg), __ATOMIC_RELEASE);
}

static int
stopped(const struct kt_scanner *s)
{
	return __atomic_load_n(&s->stopped, __ATOMIC_ACQUIRE);
}

/* One finished draft: to the callback, or counted past max_reports; freed. */
static void
hand_out(struct kt_scanner *s, struct kt_draft *d)
{
	if (!stopped(s)) {
		if (s->stats.reports < s->lim.max_reports)
			deliver(s, d);
		else
			s->stats.dropped_reports++;
	}
	kt_draft_free(d);
}

/* The next queued draft, waiting for one; NULL once closed and empty. */
static struct kt_draft *
pipe_take(struct pipe *p)
{
	struct kt_draft *d = NULL;

	pthread_mutex_lock(&p->lock);
	while (!p->n && !p->closed)
		pthread_cond_wait(&p->queued, &p->lock);
	if (p->n) {
		d = p->slot[p->first];
		p->first = (p->first + 1) % PIPE_SLOTS;
		/* the reader waits only on a full queue: woken when a batch fits */
		if (--p->n <= PIPE_SLOTS - PIPE_BATCH)
			pthread_cond_signal(&p->taken);
	}
	pthread_mutex_unlock(&p->lock);
	return d;
}

static void *
pipe_thread(void *arg)
{
	struct kt_scanner *s = arg;
	struct kt_draft *d;

	/* started by the first header: the first-use work of the callback
	 * and of the analysis while that report is read (the reader takes the
	 * latter if it gets there first: kt_scanner_finish) */
	if (s->lim.warm_up)
		s->lim.warm_up(s->arg);
	kt_analyse_warm_up();
	kt_thread_unpin();
	while ((d = pipe_take(s->pipe)))
		hand_out(s, d);
	return NULL;
}

/* The queue's lock and conditions, and the queue: no thread runs on it. */
static void
pipe_free(struct kt_scanner *s)
{
	struct pipe *p = s->pipe;

	pthread_cond_destroy(&p->taken);
	pthread_cond_destroy(&p->queued);
	pthread_mutex_destroy(&p->lock);
	free(p);
	s->pipe = NULL;
}

static bool
pipe_start(struct kt_scanner *s)
{
	struct pipe *p = xcalloc(1, sizeof(*p));

	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->queued, NULL);
	pthread_cond_init(&p->taken, NULL);
	s->pipe = p;
	if (kt_thread_start(&p->thread, pipe_thread, s)) {
		pipe_free(s);
		s->pipe_failed = true;
		return false;
	}
	return true;
}

/*
 * Queue d for the thread, waiting while the queue is full.  The thread is
 * woken once PIPE_BATCH drafts wait, not for each: a wake-up is a system
 * call and a context switch, which on a dense log cost as much as a
 * report's analysis.  pipe_flush() wakes it for fewer, at the end of each
 * block fed, so a report read from a pipe is never held back.
 */
static void
pipe_put(struct pipe *p, struct kt_draft *d)
{
	pthread_mutex_lock(&p->lock);
	while (p->n == PIPE_SLOTS) {
		pthread_cond_signal(&p->queued);
		pthread_cond_wait(&p->taken, &p->lock);
	}
	p->slot[(p->first + p->n) % PIPE_SLOTS] = d;
	if (++p->n >= PIPE_BATCH)
		pthread_cond_signal(&p->queued);
	pthread_mutex_unlock(&p->lock);
}

/* Wake the thread for whatever is queued. */
static void
pipe_flush(struct pipe *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	if (p->n)
		pthread_cond_signal(&p->queued);
	pthread_mutex_unlock(&p->lock);
}

/* No more drafts: wait until the thread has handed out the queued ones. */
static void
pipe_end(struct kt_scanner *s)
{
	struct pipe *p = s->pipe;

	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->closed = true;
	pthread_cond_signal(&p->queued);
	pthread_mutex_unlock(&p->lock);
	pthread_join(p->thread, NULL);
	pipe_free(s);
}

/* Whether drafts go to the second thread, starting it if need be. */
static bool
piped(struct kt_scanner *s)
{
	return s->lim.pipeline && !s->lim.keep_raw && !s->pipe_failed && !stopped(s) &&
	    (s->pipe || pipe_start(s));
}

/* Hand out every report the segmenter has finished (all of them at the end). */
static int
drain(struct kt_scanner *s, bool at_end)
{
	struct kt_draft *d;

	while ((d = kt_segmenter_next(s->seg, at_end))) {
		if (piped(s))
			pipe_put(s->pipe, d);
		else
			hand_out(s, d);
	}
	return stopped(s);
}

static int
on_line(const struct kt_lineinfo *li, void *arg)
{
	struct kt_scanner *s = arg;

	s->stats.lines += li->pieces;	/* the log's lines, joined or not */
	kt_segmenter_line(s->seg, li);
	return drain(s, false);
}

/* kt_segmenter_on_near_report: the second thread warms up while the
 * reader compiles the report tables and reads the report */
static void
near_report(void *arg)
{
	(void)piped(arg);
}

struct kt_scanner *
kt_scanner_new(const struct kt_limits *lim, const char *source, kt_report_fn fn, void *arg)
{
	struct kt_scanner *s = xcalloc(1, sizeof(*s));

	if (lim)
		s->lim = *lim;
	else
		kt_limits_default(&s->lim);
	if (s->lim.max_report_lines < 2)
		s->lim.max_report_lines = 2;
	s->source = xstrdup(source ? source : "-");
	s->fn = fn;
	s->arg = arg;
	s->seg = kt_segmenter_new(&s->lim, s->source);
	if (s->lim.pipeline && !s->lim.keep_raw)
		kt_segmenter_on_near_report(s->seg, near_report, s);
	kt_lines_init(&s->reader, s->lim.max_line, on_line, s);
	strbuf_init(&s->probe, 0);
	if (s->lim.keep_raw)
		s->reader.raw_fn = on_raw;
	s->nwin = s->lim.keep_raw ? s->lim.max_report_lines + s->lim.context_lines + 1024 : 0;
	if (s->nwin > 65536)
		s->nwin = 65536;
	s->win = xcalloc(s->nwin, sizeof(*s->win));
	for (size_t i = 0; i < s->nwin; i++)
		strbuf_init(&s->win[i].raw, 0);
	return s;
}

/*
 * The skim.  While the segmenter is idle (kt_segmenter_idle) a line with no
 * skim string changes only the ring of context lines, so the lines up to a
 * hit are skipped but for the last REPLAY before it, which are read as
 * usual: they fill the ring (the context and pulled-back lines of the
 * report the hit may open) and the line reader's state of the line before
 * (a logger's prefix) just as reading everything would.  The last REPLAY
 * lines of a buffer are read too: the next buffer's first hit may need
 * them.  Reports waiting for a follow-up do not stop the skim (a
 * follow-up is a header, a hit), but a skip ends at the line that releases
 * the oldest of them, which is then read: delivered, its lines are still
 * in the window of raw lines, as when every line is read.  Skipped lines
 * are counted as the line reader counts them.
 * One fact a skipped line may still carry: its printk time, which the
 * segmenter compares after a panic to spot a reboot; the REPLAY lines and
 * the report's own lines renew it, so only a log whose timestamps stop
 * for all of those (and start again after the panic) could tell.
 */
static size_t
replay(const struct kt_scanner *s)
{
	return s->lim.context_lines + 8;
}

/* The start of the line n lines before the line starting at `at` (a line
 * start, or the end of the text), no further back than lo (a line start). */
static size_t
lines_back(const char *p, size_t lo, size_t at, size_t n)
{
	while (n-- && at > lo) {
		const char *q = at - 1 > lo ? memrchr(p + lo, '\n', at - 1 - lo) : NULL;

		at = q ? (size_t)(q - p) + 1 : lo;
	}
	return at;
}

/* Where a skip from pos may end: REPLAY lines before the line of the next
 * hit (hit: where it ends, 0 for none), or before the buffer's last line. */
static size_t
skip_target(const struct kt_scanner *s, const char *p, size_t pos, size_t len, size_t hit)
{
	const char *q;
	size_t at;

	if (hit) {
		q = hit - 1 > pos ? memrchr(p + pos, '\n', hit - 1 - pos) : NULL;
	} else {
		q = memrchr(p + pos, '\n', len - pos);
	}
	at = q ? (size_t)(q - p) + 1 : pos;
	return lines_back(p, pos, at, replay(s));
}

/* One line p[0..n) (without its "\n") holding a "\r" that is not just
 * the "\r\n" ending: its pieces, as the line reader splits them. */
static void
count_cr_pieces(struct kt_scanner *s, const char *p, size_t n)
{
	size_t start = 0;

	for (size_t i = 0; i < n; i++) {
		if (p[i] != '\r')
			continue;
		while (i + 1 < n && p[i + 1] == '\r')
			i++;
		if (i + 1 == n)	/* the run before the "\n" ends the last piece */
			break;
		s->reader.long_lines += i - start > s->reader.max_line;	/* a bare "\r" ends a piece */
		s->stats.lines++;
		start = i + 1;
	}
	/* the last piece, up to the "\r\n" or "\n" */
	while (n > start && p[n - 1] == '\r')
		n--;
	s->reader.long_lines += n - start > s->reader.max_line;
	s->stats.lines++;
}

/*
 * Counting the lines of skipped text (count_skipped) without a call per
 * line: a memchr() per ~100-byte line cost a fifth of a clean log's time.
 * One pass counts the "\n" bytes and the bare "\r" (one followed by
 * neither "\r" nor "\n": it ends a piece of a line, count_cr_pieces), as
 * a log's progress lines print one every ~1.4 KiB: stopping at each cost
 * a tenth of a clean log's time.  With SSE2 (every x86-64) 16 bytes a
 * step, AVX2 32 where the CPU has it, else 8 in a 64-bit word ("SWAR":
 * zero_bytes marks each byte of a word that is 0).
 */
#ifndef __SSE2__
#define BYTE_ONES UINT64_C(0x0101010101010101)
#define BYTE_LOW7 (BYTE_ONES * 0x7f)

/* 0x80 in each byte of t that is 0, else 0 (no carry crosses a byte) */
static inline uint64_t
zero_bytes(uint64_t t)
{
	return ~(((t & BYTE_LOW7) + BYTE_LOW7) | t | BYTE_LOW7);
}

/* the eight byte lanes of acc summed: pairs into 16-bit lanes, then those */
static inline size_t
lane_sum(uint64_t acc)
{
	uint64_t pairs = (acc & UINT64_C(0x00ff00ff00ff00ff)) + (acc >> 8 & UINT64_C(0x00ff00ff00ff00ff));

	return (size_t)((pairs * UINT64_C(0x0001000100010001)) >> 48);
}
#endif

/* Whether p[i] is a bare "\r" (p[i + 1] readable). */
static inline bool
bare_cr_at(const char *p, size_t i)
{
	return p[i] == '\r' && p[i + 1] != '\n' && p[i + 1] != '\r';
}

/* Each byte of a block is counted in a byte lane of an accumulator: at
 * most 255 a lane, whatever the step. */
#define LF_UNIT 16
#define LF_BLOCK_MAX (255 * 8 / LF_UNIT * LF_UNIT)

#ifdef KT_AVX2
/* libgcc (compiler-rt) reads the CPU's features once, before main() */
static inline bool
have_avx2(void)
{
	return __builtin_cpu_supports("avx2");
}

/* lf_cr_in_block by 32 bytes, the last 16 alone */
__attribute__((target("avx2"))) static size_t
lf_cr_in_block_avx2(const char *p, size_t n, size_t *bare)
{
	const __m256i lf = _mm256_set1_epi8('\n'), cr = _mm256_set1_epi8('\r'), zero = _mm256_setzero_si256();
	__m256i lfs = zero, crs = zero, l, c;
	size_t i = 0, total = 0, b = 0;

	for (; n - i >= 32; i += 32) {
		__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
		__m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(p + i + 1));
		__m256i ends = _mm256_or_si256(_mm256_cmpeq_epi8(next, lf), _mm256_cmpeq_epi8(next, cr));

		lfs = _mm256_sub_epi8(lfs, _mm256_cmpeq_epi8(x, lf));
		crs = _mm256_sub_epi8(crs, _mm256_andnot_si256(ends, _mm256_cmpeq_epi8(x, cr)));
	}
	for (; i < n; i++) {
		total += p[i] == '\n';
		b += bare_cr_at(p, i);
	}
	l = _mm256_sad_epu8(lfs, zero);
	c = _mm256_sad_epu8(crs, zero);
	*bare = b + (size_t)(_mm256_extract_epi64(c, 0) + _mm256_extract_epi64(c, 1) +
	    _mm256_extract_epi64(c, 2) + _mm256_extract_epi64(c, 3));
	return total + (size_t)(_mm256_extract_epi64(l, 0) + _mm256_extract_epi64(l, 1) +
	    _mm256_extract_epi64(l, 2) + _mm256_extract_epi64(l, 3));
}
#endif

/* The "\n" bytes of p[0..n), its bare "\r" into *bare; n a multiple of
 * LF_UNIT and at most LF_BLOCK_MAX, p[n] readable (the next byte tells
 * whether a "\r" is bare). */
static size_t
lf_cr_in_block(const char *p, size_t n, size_t *bare)
{
#ifdef KT_AVX2
	if (have_avx2())
		return lf_cr_in_block_avx2(p, n, bare);
#endif
#ifdef __SSE2__
	const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), zero = _mm_setzero_si128();
	__m128i lfs = zero, crs = zero, l, c;

	for (size_t i = 0; i < n; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
		__m128i next = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 1));
		__m128i ends = _mm_or_si128(_mm_cmpeq_epi8(next, lf), _mm_cmpeq_epi8(next, cr));

		lfs = _mm_sub_epi8(lfs, _mm_cmpeq_epi8(x, lf));
		crs = _mm_sub_epi8(crs, _mm_andnot_si128(ends, _mm_cmpeq_epi8(x, cr)));
	}
	l = _mm_sad_epu8(lfs, zero);
	c = _mm_sad_epu8(crs, zero);
	*bare = (size_t)_mm_cvtsi128_si32(c) + (size_t)_mm_extract_epi16(c, 4);
	return (size_t)_mm_cvtsi128_si32(l) + (size_t)_mm_extract_epi16(l, 4);
#else
	uint64_t lfs = 0, crs = 0;

	for (size_t i = 0; i < n; i += 8) {
		uint64_t x, next;

		memcpy(&x, p + i, 8);
		memcpy(&next, p + i + 1, 8);
		lfs += zero_bytes(x ^ (BYTE_ONES * '\n')) >> 7;
		crs += (zero_bytes(x ^ (BYTE_ONES * '\r')) &
		    ~(zero_bytes(next ^ (BYTE_ONES * '\n')) | zero_bytes(next ^ (BYTE_ONES * '\r')))) >> 7;
	}
	*bare = lane_sum(crs);
	return lane_sum(lfs);
#endif
}

/* The bare "\r" of p[0..n), p[n] readable. */
static size_t
bare_cr_bytes(const char *p, size_t n)
{
	size_t b = 0;

	for (size_t i = 0; i < n; i++)
		b += bare_cr_at(p, i);
	return b;
}

/*
 * Count by blocks the lines of p[0..n) (whole lines), from its start up
 * to where a line of more than max_line bytes may be: the "\n" bytes into
 * *nl, the bare "\r" into *bare, and the length counted returned (n, or
 * the start of a line).  Such a line holds a whole block of BLOCK <=
 * (max_line + 1) / 2 bytes, counted from p, without a "\n": every block
 * having one rules long lines out.  *stuck: where the first block without
 * a "\n" starts (the line holding it is left to count_lines_slowly).
 */
static size_t
count_fast(const char *p, size_t n, size_t max_line, size_t *nl, size_t *bare, size_t *stuck)
{
	size_t block = (max_line + 1) / 2, i = 0, lines = 0, pieces = 0, c, b, tail;
	const char *q;

	block = (block < LF_BLOCK_MAX ? block : LF_BLOCK_MAX) / LF_UNIT * LF_UNIT;
	*nl = *bare = 0;
	*stuck = 0;
	if (block < 64)
		return 0;
	/* p[i + block] is read: the last byte, the line's "\n", is never a
	 * block's first (a long line ending there holds a block before) */
	for (; n - i > block; i += block) {
		if (!(c = lf_cr_in_block(p + i, block, &b))) {
			/* back to the start of the line the block is in */
			q = i ? memrchr(p, '\n', i) : NULL;
			*stuck = i;
			i = q ? (size_t)(q - p) + 1 : 0;
			*nl = lines;
			*bare = pieces - bare_cr_bytes(p + i, *stuck - i);
			return i;
		}
		lines += c;
		pieces += b;
	}
	/* the rest but its last byte (a "\n": whole lines) by units */
	tail = (n - i - 1) / LF_UNIT * LF_UNIT;
	lines += lf_cr_in_block(p + i, tail, &b);
	pieces += b;
	for (i += tail; i < n; i++) {
		lines += p[i] == '\n';
		pieces += i + 1 < n && bare_cr_at(p, i);
	}
	*nl = lines;
	*bare = pieces;
	return n;
}

/* count_skipped() line by line: p[0..n) whole lines. */
static void
count_lines_slowly(struct kt_scanner *s, const char *p, size_t n)
{
	struct kt_line_reader *r = &s->reader;
	bool crs = memchr(p, '\r', n) != NULL;
	size_t start = 0;

	for (const char *q; start < n && (q = memchr(p + start, '\n', n - start)); start = (size_t)(q - p) + 1) {
		size_t end = (size_t)(q - p), len = end - start;
		const char *cr = crs ? memchr(p + start, '\r', len) : NULL;

		r->lineno++;
		if (cr) {
			size_t k = (size_t)(cr - p);

			while (k < end && p[k] == '\r')
				k++;
			if (k < end) {	/* a bare "\r" inside: several pieces */
				count_cr_pieces(s, p + start, len);
				continue;
			}
			len = (size_t)(cr - p) - start;	/* "\r\n" ending */
		}
		r->long_lines += len > r->max_line;
		s->stats.lines++;
	}
}

/* Count the lines of p[0..n) (whole lines) as the line reader would have:
 * "\n", "\r\n" and a bare "\r" end a piece (stats.lines), "\n" a
 * numbered line; a piece longer than max_line is a long line.  By blocks
 * (count_fast) but for the lines that may be long, counted one by one. */
static void
count_skipped(struct kt_scanner *s, const char *p, size_t n)
{
	struct kt_line_reader *r = &s->reader;
	size_t pos = 0;

	while (pos < n) {
		size_t nl, bare, stuck, done = count_fast(p + pos, n - pos, r->max_line, &nl, &bare, &stuck);
		size_t block = pos + stuck, line_end;
		const char *q;

		r->lineno += nl;
		s->stats.lines += nl + bare;
		if ((pos += done) == n)
			break;
		/* up to the end of the line that holds the block without "\n" */
		q = memchr(p + block, '\n', n - block);
		line_end = q ? (size_t)(q - p) + 1 : n;
		count_lines_slowly(s, p + pos, line_end - pos);
		pos = line_end;
	}
}

/* At a line start, with nothing held, and the segmenter idle (*until,
 * *needles: see kt_segmenter_idle). */
static bool
can_skip(const struct kt_scanner *s, bool *timed, unsigned long *until, unsigned *needles)
{
	const struct kt_line_reader *r = &s->reader;

	/* journal fields are no lines of the log (kt_lineinfo seq): none may
	 * be passed over */
	return !r->raw.len && !r->cut && !r->pending_cr && !r->pending && !r->wrap && !r->hidden &&
	    kt_segmenter_idle(s->seg, timed, until, needles);
}

/* The start of line number until (the line at pos is number first), or len
 * when the text ends before it; pos itself when until is not after first.
 * (The segmenter's positions are line numbers here: no journal field was
 * seen, can_skip.) */
static size_t
line_start(const char *p, size_t pos, size_t len, unsigned long first, unsigned long until)
{
	for (unsigned long n = first; n < until && pos < len; n++) {
		const char *q = memchr(p + pos, '\n', len - pos);

		pos = q ? (size_t)(q - p) + 1 : len;
	}
	return pos;
}

/* Read at least one line from pos: up to the first line end 512 bytes on. */
static size_t
slice_end(const char *p, size_t pos, size_t len)
{
	const char *q;

	if (len - pos <= 512)
		return len;
	q = memchr(p + pos + 512, '\n', len - pos - 512);
	return q ? (size_t)(q - p) + 1 : len;
}

/* The first hit ending after pos: hits before it are passed (*h moves on). */
static size_t
hits_from(const struct kt_scanner *s, size_t *h, size_t nhits, size_t pos)
{
	while (*h < nhits && s->hits[*h] <= pos)
		(*h)++;
	return *h < nhits ? s->hits[*h] : 0;
}

/*
 * The next slice to read from pos, and whether it is plain (no skim string
 * in it: struct kt_line_reader feed_plain): the whole lines before the
 * next hit, or the line of the hit.  A line begun in the buffer before is
 * never plain: a string may run across the two.
 */
static size_t
plain_slice(struct kt_scanner *s, const char *p, size_t pos, size_t len, size_t *h, size_t nhits)
{
	const struct kt_line_reader *r = &s->reader;
	size_t end = slice_end(p, pos, len), last;
	const char *q;

	s->reader.feed_plain = false;
	if (r->raw.len || r->cut || r->pending_cr)
		return end;
	s->reader.feed_plain = true;
	if (!(last = hits_from(s, h, nhits, pos)) || --last >= end)
		return end;
	/* the lines before the hit's, else the hit's line alone */
	q = last > pos ? memrchr(p + pos, '\n', last - pos) : NULL;
	if (q)
		return (size_t)(q - p) + 1;
	s->reader.feed_plain = false;
	q = memchr(p + last, '\n', len - last);
	return q ? (size_t)(q - p) + 1 : len;
}

/* Whether the piece p[0..n) may carry a stamp: a "[" that opens no
 * terminal escape ("\x1b[0m", a firmware's colours: kt_clean_text() drops
 * every ESC "[" sequence whole, so no stamp starts there). */
static bool
may_be_stamped(const char *p, size_t n)
{
	for (const char *b = p; (b = memchr(b, '[', (size_t)(p + n - b))); b++)
		if (b == p || b[-1] != '\x1b')
			return true;
	return false;
}

/* The time of the line p[start..stop) if it has one: 1 for an absolute
 * time (in *t), -1 for a delta, 0 for none.  A bare "\r" splits a line
 * into pieces the reader reads as lines: the last timed piece counts. */
static int
line_time(struct kt_scanner *s, const char *p, size_t start, size_t stop, double *t)
{
	struct kt_lineinfo li;

	while (stop > start) {
		const char *cr = memrchr(p + start, '\r', stop - start);
		size_t from = cr ? (size_t)(cr - p) + 1 : start;

		if (stop > from && may_be_stamped(p + from, stop - from)) {
			kt_line_normalise(p + from, stop - from < s->reader.max_line ? stop - from : s->reader.max_line,
			    &s->probe, &li);
			if (li.has_time) {
				*t = li.time;
				return li.time_rel ? -1 : 1;
			}
		}
		stop = cr ? (size_t)(cr - p) : start;
	}
	return 0;
}

/*
 * Skipped text may hold the log's last printk time before a report: the
 * line reader adds a dmesg delta or a blanked stamp ("[  +0.000123]",
 * "[ ]") to the time of the line before it, and the REPLAY lines read
 * before the next hit may all be untimed (a Xen block).  So before the
 * text p[pos..end) is skipped, its last line with a time of its own sets
 * the reader's, as reading every line would.  Walked back from the end,
 * through the lines with a "[" (every stamp has one): in a timed log the
 * last line is that line.  False when a delta is the text's last stamp
 * (it adds to the lines before it): the text is read then.  Deltas before
 * an absolute time need no reading: that time replaces theirs.
 */
static bool
skipped_time(struct kt_scanner *s, const char *p, size_t pos, size_t end)
{
	while (end > pos) {
		const char *b = memrchr(p + pos, '[', end - pos), *nl;
		size_t start, stop;
		double t;
		int kind;

		if (!b)
			return true;
		nl = memrchr(p + pos, '\n', (size_t)(b - p) - pos);
		start = nl ? (size_t)(nl - p) + 1 : pos;
		nl = memchr(b, '\n', end - (size_t)(b - p));
		stop = nl ? (size_t)(nl - p) : end;
		while (stop > start && p[stop - 1] == '\r')
			stop--;
		if ((kind = line_time(s, p, start, stop, &t)) < 0)
			return false;
		if (kind > 0) {
			s->reader.last_time = t;
			return true;
		}
		end = start;
	}
	return true;
}

static int
scanner_feed(struct kt_scanner *s, const char *data, size_t len)
{
	size_t nhits, h = 0, pos = 0;
	int rc;

	if (stopped(s))
		return stopped(s);
	s->stats.bytes += len;
	if (s->skim && kt_skim_outgrown(s->skim, s->stats.bytes)) {
		kt_skim_free(s->skim);
		s->skim = NULL;
	}
	if (!s->skim && kt_skim_wanted(s->stats.bytes)) {
		/* a stream's size is unknown: 0 */
		unsigned long long size = !s->size_hint ? 0 :
		    s->stats.bytes > s->size_hint ? s->stats.bytes : s->size_hint;

		s->skim = kt_skim_new(size > SIZE_MAX ? SIZE_MAX : (size_t)size);
	}
	if (!s->skim || kt_skim_kind(s->skim) == KT_SKIM_OFF)
		return kt_lines_feed(&s->reader, data, len);
	nhits = kt_skim_hits(s->skim, data, len, &s->hits, &s->hits_alloc);
	while (pos < len) {
		size_t end, target, stop, at;
		unsigned long until;
		unsigned needles;
		bool timed;

		if (can_skip(s, &timed, &until, &needles)) {
			stop = hits_from(s, &h, nhits, pos);
			/* a line an open or finished report may still take stops the
			 * skip as a hit does; it is looked for only as far as the skip
			 * may go */
			if (needles) {
				size_t lim = stop ? stop : len;

				if (until)
					lim = line_start(data, pos, lim, s->reader.lineno + 1, until);
				if ((at = kt_segmenter_needle(needles, data + pos, lim - pos)))
					stop = pos + at;
			}
			target = skip_target(s, data, pos, len, stop);
			if (until)
				target = line_start(data, pos, target, s->reader.lineno + 1, until);
			/* before the first timestamp, a skipped one would be missed */
			if (target > pos && (timed ? skipped_time(s, data, pos, target) :
			    !memchr(data + pos, '[', target - pos))) {
				count_skipped(s, data + pos, target - pos);
				pos = target;
			}
		}
		end = plain_slice(s, data, pos, len, &h, nhits);
		if ((rc = kt_lines_feed(&s->reader, data + pos, end - pos)))
			return rc;
		pos = end;
	}
	s->reader.feed_plain = false;
	return 0;
}

int
kt_scanner_feed(struct kt_scanner *s, const char *data, size_t len)
{
	int rc = scanner_feed(s, data, len);

	pipe_flush(s->pipe);
	return rc;
}

int
kt_scanner_finish(struct kt_scanner *s)
{
	if (!stopped(s))
		kt_lines_finish(&s->reader);
	kt_segmenter_finish(s->seg);
	s->stats.long_lines = s->reader.long_lines;
	drain(s, true);
	/* the log is read: what the second thread has yet to warm up is
	 * done here meanwhile rather than waited for */
	if (s->pipe)
		kt_analyse_warm_up();
	pipe_end(s);
	return stopped(s);
}

void
kt_scanner_size_hint(struct kt_scanner *s, unsigned long long bytes)
{
	s->size_hint = bytes;
}

void
kt_scan_warm_up(void)
{
	kt_formats_init_reports();
}

const struct kt_scan_stats *
kt_scanner_stats(const struct kt_scanner *s)
{
	return &s->stats;
}

void
kt_scanner_free(struct kt_scanner *s)
{
	if (!s)
		return;
	pipe_end(s);
	kt_segmenter_free(s->seg);
	kt_skim_free(s->skim);
	free(s->hits);
	free(s->prev_release);
	kt_lines_release(&s->reader);
	strbuf_release(&s->probe);
	for (size_t i = 0; i < s->nwin; i++)
		strbuf_release(&s->win[i].raw);
	free(s->win);
	free(s->source);
	free(s);
}

void
kt_report_release(struct kt_report *r)
{
	free(r->title);
	free(r->header);
	free(r->guilty);
	free(r->release);
	free(r->hardware);
	free(r->platform);
	free(r->mmu);
	free(r->comm);
	free(r->taint);
	free(r->fault_address);
	free(r->pc);
	free(r->lr);
	free(r->pc_caller);
	free(r->trap);
	free(r->caller);
	for (size_t i = 0; i < r->nframes; i++) {
		free(r->frames[i].function);
		free(r->frames[i].address);
		free(r->frames[i].module);
	}
	free(r->frames);
	for (size_t i = 0; i < r->nmodules; i++)
		free(r->modules[i]);
	free(r->modules);
	for (size_t i = 0; i < r->nlines; i++) {
		free(r->lines[i].text);
		free(r->lines[i].raw);
	}
	free(r->lines);
	for (size_t i = 0; i < r->ncontext; i++)
		free(r->context[i].text);
	free(r->context);
	memset(r, 0, sizeof(*r));
}
