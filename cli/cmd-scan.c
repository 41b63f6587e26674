/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ktriage scan: find and describe every crash report in the given logs.
 *
 * Inputs are files, '-' and, with -r, directories.  With several inputs and
 * --jobs > 1, worker threads scan them in parallel, each into its own
 * buffer; the main thread prints the buffers in input order.  With one
 * input (or --jobs 1) output streams straight to stdout, so memory stays
 * bounded whatever the size of the log.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli-config.h"
#include "cli-db.h"
#include "cmd.h"
#include "history.h"
#include "ktriage.h"
#include "net.h"
#include "opts.h"
#include "output.h"
#include "sigdb.h"
#include "signature.h"
#include "strbuf.h"
#include "tree.h"
#include "usage.h"
#include "util.h"

struct input {
	char *path;
	char *shown;			/* path as shown: a URL without its credentials */
	char *label;
	/* filled by the thread that scans it */
	struct out_file of;
	char *buf;			/* buffered output (parallel mode) */
	size_t len;
	struct kt_scan_stats stats;
	struct kt_error err;
	bool failed;
	unsigned long *per_sig;		/* reports matched, per signature */
	unsigned long sig_errors;
	bool done;
	unsigned long nshown;		/* reports passed to the writer (--unknown-only) */
	struct out_unknown *unk;	/* unknown crashes by fingerprint */
	size_t nunk, unk_alloc;
	unsigned long unk_dropped;
	struct kt_history_entry *hist;	/* --record: what to store, written after the scan */
	size_t nhist, hist_alloc;
};

struct scan {
	struct out_run run;
	struct kt_limits lim;
	struct kt_net_opts net;		/* URL inputs */
	struct kt_sigset *sigs;		/* owned; run.sigs borrows it */
	enum kt_confidence min_conf;
	bool record;
	struct kt_tree_verdict *tree;	/* --kernel-tree: one verdict per signature, or NULL */
	bool unknown_only;		/* only reports that match no signature are shown */
	struct input *in;
	size_t nin, alloc, next;
	pthread_mutex_t lock;
	/* --jobs: the outputs written so far, in input order, and whether a
	 * worker is writing (under lock; write_in_order) */
	size_t written;
	bool writing;
	/* the progress line (progress_start()): counters read by its thread */
	unsigned long ndone, nreports;	/* __atomic */
	bool progress_stop;		/* under lock; pcond says it changed */
	pthread_cond_t pcond;
	pthread_t progress_tid;
	bool progress_on;
};

/* kt_limits.warm_up: the signatures and their prefilter, which the first
 * report would read, while the reader is still on it */
static void
warm_up(void *arg)
{
	const struct input *in = arg;

	kt_match_warm_up(in->of.run->sigs);
}

static int
on_report(const struct kt_report *r, void *arg)
{
	struct input *in = arg;
	struct scan *sc = (struct scan *)in->of.run;	/* run is the first member */
	struct kt_matches m;
	enum out_verdict verdict;

	in->of.reports++;
	__atomic_add_fetch(&sc->nreports, 1, __ATOMIC_RELAXED);
	kt_match_report(sc->run.sigs, r, &m);
	/* before --min-confidence: a tree that never had the bug lowers the match */
	for (size_t i = 0; sc->tree && i < m.n; i++)
		kt_tree_apply(&sc->tree[m.m[i].sig - sc->run.sigs->sigs], &m.m[i]);
	/* --min-confidence: a weaker match is a guess, shown as one and never
	 * counted as known (a two-condition match must not decide the exit status) */
	for (size_t i = 0; i < m.n; i++)
		m.m[i].guess = !m.m[i].error && m.m[i].confidence < sc->min_conf;
	in->sig_errors += m.errors;
	verdict = out_verdict(&m);
	if (verdict != OUT_KNOWN && !out_unknown_add(&in->unk, &in->nunk, &in->unk_alloc, r->fingerprint,
	    r->title, in->label, r->first_line, 1))
		in->unk_dropped++;
	switch (verdict) {
	case OUT_KNOWN:
		in->of.known++;
		/* here the set is read (kt_match_report): its size is known */
		if (!in->per_sig)
			in->per_sig = xcalloc(sc->run.sigs->nsigs ? sc->run.sigs->nsigs : 1, sizeof(*in->per_sig));
		for (size_t i = 0; i < m.n; i++)
			if (!m.m[i].error && !m.m[i].guess)
				in->per_sig[m.m[i].sig - sc->run.sigs->sigs]++;
		break;
	case OUT_UNDETERMINED:	/* not known either */
		in->of.undetermined++;
		in->of.unknown++;
		break;
	case OUT_UNKNOWN:
		in->of.unknown++;
		break;
	}
	if (sc->record) {
		struct kt_history_entry *e;
		const struct kt_match *best = NULL;

		for (size_t i = 0; i < m.n; i++)
			if (!m.m[i].error && !m.m[i].guess && (!best || m.m[i].confidence > best->confidence))
				best = &m.m[i];
		in->hist = xgrow(in->hist, sizeof(*in->hist), in->nhist + 1, &in->hist_alloc);
		e = &in->hist[in->nhist++];
		e->fingerprint = xstrdup(r->fingerprint);
		e->title = xstrdup(r->title);
		e->kind = r->kind;
		e->signature = best ? best->sig->id : NULL;	/* the set outlives the run */
		e->source = in->label;
	}
	if (!sc->unknown_only || verdict != OUT_KNOWN) {
		in->nshown++;
		sc->run.w->report(&in->of, r, &m);
	}
	kt_matches_release(&m);
	return 0;
}

