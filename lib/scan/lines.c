/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <ctype.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "lines.h"
#include "regex.h"
#include "util.h"

static const char *const months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};

static const char *const syslog_levels[] = {
	"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug",
};

/* Decode one UTF-8 sequence; returns its length or 0 if invalid. */
static size_t
utf8_decode(const unsigned char *s, size_t len, unsigned *cp)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		n = 2; *cp = c & 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; *cp = c & 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; *cp = c & 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return n;
}

bool
kt_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned cp;

	for (size_t i = 0, n; i < len; i += n)
		if (!(n = utf8_decode(s + i, len - i, &cp)))
			return false;
	return true;
}

static bool
is_bidi_or_c1(unsigned cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e ||
	    cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

/* Skip an escape sequence starting at s[0] == ESC; returns bytes consumed. */
static size_t
skip_escape(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 2)
		return len;
	switch (s[1]) {
	case '[':	/* CSI: parameters then a final byte 0x40-0x7e */
		for (i = 2; i < len; i++)
			if (s[i] >= 0x40 && s[i] <= 0x7e)
				return i + 1;
		return len;
	case ']': case 'P': case 'X': case '^': case '_':
		/* OSC, DCS, SOS, PM, APC: up to BEL or ST (ESC \) */
		for (i = 2; i < len; i++) {
			if (s[i] == 0x07)
				return i + 1;
			if (s[i] == 0x1b && i + 1 < len && s[i + 1] == '\\')
				return i + 2;
		}
		return len;
	default:
		return 2;
	}
}

/*
 * The end of the run of printable ASCII (0x20..0x7e) from s[i], eight
 * bytes at a time: "a byte below n" and "a byte above n" of a word are the
 * classic bit tricks (exact for n <= 128), no byte needs a branch.
 */
static size_t
printable_run(const unsigned char *s, size_t i, size_t len)
{
	const uint64_t ones = ~(uint64_t)0 / 255, highs = ones * 128;

	for (uint64_t x; i + 8 <= len; i += 8) {
		memcpy(&x, s + i, 8);
		if (((x - ones * 0x20) & ~x & highs) | (((x + ones * (127 - 0x7e)) | x) & highs))
			break;
	}
	while (i < len && s[i] >= 0x20 && s[i] < 0x7f)
		i++;
	return i;
}

void
kt_clean_text(struct strbuf *out, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	strbuf_grow(out, len);
	while (i < len) {
		unsigned char c = s[i];
		unsigned cp;
		size_t n;

		if (c == 0x1b) {
			i += skip_escape(s + i, len - i);
			continue;
		}
		if (c == '\t') {
			strbuf_addch(out, ' ');
			i++;
			continue;
		}
		if (c < 0x20 || c == 0x7f) {
			i++;
			continue;
		}
		if (c < 0x80) {
			/* copy the run of printable ASCII at once: the common case */
			size_t j = printable_run(s, i + 1, len);

			strbuf_add(out, s + i, j - i);
			i = j;
			continue;
		}
		n = utf8_decode(s + i, len - i, &cp);
		if (!n) {
			strbuf_addstr(out, "\xef\xbf\xbd");
			i++;
			continue;
		}
		/* web archives turn spaces into NBSP and friends: make them spaces */
		if (cp == 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f ||
		    cp == 0x205f || cp == 0x3000)
			strbuf_addch(out, ' ');
		else if (cp != 0x200b && cp != 0xfeff && !is_bidi_or_c1(cp))
			strbuf_add(out, s + i, n);
		i += n;
	}
}

static void
copy_field(char *dst, size_t dstlen, const char *s, size_t len)
{
	if (len >= dstlen)
		len = dstlen - 1;
	memcpy(dst, s, len);
	dst[len] = '\0';
}

/* A named group's number, 0 if it did not take part. */
static double
group_num(const pcre2_code *re, const char *s, const char *name)
{
	const char *g;
	size_t glen;

	if (!kt_re_named(re, s, name, &g, &glen) || !glen)
		return 0;
	if (isalpha((unsigned char)g[0])) {	/* a month's name */
		for (int m = 0; m < 12; m++)
			if (!strncmp(g, months[m], 3))
				return m + 1;
		return 0;
	}
	if (g[0] == ',') {	/* iso's fraction comes with a comma */
		double f = 0, unit = 1;

		for (size_t i = 1; i < glen; i++)
			f += (g[i] - '0') * (unit /= 10);
		return f;
	}
	return strtod(g, NULL);
}

/*
 * dmesg's other clocks: a wall-clock time becomes seconds in the year (no
 * more is needed: times are only compared with their neighbours'), a delta
 * or a blanked stamp is added to the time of the line before by the reader.
 */
static void
dmesg_time(const pcre2_code *re, const char *s, struct kt_lineinfo *li)
{
	const char *g;
	size_t glen;

	li->has_time = true;
	if (kt_re_named(re, s, "mon", &g, &glen)) {
		double days = group_num(re, s, "mon") * 31 + group_num(re, s, "day");

		li->time = ((days * 24 + group_num(re, s, "hh")) * 60 + group_num(re, s, "mm")) * 60 +
		    group_num(re, s, "ss") + group_num(re, s, "frac");
		return;
	}
	li->time_rel = true;
	li->time = group_num(re, s, "delta") + group_num(re, s, "delta2");
}

