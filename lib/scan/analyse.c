/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * analyse: fill a finished report's fields from its segment: arch,
 * identity, fault, PC/LR, call trace frames, guilty function, title,
 * fingerprint.  Everything here is driven by the tables in formats.c.
 */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "cryptodl.h"
#include "analyse.h"
#include "formats.h"
#include "regex.h"
#include "strbuf.h"
#include "util.h"

const char *
kt_access_name(enum kt_access a)
{
	switch (a) {
	case KT_ACCESS_READ: return "read";
	case KT_ACCESS_WRITE: return "write";
	case KT_ACCESS_EXEC: return "exec";
	default: return NULL;
	}
}

static enum kt_access
access_from_word(const char *w, size_t n)
{
	char buf[64];

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	for (size_t i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)w[i]);
	buf[n] = '\0';
	if (strstr(buf, "instr") || strstr(buf, "exec") || strstr(buf, "fetch") || strstr(buf, "iabt"))
		return KT_ACCESS_EXEC;
	if (strstr(buf, "write") || strstr(buf, "store"))
		return KT_ACCESS_WRITE;
	if (strstr(buf, "read") || strstr(buf, "load"))
		return KT_ACCESS_READ;
	return KT_ACCESS_UNKNOWN;
}

static void
set_str(char **dst, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	n = kt_trimmed_len(s, n);
	if (*dst || !n)
		return;
	*dst = xstrndup(s, n);
}

static void
add_modules(struct kt_report *r, const char *s, size_t n)
{
	size_t i = 0, alloc = 0;

	if (r->nmodules)
		return;
	while (i < n) {
		size_t start, len;

		while (i < n && s[i] == ' ')
			i++;
		if (i >= n || s[i] == '[')	/* "[last unloaded: x]" */
			break;
		start = i;
		while (i < n && s[i] != ' ' && s[i] != '(')
			i++;
		len = i - start;
		while (i < n && s[i] != ' ')
			i++;
		if (!len)
			continue;
		r->modules = xgrow(r->modules, sizeof(*r->modules), r->nmodules + 1, &alloc);
		r->modules[r->nmodules++] = xstrndup(s + start, len);
	}
}

/* Values read from the lines that are not report fields themselves. */
struct scratch {
	char *xcpu, *faddr, *pcaddr;
	char *reg[KT_MAX_ACCESS_DECODERS];	/* per kt_access_decoders row: the register value */
};

static void
scratch_free(struct scratch *sc)
{
	free(sc->xcpu);
	free(sc->faddr);
	free(sc->pcaddr);
	for (size_t i = 0; i < ARRAY_SIZE(sc->reg); i++)
		free(sc->reg[i]);
}

/* A flag of the report's form or of any follow-up attached to it. */
static bool
any_form_flag(const struct segment *seg, unsigned flag)
{
	if (seg->form->flags & flag)
		return true;
	for (size_t i = 0; i < seg->nattached; i++)
		if (seg->attached[i]->flags & flag)
			return true;
	return false;
}

/*
 * Setters of the capture table: each gets the field its row names (in the
 * report, or in the scratch values) and the capture.  The first value of a
 * field wins.
 */
static void
put_number(struct kt_report *r, void *field, const char *g, size_t n)
{
	long *v = field;

	(void)r;
	(void)n;
	if (*v < 0)
		*v = strtol(g, NULL, 10);
}

static void
put_text(struct kt_report *r, void *field, const char *g, size_t n)
{
	(void)r;
	set_str(field, g, n);
}

/* "G        W  O" -> "G W O": collapse the column padding */
static void
put_taint(struct kt_report *r, void *field, const char *g, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	char **dst = field;

	(void)r;
	if (*dst)
		return;
	for (size_t k = 0; k < n; k++)
		if (g[k] != ' ' || (sb.len && sb.buf[sb.len - 1] != ' '))
			strbuf_addch(&sb, g[k]);
	strbuf_rtrim(&sb);
	if (sb.len)
		*dst = strbuf_detach(&sb, NULL);
	strbuf_release(&sb);
}

static void
put_mmu(struct kt_report *r, void *field, const char *g, size_t n)
{
	char **dst = field;

	(void)r;
	if (*dst || !n)
		return;
	*dst = xstrndup(g, n);
	(*dst)[0] = (char)toupper((unsigned char)(*dst)[0]);
}

static void
put_access(struct kt_report *r, void *field, const char *g, size_t n)
{
	enum kt_access *a = field;

	(void)r;
	if (*a == KT_ACCESS_UNKNOWN)
		*a = access_from_word(g, n);
}

/* powerpc symbols start with '.' (".foo"); keep_label: a PC may be in a
 * local label (".L..."), kept whole */
static void
put_symbol(char **dst, const char *g, size_t n, bool keep_label)
{
	if (*dst || !n)
		return;
	if (*g == '.' && n > 1 && !(keep_label && g[1] == 'L')) {
		g++;
		n--;
	}
	set_str(dst, g, n);
}

static void
put_pc(struct kt_report *r, void *field, const char *g, size_t n)
{
	(void)r;
	put_symbol(field, g, n, true);
}

static void
put_lr(struct kt_report *r, void *field, const char *g, size_t n)
{
	(void)r;
	put_symbol(field, g, n, false);
}

static void
put_modules(struct kt_report *r, void *field, const char *g, size_t n)
{
	(void)field;
	add_modules(r, g, n);
}

/* "[<addr>]" -> "addr" */
static void
put_pcaddr(struct kt_report *r, void *field, const char *g, size_t n)
{
	(void)r;
	if (n > 4 && g[0] == '[' && g[1] == '<') {
		g += 2;
		n -= 4;
	}
	set_str(field, g, n);
}

#define IN_REPORT(f) false, offsetof(struct kt_report, f)
#define IN_SCRATCH(f) true, offsetof(struct scratch, f)

/* The line that ends a trace's interrupt part (x86 "</IRQ>", older "<EOI>"). */
static bool
is_irq_end_marker(const char *t)
{
	while (*t == ' ')
		t++;
	return !strncmp(t, "<EOI>", 5) || !strncmp(t, "</IRQ>", 6);
}

/* What a capture belongs to (struct capture.scope, enum take). */
#define SYSTEM_WIDE 1		/* the same for every task and CPU of the kernel */
#define PER_TASK 2		/* the running task's, or its CPU's */
#define REGISTERS 4		/* the crash site's: registers, fault address, trap */

/* Field form capture names (formats.h) and where each one goes. */
static const struct capture {
	const char *name;
	void (*put)(struct kt_report *r, void *field, const char *g, size_t n);
	unsigned scope;
	bool scratch;		/* the field is in struct scratch, not the report */
	size_t offset;
} captures[] = {
	{ "cpu", put_number, PER_TASK, IN_REPORT(cpu) },
	{ "pid", put_number, PER_TASK, IN_REPORT(pid) },
	{ "comm", put_text, PER_TASK, IN_REPORT(comm) },
	{ "taint", put_taint, SYSTEM_WIDE, IN_REPORT(taint) },
	{ "release", put_text, SYSTEM_WIDE, IN_REPORT(release) },
	{ "hw", put_text, SYSTEM_WIDE, IN_REPORT(hardware) },
	{ "platform", put_text, SYSTEM_WIDE, IN_REPORT(platform) },
	{ "mmu", put_mmu, SYSTEM_WIDE, IN_REPORT(mmu) },
	{ "addr", put_text, REGISTERS, IN_REPORT(fault_address) },
	{ "access", put_access, REGISTERS, IN_REPORT(access) },
	{ "pc", put_pc, REGISTERS, IN_REPORT(pc) },
	{ "lr", put_lr, REGISTERS, IN_REPORT(lr) },
	{ "trap", put_text, REGISTERS, IN_REPORT(trap) },
	{ "modules", put_modules, SYSTEM_WIDE, IN_REPORT(modules) },
	{ "xcpu", put_text, PER_TASK, IN_SCRATCH(xcpu) },	/* xmon's hex cpu number */
	{ "faddr", put_text, REGISTERS, IN_SCRATCH(faddr) },	/* fault address from a register */
	{ "pcaddr", put_pcaddr, REGISTERS, IN_SCRATCH(pcaddr) },	/* unsymbolised program counter */
};

/* The field form just matched names a task or CPU: an identity line
 * ("CPU: 1 PID: 46 Comm: kworker/1:1 ..."). */
static bool
names_task(const struct field_form *ff, const char *text)
{
	const char *g;
	size_t n;

	return kt_re_named(ff->re, text, "cpu", &g, &n) || kt_re_named(ff->re, text, "pid", &g, &n);
}

/* Which captures of a line to take (struct capture.scope): another task's
 * dump gives only the system-wide ones, and the others only when nothing
 * else did; registers printed after an interrupt's trace are the
 * interrupted code's. */
enum take { TAKE_SYSTEM = SYSTEM_WIDE, TAKE_TASK = PER_TASK | REGISTERS, TAKE_NO_REGS = SYSTEM_WIDE | PER_TASK,
	TAKE_ALL = SYSTEM_WIDE | PER_TASK | REGISTERS };