/*
 * -l, -c and -q, as grep has them: instead of a format, per input its name
 * when it holds a report (-l), its name and how many (-c), or nothing (-q).
 * "Report" means one that would be shown: --unknown-only counts unknown ones.
 */
static void
list_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	const struct input *in = f->state;

	(void)st;
	(void)error;
	if (in->nshown) {
		out_put_clean(f->fp, f->source);
		fputc('\n', f->fp);
	}
}

static void
count_file_end(struct out_file *f, const struct kt_scan_stats *st, const char *error)
{
	const struct input *in = f->state;

	(void)st;
	(void)error;
	out_put_clean(f->fp, f->source);
	fprintf(f->fp, ":%lu\n", in->nshown);
}

static void
quiet_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	(void)f;
	(void)r;
	(void)m;
}

static const struct out_writer list_writer = {
	"list", NULL, NULL, NULL, quiet_report, list_file_end, NULL,
};
static const struct out_writer count_writer = {
	"count", NULL, NULL, NULL, quiet_report, count_file_end, NULL,
};
static const struct out_writer quiet_writer = {
	"quiet", NULL, NULL, NULL, quiet_report, NULL, NULL,
};

static void
scan_one(struct scan *sc, struct input *in, FILE *fp)
{
	const struct out_writer *w = sc->run.w;

	in->of.run = &sc->run;
	in->of.index = (unsigned)(in - sc->in);
	in->of.fp = fp;
	in->of.source = in->label;
	in->of.path = in->shown;
	if (w == &list_writer || w == &count_writer)
		in->of.state = in;	/* theirs alone: other writers own state */
	if (w->file_begin)
		w->file_begin(&in->of);
	in->failed = kt_scan_path(in->path, in->label, &sc->lim, &sc->net, on_report, in, &in->stats, &in->err) != 0;
	if (w->file_end)
		w->file_end(&in->of, &in->stats, in->failed ? in->err.msg : NULL);
	__atomic_add_fetch(&sc->ndone, 1, __ATOMIC_RELAXED);
}

/*
 * A progress line on stderr for long local scans: after a second, twice a
 * second, "N of M logs, R crash reports, T s", erased at the end.  Only
 * when stderr is a terminal and stdout is not (a report streaming to the
 * same terminal would be torn by it); KTRIAGE_PROGRESS=1 draws it at once
 * whatever stderr is (for tests).
 */
static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *
progress_thread(void *arg)
{
	struct scan *sc = arg;
	const char *force = getenv("KTRIAGE_PROGRESS");
	double start = now_s(), delay = force && !strcmp(force, "1") ? 0 : 1;
	bool drawn = false;

	pthread_mutex_lock(&sc->lock);
	while (!sc->progress_stop) {
		struct timespec ts;
		double t = now_s() + (drawn || delay == 0 ? 0.5 : delay);

		if (drawn || now_s() - start >= delay) {
			fprintf(stderr, "\rktriage: scanning: %lu of %zu logs, %lu crash reports, %.0f s  ",
			    __atomic_load_n(&sc->ndone, __ATOMIC_RELAXED), sc->nin,
			    __atomic_load_n(&sc->nreports, __ATOMIC_RELAXED), now_s() - start);
			fflush(stderr);
			drawn = true;
		}
		clock_gettime(CLOCK_REALTIME, &ts);
		t -= now_s();
		ts.tv_sec += (time_t)t;
		ts.tv_nsec += (long)((t - (double)(time_t)t) * 1e9);
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&sc->pcond, &sc->lock, &ts);
	}
	pthread_mutex_unlock(&sc->lock);
	if (drawn)
		fputs("\r\033[K", stderr);	/* erase the line: what follows starts clean */
	return NULL;
}