/*
 * strtod() of a printk time g[0..n) ("12.345678": digits, a dot, digits),
 * without its cost on every line: with at most 15 digits the number
 * without its dot is exact in a double, and so is the power of ten, and
 * their quotient is correctly rounded, as strtod() rounds the decimal.
 * (Not where doubles are evaluated in extended precision: i387.)
 */
static double
printk_seconds(const char *g, size_t n)
{
#if FLT_EVAL_METHOD == 0
	static const double pow10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
	const char *dot = memchr(g, '.', n);
	size_t frac = dot ? n - (size_t)(dot - g) - 1 : 0;
	uint64_t v = 0;

	/* at most 15 digits: exact in an integer and in a double alike, so
	 * the quotient is strtod's correctly rounded one; a chain of integer
	 * steps, not of floating-point multiplies, per digit */
	if (dot && n - 1 <= 15 && frac < ARRAY_SIZE(pow10)) {
		for (size_t i = 0; i < n; i++)
			if (g[i] != '.')
				v = v * 10 + (uint64_t)(g[i] - '0');
		return (double)v / pow10[frac];
	}
#endif
	return strtod(g, NULL);
}

/* The fields a prefix of this kind carries go into li. */
static void
prefix_fields(const struct prefix_form *pf, const char *s, size_t mlen, struct kt_lineinfo *li)
{
	const pcre2_code *re = pf->re;
	const char *g;
	size_t glen;

	switch (pf->kind) {
	case PFX_QUOTE:
		for (size_t k = 0; k < mlen; k++)
			if (s[k] == '>' || s[k] == '|')
				li->quote++;
		break;
	case PFX_CI_TIME:
	case PFX_SYSLOG:
	case PFX_SYSLOG_LOCALE:
		li->stamped = true;
		if (kt_re_named(re, s, "prog", &g, &glen) && !(glen == 6 && memcmp(g, "kernel", 6) == 0)) {
			li->channel = KT_CH_USER;
			/* the program, should it relay a kernel's console (kt_line_normalise) */
			copy_field(li->ctx, sizeof(li->ctx), g, glen);
		}
		break;
	case PFX_DMESG_X:
		if (kt_re_named(re, s, "fac", &g, &glen) && !(glen == 4 && memcmp(g, "kern", 4) == 0))
			li->channel = KT_CH_USER;
		if (kt_re_named(re, s, "flvl", &g, &glen))
			for (int l = 0; l < 8; l++)
				if (strlen(syslog_levels[l]) == glen && !memcmp(syslog_levels[l], g, glen))
					li->level = l;
		break;
	case PFX_LEVEL:
		if (kt_re_named(re, s, "lvl", &g, &glen))
			li->level = atoi(g) & 7;
		break;
	case PFX_PRINTK:
		if (kt_re_named(re, s, "ts", &g, &glen)) {
			li->has_time = true;
			li->time = printk_seconds(g, glen);
		}
		/* fall through */
	case PFX_CALLER:
		if (kt_re_named(re, s, "caller", &g, &glen))
			copy_field(li->caller, sizeof(li->caller), g, glen);
		break;
	case PFX_DMESG_TIME:
		dmesg_time(re, s, li);
		break;
	case PFX_XEN:
		li->channel = KT_CH_XEN;
		break;
	case PFX_GUEST:
		if (kt_re_named(re, s, "dom", &g, &glen))
			copy_field(li->ctx, sizeof(li->ctx), g, glen);
		if (li->channel != KT_CH_USER)
			li->channel = KT_CH_GUEST;
		break;
	case PFX_JOURNAL:
		li->stamped = true;
		break;
	case PFX_DROPPED:
		break;
	}
}

/* "HH:MM:SS" in the first bytes of s: a word-month syslog line has its
 * time there, and most lines starting with a word have none (cheaper than
 * the row's regex, which each of them would run). */
static bool
clock_near_start(const char *s, size_t n)
{
	if (n > 32)
		n = 32;
	for (const char *p = s; n >= 6 && (p = memchr(p, ':', n - (size_t)(p - s) - 3)); p++)
		if (p > s && isdigit((unsigned char)p[-1]) && isdigit((unsigned char)p[1]) && p[3] == ':')
			return true;
	return false;
}

/* Which prefixes may still come: each once, quoting only before the
 * others, the bare "kernel: " only first. */
static bool
prefix_allowed(const struct prefix_form *pf, bool seen, bool any)
{
	if (kt_prefix_opening >> (pf - kt_prefix_forms) & 1)
		return !any;
	return !seen;
}

static size_t
digits(const char *s, size_t i, size_t len, size_t max)
{
	size_t n = 0;

	while (i + n < len && n <= max && isdigit((unsigned char)s[i + n]))
		n++;
	return n;
}

static size_t
spaces(const char *s, size_t i, size_t len)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* "[ *ddd.ddd *]" at s[i] ('['): the position after it, *ts and *n the
 * time's digits, or 0 (a delta "<...>" too: the table reads it). */
