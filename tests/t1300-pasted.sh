#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Pasted logs: a prefix that a logger or CI tool puts on every line of a
# block is stripped whatever the tool.  Every seed, with each kind of
# prefix on every line, must give the same reports (all but the source
# label) as the seed itself.  Real logs with such prefixes are in the corpus
# (corpus/x86/docker-for-win-*) and their goldens.
. "$SRCDIR/tests/lib.sh"
for seed in "$DATA"/seeds/*.txt; do
	name=${seed##*/}
	"$KTRIAGE" scan -f json "$seed" >"$TMP/plain" 2>/dev/null
	for prefix in '[16:39:53.644][Moby           ][Info   ] ' 'kernel-1  | ' '[2026-12-02 08:00:01][serial][INFO] '; do
		# digits vary from line to line, as a logger's clock does
		awk -v p="$prefix" '{ q = p; gsub(/[0-9]/, NR % 10, q); print q $0 }' "$seed" >"$TMP/pasted"
		"$KTRIAGE" scan -f json "$TMP/pasted" >"$TMP/got" 2>/dev/null
		check "$name with '$prefix' on every line: the same reports" same_reports "$TMP/plain" "$TMP/got"
	done
done
done_testing
