/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ktriage signatures (compile|lint|list|show|publish): manage the known-bug
 * signature database.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli-db.h"
#include "cmd.h"
#include "ktriage.h"
#include "feed.h"
#include "file.h"
#include "net.h"
#include "opts.h"
#include "sigdb.h"
#include "signature.h"
#include "strbuf.h"
#include "tree.h"
#include "suggest.h"
#include "lines.h"
#include "usage.h"
#include "util.h"

static const char *const sig_usage[] = {
	"ktriage signatures compile DIR -o FILE [--db-version N]",
	"   or: ktriage signatures lint [DIR]",
	"   or: ktriage signatures verify --kernel-tree TREE [--kernel-rev REV] [DIR]",
	"   or: ktriage signatures list [--db FILE]",
	"   or: ktriage signatures show ID [--db FILE]",
	"   or: ktriage signatures publish DIR --key KEY -o OUTDIR [--db-version N] [--expires DAYS] [--base-url URL]",
	"",
	"compile  check the .sig files of DIR and write the SQLite database FILE",
	"lint     check the .sig files of DIR (default: signatures) and that each",
	"         signature matches its Test-Log and no other signature does",
	"verify   check the commits of DIR's signatures against the kernel git tree TREE:",
	"         each Fixed-By and Introduced-By exists with its subject, Fixed-In is the",
	"         first tag containing the fix and the first stable release carrying it",
	"list     list the signatures of the database in use",
	"show     print one signature of the database in use",
	"publish  compile DIR into OUTDIR/signatures.db with a manifest signed with the",
	"         Ed25519 private KEY (PEM): a feed for 'ktriage update'",
	"",
	"'ktriage signatures SUBCOMMAND --help' shows the options of one.",
	NULL,
};

/* One usage per subcommand, so that "signatures list --help" is list's own. */
static const char *const compile_usage[] = {
	"ktriage signatures compile DIR -o FILE [--db-version N]",
	"",
	"Check the .sig files of DIR and write the SQLite signature database FILE.",
	NULL,
};
static const char *const lint_usage[] = {
	"ktriage signatures lint [DIR]",
	"",
	"Check the .sig files of DIR (default: signatures) and that each signature",
	"matches its Test-Log and no other signature does; problems as file:line.",
	NULL,
};
static const char *const list_usage[] = {
	"ktriage signatures list [--db FILE]",
	"",
	"List the signatures of the database in use: id, version, evidence, title.",
	NULL,
};
static const char *const show_usage[] = {
	"ktriage signatures show ID [--db FILE]",
	"",
	"Print one signature of the database in use in full.",
	NULL,
};
static const char *const publish_usage[] = {
	"ktriage signatures publish DIR --key KEY -o OUTDIR [--db-version N] [--expires DAYS] [--base-url URL]",
	"",
	"Compile DIR into OUTDIR/signatures.db with a manifest signed with the",
	"Ed25519 private KEY (PEM): a feed for 'ktriage update'.",
	NULL,
};

static int
print_diag(struct kt_diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "%s\n", d->msgs[i]);
	return (int)d->n;
}

/* The tree that holds DIR: Test-Log and Test-Not paths are relative to it. */
static void
sig_root(const char *dir, struct strbuf *root)
{
	const char *slash = memrchr(dir, '/', kt_dir_len(dir));

	if (slash && slash > dir)
		strbuf_add(root, dir, (size_t)(slash - dir));
	else if (slash)
		strbuf_addstr(root, "/");
	else
		strbuf_addstr(root, ".");
}

/* Load and check DIR, and decide which Requires are distinctive; returns
 * NULL (after printing why) on any error. */
static struct kt_sigset *
load_checked(const char *dir, struct kt_diag *diag, bool lint)
{
	struct kt_sigset *set = kt_sigset_new();
	struct strbuf root = STRBUF_INIT;

	kt_sig_load_dir(set, dir, diag);
	kt_sig_check(set, diag);
	if (lint)
		kt_sig_check_cost(set, diag);
	if (!diag->n)
		kt_sigset_prepare(set, diag);
	sig_root(dir, &root);
	if (!diag->n)
		kt_sig_mark_distinctive(set, root.buf);
	strbuf_release(&root);
	if (diag->n) {
		kt_sigset_free(set);
		return NULL;
	}
	return set;
}