static size_t
printk_stamp(const char *s, size_t i, size_t len, size_t *ts, size_t *n)
{
	size_t whole, frac;

	i = spaces(s, i + 1, len);
	*ts = i;
	if (!(whole = digits(s, i, len, 12)) || whole > 12)
		return 0;
	i += whole;
	if (i >= len || s[i] != '.')
		return 0;
	if (!(frac = digits(s, i + 1, len, 9)) || frac > 9)
		return 0;
	i += 1 + frac;
	*n = i - *ts;
	i = spaces(s, i, len);
	return i < len && s[i] == ']' ? i + 1 : 0;
}

/* " ?[ *[TC]ddd *]" at s[i], all or nothing: the position after it (i
 * when absent), *id and *idlen the id. */
static size_t
printk_caller(const char *s, size_t i, size_t len, size_t *id, size_t *idlen)
{
	size_t j = i + (i < len && s[i] == ' '), k, d, e;

	if (j >= len || s[j] != '[')
		return i;
	k = spaces(s, j + 1, len);
	if (k >= len || (s[k] != 'T' && s[k] != 'C') || !(d = digits(s, k + 1, len, 7)) || d > 7)
		return i;
	e = spaces(s, k + 1 + d, len);
	if (e >= len || s[e] != ']')
		return i;
	*id = k;
	*idlen = 1 + d;
	return e + 1;
}

/*
 * The printk time prefix of almost every line, "[  12.345678] " with an
 * optional caller id "[ T123]" and journalctl's "host kernel: ", read
 * without a regex: the length of exactly what the PFX_PRINTK row of the
 * prefix table matches at s[0..len) (b: the blanks before the bracket),
 * filling li as prefix_fields() does; 0 when the line has another shape
 * (dmesg -d deltas, over-long numbers), which the table then reads.  Only
 * the PFX_PRINTK row matches a line this returns non-zero for: the
 * Jenkins time row tried before it needs "[dddd-".
 */
static size_t
printk_fast(const char *s, size_t b, size_t len, struct kt_lineinfo *li)
{
	size_t i, w, ts, n, id = 0, idlen = 0;

	if (!(i = printk_stamp(s, b, len, &ts, &n)))
		return 0;
	i = printk_caller(s, i, len, &id, &idlen);
	if (i < len && s[i] == ' ')
		i++;
	/* journalctl -o short-monotonic: "host kernel: ", or "kernel: " alone */
	for (w = i; w < len && (isalnum((unsigned char)s[w]) || s[w] == '_' || s[w] == '.' || s[w] == '-'); w++)
		;
	if (w > i && len - w >= 9 && !memcmp(s + w, " kernel: ", 9))
		i = w + 9;
	else if (len - i >= 8 && !memcmp(s + i, "kernel: ", 8))
		i += 8;	/* the host cut away */
	li->has_time = true;
	li->time = printk_seconds(s + ts, n);
	if (idlen)
		copy_field(li->caller, sizeof(li->caller), s + id, idlen);
	return i;
}

/* The length of the prefix at s[0..slen) (0 if none), filling li; *which: its index. */
static size_t
strip_one(const char *s, size_t slen, struct kt_lineinfo *li, const bool *seen, bool any, size_t *which)
{
	size_t blanks = kt_blank_run(s, slen);
	/* the forms that may start with the first two bytes after the blanks */
	uint32_t may = !slen ? 0 :
	    blanks + 1 < slen ? kt_prefix_pair((unsigned char)s[blanks], (unsigned char)s[blanks + 1]) :
	    kt_prefix_first[(unsigned char)s[blanks]];
	size_t fast;

	if (blanks < slen && s[blanks] == '[' && !seen[kt_prefix_printk] &&
	    (fast = printk_fast(s, blanks, slen, li))) {
		*which = kt_prefix_printk;
		return fast;
	}

	/* after a prefix, most messages start with a word: rows that only
	 * open a line are out before the four bytes are looked up */
	if (any)
		may &= ~kt_prefix_opening;
	/* the few lines two bytes leave candidates for: by four */
	if (may && blanks + KT_PREFIX_QUAD <= slen)
		may = kt_prefix_quad(s + blanks);
	for (size_t i = 0; i < kt_nprefix_forms && may >> i; i++) {
		const struct prefix_form *pf = &kt_prefix_forms[i];
		const char *g;
		size_t mlen;

		if (!(may >> i & 1) || !prefix_allowed(pf, seen[i], any))
			continue;
		if (pf->kind == PFX_SYSLOG_LOCALE && !clock_near_start(s, slen))
			continue;
		if (kt_re_match(pf->re, s, slen) <= 0 || kt_re_match_start() != 0)
			continue;
		if (!kt_re_group(s, 0, &g, &mlen) || mlen == 0)
			continue;
		prefix_fields(pf, s, mlen, li);
		*which = i;
		return mlen;
	}
	return 0;
}

