/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sigfile: read signatures/NAME.sig files (stanza "Key: value" text, see
 * ktriage-signature(5)) into a struct kt_sigset, and check them.
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <openssl/evp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cryptodl.h"
#include "lines.h"
#include "signature.h"
#include "strbuf.h"
#include "multilit.h"
#include "util.h"

void
kt_diag_add(struct kt_diag *d, const char *file, unsigned line, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	if (line)
		strbuf_addf(&sb, "%s:%u: ", file, line);
	else
		strbuf_addf(&sb, "%s: ", file);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	d->msgs = xgrow(d->msgs, sizeof(*d->msgs), d->n + 1, &d->alloc);
	d->msgs[d->n++] = strbuf_detach(&sb, NULL);
}

void
kt_diag_release(struct kt_diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->msgs[i]);
	free(d->msgs);
	memset(d, 0, sizeof(*d));
}

static void
push_str(char ***arr, size_t *n, const char *s)
{
	*arr = xrealloc(*arr, (*n + 1) * sizeof(**arr));
	(*arr)[(*n)++] = xstrdup(s);
}

static void
free_commits(struct kt_commit *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].sha);
		free(c[i].subject);
	}
	free(c);
}

static void
free_strs(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
kt_sigset_free(struct kt_sigset *set)
{
	if (!set)
		return;
	if (set->pending)
		set->close_pending(set);
	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];

		free(s->id);
		free(s->file);
		free(s->title);
		free(s->arch);
		free(s->platform);
		free(s->evidence);
		free_commits(s->introduced, s->nintroduced);
		free_commits(s->fixed, s->nfixed);
		free_strs(s->fixed_in, s->nfixed_in);
		free(s->fixed_in_lines);
		free(s->workaround);
		free_strs(s->links, s->nlinks);
		free_strs(s->test_logs, s->ntest_logs);
		free_strs(s->test_nots, s->ntest_nots);
		free_strs(s->variants, s->nvariants);
		free(s->description);
		for (size_t k = 0; k < s->nconds; k++) {
			free(s->conds[k].pattern);
			free(s->conds[k].inlined);
			if (s->conds[k].re)
				kt_re_free(s->conds[k].re);
			if (s->conds[k].inline_re)
				kt_re_free(s->conds[k].inline_re);
		}
		free(s->conds);
	}
	free(set->sigs);
	free(set->source_hash);
	free(set->db_version);
	free(set->created);
	free(set->origin);
	kt_multilit_free(set->prefilter);
	free(set->group_sig);
	free(set);
}

/* Strip a trailing "(unverified)" marker; returns whether there was one. */
static bool
strip_unverified(char *v)
{
	size_t n = strlen(v);
	static const char mark[] = "(unverified)";

	if (n >= sizeof(mark) - 1 && !strcmp(v + n - (sizeof(mark) - 1), mark)) {
		v[n - (sizeof(mark) - 1)] = '\0';
		n = strlen(v);
		while (n && v[n - 1] == ' ')
			v[--n] = '\0';
		return true;
	}
	return false;
}

static bool
is_sha(const char *s, size_t n)
{
	if (n < 7 || n > 40)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]) && !(s[i] >= 'a' && s[i] <= 'f'))
			return false;
	return true;
}

/* "<sha> ("subject")" with an optional trailing "(unverified)" */
static int
parse_commit(struct kt_commit *c, char *v, const char *file, unsigned line, struct kt_diag *diag)
{
	size_t n = strcspn(v, " ");
	char *rest = v + n;

	memset(c, 0, sizeof(*c));
	c->unverified = strip_unverified(v);
	if (!is_sha(v, n)) {
		kt_diag_add(diag, file, line, "malformed commit id '%.*s' (expected 7 to 40 lowercase hex digits)",
		    (int)n, v);
		return 1;
	}
	c->sha = xstrndup(v, n);
	c->line = line;
	while (*rest == ' ')
		rest++;
	if (*rest) {
		size_t rl = strlen(rest);

		if (rl < 4 || rest[0] != '(' || rest[1] != '"' || rest[rl - 1] != ')' || rest[rl - 2] != '"') {
			kt_diag_add(diag, file, line, "commit subject must be written (\"subject\")");
			free(c->sha);
			c->sha = NULL;
			return 1;
		}
		c->subject = xstrndup(rest + 2, rl - 4);
	}
	return 0;
}