struct lint_scan {
	const struct kt_sigset *set;
	unsigned char *matched;	/* per signature: the best confidence it matched with */
	unsigned char *fixed;	/* ... and whether the report's kernel has its fix */
	unsigned char *full;	/* ... the best it matched a report that is no bare excerpt with */
	unsigned long reports;
	char *error;
};

/*
 * An excerpt that prints nothing of the crash a condition could corroborate
 * its symptom with (no frame, program counter, link register or guilty
 * function, nor arch with MMU or platform): only a context line could, and
 * the lines before a quoted excerpt are the quoting mail's or file's.
 */
static bool
bare_excerpt(const struct kt_report *r)
{
	return !r->nframes && !r->pc && !r->lr && !r->guilty && !(r->arch && (r->mmu || r->platform));
}

static int
lint_report(const struct kt_report *r, void *arg)
{
	struct lint_scan *ls = arg;
	struct kt_matches m;

	bool bare = bare_excerpt(r);

	ls->reports++;
	kt_match_report(ls->set, r, &m);
	for (size_t i = 0; i < m.n; i++) {
		size_t k = (size_t)(m.m[i].sig - ls->set->sigs);
		unsigned char conf = (unsigned char)m.m[i].confidence;

		if (m.m[i].error && !ls->error)
			ls->error = strdup(m.m[i].error);
		if (conf > ls->matched[k])
			ls->matched[k] = conf;
		if (m.m[i].fix_expected == 1)
			ls->fixed[k] = 1;
		if (!bare && conf > ls->full[k])
			ls->full[k] = conf;
	}
	kt_matches_release(&m);
	return 0;
}

/* Scan one test log of s; the best confidence of each signature goes to ls->matched. */
static int
lint_scan_log(const struct kt_signature *s, const char *root, const char *log, const char *key,
    struct lint_scan *ls, struct kt_diag *diag)
{
	struct strbuf path = STRBUF_INIT;
	struct kt_error err = { 0, "" };
	int errors = 0;

	strbuf_addf(&path, "%s/%s", root, log);
	if (kt_scan_path(path.buf, log, NULL, NULL, lint_report, ls, NULL, &err)) {
		kt_diag_add(diag, s->file, 0, "%s %s: %s", key, log, err.msg);
		errors++;
	} else if (ls->error) {
		kt_diag_add(diag, s->file, 0, "%s %s: %s", key, log, ls->error);
		errors++;
	}
	strbuf_release(&path);
	return errors;
}

/* A Test-Log must match s (at high unless s is capped) and no other signature. */
static int
judge_test_log(const struct kt_sigset *set, size_t i, const char *log, const struct lint_scan *ls,
    struct kt_diag *diag)
{
	const struct kt_signature *s = &set->sigs[i];
	int errors = 0;

	if (!ls->matched[i]) {
		kt_diag_add(diag, s->file, 0, "Test-Log %s does not match this signature (%lu reports in it)",
		    log, ls->reports);
		errors++;
	} else if (!kt_sig_capped(s) && ls->matched[i] != KT_CONF_HIGH && !ls->fixed[i] &&
	    !(ls->matched[i] == KT_CONF_MEDIUM && ls->full[i] < KT_CONF_MEDIUM)) {
		/* (a kernel named after a release that has the fix caps it at low,
		 * a bare excerpt, its best report, at medium: that is the log's
		 * doing, not the rules') */
		kt_diag_add(diag, s->file, 0, "Test-Log %s, a real console log, matches only at %s confidence "
		    "(expected high: a distinctive Require and a frame, guilty, pc, lr, function, context or arch with "
		    "mmu/platform condition that held, not one common to other bugs' logs; see 'ktriage explain %s')", log,
		    kt_confidence_name((enum kt_confidence)ls->matched[i]), s->id);
		errors++;
	}
	for (size_t k = 0; k < set->nsigs; k++)
		if (k != i && ls->matched[k]) {
			kt_diag_add(diag, s->file, 0, "Test-Log %s also matches signature %s", log,
			    set->sigs[k].id);
			errors++;
		}
	return errors;
}

/* A Test-Not (a real log of another bug) must not match s at medium or above. */
static int
judge_test_not(const struct kt_signature *s, size_t i, const char *log, const struct lint_scan *ls,
    struct kt_diag *diag)
{
	if (ls->matched[i] < KT_CONF_MEDIUM)
		return 0;
	kt_diag_add(diag, s->file, 0, "Test-Not %s, a report of another bug, matches this signature "
	    "at %s confidence (expected low or no match: add a Reject for its path)", log,
	    kt_confidence_name((enum kt_confidence)ls->matched[i]));
	return 1;
}

