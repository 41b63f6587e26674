/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ktriage bisect (run|annotate): helpers for git bisect.
 *
 * run       the command for "git bisect run": runs a boot or test command,
 *           passes its output through while a scanner reads it as it comes
 *           (memory stays bounded whatever the length of the console), and
 *           exits with git's conventions: 0 good, 1 bad, 125 skip, 128 abort.
 *           Every failure of ktriage itself is 128: never 2 (which git would
 *           take for "bad") and never 126/127 (also "bad").  So this command
 *           takes parse_options() errors back instead of exiting, and never
 *           calls die().
 * annotate  reads "git bisect log" output and says whether the first bad
 *           commit (or any commit marked bad) is the Introduced-By commit of
 *           a known signature; with --log it also triages the console log.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bisectlog.h"
#include "cli-db.h"
#include "cmd.h"
#include "ktriage.h"
#include "lines.h"
#include "opts.h"
#include "out-json.h"
#include "regex.h"
#include "sigdb.h"
#include "signature.h"
#include "strbuf.h"
#include "tree.h"
#include "usage.h"
#include "util.h"

/* The exit statuses of "git bisect run" (git-bisect(1)). */
enum {
	BISECT_GOOD = 0,
	BISECT_BAD = 1,
	BISECT_SKIP = 125,
	BISECT_ABORT = 128,
};

/* annotate: a known introducing commit was found in the log */
enum { ANNOTATE_FOUND = 0, ANNOTATE_NOT_FOUND = EXIT_UNKNOWN };

/*
 * A boot that reached user space: the kernel starting init (5.7 and later),
 * systemd's greeting ("Welcome to Debian GNU/Linux 12 (bookworm)!", unlike
 * the firmware's "Welcome to Open Firmware") and a login prompt.
 */
#define DEFAULT_EXPECT "Run /\\S+ as init process|^Welcome to .+!$|login: *$"

/* Seconds given to processes to end after SIGTERM, and so on. */
#define LEFTOVER_GRACE 2.0	/* the command ended, something still holds its output */
#define TERM_GRACE 2.0		/* SIGTERM sent, SIGKILL follows */
#define KILL_GRACE 1.0		/* SIGKILL sent, stop reading */

static const char *const bisect_usage[] = {
	"ktriage bisect run [options] [--] COMMAND [ARGS...]",
	"   or: ktriage bisect annotate [options] [FILE|-]",
	"",
	"run       the command for 'git bisect run': run COMMAND (boot or test the",
	"          kernel checked out), triage its output and exit 0 good, 1 bad,",
	"          125 skip or 128 abort",
	"annotate  read 'git bisect log' output and say whether the first bad commit",
	"          is the known introducing commit of a signature",
	NULL,
};

/* ---------------------------------------------------------------- helpers */

/*
 * s made printable (valid UTF-8, no control characters), in one of four
 * static buffers used in turn: up to four results can be used at once.
 */
static const char *
clean(const char *s)
{
	static struct strbuf sb[4] = { STRBUF_INIT, STRBUF_INIT, STRBUF_INIT, STRBUF_INIT };
	static unsigned next;
	struct strbuf *b = &sb[next++ % 4];

	strbuf_reset(b);
	if (s)
		kt_clean_text(b, s, strlen(s));
	return b->buf;
}

#define jstr out_jstr

static struct kt_sigset *
load_sigs(const char *db, struct strbuf *errmsg)
{
	struct kt_error err = { 0, "" };
	struct kt_sigset *set = cli_open_sigs(db, &err);

	if (!set)
		strbuf_addf(errmsg, "signature database %s", err.msg);
	return set;
}

static const struct kt_signature *
find_sig(const struct kt_sigset *set, const char *id)
{
	for (size_t i = 0; i < set->nsigs; i++)
		if (!strcmp(set->sigs[i].id, id))
			return &set->sigs[i];
	return NULL;
}

/* ------------------------------------------------------------- bisect run */

enum target { TARGET_ANY, TARGET_KNOWN, TARGET_SIG };

struct crash {
	bool seen;
	unsigned long line;
	char *title;
	const char *sig;	/* the signature it matched, or NULL (borrowed from the set) */
};

struct run_state {
	const struct kt_sigset *sigs;
	enum target target;
	const char *target_id;
	pcre2_code *expect;
	unsigned long reports, others, match_errors;
	struct crash bad;	/* the first report that is the target */
	struct crash other;	/* the first report that is not */
	bool marker;		/* a line matched --expect */
	unsigned long marker_line;
	char *marker_text;
	unsigned long lines;
	bool expect_error;
};

static void
set_crash(struct crash *c, const struct kt_report *r, const char *sig)
{
	if (c->seen)
		return;
	c->seen = true;
	c->line = r->first_line;
	c->title = xstrdup(r->title ? r->title : r->kind ? r->kind : "crash");
	c->sig = sig;
}

static int
run_report(const struct kt_report *r, void *arg)
{
	struct run_state *st = arg;
	struct kt_matches m;
	const struct kt_match *best = NULL, *target = NULL;

	st->reports++;
	kt_match_report(st->sigs, r, &m);
	st->match_errors += m.errors;
	for (size_t i = 0; i < m.n; i++) {
		if (m.m[i].error)
			continue;
		if (!best || m.m[i].confidence > best->confidence)
			best = &m.m[i];
		if (st->target == TARGET_SIG && !strcmp(m.m[i].sig->id, st->target_id))
			target = &m.m[i];
	}
	if (st->target == TARGET_ANY)
		set_crash(&st->bad, r, best ? best->sig->id : NULL);
	else if (st->target == TARGET_KNOWN && best)
		set_crash(&st->bad, r, best->sig->id);
	else if (target)
		set_crash(&st->bad, r, target->sig->id);
	else {
		st->others++;
		set_crash(&st->other, r, best ? best->sig->id : NULL);
	}
	kt_matches_release(&m);
	return 0;
}