bool
kt_pattern_utf8_ok(const char *p)
{
	return kt_utf8_valid(p, strlen(p));
}

static int
parse_cond(struct kt_signature *s, enum kt_cond_kind kind, const char *v, const char *file,
    unsigned line, struct kt_diag *diag)
{
	size_t n = strcspn(v, " ");
	const char *open, *close;
	struct kt_cond *c;
	unsigned f;

	if (kt_field_lookup(v, n, &f)) {
		struct strbuf names = STRBUF_INIT;

		kt_field_list(&names, 0);
		kt_diag_add(diag, file, line, "unknown condition field '%.*s' (expected %s)", (int)n, v,
		    names.buf);
		strbuf_release(&names);
		return 1;
	}
	open = strchr(v + n, '/');
	close = strrchr(v + n, '/');
	if (!open || close == open || (close[1] && strcmp(close + 1, "i"))) {
		kt_diag_add(diag, file, line, "condition must be '<field> /<regex>/' (optionally followed by i)");
		return 1;
	}
	{
		char *pat = xstrndup(open + 1, (size_t)(close - open - 1));
		bool ok = kt_pattern_utf8_ok(pat);

		free(pat);
		if (!ok) {
			/* PCRE2 is run with PCRE2_NO_UTF_CHECK: a bad pattern must never reach it */
			kt_diag_add(diag, file, line, "regex is not valid UTF-8");
			return 1;
		}
	}
	s->conds = xrealloc(s->conds, (s->nconds + 1) * sizeof(*s->conds));
	c = &s->conds[s->nconds++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->field = f;
	c->pattern = xstrndup(open + 1, (size_t)(close - open - 1));
	c->icase = close[1] == 'i';
	c->line = line;
	c->variant = (unsigned)s->nvariants;	/* the conditions after a Variant: line are its own */
	return 0;
}

enum key {
	K_ID, K_VERSION, K_TITLE, K_ARCH, K_PLATFORM, K_EVIDENCE, K_REQUIRE, K_SUPPORT,
	K_REJECT, K_INTRODUCED, K_FIXED, K_FIXED_IN, K_WORKAROUND, K_LINK, K_TEST_LOG,
	K_DESCRIPTION, K_TEST_NOT, K_VARIANT, K_NKEYS
};

static const char *const key_names[K_NKEYS] = {
	"Id", "Version", "Title", "Arch", "Platform", "Evidence", "Require", "Support",
	"Reject", "Introduced-By", "Fixed-By", "Fixed-In", "Workaround", "Link", "Test-Log",
	"Description", "Test-Not", "Variant",
};

static int
set_once(char **dst, const char *v, const char *key, const char *file, unsigned line,
    struct kt_diag *diag)
{
	if (*dst) {
		kt_diag_add(diag, file, line, "%s given twice", key);
		return 1;
	}
	*dst = xstrdup(v);
	return 0;
}

static int
apply_key(struct kt_signature *s, enum key k, char *v, const char *file, unsigned line,
    struct kt_diag *diag)
{
	struct kt_commit c;
	char *end;
	unsigned long ver;

	switch (k) {
	case K_ID:
		for (const char *p = v; *p; p++)
			if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p) && *p != '-') {
				kt_diag_add(diag, file, line, "Id may contain only a-z, 0-9 and '-'");
				return 1;
			}
		return set_once(&s->id, v, "Id", file, line, diag);
	case K_VERSION:
		errno = 0;
		ver = strtoul(v, &end, 10);
		if (errno || *end || !*v || ver == 0 || ver > 1000000) {
			kt_diag_add(diag, file, line, "Version must be a positive integer");
			return 1;
		}
		s->version = (unsigned)ver;
		return 0;
	case K_TITLE: return set_once(&s->title, v, "Title", file, line, diag);
	case K_ARCH: return set_once(&s->arch, v, "Arch", file, line, diag);
	case K_PLATFORM: return set_once(&s->platform, v, "Platform", file, line, diag);
	case K_EVIDENCE:
		if (strcmp(v, "console") && strcmp(v, "frames-only") && strcmp(v, "partial")) {
			kt_diag_add(diag, file, line, "Evidence must be 'console', 'partial' or 'frames-only'");
			return 1;
		}
		return set_once(&s->evidence, v, "Evidence", file, line, diag);
	case K_REQUIRE: return parse_cond(s, KT_COND_REQUIRE, v, file, line, diag);
	case K_SUPPORT: return parse_cond(s, KT_COND_SUPPORT, v, file, line, diag);
	case K_REJECT: return parse_cond(s, KT_COND_REJECT, v, file, line, diag);
	case K_INTRODUCED:
	case K_FIXED:
		if (parse_commit(&c, v, file, line, diag))
			return 1;
		if (k == K_INTRODUCED) {
			s->introduced = xrealloc(s->introduced, (s->nintroduced + 1) * sizeof(c));
			s->introduced[s->nintroduced++] = c;
		} else {
			s->fixed = xrealloc(s->fixed, (s->nfixed + 1) * sizeof(c));
			s->fixed[s->nfixed++] = c;
		}
		return 0;
	case K_FIXED_IN:
		s->fixed_in_lines = xrealloc(s->fixed_in_lines, (s->nfixed_in + 1) * sizeof(unsigned));
		s->fixed_in_lines[s->nfixed_in] = line;
		push_str(&s->fixed_in, &s->nfixed_in, v);
		return 0;
	case K_WORKAROUND: return set_once(&s->workaround, v, "Workaround", file, line, diag);
	case K_LINK:
		if (strncmp(v, "https://", 8) && strncmp(v, "http://", 7)) {
			kt_diag_add(diag, file, line, "Link must be an http(s) URL");
			return 1;
		}
		push_str(&s->links, &s->nlinks, v);
		return 0;
	case K_TEST_LOG:
		push_str(&s->test_logs, &s->ntest_logs, v);
		s->test_log = s->test_logs[0];
		return 0;
	case K_TEST_NOT: push_str(&s->test_nots, &s->ntest_nots, v); return 0;
	case K_VARIANT:
		if (!*v || strchr(v, ' ')) {
			kt_diag_add(diag, file, line, "Variant must be one word naming the crash site");
			return 1;
		}
		push_str(&s->variants, &s->nvariants, v);
		return 0;
	case K_DESCRIPTION: return set_once(&s->description, v, "Description", file, line, diag);
	default: return 0;
	}
}

