/*
 * analyse: fill a finished report's fields from its lines: arch, identity,
 * fault, PC/LR, call trace frames, guilty function, title, fingerprint.
 * Everything here is driven by the tables in formats.c.
 */
#include "config.h"

#include <ctype.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "regex.h"
#include "reports.h"
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

/* riscv scause values for page and access faults */
static enum kt_access
access_from_rvcause(unsigned long c)
{
	switch (c) {
	case 1: case 12: return KT_ACCESS_EXEC;
	case 5: case 13: return KT_ACCESS_READ;
	case 7: case 15: return KT_ACCESS_WRITE;
	default: return KT_ACCESS_UNKNOWN;
	}
}

static void
set_str(char **dst, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
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

struct scratch {
	char *wnr, *rvcause, *xcpu, *faddr, *dsisr, *pferr, *pcaddr, *teid;
};

static void
scratch_free(struct scratch *sc)
{
	free(sc->wnr);
	free(sc->rvcause);
	free(sc->xcpu);
	free(sc->faddr);
	free(sc->dsisr);
	free(sc->pferr);
	free(sc->pcaddr);
	free(sc->teid);
}

/* A flag of the report's form or of any follow-up attached to it. */
static bool
any_form_flag(const struct draft *d, unsigned flag)
{
	if (d->form->flags & flag)
		return true;
	for (size_t i = 0; i < d->nattached; i++)
		if (d->attached[i]->flags & flag)
			return true;
	return false;
}

static void
apply_field_form(struct kt_report *r, struct scratch *sc, const struct field_form *ff,
    const char *text)
{
	static const char *const names[] = {
		"cpu", "pid", "comm", "taint", "release", "hw", "platform", "mmu",
		"addr", "access", "pc", "lr", "trap", "modules", "xcpu", "rvcause", "wnr",
		"faddr", "dsisr", "pferr", "pcaddr", "teid",
	};
	const char *g;
	size_t n;

	for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
		if (!kt_re_named(ff->re, text, names[i], &g, &n))
			continue;
		switch (i) {
		case 0: if (r->cpu < 0) r->cpu = strtol(g, NULL, 10); break;
		case 1: if (r->pid < 0) r->pid = strtol(g, NULL, 10); break;
		case 2: set_str(&r->comm, g, n); break;
		case 3:
			/* "G        W  O" -> "G W O": collapse the column padding */
			if (!r->taint) {
				struct strbuf sb = STRBUF_INIT;

				for (size_t k = 0; k < n; k++)
					if (g[k] != ' ' || (sb.len && sb.buf[sb.len - 1] != ' '))
						strbuf_addch(&sb, g[k]);
				strbuf_rtrim(&sb);
				if (sb.len)
					r->taint = strbuf_detach(&sb, NULL);
				strbuf_release(&sb);
			}
			break;
		case 4: set_str(&r->release, g, n); break;
		case 5: set_str(&r->hardware, g, n); break;
		case 6: set_str(&r->platform, g, n); break;
		case 7:
			if (!r->mmu && n) {
				r->mmu = xstrndup(g, n);
				r->mmu[0] = (char)toupper((unsigned char)r->mmu[0]);
			}
			break;
		case 8: set_str(&r->fault_address, g, n); break;
		case 9:
			if (r->access == KT_ACCESS_UNKNOWN)
				r->access = access_from_word(g, n);
			break;
		case 10:
			if (!r->pc && n) {
				if (*g == '.' && n > 1 && g[1] != 'L') { g++; n--; }
				set_str(&r->pc, g, n);
			}
			break;
		case 11:
			if (!r->lr && n) {
				if (*g == '.' && n > 1) { g++; n--; }
				set_str(&r->lr, g, n);
			}
			break;
		case 12: set_str(&r->trap, g, n); break;
		case 13: add_modules(r, g, n); break;
		case 14: set_str(&sc->xcpu, g, n); break;
		case 15: set_str(&sc->rvcause, g, n); break;
		case 16: set_str(&sc->wnr, g, n); break;
		case 17: set_str(&sc->faddr, g, n); break;
		case 18: set_str(&sc->dsisr, g, n); break;
		case 19: set_str(&sc->pferr, g, n); break;
		case 20:
			if (n > 4 && g[0] == '[' && g[1] == '<') {	/* "[<addr>]" */
				g += 2;
				n -= 4;
			}
			set_str(&sc->pcaddr, g, n);
			break;
		case 21: set_str(&sc->teid, g, n); break;
		}
	}
}