static void
apply_field_form(struct kt_report *r, struct scratch *sc, const struct field_form *ff,
    const char *text, enum take take)
{
	const char *g;
	size_t n;

	for (size_t i = 0; i < ARRAY_SIZE(captures); i++) {
		const struct capture *c = &captures[i];
		char *base = c->scratch ? (char *)sc : (char *)r;

		if ((take & c->scope) && kt_re_named(ff->re, text, c->name, &g, &n))
			c->put(r, base + c->offset, g, n);
	}
	/* registers the access decoders read */
	for (size_t i = 0; (take & REGISTERS) && i < kt_naccess_decoders; i++)
		if (kt_re_named(ff->re, text, kt_access_decoders[i].capture, &g, &n))
			set_str(&sc->reg[i], g, n);
}

/*
 * The rows of the field forms, arch markers and frame forms that may match
 * each line of the segment (formats.h): one multi-literal pass over all its
 * lines (kt_rows_possible_lines) serves the three tables.  Line i of the
 * report is row i, line i of its context row nlines + i.
 */
struct cands {
	unsigned char *rows;		/* owned */
	size_t stride;
};

static void
cands_fill(struct cands *c, const struct segment *seg)
{
	size_t n = seg->nlines + seg->ncontext;
	const char **texts = xmalloc((n ? n : 1) * sizeof(*texts));

	c->stride = kt_table_base(KT_NTABLES);
	for (size_t i = 0; i < seg->nlines; i++)
		texts[i] = seg->lines[i].text;
	for (size_t i = 0; i < seg->ncontext; i++)
		texts[seg->nlines + i] = seg->context[i].text;
	c->rows = xmalloc(n * c->stride + 1);
	kt_rows_possible_lines(texts, n, c->rows, c->stride);
	free(texts);
}

static void
cands_release(struct cands *c)
{
	free(c->rows);
}

static const unsigned char *
cands_of(const struct cands *c, size_t line, enum kt_table t)
{
	return c->rows + line * c->stride + kt_table_base(t);
}

/*
 * A self-detected RCU stall prints, before its own CPU's dump, the dump of
 * the CPU where the starved grace-period kthread last ran ("Stack dump
 * where RCU GP kthread last ran:", then that CPU's "CPU: 0 PID: 5065 ..."
 * and registers).  From that line until the next identity line, the
 * per-task fields are another task's: only system-wide ones are taken.
 * When no identity line follows (a stall detected on other CPUs prints
 * nothing of its own after it), they are all there is, and fill in.
 */
struct other_dump {
	bool inside;
	bool named;		/* its own identity line was seen */
	size_t start;		/* the line that announced it */
};

/* The field forms (all, or the context ones) that match line t, in table
 * order; only those cand allows are tried.  od: NULL for context lines. */
static void
fields_of_line(struct kt_report *r, struct scratch *sc, const char *t, struct other_dump *od,
    const unsigned char *cand, enum take take)
{
	size_t len = strlen(t);
	bool identity = false;

	/* most lines allow none or a few of the rows: jump between them */
	for (const unsigned char *p = cand; (p = memchr(p, 1, kt_nfield_forms - (size_t)(p - cand))); p++) {
		const struct field_form *ff = &kt_field_forms[(size_t)(p - cand)];

		if ((od || ff->context_too) && kt_re_match(ff->re, t, len) > 0) {
			if (od && od->inside && !identity && names_task(ff, t)) {
				identity = true;
				/* the second identity line is the report's own */
				od->inside = !od->named;
				od->named = true;
			}
			apply_field_form(r, sc, ff, t, od && od->inside ? take & TAKE_SYSTEM : take);
		}
	}
}

/* Field forms over the report's lines, then (identity printed before the
 * report: boot banner, "Hardware name") the context ones over its context. */
static void
extract_fields(const struct segment *seg, const struct cands *c, struct kt_report *r, struct scratch *sc)
{
	struct other_dump od = { 0 };
	/* registers after the interrupt part of a trace ("</IRQ>") are the
	 * interrupted code's: a report's own come before its trace, and
	 * dump_stack()'s reports (KASAN, lockdep, "sleeping function called
	 * from invalid context", "irq N: nobody cared") print none.  Only a
	 * stall names the interrupted code.  A form raised without a trap of
	 * its own (HF_NO_OWN_REGS) takes no registers from any line. */
	bool regs_not_own = r->kind && strcmp(r->kind, "stall");
	bool no_regs = any_form_flag(seg, HF_NO_OWN_REGS);

	for (size_t i = 0; i < seg->nlines; i++) {
		if (seg->cls[i] == BODY_STACK_OTHER_CPU)
			od = (struct other_dump){ .inside = true, .start = i };
		no_regs |= regs_not_own && is_irq_end_marker(seg->lines[i].text);
		fields_of_line(r, sc, seg->lines[i].text, &od, cands_of(c, i, KT_TABLE_FIELD_FORMS),
		    no_regs ? TAKE_NO_REGS : TAKE_ALL);
	}
	if (od.inside) {
		struct other_dump none = { 0 };

		for (size_t i = od.start; i < seg->nlines; i++)
			fields_of_line(r, sc, seg->lines[i].text, &none, cands_of(c, i, KT_TABLE_FIELD_FORMS),
			    TAKE_TASK);
	}
	for (size_t i = seg->ncontext; i-- > 0;)
		fields_of_line(r, sc, seg->context[i].text, NULL,
		    cands_of(c, seg->nlines + i, KT_TABLE_FIELD_FORMS), TAKE_ALL);
	if (r->cpu < 0 && sc->xcpu)
		r->cpu = strtol(sc->xcpu, NULL, 16);
	if (!r->pc && sc->pcaddr)
		r->pc = xstrdup(sc->pcaddr);
	/* register-derived fault details mean something for memory faults only */
	if (any_form_flag(seg, HF_FAULT) && !r->fault_address && sc->faddr)
		r->fault_address = xstrdup(sc->faddr);
}

static bool
decoder_applies(const struct access_decoder *ad, const char *arch)
{
	if (!ad->arch[0])
		return true;
	for (size_t i = 0; i < ARRAY_SIZE(ad->arch) && ad->arch[i]; i++)
		if (arch && !strcmp(arch, ad->arch[i]))
			return true;
	return false;
}

static enum kt_access
decode_access(const struct access_decoder *ad, unsigned long v)
{
	for (size_t i = 0; i < ARRAY_SIZE(ad->rule) && ad->rule[i].mask; i++)
		if ((v & ad->rule[i].mask) == ad->rule[i].match)
			return ad->rule[i].access;
	return ad->otherwise;
}

/* A memory fault's access type from the registers, when the report does not say it. */
static void
register_access(const struct segment *seg, struct kt_report *r, const struct scratch *sc)
{
	if (!any_form_flag(seg, HF_FAULT))
		return;
	for (size_t i = 0; i < kt_naccess_decoders && r->access == KT_ACCESS_UNKNOWN; i++)
		if (sc->reg[i] && decoder_applies(&kt_access_decoders[i], r->arch))
			r->access = decode_access(&kt_access_decoders[i], strtoul(sc->reg[i], NULL, 16));
}

/* The strongest marker below best of n lines, the first of them line
 * first of the segment's candidates c. */
static size_t
best_marker(const struct kt_line *lines, size_t n, const struct cands *c, size_t first, size_t best,
    bool weak_only)
{
	for (size_t i = 0; i < n && best > 0; i++) {
		const char *t = lines[i].text;
		size_t len = strlen(t);
		const unsigned char *cand = cands_of(c, first + i, KT_TABLE_ARCH_MARKERS);

		for (size_t k = 0; k < best; k++) {
			if (!cand[k] || (weak_only && !kt_arch_markers[k].weak))
				continue;
			if (kt_re_match(kt_arch_markers[k].re, t, len) > 0) {
				best = k;
				break;
			}
		}
	}
	return best;
}

static const char *
detect_arch(const struct segment *seg, const struct cands *c, const struct kt_report *r)
{
	size_t best;

	if (seg->form->arch)
		return seg->form->arch;
	for (size_t i = 0; i < seg->nattached; i++)
		if (seg->attached[i]->arch && strcmp(seg->attached[i]->arch, "xen"))
			return seg->attached[i]->arch;
	best = best_marker(seg->lines, seg->nlines, c, 0, kt_narch_markers, false);
	if (best < kt_narch_markers && !kt_arch_markers[best].weak)
		return kt_arch_markers[best].arch;
	/* the previous report of the same kernel is the next best evidence */
	if (seg->prev_arch && seg->prev_release && r->release && !strcmp(seg->prev_release, r->release))
		return seg->prev_arch;
	best = best_marker(seg->context, seg->ncontext, c, seg->nlines, best, true);
	return best < kt_narch_markers ? kt_arch_markers[best].arch : NULL;
}

static bool
group(const pcre2_code *re, const char *t, const char *name, const char **g, size_t *n)
{
	return kt_re_named(re, t, name, g, n) && *n > 0;
}

/* An annotated register line naming an inlined function ("... [inline]"). */
static bool
rip_inline(const char *t)
{
	return strstr(t, "[inline]") && kt_re_match(kt_rip_inline_re, t, strlen(t)) > 0;
}

/* The annotated register lines from line i naming inlined functions: the
 * function of the line after them, which names the one they are in (into
 * *g, *n), or false. */
static bool
rip_outer(const struct segment *seg, size_t i, const char **g, size_t *n)
{
	const char *t;

	while (i < seg->nlines && rip_inline(seg->lines[i].text))
		i++;
	if (i == seg->nlines)
		return false;
	t = seg->lines[i].text;
	return kt_re_match(kt_rip_outer_re, t, strlen(t)) > 0 && group(kt_rip_outer_re, t, "func", g, n);
}