static const char *
base_name(const char *path)
{
	const char *b = strrchr(path, '/');

	return b ? b + 1 : path;
}

/* The state of reading one .sig file. */
struct parser {
	struct kt_signature s;
	const char *file;
	struct kt_diag *diag;
	struct strbuf val;	/* the value of the key being read */
	enum key cur;		/* K_NKEYS: none */
	unsigned cur_line, lineno;
	int errors;
};

#define PARSE_ERROR(p, line, ...) \
	((p)->errors++, kt_diag_add((p)->diag, (p)->file, (line), __VA_ARGS__))

/* The next line of buf[*pos..len) without its line ending; false at the end. */
static bool
next_line(const char *buf, size_t len, size_t *pos, const char **line, size_t *n)
{
	const char *nl;

	if (*pos >= len)
		return false;
	*line = buf + *pos;
	nl = memchr(*line, '\n', len - *pos);
	*n = nl ? (size_t)(nl - *line) : len - *pos;
	*pos += *n + (nl ? 1 : 0);
	if (*n && (*line)[*n - 1] == '\r')
		(*n)--;
	return true;
}

/* A continuation line (it starts with a blank) extends the current value:
 * Description keeps its lines (" ." is an empty one), others are joined. */
static void
continue_value(struct parser *p, const char *line, size_t n)
{
	if (p->cur == K_NKEYS) {
		PARSE_ERROR(p, p->lineno, "continuation line without a key");
		return;
	}
	if (p->cur == K_DESCRIPTION) {
		if (p->val.len)
			strbuf_addch(&p->val, '\n');
		if (!(n == 2 && line[1] == '.'))
			strbuf_add(&p->val, line + 1, n - 1);
		return;
	}
	strbuf_addch(&p->val, ' ');
	while (n && (*line == ' ' || *line == '\t')) {
		line++;
		n--;
	}
	strbuf_add(&p->val, line, n);
}

