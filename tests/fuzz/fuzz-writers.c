/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-writers: the output writers (json, kcidb, and also text -v,
 * markdown, junit) over whatever log the input is.  The json output must be
 * JSON Lines that jansson parses back, the KCIDB output one JSON document;
 * every output must be valid UTF-8, and no string in it (raw, or decoded
 * from JSON) may carry ESC, BEL, other control characters, C1 controls or
 * BiDi controls.  abort() on any failure.
 *
 * An input starting with '@' gives the label of the log (up to the first
 * newline), so hostile file names are covered too.  The signature set is
 * the project's own signatures/ (FUZZ_SIGDIR), loaded once.
 */
#include <jansson.h>
#include <stdint.h>

#include "common.h"
#include "output.h"
#include "signature.h"

#ifndef FUZZ_SIGDIR
#define FUZZ_SIGDIR "signatures"
#endif

static struct kt_sigset *sigs;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct kt_diag diag = { 0 };
	const char *dir = getenv("FUZZ_SIGDIR") ? getenv("FUZZ_SIGDIR") : FUZZ_SIGDIR;

	(void)argc, (void)argv;
	sigs = kt_sigset_new();
	kt_sig_load_dir(sigs, dir, &diag);
	kt_sigset_prepare(sigs, &diag);
	if (!sigs->nsigs)
		fprintf(stderr, "fuzz-writers: no signatures in %s (matching not covered)\n", dir);
	kt_diag_release(&diag);
	return 0;
}

struct st {
	struct out_file *f;
	unsigned long *per_sig;
};

static int
on_report(const struct kt_report *r, void *arg)
{
	struct st *st = arg;
	struct kt_matches m;

	st->f->reports++;
	kt_match_report(sigs, r, &m);
	if (m.n == m.errors)
		st->f->unknown++;
	else
		st->f->known++;
	for (size_t i = 0; i < m.n; i++)
		if (!m.m[i].error)
			st->per_sig[m.m[i].sig - sigs->sigs]++;
	st->f->run->w->report(st->f, r, &m);
	kt_matches_release(&m);
	return 0;
}

static void
check_json_strings(const json_t *v)
{
	const char *k;
	json_t *x;
	size_t i;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		json_object_foreach((json_t *)v, k, x) {
			FUZZ_CHECK(!unsafe_for_tty(k, strlen(k), false), "JSON key is clean");
			check_json_strings(x);
		}
		break;
	case JSON_ARRAY:
		json_array_foreach(v, i, x)
			check_json_strings(x);
		break;
	case JSON_STRING:
		FUZZ_CHECK(utf8_valid(json_string_value(v), json_string_length(v)), "JSON string UTF-8");
		FUZZ_CHECK(!unsafe_for_tty(json_string_value(v), json_string_length(v), true),
		    "JSON string has no control characters");
		break;
	default:
		break;
	}
}

static void
check_json(const char *buf, size_t len)
{
	json_error_t e;
	json_t *v = json_loadb(buf, len, 0, &e);

	if (!v) {
		fprintf(stderr, "invalid JSON: %s at %d:%d\n%.*s\n", e.text, e.line, e.column,
		    (int)(len > 4000 ? 4000 : len), buf);
		abort();
	}
	check_json_strings(v);
	json_decref(v);
}

static void
run_writer(const struct out_writer *w, const char *label, const char *log, size_t len,
    const char *error)
{
	struct out_run run;
	struct out_file f;
	struct out_summary sum;
	struct kt_limits lim;
	struct kt_scanner *s;
	struct st st;
	char *buf = NULL;
	size_t blen = 0;
	FILE *fp = open_memstream(&buf, &blen);

	memset(&run, 0, sizeof(run));
	memset(&f, 0, sizeof(f));
	memset(&sum, 0, sizeof(sum));
	run.w = w;
	run.opts.verbose = true;
	run.opts.origin = "ktriage";
	run.fp = fp;
	run.sigs = sigs;
	run.db_version = sigs->db_version;
	pthread_mutex_init(&run.lock, NULL);
	if (w->run_begin)
		w->run_begin(&run);
	f.run = &run;
	f.fp = fp;
	f.source = label;
	f.path = label;
	st.f = &f;
	st.per_sig = calloc(sigs->nsigs ? sigs->nsigs : 1, sizeof(*st.per_sig));
	if (w->file_begin)
		w->file_begin(&f);
	kt_limits_default(&lim);
	lim.max_reports = 4;	/* the "more not shown" paths */
	s = kt_scanner_new(&lim, label, on_report, &st);
	kt_scanner_feed(s, log, len);
	kt_scanner_finish(s);
	if (w->file_end)
		w->file_end(&f, kt_scanner_stats(s), error);
	kt_scanner_free(s);
	sum.logs = 1;
	sum.reports = f.reports;
	sum.known = f.known;
	sum.unknown = f.unknown;
	sum.input_errors = error != NULL;
	sum.per_sig = st.per_sig;
	if (w->run_end)
		w->run_end(&run, &sum);
	fclose(fp);
	pthread_mutex_destroy(&run.lock);

	if (utf8_bad_at((const unsigned char *)buf, blen) != (size_t)-1) {
		fprintf(stderr, "%s output is not valid UTF-8 at byte %zu\n", w->name,
		    utf8_bad_at((const unsigned char *)buf, blen));
		abort();
	}
	if (unsafe_for_tty(buf, blen, true)) {
		fprintf(stderr, "%s output carries a control character:\n%.*s\n", w->name,
		    (int)(blen > 4000 ? 4000 : blen), buf);
		abort();
	}
	if (!strcmp(w->name, "json")) {
		for (char *p = buf, *nl; p < buf + blen; p = nl + 1) {
			nl = memchr(p, '\n', (size_t)(buf + blen - p));
			if (!nl)
				nl = buf + blen;
			if (nl > p)
				check_json(p, (size_t)(nl - p));
		}
	} else if (!strcmp(w->name, "kcidb")) {
		check_json(buf, blen);
	}
	free(st.per_sig);
	free(buf);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *log = (const char *)data;
	char *label = strdup("fuzz.log"), *error = NULL;

	if (size && data[0] == '@') {
		const char *nl = memchr(data, '\n', size);
		size_t n = nl ? (size_t)(nl - log) - 1 : size - 1;

		free(label);
		label = strndup(log + 1, n);	/* stops at a NUL, as a C string would */
		error = malloc(n + 32);
		snprintf(error, n + 32, "cannot read %s: I/O error", label);
		log += n + 1 + (nl != NULL);
		size -= n + 1 + (nl != NULL);
	}
	for (size_t i = 0; i < out_nwriters; i++)
		run_writer(out_writers[i], label, log, size, error);
	free(label);
	free(error);
	return 0;
}