/* After the first annotated register lines naming an inlined pc, the line
 * naming the function they are in: its function, when not the pc's own.
 * Only the lines the report's pc came from: a second register dump (the
 * task a WARNING in an interrupt interrupted) names another pc. */
static void
find_pc_caller(const struct segment *seg, struct kt_report *r)
{
	size_t i = 0;
	const char *g;
	size_t n;

	if (!r->pc)
		return;
	while (i < seg->nlines && !rip_inline(seg->lines[i].text))
		i++;
	if (i == seg->nlines)
		return;
	if (!group(kt_rip_inline_re, seg->lines[i].text, "pc", &g, &n) || strncmp(r->pc, g, n) ||
	    (r->pc[n] && r->pc[n] != '+'))
		return;
	if (rip_outer(seg, i, &g, &n) && (strncmp(r->pc, g, n) || r->pc[n]))
		r->pc_caller = xstrndup(g, n);
}

/* The frame re matched in t, into f (its strings are the caller's). */
static void
parse_frame(struct kt_frame *f, const pcre2_code *re, const char *t)
{
	const char *g;
	size_t n;

	memset(f, 0, sizeof(*f));
	f->offset = f->size = -1;
	f->reliable = true;
	if (group(re, t, "func", &g, &n)) {
		if (*g == '.' && n > 1) { g++; n--; }
		f->function = xstrndup(g, n);
	}
	if (group(re, t, "addr", &g, &n))
		f->address = xstrndup(g, n);
	if (group(re, t, "off", &g, &n))
		f->offset = strtoll(g, NULL, 16);
	if (group(re, t, "size", &g, &n))
		f->size = strtoll(g, NULL, 16);
	if (group(re, t, "mod", &g, &n))
		f->module = xstrndup(g, n);
	if (group(re, t, "unrel", &g, &n) || group(re, t, "q", &g, &n) ||
	    group(re, t, "paren", &g, &n))
		f->reliable = false;
	if (group(re, t, "rs", &g, &n) && *g == 'S')
		f->reliable = false;
	if (group(re, t, "inl", &g, &n))
		f->inlined = true;
}

static void
add_frame(struct kt_report *r, size_t *alloc, const pcre2_code *re, const char *t)
{
	r->frames = xgrow(r->frames, sizeof(*r->frames), r->nframes + 1, alloc);
	parse_frame(&r->frames[r->nframes++], re, t);
}

/* arm prints "[<pc>] (f) from [<lr>] (g+off/size)": g, the caller of the
 * last line, is the outermost frame and has no line of its own. */
static void
add_from_frame(struct kt_report *r, size_t *alloc, const char *from, size_t lim)
{
	struct kt_frame *f;

	if (!from || r->nframes >= lim)
		return;
	r->frames = xgrow(r->frames, sizeof(*r->frames), r->nframes + 1, alloc);
	f = &r->frames[r->nframes++];
	memset(f, 0, sizeof(*f));
	f->offset = f->size = -1;
	f->reliable = true;
	f->function = xstrdup(from);
}

/* Frames printed before the first stack marker that a trace then replaces:
 * "Preemption disabled at:" and similar one-line locations, a lockdep "at:"
 * line wrapped after its address. */
#define MAX_LOCATION_FRAMES 1

static void
drop_frames(struct kt_report *r)
{
	for (size_t k = 0; k < r->nframes; k++) {
		free(r->frames[k].function);
		free(r->frames[k].address);
		free(r->frames[k].module);
	}
	r->nframes = 0;
}

/*
 * The last TAIL_FRAMES frames of a trace longer than lim->max_frames, which
 * the report does not keep: a stack overflow's recursion fills the kept
 * frames, and only the outermost ones name its entry (the stall extractor's
 * dispatcher).  A ring while walking, in order (inner to outer) after.
 */
#define TAIL_FRAMES 64

struct tail {
	char *function[TAIL_FRAMES];	/* NULL: a frame that cannot be guilty */
	size_t n;			/* frames past max so far (the ring: n % TAIL_FRAMES) */
};

static void
tail_clear(struct tail *tl)
{
	for (size_t k = 0; k < TAIL_FRAMES; k++) {
		free(tl->function[k]);
		tl->function[k] = NULL;
	}
	tl->n = 0;
}

static void
tail_push(struct tail *tl, const pcre2_code *re, const char *t)
{
	struct kt_frame f;
	size_t k = tl->n++ % TAIL_FRAMES;

	parse_frame(&f, re, t);
	free(tl->function[k]);
	tl->function[k] = f.reliable && !f.inlined ? f.function : NULL;
	if (!tl->function[k])
		free(f.function);
	free(f.address);
	free(f.module);
}

/* The ring in order, oldest (innermost) first. */
static void
tail_unroll(struct tail *tl)
{
	char *in_order[TAIL_FRAMES];
	size_t n = tl->n < TAIL_FRAMES ? tl->n : TAIL_FRAMES, first = tl->n < TAIL_FRAMES ? 0 : tl->n % TAIL_FRAMES;

	for (size_t k = 0; k < TAIL_FRAMES; k++)
		in_order[k] = k < n ? tl->function[(first + k) % TAIL_FRAMES] : NULL;
	memcpy(tl->function, in_order, sizeof(in_order));
	tl->n = n;
}

/* Walking a report's lines for its call trace. */
struct frame_walk {
	struct kt_report *r;
	size_t alloc, max;
	size_t irq_end;		/* frames before this index ran in interrupt context */
	bool in_stack;		/* inside a stack marker's frames */
	bool seen_stack;	/* a stack marker was seen */
	bool in_location;	/* inside a location's frames ("Preemption disabled at:") */
	bool loc_broken;	/* other lines followed the frames so far */
	bool loc_dropped;	/* a location's frames were dropped already */
	bool done;		/* the report's own trace is complete */
	bool other_first;	/* the frames so far are a secondary stack printed first */
	bool other_cpu_next;	/* the next CPU's backtrace is a secondary stack too */
	bool regs_seen;		/* a line printed the report's pc (its register dump) */
	bool first_after_regs;	/* ... and a frame of the trace so far followed it */
	char *from;		/* arm: the caller the last frame line names */
	bool from_offset;	/* ... with its offset ("g+0x1/0x2") */
	struct tail tail;	/* the outermost frames past max */
};

/* The frames so far go, those past max too. */
static void
walk_drop_frames(struct frame_walk *w)
{
	drop_frames(w->r);
	tail_clear(&w->tail);
}

static void
flush_from(struct frame_walk *w)
{
	add_from_frame(w->r, &w->alloc, w->from, w->max);
	free(w->from);
	w->from = NULL;
}

/* Frames so far were a location that the trace that follows replaces. */
static void
drop_location(struct frame_walk *w)
{
	walk_drop_frames(w);
	w->irq_end = 0;
	w->loc_dropped = true;
}

static bool
ends_trace(int cls)
{
	return cls == BODY_STACK || cls == BODY_STACK_RESET || cls == BODY_STACK_CPU || cls == BODY_STACK_OTHER ||
	    cls == BODY_STACK_OTHER_CPU || cls == BODY_LOCATION || cls == BODY_END || cls == CLS_HEADER;
}

/* The first trace is the report's; later ones belong to others.  A lone
 * frame before any trace is a location ("Preemption disabled at:"): the
 * trace replaces it.  But a first trace that came before the report's
 * register dump, where a later one comes after it, is another task's
 * printed into the report (two CPUs writing at once, a fault-injection
 * dump_stack() between a WARNING's lines): the later one is the report's. */
static void
stack_start(struct frame_walk *w)
{
	size_t n = w->r->nframes;

	if (w->in_location || (n && !w->seen_stack && !w->loc_dropped && n <= MAX_LOCATION_FRAMES)) {
		drop_location(w);
	} else if (n && !w->first_after_regs && w->regs_seen) {
		walk_drop_frames(w);
		w->irq_end = 0;
	} else if (n && w->other_first && w->other_cpu_next) {
		/* after the secondary stacks a self-detected stall prints
		 * first, its own trace */
		walk_drop_frames(w);
		w->irq_end = 0;
		w->other_first = w->other_cpu_next = false;
	} else if (n) {
		w->done = true;
	}
	w->in_stack = w->seen_stack = true;
	w->in_location = false;
}

/* Is t the register line printing pc ("RIP: 0010:find_vma+0xf8/0x270",
 * "pc : do_x+0x1c/0x60", "NIP [c0000000000a8e80] f+0x1/0x2"): pc after a
 * short register label, not in a WARNING's or BUG's own words? */
static bool
is_pc_line(const char *t, const char *pc)
{
	const char *at = strstr(t, pc);
	size_t before = at ? (size_t)(at - t) : 0;

	return at && before <= 32 && !memmem(t, before, " at ", 4) && !memmem(t, before, "WARNING", 7) &&
	    !memmem(t, before, "BUG", 3);
}

/* The report's register dump comes after the trace taken so far: what
 * follows the dump replaces it. */
static void
restart_after_regs(struct frame_walk *w)
{
	walk_drop_frames(w);
	w->irq_end = 0;
	w->done = false;
	w->regs_seen = w->in_stack = w->seen_stack = true;
	w->in_location = w->other_first = false;
}

/* Lockdep's dependency chain line "-> #1 (&mm->mmap_lock){++++}:": the
 * text after "-> #" (the chain's number), NULL for any other line. */