/* Scan one Test-Log (or Test-Not, when is_not) of signature i and judge it. */
static int
lint_log(const struct kt_sigset *set, size_t i, const char *root, const char *log, bool is_not,
    struct kt_diag *diag)
{
	const struct kt_signature *s = &set->sigs[i];
	struct lint_scan ls = { set, xcalloc(set->nsigs, 1), xcalloc(set->nsigs, 1), xcalloc(set->nsigs, 1), 0, NULL };
	int errors = lint_scan_log(s, root, log, is_not ? "Test-Not" : "Test-Log", &ls, diag);

	if (!errors)
		errors = is_not ? judge_test_not(s, i, log, &ls, diag) : judge_test_log(set, i, log, &ls, diag);
	free(ls.matched);
	free(ls.fixed);
	free(ls.full);
	free(ls.error);
	return errors;
}

static int
lint_test_logs(const struct kt_sigset *set, const char *dir, struct kt_diag *diag)
{
	struct strbuf root = STRBUF_INIT;
	int errors = 0;

	sig_root(dir, &root);
	for (size_t i = 0; i < set->nsigs; i++) {
		const struct kt_signature *s = &set->sigs[i];

		for (size_t k = 0; k < s->ntest_logs; k++)
			errors += lint_log(set, i, root.buf, s->test_logs[k], false, diag);
		for (size_t k = 0; k < s->ntest_nots; k++)
			errors += lint_log(set, i, root.buf, s->test_nots[k], true, diag);
	}
	strbuf_release(&root);
	return errors;
}

static int
sig_lint(int argc, char **argv)
{
	const struct opt opts[] = { OPT_END() };
	struct kt_diag diag = { NULL, 0, 0 };
	struct kt_sigset *set;
	int n = parse_options_or_exit(argc, argv, opts, lint_usage);
	const char *dir = n > 0 ? argv[0] : "signatures";

	if (n > 1)
		die_usage("signatures lint: too many arguments");
	set = load_checked(dir, &diag, true);
	if (set)
		lint_test_logs(set, dir, &diag);
	if (print_diag(&diag)) {
		fprintf(stderr, "ktriage: signatures lint: %zu problem%s in %s\n", diag.n,
		    diag.n == 1 ? "" : "s", dir);
		kt_diag_release(&diag);
		kt_sigset_free(set);
		return EXIT_USAGE;
	}
	printf("%s: %zu signatures, no problems\n", dir, set->nsigs);
	kt_sigset_free(set);
	return 0;
}

static int
sig_verify(int argc, char **argv)
{
	const char *tree_dir = getenv("KTRIAGE_KERNEL_TREE"), *rev = NULL;
	const struct opt opts[] = {
		OPT_STRING(0, "kernel-tree", &tree_dir, "TREE", "the kernel git tree to check against (default $KTRIAGE_KERNEL_TREE)"),
		OPT_STRING(0, "kernel-rev", &rev, "REV", "the revision whose tags and history count (default HEAD)"),
		OPT_END(),
	};
	struct kt_diag diag = { NULL, 0, 0 };
	struct kt_sigset *set = kt_sigset_new();
	struct kt_tree *t;
	size_t unchecked = 0;
	int n = parse_options_or_exit(argc, argv, opts, sig_usage);
	const char *dir = n > 0 ? argv[0] : "signatures";

	if (n > 1)
		die_usage("signatures verify: too many arguments");
	if (!tree_dir || !*tree_dir)
		die_usage("signatures verify: --kernel-tree is required");
	kt_sig_load_dir(set, dir, &diag);
	if (print_diag(&diag))
		die("signatures verify: %s does not load (see signatures lint)", dir);
	t = kt_tree_open(tree_dir, rev, NULL);
	if (kt_tree_problem(t))
		die("signatures verify: %s", kt_tree_problem(t));
	for (size_t i = 0; i < set->nsigs; i++)
		kt_tree_verify(t, &set->sigs[i], &diag, &unchecked);
	kt_tree_close(t);
	if (print_diag(&diag)) {
		fprintf(stderr, "ktriage: signatures verify: %zu problem%s in %s\n", diag.n, diag.n == 1 ? "" : "s", dir);
		kt_diag_release(&diag);
		kt_sigset_free(set);
		return EXIT_USAGE;
	}
	printf("%s: %zu signatures agree with %s", dir, set->nsigs, tree_dir);
	if (unchecked)
		printf(" (%zu Fixed-In not checked: the tree lacks the tags or the fix)", unchecked);
	putchar('\n');
	kt_sigset_free(set);
	return 0;
}