static int
run_line(const struct kt_lineinfo *li, void *arg)
{
	struct run_state *st = arg;
	int rc;

	st->lines = li->lineno;
	if (st->marker)
		return 0;
	rc = kt_re_match(st->expect, li->text, li->len);
	if (rc > 0) {
		st->marker = true;
		st->marker_line = li->lineno;
		st->marker_text = xstrndup(li->text, li->len > 80 ? 80 : li->len);
	} else if (rc < 0) {
		st->expect_error = true;
	}
	return 0;
}

/* Do standard output and standard error go to the same file or terminal? */
static bool
same_output(void)
{
	struct stat a, b;

	if (fstat(STDOUT_FILENO, &a) || fstat(STDERR_FILENO, &b))
		return false;
	return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

/* The one line every "bisect run" prints, on standard error. */
static int
verdict(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
verdict(int code, const char *fmt, ...)
{
	va_list ap;
	const char *word = code == BISECT_GOOD ? "good" : code == BISECT_BAD ? "bad" :
	    code == BISECT_SKIP ? "skip" : "abort";

	fflush(stdout);
	fprintf(stderr, "ktriage bisect: %s: ", word);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return code;
}

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	got_signal = sig;
}

/*
 * Signals ktriage handles while the command runs: the ones that would end
 * it are caught (and the command's group is ended), SIGPIPE is ignored (a
 * closed standard output must not turn into status 141), SIGCHLD is set to
 * its default (if it came ignored, the child would be reaped behind our back).
 * The child gets the dispositions ktriage was started with.
 */
static const int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD };
static struct sigaction saved[ARRAY_SIZE(handled)];

static void
take_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < ARRAY_SIZE(handled); i++) {
		sa.sa_handler = handled[i] == SIGPIPE ? SIG_IGN : handled[i] == SIGCHLD ? SIG_DFL : on_signal;
		sigaction(handled[i], &sa, &saved[i]);
	}
}

static void
restore_signals(void)
{
	for (size_t i = 0; i < ARRAY_SIZE(handled); i++)
		sigaction(handled[i], &saved[i], NULL);
}

/* Write all of buf to fd; false once it cannot (the reader went away). */
static bool
write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return false;
		buf += n;
		len -= (size_t)n;
	}
	return true;
}

/* Has the child ended?  Leaves it a zombie, so its process group id stays ours. */
static bool
child_ended(pid_t pid)
{
	siginfo_t si;

	memset(&si, 0, sizeof(si));
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0)
		return errno == ECHILD;
	return si.si_pid != 0;
}

struct child {
	pid_t pid;
	int status;
	bool timed_out, interrupted, leftovers;
	double elapsed;
	bool passthrough_failed;
	bool open_line;		/* the output passed through did not end with a newline */
};

/* The child: its own process group, stdin from /dev/null instead of a terminal, exec. */
static void __attribute__((noreturn))
exec_child(char **argv, int out, int ep, bool null_stdin)
{
	int e;

	setpgid(0, 0);
	restore_signals();
	if (null_stdin) {
		int fd = open("/dev/null", O_RDONLY);

		if (fd >= 0 && fd != STDIN_FILENO) {
			dup2(fd, STDIN_FILENO);
			close(fd);
		}
	}
	if (dup2(out, STDOUT_FILENO) >= 0 && dup2(out, STDERR_FILENO) >= 0)
		execvp(argv[0], argv);
	e = errno;
	if (write(ep, &e, sizeof(e)) < 0)
		_exit(BISECT_ABORT);
	_exit(BISECT_ABORT);
}

/*
 * Start argv with stdout and stderr on a pipe (*outfd: its read end).
 * The exec's errno comes back on a close-on-exec pipe, so "cannot run" is
 * told apart from a command that ran and failed.
 */
static int
spawn(char **argv, struct child *ch, int *outfd, struct strbuf *err)
{
	int out[2], ep[2], e = 0;
	bool null_stdin = isatty(STDIN_FILENO);
	ssize_t n;

	if (pipe2(out, O_CLOEXEC) < 0 || pipe2(ep, O_CLOEXEC) < 0) {
		strbuf_addf(err, "cannot create a pipe: %s", strerror(errno));
		return -1;
	}
	take_signals();
	fflush(stdout);
	fflush(stderr);
	got_signal = 0;
	ch->pid = fork();
	if (ch->pid < 0) {
		strbuf_addf(err, "cannot fork: %s", strerror(errno));
		close(out[0]), close(out[1]), close(ep[0]), close(ep[1]);
		restore_signals();
		return -1;
	}
	if (ch->pid == 0)
		exec_child(argv, out[1], ep[1], null_stdin);
	setpgid(ch->pid, ch->pid);	/* also here: no race with the kill below */
	close(out[1]);
	close(ep[1]);
	while ((n = read(ep[0], &e, sizeof(e))) < 0 && errno == EINTR)
		;
	close(ep[0]);
	if (n == (ssize_t)sizeof(e)) {
		while (waitpid(ch->pid, &ch->status, 0) < 0 && errno == EINTR)
			;
		close(out[0]);
		restore_signals();
		strbuf_addf(err, "cannot run '%s': %s", argv[0], strerror(e));
		return -1;
	}
	*outfd = out[0];
	return 0;
}

/* Where the child is in being ended, and since when. */
struct ending {
	double start, exited_at, term_at, kill_at;
	bool eof, exited;
	int phase;		/* 0 running, 1 SIGTERM sent, 2 SIGKILL sent */
};

/* One read of the child's output: to our stdout, the scanner and the line reader. */
static void
pump(int fd, struct child *ch, struct ending *en, bool *passthrough, struct kt_scanner *sc,
    struct kt_line_reader *lr)
{
	static char buf[65536];
	ssize_t n = read(fd, buf, sizeof(buf));

	if (n > 0) {
		if (*passthrough && !write_all(STDOUT_FILENO, buf, (size_t)n)) {
			*passthrough = false;
			ch->passthrough_failed = true;
		}
		ch->open_line = buf[n - 1] != '\n';
		kt_scanner_feed(sc, buf, (size_t)n);
		kt_lines_feed(lr, buf, (size_t)n);
	} else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
		en->eof = true;
	}
}

/*
 * Should the child's group be ended now, and how: a signal to us, the
 * timeout, or leftovers still writing after the command ended; SIGTERM,
 * then SIGKILL.  Returns false once a process outside the group holds the
 * pipe after SIGKILL: stop reading.
 */