static void
progress_start(struct scan *sc)
{
	const char *force = getenv("KTRIAGE_PROGRESS");
	bool want = force && *force ? !strcmp(force, "1") :
	    isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);

	if (!want || !sc->nin)
		return;
	for (size_t i = 0; i < sc->nin; i++)
		if (kt_is_url(sc->in[i].path))
			return;		/* downloads draw their own progress */
	sc->progress_on = pthread_create(&sc->progress_tid, NULL, progress_thread, sc) == 0;
}

static void
progress_stop(struct scan *sc)
{
	if (!sc->progress_on)
		return;
	pthread_mutex_lock(&sc->lock);
	sc->progress_stop = true;
	pthread_cond_broadcast(&sc->pcond);
	pthread_mutex_unlock(&sc->lock);
	pthread_join(sc->progress_tid, NULL);
}

/*
 * With sc->lock held: write out the inputs that come next in input order
 * and are done, each released from the lock while it is written.  Whichever
 * worker finishes one calls this: no thread waits or is woken per input (a
 * writer thread woken for each cost a third more CPU than the scans).  One
 * writes at a time; a worker that finds another writing leaves its input to
 * it, which looks again under the lock before it stops.
 */
static void
write_in_order(struct scan *sc)
{
	if (sc->writing)
		return;
	sc->writing = true;
	while (sc->written < sc->nin && sc->in[sc->written].done) {
		struct input *in = &sc->in[sc->written++];

		pthread_mutex_unlock(&sc->lock);
		fwrite(in->buf, 1, in->len, stdout);
		free(in->buf);
		in->buf = NULL;
		pthread_mutex_lock(&sc->lock);
	}
	sc->writing = false;
}

static void *
worker(void *arg)
{
	struct scan *sc = arg;

	for (;;) {
		struct input *in;
		FILE *fp;

		pthread_mutex_lock(&sc->lock);
		if (sc->next >= sc->nin) {
			pthread_mutex_unlock(&sc->lock);
			return NULL;
		}
		in = &sc->in[sc->next++];
		pthread_mutex_unlock(&sc->lock);
		fp = open_memstream(&in->buf, &in->len);
		if (!fp)
			kt_oom();
		scan_one(sc, in, fp);
		fclose(fp);
		pthread_mutex_lock(&sc->lock);
		in->done = true;
		write_in_order(sc);
		pthread_mutex_unlock(&sc->lock);
	}
}

static void
add_input(struct scan *sc, const char *path, const char *label)
{
	struct input *in;

	sc->in = xgrow(sc->in, sizeof(*sc->in), sc->nin + 1, &sc->alloc);
	in = &sc->in[sc->nin++];
	memset(in, 0, sizeof(*in));
	in->path = xstrdup(path);
	in->shown = kt_url_redact(path);
	/* what is shown and stored (history) never carries a URL's credentials */
	in->label = kt_url_redact(label ? label : strcmp(path, "-") ? path : "<stdin>");
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Add the regular files under dir, sorted, recursively. */
static int
add_dir(struct scan *sc, const char *dir, int depth)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	int errors = 0;

	if (!d)
		return error("%s: cannot open directory: %s", dir, strerror(errno));
	if (depth > 64) {
		closedir(d);
		return error("%s: directories nested too deep", dir);
	}
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		names = xgrow(names, sizeof(*names), n + 1, &alloc);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++) {
		struct strbuf p = STRBUF_INIT;
		struct stat st;

		strbuf_add_path(&p, dir, names[i]);
		if (lstat(p.buf, &st) == 0 && S_ISDIR(st.st_mode))
			errors += add_dir(sc, p.buf, depth + 1) ? 1 : 0;
		else if (lstat(p.buf, &st) == 0 && S_ISREG(st.st_mode))
			add_input(sc, p.buf, NULL);
		strbuf_release(&p);
		free(names[i]);
	}
	free(names);
	return errors ? -1 : 0;
}

static long
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? n : 1;
}

