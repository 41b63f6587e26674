/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bisectlog: the parser of "git bisect log" output used by
 * "ktriage bisect annotate" (cmd-bisect.c), in a header of its own so that
 * the fuzz harness (tests/fuzz/fuzz-bisectlog.c) runs the very same code.
 * Header-only (static functions): include it from one translation unit.
 *
 * parse_bisect_log() takes any text (NUL-terminated, modified in place and
 * restored), never fails; free_blog() releases what it filled.
 */
#ifndef KT_BISECTLOG_H
#define KT_BISECTLOG_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "util.h"

static bool
is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("0123456789abcdefABCDEF", s[i]) || !s[i])
			return false;
	return true;
}

/*
 * Do two commit ids name the same commit?  One must be a prefix of the
 * other (either way round), and the shorter must have at least 7 hex digits.
 */
static bool
same_commit(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), n = la < lb ? la : lb;

	if (n < 7 || !is_hex(a, la) || !is_hex(b, lb))
		return false;
	return !strncasecmp(a, b, n);
}

enum mark { MARK_BAD, MARK_GOOD, MARK_SKIP };

static const char *const mark_names[] = { "bad", "good", "skip" };

struct bcommit {
	char *sha;
	char *subject;		/* NULL when the log does not give it */
	enum mark mark;
	bool first_bad, possible_first_bad;
};

struct blog {
	struct bcommit *c;
	size_t n, alloc;
	char *term_bad, *term_good;	/* "bad"/"good" unless git bisect start set others */
	bool seen;			/* at least one line of a bisect log */
	bool only_skipped;		/* "# only skipped commits left to test" */
	long first_bad;			/* index, or -1 */
};

static struct bcommit *
add_commit(struct blog *log, const char *sha, size_t len, const char *subject, enum mark mark)
{
	char *id = xstrndup(sha, len);
	struct bcommit *c = NULL;

	for (size_t i = 0; i < log->n; i++)
		if (same_commit(log->c[i].sha, id))
			c = &log->c[i];
	if (c) {
		if (strlen(id) > strlen(c->sha)) {
			free(c->sha);
			c->sha = id;
		} else {
			free(id);
		}
	} else {
		log->c = xgrow(log->c, sizeof(*log->c), log->n + 1, &log->alloc);
		c = &log->c[log->n++];
		memset(c, 0, sizeof(*c));
		c->sha = id;
	}
	for (char *p = c->sha; *p; p++)
		if (*p >= 'A' && *p <= 'F')
			*p = (char)(*p - 'A' + 'a');
	c->mark = mark;
	if (subject && *subject && !c->subject)
		c->subject = xstrdup(subject);
	return c;
}

/* Split a shell-quoted command line as git sq_quote writes it. */
static size_t
shell_words(const char *s, char ***out)
{
	char **v = NULL;
	size_t n = 0, alloc = 0;

	for (;;) {
		struct strbuf w = STRBUF_INIT;
		bool any = false;

		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		while (*s && *s != ' ' && *s != '\t') {
			any = true;
			if (*s == '\'') {
				const char *e = strchr(s + 1, '\'');

				if (!e)
					e = s + strlen(s);
				strbuf_add(&w, s + 1, (size_t)(e - s - 1));
				s = *e ? e + 1 : e;
			} else if (*s == '"') {
				for (s++; *s && *s != '"'; s++) {
					if (*s == '\\' && s[1])
						s++;
					strbuf_addch(&w, *s);
				}
				if (*s)
					s++;
			} else if (*s == '\\' && s[1]) {
				strbuf_addch(&w, s[1]);
				s += 2;
			} else {
				strbuf_addch(&w, *s++);
			}
		}
		if (any) {
			v = xgrow(v, sizeof(*v), n + 1, &alloc);
			v[n++] = strbuf_detach(&w, NULL);
		}
	}
	*out = v;
	return n;
}