static bool
end_if_due(struct child *ch, struct ending *en, double timeout)
{
	double now = kt_mono_now();

	if (!en->exited && child_ended(ch->pid)) {
		en->exited = true;
		en->exited_at = now;
	}
	if (!en->phase && got_signal) {
		ch->interrupted = true;
		en->phase = 1;
	} else if (!en->phase && !en->exited && timeout > 0 && now - en->start >= timeout) {
		ch->timed_out = true;
		ch->elapsed = now - en->start;
		en->phase = 1;
	} else if (!en->phase && en->exited && !en->eof && now - en->exited_at >= LEFTOVER_GRACE) {
		/* the command ended, but something it started still writes */
		ch->leftovers = true;
		en->phase = 1;
	}
	if (en->phase == 1 && !en->term_at) {
		kill(-ch->pid, SIGTERM);
		en->term_at = now;
	}
	if (en->phase == 1 && now - en->term_at >= TERM_GRACE) {
		kill(-ch->pid, SIGKILL);
		en->kill_at = now;
		en->phase = 2;
	}
	return !(en->phase == 2 && en->exited && now - en->kill_at >= KILL_GRACE);
}

/*
 * Run argv in its own process group with stdout and stderr on a pipe; feed
 * what comes out to our stdout, the scanner and the line reader.  Returns
 * 0, or -1 with the reason in err when the command could not be started.
 */
static int
run_command(char **argv, double timeout, struct kt_scanner *sc, struct kt_line_reader *lr,
    struct child *ch, struct strbuf *err)
{
	struct ending en = { 0 };
	bool passthrough = true;
	int fd;

	memset(ch, 0, sizeof(*ch));
	en.start = kt_mono_now();
	if (spawn(argv, ch, &fd, err))
		return -1;
	while (!en.eof || !en.exited) {
		struct pollfd pfd = { en.eof ? -1 : fd, POLLIN, 0 };

		if (poll(&pfd, 1, 100) > 0 && !en.eof)
			pump(fd, ch, &en, &passthrough, sc, lr);
		if (!end_if_due(ch, &en, timeout))
			break;
	}
	close(fd);
	if (!ch->elapsed)
		ch->elapsed = kt_mono_now() - en.start;
	/* whatever the command left running in its group ends with it */
	kill(-ch->pid, SIGTERM);
	while (waitpid(ch->pid, &ch->status, 0) < 0 && errno == EINTR)
		;
	restore_signals();
	/* a signal that came as the command ended still means: stop */
	if (got_signal)
		ch->interrupted = true;
	return 0;
}

