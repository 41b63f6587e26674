/* ktriage scan: find and describe every crash report in the given logs. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "ktriage.h"
#include "opts.h"
#include "output.h"
#include "sigdb.h"
#include "signature.h"
#include "usage.h"

struct scan_state {
	enum kt_format fmt;
	struct out_opts out;
	const struct kt_sigset *sigs;
	enum kt_confidence min_conf;
	unsigned long reports, unknown, sig_errors;
};

static int
on_report(const struct kt_report *r, void *arg)
{
	struct scan_state *st = arg;

	struct kt_matches m;
	size_t keep = 0;

	st->reports++;
	kt_match_report(st->sigs, r, &m);
	/* --min-confidence: drop weaker matches (errors are always shown) */
	for (size_t i = 0; i < m.n; i++) {
		if (!m.m[i].error && m.m[i].confidence < st->min_conf) {
			free(m.m[i].held);
			continue;
		}
		m.m[keep++] = m.m[i];
	}
	m.n = keep;
	st->sig_errors += m.errors;
	if (m.n == m.errors)
		st->unknown++;
	if (st->fmt == KT_FMT_JSON)
		out_json_report(stdout, r, &m);
	else
		out_text_report(stdout, r, &m, &st->out);
	kt_matches_release(&m);
	return 0;
}

static int
run(int argc, char **argv)
{
	static const char *const usage[] = {
		"ktriage [scan] [options] [FILE...]",
		"",
		"Find every kernel crash report (oops, BUG, WARNING, panic, lockdep, sanitizer,",
		"xmon, Xen) in console logs and describe it. FILE may be '-' for standard input,",
		"which is also read when no FILE is given and standard input is not a terminal.",
		"gzip and zstd input is recognised by its magic bytes.",
		NULL,
	};
	const char *format = "text", *color = "auto", *label = NULL, *db = NULL, *min_conf = "low";
	bool verbose = false;
	struct kt_limits lim;
	struct scan_state st;
	struct kt_sigset *sigs;
	const struct opt opts[] = {
		OPT_STRING('f', "format", &format, "FORMAT", "output format: text (default) or json (JSON Lines)"),
		OPT_STRING(0, "color", &color, "WHEN", "colour text output: auto (default), always, never"),
		OPT_STRING(0, "label", &label, "NAME", "name the input NAME in the output (default: file name)"),
		OPT_BOOL('v', "verbose", &verbose, "text: also print each report's lines"),
		OPT_STRING(0, "db", &db, "FILE", "signature database (default: see FILES in ktriage(1))"),
		OPT_STRING(0, "min-confidence", &min_conf, "LEVEL", "report matches of at least LEVEL: low (default), medium, high"),
		OPT_SIZE(0, "max-line-length", &lim.max_line, "N", "bytes of a line kept (default 4096)"),
		OPT_SIZE(0, "max-report-lines", &lim.max_report_lines, "N", "lines kept per report (default 2000)"),
		OPT_SIZE(0, "max-reports", &lim.max_reports, "N", "reports shown per input (default 10000)"),
		OPT_SIZE(0, "max-frames", &lim.max_frames, "N", "call trace frames kept per report (default 64)"),
		OPT_SIZE(0, "context-lines", &lim.context_lines, "N", "log lines kept from before each report (default 32)"),
		OPT_END(),
	};
	int nfiles;
	bool input_error = false;
	const char *stdin_only[] = { "-", NULL };
	char **files;

	kt_limits_default(&lim);
	memset(&st, 0, sizeof(st));
	nfiles = parse_options(argc, argv, opts, usage);
	if (kt_format_parse(format, &st.fmt))
		die_usage("unknown format '%s' (expected text or json)", format);
	if (!strcmp(color, "always"))
		st.out.color = true;
	else if (!strcmp(color, "auto"))
		st.out.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	else if (strcmp(color, "never"))
		die_usage("unknown --color value '%s' (expected auto, always or never)", color);
	if (!lim.max_line)
		die_usage("--max-line-length must be at least 1");
	st.out.verbose = verbose;
	if (kt_confidence_parse(min_conf, &st.min_conf))
		die_usage("unknown --min-confidence '%s' (expected low, medium or high)", min_conf);
	{
		struct kt_diag diag = { NULL, 0, 0 };
		struct kt_error err = { 0, "" };
		char where[512];

		sigs = kt_sigdb_default(db, where, sizeof(where), &diag, &err);
		for (size_t i = 0; i < diag.n; i++)
			warning("%s", diag.msgs[i]);
		kt_diag_release(&diag);
		if (!sigs)
			die("signature database %s", err.msg);
		st.sigs = sigs;
	}

	files = argv;
	if (!nfiles) {
		if (isatty(STDIN_FILENO))
			die_usage("no input: give a FILE, or pipe a log in (dmesg | ktriage)");
		files = (char **)stdin_only;
		nfiles = 1;
	}
	for (int i = 0; i < nfiles; i++) {
		struct kt_error err = { 0, "" };
		struct kt_scan_stats stats;
		unsigned long before = st.reports;
		const char *name = strcmp(files[i], "-") ? files[i] : "<stdin>";

		memset(&stats, 0, sizeof(stats));
		if (kt_scan_path(files[i], label ? label : name, &lim, on_report, &st, &stats, &err)) {
			error("%s", err.msg);
			input_error = true;
			if (!stats.lines)
				continue;
		}
		if (st.fmt == KT_FMT_TEXT)
			out_text_summary(stdout, label ? label : name, st.reports - before, &stats, &st.out);
		if (stats.long_lines)
			warning("%s: %lu lines longer than %zu bytes were cut", name,
			    stats.long_lines, lim.max_line);
	}
	kt_sigset_free(sigs);
	fflush(stdout);
	if (ferror(stdout))
		die("error writing output");
	if (st.sig_errors)
		warning("%lu signature errors: some matches are unknown (see the report)", st.sig_errors);
	if (input_error)
		return EXIT_USAGE;
	if (!st.reports)
		return EXIT_NO_REPORT;
	return st.unknown ? EXIT_UNKNOWN : EXIT_ALL_KNOWN;
}

const struct cmd cmd_scan = { "scan", "find and describe crash reports in logs (the default)", run };