/* What the options say, before it is checked and applied to struct scan. */
struct scan_args {
	const char *format, *color, *label, *db, *min_conf;
	const char *origin, *test_id, *build_id, *history;
	const char *kernel_tree, *kernel_rev;
	bool verbose, recursive, record, list_formats;
	bool quiet, list, count, unknown_only;
	double timeout;
	size_t jobs;
};

/*
 * Parse the options into a and sc->lim; returns the number of inputs, moved
 * to argv[0..].  With help set, only print the usage and options there.
 */
static int
scan_options(int argc, char **argv, struct scan *sc, struct scan_args *a, FILE *help)
{
	static const char *const usage[] = {
		"ktriage [scan] [options] [FILE|DIR...]",
		"",
		"Find every kernel crash report (oops, BUG, WARNING, panic, lockdep, sanitizer,",
		"xmon, Xen) in console logs, say what it is and whether it is a known bug.",
		"FILE may be '-' for standard input, which is also read when no FILE is given",
		"and standard input is not a terminal; with -r, DIR is read recursively.",
		"gzip, zstd, xz, bzip2 and lz4 input is recognised by its magic bytes; a binary",
		"file (an executable, NUL bytes) is refused as no log (exit 2).",
		NULL,
	};
	char fmt_help[160];
	const struct opt opts[] = {
		OPT_STRING('f', "format", &a->format, "FORMAT", fmt_help),
		OPT_BOOL(0, "list-formats", &a->list_formats, "print the output formats, one per line, and exit"),
		OPT_STRING(0, "color", &a->color, "WHEN", "colour text output: auto (default), always, never"),
		OPT_STRING(0, "label", &a->label, "NAME", "name the input NAME in the output (default: file name)"),
		OPT_BOOL('v', "verbose", &a->verbose, "text: also print each report's lines"),
		OPT_BOOL('r', "recursive", &a->recursive, "read the files under directories, recursively"),
		OPT_BOOL('q', "quiet", &a->quiet, "print nothing: the exit status says what was found"),
		OPT_BOOL('l', "files-with-reports", &a->list, "print only the name of each input with a crash report"),
		OPT_BOOL('c', "count", &a->count, "print only each input's name and number of crash reports"),
		OPT_BOOL(0, "unknown-only", &a->unknown_only, "show only the reports that match no known signature"),
		OPT_SIZE('j', "jobs", &a->jobs, "N", "scan N inputs in parallel, a second thread each when N is twice the inputs (default: the number of cores)"),
		OPT_STRING(0, "db", &a->db, "FILE", "signature database (default: see FILES in ktriage(1))"),
		OPT_STRING(0, "min-confidence", &a->min_conf, "LEVEL", "count matches of at least LEVEL as known: low, medium (default, or min-confidence of the configuration), high"),
		OPT_BOOL(0, "record", &a->record, "store every report in the crash history (see ktriage history)"),
		OPT_STRING(0, "history", &a->history, "FILE", "history file for --record (default: history of the configuration, else ~/.local/state/ktriage/history.db)"),
		OPT_STRING(0, "kernel-tree", &a->kernel_tree, "DIR", "say whether the kernel git tree DIR has each fix (default $KTRIAGE_KERNEL_TREE)"),
		OPT_STRING(0, "kernel-rev", &a->kernel_rev, "REV", "--kernel-tree: the revision that was built (default HEAD)"),
		OPT_STRING(0, "origin", &a->origin, "NAME", "kcidb: the CI system's KCIDB origin (default ktriage)"),
		OPT_STRING(0, "test-id", &a->test_id, "ID", "kcidb: the KCIDB id of the test whose log this is"),
		OPT_STRING(0, "build-id", &a->build_id, "ID", "kcidb: the KCIDB id of the build that was tested"),
		OPT_SIZE(0, "max-line-length", &sc->lim.max_line, "N", "bytes of a line kept (default 4096)"),
		OPT_SIZE(0, "max-report-lines", &sc->lim.max_report_lines, "N", "lines kept per report (default 2000)"),
		OPT_SIZE(0, "max-reports", &sc->lim.max_reports, "N", "reports shown per input (default 10000)"),
		OPT_SIZE(0, "max-frames", &sc->lim.max_frames, "N", "call trace frames kept per report (default 256)"),
		OPT_SIZE(0, "context-lines", &sc->lim.context_lines, "N", "log lines kept from before each report (default 32)"),
		OPT_DURATION(0, "timeout", &a->timeout, "DURATION", "URL inputs: give up after DURATION unconnected or under 1 KiB/s (default 30)"),
		OPT_STRING(0, "cacert", &sc->net.cacert, "FILE", "URL inputs: verify servers with the CA certificates in FILE"),
		OPT_BOOL(0, "insecure", &sc->net.insecure, "URL inputs: do not verify the server's TLS certificate"),
		OPT_END(),
	};

	snprintf(fmt_help, sizeof(fmt_help), "output format: %s (default text)", out_writer_names());
	if (help) {
		fputs("Options of scan, the default command ('ktriage scan --help' says more):\n", help);
		print_options(help, opts);
		return 0;
	}
	return parse_options_or_exit(argc, argv, opts, usage);
}