static const char *
lock_chain(const char *t)
{
	t += strspn(t, " ");
	return strncmp(t, "-> #", 4) ? NULL : t + 4;
}

/* A CPU's backtrace, or the line that names another CPU's, starts: the
 * frames so far are the report's trace, which is then complete (false), or
 * a secondary stack printed first (the starved RCU kthread's), dropped. */
static bool
drop_secondary(struct frame_walk *w)
{
	/* frames before any stack started are another CPU's output
	 * interleaved with the report's, not its trace (syzbot-mail 637) */
	if (w->r->nframes && !w->other_first && w->seen_stack) {
		w->done = true;
		return false;
	}
	walk_drop_frames(w);
	w->irq_end = 0;
	return true;
}

/* Follow a line of class cls; true when it is a frame line to parse. */
static bool
walk_class(struct frame_walk *w, int cls, const char *t)
{
	size_t n = w->r->nframes;
	const char *chain;

	switch (cls) {
	case BODY_STACK_RESET:
		walk_drop_frames(w);
		w->irq_end = 0;
		w->in_stack = w->seen_stack = true;
		w->in_location = false;
		return false;
	case BODY_STACK_CPU:
		if (!drop_secondary(w))
			return false;
		/* the CPU a secondary stack's line named: its trace is another's */
		w->other_first = w->other_cpu_next;
		w->in_stack = w->seen_stack = true;
		w->in_location = false;
		return false;
	case BODY_STACK_OTHER_CPU:
		if (!drop_secondary(w))
			return false;
		w->other_first = w->other_cpu_next = w->seen_stack = true;
		w->in_stack = w->in_location = false;
		return false;
	case BODY_STACK_OTHER:
		if (!n)
			w->other_first = true;
		w->seen_stack = true;
		if (n && !w->in_location)
			w->done = true;
		/* lockdep's "-> #0" chain is the current acquisition: the
		 * trace until "stack backtrace:" replaces it, if printed */
		w->in_stack = (chain = lock_chain(t)) && !strncmp(chain, "0 ", 2);
		return false;
	case BODY_LOCATION:
		/* frames of a location: the report's trace replaces them */
		if (n && !w->in_location)
			w->done = true;
		else
			w->in_location = w->in_stack = true;
		return false;
	case BODY_STACK:
	case BODY_PROMPT:	/* xmon "t" prints the trace after a prompt */
		stack_start(w);
		return false;
	case CLS_FRAME:
		/* a location too when more frames follow after other lines */
		if (w->loc_broken && !w->seen_stack && !w->loc_dropped && n <= MAX_LOCATION_FRAMES)
			drop_location(w);
		w->loc_broken = false;
		/* a frame after the register dump: the trace goes on past it
		 * (an interrupt's registers printed inside it), it is the report's */
		if (w->regs_seen)
			w->first_after_regs = true;
		return true;
	case BODY_MARK:
	case BODY_TAIL:		/* stack dumps between frames ("Exception stack(") */
	case CLS_HEADER:
		return false;
	default:
		if (n)
			w->loc_broken = true;
		return false;
	}
}

static void
take_frame(struct frame_walk *w, const pcre2_code *re, const char *t)
{
	struct kt_report *r = w->r;
	bool added;
	const char *fn, *g;
	size_t n;

	/*
	 * The caller the line before named is not this line's function: a
	 * return address just past the end of a function that ended in a
	 * noreturn call, which kallsyms names by the next function ("(...)
	 * from [<8062b018>] (ext4_fileattr_get+0x0/0x78)", then "[<80628f04>]
	 * (__ext4_ioctl) from ...": syzbot-mail 1204).  The kernel printed
	 * both; syzkaller reads both names of every such line, in order.
	 */
	if (w->from && w->from_offset && !(kt_re_named(re, t, "func", &g, &n) && strlen(w->from) == n &&
	    !memcmp(w->from, g, n)))
		add_from_frame(r, &w->alloc, w->from, w->max);
	added = r->nframes < w->max;
	free(w->from);
	w->from = NULL;
	if (kt_re_named(re, t, "from", &g, &n) && n) {
		w->from = xstrndup(g, n);
		/* "g+0x0/0x78", not an inlined site's "g file.h:235 [inline]" */
		w->from_offset = g[n] == '+';
	}
	if (added)
		add_frame(r, &w->alloc, re, t);
	else
		tail_push(&w->tail, re, t);
	fn = added ? r->frames[r->nframes - 1].function : NULL;
	if (fn && kt_re_test_short(kt_irq_end_re, fn, strlen(fn)))
		w->irq_end = r->nframes;
}

/* The first frame form that applies here and matches the line. */
static void
walk_frame(struct frame_walk *w, const char *t, const unsigned char *cand)
{
	size_t len = strlen(t);

	for (size_t k = 0; k < kt_nframe_forms; k++) {
		enum frame_where where = kt_frame_forms[k].where;

		if (!cand[k])
			continue;
		if ((where == FW_STACK || where == FW_RUN || (where == FW_STACK_OR_HEAD && w->seen_stack)) &&
		    !w->in_stack)
			continue;
		if (kt_re_match(kt_frame_forms[k].re, t, len) > 0) {
			take_frame(w, kt_frame_forms[k].re, t);
			return;
		}
	}
}

/* What the walk over a report's trace found besides its frames. */
struct trace_facts {
	struct tail tail;	/* the trace's outermost frames past max, in order */
	size_t irq_end;		/* frames before this index ran in interrupt context */
	size_t end;		/* the segment line after the report's last frame */
	size_t pc_frames;	/* frames taken before the pc's register line (SIZE_MAX:
				 * none seen) */
	bool secondary;		/* the frames are a location's ("state was registered
				 * at:") or a secondary stack's: the report's own trace
				 * was not printed */
	char *task_pc;		/* an RCU stall (HF_TIMER_START): the pc of the first
				 * registers printed after frames (for an annotated
				 * inlined pc, the function it is in), or NULL; owned */
	size_t task_pc_frames;	/* the frames taken before them */
};

static void
trace_facts_release(struct trace_facts *tf)
{
	tail_clear(&tf->tail);
	free(tf->task_pc);
	tf->task_pc = NULL;
}

/* The function the pc is in: for an inlined pc syzbot's registers name
 * first, the function it was inlined into. */
static const char *
pc_function(const struct kt_report *r)
{
	return r->pc_caller ? r->pc_caller : r->pc;
}

/* The pc as its register line prints it ("get_pat_info+0x216/0x270"), or
 * the function syzbot's annotated registers name after an inlined one
 * ("f+0x"); with any, also a bare symbol ("f+0x").  NULL without a pc;
 * the caller frees it. */
static char *
pc_needle(const struct kt_report *r, bool any)
{
	struct strbuf sb = STRBUF_INIT;

	if (r->pc && strchr(r->pc, '+'))
		return xstrndup(r->pc, strcspn(r->pc, " \t"));
	if (!r->pc_caller && !(any && r->pc))
		return NULL;
	strbuf_addf(&sb, "%s+0x", pc_function(r));
	return strbuf_detach(&sb, NULL);
}

/* The pc a register line of the report prints (line i, text t), or NULL;
 * the caller frees it. */
static char *
line_pc(const struct cands *c, size_t i, const char *t)
{
	const unsigned char *cand = cands_of(c, i, KT_TABLE_FIELD_FORMS);
	size_t len = strlen(t), n;
	const char *g;
	char *pc = NULL;

	for (const unsigned char *p = cand; (p = memchr(p, 1, kt_nfield_forms - (size_t)(p - cand))); p++) {
		const struct field_form *ff = &kt_field_forms[(size_t)(p - cand)];

		if (kt_re_match(ff->re, t, len) > 0 && kt_re_named(ff->re, t, "pc", &g, &n)) {
			put_symbol(&pc, g, n, true);
			break;
		}
	}
	return pc;
}

/*
 * An RCU stall's registers printed after frames (the interrupted task's,
 * below the timer interrupt that found the stall: syzbot-mail 1378): the
 * first such line's pc, or after annotated lines naming an inlined pc the
 * function it is in (rip_outer(), as find_pc_caller() reads the report's
 * own).
 */
static void
note_task_pc(struct trace_facts *tf, const struct segment *seg, const struct cands *c, size_t i, size_t nframes)
{
	const char *g;
	size_t n;
	char *pc;

	if (!(seg->form->flags & HF_TIMER_START) || tf->task_pc || !nframes || seg->cls[i] == CLS_FRAME ||
	    seg->cls[i] == CLS_HEADER || !(pc = line_pc(c, i, seg->lines[i].text)))
		return;
	if (rip_inline(seg->lines[i].text) && rip_outer(seg, i, &g, &n)) {
		free(pc);
		pc = xstrndup(g, n);
	}
	tf->task_pc = pc;
	tf->task_pc_frames = nframes;
}

/* The first register line printing needle: how many frames came before it. */
static void
note_pc_line(struct trace_facts *tf, const char *needle, int cls, const char *t, size_t nframes)
{
	if (tf->pc_frames == SIZE_MAX && needle && cls != CLS_HEADER && cls != CLS_FRAME && is_pc_line(t, needle))
		tf->pc_frames = nframes;
}