static void
describe_status(struct strbuf *sb, int status)
{
	if (WIFEXITED(status))
		strbuf_addf(sb, "command exited %d", WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		strbuf_addf(sb, "command killed by signal %d", WTERMSIG(status));
	else
		strbuf_addstr(sb, "command ended");
}

struct run_opts {
	const char *sig_id, *expect, *db;
	bool known, any_crash, skip_other, bad_other;
	double timeout;		/* seconds, 0: none */
	char **cmd;		/* the command and its arguments, NULL-terminated */
};

/* The options and the command: 0, OPTS_HELP, or -1 with err. */
static int
run_parse(int argc, char **argv, struct run_opts *ro, struct strbuf *err)
{
	static const char *const usage[] = {
		"ktriage bisect run [options] [--] COMMAND [ARGS...]",
		"",
		"The command for 'git bisect run': run COMMAND (no shell: give one, as in",
		"'sh -c ...', if you need it), pass its output through to standard output,",
		"find the crash reports in it and exit as git bisect run expects:",
		"  0 good   the output reached --expect and the target crash is not in it",
		"  1 bad    the target crash is in it",
		"  125 skip COMMAND exited 125, the boot is inconclusive, --timeout",
		"           expired, or another crash hides the target",
		"  128      abort: COMMAND cannot be run, bad options, no database",
		"The verdict is printed on standard error as one line.",
		NULL,
	};
	char expect_help[160];
	const struct opt opts[] = {
		OPT_STRING('s', "signature", &ro->sig_id, "ID", "bad: a crash report matching signature ID"),
		OPT_BOOL('k', "known", &ro->known, "bad: a crash report matching any known signature"),
		OPT_BOOL('a', "any-crash", &ro->any_crash, "bad: any crash report (the default)"),
		OPT_STRING('e', "expect", &ro->expect, "REGEX", expect_help),
		OPT_DURATION('t', "timeout", &ro->timeout, "DURATION", "kill COMMAND after DURATION (as in 90, 1.5m, 1h; default none)"),
		OPT_BOOL(0, "skip-on-other-crash", &ro->skip_other, "another crash hides the target: skip (the default)"),
		OPT_BOOL(0, "bad-on-other-crash", &ro->bad_other, "another crash hides the target: bad"),
		OPT_STRING(0, "db", &ro->db, "FILE", "signature database (default: see FILES in ktriage(1))"),
		OPT_END(),
	};
	struct kt_error kerr = { 0, "" };
	int n;

	snprintf(expect_help, sizeof(expect_help),
	    "good: a line matching REGEX was reached (default /%s/)", DEFAULT_EXPECT);
	n = parse_options(argc, argv, opts, OPTS_STOP_AT_NON_OPTION, &kerr);
	if (n == OPTS_HELP) {
		print_usage(stdout, opts, usage);
		return OPTS_HELP;
	}
	if (n < 0) {
		strbuf_addstr(err, kerr.msg);
		return -1;
	}
	ro->cmd = argv;
	if (!n)
		strbuf_addstr(err, "no command to run (ktriage bisect run [options] -- COMMAND...)");
	else if ((ro->sig_id != NULL) + ro->known + ro->any_crash > 1)
		strbuf_addstr(err, "--signature, --known and --any-crash exclude each other");
	else if (ro->skip_other && ro->bad_other)
		strbuf_addstr(err, "--skip-on-other-crash and --bad-on-other-crash exclude each other");
	else if (!*ro->expect)
		strbuf_addstr(err, "--expect must not be empty");
	return err->len ? -1 : 0;
}

/* --expect compiled, the database loaded, the target found in it; -1 with err. */
static int
run_prepare(const struct run_opts *ro, struct run_state *st, struct kt_sigset **sigs,
    struct strbuf *err)
{
	struct kt_error reerr = { 0, "" };

	if (!(st->expect = kt_re_try_compile(ro->expect, 0, &reerr))) {
		strbuf_addf(err, "--expect /%s/: %s", ro->expect, reerr.msg);
		return -1;
	}
	if (!(*sigs = load_sigs(ro->db, err)))
		return -1;
	st->sigs = *sigs;
	st->target = ro->sig_id ? TARGET_SIG : ro->known ? TARGET_KNOWN : TARGET_ANY;
	st->target_id = ro->sig_id;
	if (ro->sig_id && !find_sig(*sigs, ro->sig_id)) {
		strbuf_addf(err, "no signature '%s' in the database (see ktriage signatures list)",
		    ro->sig_id);
		return -1;
	}
	return 0;
}

/* Run the command through a scanner and a line reader; -1 with err if it could not start. */
static int
run_scan(const struct run_opts *ro, struct run_state *st, struct child *ch,
    struct kt_scanner **sc, struct strbuf *err)
{
	struct kt_line_reader lr;
	struct kt_limits lim;
	int rc;

	kt_limits_default(&lim);
	*sc = kt_scanner_new(&lim, "<command>", run_report, st);
	kt_lines_init(&lr, lim.max_line, run_line, st);
	if ((rc = run_command(ro->cmd, ro->timeout, *sc, &lr, ch, err)) == 0) {
		kt_scanner_finish(*sc);
		kt_lines_finish(&lr);
	}
	kt_lines_release(&lr);
	return rc;
}

static void
run_warnings(const struct run_opts *ro, const struct run_state *st, const struct child *ch)
{
	if (st->expect_error)
		warning("bisect run: --expect /%s/ hit a match limit on some lines", ro->expect);
	if (st->match_errors)
		warning("bisect run: %lu signature errors: some matches are unknown", st->match_errors);
	if (ch->passthrough_failed)
		warning("bisect run: standard output closed, the rest of the output was not shown");
	if (ch->leftovers)
		warning("bisect run: '%s' ended but left processes writing to its output; they were killed",
		    ro->cmd[0]);
}

/* The verdict when the target crash was seen. */
static int
verdict_bad(const struct run_state *st)
{
	const struct crash *c = &st->bad;

	if (st->target == TARGET_ANY)
		return verdict(BISECT_BAD, "crash at line %lu: %s%s%s%s", c->line, c->title,
		    c->sig ? " (" : "", c->sig ? c->sig : "", c->sig ? ")" : "");
	return verdict(BISECT_BAD, "%s at line %lu: %s", c->sig, c->line, c->title);
}

/* The verdict when another crash came before the --expect line. */
static int
verdict_other(const struct run_opts *ro, const struct run_state *st, struct strbuf *why)
{
	strbuf_addf(why, "other crash at line %lu: %s", st->other.line, st->other.title);
	if (st->other.sig)
		strbuf_addf(why, " (%s)", st->other.sig);
	if (ro->bad_other)
		return verdict(BISECT_BAD, "%s (--bad-on-other-crash)", why->buf);
	return verdict(BISECT_SKIP, "%s hides the target", why->buf);
}

/* The verdict when the --expect line was reached without the target. */
static int
verdict_good(const struct run_state *st, const struct child *ch, struct strbuf *why)
{
	strbuf_addf(why, "reached \"%s\" at line %lu, no target crash", clean(st->marker_text),
	    st->marker_line);
	if (st->others)
		strbuf_addf(why, " (%lu other crash report%s, first at line %lu: %s)", st->others,
		    st->others == 1 ? "" : "s", st->other.line, st->other.title);
	if (ch->timed_out)
		strbuf_addf(why, "; then timed out after %.0f s", ch->elapsed);
	return verdict(BISECT_GOOD, "%s", why->buf);
}

/* The one verdict line and status of a command that ran. */
static int
run_verdict(const struct run_opts *ro, const struct run_state *st, const struct child *ch)
{
	struct strbuf why = STRBUF_INIT;
	int code;

	/* the verdict starts a line of its own where the output and it meet */
	if (ch->open_line && same_output())
		fputc('\n', stderr);
	if (ch->interrupted) {
		code = verdict(BISECT_ABORT, "interrupted by signal %d, '%s' was killed",
		    (int)got_signal, ro->cmd[0]);
	} else if (!ch->timed_out && WIFEXITED(ch->status) && WEXITSTATUS(ch->status) == BISECT_SKIP) {
		code = verdict(BISECT_SKIP, "the command exited 125 (cannot test this commit)");
	} else if (st->bad.seen) {
		code = verdict_bad(st);
	} else if (st->other.seen && !st->marker) {
		code = verdict_other(ro, st, &why);
	} else if (st->marker) {
		code = verdict_good(st, ch, &why);
	} else if (ch->timed_out) {
		code = verdict(BISECT_SKIP, "timed out after %.0f s with no crash and no line matching /%s/",
		    ch->elapsed, ro->expect);
	} else {
		describe_status(&why, ch->status);
		code = verdict(BISECT_SKIP, "inconclusive: no crash and no line matching /%s/ in %lu lines (%s)",
		    ro->expect, st->lines, why.buf);
	}
	strbuf_release(&why);
	return code;
}

static int
bisect_run(int argc, char **argv)
{
	struct run_opts ro = { .expect = DEFAULT_EXPECT };
	struct strbuf err = STRBUF_INIT;
	struct run_state st;
	struct kt_sigset *sigs = NULL;
	struct kt_scanner *sc = NULL;
	struct child ch;
	int code;

	memset(&st, 0, sizeof(st));
	code = run_parse(argc, argv, &ro, &err);
	if (code == OPTS_HELP)
		return 0;
	if (code || run_prepare(&ro, &st, &sigs, &err) || run_scan(&ro, &st, &ch, &sc, &err)) {
		code = verdict(BISECT_ABORT, "%s", err.buf);
	} else {
		run_warnings(&ro, &st, &ch);
		code = run_verdict(&ro, &st, &ch);
	}
	free(st.bad.title);
	free(st.other.title);
	free(st.marker_text);
	if (st.expect)
		kt_re_free(st.expect);
	if (sc)
		kt_scanner_free(sc);
	kt_sigset_free(sigs);
	strbuf_release(&err);
	return code;
}

/* A commit of the log that is an Introduced-By commit of a signature. */
struct hit {
	const struct bcommit *c;
	const struct kt_signature *sig;
	const struct kt_commit *intro;
	bool confirmed;		/* --log: a report of the console matches sig */
};

/* --kernel-tree: a known introducing commit or fix inside the bisect range */
struct range_hit {
	const struct kt_signature *sig;
	const struct kt_commit *c;
	bool fix;			/* c is a Fixed-By (else an Introduced-By) */
	char by[41];			/* the range's backport of c, or "" (c itself) */
};

struct range {
	const char *dir;
	char *error;			/* the range could not be made: why */
	size_t ncommits;
	struct range_hit *h;
	size_t n, alloc;
};

struct log_report {
	unsigned long first_line, last_line;
	char *title, *kind;
	char fingerprint[17];
	const struct kt_signature **sigs;
	enum kt_confidence *conf;
	size_t nsigs;
	bool error;
};

struct log_scan {
	const struct kt_sigset *set;
	struct log_report *r;
	size_t n, alloc;
};

static int
log_report(const struct kt_report *r, void *arg)
{
	struct log_scan *ls = arg;
	struct log_report *lr;
	struct kt_matches m;

	ls->r = xgrow(ls->r, sizeof(*ls->r), ls->n + 1, &ls->alloc);
	lr = &ls->r[ls->n++];
	memset(lr, 0, sizeof(*lr));
	lr->first_line = r->first_line;
	lr->last_line = r->last_line;
	lr->title = xstrdup(r->title ? r->title : "");
	lr->kind = xstrdup(r->kind ? r->kind : "");
	memcpy(lr->fingerprint, r->fingerprint, sizeof(lr->fingerprint));
	kt_match_report(ls->set, r, &m);
	lr->sigs = xcalloc(m.n ? m.n : 1, sizeof(*lr->sigs));
	lr->conf = xcalloc(m.n ? m.n : 1, sizeof(*lr->conf));
	for (size_t i = 0; i < m.n; i++) {
		if (m.m[i].error) {
			lr->error = true;
			continue;
		}
		lr->sigs[lr->nsigs] = m.m[i].sig;
		lr->conf[lr->nsigs++] = m.m[i].confidence;
	}
	kt_matches_release(&m);
	return 0;
}

static void
print_commit_line(const char *what, const struct bcommit *c)
{
	printf("%s: %s", what, c->sha);
	if (c->subject)
		printf(" (\"%s\")", clean(c->subject));
	putchar('\n');
}

static void
print_sig_facts(const struct kt_signature *s)
{
	printf("    title:         %s\n", clean(s->title));
	for (size_t i = 0; i < s->nintroduced; i++) {
		printf("    introduced by: %s", s->introduced[i].sha);
		if (s->introduced[i].subject)
			printf(" (\"%s\")", clean(s->introduced[i].subject));
		printf("%s\n", s->introduced[i].unverified ? " (unverified)" : "");
	}
	for (size_t i = 0; i < s->nfixed; i++) {
		printf("    fixed by:      %s", s->fixed[i].sha);
		if (s->fixed[i].subject)
			printf(" (\"%s\")", clean(s->fixed[i].subject));
		printf("%s\n", s->fixed[i].unverified ? " (unverified)" : "");
	}
	if (!s->nfixed)
		printf("    fixed by:      (no fix known)\n");
	for (size_t i = 0; i < s->nfixed_in; i++)
		printf("    fixed in:      %s\n", clean(s->fixed_in[i]));
	if (s->workaround)
		printf("    workaround:    %s\n", clean(s->workaround));
}


static json_t *
jsig(const struct kt_signature *s)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", jstr(s->id));
	json_object_set_new(o, "version", json_integer(s->version));
	json_object_set_new(o, "title", jstr(s->title));
	out_json_sig_facts(o, s);
	return o;
}

