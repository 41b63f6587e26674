#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# signatures/README.md is generated from the .sig files (tools/sig-table,
# "make signatures-readme"): the committed table must be the current one,
# so that the gaps it shows (logs, look-alikes, unverified facts) are true.
. "$SRCDIR/tests/lib.sh"
python3 "$SRCDIR/tools/sig-table" "$SRCDIR/signatures" >"$TMP/readme"
if cmp -s "$TMP/readme" "$SRCDIR/signatures/README.md"; then
	ok "signatures/README.md is current ($(grep -c '^| [a-z0-9-]* | [0-9]' "$TMP/readme") signatures)"
else
	not_ok "signatures/README.md is stale: run make signatures-readme"
	diff -u "$SRCDIR/signatures/README.md" "$TMP/readme" | head -20 | sed 's/^/# /'
fi
n=$(ls "$SRCDIR"/signatures/*.sig | wc -l)
check "the table has one row per .sig file ($n)" [ "$(grep -c '^| [a-z0-9-]* | [0-9]' "$TMP/readme")" -eq "$n" ]
done_testing
