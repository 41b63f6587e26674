/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-tool: runs one internal routine of libktriage on an input and prints
 * what it made of it, one fact per line, so that tests/t0010-internals.sh
 * can hold the unit tests of the parsers as tables (input -> expected
 * output) without a C test per case.  As git's t/helper/test-tool, it is
 * built for "make check" only and never installed.
 *
 *   test-tool literals [-i] REGEX          the prefilter literals of a pattern
 *   test-tool re-match REGEX TEXT TIMES    kt_re_match's result, each time matched
 *                                          (interpreted at first, JIT-compiled later)
 *   test-tool jit                          "yes" when this PCRE2 can JIT-compile, else "no"
 *   test-tool fix-expected SIGFILE RELEASE is the fix expected in that kernel?
 *   test-tool sig-parse SIGFILE            the parsed signature and problems
 *   test-tool manifest-parse FILE          the parsed update manifest
 *   test-tool bisect-log FILE              the parsed "git bisect log"
 *   test-tool segment FILE                 where each report starts and ends
 *   test-tool skim-literals [--all]        the literals the skim searches for, one a line
 *                                          (--all: every literal of the tables)
 *   test-tool prefilter-check FILE...      lines a table row matches without its literals (or
 *                                          a prefix form against kt_prefix_pair, a
 *                                          remembered verdict differs, a wrap form's
 *                                          pattern matches what its gate rules out)
 *
 * Exit status: 0 when the routine ran (whatever it found), 2 on bad usage
 * or an unreadable file.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "bisectlog.h"
#include "ktriage.h"
#include "feed.h"
#include "formats.h"
#include "lines.h"
#include "regex.h"
#include "signature.h"
#include "skim.h"
#include "strbuf.h"