/* Strip the prefixes at out->buf + pos, filling li; returns the new position. */
static size_t
strip_prefixes(struct strbuf *out, size_t pos, struct kt_lineinfo *li, bool *seen, bool *any)
{
	for (int round = 0; round < 12; round++) {
		size_t which, mlen = strip_one(out->buf + pos, out->len - pos, li, seen, *any, &which);

		if (!mlen)
			break;
		seen[which] = true;
		if (kt_prefix_forms[which].kind != PFX_QUOTE)
			*any = true;
		pos += mlen;
	}
	return pos;
}

/* Whether s[0..n) has a '[' followed by blanks and a digit: where a glued
 * printk time (kt_glued_re) can start.  Most lines without a time of their
 * own have none, and the regex's search costs more than this walk. */
static bool
glued_possible(const char *s, size_t n)
{
	const char *end = s + n;

	for (const char *p = s; (p = memchr(p, '[', (size_t)(end - p))); p++) {
		const char *q = p + 1;

		while (q < end && *q == ' ')
			q++;
		if (q < end && *q >= '0' && *q <= '9')
			return true;
	}
	return false;
}

void
kt_line_normalise(const char *raw, size_t len, struct strbuf *out,
    struct kt_lineinfo *li)
{
	size_t pos = 0, end;
	bool seen[KT_MAX_PREFIX_FORMS] = { false };
	bool any = false;

	kt_formats_init();
	strbuf_reset(out);
	kt_clean_text(out, raw, len);
	/* a serial line's "\r" as a mail archive renders it: "...+0xfc/0x120^M" */
	while (out->len >= 2 && !memcmp(out->buf + out->len - 2, "^M", 2)) {
		strbuf_setlen(out, out->len - 2);
		strbuf_rtrim(out);
	}

	li->channel = KT_CH_KERNEL;
	li->ctx[0] = li->caller[0] = '\0';
	li->level = -1;
	li->has_time = li->time_rel = false;
	li->time = 0;
	li->quote = 0;
	li->stamped = false;

	pos = strip_prefixes(out, pos, li, seen, &any);
	if (!li->has_time && pos < out->len && glued_possible(out->buf + pos, out->len - pos) &&
	    kt_re_match(kt_glued_re, out->buf + pos, out->len - pos) > 0 && kt_re_match_start() > 0) {
		/* what precedes the kernel's timestamp is another program's output */
		pos = strip_prefixes(out, pos + kt_re_match_start(), li, seen, &any);
	}

	/*
	 * Another program's syslog line that goes on with a printk time is a
	 * kernel's console that program relays, a VM's serial console kept by
	 * its monitor: "Oct 24 10:52:07 host1 microvm@vm1[15894]: [    0.413970]
	 * BUG: unable to handle page fault ..." (cloud-hypervisor in
	 * corpus/x86/sweep-cloudhv-acpi-reserved-bit-unit-prefix-excerpt.log).
	 * Its lines are a guest's, kept apart by the program's name.
	 */
	if (li->channel == KT_CH_USER && seen[kt_prefix_printk] && li->ctx[0])
		li->channel = KT_CH_GUEST;
	else if (li->channel == KT_CH_USER)
		li->ctx[0] = '\0';

	/* Demultiplexing key: the guest marker, then the caller id, then XEN. */
	if (!li->ctx[0]) {
		if (li->caller[0])
			copy_field(li->ctx, sizeof(li->ctx), li->caller, strlen(li->caller));
		else if (li->channel == KT_CH_XEN)
			copy_field(li->ctx, sizeof(li->ctx), "XEN", 3);
	}

	end = out->len;
	while (end > pos && (out->buf[end - 1] == ' '))
		end--;
	li->soft_break = end < out->len && end > pos;
	/* lines cut out of JSON strings keep the closing '"}': an unbalanced quote */
	if (end - pos >= 2 && out->buf[end - 1] == '}' && out->buf[end - 2] == '"') {
		size_t quotes = 0;

		for (size_t k = pos; k < end; k++)
			quotes += out->buf[k] == '"';
		if (quotes % 2) {
			end -= 2;
			while (end > pos && (out->buf[end - 1] == ' '))
				end--;
		}
	}
	out->buf[end] = '\0';
	out->len = end;
	li->text = out->buf + pos;
	li->len = end - pos;
}

void
kt_lines_init(struct kt_line_reader *r, size_t max_line, kt_line_fn fn, void *arg)
{
	/* the tables are compiled at the first line (kt_line_normalise,
	 * dmesg_clock): an empty input compiles none */
	memset(r, 0, sizeof(*r));
	strbuf_init(&r->raw, 256);
	strbuf_init(&r->clean, 256);
	strbuf_init(&r->held, 0);
	strbuf_init(&r->prefix_shape, 0);
	strbuf_init(&r->pend_raw, 0);
	kt_journal_init(&r->journal);
	r->max_line = max_line ? max_line : 4096;
	r->fn = fn;
	r->arg = arg;
}

/*
 * Line numbers count "\n" only, as grep -n and editors do: the pieces of a
 * line split at a bare "\r" (firmware progress output redrawing itself)
 * share the number of the line they are in.  r->lineno counts the lines
 * ended so far; nl says that this piece ends the current one.
 */