/*
 * --kernel-tree: one verdict per signature, decided once before any input
 * is scanned (the walk is the costly part; the threads only read them).
 */
static struct kt_tree_verdict *
judge_tree(const struct kt_sigset *set, const char *dir, const char *rev)
{
	char *cache = kt_xdg_path("XDG_CACHE_HOME", ".cache", "ktriage/tree");
	struct kt_tree *t = kt_tree_open(dir, rev, cache);
	struct kt_tree_verdict *v = kt_tree_judge(t, set);
	const struct kt_tree_stats *st = kt_tree_stats(t);

	if (kt_tree_problem(t))
		warning("--kernel-tree: %s: every verdict is unknown", kt_tree_problem(t));
	else if (getenv("KTRIAGE_TREE_STATS"))
		fprintf(stderr, "ktriage: kernel tree %s: %zu commits %s in %.3f s%s; patch-id search: %zu "
		    "commits in %.3f s\n", dir, st->commits, st->from_cache ? "loaded from the cache" : "walked",
		    st->seconds, st->shallow ? " (shallow clone)" : "", st->pid_commits, st->pid_seconds);
	kt_tree_close(t);
	free(cache);
	return v;
}

void
cmd_scan_help(FILE *fp)
{
	struct scan sc;
	struct scan_args a;

	memset(&sc, 0, sizeof(sc));
	memset(&a, 0, sizeof(a));
	scan_options(0, NULL, &sc, &a, fp);
}

/* Check the options and apply them to sc, or exit 2. */
static void
scan_configure(struct scan *sc, const struct scan_args *a)
{
	struct kt_error err = { 0, "" };

	if (!(sc->run.w = out_writer_find(a->format)))
		die_usage("unknown format '%s' (expected %s)", a->format, out_writer_names());
	if (a->quiet + a->list + a->count > 1)
		die_usage("-q, -l and -c exclude each other");
	if (a->quiet)
		sc->run.w = &quiet_writer;
	else if (a->list)
		sc->run.w = &list_writer;
	else if (a->count)
		sc->run.w = &count_writer;
	sc->lim.keep_raw = sc->run.w == &out_raw;
	sc->unknown_only = a->unknown_only;
	if (!strcmp(a->color, "always"))
		sc->run.opts.color = true;
	else if (!strcmp(a->color, "auto"))
		sc->run.opts.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	else if (strcmp(a->color, "never"))
		die_usage("unknown --color value '%s' (expected auto, always or never)", a->color);
	if (!sc->lim.max_line)
		die_usage("--max-line-length must be at least 1");
	if (!a->jobs || a->jobs > 1024)
		die_usage("--jobs must be between 1 and 1024");
	sc->run.opts.verbose = a->verbose;
	sc->run.notice = cli_notice;
	sc->record = a->record;
	sc->run.opts.origin = a->origin;
	sc->run.opts.test_id = a->test_id;
	sc->run.opts.build_id = a->build_id;
	if (out_kcidb_check_opts(&sc->run.opts, &err))
		die_usage("%s", err.msg);
	if (a->timeout < 1 || a->timeout > 86400)
		die_usage("--timeout must be between 1 and 86400 seconds");
	sc->net.timeout = (long)a->timeout;
	sc->net.progress = cli_progress_for();
	cli_net_auth(&sc->net);
	cli_warn_insecure(&sc->net);
	if (kt_confidence_parse(a->min_conf, &sc->min_conf))
		die_usage("unknown --min-confidence '%s' (expected low, medium or high)", a->min_conf);
	/* most logs hold no report: the signatures are read by the first one */
	if (!(sc->sigs = cli_open_sigs_lazy(a->db, &err)))
		die("signature database %s", err.msg);
	sc->run.sigs = sc->sigs;
	sc->run.db_version = sc->sigs->db_version;
	sc->run.fp = stdout;
	if (a->kernel_tree && *a->kernel_tree) {
		/* the tree is judged against every signature: read them now */
		if (kt_sigset_load(sc->sigs, &err))
			die("signature database %s", err.msg);
		sc->run.tree = sc->tree = judge_tree(sc->sigs, a->kernel_tree, a->kernel_rev);
	} else if (a->kernel_rev)
		die_usage("--kernel-rev needs --kernel-tree (or $KTRIAGE_KERNEL_TREE)");
}