static void
free_words(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int
mark_of(const struct blog *log, const char *term, size_t len)
{
	if ((strlen(log->term_bad) == len && !strncmp(term, log->term_bad, len)) ||
	    (len == 3 && (!strncmp(term, "bad", 3) || !strncmp(term, "new", 3))))
		return MARK_BAD;
	if ((strlen(log->term_good) == len && !strncmp(term, log->term_good, len)) ||
	    (len == 4 && !strncmp(term, "good", 4)) || (len == 3 && !strncmp(term, "old", 3)))
		return MARK_GOOD;
	if (len == 4 && !strncmp(term, "skip", 4))
		return MARK_SKIP;
	return -1;
}

/* The text of a log line: without trailing blanks, leading blanks and e-mail quoting. */
static const char *
line_body(char *line)
{
	size_t n = strlen(line);

	while (n && (line[n - 1] == '\r' || line[n - 1] == ' ' || line[n - 1] == '\t'))
		line[--n] = '\0';
	while (*line == ' ' || *line == '\t' || *line == '>')
		line++;
	return line;
}

/* First pass: the terms set by "git bisect start --term-new=X --term-old=Y". */
static void
find_terms(struct blog *log, char *text)
{
	for (char *line = text; line;) {
		char *nl = strchr(line, '\n');
		const char *b;

		if (nl)
			*nl = '\0';
		b = line_body(line);
		if (starts_with(b, "git bisect start")) {
			char **w;
			size_t n = shell_words(b + strlen("git bisect start"), &w);

			for (size_t i = 0; i < n && strcmp(w[i], "--"); i++) {
				char **term = NULL;
				const char *val = NULL;

				if (starts_with(w[i], "--term-new") || starts_with(w[i], "--term-bad"))
					term = &log->term_bad;
				else if (starts_with(w[i], "--term-old") || starts_with(w[i], "--term-good"))
					term = &log->term_good;
				else
					continue;
				if ((val = strchr(w[i], '=')))
					val++;
				else if (i + 1 < n)
					val = w[++i];
				if (val && *val) {
					free(*term);
					*term = xstrdup(val);
				}
			}
			free_words(w, n);
		}
		if (nl)
			*nl = '\n';
		line = nl ? nl + 1 : NULL;
	}
}

/* "[sha] subject" -> sha, its length and the subject; false if not that */
static bool
bracketed(const char *s, const char **sha, size_t *len, const char **subject)
{
	const char *e;

	if (*s != '[' || !(e = strchr(s, ']')))
		return false;
	*sha = s + 1;
	*len = (size_t)(e - s - 1);
	if (*len < 7 || !is_hex(*sha, *len))
		return false;
	for (e++; *e == ' '; e++)
		;
	*subject = e;
	return true;
}

/* Mark c the one first bad commit. */
static void
set_first_bad(struct blog *log, struct bcommit *c)
{
	for (size_t i = 0; i < log->n; i++)
		log->c[i].first_bad = false;
	c->first_bad = true;
}

/* The commits of "git bisect start BAD GOOD... [--] [paths]" (hex ids only). */
static void
parse_start(struct blog *log, char **w, size_t n)
{
	bool first = true, dashdash = false;

	for (size_t i = 1; i < n; i++) {
		if (!strcmp(w[i], "--"))
			dashdash = true;
		if (dashdash || w[i][0] == '-')
			continue;
		/* refs such as v6.1 cannot be resolved here; "# bad:" lines give their ids */
		if (strlen(w[i]) >= 7 && is_hex(w[i], strlen(w[i])))
			add_commit(log, w[i], strlen(w[i]), NULL, first ? MARK_BAD : MARK_GOOD);
		first = false;
	}
}

/* "git bisect <subcommand> ..." (the text after "git bisect "). */
static void
parse_command(struct blog *log, const char *args)
{
	static const char *const others[] = { "terms", "replay", "run", "log", "reset", "visualize" };
	char **w;
	size_t n = shell_words(args, &w);
	int mark;

	if (n && !strcmp(w[0], "start")) {
		log->seen = true;
		parse_start(log, w, n);
	} else if (n && (mark = mark_of(log, w[0], strlen(w[0]))) >= 0) {
		log->seen = true;
		for (size_t i = 1; i < n; i++)
			if (strlen(w[i]) >= 7 && is_hex(w[i], strlen(w[i])))
				add_commit(log, w[i], strlen(w[i]), NULL, (enum mark)mark);
	}
	for (size_t i = 0; n && i < sizeof(others) / sizeof(others[0]); i++)
		if (!strcmp(w[0], others[i]))
			log->seen = true;
	free_words(w, n);
}

/*
 * After the '#' of a comment: its mark ("bad: [sha] subject"), or
 * "first bad commit:" / "possible first bad commit:" (*first or *possible
 * set, MARK_BAD); -1 when it is none of these.  *rest: after the colon.
 */
static int
comment_mark(const struct blog *log, const char *p, bool *first, bool *possible,
    const char **rest)
{
	const char *colon, *sp;
	int mark = MARK_BAD;

	if (starts_with(p, "possible first ")) {
		*possible = true;
		p += strlen("possible first ");
	} else if (starts_with(p, "first ")) {
		*first = true;
		p += strlen("first ");
	}
	if (!(colon = strchr(p, ':')))
		return -1;
	if (*first || *possible) {
		sp = strchr(p, ' ');
		if (!sp || sp > colon || strncmp(sp, " commit:", 8) ||
		    mark_of(log, p, (size_t)(sp - p)) != MARK_BAD)
			return -1;
	} else if ((mark = mark_of(log, p, (size_t)(colon - p))) < 0) {
		return -1;
	}
	for (colon++; *colon == ' '; colon++)
		;
	*rest = colon;
	return mark;
}

/* "# bad: [sha] subject", "# first bad commit: [sha] subject" and the like. */
static void
parse_comment(struct blog *log, const char *p)
{
	const char *sha, *subject, *rest;
	bool first = false, possible = false;
	size_t len;
	int mark;
	struct bcommit *c;

	while (*p == ' ')
		p++;
	if (starts_with(p, "only skipped commits left to test")) {
		log->seen = log->only_skipped = true;
		return;
	}
	mark = comment_mark(log, p, &first, &possible, &rest);
	if (mark < 0 || !bracketed(rest, &sha, &len, &subject))
		return;
	log->seen = true;
	c = add_commit(log, sha, len, subject, (enum mark)mark);
	if (first)
		set_first_bad(log, c);
	else if (possible)
		c->possible_first_bad = true;
}

static void
parse_line(struct blog *log, const char *b)
{
	size_t len;

	if (starts_with(b, "git bisect ")) {
		parse_command(log, b + strlen("git bisect "));
		return;
	}
	if (b[0] == '#') {
		parse_comment(log, b + 1);
		return;
	}
	/* what "git bisect run" prints at the end: "<sha> is the first bad commit" */
	len = strspn(b, "0123456789abcdef");
	if (len >= 40 && starts_with(b + len, " is the first ")) {
		const char *t = b + len + strlen(" is the first ");
		const char *sp = strchr(t, ' ');

		if (sp && !strcmp(sp, " commit") && mark_of(log, t, (size_t)(sp - t)) == MARK_BAD) {
			log->seen = true;
			set_first_bad(log, add_commit(log, b, len, NULL, MARK_BAD));
		}
	}
}

static inline void
parse_bisect_log(struct blog *log, char *text)
{
	log->term_bad = xstrdup("bad");
	log->term_good = xstrdup("good");
	log->first_bad = -1;
	find_terms(log, text);
	for (char *line = text; line;) {
		char *nl = strchr(line, '\n');

		if (nl)
			*nl = '\0';
		parse_line(log, line_body(line));
		line = nl ? nl + 1 : NULL;
	}
	for (size_t i = 0; i < log->n; i++)
		if (log->c[i].first_bad)
			log->first_bad = (long)i;
}

static inline void
free_blog(struct blog *log)
{
	for (size_t i = 0; i < log->n; i++) {
		free(log->c[i].sha);
		free(log->c[i].subject);
	}
	free(log->c);
	free(log->term_bad);
	free(log->term_good);
}

#endif