static void
extract_frames(const struct segment *seg, const struct cands *c, const struct kt_limits *lim,
    struct kt_report *r, struct trace_facts *tf)
{
	struct frame_walk w = { .r = r, .max = lim->max_frames };
	/* a stall's or hang's registers are other CPUs' (NMI backtraces) */
	bool own_regs = r->kind && strcmp(r->kind, "stall") && strcmp(r->kind, "hang");
	char *pc = own_regs ? pc_needle(r, false) : NULL;
	/* where the pc's registers come, whoever's they are: a stall's
	 * NMI backtrace prints them before the interrupt's frames (read by
	 * stall_frame() only: no search for other reports) */
	char *any_pc = (seg->form->flags & HF_STALL) ? pc_needle(r, true) : NULL;

	tf->pc_frames = SIZE_MAX;
	tf->end = 0;
	tf->task_pc = NULL;
	for (size_t i = 0; i < seg->nlines; i++) {
		const char *t = seg->lines[i].text;
		int cls = seg->cls[i];
		size_t had = r->nframes;
		bool pc_line = pc && cls != CLS_HEADER && cls != CLS_FRAME && is_pc_line(t, pc);

		if (w.done) {
			/* a complete trace before the report's register dump,
			 * and the dump printed later with the trace going on
			 * after it (syzbot's copy of a WARNING cut short, then
			 * its panic_on_warn dump): those frames are the report's */
			if (w.first_after_regs || w.regs_seen || !pc)
				break;
			if (pc_line)
				restart_after_regs(&w);
			continue;
		}
		if (i >= seg->freeze_at && r->nframes)
			break;
		/* the caller named by the last frame line ends the trace */
		if (w.from && ends_trace(cls))
			flush_from(&w);
		if (is_irq_end_marker(t))
			w.irq_end = r->nframes;
		if (pc_line)
			w.regs_seen = true;
		note_pc_line(tf, any_pc, cls, t, r->nframes);
		note_task_pc(tf, seg, c, i, r->nframes);
		if (walk_class(&w, cls, t))
			walk_frame(&w, t, cands_of(c, i, KT_TABLE_FRAME_FORMS));
		if (r->nframes > had)
			tf->end = i + 1;
	}
	if (w.from && !w.done)
		flush_from(&w);
	free(w.from);
	free(pc);
	free(any_pc);
	tf->irq_end = w.irq_end;
	tf->secondary = r->nframes && (w.other_first || w.in_location);
	tail_unroll(&w.tail);
	tf->tail = w.tail;
}

/* Whether a rename row applies to reports of kind (NULL: every row, as
 * fingerprints read names, whatever the titles' conventions). */
static bool
rename_applies(const struct frame_rename *fr, const char *kind)
{
	size_t n;

	if (!fr->kinds || !kind)
		return true;
	n = strlen(kind);
	for (const char *p = fr->kinds; (p = strstr(p, kind)); p += n)
		if ((p == fr->kinds || p[-1] == ' ') && (!p[n] || p[n] == ' '))
			return true;
	return false;
}

/* The first row of kt_frame_renames for kind that matches s rewrites it (s
 * is freed when it is replaced); a name a rename would empty stays as it is. */
static char *
rename_frame(char *s, const char *kind)
{
	size_t n = strlen(s);

	for (size_t i = 0; i < kt_nframe_renames; i++) {
		const struct frame_rename *fr = &kt_frame_renames[i];
		const char *g;
		size_t glen;
		struct strbuf sb = STRBUF_INIT;

		if (!rename_applies(fr, kind) || kt_re_match(fr->re, s, n) <= 0 || !kt_re_group(s, 0, &g, &glen))
			continue;
		if (glen == n && !*fr->replacement)
			return s;
		strbuf_add(&sb, s, (size_t)(g - s));
		strbuf_addstr(&sb, fr->replacement);
		strbuf_addstr(&sb, g + glen);
		free(s);
		return strbuf_detach(&sb, NULL);
	}
	return s;
}

/* An Itanium C++ name of a plain function, "_Z8fakeNameiii" (a length,
 * the name, then its parameter types): the name alone (syzkaller-dev
 * 747), f[0..*end) otherwise. */
static const char *
unmangled(const char *f, const char **end)
{
	const char *p = f + 2;
	size_t n = 0;

	if (strncmp(f, "_Z", 2) || !isdigit((unsigned char)*p) || *p == '0')
		return f;
	while (isdigit((unsigned char)*p) && n < 1000)
		n = n * 10 + (size_t)(*p++ - '0');
	if (n > (size_t)(*end - p) || isdigit((unsigned char)*p))
		return f;
	*end = p + n;
	return p;
}

/*
 * The name used for titles and fingerprints: no leading '.', no Xen
 * "file.c#" prefix, no offset, no compiler suffix (.isra.0, .cold,
 * .part.N, .constprop.N), renamed by the kt_frame_renames of reports of
 * kind (NULL: by every row).
 */
static char *
clean_function(const char *f, const char *kind)
{
	const char *hash, *end;
	char *s;

	if (!f || (f[0] == '.' && f[1] == 'L'))	/* ".LC16": a local label, not a function */
		return NULL;
	if (*f == '.')
		f++;
	if ((hash = strchr(f, '#')))
		f = hash + 1;
	end = f;
	while (*end && (isalnum((unsigned char)*end) || *end == '_' || *end == '$'))
		end++;
	if (end == f || (end - f > 2 && f[0] == '0' && f[1] == 'x'))
		return NULL;
	if (end - f >= 8 && strspn(f, "0123456789abcdef") >= (size_t)(end - f))
		return NULL;	/* an unsymbolised address */
	f = unmangled(f, &end);
	s = xstrndup(f, (size_t)(end - f));
	return rename_frame(s, kind);
}

static bool
skipped(const struct header_form *f, const char *name)
{
	size_t n = strlen(name);

	if (kt_re_test_short(kt_skip_re, name, n))
		return true;
	return f->skip_re && kt_re_test_short(f->skip_re, name, n);
}

/* The function the "func" group of re names in t, which re matched last
 * (kt_re_named reads that match), cleaned; NULL when it names none. */
static char *
named_function(const pcre2_code *re, const char *t, const char *kind)
{
	const char *g;
	size_t n;
	char *raw, *res;

	if (!kt_re_named(re, t, "func", &g, &n) || !n)
		return NULL;
	raw = xstrndup(g, n);
	res = clean_function(raw, kind);
	free(raw);
	return res;
}

/* named_function, when the function may be guilty; the caller frees it. */
static char *
usable_function(const struct segment *seg, const pcre2_code *re, const char *t)
{
	char *c = named_function(re, t, seg->form->kind);

	if (c && !skipped(seg->form, c))
		return c;
	free(c);
	return NULL;
}

/* Whether t, its trailing white space left out, ends with suffix. */
static bool
trimmed_ends_with(const char *t, const char *suffix)
{
	size_t n = kt_trimmed_len(t, strlen(t)), k = strlen(suffix);

	return n >= k && !memcmp(t + n - k, suffix, k);
}

/*
 * The header line that names the report: after syzbot's inline expansion
 * of a symbolised header (the inlined site first, "... race in
 * srcu_get_delay kernel/rcu/srcutree.c:658 [inline]", then the functions
 * it is inlined into, each a line of the same form: syzbot-mail 272), the
 * last line, whose function the inlined code is part of, as an inlined pc
 * is named by the function it is in (find_pc_caller).
 */
static const char *
named_header(const struct segment *seg)
{
	const char *t = seg->header;
	size_t i = 0;

	if (!t || !trimmed_ends_with(t, " [inline]"))
		return t;
	while (i < seg->nlines && strcmp(seg->lines[i].text, t))
		i++;
	while (i + 1 < seg->nlines && trimmed_ends_with(seg->lines[i].text, " [inline]") &&
	    kt_re_match(seg->form->re, seg->lines[i + 1].text, strlen(seg->lines[i + 1].text)) > 0)
		i++;
	return i < seg->nlines ? seg->lines[i].text : t;
}

/* Whether the report's header matches its form: then kt_re_named reads it. */
static bool
header_matched(const struct segment *seg)
{
	const char *t = named_header(seg);

	return t && kt_re_match(seg->form->re, t, strlen(t)) > 0;
}

/* The function the header names, even a helper (HF_HEADER_LAST). */
static char *
header_function(const struct segment *seg)
{
	return header_matched(seg) ? named_function(seg->form->re, named_header(seg), seg->form->kind) : NULL;
}

/* The function the header names, when it may be guilty. */
static char *
usable_header_function(const struct segment *seg)
{
	return header_matched(seg) ? usable_function(seg, seg->form->re, named_header(seg)) : NULL;
}

/*
 * The length of t without the source position syzbot appends to a
 * symbolised function ("dequeue_entities+0x6df/0x760 kernel/sched/fair.c:7177"):
 * a title names the function, not where its code is.
 */
static size_t
without_source_position(const char *t)
{
	size_t n = strlen(t), len;
	const char *pos;

	if (strstr(t, "+0x") && kt_re_match(kt_symbolised_pos_re, t, n) > 0 &&
	    kt_re_named(kt_symbolised_pos_re, t, "pos", &pos, &len))
		return (size_t)(pos - t);
	return kt_trimmed_len(t, n);
}

/* Lockdep names the locking sites on "..., at: func" lines, a workqueue
 * leak its work function on "last function: func": the first n, the
 * first that may be guilty or (helpers_too) the first. */