static void
finish_value(struct parser *p)
{
	if (p->cur == K_NKEYS)
		return;
	strbuf_rtrim(&p->val);
	p->errors += apply_key(&p->s, p->cur, p->val.buf, p->file, p->cur_line, p->diag);
	p->cur = K_NKEYS;
}

/* "Key: value" starts a value */
static void
start_key(struct parser *p, const char *line, size_t n)
{
	const char *colon = memchr(line, ':', n);
	size_t klen = colon ? (size_t)(colon - line) : 0;
	int k;

	if (!colon) {
		PARSE_ERROR(p, p->lineno, "expected 'Key: value'");
		return;
	}
	for (k = 0; k < K_NKEYS; k++)
		if (strlen(key_names[k]) == klen && !strncasecmp(key_names[k], line, klen))
			break;
	if (k == K_NKEYS) {
		PARSE_ERROR(p, p->lineno, "unknown key '%.*s'", (int)klen, line);
		return;
	}
	p->cur = (enum key)k;
	p->cur_line = p->lineno;
	strbuf_reset(&p->val);
	line = colon + 1;
	n -= klen + 1;
	while (n && *line == ' ') {
		line++;
		n--;
	}
	strbuf_add(&p->val, line, n);
}

/* Keys every signature must have, and its file name. */
static void
check_complete(struct parser *p)
{
	static const struct { enum key k; size_t off; } req[] = {
		{ K_ID, offsetof(struct kt_signature, id) },
		{ K_TITLE, offsetof(struct kt_signature, title) },
		{ K_EVIDENCE, offsetof(struct kt_signature, evidence) },
		{ K_TEST_LOG, offsetof(struct kt_signature, test_log) },
		{ K_DESCRIPTION, offsetof(struct kt_signature, description) },
	};
	const struct kt_signature *s = &p->s;
	const char *bn = base_name(p->file);
	bool has_require = false;

	for (size_t i = 0; i < ARRAY_SIZE(req); i++)
		if (!*(char **)((char *)&p->s + req[i].off))
			PARSE_ERROR(p, 0, "missing %s:", key_names[req[i].k]);
	if (!s->version)
		PARSE_ERROR(p, 0, "missing Version:");
	if (!s->nlinks)
		PARSE_ERROR(p, 0, "missing Link:");
	for (size_t i = 0; i < s->nconds; i++)
		has_require |= s->conds[i].kind == KT_COND_REQUIRE;
	if (!has_require)
		PARSE_ERROR(p, 0, "no Require: condition");
	for (size_t v = 1; v <= s->nvariants; v++) {
		bool own = false;

		for (size_t i = 0; i < s->nconds; i++)
			own |= s->conds[i].kind == KT_COND_REQUIRE && s->conds[i].variant == v;
		if (!own)
			PARSE_ERROR(p, 0, "Variant %s has no Require: condition", s->variants[v - 1]);
	}
	if (s->id && (strncmp(bn, s->id, strlen(s->id)) || strcmp(bn + strlen(s->id), ".sig")))
		PARSE_ERROR(p, 0, "file name must be '%s.sig'", s->id);
}

int
kt_sig_parse(struct kt_sigset *set, const char *file, const char *buf, size_t len,
    struct kt_diag *diag)
{
	struct parser p;
	const char *line;
	size_t n, pos = 0;