/* The inputs named by argv[0..nargs) (stdin when none); false after an input error. */
static bool
add_inputs(struct scan *sc, int nargs, char **argv, const struct scan_args *a)
{
	bool ok = true;

	if (!nargs) {
		if (isatty(STDIN_FILENO))
			die_usage("no input: give a FILE, or pipe a log in (dmesg | ktriage)");
		add_input(sc, "-", a->label);
	}
	for (int i = 0; i < nargs; i++) {
		struct stat st;

		if (strcmp(argv[i], "-") && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (!a->recursive) {
				error("%s: is a directory (use -r to read the files in it)", argv[i]);
				ok = false;
			} else if (add_dir(sc, argv[i], 0)) {
				ok = false;
			}
			continue;
		}
		add_input(sc, argv[i], a->label);
	}
	return ok;
}

/* Several inputs at once: worker threads fill buffers, written in input order (write_in_order). */
static void
scan_parallel(struct scan *sc, size_t jobs)
{
	pthread_t *tids = xcalloc(jobs, sizeof(*tids));
	size_t started = 0;

	/* the shared tables are compiled before any thread uses them */
	kt_scanner_free(kt_scanner_new(&sc->lim, "-", NULL, NULL));
	for (size_t i = 0; i < jobs; i++)
		if (pthread_create(&tids[i], NULL, worker, sc) == 0)
			started++;
	if (!started)
		die("cannot start threads");
	/* while the workers read their first logs, what their first reports
	 * would make one wait for the other to build: the report tables, the
	 * signatures and their prefilter */
	kt_scan_warm_up();
	kt_match_warm_up(sc->sigs);
	for (size_t i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	free(tids);
}

static void
scan_all(struct scan *sc, size_t jobs)
{
	if (sc->run.w->run_begin)
		sc->run.w->run_begin(&sc->run);
	/* cores no input would use: each input's reports are analysed on a
	 * second thread while it is read on */
	sc->lim.pipeline = jobs >= 2 * sc->nin;
	sc->lim.warm_up = warm_up;
	if (jobs > sc->nin)
		jobs = sc->nin;
	if (jobs <= 1)
		for (size_t i = 0; i < sc->nin; i++)
			scan_one(sc, &sc->in[i], stdout);
	else
		scan_parallel(sc, jobs);
}

/* Add up the inputs into sum, saying what went wrong with each; false after an input error. */
static bool
summarise(const struct scan *sc, struct out_summary *sum)
{
	size_t nsigs = sc->run.sigs->nsigs, unk_alloc = 0;
	bool ok = true;

	memset(sum, 0, sizeof(*sum));
	sum->per_sig = xcalloc(nsigs ? nsigs : 1, sizeof(*sum->per_sig));
	for (size_t i = 0; i < sc->nin; i++) {
		const struct input *in = &sc->in[i];

		sum->logs++;
		if (in->failed) {
			error("%s", in->err.msg);
			sum->input_errors++;
			ok = false;
		}
		if (in->stats.long_lines)
			warning("%s: %lu lines longer than %zu bytes were cut", in->label,
			    in->stats.long_lines, sc->lim.max_line);
		if (in->sig_errors)
			warning("%s: %lu signature errors: some matches are unknown (see the report)",
			    in->label, in->sig_errors);
		sum->reports += in->of.reports;
		sum->known += in->of.known;
		sum->unknown += in->of.unknown;
		sum->undetermined += in->of.undetermined;
		for (size_t k = 0; k < nsigs; k++)
			sum->per_sig[k] += in->per_sig ? in->per_sig[k] : 0;
		sum->unknowns_dropped += in->unk_dropped;
		for (size_t k = 0; k < in->nunk; k++)
			if (!out_unknown_add(&sum->unknowns, &sum->nunknowns, &unk_alloc,
			    in->unk[k].fingerprint, in->unk[k].title, in->unk[k].source,
			    in->unk[k].line, in->unk[k].count))
				sum->unknowns_dropped += in->unk[k].count;
	}
	out_unknowns_sort(sum->unknowns, sum->nunknowns);
	return ok;
}

/* --record: every input's reports in one transaction; false after an error. */
static bool
record_history(const struct scan *sc, const char *history)
{
	struct kt_history_entry *all = NULL;
	size_t n = 0, alloc = 0;
	struct kt_error err = { 0, "" };
	char *path = history ? xstrdup(history) : cli_config()->history ?
	    xstrdup(cli_config()->history) : kt_history_default_path();
	bool ok = true;

	for (size_t i = 0; i < sc->nin; i++)
		for (size_t k = 0; k < sc->in[i].nhist; k++) {
			all = xgrow(all, sizeof(*all), n + 1, &alloc);
			all[n++] = sc->in[i].hist[k];
		}
	if (!path) {
		error("--record: no history file (set --history, XDG_STATE_HOME or HOME)");
		ok = false;
	} else if (kt_history_record(path, all, n, (long long)time(NULL), &err)) {
		error("%s", err.msg);
		ok = false;
	}
	free(path);
	free(all);
	return ok;
}

static struct kt_sigset *volatile kept_sigs;	/* scan_release(); volatile: a store never read is not dropped */

static void
scan_release(struct scan *sc)
{
	for (size_t i = 0; i < sc->nin; i++) {
		for (size_t k = 0; k < sc->in[i].nhist; k++) {
			free((char *)sc->in[i].hist[k].fingerprint);
			free((char *)sc->in[i].hist[k].title);
		}
		free(sc->in[i].hist);
		free(sc->in[i].path);
		free(sc->in[i].shown);
		free(sc->in[i].label);
		free(sc->in[i].per_sig);
		out_unknowns_free(sc->in[i].unk, sc->in[i].nunk);
	}
	free(sc->in);
	kt_tree_verdicts_free(sc->tree, sc->sigs->nsigs);
	/* Not freed: the process ends right after, and freeing its thousands of
	 * strings one by one costs a tenth of a short run's start-up (each
	 * step of a bisection is one).  A static keeps it reachable, so a leak
	 * checker does not report it (git's UNLEAK). */
	kept_sigs = sc->sigs;
}

static int
run(int argc, char **argv)
{
	struct scan_args a = {
		.format = "text", .color = "auto", .min_conf = "medium", .origin = "ktriage",
		.timeout = KT_NET_DEFAULT_TIMEOUT, .jobs = (size_t)default_jobs(),
		.kernel_tree = getenv("KTRIAGE_KERNEL_TREE"),
	};
	struct scan sc;
	struct out_summary sum;
	int nargs, status;
	bool ok;

	memset(&sc, 0, sizeof(sc));
	kt_limits_default(&sc.lim);
	a.min_conf = cli_config()->min_confidence ? cli_config()->min_confidence : "medium";
	nargs = scan_options(argc, argv, &sc, &a, NULL);
	if (a.list_formats) {
		for (size_t i = 0; i < out_nwriters; i++)
			printf("%s\n", out_writers[i]->name);
		return 0;
	}
	scan_configure(&sc, &a);
	pthread_mutex_init(&sc.run.lock, NULL);
	pthread_mutex_init(&sc.lock, NULL);
	pthread_cond_init(&sc.pcond, NULL);
	ok = add_inputs(&sc, nargs, argv, &a);
	progress_start(&sc);
	scan_all(&sc, a.jobs);
	progress_stop(&sc);
	ok &= summarise(&sc, &sum);
	if (sc.run.w->run_end)
		sc.run.w->run_end(&sc.run, &sum);
	if (a.record)
		ok &= record_history(&sc, a.history);
	fflush(stdout);
	if (ferror(stdout))
		die("error writing output");
	if (!ok)
		status = EXIT_USAGE;
	else if (!sum.reports)
		status = EXIT_NO_REPORT;
	else
		status = sum.unknown ? EXIT_UNKNOWN : EXIT_ALL_KNOWN;
	scan_release(&sc);
	free(sum.per_sig);
	out_unknowns_free(sum.unknowns, sum.nunknowns);
	return status;
}

const struct cmd cmd_scan = { "scan", "find and describe crash reports in logs (the default)", run };
