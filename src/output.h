/*
 * output: one writer per format, all reading a finished struct kt_report.
 * Writers never see raw log bytes: report text is already valid UTF-8
 * without control characters (lines.c); anything else they print (file
 * names, labels) goes through kt_clean_text too.
 */
#ifndef KT_OUTPUT_H
#define KT_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

#include "ktriage.h"
#include "signature.h"

enum kt_format { KT_FMT_TEXT, KT_FMT_JSON };

struct out_opts {
	bool color;
	bool verbose;		/* text: print the report's lines too */
};

int kt_format_parse(const char *name, enum kt_format *fmt);

void out_json_report(FILE *fp, const struct kt_report *r, const struct kt_matches *m);
void out_text_report(FILE *fp, const struct kt_report *r, const struct kt_matches *m,
    const struct out_opts *o);
void out_text_summary(FILE *fp, const char *source, unsigned long reports,
    const struct kt_scan_stats *st, const struct out_opts *o);

#endif