static int
sig_compile(int argc, char **argv)
{
	const char *out = NULL, *version = "1";
	const struct opt opts[] = {
		OPT_STRING('o', "output", &out, "FILE", "database to write (replaced atomically)"),
		OPT_STRING(0, "db-version", &version, "N", "database version recorded in it (default 1)"),
		OPT_END(),
	};
	struct kt_diag diag = { NULL, 0, 0 };
	struct kt_error err = { 0, "" };
	struct kt_sigset *set;
	int n = parse_options_or_exit(argc, argv, opts, compile_usage);

	if (n != 1 || !out)
		die_usage("signatures compile: expected DIR and -o FILE");
	if (!(set = load_checked(argv[0], &diag, false))) {
		print_diag(&diag);
		kt_diag_release(&diag);
		die("signatures compile: %s has errors, nothing written", argv[0]);
	}
	if (kt_sigdb_write(set, out, version, KT_MODE_PUBLIC, &err)) {
		kt_sigset_free(set);
		die("%s", err.msg);
	}
	kt_sigset_free(set);
	return 0;
}

static struct kt_sigset *
open_db(const char *path)
{
	struct kt_error err = { 0, "" };
	struct kt_sigset *set = cli_open_sigs(path, &err);

	if (!set)
		die("%s", err.msg);
	return set;
}

static int
sig_list(int argc, char **argv)
{
	const char *db = NULL;
	const struct opt opts[] = {
		OPT_STRING(0, "db", &db, "FILE", "signature database to read"),
		OPT_END(),
	};
	struct kt_sigset *set;
	char desc[1024];

	if (parse_options_or_exit(argc, argv, opts, list_usage) != 0)
		die_usage("signatures list: unexpected argument");
	set = open_db(db);
	cli_db_describe(set, desc, sizeof(desc));
	printf("# database %s\n", desc);
	for (size_t i = 0; i < set->nsigs; i++)
		printf("%-50s v%-3u %-11s %s\n", set->sigs[i].id, set->sigs[i].version,
		    set->sigs[i].evidence, set->sigs[i].title);
	kt_sigset_free(set);
	return 0;
}

static void
print_commit(const char *key, const struct kt_commit *c)
{
	printf("%-14s %s", key, c->sha);
	if (c->subject)
		printf(" (\"%s\")", c->subject);
	if (c->unverified)
		printf(" (unverified)");
	putchar('\n');
}

/* "a or b" of a comma-separated list; for callees "after a or at the top"
 * ("^": where the report stopped). */
static void
print_names(const char *list, size_t len, bool callees)
{
	for (size_t i = 0; i < len; ) {
		size_t n = strcspn(list + i, ",");
		bool top = n == 1 && list[i] == '^';

		if (n > len - i)
			n = len - i;
		printf("%s%s%.*s", i ? " or " : "", top ? "at the top" : callees ? "after " : "",
		    top ? 0 : (int)n, list + i);
		i += n + 1;
	}
}

/* "  (or inlined: f into c, after k; ...)" for a Require whose functions a
 * build may inline into the callers its Test-Logs show. */
static void
print_inlined(const char *map)
{
	struct kt_inline_entry e;
	const char *sep = "  (or inlined: ";

	while (kt_inline_next(&map, &e)) {
		printf("%s%.*s into ", sep, (int)e.fnlen, e.fn);
		print_names(e.callers, e.callerslen, false);
		printf(", ");
		print_names(e.callees, e.calleeslen, true);
		sep = "; ";
	}
	if (*sep == ';')
		putchar(')');
}

/* The conditions, grouped by Variant; a distinctive Require says so, and a
 * condition too common to corroborate, and where a function it names may
 * be inlined. */
static void
print_conds(const struct kt_signature *s)
{
	for (unsigned v = 0; v <= s->nvariants; v++) {
		if (v)
			printf("%-14s %s\n", "Variant:", s->variants[v - 1]);
		for (size_t i = 0; i < s->nconds; i++) {
			const struct kt_cond *c = &s->conds[i];
			char key[16];

			if (c->variant != v)
				continue;
			snprintf(key, sizeof(key), "%s:", kt_cond_kind_name(c->kind));
			printf("%-14s %s /%s/%s%s", key, kt_field_name(c->field), c->pattern,
			    c->icase ? "i" : "", c->distinctive ? "  (distinctive)" :
			    c->common ? "  (common: corroborates nothing)" : "");
			print_inlined(c->inlined);
			putchar('\n');
		}
	}
}

