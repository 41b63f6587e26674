/* SPDX-License-Identifier: GPL-2.0-or-later */
/* JSON of reports and signatures, shared by the JSON-based writers (json,
 * kcidb) and "bisect". */
#ifndef KT_OUT_JSON_H
#define KT_OUT_JSON_H

#include <jansson.h>

#include "ktriage.h"
#include "signature.h"

struct strbuf;
/* The JSON object of one report and its matches, appended to sb (compact, one line). */
void out_json_report(struct strbuf *sb, const struct kt_report *r, const struct kt_matches *m);
/* A JSON string of s made valid UTF-8, or null. */
json_t *out_jstr(const char *s);
/* [{commit, subject, verified}, ...] of a signature's commits */
json_t *out_json_commits(const struct kt_commit *c, size_t n);
/* an array of strings */
json_t *out_json_strs(char *const *v, size_t n);
/* Set a signature's facts on o: introduced_by, fixed_by, fixed_in, workaround, links. */
void out_json_sig_facts(json_t *o, const struct kt_signature *s);
/* The "tree" object of a --kernel-tree verdict (tree.h). */
json_t *out_json_tree(const struct kt_tree_verdict *v);

#endif