static char *
at_line_function(const struct segment *seg, unsigned n, bool helpers_too)
{
	unsigned seen = 0;
	struct strbuf joined = STRBUF_INIT;
	char *c = NULL;

	for (size_t i = 0; i < seg->nlines && seen < n; i++) {
		const char *t = seg->lines[i].text;

		/* "... is trying to release lock (x) at:" names the site on the next
		 * line; syzbot's symbolised site is the functions inlined into it
		 * first ("[<ffffffff82104277>] i_mmap_unlock_write include/linux/fs.h:557
		 * [inline]"), then the one they are in */
		if (trimmed_ends_with(t, "at:") && i + 1 < seg->nlines) {
			size_t j = i + 1;

			while (j + 1 < seg->nlines && trimmed_ends_with(seg->lines[j].text, "[inline]"))
				j++;
			strbuf_reset(&joined);
			strbuf_addf(&joined, "%.*s %s", (int)kt_trimmed_len(t, strlen(t)), t, seg->lines[j].text);
			t = joined.buf;
		}
		if ((!strstr(t, "at: ") && !strstr(t, "last function: ")) || kt_re_match(kt_at_re, t, strlen(t)) <= 0)
			continue;
		seen++;
		if ((c = helpers_too ? named_function(kt_at_re, t, seg->form->kind) : usable_function(seg, kt_at_re, t)))
			break;
	}
	strbuf_release(&joined);
	return c;
}

/*
 * Lockdep's dependency chains ("-> #1 (&mm->mmap_lock){++++}:" and the
 * trace that took that lock): when neither the "at:" sites nor the
 * report's own trace name anything but locking or workqueue machinery
 * (process_one_work, flush_workqueue), the first usable frame of the
 * chains, in the order printed, is the code that built the cycle.
 */
static char *
chain_function(const struct segment *seg)
{
	bool in_chain = false;

	for (size_t i = 0; i < seg->nlines; i++) {
		const char *t = seg->lines[i].text;
		size_t len = strlen(t);

		if (seg->cls[i] != CLS_FRAME) {
			if (seg->cls[i] == BODY_STACK_OTHER)
				in_chain = lock_chain(t) != NULL;
			else if (seg->cls[i] != BODY_NONE || len)
				in_chain = false;
			continue;
		}
		for (size_t k = 0; in_chain && k < kt_nframe_forms; k++) {
			const char *g;
			size_t n;
			char *c;

			if (kt_re_match(kt_frame_forms[k].re, t, len) <= 0)
				continue;
			/* an inlined frame's code is its caller's (as guilty_frame) */
			if (kt_re_named(kt_frame_forms[k].re, t, "inl", &g, &n) && n)
				break;
			if ((c = usable_function(seg, kt_frame_forms[k].re, t)))
				return c;
			break;
		}
	}
	return NULL;
}

static char *
guilty_frame(const struct segment *seg, const struct kt_report *r, size_t from)
{
	bool any_reliable = false;
	int passes = 1;
	char *c;

	for (size_t i = from; i < r->nframes; i++)
		any_reliable |= r->frames[i].reliable;
	/* "?" frames are stack garbage, not the culprit: a trace of nothing else
	 * is corrupted (syzkaller-dev 365, 484, 479), except after a jump to an
	 * address that is no function, where the unwinder has only them (the
	 * exec-nx boots in tests/data/boot) */
	if (!any_reliable && (seg->form->flags & HF_FAULT) && (c = clean_function(r->pc, r->kind)))
		free(c);
	else if (!any_reliable && (seg->form->flags & HF_FAULT))
		passes = 2;
	for (int pass = 0; pass < passes; pass++)
		for (size_t i = from; i < r->nframes; i++) {
			if (r->frames[i].reliable != (pass == 0) || r->frames[i].inlined ||
			    !(c = clean_function(r->frames[i].function, r->kind)))
				continue;
			if (!skipped(seg->form, c))
				return c;
			free(c);
		}
	return NULL;
}

/* The frames of the code a stall's timer interrupt found running: the
 * program counter (the function an inlined pc is in: a tracepoint inlined
 * into call_timer_fn is call_timer_fn, syzbot-mail 554), then the trace
 * from index from, inlined frames left out (their code is their caller's).
 * pc: the function of the program counter.  k-th name, cleaned (NULL for
 * an unusable or unreliable frame); the caller frees it. */
static char *
stall_name(const struct kt_report *r, const char *pc, size_t from, size_t k)
{
	if (k == 0)
		return clean_function(pc, r->kind);
	k += from - 1;
	return r->frames[k].reliable && !r->frames[k].inlined ? clean_function(r->frames[k].function, r->kind) : NULL;
}

/* After the first run of local APIC timer interrupt frames (an x86 timer
 * tick, "apic_timer_interrupt" in every spelling, inlined or not): the
 * index of the first frame past them, or 0 without one. */
static bool
is_timer_tick(const struct kt_report *r, size_t i)
{
	return r->frames[i].function && strstr(r->frames[i].function, "apic_timer_interrupt");
}

static size_t
after_timer_interrupt(const struct kt_report *r)
{
	size_t i = 0;

	while (i < r->nframes && !is_timer_tick(r, i))
		i++;
	while (i < r->nframes && is_timer_tick(r, i))
		i++;
	return i < r->nframes ? i : 0;
}

/*
 * Where the code a stall's timer interrupt found running starts in the
 * trace: after the first interrupt frame, even when that code ran in a
 * softirq on the IRQ stack; irq_end (the last interrupt section's end)
 * without one.  When no frame of the detector (kt_stall_detector_re: the
 * timer, RCU, the watchdog) comes before that interrupt frame, the trace
 * starts at the interrupted code itself (a soft lockup's registers, shown
 * by show_regs) and the interrupt is another one, on whose way out the
 * stalled softirq ran: the trace is all the stalled code's
 * (syzkaller-dev 535: net_rx_action after a network IRQ, "in
 * ip_list_rcv").  In a soft lockup's trace (HF_REGS_TRACE) that other
 * interrupt may be a timer's too: past its exit (kt_irq_exit_re) a timer
 * frame is not the detector's (syzbot-mail 426).  In any stall, timer
 * frames below one that runs softirqs (kt_softirq_run_re) are a softirq's
 * own hrtimers, as a detector runs in a hard interrupt or an NMI
 * (syzbot-mail 484).  An RCU stall's NMI backtrace is named after its
 * interrupt all the same (syzkaller-dev 421).
 * A stack overflow's trace is all its own.
 */
static size_t
interrupted_start(const struct segment *seg, const struct kt_report *r, size_t irq_end)
{
	bool detector = false, exited = false;
	size_t i;

	if (!(seg->form->flags & HF_STALL))
		return 0;
	/* an RCU stall (HF_TIMER_START): the code the tick interrupted, even
	 * when the tick came while another interrupt's exit ran softirqs
	 * (syzbot-mail 576) */
	if ((seg->form->flags & HF_TIMER_START) && (i = after_timer_interrupt(r)))
		return i;
	for (i = 0; i < r->nframes; i++) {
		const char *fn = r->frames[i].function;
		size_t n;

		if (!fn)
			continue;
		n = strlen(fn);
		exited |= (seg->form->flags & HF_REGS_TRACE) && kt_re_test_short(kt_irq_exit_re, fn, n);
		detector |= !exited && kt_re_test_short(kt_stall_detector_re, fn, n);
		if (kt_re_test_short(kt_softirq_run_re, fn, n))
			detector = false;
		if (kt_re_test_short(kt_irq_end_re, fn, n))
			return detector ? i + 1 : 0;
	}
	return irq_end < r->nframes ? irq_end : r->nframes;
}

/* The first of count names stall_name(r, pc, from, k) that may be guilty:
 * k = start, start + 1, ... going out, or start, start - 1, ... going in. */
static char *
first_unskipped(const struct segment *seg, const struct kt_report *r, const char *pc, size_t from,
    size_t start, size_t count, bool inward)
{
	for (size_t i = 0; i < count; i++) {
		char *c = stall_name(r, pc, from, inward ? start - i : start + i);

		if (c && !skipped(seg->form, c))
			return c;
		free(c);
	}
	return NULL;
}

/* What a frame's name (NULL: none) is to a stall: itself the culprit
 * (smp_call_function), a dispatcher whose callee is, or neither. */
enum stall_role { STALL_NONE, STALL_CULPRIT, STALL_DISPATCHER };

static enum stall_role
stall_role(const char *c)
{
	if (!c)
		return STALL_NONE;
	if (kt_re_test_short(kt_stall_culprit_re, c, strlen(c)))
		return STALL_CULPRIT;
	return kt_re_test_short(kt_stall_anchor_re, c, strlen(c)) ? STALL_DISPATCHER : STALL_NONE;
}

/* The same in the frames past the kept ones (a recursion that filled
 * them): the callee of the first dispatcher there, when one is. */
static char *
tail_dispatched(const struct segment *seg, const struct kt_report *r, const struct tail *tl)
{
	for (size_t j = 0; j < tl->n; j++) {
		char *c = tl->function[j] ? clean_function(tl->function[j], r->kind) : NULL;
		enum stall_role role = stall_role(c);

		if (role == STALL_CULPRIT)
			return c;
		free(c);
		if (role != STALL_DISPATCHER)
			continue;
		for (size_t i = j; i-- > 0;) {
			if (!tl->function[i] || !(c = clean_function(tl->function[i], r->kind)))
				continue;
			if (!skipped(seg->form, c))
				return c;
			free(c);
		}
		return NULL;
	}
	return NULL;
}