/* "no signature 'X'", with the closest id when one is close; exits 2. */
static void __attribute__((noreturn))
no_such_sig(struct kt_sigset *set, const char *id)
{
	const char **ids = xcalloc(set->nsigs ? set->nsigs : 1, sizeof(*ids));
	const char *near;
	struct strbuf msg = STRBUF_INIT;

	for (size_t i = 0; i < set->nsigs; i++)
		ids[i] = set->sigs[i].id;
	near = cli_suggest(id, ids, set->nsigs, 3);
	strbuf_addstr(&msg, "no signature '");
	kt_clean_text(&msg, id, strlen(id));
	strbuf_addch(&msg, '\'');
	if (near)
		strbuf_addf(&msg, "; did you mean '%s'?", near);
	free(ids);
	kt_sigset_free(set);
	die("%s", msg.buf);
}

int
cmd_signatures_show(int argc, char **argv, const char *const *usage)
{
	const char *db = NULL;
	const struct opt opts[] = {
		OPT_STRING(0, "db", &db, "FILE", "signature database to read"),
		OPT_END(),
	};
	struct kt_sigset *set;
	const struct kt_signature *s = NULL;

	if (parse_options_or_exit(argc, argv, opts, usage) != 1)
		die_usage("%s: expected one ID", usage == show_usage ? "signatures show" : "explain");
	set = open_db(db);
	for (size_t i = 0; i < set->nsigs; i++)
		if (!strcmp(set->sigs[i].id, argv[0]))
			s = &set->sigs[i];
	if (!s)
		no_such_sig(set, argv[0]);
	printf("%-14s %s\n%-14s %u\n%-14s %s\n", "Id:", s->id, "Version:", s->version, "Title:", s->title);
	if (s->arch)
		printf("%-14s %s\n", "Arch:", s->arch);
	if (s->platform)
		printf("%-14s %s\n", "Platform:", s->platform);
	printf("%-14s %s\n", "Evidence:", s->evidence);
	print_conds(s);
	for (size_t i = 0; i < s->nintroduced; i++)
		print_commit("Introduced-By:", &s->introduced[i]);
	for (size_t i = 0; i < s->nfixed; i++)
		print_commit("Fixed-By:", &s->fixed[i]);
	for (size_t i = 0; i < s->nfixed_in; i++)
		printf("%-14s %s\n", "Fixed-In:", s->fixed_in[i]);
	if (s->workaround)
		printf("%-14s %s\n", "Workaround:", s->workaround);
	for (size_t i = 0; i < s->nlinks; i++)
		printf("%-14s %s\n", "Link:", s->links[i]);
	for (size_t i = 0; i < s->ntest_logs; i++)
		printf("%-14s %s\n", "Test-Log:", s->test_logs[i]);
	for (size_t i = 0; i < s->ntest_nots; i++)
		printf("%-14s %s\n", "Test-Not:", s->test_nots[i]);
	printf("Description:\n");
	for (const char *p = s->description; *p;) {
		size_t n = strcspn(p, "\n");

		printf(" %.*s\n", (int)n, p);
		p += n + (p[n] == '\n');
	}
	kt_sigset_free(set);
	return 0;
}