	memset(&p, 0, sizeof(p));
	p.file = file;
	p.diag = diag;
	p.cur = K_NKEYS;
	strbuf_init(&p.val, 0);
	p.s.file = xstrdup(file);
	if (memchr(buf, '\0', len)) {
		PARSE_ERROR(&p, 0, "contains a NUL byte");
		len = strlen(buf);
	}
	while (next_line(buf, len, &pos, &line, &n)) {
		p.lineno++;
		if (n && (line[0] == ' ' || line[0] == '\t')) {
			continue_value(&p, line, n);
			continue;
		}
		finish_value(&p);
		if (n && line[0] != '#')
			start_key(&p, line, n);
	}
	finish_value(&p);
	strbuf_release(&p.val);
	check_complete(&p);
	set->sigs = xrealloc(set->sigs, (set->nsigs + 1) * sizeof(p.s));
	set->sigs[set->nsigs++] = p.s;
	return p.errors;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
kt_sig_load_dir(struct kt_sigset *set, const char *dir, struct kt_diag *diag)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;
	int errors = 0;
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	unsigned char h[EVP_MAX_MD_SIZE];
	unsigned hl = 0;

	if (!md)
		kt_oom();
	if (!d) {
		kt_diag_add(diag, dir, 0, "cannot open directory: %s", strerror(errno));
		EVP_MD_CTX_free(md);
		return 1;
	}
	while ((de = readdir(d))) {
		size_t l = strlen(de->d_name);

		if (l > 4 && !strcmp(de->d_name + l - 4, ".sig"))
			push_str(&names, &n, de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	EVP_DigestInit_ex(md, kt_sha256(), NULL);
	for (size_t i = 0; i < n; i++) {
		struct strbuf path = STRBUF_INIT, buf = STRBUF_INIT;
		FILE *fp;
		char chunk[8192];
		size_t got;

		strbuf_add_path(&path, dir, names[i]);
		if (!(fp = fopen(path.buf, "r"))) {
			kt_diag_add(diag, path.buf, 0, "cannot open: %s", strerror(errno));
			errors++;
		} else {
			while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0 && buf.len < (1 << 20))
				strbuf_add(&buf, chunk, got);
			fclose(fp);
			EVP_DigestUpdate(md, names[i], strlen(names[i]) + 1);
			EVP_DigestUpdate(md, buf.buf, buf.len);
			errors += kt_sig_parse(set, path.buf, buf.buf, buf.len, diag);
		}
		strbuf_release(&path);
		strbuf_release(&buf);
		free(names[i]);
	}
	free(names);
	EVP_DigestFinal_ex(md, h, &hl);
	EVP_MD_CTX_free(md);
	free(set->source_hash);
	set->source_hash = xmalloc(2 * hl + 1);
	kt_hex(h, hl, set->source_hash);
	return errors;
}


/*
 * Does the regex have a quantified group that itself contains an unbounded
 * quantifier, as (a+)+ or (\\S+ )*: nested quantifiers backtrack
 * exponentially on a line that almost matches.
 */
/* q starts an unbounded repeat {n,} */
static bool
unbounded_brace(const char *q)
{
	const char *e;

	if (*q != '{' || !(e = strchr(q, '}')))
		return false;
	return e[-1] == ',' && strspn(q + 1, "0123456789") == (size_t)(e - q - 2);
}

static bool
nested_quantifier(const char *p)
{
	bool inner[64] = { false };	/* per open group: an unbounded quantifier inside */
	int depth = 0;
	bool cls = false;

	for (; *p; p++) {
		if (*p == '\\') {
			if (p[1])
				p++;
			continue;
		}
		if (cls) {
			if (*p == ']')
				cls = false;
			continue;
		}
		switch (*p) {
		case '[':
			cls = true;
			if (p[1] == '^')
				p++;
			if (p[1] == ']')
				p++;
			break;
		case '(':
			if (depth < 63)
				inner[++depth] = false;
			break;
		case ')':
			if (depth > 0) {
				bool had = inner[depth--];

				if (had && (p[1] == '+' || p[1] == '*' || unbounded_brace(p + 1)))
					return true;
				if (had)
					inner[depth] = true;
			}
			break;
		case '+':
		case '*':
			inner[depth] = true;
			break;
		case '{':
			if (unbounded_brace(p))
				inner[depth] = true;
			break;
		}
	}
	return false;
}

/* Does re hit a PCRE2 limit on one of the built-in near-miss lines? */
static bool
hits_limit(const pcre2_code *re)
{
	static const char fill[] = "a0 .x_-:/";
	char line[4002];

	for (const char *c = fill; *c; c++) {
		memset(line, *c, 4000);
		line[4000] = '!';
		line[4001] = '\0';
		if (kt_re_match(re, line, 4001) < 0)
			return true;
	}
	return false;
}

bool
kt_inline_next(const char **map, struct kt_inline_entry *e)
{
	const char *p = *map, *end, *colon, *slash;

	if (!p || !*p)
		return false;
	end = p + strcspn(p, " ");
	colon = memchr(p, ':', (size_t)(end - p));
	if (!colon)
		colon = end;
	slash = memchr(colon, '/', (size_t)(end - colon));
	if (!slash)
		slash = end;
	e->fn = p;
	e->fnlen = (size_t)(colon - p);
	e->callers = colon + (colon < end);
	e->callerslen = (size_t)(slash - e->callers);
	e->callees = slash + (slash < end);
	e->calleeslen = (size_t)(end - e->callees);
	*map = end + (*end == ' ');
	return true;
}

bool
kt_inline_list_has(const char *list, size_t len, const char *w, size_t n)
{
	for (const char *q = list, *end = list + len; q < end; ) {
		size_t k = strcspn(q, ",");

		if (q + k > end)
			k = (size_t)(end - q);
		if (k == n && !strncmp(q, w, n))
			return true;
		q += k + 1;
	}
	return false;
}

/* The entry of function w[0..n) in c's inlined map, or false. */
static bool
inline_entry_of(const struct kt_cond *c, const char *w, size_t n, struct kt_inline_entry *out)
{
	const char *m = c->inlined;

	while (kt_inline_next(&m, out))
		if (out->fnlen == n && !strncmp(out->fn, w, n))
			return true;
	return false;
}

struct inline_words {
	const struct kt_cond *c;
	struct strbuf repl;
};

static const char *
inline_word(const char *w, size_t n, void *arg)
{
	struct inline_words *iw = arg;
	struct kt_inline_entry e;

	if (!inline_entry_of(iw->c, w, n, &e))
		return NULL;
	strbuf_reset(&iw->repl);
	strbuf_addstr(&iw->repl, "(?:");
	strbuf_add(&iw->repl, w, n);
	strbuf_addch(&iw->repl, '|');
	for (size_t i = 0; i < e.callerslen; i++)
		strbuf_addch(&iw->repl, e.callers[i] == ',' ? '|' : e.callers[i]);
	strbuf_addch(&iw->repl, ')');
	return iw->repl.buf;
}

char *
kt_cond_inline_pattern(const struct kt_cond *c)
{
	struct inline_words iw = { c, STRBUF_INIT };
	char *p;

	if (!c->inlined)
		return NULL;
	p = kt_regex_map_words(c->pattern, inline_word, &iw);
	strbuf_release(&iw.repl);
	return p;
}

/* Add each caller of c's inlined map to lits[0..n): a report where such a
 * caller stands for the function need not hold c's own literals. */
static size_t
add_inline_literals(const struct kt_cond *c, char ***lits, size_t n)
{
	const char *m = c->inlined;
	struct kt_inline_entry e;

	while (kt_inline_next(&m, &e))
		for (const char *q = e.callers, *end = e.callers + e.callerslen; q < end; ) {
			size_t k = strcspn(q, ",/ ");
			char *lit = xstrndup(q, k);

			for (char *l = lit; *l; l++)
				*l = (char)tolower((unsigned char)*l);
			*lits = xrealloc(*lits, (n + 1) * sizeof(**lits));
			(*lits)[n++] = lit;
			q += k + 1;
		}
	return n;
}

size_t
kt_cond_literals(const struct kt_cond *c, char ***out)
{
	size_t n;

	*out = NULL;
	if (c->kind != KT_COND_REQUIRE || !(kt_fields[c->field].flags & KT_FIELD_TEXT) ||
	    !(n = kt_regex_literals(c->pattern, c->icase, out)))
		return 0;
	return add_inline_literals(c, out, n);
}

/* Whether some Require of variant v (0: of every variant) has literals. */
static bool
variant_has_literals(const struct kt_signature *s, const size_t *nlits, unsigned v)
{
	for (size_t k = 0; k < s->nconds; k++)
		if (s->conds[k].variant == v && nlits[k])
			return true;
	return false;
}

bool
kt_sig_literals_cover(const struct kt_signature *s, const size_t *nlits)
{
	if (variant_has_literals(s, nlits, 0))
		return true;
	if (!s->nvariants)
		return false;
	/* none common to every variant: each must bring its own */
	for (unsigned v = 1; v <= s->nvariants; v++)
		if (!variant_has_literals(s, nlits, v))
			return false;
	return true;
}

bool
kt_sig_has_literals(const struct kt_signature *s)
{
	size_t *nlits = xcalloc(s->nconds ? s->nconds : 1, sizeof(*nlits));
	bool covered;

	for (size_t k = 0; k < s->nconds; k++) {
		char **lits;

		nlits[k] = kt_cond_literals(&s->conds[k], &lits);
		free_strs(lits, nlits[k]);
	}
	covered = kt_sig_literals_cover(s, nlits);
	free(nlits);
	return covered;
}

int
kt_sig_check(struct kt_sigset *set, struct kt_diag *diag)
{
	int errors = 0;

	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];