static int
usage(void)
{
	fputs("usage: test-tool (literals [-i] REGEX | re-match REGEX TEXT TIMES | jit |\n"
	    "       fix-expected SIGFILE RELEASE |\n"
	    "       sig-parse SIGFILE | manifest-parse FILE | bisect-log FILE | segment FILE |\n"
	    "       skim-literals [--all] | prefilter-check FILE...)\n", stderr);
	return 2;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct strbuf sb = STRBUF_INIT;
	char buf[65536];
	size_t n;

	if (!f) {
		perror(path);
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(f);
	return strbuf_detach(&sb, len);
}

/* The text of the one file argument of a tool, or NULL (usage or unreadable). */
static char *
file_arg(int argc, char **argv, size_t *len)
{
	if (argc != 2) {
		usage();
		return NULL;
	}
	return slurp(argv[1], len);
}

static const char *
orstr(const char *s)
{
	return s ? s : "(null)";
}

static int
cmd_literals(int argc, char **argv)
{
	bool icase = argc == 3 && !strcmp(argv[1], "-i");
	char **lits = NULL;
	size_t n;

	if (argc != 2 + icase)
		return usage();
	n = kt_regex_literals(argv[argc - 1], icase, &lits);
	if (!n)
		puts("(none)");
	for (size_t i = 0; i < n; i++) {
		puts(lits[i]);
		free(lits[i]);
	}
	free(lits);
	return 0;
}

static int
cmd_re_match(int argc, char **argv)
{
	struct kt_error err = { 0, "" };
	pcre2_code *re;
	long times;

	if (argc != 4 || (times = strtol(argv[3], NULL, 10)) <= 0)
		return usage();
	if (!(re = kt_re_try_compile(argv[1], 0, &err))) {
		fprintf(stderr, "test-tool: %s\n", err.msg);
		return 2;
	}
	for (long i = 0; i < times; i++)
		printf("%d\n", kt_re_match(re, argv[2], strlen(argv[2])));
	kt_re_free(re);
	return 0;
}

/*
 * Whether the PCRE2 library was built with its JIT (not every arch has one):
 * a test that needs the JIT's verdict is skipped without it.
 */
static int
cmd_jit(int argc, char **argv)
{
	uint32_t jit = 0;

	(void)argv;
	if (argc != 1)
		return usage();
	pcre2_config(PCRE2_CONFIG_JIT, &jit);
	puts(jit ? "yes" : "no");
	return 0;
}

/* Parse one .sig file into a new set; diagnostics are printed. */
static struct kt_sigset *
load_sig(const char *path)
{
	struct kt_sigset *set = kt_sigset_new();
	struct kt_diag diag = { 0 };
	size_t len;
	char *text = slurp(path, &len);

	if (!text) {
		kt_sigset_free(set);
		return NULL;
	}
	kt_sig_parse(set, path, text, len, &diag);
	for (size_t i = 0; i < diag.n; i++)
		printf("problem: %s\n", diag.msgs[i]);
	kt_diag_release(&diag);
	free(text);
	return set;
}

static int
cmd_fix_expected(int argc, char **argv)
{
	struct kt_sigset *set;
	const char *against = NULL;
	bool unverified = false;
	int r;

	if (argc != 3)
		return usage();
	if (!(set = load_sig(argv[1])))
		return 2;
	if (set->nsigs != 1) {
		kt_sigset_free(set);
		return 2;
	}
	r = kt_fix_expected(&set->sigs[0], argv[2], &unverified, &against);
	/* against is the Fixed-In value as written, "(unverified)" included */
	printf("%s against %s%s\n", r == 1 ? "fixed" : r == 0 ? "not-fixed" : "unknown",
	    orstr(against), unverified ? "; unverified" : "");
	kt_sigset_free(set);
	return 0;
}

static int
cmd_sig_parse(int argc, char **argv)
{
	struct kt_sigset *set;

	if (argc != 2)
		return usage();
	if (!(set = load_sig(argv[1])))
		return 2;
	for (size_t i = 0; i < set->nsigs; i++) {
		const struct kt_signature *s = &set->sigs[i];

		printf("id: %s\nversion: %u\nevidence: %s\n", orstr(s->id), s->version, orstr(s->evidence));
		for (size_t k = 0; k < s->nconds; k++)
			printf("cond: %s %s /%s/%s line %u\n", kt_cond_kind_name(s->conds[k].kind),
			    kt_field_name(s->conds[k].field), s->conds[k].pattern,
			    s->conds[k].icase ? "i" : "", s->conds[k].line);
		for (size_t k = 0; k < s->nfixed; k++)
			printf("fixed-by: %s%s\n", s->fixed[k].sha, s->fixed[k].unverified ? " (unverified)" : "");
		for (size_t k = 0; k < s->nintroduced; k++)
			printf("introduced-by: %s\n", s->introduced[k].sha);
		for (size_t k = 0; k < s->nfixed_in; k++)
			printf("fixed-in: %s\n", s->fixed_in[k]);
		printf("test-log: %s\n", orstr(s->test_log));
	}
	kt_sigset_free(set);
	return 0;
}

static int
cmd_manifest_parse(int argc, char **argv)
{
	struct kt_manifest m;
	struct kt_error err = { 0, "" };
	size_t len;
	char *text;

	if (!(text = file_arg(argc, argv, &len)))
		return 2;
	memset(&m, 0, sizeof(m));
	if (kt_manifest_parse(text, len, &m, &err))
		printf("error: %s\n", err.msg);
	else
		printf("db_version: %llu\ndb_size: %llu\ndb_sha256: %s\ndb_url: %s\n"
		    "created: %lld\nexpires: %lld\nmin_version: %s\n", m.db_version, m.db_size,
		    m.db_sha256, orstr(m.db_url), m.created, m.expires, orstr(m.min_version));
	kt_manifest_release(&m);
	free(text);
	return 0;
}

static int
cmd_bisect_log(int argc, char **argv)
{
	struct blog log = { 0 };
	size_t len;
	char *text;

	if (!(text = file_arg(argc, argv, &len)))
		return 2;
	log.first_bad = -1;
	parse_bisect_log(&log, text);
	printf("seen: %s\nterms: %s %s\nonly_skipped: %s\n", log.seen ? "yes" : "no",
	    orstr(log.term_bad), orstr(log.term_good), log.only_skipped ? "yes" : "no");
	for (size_t i = 0; i < log.n; i++)
		printf("commit: %s %s%s%s %s\n", mark_names[log.c[i].mark], log.c[i].sha,
		    log.c[i].first_bad ? " first-bad" : "",
		    log.c[i].possible_first_bad ? " possible-first-bad" : "", orstr(log.c[i].subject));
	free_blog(&log);
	free(text);
	return 0;
}

static int
print_segment(const struct kt_report *r, void *arg)
{
	(void)arg;
	printf("report %u: lines %lu-%lu, %zu own lines, %zu context, kind %s, header \"%s\", caller %s%s%s\n",
	    r->index, r->first_line, r->last_line, r->nlines, r->ncontext, orstr(r->kind),
	    orstr(r->header), orstr(r->caller), r->truncated ? ", truncated" : "",
	    r->panicked ? ", panicked" : "");
	return 0;
}

static int
cmd_segment(int argc, char **argv)
{
	struct kt_error err = { 0, "" };

	if (argc != 2)
		return usage();
	if (kt_scan_path(argv[1], NULL, NULL, NULL, print_segment, NULL, NULL, &err)) {
		fprintf(stderr, "test-tool: %s\n", err.msg);
		return 2;
	}
	return 0;
}

/*
 * The literals the skim searches for, in table order: what bench/run gives
 * grep -F as its patterns; with --all every distinct literal of the tables.
 */
static int
cmd_skim_literals(int argc, char **argv)
{
	const char *lit;
	bool all = argc == 2 && !strcmp(argv[1], "--all");

	if (argc != 1 && !all)
		return usage();
	if (!all) {
		for (size_t i = 0; (lit = kt_skim_string(i)); i++)
			puts(lit);
		return 0;
	}
	for (size_t i = 0; (lit = kt_skim_literal(i)); i++) {
		size_t k = 0;

		while (k < i && strcmp(kt_skim_literal(k), lit))
			k++;
		if (k == i)
			puts(lit);
	}
	return 0;
}

/* Rows of table t that match line t[0..len) although the prefilter ruled them out. */
static size_t
prefilter_misses(enum kt_table t, const char *path, const char *line, size_t len)
{
	unsigned char cand[KT_MAX_TABLE_ROWS];
	size_t misses = 0;

	kt_rows_possible(t, line, len, cand);
	for (size_t i = 0; i < kt_table_rows(t); i++)
		if (!cand[i] && kt_re_match(kt_table_re(t, i), line, len) > 0) {
			printf("%s: table %d row %zu matches without its literals: %.*s\n",
			    path, (int)t, i, (int)len, line);
			misses++;
		}
	return misses;
}

/* Prefix forms that match at the line's start although kt_prefix_pair()
 * or kt_prefix_quad(), by the first two or four bytes after the blanks,
 * ruled them out. */
static size_t
prefix_pair_misses(const char *path, const char *line, size_t len)
{
	size_t blanks = strspn(line, " \t"), misses = 0;
	uint32_t may;

	if (blanks + 1 >= len)
		return 0;
	may = kt_prefix_pair((unsigned char)line[blanks], (unsigned char)line[blanks + 1]);
	/* by four bytes, twice: the second answer is the remembered one */
	for (int round = 0; round < 2 && blanks + KT_PREFIX_QUAD <= len; round++)
		may &= kt_prefix_quad(line + blanks);
	for (size_t i = 0; i < kt_nprefix_forms; i++)
		if (!(may >> i & 1) && kt_re_match(kt_prefix_forms[i].re, line, len) > 0) {
			printf("%s: prefix form %zu matches against its first two or four bytes: %.*s\n",
			    path, i, (int)len, line);
			misses++;
		}
	return misses;
}

/* kt_re_test_short() against kt_re_match() on the line's first bytes (a
 * short text, so the remembered verdicts are used, evicted and reused). */
static size_t
short_test_misses(const char *path, const char *line, size_t len)
{
	size_t n = len < KT_RE_SHORT_MAX ? len : KT_RE_SHORT_MAX, misses = 0;
	const pcre2_code *res[] = { kt_skip_re, kt_irq_end_re };

	for (size_t k = 0; k < sizeof(res) / sizeof(res[0]); k++) {
		bool want = kt_re_match(res[k], line, n) > 0;

		/* twice: the second answer is the remembered one */
		for (int round = 0; round < 2; round++)
			if (kt_re_test_short(res[k], line, n) != want) {
				printf("%s: remembered verdict %d wrong: %.*s\n", path, round, (int)n, line);
				misses++;
			}
	}
	return misses;
}

/* A body line classed otherwise when each form tries only the alternatives
 * its first non-blank byte can start (kt_body_class_split). */
static size_t
body_split_misses(const char *path, const char *line, size_t len)
{
	enum body_class want = kt_body_class_whole(line, len), got = kt_body_class_split(line, len);

	if (got == want)
		return 0;
	printf("%s: body class %d with the first-byte split, %d whole: %.*s\n", path, (int)got, (int)want,
	    (int)len, line);
	return 1;
}

/* Wrap forms whose pattern matches the line although their gate ruled it out. */
static size_t
wrap_gate_misses(const char *path, const char *line, size_t len)
{
	size_t misses = 0;

	for (size_t i = 0; i < kt_nwrap_forms; i++)
		if (!kt_wrap_gate_passes(&kt_wrap_forms[i], line, len) &&
		    kt_re_match(kt_wrap_forms[i].inc_re, line, len) > 0) {
			printf("%s: wrap form %zu matches a line its gate rules out: %.*s\n", path, i, (int)len, line);
			misses++;
		}
	return misses;
}

/* Every line of every file through every prefiltered table: exit 1 when a
 * row's literals miss a line its pattern matches; also the prefix forms'
 * two-byte masks, the remembered short-text verdicts, the body forms'
 * first-byte split and the wrap forms' gates. */
static int
cmd_prefilter_check(int argc, char **argv)
{
	size_t misses = 0, lines = 0;

	if (argc < 2)
		return usage();
	kt_formats_init_reports();
	for (int a = 1; a < argc; a++) {
		size_t len;
		char *text = slurp(argv[a], &len), *p, *nl;

		if (!text)
			return 2;
		for (p = text; p < text + len; p = nl + 1, lines++) {
			if (!(nl = memchr(p, '\n', (size_t)(text + len - p))))
				nl = text + len;
			/* matchers see text made valid UTF-8 (lines.c) */
			if (!kt_utf8_valid(p, (size_t)(nl - p)))
				continue;
			for (int t = 0; t < KT_NTABLES; t++)
				misses += prefilter_misses((enum kt_table)t, argv[a], p, (size_t)(nl - p));
			misses += prefix_pair_misses(argv[a], p, (size_t)(nl - p));
			misses += short_test_misses(argv[a], p, (size_t)(nl - p));
			misses += body_split_misses(argv[a], p, (size_t)(nl - p));
			misses += wrap_gate_misses(argv[a], p, (size_t)(nl - p));
		}
		free(text);
	}
	printf("%zu lines, %zu misses\n", lines, misses);
	return misses != 0;
}

static const struct {
	const char *name;
	int (*fn)(int, char **);
} tools[] = {
	{ "literals", cmd_literals },
	{ "re-match", cmd_re_match },
	{ "jit", cmd_jit },
	{ "fix-expected", cmd_fix_expected },
	{ "sig-parse", cmd_sig_parse },
	{ "manifest-parse", cmd_manifest_parse },
	{ "bisect-log", cmd_bisect_log },
	{ "segment", cmd_segment },
	{ "skim-literals", cmd_skim_literals },
	{ "prefilter-check", cmd_prefilter_check },
};

int
main(int argc, char **argv)
{
	if (argc < 2)
		return usage();
	for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++)
		if (!strcmp(argv[1], tools[i].name))
			return tools[i].fn(argc - 1, argv + 1);
	return usage();
}