static json_t *
jbcommit(const struct bcommit *c)
{
	json_t *o = json_object();

	json_object_set_new(o, "commit", jstr(c->sha));
	json_object_set_new(o, "subject", jstr(c->subject));
	json_object_set_new(o, "mark", jstr(mark_names[c->mark]));
	json_object_set_new(o, "first_bad", json_boolean(c->first_bad));
	return o;
}

static json_t *json_range(const struct range *rg);

static void
output_json(const char *label, const struct blog *log, const struct hit *hits, size_t nhits,
    const char *log_path, const struct log_scan *ls, bool found, const struct range *rg)
{
	json_t *o = json_object(), *a, *terms = json_object();

	json_object_set_new(o, "source", jstr(label));
	json_object_set_new(terms, "bad", jstr(log->term_bad));
	json_object_set_new(terms, "good", jstr(log->term_good));
	json_object_set_new(o, "terms", terms);
	a = json_array();
	for (size_t i = 0; i < log->n; i++)
		json_array_append_new(a, jbcommit(&log->c[i]));
	json_object_set_new(o, "commits", a);
	json_object_set_new(o, "first_bad", log->first_bad >= 0 ? jbcommit(&log->c[log->first_bad]) : json_null());
	a = json_array();
	for (size_t i = 0; i < log->n; i++)
		if (log->c[i].possible_first_bad)
			json_array_append_new(a, jbcommit(&log->c[i]));
	json_object_set_new(o, "possible_first_bad", a);
	a = json_array();
	for (size_t i = 0; i < nhits; i++) {
		json_t *h = jbcommit(hits[i].c);

		json_object_set_new(h, "introduced_by", jstr(hits[i].intro->sha));
		json_object_set_new(h, "signature", jsig(hits[i].sig));
		if (log_path)
			json_object_set_new(h, "log_matches", json_boolean(hits[i].confirmed));
		json_array_append_new(a, h);
	}
	json_object_set_new(o, "known", a);
	json_object_set_new(o, "found", json_boolean(found));
	if (rg)
		json_object_set_new(o, "kernel_tree", json_range(rg));
	if (log_path) {
		json_t *l = json_object(), *rs = json_array();

		json_object_set_new(l, "source", jstr(log_path));
		for (size_t i = 0; i < ls->n; i++) {
			const struct log_report *r = &ls->r[i];
			json_t *jr = json_object(), *ms = json_array();

			json_object_set_new(jr, "first_line", json_integer((json_int_t)r->first_line));
			json_object_set_new(jr, "last_line", json_integer((json_int_t)r->last_line));
			json_object_set_new(jr, "kind", jstr(r->kind));
			json_object_set_new(jr, "title", jstr(r->title));
			json_object_set_new(jr, "fingerprint", jstr(r->fingerprint));
			for (size_t k = 0; k < r->nsigs; k++) {
				json_t *m = json_object();

				json_object_set_new(m, "id", jstr(r->sigs[k]->id));
				json_object_set_new(m, "confidence", jstr(kt_confidence_name(r->conf[k])));
				json_array_append_new(ms, m);
			}
			json_object_set_new(jr, "matches", ms);
			json_object_set_new(jr, "error", json_boolean(r->error));
			json_array_append_new(rs, jr);
		}
		json_object_set_new(l, "reports", rs);
		json_object_set_new(o, "log", l);
	}
	json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(o);
}