static void
extract_fields(const struct draft *d, struct kt_report *r, struct scratch *sc)
{
	bool fault = any_form_flag(d, HF_FAULT);

	for (size_t i = 0; i < r->nlines; i++) {
		const char *t = r->lines[i].text;
		size_t len = strlen(t);

		for (size_t k = 0; k < kt_nfield_forms; k++)
			if (kt_re_match(kt_field_forms[k].re, t, len) > 0)
				apply_field_form(r, sc, &kt_field_forms[k], t);
	}
	/* identity printed before the report (boot banner, "Hardware name") */
	for (size_t i = r->ncontext; i-- > 0;) {
		const char *t = r->context[i].text;
		size_t len = strlen(t);

		for (size_t k = 0; k < kt_nfield_forms; k++)
			if (kt_field_forms[k].context_too &&
			    kt_re_match(kt_field_forms[k].re, t, len) > 0)
				apply_field_form(r, sc, &kt_field_forms[k], t);
	}
	if (r->cpu < 0 && sc->xcpu)
		r->cpu = strtol(sc->xcpu, NULL, 16);
	if (!r->pc && sc->pcaddr)
		r->pc = xstrdup(sc->pcaddr);
	/* register-derived fault details mean something for memory faults only */
	if (!fault)
		return;
	if (!r->fault_address && sc->faddr)
		r->fault_address = xstrdup(sc->faddr);
	if (r->access == KT_ACCESS_UNKNOWN && sc->rvcause)
		r->access = access_from_rvcause(strtoul(sc->rvcause, NULL, 16));
	if (r->access == KT_ACCESS_UNKNOWN && sc->wnr)
		r->access = sc->wnr[0] == '1' ? KT_ACCESS_WRITE : KT_ACCESS_READ;
	if (r->access == KT_ACCESS_UNKNOWN && sc->teid) {	/* s390 TEID fetch/store indication */
		unsigned long fsi = strtoul(sc->teid, NULL, 16) & 0xc00;

		r->access = fsi == 0x400 ? KT_ACCESS_WRITE : fsi == 0x800 ? KT_ACCESS_EXEC : KT_ACCESS_UNKNOWN;
	}
	if (r->access == KT_ACCESS_UNKNOWN && sc->dsisr)	/* powerpc DSISR_ISSTORE */
		r->access = (strtoul(sc->dsisr, NULL, 16) & 0x02000000) ? KT_ACCESS_WRITE : KT_ACCESS_READ;
}