static int
deliver_held(struct kt_line_reader *r)
{
	if (!r->wrap)
		return 0;
	r->wrap = NULL;
	r->held_li.text = r->held.buf;
	r->held_li.len = r->held.len;
	return r->fn(&r->held_li, r->arg);
}

/*
 * A mail client cuts a line at a blank before the word that would pass its
 * wrap width (72 to 80 columns) and starts the next line with that word,
 * without the timestamp that the lines around it carry (kt_mailcut_wrap).
 * A timestamped line of a width a client may have cut is held; the next
 * line continues it when its first word would have passed the narrowest
 * width, and when it cannot be a line of its own: no header's literal, no
 * separator (kt_line_of_its_own), no prefix, no timestamp.  Untimed lines
 * between timed ones are otherwise other output (userspace, firmware), whose
 * first words rarely fit that width exactly.
 */
#define MAILCUT_MIN 20		/* a cut line is at least this long (a stamp and "pc :") ... */
#define MAILCUT_WIDTH 72	/* ... and its next word would have passed this ... */
#define MAILCUT_MAX 80		/* ... or no client cut it */

/* Whether a line (or the last piece of a joined one) of raw_len bytes is of a width a client cuts. */
static bool
mail_cut_width(size_t raw_len)
{
	return raw_len >= MAILCUT_MIN && raw_len <= MAILCUT_MAX;
}

static bool
mail_cut_held(const struct kt_lineinfo *li)
{
	return li->has_time && !li->cut && mail_cut_width(li->raw_len);
}

static bool
mail_cut_continues(const struct kt_line_reader *r, const struct kt_lineinfo *li)
{
	size_t word = 0, digits;

	while (word < li->len && li->text[word] != ' ' && li->text[word] != '\t')
		word++;
	digits = strspn(li->text, "0123456789");
	/* a client starts the next line with the word (no blank); a console's
	 * own CPU prefix ("01: ") starts a line of its own */
	return word && li->raw_len <= MAILCUT_MAX && r->held_piece + 1 + word > MAILCUT_WIDTH &&
	    !(digits && digits + 1 == word && li->text[digits] == ':') && !kt_line_of_its_own(li->text, li->len);
}

enum held_join { HELD_NO, HELD_FORM, HELD_INDENTED, HELD_CUT };

/* Whether li starts with more blanks than the held line and has text after them. */
static bool
indented_deeper(const struct kt_line_reader *r, const struct kt_lineinfo *li)
{
	size_t blanks = kt_blank_run(li->text, li->len);

	return blanks && blanks < li->len && blanks > kt_blank_run(r->held.buf, r->held.len);
}

/* Whether li goes on the held line: a line without a timestamp or caller id
 * of its own (or, for a form that allows it, a timed one starting with a
 * blank), quoted as deep as the held one, that continues it as its form
 * says; or, whatever form held it, as a mail client's cut (mail_cut_*). */
static enum held_join
continues_held(const struct kt_line_reader *r, const struct kt_lineinfo *li)
{
	bool timed_piece = r->wrap->timed_too && li->has_time && li->len && li->text[0] == ' ';

	/* a " \" continuation carries none of the prefixes of the line it goes on */
	bool same_channel = li->channel == r->held_li.channel || (r->wrap->backslash && li->channel == KT_CH_KERNEL);
	/* a quoted line wrapped by the client of the mail that quotes it goes on
	 * unquoted ("> [    1.234698] CPU: 4 PID: 0 Comm: swapper/4 Not tainted" +
	 * "5.7.0-rc1-1.g8f6a41f-default #1"): a form's own continuation tells */
	bool same_quote = li->quote == r->held_li.quote || (!li->quote && r->wrap != &kt_flowed_wrap);

	if (!((!li->has_time || timed_piece) && !li->caller[0] && !li->cut && same_quote && same_channel))
		return HELD_NO;
	if (r->wrap != &kt_mailcut_wrap && kt_wrap_continues(r->wrap, li->text, li->len))
		return HELD_FORM;
	/* wrapped by hand, as in a commit message, the continuation indented
	 * deeper than the line it goes on ("general protection fault, probably
	 * for non-canonical address" + "    0xe0009d1000000060: 0000 [#1] ..."):
	 * the form's continuation after the indent */
	if (r->wrap != &kt_mailcut_wrap && !r->wrap->backslash && indented_deeper(r, li)) {
		size_t blanks = kt_blank_run(li->text, li->len);

		if (kt_wrap_continues(r->wrap, li->text + blanks, li->len - blanks))
			return HELD_INDENTED;
	}
	/* "WARNING: CPU: 38 PID: 4668 at" + "arch/x86/mm/tlb.c:815 flush_tlb_func
	 * (arch/x86/mm/tlb.c:815)": a cut the holding form does not know */
	if (!li->has_time && !li->stamped && !r->wrap->backslash && r->held_li.has_time &&
	    mail_cut_width(r->held_piece) && mail_cut_continues(r, li))
		return HELD_CUT;
	return HELD_NO;
}

/* A quoted line with its own printk time (first, the line that starts it)
 * whose last piece (last) ended in a blank: a flowed mail break. */