/* The first bad commit and whether it is a known introducing commit, or what is left to test. */
static void
text_first_bad(const struct blog *log, const struct kt_sigset *set, const struct hit *hits,
    size_t nhits)
{
	const struct bcommit *fb;
	bool first_known = false;
	char what[128];

	if (log->first_bad < 0) {
		printf("no first %s commit in the log (the bisection is not finished%s)\n",
		    clean(log->term_bad), log->only_skipped ? ": only skipped commits are left" : "");
		for (size_t i = 0; i < log->n; i++)
			if (log->c[i].possible_first_bad)
				print_commit_line("  possible first bad commit", &log->c[i]);
		return;
	}
	fb = &log->c[log->first_bad];
	snprintf(what, sizeof(what), "first %s commit", clean(log->term_bad));
	print_commit_line(what, fb);
	for (size_t i = 0; i < nhits; i++) {
		if (hits[i].c != fb)
			continue;
		first_known = true;
		printf("  known: it introduced %s\n", hits[i].sig->id);
		print_sig_facts(hits[i].sig);
	}
	if (!first_known)
		printf("  unknown: not an Introduced-By commit of any of the %zu signatures\n", set->nsigs);
}

/* Introducing commits marked in the log other than the first bad one. */
static void
text_other_hits(const struct hit *hits, size_t nhits)
{
	for (size_t i = 0; i < nhits; i++) {
		const struct hit *h = &hits[i];

		if (h->c->first_bad)
			continue;
		if (h->c->mark == MARK_BAD) {
			print_commit_line("commit marked bad", h->c);
			printf("  known: it introduced %s\n", h->sig->id);
			print_sig_facts(h->sig);
		} else {
			print_commit_line(h->c->mark == MARK_GOOD ? "commit marked good" : "commit skipped", h->c);
			printf("  it introduced %s%s\n", h->sig->id, h->c->mark == MARK_GOOD ?
			    ", so the crash bisected is probably not that one" : "");
		}
	}
}

/* --log: its crash reports and what they match. */
static void
text_log_reports(const char *log_path, const struct log_scan *ls)
{
	printf("console log %s: %zu crash report%s\n", clean(log_path), ls->n, ls->n == 1 ? "" : "s");
	for (size_t i = 0; i < ls->n; i++) {
		const struct log_report *r = &ls->r[i];

		printf("  line %lu: %s: ", r->first_line, clean(r->title));
		if (!r->nsigs)
			printf("%s\n", r->error ? "match unknown (a limit was hit)" : "no known signature");
		for (size_t k = 0; k < r->nsigs; k++)
			printf("%s%s (%s confidence)", k ? ", " : "matches ", r->sigs[k]->id,
			    kt_confidence_name(r->conf[k]));
		if (r->nsigs)
			putchar('\n');
	}
}

/* --log: does the console confirm each bad introducing commit, and known bugs the log misses. */
static void
text_log_verdicts(const struct hit *hits, size_t nhits, const struct log_scan *ls)
{
	for (size_t i = 0; i < nhits; i++) {
		const struct hit *h = &hits[i];

		if (h->c->mark != MARK_BAD)
			continue;
		if (h->confirmed)
			printf("  the crash matches %s, the one the %s commit %.12s introduced\n", h->sig->id,
			    h->c->first_bad ? "first bad" : "bad", h->c->sha);
		else
			printf("  no crash in it matches %s: the %s commit %.12s is known for another crash\n",
			    h->sig->id, h->c->first_bad ? "first bad" : "bad", h->c->sha);
	}
	/* the console matches a known bug whose introducing commit is not marked bad */
	for (size_t i = 0; i < ls->n; i++)
		for (size_t k = 0; k < ls->r[i].nsigs; k++) {
			const struct kt_signature *s = ls->r[i].sigs[k];
			bool listed = false;

			for (size_t j = 0; j < nhits; j++)
				if (hits[j].sig == s && hits[j].c->mark == MARK_BAD)
					listed = true;
			if (listed || !s->nintroduced)
				continue;
			printf("  the crash at line %lu matches %s, introduced by %.12s, which the log does not mark bad\n",
			    ls->r[i].first_line, s->id, s->introduced[0].sha);
		}
}

static void
output_text(const char *label, const struct blog *log, const struct kt_sigset *set,
    const struct hit *hits, size_t nhits, const char *log_path, const struct log_scan *ls)
{
	size_t nmark[3] = { 0, 0, 0 };

	for (size_t i = 0; i < log->n; i++)
		nmark[log->c[i].mark]++;
	printf("%s: git bisect log, %zu commit%s: %zu %s, %zu %s, %zu skipped\n", clean(label), log->n,
	    log->n == 1 ? "" : "s", nmark[MARK_BAD], clean(log->term_bad), nmark[MARK_GOOD],
	    clean(log->term_good), nmark[MARK_SKIP]);
	text_first_bad(log, set, hits, nhits);
	text_other_hits(hits, nhits);
	if (!log_path)
		return;
	text_log_reports(log_path, ls);
	text_log_verdicts(hits, nhits, ls);
}