static size_t
best_marker(const struct kt_line *lines, size_t n, size_t best, bool weak_only)
{
	for (size_t i = 0; i < n && best > 0; i++) {
		const char *t = lines[i].text;
		size_t len = strlen(t);

		for (size_t k = 0; k < best; k++) {
			if (weak_only && !kt_arch_markers[k].weak)
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
detect_arch(const struct draft *d)
{
	const struct kt_report *r = &d->r;
	size_t best;

	if (d->form->arch)
		return d->form->arch;
	for (size_t i = 0; i < d->nattached; i++)
		if (d->attached[i]->arch && strcmp(d->attached[i]->arch, "xen"))
			return d->attached[i]->arch;
	best = best_marker(r->lines, r->nlines, kt_narch_markers, false);
	if (best < kt_narch_markers && !kt_arch_markers[best].weak)
		return kt_arch_markers[best].arch;
	/* the previous report of the same kernel is the next best evidence */
	if (d->prev_arch && d->prev_release && r->release && !strcmp(d->prev_release, r->release))
		return d->prev_arch;
	best = best_marker(r->context, r->ncontext, best, true);
	return best < kt_narch_markers ? kt_arch_markers[best].arch : NULL;
}

static bool
group(const pcre2_code *re, const char *t, const char *name, const char **g, size_t *n)
{
	return kt_re_named(re, t, name, g, n) && *n > 0;
}

static void
add_frame(struct kt_report *r, size_t *alloc, const pcre2_code *re, const char *t)
{
	struct kt_frame *f;
	const char *g;
	size_t n;

	r->frames = xgrow(r->frames, sizeof(*r->frames), r->nframes + 1, alloc);
	f = &r->frames[r->nframes++];
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

static bool
is_irq_end_marker(const char *t)
{
	while (*t == ' ')
		t++;
	return !strncmp(t, "<EOI>", 5) || !strncmp(t, "</IRQ>", 6);
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

static void
extract_frames(struct draft *d, const struct kt_limits *lim)
{
	struct kt_report *r = &d->r;
	size_t alloc = 0;
	bool in_stack = false, done = false, seen_stack = false;
	bool loc_broken = false, loc_dropped = false, in_location = false;
	char *from = NULL;

	d->irq_end = 0;
	for (size_t i = 0; i < r->nlines && !done; i++) {
		const char *t = r->lines[i].text;
		size_t len = strlen(t);
		int cls = d->cls[i];
		const char *g;
		size_t n;

		if (i >= d->freeze_at && r->nframes)
			break;
		/* the caller named by the last frame line ends the trace */
		if (from && (cls == BODY_STACK || cls == BODY_STACK_RESET || cls == BODY_STACK_OTHER ||
		    cls == BODY_LOCATION ||
		    cls == BODY_END || cls == CLS_HEADER)) {
			add_from_frame(r, &alloc, from, lim->max_frames);
			free(from);
			from = NULL;
		}
		if (is_irq_end_marker(t))
			d->irq_end = r->nframes;
		switch (cls) {
		case BODY_STACK_RESET:
			drop_frames(r);
			d->irq_end = 0;
			in_stack = seen_stack = true;
			in_location = false;
			continue;
		case BODY_STACK_OTHER:
			seen_stack = true;
			if (r->nframes && !in_location)
				done = true;
			/* lockdep's "-> #0" chain is the current acquisition: the
			 * trace until "stack backtrace:" replaces it, if printed */
			in_stack = !strncmp(t + strspn(t, " "), "-> #0 ", 6);
			continue;
		case BODY_LOCATION:
			/* frames of a location: the report's trace replaces them */
			if (r->nframes && !in_location) {
				done = true;
				continue;
			}
			in_location = in_stack = true;
			continue;
		case BODY_STACK:
		case BODY_PROMPT:	/* xmon "t" prints the trace after a prompt */
			/* the first trace is the report's; later ones belong to others.
			 * A lone frame before any trace is a location ("Preemption
			 * disabled at:"): the trace replaces it. */
			if (in_location ||
			    (r->nframes && !seen_stack && !loc_dropped && r->nframes <= MAX_LOCATION_FRAMES)) {
				drop_frames(r);
				d->irq_end = 0;
				loc_dropped = true;
			} else if (r->nframes) {
				done = true;
			}
			in_stack = seen_stack = true;
			in_location = false;
			continue;
		case CLS_FRAME:
			/* ... and so it is when more frames follow after other lines */
			if (loc_broken && !seen_stack && !loc_dropped && r->nframes <= MAX_LOCATION_FRAMES) {
				drop_frames(r);
				d->irq_end = 0;
				loc_dropped = true;
			}
			loc_broken = false;
			break;
		case BODY_MARK:
		case BODY_TAIL:		/* stack dumps between frames ("Exception stack(") */
		case CLS_HEADER:
			continue;
		default:
			if (r->nframes)
				loc_broken = true;
			continue;
		}
		for (size_t k = 0; k < kt_nframe_forms; k++) {
			enum frame_where w = kt_frame_forms[k].where;

			if ((w == FW_STACK || w == FW_RUN || (w == FW_STACK_OR_HEAD && seen_stack)) && !in_stack)
				continue;
			if (kt_re_match(kt_frame_forms[k].re, t, len) > 0) {
				bool added = r->nframes < lim->max_frames;
				const char *fn;

				free(from);
				from = NULL;
				if (kt_re_named(kt_frame_forms[k].re, t, "from", &g, &n) && n)
					from = xstrndup(g, n);
				if (added)
					add_frame(r, &alloc, kt_frame_forms[k].re, t);
				fn = added ? r->frames[r->nframes - 1].function : NULL;
				if (fn && kt_re_match(kt_irq_end_re, fn, strlen(fn)) > 0)
					d->irq_end = r->nframes;
				break;
			}
		}
	}
	if (from && !done)
		add_from_frame(r, &alloc, from, lim->max_frames);
	free(from);
}

/*
 * The name used for titles and fingerprints: no leading '.', no Xen
 * "file.c#" prefix, no offset, no compiler suffix (.isra.0, .cold,
 * .part.N, .constprop.N), no syscall wrapper prefix.
 */
static char *
clean_function(const char *f)
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
	s = xstrndup(f, (size_t)(end - f));
	if (kt_re_match(kt_syscall_prefix_re, s, strlen(s)) > 0) {
		size_t skip = 0;
		const char *g;

		if (kt_re_group(s, 0, &g, &skip) && skip < strlen(s))
			memmove(s, s + skip, strlen(s) - skip + 1);
	}
	return s;
}

static bool
skipped(const struct header_form *f, const char *name)
{
	size_t n = strlen(name);

	if (kt_re_match(kt_skip_re, name, n) > 0)
		return true;
	return f->skip_re && kt_re_match(f->skip_re, name, n) > 0;
}

static char *
header_function(const struct draft *d)
{
	const char *g;
	size_t n;
	const char *t = d->r.header;
	char *raw, *res;

	if (!t || kt_re_match(d->form->re, t, strlen(t)) <= 0)
		return NULL;
	if (!kt_re_named(d->form->re, t, "func", &g, &n) || !n)
		return NULL;
	raw = xstrndup(g, n);
	res = clean_function(raw);
	free(raw);
	return res;
}

/* Lockdep names the locking sites on "..., at: func" lines: the first n. */
static char *
at_line_function(const struct draft *d, unsigned n)
{
	const struct kt_report *r = &d->r;
	unsigned seen = 0;

	for (size_t i = 0; i < r->nlines && seen < n; i++) {
		const char *t = r->lines[i].text;
		const char *g;
		size_t len;
		char *raw, *c;

		if (!strstr(t, "at: ") || kt_re_match(kt_at_re, t, strlen(t)) <= 0)
			continue;
		seen++;
		if (!kt_re_named(kt_at_re, t, "func", &g, &len) || !len)
			continue;
		raw = xstrndup(g, len);
		c = clean_function(raw);
		free(raw);
		if (c && !skipped(d->form, c))
			return c;
		free(c);
	}
	return NULL;
}

static char *
guilty_frame(const struct draft *d, size_t from)
{
	const struct kt_report *r = &d->r;
	char *c;

	for (int pass = 0; pass < 2; pass++)
		for (size_t i = from; i < r->nframes; i++) {
			if (r->frames[i].reliable != (pass == 0))
				continue;
			if (!(c = clean_function(r->frames[i].function)))
				continue;
			if (!skipped(d->form, c))
				return c;
			free(c);
		}
	return NULL;
}

static char *
choose_guilty(const struct draft *d)
{
	const struct kt_report *r = &d->r;
	const char *cands[2] = { r->pc, r->lr };
	unsigned at = (d->form->flags & HF_AT2) ? 2 : (d->form->flags & HF_AT1) ? 1 : 0;
	char *c;

	if ((c = header_function(d))) {
		if (!skipped(d->form, c))
			return c;
		free(c);
	}
	if (at && (c = at_line_function(d, at)))
		return c;
	for (size_t i = 0; i < 2; i++) {
		if (!(c = clean_function(cands[i])))
			continue;
		if (!skipped(d->form, c))
			return c;
		free(c);
	}
	/* a stall is about the code the timer interrupted, not the interrupt */
	if ((d->form->flags & HF_STALL) && (c = guilty_frame(d, d->irq_end)))
		return c;
	return guilty_frame(d, 0);
}

/* Replace instance-specific numbers: hex addresses become ADDR. */
static void
normalise_title(struct strbuf *out, const char *s)
{
	size_t i = 0, n = strlen(s);

	while (i < n) {
		size_t j = i, digits = 0;
		bool hex0x = false;

		if (i == 0 || !isalnum((unsigned char)s[i - 1])) {
			if (s[j] == '0' && j + 1 < n && s[j + 1] == 'x') {
				hex0x = true;
				j += 2;
			}
			while (j < n && isxdigit((unsigned char)s[j])) {
				j++;
				digits++;
			}
			if (digits && (j == n || !isalnum((unsigned char)s[j])) &&
			    ((hex0x && digits >= 1) || digits >= 8)) {
				strbuf_addstr(out, "ADDR");
				i = j;
				continue;
			}
		}
		strbuf_addch(out, s[i]);
		i++;
	}
}

static void
build_title(struct draft *d)
{
	struct kt_report *r = &d->r;
	const struct header_form *f = d->form;
	struct strbuf raw = STRBUF_INIT, sb = STRBUF_INIT;
	const char *t = r->header;
	bool matched = t && kt_re_match(f->re, t, strlen(t)) > 0;

	if (d->title_text && !strcmp(f->title, "Xen panic")) {
		strbuf_addstr(&raw, "Xen panic: ");
		strbuf_addstr(&raw, d->title_text);
	} else {
		for (const char *p = f->title; *p; p++) {
			const char *g;
			size_t n;

			if (p[0] == '{' && isdigit((unsigned char)p[1]) && p[2] == '}') {
				if (matched && kt_re_group(t, p[1] - '0', &g, &n))
					strbuf_add(&raw, g, n);
				p += 2;
				continue;
			}
			if (!strncmp(p, "{rw}", 4)) {	/* sanitizers: " Read" / " Write" */
				if (r->access == KT_ACCESS_READ)
					strbuf_addstr(&raw, " Read");
				else if (r->access == KT_ACCESS_WRITE)
					strbuf_addstr(&raw, " Write");
				p += 3;
				continue;
			}
			strbuf_addch(&raw, *p);
		}
		if (d->prefix_msg && (f->flags & HF_XEN)) {
			strbuf_addstr(&raw, " after: ");
			strbuf_addstr(&raw, d->prefix_msg);
		}
	}
	strbuf_rtrim(&raw);
	normalise_title(&sb, raw.buf);
	if ((f->flags & HF_GUILTY) && r->guilty && !(d->prefix_msg && (f->flags & HF_XEN))) {
		strbuf_addstr(&sb, " in ");
		strbuf_addstr(&sb, r->guilty);
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
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	EVP_DigestUpdate(ctx, r->kind, strlen(r->kind));
	EVP_DigestUpdate(ctx, "\n", 1);
	EVP_DigestUpdate(ctx, r->title, strlen(r->title));
	for (size_t i = 0; i < r->nframes && used < 5; i++) {
		char *c;

		if (!r->frames[i].reliable || !(c = clean_function(r->frames[i].function)))
			continue;
		EVP_DigestUpdate(ctx, "\n", 1);
		EVP_DigestUpdate(ctx, c, strlen(c));
		free(c);
		used++;
	}
	EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	for (int i = 0; i < 8; i++) {
		static const char hex[] = "0123456789abcdef";

		r->fingerprint[2 * i] = hex[md[i] >> 4];
		r->fingerprint[2 * i + 1] = hex[md[i] & 15];
	}
	r->fingerprint[16] = '\0';
}

void
kt_analyse(struct draft *d, const struct kt_limits *lim)
{
	struct kt_report *r = &d->r;
	struct scratch sc = { 0 };

	r->kind = d->form->kind;
	extract_fields(d, r, &sc);
	r->arch = detect_arch(d);
	if (r->access == KT_ACCESS_UNKNOWN && sc.pferr && any_form_flag(d, HF_FAULT) && r->arch &&
	    (!strcmp(r->arch, "x86_64") || !strcmp(r->arch, "i386"))) {
		unsigned long e = strtoul(sc.pferr, NULL, 16);	/* x86 #PF error code */

		r->access = (e & 0x10) ? KT_ACCESS_EXEC : (e & 2) ? KT_ACCESS_WRITE : KT_ACCESS_READ;
	}
	extract_frames(d, lim);
	if (d->form->flags & HF_GUILTY)
		r->guilty = choose_guilty(d);
	build_title(d);
	if ((d->form->flags & HF_CORRUPT) && !d->nattached) {
		/* a log that starts inside a report lost its header by being cut, not garbled */
		if (d->log_start) {
			if (!r->truncated) {
				r->truncated = true;
				r->truncated_reason = "log starts inside the report";
			}
		} else {
			r->corrupted = true;
			r->corrupted_reason = "the report's own header is missing";
		}
	} else if ((d->form->flags & HF_GUILTY) && !(d->form->flags & HF_NOSTACK) &&
	    !r->nframes && !r->pc && !r->guilty && !r->truncated) {
		r->corrupted = true;
		r->corrupted_reason = "no call trace frames";
	}
	fingerprint(r);
	scratch_free(&sc);
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
	for (size_t i = 0; i < r->nlines; i++)
		free(r->lines[i].text);
	free(r->lines);
	for (size_t i = 0; i < r->ncontext; i++)
		free(r->context[i].text);
	free(r->context);
	memset(r, 0, sizeof(*r));
}