static const struct wrap_form *
flowed_break(const struct kt_lineinfo *first, const struct kt_lineinfo *last)
{
	return first->quote && first->has_time && last->soft_break && !last->cut ? &kt_flowed_wrap : NULL;
}

/* The form li may have been cut as, or NULL: held back, it waits for the next line. */
static const struct wrap_form *
cut_form(const struct kt_lineinfo *li)
{
	const struct wrap_form *w;

	if (li->cut)
		return NULL;
	if ((w = kt_wrap_incomplete(li->text, li->len)) || (w = flowed_break(li, li)))
		return w;
	return mail_cut_held(li) ? &kt_mailcut_wrap : NULL;
}

/*
 * Whether li may go on the line delivered before it (r->held, not yet
 * asked whether it was cut), asked as continues_held() would before any
 * form's own test: a line with a caller id of its own or cut continues
 * none; a timestamped one only a form that is timed_too, and only when it
 * starts with a blank.  Most lines of most logs are timestamped.
 */
static bool
may_continue(const struct kt_line_reader *r, const struct kt_lineinfo *li)
{
	if (li->caller[0] || li->cut)
		return false;
	if (!li->has_time)
		return true;
	return li->len && li->text[0] == ' ' && kt_wrap_timed_too_possible(r->held.buf, r->held.len);
}

/*
 * The line delivered last by deliver() is kept back (r->next) and only
 * then asked whether it was cut (cut_form(), a fifth of the cost of a
 * report's line) when the line after it may continue one: otherwise it
 * goes on unchanged, as it would after being held.  settle() asks at the
 * end of each block fed, so that between blocks the reader holds exactly
 * what it would have had it asked at once (the scanner's skim and a
 * console read as it comes see no difference).
 */
static int
settle(struct kt_line_reader *r, bool ask)
{
	if (!r->next)
		return 0;
	r->next = false;
	r->held_li.text = r->held.buf;
	r->held_li.len = r->held.len;
	if (ask && (r->wrap = cut_form(&r->held_li))) {
		r->held_piece = r->held_li.raw_len;
		return 0;
	}
	return r->fn(&r->held_li, r->arg);
}

/*
 * Deliver li, or hold it back when it may have been cut by a mail client,
 * or join it to the held line it continues.
 */
static int
deliver(struct kt_line_reader *r, struct kt_lineinfo *li)
{
	const struct wrap_form *still;
	enum held_join how;
	int rc;

	if ((rc = settle(r, r->next && may_continue(r, li))))
		return rc;
	/* a joined line is a line: no longer than max_line */
	if (r->wrap && r->held.len + li->len < r->max_line && (how = continues_held(r, li))) {
		size_t skip = 0;

		if (r->wrap->backslash) {
			size_t n = r->held.len;

			/* the form's incomplete pattern holds: a blank, then "\" */
			n--;
			while (n && (r->held.buf[n - 1] == ' ' || r->held.buf[n - 1] == '\t'))
				n--;
			strbuf_setlen(&r->held, n);
		}
		/* the continuation's indent is layout, not text */
		if (r->wrap->backslash || how == HELD_INDENTED)
			skip = kt_blank_run(li->text, li->len);
		strbuf_addstr(&r->held, how == HELD_CUT ? kt_mailcut_wrap.sep : r->wrap->sep);
		strbuf_add(&r->held, li->text + skip, li->len - skip);
		r->held_li.plain = false;	/* joined text may hold what no piece does */
		r->held_li.pieces++;
		/* the joined line may still be cut (a path, then the function) */
		if ((still = kt_wrap_incomplete(r->held.buf, r->held.len)) ||
		    (still = flowed_break(&r->held_li, li)) ||
		    (how == HELD_CUT && mail_cut_width(li->raw_len) && (still = &kt_mailcut_wrap))) {
			r->wrap = still;
			r->held_piece = li->raw_len;
			return 0;
		}
		return deliver_held(r);
	}
	if ((rc = deliver_held(r)))
		return rc;
	r->held_li = *li;
	strbuf_reset(&r->held);
	strbuf_add(&r->held, li->text, li->len);
	r->next = true;
	return 0;
}

/* Whether s starts with one of dmesg's own clocks ("[Mon Dec 17 12:01:07 2022]"). */
static bool
dmesg_clock(const char *s, size_t len)
{
	kt_formats_init();	/* a logger's prefix is read before the line is normalised */
	for (size_t i = 0; i < kt_nprefix_forms; i++)
		if (kt_prefix_forms[i].kind == PFX_DMESG_TIME && kt_prefix_forms[i].first[0] == '[' &&
		    kt_re_match(kt_prefix_forms[i].re, s, len) > 0)
			return true;
	return false;
}

/*
 * A bracketed field of a logger's prefix: not the kernel's printk time
 * ("[   5.123456]": digits, blanks, a dot) nor dmesg's other clocks (left to
 * the prefix table, which keeps the time), nor a frame address
 * ("[<ffff..>]", "[c000...]": hex only); a time of day, a component or a
 * level has a colon or a letter beyond f.  Returns its length with the
 * blanks after it, or 0.
 */