/* --kernel-tree: "ktriage bisect annotate" text for the range. */
static void
text_range(const struct range *rg, const struct blog *log)
{
	printf("kernel tree %s: ", clean(rg->dir));
	if (rg->error) {
		printf("unknown: %s\n", clean(rg->error));
		return;
	}
	printf("the bisect range (%s commits not reachable from a %s one) has %zu commits\n",
	    clean(log->term_bad), clean(log->term_good), rg->ncommits);
	for (size_t i = 0; i < rg->n; i++) {
		const struct range_hit *h = &rg->h[i];

		if (h->by[0])
			printf("  it contains %.12s, a backport of %.12s", h->by, h->c->sha);
		else
			printf("  it contains %.12s", h->c->sha);
		if (h->c->subject)
			printf(" (\"%s\")", clean(h->c->subject));
		if (h->fix)
			printf(", the fix of %s: the \"%s\" side may be the fix, not free of a cause "
			    "(to find a fix, bisect with the terms swapped)\n", h->sig->id, clean(log->term_good));
		else
			printf(", which introduced %s\n", h->sig->id);
	}
	if (!rg->n)
		printf("  it contains no known introducing commit nor fix\n");
}

static json_t *
json_range(const struct range *rg)
{
	json_t *o = json_object(), *a = json_array();

	json_object_set_new(o, "dir", jstr(rg->dir));
	json_object_set_new(o, "error", jstr(rg->error));
	json_object_set_new(o, "range_commits", rg->error ? json_null() : json_integer((json_int_t)rg->ncommits));
	for (size_t i = 0; i < rg->n; i++) {
		json_t *h = json_object();

		json_object_set_new(h, "commit", jstr(rg->h[i].c->sha));
		json_object_set_new(h, "backport", jstr(rg->h[i].by[0] ? rg->h[i].by : NULL));
		json_object_set_new(h, "role", jstr(rg->h[i].fix ? "fixed_by" : "introduced_by"));
		json_object_set_new(h, "signature", jstr(rg->h[i].sig->id));
		json_array_append_new(a, h);
	}
	json_object_set_new(o, "contains", a);
	return o;
}

static void
range_add(struct range *rg, const struct kt_tree_range *r, const struct kt_signature *s,
    const struct kt_commit *c, size_t n, bool fix)
{
	for (size_t k = 0; k < n; k++) {
		char by[41] = "";
		int in = kt_tree_range_has(r, c[k].sha, by);

		if (!in)
			continue;
		rg->h = xgrow(rg->h, sizeof(*rg->h), rg->n + 1, &rg->alloc);
		rg->h[rg->n] = (struct range_hit){ s, &c[k], fix, "" };
		if (in == 2)
			memcpy(rg->h[rg->n].by, by, sizeof(by));
		rg->n++;
	}
}

/* The known commits of set inside "bad ^good" in the tree dir; *found when an introducing one is. */
static void
find_range(const char *dir, const struct blog *log, const struct kt_sigset *set, struct range *rg,
    bool *found)
{
	struct kt_tree *t = kt_tree_open(dir, NULL, NULL);
	struct kt_error err = { 0, "" };
	char **bad = xcalloc(log->n + 1, sizeof(*bad)), **good = xcalloc(log->n + 1, sizeof(*good));
	size_t nbad = 0, ngood = 0;
	struct kt_tree_range *r;

	memset(rg, 0, sizeof(*rg));
	rg->dir = dir;
	for (size_t i = 0; i < log->n; i++)
		if (log->c[i].mark == MARK_BAD)
			bad[nbad++] = log->c[i].sha;
		else if (log->c[i].mark == MARK_GOOD)
			good[ngood++] = log->c[i].sha;
	if (!nbad) {
		rg->error = xstrdup("no commit is marked bad yet");
	} else if (!(r = kt_tree_range_new(t, bad, nbad, good, ngood, &err))) {
		rg->error = xstrdup(err.msg);
	} else {
		rg->ncommits = kt_tree_range_count(r);
		for (size_t k = 0; k < set->nsigs; k++) {
			size_t before = rg->n;

			range_add(rg, r, &set->sigs[k], set->sigs[k].introduced, set->sigs[k].nintroduced, false);
			*found |= rg->n > before;
			range_add(rg, r, &set->sigs[k], set->sigs[k].fixed, set->sigs[k].nfixed, true);
		}
		kt_tree_range_free(r);
	}
	free(bad);
	free(good);
	kt_tree_close(t);
}

/* The whole bisect log at path (at most 64 MiB), parsed into log; or exit 2. */
static void
read_bisect_log(const char *path, const char *label, struct blog *log)
{
	struct kt_error kerr = { 0, "" };
	struct strbuf text = STRBUF_INIT;
	struct kt_input *in;
	char buf[65536];
	ssize_t n;

	if (!(in = kt_input_open(path, NULL, &kerr)))
		die("%s", kerr.msg);
	while ((n = kt_input_read(in, buf, sizeof(buf), &kerr)) > 0) {
		if (text.len + (size_t)n > (size_t)64 << 20) {
			kt_input_close(in);
			die("%s: larger than 64 MiB, not a git bisect log", label);
		}
		strbuf_add(&text, buf, (size_t)n);
	}
	kt_input_close(in);
	if (n < 0)
		die("%s", kerr.msg);
	memset(log, 0, sizeof(*log));
	parse_bisect_log(log, text.buf);
	strbuf_release(&text);
	if (!log->seen)
		die("%s: no git bisect log in it (expected the output of 'git bisect log')", label);
}

/* The first introducing commit of a signature that c is, if any. */
static const struct kt_commit *
introduced_by(const struct bcommit *c, const struct kt_signature *sig)
{
	for (size_t j = 0; j < sig->nintroduced; j++)
		if (same_commit(c->sha, sig->introduced[j].sha))
			return &sig->introduced[j];
	return NULL;
}