		for (size_t j = 0; j < i; j++)
			if (s->id && set->sigs[j].id && !strcmp(s->id, set->sigs[j].id)) {
				kt_diag_add(diag, s->file, 0, "duplicate Id '%s' (also in %s)", s->id,
				    set->sigs[j].file);
				errors++;
			}
		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];
			struct kt_error err = { 0, "" };
			pcre2_code *re = kt_re_try_compile(c->pattern, c->icase ? PCRE2_CASELESS : 0, &err);

			if (!re) {
				kt_diag_add(diag, s->file, c->line, "bad regex /%s/: %s", c->pattern, err.msg);
				errors++;
				continue;
			}
			kt_re_free(re);
		}
		if (!kt_sig_has_literals(s) && s->nconds) {
			struct strbuf names = STRBUF_INIT;

			kt_field_list(&names, KT_FIELD_TEXT);
			kt_diag_add(diag, s->file, 0, "no Require: condition on %s has a literal of at least "
			    "4 bytes to prefilter on", names.buf);
			strbuf_release(&names);
			errors++;
		}
	}
	return errors;
}

/*
 * Costly or runaway regexes: a leading .*, nested quantifiers, or a PCRE2
 * limit hit on a built-in line that almost matches.  Returns the number of
 * errors added.  (Separate from kt_sig_check so that a deliberately slow
 * signature can still be compiled to test the run-time limits.)
 */