static int
sig_publish(int argc, char **argv)
{
	const char *outdir = NULL, *version = "1", *key = NULL, *expires = "30", *base_url = NULL;
	const struct opt opts[] = {
		OPT_STRING('o', "output", &outdir, "OUTDIR", "directory to write the feed to"),
		OPT_STRING(0, "key", &key, "KEY", "Ed25519 private key (PEM) to sign the manifest with"),
		OPT_STRING(0, "db-version", &version, "N", "database version, a whole number (default 1)"),
		OPT_STRING(0, "expires", &expires, "DAYS", "the manifest expires DAYS days from now (default 30)"),
		OPT_STRING(0, "base-url", &base_url, "URL", "URL the database will be served from (default: next to the manifest)"),
		OPT_END(),
	};
	struct kt_diag diag = { NULL, 0, 0 };
	struct kt_error err = { 0, "" };
	struct kt_sigset *set;
	struct strbuf db = STRBUF_INIT, man = STRBUF_INIT, path = STRBUF_INIT, url = STRBUF_INIT;
	struct kt_manifest m = { 0 };
	char until[32], *end, *sigline = NULL;
	long days;
	long long now = (long long)time(NULL);
	int n = parse_options_or_exit(argc, argv, opts, publish_usage);

	if (n != 1 || !outdir || !key)
		die_usage("signatures publish: expected DIR, --key KEY and -o OUTDIR");
	if (!*version || strspn(version, "0123456789") != strlen(version) || strlen(version) > 18)
		die_usage("signatures publish: --db-version must be a whole number");
	days = strtol(expires, &end, 10);
	if (!*expires || *end || days < -36500 || days > 36500)
		die_usage("signatures publish: --expires must be a number of days");
	if (base_url && !kt_is_url(base_url))
		die_usage("signatures publish: --base-url must be an http:// or https:// URL");
	if (mkdir(outdir, 0755) && errno != EEXIST)
		die("signatures publish: cannot create %s: %s", outdir, strerror(errno));
	if (!(set = load_checked(argv[0], &diag, false))) {
		print_diag(&diag);
		kt_diag_release(&diag);
		die("signatures publish: %s has errors, nothing written", argv[0]);
	}
	strbuf_addf(&db, "%s/signatures.db", outdir);
	if (kt_sigdb_write(set, db.buf, version, KT_MODE_PUBLIC, &err)) {
		kt_sigset_free(set);
		die("%s", err.msg);
	}
	kt_sigset_free(set);
	if (kt_sha256_file(db.buf, m.db_sha256, &m.db_size, &err))
		die("%s", err.msg);
	if (base_url)
		strbuf_addf(&url, "%s%ssignatures.db", base_url,
		    base_url[strlen(base_url) - 1] == '/' ? "" : "/");
	else
		strbuf_addstr(&url, "signatures.db");
	m.db_version = strtoull(version, NULL, 10);
	m.db_url = url.buf;
	m.created = now;
	m.expires = now + days * 86400LL;
	m.min_version = (char *)PACKAGE_VERSION;	/* borrowed: not released */
	kt_manifest_format(&m, &man);
	if (kt_ed25519_sign(key, man.buf, man.len, &sigline, &err))
		die("signatures publish: %s", err.msg);
	/* the signature first: a manifest is never in place without its own */
	strbuf_addf(&path, "%s/%s", outdir, KT_MANIFEST_SIG_NAME);
	if (kt_write_file(path.buf, sigline, strlen(sigline), KT_MODE_PUBLIC, &err))
		die("signatures publish: %s", err.msg);
	strbuf_reset(&path);
	strbuf_addf(&path, "%s/%s", outdir, KT_MANIFEST_NAME);
	if (kt_write_file(path.buf, man.buf, man.len, KT_MODE_PUBLIC, &err))
		die("signatures publish: %s", err.msg);
	printf("published database version %s (%llu bytes, sha256 %s, expires %s) in %s\n",
	    version, m.db_size, m.db_sha256, kt_format_utc(m.expires, until, sizeof(until)), outdir);
	free(sigline);
	strbuf_release(&db);
	strbuf_release(&man);
	strbuf_release(&path);
	strbuf_release(&url);
	return 0;
}

static int
sig_show(int argc, char **argv)
{
	return cmd_signatures_show(argc, argv, show_usage);
}

static int
run(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} subs[] = {
		{ "compile", sig_compile }, { "lint", sig_lint }, { "verify", sig_verify }, { "list", sig_list }, { "show", sig_show },
		{ "publish", sig_publish },
	};

	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		const struct opt none[] = { OPT_END() };

		print_usage(argc < 2 ? stderr : stdout, none, sig_usage);
		return argc < 2 ? EXIT_USAGE : 0;
	}
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (!strcmp(argv[1], subs[i].name))
			return subs[i].fn(argc - 1, argv + 1);
	{
		const char *names[sizeof(subs) / sizeof(subs[0])];
		const char *near;
		struct strbuf sb = STRBUF_INIT;

		for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
			names[i] = subs[i].name;
		near = cli_suggest(argv[1], names, sizeof(subs) / sizeof(subs[0]), 2);
		kt_clean_text(&sb, argv[1], strlen(argv[1]));
		die_usage("signatures: unknown subcommand '%s'%s%s%s", sb.buf,
		    near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
	}
}

const struct cmd cmd_signatures = {
	"signatures", "compile, lint, verify, list, show and publish known-bug signatures", run
};