/*
 * Every commit of the log that introduced a known bug, first bad first;
 * *found when one of them is marked bad.  Returns the count (*hits malloc'ed).
 */
static size_t
find_hits(const struct blog *log, const struct kt_sigset *set, struct hit **hits, bool *found)
{
	size_t nhits = 0, halloc = 0;

	*hits = NULL;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < log->n; i++) {
			const struct bcommit *c = &log->c[i];

			if (c->first_bad != !pass)
				continue;
			for (size_t k = 0; k < set->nsigs; k++) {
				const struct kt_commit *intro = introduced_by(c, &set->sigs[k]);

				if (!intro)
					continue;
				*hits = xgrow(*hits, sizeof(**hits), nhits + 1, &halloc);
				(*hits)[nhits++] = (struct hit){ c, &set->sigs[k], intro, false };
				*found |= c->mark == MARK_BAD;
			}
		}
	return nhits;
}

/* --log: triage the console log into ls and confirm the hits its crashes match; or exit 2. */
static void
scan_console(const char *log_path, const char *log_label, struct log_scan *ls, struct hit *hits,
    size_t nhits)
{
	struct kt_error kerr = { 0, "" };

	if (kt_scan_path(log_path, log_label, NULL, NULL, log_report, ls, NULL, &kerr))
		die("%s", kerr.msg);
	for (size_t i = 0; i < nhits; i++)
		for (size_t r = 0; r < ls->n; r++)
			for (size_t k = 0; k < ls->r[r].nsigs; k++)
				if (ls->r[r].sigs[k] == hits[i].sig)
					hits[i].confirmed = true;
}

static void
free_log_scan(struct log_scan *ls)
{
	for (size_t i = 0; i < ls->n; i++) {
		free(ls->r[i].title);
		free(ls->r[i].kind);
		free(ls->r[i].sigs);
		free(ls->r[i].conf);
	}
	free(ls->r);
}

static int
bisect_annotate(int argc, char **argv)
{
	static const char *const usage[] = {
		"ktriage bisect annotate [options] [FILE|-]",
		"",
		"Read 'git bisect log' output (FILE, or standard input) and say whether the",
		"first bad commit, or any commit marked bad, is the Introduced-By commit of",
		"a known signature: which one, its fix and workaround.  With --log, also",
		"triage CONSOLE and say whether its crash is that signature.  With",
		"--kernel-tree, also name every known introducing commit and fix inside the",
		"bisect range (the commits of the bad ones not reachable from a good one).",
		"Exit status: 0 a known introducing commit was found, 3 none was,",
		"2 usage or input error.",
		NULL,
	};
	const char *db = NULL, *log_path = NULL, *format = "text", *tree_dir = NULL;
	struct range rg;
	const struct opt opts[] = {
		OPT_STRING(0, "db", &db, "FILE", "signature database (default: see FILES in ktriage(1))"),
		OPT_STRING('l', "log", &log_path, "CONSOLE", "also triage the console log CONSOLE"),
		OPT_STRING('f', "format", &format, "FORMAT", "output format: text (default) or json"),
		OPT_STRING(0, "kernel-tree", &tree_dir, "DIR", "the kernel git tree bisected: find known commits inside the range"),
		OPT_END(),
	};
	int nargs = parse_options_or_exit(argc, argv, opts, usage);
	const char *path = nargs ? argv[0] : "-";
	const char *label, *log_label;
	struct strbuf errmsg = STRBUF_INIT;
	struct kt_sigset *set;
	struct blog log;
	struct hit *hits;
	size_t nhits;
	struct log_scan ls;
	bool found = false;

	if (nargs > 1)
		die_usage("bisect annotate: expected one FILE, not %d", nargs);
	if (strcmp(format, "text") && strcmp(format, "json"))
		die_usage("unknown format '%s' (expected text or json)", format);
	if (!nargs && isatty(STDIN_FILENO))
		die_usage("bisect annotate: no input: give a FILE, or pipe it in (git bisect log | ktriage bisect annotate)");
	if (log_path && !strcmp(log_path, "-") && !strcmp(path, "-"))
		die_usage("bisect annotate: the bisect log and --log cannot both be standard input");
	label = strcmp(path, "-") ? path : "<stdin>";
	read_bisect_log(path, label, &log);
	if (!(set = load_sigs(db, &errmsg)))
		die("%s", errmsg.buf);
	nhits = find_hits(&log, set, &hits, &found);
	memset(&ls, 0, sizeof(ls));
	ls.set = set;
	log_label = log_path && !strcmp(log_path, "-") ? "<stdin>" : log_path;
	if (log_path)
		scan_console(log_path, log_label, &ls, hits, nhits);
	if (tree_dir)
		find_range(tree_dir, &log, set, &rg, &found);
	if (!strcmp(format, "json")) {
		output_json(label, &log, hits, nhits, log_label, &ls, found, tree_dir ? &rg : NULL);
	} else {
		output_text(label, &log, set, hits, nhits, log_label, &ls);
		if (tree_dir)
			text_range(&rg, &log);
	}
	if (tree_dir) {
		free(rg.error);
		free(rg.h);
	}
	free_log_scan(&ls);
	free(hits);
	free_blog(&log);
	kt_sigset_free(set);
	strbuf_release(&errmsg);
	if (fflush(stdout) || ferror(stdout))
		die("cannot write the output: %s", strerror(errno));
	return found ? ANNOTATE_FOUND : ANNOTATE_NOT_FOUND;
}

/* ------------------------------------------------------------------- main */

static int
run(int argc, char **argv)
{
	const struct opt none[] = { OPT_END() };

	if (argc >= 2 && !strcmp(argv[1], "run"))
		return bisect_run(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "annotate"))
		return bisect_annotate(argc - 1, argv + 1);
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		print_usage(argc < 2 ? stderr : stdout, none, bisect_usage);
		return argc < 2 ? EXIT_USAGE : 0;
	}
	die_usage("bisect: unknown subcommand '%s' (expected run or annotate)", argv[1]);
}

const struct cmd cmd_bisect = {
	"bisect", "git bisect helpers: run a boot test, annotate a bisect log", run
};