/* A stall: the callee of the innermost dispatcher frame (see
 * stall_anchor_pattern in formats.c), or without a dispatcher the first
 * frame that may be guilty, of the code the timer interrupt found running. */
static char *
stall_frame(const struct segment *seg, const struct kt_report *r, const struct trace_facts *tf)
{
	size_t from = interrupted_start(seg, r, tf->irq_end);
	size_t n = 1 + r->nframes - from;	/* the program counter, then the frames */
	/* registers printed before the interrupt's frames are the
	 * interrupt's, not the interrupted code's (syzbot-mail 555: an NMI
	 * in __hrtimer_run_queues); after them, the interrupted code's */
	size_t first = from > 0 && tf->pc_frames < from;
	const char *pc = pc_function(r);
	char *c;

	/* those printed where the interrupted code's frames start are its
	 * own: its pc, as syzkaller reads the registers after the timer
	 * interrupt's frames (syzbot-mail 1378) */
	if (first && tf->task_pc && tf->task_pc_frames == from) {
		pc = tf->task_pc;
		first = 0;
	}
	for (size_t k = first; k < n; k++) {
		enum stall_role role;

		c = stall_name(r, pc, from, k);
		if ((role = stall_role(c)) == STALL_CULPRIT)
			return c;
		free(c);
		if (role == STALL_DISPATCHER)
			return k > first ? first_unskipped(seg, r, pc, from, k - 1, k - first, true) : NULL;
	}
	if ((c = tail_dispatched(seg, r, &tf->tail)))
		return c;
	return first_unskipped(seg, r, pc, from, first, n - first, false);
}

/* A stack overflow by a function that calls itself: the same frame three
 * times in a row names it (syzkaller-dev 630: tls_setsockopt). */
static char *
self_recursion(const struct kt_report *r)
{
	for (size_t i = 0; i + 2 < r->nframes; i++) {
		const char *f = r->frames[i].function;

		if (f && r->frames[i + 1].function && r->frames[i + 2].function &&
		    !strcmp(f, r->frames[i + 1].function) && !strcmp(f, r->frames[i + 2].function))
			return clean_function(f, r->kind);
	}
	return NULL;
}

/* The report's trace names the culprit; for a circular lock dependency,
 * the chains it printed first (HF_CHAIN_FIRST). */
static char *
trace_function(const struct segment *seg, const struct kt_report *r)
{
	char *c;

	if ((seg->form->flags & HF_CHAIN_FIRST) && (c = chain_function(seg)))
		return c;
	return guilty_frame(seg, r, 0);
}

static char *
choose_guilty(const struct segment *seg, const struct kt_report *r, const struct trace_facts *tf)
{
	/* an inlined pc's own function is a helper of the one it is in (syzbot
	 * titles "in kvm_gmem_get_folio", not "in const_folio_flags") */
	const char *cands[2] = { pc_function(r), r->lr };
	unsigned at = (seg->form->flags & HF_AT2) ? 2 : (seg->form->flags & HF_AT1) ? 1 : 0;
	char *c;

	if (!(seg->form->flags & HF_FRAME_FROM_STACK) && (c = usable_header_function(seg)))
		return c;
	/* the "at:" sites come after the report's own trace, never after
	 * another stack's (an excerpt cut before "stack backtrace:") */
	if (at && (!(seg->form->flags & HF_AT_LAST) || tf->secondary) && (c = at_line_function(seg, at, false)))
		return c;
	if ((seg->form->flags & HF_DISPATCHED) && (c = self_recursion(r)))
		return c;
	if ((seg->form->flags & (HF_STALL | HF_DISPATCHED)) && (c = stall_frame(seg, r, tf)))
		return c;
	/* lockdep and hung-task reports print no registers of their own: a
	 * program counter in them is another CPU's (syzkaller-dev 255, 471) */
	for (size_t i = 0; i < 2 && strcmp(r->kind, "lockdep") && strcmp(r->kind, "hang"); i++) {
		bool check;

		if (!(c = clean_function(cands[i], r->kind)))
			continue;
		if (!skipped(seg->form, c))
			return c;
		/* past an outlined sanitizer check the link register is no evidence */
		check = !i && kt_re_test_short(kt_sanitizer_check_re, c, strlen(c));
		free(c);
		if (check)
			break;
	}
	if ((c = trace_function(seg, r)))
		return c;
	/* the other forms tried their "at:" sites first */
	if (at && (seg->form->flags & HF_AT_LAST) && (c = at_line_function(seg, at, false)))
		return c;
	if (seg->form->flags & HF_HEADER_LAST)
		return header_function(seg);
	if (!strcmp(r->kind, "lockdep") && (c = chain_function(seg)))
		return c;
	/* a report cut after its "at:" sites: the first, even a helper
	 * (syzkaller-dev 27: "possible deadlock in flush_workqueue") */
	return at && !r->nframes ? at_line_function(seg, 1, true) : NULL;
}

/* A decimal number standing alone (not in a name or a version "5.15"). */
static size_t
number_len(const char *s, size_t i)
{
	size_t j = i + strspn(s + i, "0123456789");

	if (j == i || (i && (isalnum((unsigned char)s[i - 1]) || s[i - 1] == '.' || s[i - 1] == '_')))
		return 0;
	if (isalnum((unsigned char)s[j]) || s[j] == '_' || (s[j] == '.' && isdigit((unsigned char)s[j + 1])))
		return 0;
	return j - i;
}

/* Replace instance-specific numbers: hex addresses become ADDR, other
 * numbers NUM unless the form's numbers are its identity (xmon vectors);
 * offsets go. */
static void
normalise_title(struct strbuf *out, const char *s, bool keep_numbers)
{
	size_t i = 0, n = strlen(s);

	while (i < n) {
		size_t j = i, digits = 0;
		bool hex0x = false;

		if ((j = kt_offset_len(s + i))) {
			i += j;
			continue;
		}
		j = i;
		if (i == 0 || !isalnum((unsigned char)s[i - 1])) {
			if (s[j] == '0' && j + 1 < n && s[j + 1] == 'x') {
				hex0x = true;
				j += 2;
			}
			/* six lower-case hex digits or more are an address
			 * whatever follows, as syzkaller reads a title: a name's
			 * "_initial_num_blocks_is_017529" has "_ADDR" */
			if ((digits = strspn(s + j, "0123456789abcdef")) >= 6) {
				strbuf_addstr(out, "ADDR");
				i = j + digits;
				continue;
			}
			for (digits = 0; j < n && isxdigit((unsigned char)s[j]); j++)
				digits++;
			if (hex0x && digits && (j == n || !isalnum((unsigned char)s[j]))) {
				strbuf_addstr(out, "ADDR");
				i = j;
				continue;
			}
		}
		if (!keep_numbers && (j = number_len(s, i))) {
			strbuf_addstr(out, "NUM");
			i += j;
			continue;
		}
		strbuf_addch(out, s[i]);
		i++;
	}
}

/* Expand title template text [p, end): {1}..{9} are the header's groups,
 * {rw} a sanitizer's " Read"/" Write", {addr} " at addr ADDR" without one. */
static void
expand_template(struct strbuf *raw, const char *p, const char *end, const char *t, bool matched,
    const struct kt_report *r)
{
	for (; p < end; p++) {
		const char *g;
		size_t n;

		if (p[0] == '{' && isdigit((unsigned char)p[1]) && p[2] == '}') {
			if (matched && kt_re_group(t, p[1] - '0', &g, &n))
				strbuf_add(raw, g, n);
			p += 2;
			continue;
		}
		if (!strncmp(p, "{rw}", 4)) {
			if (r->access == KT_ACCESS_READ)
				strbuf_addstr(raw, " Read");
			else if (r->access == KT_ACCESS_WRITE)
				strbuf_addstr(raw, " Write");
			p += 3;
			continue;
		}
		if (!strncmp(p, "{addr}", 6)) {	/* old KASAN: the address when no access is named */
			if (r->access != KT_ACCESS_READ && r->access != KT_ACCESS_WRITE)
				strbuf_addstr(raw, " at addr ADDR");
			p += 5;
			continue;
		}
		strbuf_addch(raw, *p);
	}
}

/*
 * The title: the header form's template, numbers and addresses folded,
 * then " in <guilty function>" (or " in corrupted") where the template
 * says {in}, at its end by default.
 */
