#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The man page is clean under mandoc -T lint and documents every option of --help.
. "$SRCDIR/tests/lib.sh"
MAN="$SRCDIR/man/ktriage.1"
if command -v mandoc >/dev/null 2>&1; then
	for m in "$MAN" "$SRCDIR"/man/ktriage-*.[15]; do
		check "mandoc -T lint is clean: ${m##*/}" sh -c "mandoc -T lint -W warning '$m' >'$TMP/lint' 2>&1; [ ! -s '$TMP/lint' ]"
		sed 's/^/# /' "$TMP/lint"
	done
else
	ok "# SKIP mandoc not installed"
fi
{ "$KTRIAGE" scan --help; "$KTRIAGE" signatures --help; } >"$TMP/help"
for o in $(grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u); do
	name=${o#--}
	check "man page documents $o" grep -q "^\.It Fl \\\\-$name\\b\\|Fl \\\\-$name" "$MAN"
done
for f in $("$KTRIAGE" scan --list-formats); do
	check "man page documents format $f" grep -q "^\.It Cm $f\$" "$MAN"
done
for key in id version confidence evidence why introduced_by fixed_by fixed_in workaround links error commit subject verified fix_expected; do
	check "man page documents match key $key" grep -qE "^\\.(It )?Cm (.* )?$key( |\$)" "$MAN"
done
for key in source index first_line last_line kind title arch release hardware mmu cpu pid comm taint \
	fault_address access pc frames modules truncated corrupted fingerprint matches; do
	check "man page documents JSON key $key" grep -q "^\.It Cm $key\$" "$MAN"
done
done_testing