static size_t
logger_field(const char *s, size_t len)
{
	size_t i = 1, b;
	bool telling = false;

	if (!len || s[0] != '[')
		return 0;
	/* the kernel's own "[   12.345678]", the common case, in one tight walk */
	while (i < len && (s[i] == ' ' || s[i] == '.' || (s[i] >= '0' && s[i] <= '9')))
		i++;
	if (i < len && s[i] == ']')
		return 0;
	for (; i < len && i <= 48 && s[i] != ']'; i++) {
		if (s[i] == '[' || s[i] == '<')
			return 0;
		telling |= s[i] == ':' || (isalpha((unsigned char)s[i]) && !isxdigit((unsigned char)s[i]));
	}
	if (i >= len || s[i] != ']' || !telling || dmesg_clock(s, len))
		return 0;
	/* the blanks to a next field; else one: the message's own indent
	 * (" INFO: task", "  ? func+0x..") is no part of the prefix, whose
	 * shape must stay the same from line to line */
	for (b = ++i; b < len && s[b] == ' '; b++)
		;
	return b < len && s[b] == '[' ? b : i + (i < len && s[i] == ' ');
}

/* A CI tool's or docker compose's job name: "web_1  | ", "build | ". */
static size_t
job_field(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && i < 40 && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '.' || s[i] == '-'))
		i++;
	if (!i)
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	if (i + 1 >= len || s[i] != '|' || s[i + 1] != ' ')
		return 0;
	for (i += 2; i < len && s[i] == ' '; i++)
		;
	return i;
}

/*
 * A prefix's shape is the prefix with its digits as 9: the same logger's
 * prefix on every line, whatever its clock says.
 */
static char
shape_of(char c)
{
	return isdigit((unsigned char)c) ? '9' : c;
}

/* Whether s[0..len) starts with text of that shape ("9999-99-99"). */
static bool
digits_shaped(const char *s, size_t len, const char *shape)
{
	size_t n = strlen(shape);

	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (shape_of(s[i]) != shape[i])
			return false;
	return true;
}

/* A CI runner's ISO 8601 time and the blanks after it ("2024-05-01T10:19:27.2724504Z "),
 * as GitHub Actions and GitLab stamp each line of a job's output. */