static void
build_title(const struct segment *seg, struct kt_report *r)
{
	const struct header_form *f = seg->form;
	struct strbuf raw = STRBUF_INIT, sb = STRBUF_INIT;
	const char *hdr = named_header(seg);
	char *t = hdr ? xstrndup(hdr, without_source_position(hdr)) : NULL;
	bool matched = t && kt_re_match(f->re, t, strlen(t)) > 0;
	const char *in = strstr(f->title, "{in}");
	const char *head_end = in ? in : f->title + strlen(f->title);

	if (seg->title_text && (f->flags & HF_TITLE_FROM_NEXT)) {
		strbuf_addf(&raw, "%s: %s", f->title, seg->title_text);
	} else {
		expand_template(&raw, f->title, head_end, t, matched, r);
		if (seg->cause && (f->flags & HF_XEN)) {
			strbuf_addstr(&raw, " after: ");
			strbuf_addstr(&raw, seg->cause);
		}
	}
	strbuf_rtrim(&raw);
	normalise_title(&sb, raw.buf, f->flags & HF_XMON);
	if ((f->flags & HF_GUILTY) && !(seg->cause && (f->flags & HF_XEN))) {
		/* a header that named a function (one that cannot be guilty) had
		 * its trace lost: "in corrupted" (syzbot's KASAN mails) */
		char *named = (f->flags & HF_BARE_WHEN_LOST) && !r->guilty && r->corrupted ? header_function(seg) : NULL;
		bool lost = !r->guilty && r->corrupted && (!(f->flags & HF_BARE_WHEN_LOST) || named);

		free(named);

		if (r->guilty || lost)
			strbuf_addstr(&sb, " in ");
		/* a JIT-ed program's name carries its tag: "bpf_prog_ADDR", as syzbot titles it */
		if (r->guilty)
			normalise_title(&sb, r->guilty, true);
		else if (lost)
			strbuf_addstr(&sb, "corrupted");
	}
	if (in) {
		strbuf_reset(&raw);
		expand_template(&raw, in + 4, in + strlen(in), t, matched, r);
		normalise_title(&sb, raw.buf, f->flags & HF_XMON);
	}
	if (sb.len > 200) {
		size_t cut = 200;

		/* never inside a UTF-8 sequence: the title stays valid UTF-8 */
		while (cut && ((unsigned char)sb.buf[cut] & 0xc0) == 0x80)
			cut--;
		strbuf_setlen(&sb, cut);
	}
	r->title = strbuf_detach(&sb, NULL);
	strbuf_release(&raw);
	free(t);
}

void
kt_analyse_warm_up(void)
{
	(void)kt_sha256();
}

static void
fingerprint(struct kt_report *r)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned mdlen = 0;
	size_t used = 0;

	if (!ctx)
		kt_oom();
	EVP_DigestInit_ex(ctx, kt_sha256(), NULL);
	EVP_DigestUpdate(ctx, r->kind, strlen(r->kind));
	EVP_DigestUpdate(ctx, "\n", 1);
	EVP_DigestUpdate(ctx, r->title, strlen(r->title));
	for (size_t i = 0; i < r->nframes && used < 5; i++) {
		char *c;

		if (!r->frames[i].reliable || !(c = clean_function(r->frames[i].function, NULL)))
			continue;
		EVP_DigestUpdate(ctx, "\n", 1);
		EVP_DigestUpdate(ctx, c, strlen(c));
		free(c);
		used++;
	}
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	kt_hex(md, 8, r->fingerprint);	/* 16 hex digits and the NUL */
}

/*
 * A report of a kind that prints a call trace is corrupted without one: the
 * log was cut before it, another CPU's output took its place, or every frame
 * is reporting machinery.  Its title then ends "in corrupted" unless the
 * header or the program counter named the function (the frames stay in
 * the report either way).
 */
/* Another dump printed into the report's trace (kt_interleave_re): the
 * frames are two tasks' mixed (syzkaller-dev 229, 230: fault injection). */
static bool
trace_interleaved(const struct segment *seg, size_t trace_end)
{
	for (size_t i = 1; i < trace_end && i < seg->nlines; i++)
		if (kt_re_match(kt_interleave_re, seg->lines[i].text, strlen(seg->lines[i].text)) > 0)
			return true;
	return false;
}

/* The segment line of the first reliable frame naming function fn, or end
 * when none before it does. */
static size_t
frame_line(const struct segment *seg, const char *fn, size_t end)
{
	size_t n = strlen(fn);

	for (size_t i = 1; i < end && i < seg->nlines; i++) {
		const char *t = seg->lines[i].text, *at = t;

		if (seg->cls[i] != CLS_FRAME)
			continue;
		while ((at = strstr(at, fn))) {
			bool starts = at == t || !(isalnum((unsigned char)at[-1]) || at[-1] == '_');
			bool ends = !(isalnum((unsigned char)at[n]) || at[n] == '_');
			/* "? f+0x1/0x2": a stale address, not the frame */
			bool stale = at - t >= 2 && at[-1] == ' ' && at[-2] == '?';

			if (starts && ends && !stale)
				return i;
			at++;
		}
	}
	return end;
}

/* A dump printed into the trace corrupts it only where it comes before
 * the guilty frame: a fault injection's dump after it (syzkaller-dev 306)
 * leaves the frames that name the report whole.  The guilty frame's line
 * is looked for only in a trace with a dump in it (few are). */
static void
judge_stack(const struct segment *seg, struct kt_report *r, size_t trace_end)
{
	if (r->nframes && trace_interleaved(seg, trace_end) &&
	    (!r->guilty || trace_interleaved(seg, frame_line(seg, r->guilty, trace_end)))) {
		r->corrupted = true;
		r->corrupted_reason = "another dump is interleaved with the call trace";
		free(r->guilty);
		r->guilty = NULL;
	} else if (!r->nframes) {
		r->corrupted = true;
		r->corrupted_reason = r->truncated ? "the log ends before the call trace" : "no call trace frames";
	} else if (!r->guilty) {
		r->corrupted = true;
		r->corrupted_reason = "no frame of the call trace can be the guilty function";
	}
}

/* What a report's lines say before its title is chosen: fields, program
 * counter, arch, access and call trace (*tf: the trace's facts, *sc: the
 * fields' scratch; the caller releases both). */
static void
read_report(const struct segment *seg, const struct kt_limits *lim, struct kt_report *r, struct scratch *sc,
    struct trace_facts *tf)
{
	struct cands c;

	r->kind = seg->form->kind;
	cands_fill(&c, seg);
	extract_fields(seg, &c, r, sc);
	find_pc_caller(seg, r);
	r->arch = detect_arch(seg, &c, r);
	register_access(seg, r, sc);
	extract_frames(seg, &c, lim, r, tf);
	cands_release(&c);
}

/*
 * Whether a stall report's interrupting report was raised by the stall
 * detector itself while it printed (a WARNING in the task dump of an RCU
 * stall, syzbot-mail 642, 669, 671): a frame of the detector's printing
 * (kt_stall_printer_re) in its trace; the timer interrupt's frames alone
 * would not tell it from a report raised in any timer callback.  A stall
 * header names no task, so this stands for the same pid: the trace runs
 * on through the detector's timer interrupt into the code the stall found
 * running.
 */
static bool
raised_by_detector(const struct segment *seg, const struct kt_report *other)
{
	if (!(seg->form->flags & HF_STALL))
		return false;
	for (size_t i = 0; i < other->nframes; i++) {
		const char *fn = other->frames[i].function;

		if (fn && kt_re_test_short(kt_stall_printer_re, fn, strlen(fn)))
			return true;
	}
	return false;
}

/*
 * A report that printed no trace of its own, interrupted on its next line
 * by a report of the same task (a KASAN report raised in spin_dump(),
 * reading a freed lock's owner: syzbot-mail 382, 383): that report's trace
 * runs through this one's reporting code into the code that called it, so
 * its frames are this report's too; the reporting machinery of both is
 * skipped as in any trace.  Without the same pid on both headers the next
 * report may be another CPU's, and nothing is taken.  The interrupting
 * report is read only as far as its pid and frames (it is analysed whole
 * when it is handed out itself).
 */
static void
borrow_frames(const struct segment *seg, const struct kt_limits *lim, struct kt_report *r)
{
	struct kt_report other = { .cpu = -1, .pid = -1, .source = r->source };
	struct scratch sc = { 0 };
	struct trace_facts tf;

	read_report(seg->interrupted_by, lim, &other, &sc, &tf);
	trace_facts_release(&tf);
	scratch_free(&sc);
	if (other.nframes && ((r->pid >= 0 && other.pid == r->pid) || raised_by_detector(seg, &other))) {
		r->frames = other.frames;
		r->nframes = other.nframes;
		other.frames = NULL;
		other.nframes = 0;
	}
	kt_report_release(&other);
}

void
kt_analyse(const struct segment *seg, const struct kt_limits *lim, struct kt_report *r)
{
	struct scratch sc = { 0 };
	struct trace_facts tf;

	read_report(seg, lim, r, &sc, &tf);
	if (!r->nframes && seg->interrupted_by)
		borrow_frames(seg, lim, r);
	if (seg->form->flags & (HF_GUILTY | HF_NAMES_GUILTY))
		r->guilty = choose_guilty(seg, r, &tf);
	if ((seg->form->flags & HF_CORRUPT) && !seg->nattached) {
		/* a log that starts inside a report lost its header by being cut, not garbled */
		if (seg->log_start) {
			if (!seg->truncated) {
				r->truncated = true;
				r->truncated_reason = "log starts inside the report";
			}
		} else {
			r->corrupted = true;
			r->corrupted_reason = "the report's own header is missing";
		}
	} else if ((seg->form->flags & HF_GUILTY) && !(seg->form->flags & HF_NOSTACK)) {
		judge_stack(seg, r, tf.end);
	}
	trace_facts_release(&tf);
	build_title(seg, r);
	fingerprint(r);
	/* A WARNING cut before any usable frame stays "in corrupted", as
	 * syzkaller titles it, but its header's "at FILE:LINE func" still names
	 * the WARN site: the guilty function signatures can match, last resort. */
	if (!r->guilty && (seg->form->flags & HF_FRAME_FROM_STACK))
		r->guilty = usable_header_function(seg);
	scratch_free(&sc);
}
