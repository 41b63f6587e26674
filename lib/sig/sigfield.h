/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sigfield: the one table of signature condition fields ("Require: line
 * /regex/": line is the field) and of condition kinds.  The .sig parser,
 * lint, the matcher, the prefilter and the database all go through it;
 * the database records the field set (kt_field_set()) and refuses to load
 * under a ktriage whose set differs.
 *
 * The table is constant data: safe to use from any thread.
 *
 * How to add a signature condition field
 * --------------------------------------
 * 1. In sigfield.c, a row in kt_fields[] (the order of the rows is the
 *    order of messages): the name used in .sig files; KT_FIELD_TEXT when
 *    it is free text (lines, function names) rather than a short word
 *    such as an arch (then a Require on it supplies prefilter literals,
 *    and its values join the prefilter text through the same accessor);
 *    and how to read it from a struct kt_report: KT_REPORT_STR(member)
 *    for a string member, or an each() function for several values.
 * 2. Document it in the Matching section of man/ktriage-signature.5.
 * 3. Use it in a test: tests/t2000-signatures.sh.
 * Nothing else changes: the parser, lint, matcher, prefilter and database
 * read the table, and the field set stored in every compiled database
 * changes with it, so a database compiled before is refused (recompile).
 */
#ifndef KT_SIGFIELD_H
#define KT_SIGFIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "ktriage.h"
#include "strbuf.h"

enum kt_cond_kind { KT_COND_REQUIRE, KT_COND_SUPPORT, KT_COND_REJECT, KT_COND_NKINDS };

/* A value of a field; non-zero stops the walk and is returned by it. */
typedef int (*kt_field_value_fn)(const char *value, void *arg);

#define KT_FIELD_TEXT 1u	/* free text: prefilter literals come from it */
#define KT_FIELD_UNION 2u	/* its values are those of other text fields
				 * (log = line + context): not scanned twice */
#define KT_FIELD_FACT 4u	/* one fact the report may not state (no MMU line):
				 * no value means unknown, not "none" */
#define KT_FIELD_SPECIFIC 8u	/* a condition holding on it corroborates a
				 * symptom (frame, guilty, context) */
#define KT_FIELD_ARCH 16u	/* the arch: corroborates together with ... */
#define KT_FIELD_MACHINE 32u	/* ... a condition on mmu or platform */

struct kt_field_def {
	const char *name;
	unsigned flags;
	/* the value of a single string member of struct kt_report (when each is NULL) */
	size_t str_off;
	/* or: call fn with each value (absent values are skipped) */
	int (*each)(const struct kt_report *r, kt_field_value_fn fn, void *arg);
};

#define KT_REPORT_STR(member) .str_off = offsetof(struct kt_report, member)

/* A field is known by its index in kt_fields[] (struct kt_cond.field). */
extern const struct kt_field_def kt_fields[];
extern const unsigned kt_nfields;

const char *kt_field_name(unsigned f);
/* The field called name[0..len); -1 when there is none. */
int kt_field_lookup(const char *name, size_t len, unsigned *f);
/* Call fn with each value of field f of r; returns what stopped the walk, or 0.
 * Function names (frame, guilty) come with compiler suffixes folded. */
int kt_field_each(unsigned f, const struct kt_report *r, kt_field_value_fn fn, void *arg);
/* Does r have at least one value of field f? */
bool kt_field_known(unsigned f, const struct kt_report *r);
/* The length of fn without the compiler's clone suffixes (.part.N, .isra.N,
 * .constprop.N, .cold[.N], .llvm.N, in any combination); the whole length
 * when what follows the name is anything else. */
size_t kt_function_name_len(const char *fn);
/* Append the names of the fields having every flag of flags, as "a, b or c". */
void kt_field_list(struct strbuf *sb, unsigned flags);
/* The field set as stored in a database's meta: "line,title,...". */
void kt_field_set(struct strbuf *sb);

/* "Require", "Support", "Reject" (in .sig files and output) */
const char *kt_cond_kind_name(enum kt_cond_kind k);
/* "require", "support", "reject" (in the database) */
const char *kt_cond_kind_dbname(enum kt_cond_kind k);
/* The kind stored as s in a database; -1 when there is none. */
int kt_cond_kind_from_dbname(const char *s, enum kt_cond_kind *k);

#endif