int
kt_sig_check_cost(struct kt_sigset *set, struct kt_diag *diag)
{
	int errors = 0;

	for (size_t i = 0; i < set->nsigs; i++) {
		struct kt_signature *s = &set->sigs[i];

		for (size_t k = 0; k < s->nconds; k++) {
			struct kt_cond *c = &s->conds[k];
			pcre2_code *re = kt_re_try_compile(c->pattern, c->icase ? PCRE2_CASELESS : 0, NULL);

			if (!re)
				continue;	/* kt_sig_check says why */
			if (!strncmp(c->pattern, ".*", 2) || !strncmp(c->pattern, "^.*", 3)) {
				kt_diag_add(diag, s->file, c->line, "regex /%s/ starts with .*: drop it "
				    "(a match may start anywhere) or anchor on a literal", c->pattern);
				errors++;
			} else if (nested_quantifier(c->pattern)) {
				kt_diag_add(diag, s->file, c->line, "regex /%s/ nests quantifiers (as in (a+)+): "
				    "it can backtrack without end; rewrite it without the outer quantifier",
				    c->pattern);
				errors++;
			} else if (hits_limit(re)) {
				kt_diag_add(diag, s->file, c->line, "regex /%s/ hits the PCRE2 limits on a "
				    "4000-byte line that almost matches: it would fail on real logs", c->pattern);
				errors++;
			}
			kt_re_free(re);
		}
	}
	return errors;
}