static size_t
ci_time_field(const char *s, size_t len)
{
	size_t i = 19;

	if (!digits_shaped(s, len, "9999-99-99T99:99:99"))
		return 0;
	if (i < len && (s[i] == '.' || s[i] == ','))
		for (i++; i < len && isdigit((unsigned char)s[i]); i++)
			;
	if (i < len && s[i] == 'Z')
		i++;
	else if (i < len && (s[i] == '+' || s[i] == '-') && digits_shaped(s + i + 1, len - i - 1, "99:99"))
		i += 6;
	if (i >= len || s[i] != ' ')
		return 0;
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

/* Length of the run of logger fields a raw line starts with, after a CI
 * runner's time ("2024-05-01T10:19:27.2724504Z qemu-1  | ": a job's
 * containers under the runner).  The time alone is a prefix of the table's. */
static size_t
logger_prefix(const char *s, size_t len)
{
	size_t at = ci_time_field(s, len), n, f;

	n = at + job_field(s + at, len - at);
	while ((f = logger_field(s + n, len - n)))
		n += f;
	return n > at ? n : 0;
}

/* Whether s[0..n), a prefix, has the shape kept from the line before. */
static bool
same_shape(const struct strbuf *shape, const char *s, size_t n)
{
	if (!n || n != shape->len)
		return false;
	for (size_t i = 0; i < n; i++)
		if (shape_of(s[i]) != shape->buf[i])
			return false;
	return true;
}

static void
keep_shape(struct strbuf *shape, const char *s, size_t n)
{
	strbuf_reset(shape);
	for (size_t i = 0; i < n; i++)
		strbuf_addch(shape, shape_of(s[i]));
}

static int
normalise_deliver(struct kt_line_reader *r, const char *raw, size_t len, unsigned long lineno, bool cut,
    bool plain, bool logger)
{
	struct kt_lineinfo li;
	enum kt_journal_kind jk = kt_journal_line(&r->journal, raw, len);

	if (jk == KT_JOURNAL_FIELD) {
		r->hidden++;	/* numbered, but no line of the log */
		return 0;
	}
	if (jk == KT_JOURNAL_MESSAGE) {
		raw = r->journal.msg.buf;
		len = r->journal.msg.len;
	}
	kt_line_normalise(raw, len, &r->clean, &li);
	if (jk == KT_JOURNAL_MESSAGE) {
		if (r->journal.user)
			li.channel = KT_CH_USER;
		if (r->journal.has_time && !li.has_time) {
			li.has_time = true;
			li.time = r->journal.time;
		}
	}
	if (li.has_time) {
		if (li.time_rel)
			li.time += r->last_time;
		r->last_time = li.time;
	}
	li.lineno = lineno;
	li.raw_len = len;
	li.pieces = 1;
	li.seq = lineno - r->hidden;
	li.cut = cut;
	li.stamped |= logger || jk == KT_JOURNAL_MESSAGE;
	/* decoded journal text may form what its escapes hid */
	li.plain = plain && jk != KT_JOURNAL_MESSAGE;
	return deliver(r, &li);
}

/* The held raw line, with its prefix stripped when the block confirmed it. */
static int
deliver_pending(struct kt_line_reader *r, bool strip)
{
	size_t skip = strip ? r->pend_prefix : 0;

	if (!r->pending)
		return 0;
	r->pending = false;
	return normalise_deliver(r, r->pend_raw.buf + skip, r->pend_raw.len - skip, r->pend_lineno, r->pend_cut,
	    r->pend_plain, skip != 0);
}

/*
 * A line whose logger prefix repeats the previous line's shape is stripped
 * (and so is the held first line of the block); a line with a prefix not
 * seen before is held until the next line tells.
 */
static int
route_line(struct kt_line_reader *r, unsigned long lineno, bool cut)
{
	size_t n = logger_prefix(r->raw.buf, r->raw.len);
	bool same = same_shape(&r->prefix_shape, r->raw.buf, n);
	int rc;

	if (!same)	/* the same shape is kept already */
		keep_shape(&r->prefix_shape, r->raw.buf, n);
	if ((rc = deliver_pending(r, same)))
		return rc;
	if (same || !n)
		return normalise_deliver(r, r->raw.buf + (same ? n : 0), r->raw.len - (same ? n : 0), lineno, cut,
		    r->raw_plain, same && n);
	strbuf_reset(&r->pend_raw);
	strbuf_add(&r->pend_raw, r->raw.buf, r->raw.len);
	r->pend_plain = r->raw_plain;
	r->pend_prefix = n;
	r->pend_lineno = lineno;
	r->pend_cut = cut;
	r->pending = true;
	return 0;
}

static int
emit_line(struct kt_line_reader *r, bool nl)
{
	unsigned long lineno = r->lineno + 1;
	int rc;

	if (nl)
		r->lineno++;
	if (r->cut)
		r->long_lines++;
	if (r->raw_fn)
		r->raw_fn(lineno, r->raw.buf, r->raw.len, r->arg);
	rc = route_line(r, lineno, r->cut);
	strbuf_reset(&r->raw);
	r->cut = false;
	return rc;
}

static void
add_bytes(struct kt_line_reader *r, const char *p, size_t n)
{
	size_t room = r->max_line > r->raw.len ? r->max_line - r->raw.len : 0;

	/* a line is plain only if every piece of it was fed plain */
	r->raw_plain = (r->raw.len || r->cut ? r->raw_plain : true) && r->feed_plain;
	if (n > room) {
		n = room;
		r->cut = true;
	}
	strbuf_add(&r->raw, p, n);
}

static int
lines_feed(struct kt_line_reader *r, const char *data, size_t len)
{
	size_t i = 0, start = 0;
	int rc;

	if (r->pending_cr && len) {
		bool nl;

		/* "\r\r\n" split between reads is still one line end */
		while (i < len && data[i] == '\r')
			i++;
		if (i == len)
			return 0;
		nl = data[i] == '\n';
		r->pending_cr = false;
		if ((rc = emit_line(r, nl)))
			return rc;
		if (nl)
			i++;
		start = i;
	}
	/* to each line end with memchr: the next "\r" is looked up again
	 * only once passed (most logs have none) */
	for (size_t next_cr = i; i < len; i++) {
		const char *q;
		char c;
		bool nl;

		if (next_cr <= i) {
			q = memchr(data + i, '\r', len - i);
			next_cr = q ? (size_t)(q - data) : len;
		}
		q = memchr(data + i, '\n', next_cr - i);
		i = q ? (size_t)(q - data) : next_cr;
		if (i == len)
			break;
		c = data[i];
		nl = c == '\n';
		add_bytes(r, data + start, i - start);
		if (c == '\r') {
			/* "\r\n", "\r\r\n" and a bare "\r" each end one piece of text */
			while (i + 1 < len && data[i + 1] == '\r')
				i++;
			if (i + 1 == len) {
				r->pending_cr = true;
				return 0;
			}
			if (data[i + 1] == '\n') {
				i++;
				nl = true;
			}
		}
		start = i + 1;
		if ((rc = emit_line(r, nl)))
			return rc;
	}
	add_bytes(r, data + start, len - start);
	return 0;
}

int
kt_lines_feed(struct kt_line_reader *r, const char *data, size_t len)
{
	int rc = lines_feed(r, data, len);

	return rc ? rc : settle(r, true);
}

int
kt_lines_finish(struct kt_line_reader *r)
{
	int rc;

	if (r->pending_cr || r->raw.len || r->cut) {
		r->pending_cr = false;
		if ((rc = emit_line(r, true)))
			return rc;
	}
	if ((rc = deliver_pending(r, false)) || (rc = settle(r, false)))
		return rc;
	return deliver_held(r);
}

void
kt_lines_release(struct kt_line_reader *r)
{
	strbuf_release(&r->raw);
	strbuf_release(&r->clean);
	strbuf_release(&r->held);
	strbuf_release(&r->prefix_shape);
	strbuf_release(&r->pend_raw);
	kt_journal_release(&r->journal);
}
