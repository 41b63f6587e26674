#!/bin/sh
# Command-line conventions (issue 15): bundled short options, each command's
# own --help, "did you mean", grep-like -q/-l/-c, --unknown-only, the raw
# extract, file:line locations, printk times, the progress line.
. "$SRCDIR/tests/lib.sh"
S="$DATA/seeds"
SEED="$S/001_6f164741997502bb.txt"

# --- bundled short options, as getopt takes them ---
mkdir -p "$TMP/d"
cp "$SEED" "$S/002_5d49e262595e473a.txt" "$TMP/d/"
kt scan -r -v --color=never "$TMP/d"
cp "$TMP/out" "$TMP/separate"
kt scan -rv --color=never "$TMP/d"
check "-rv is -r -v" sh -c "[ $rc = 1 ] && cmp -s '$TMP/out' '$TMP/separate'"
kt scan -rj1 -fjson "$TMP/d"
check "-rj1 -fjson: a bundle ends with an option's value" [ "$rc/$(wc -l <"$TMP/out")/$(json_get "$TMP/out" 0 kind)" = 1/2/bug ]
kt scan -rfjson "$TMP/d"
check "-rfjson: the value is the rest of the bundle" [ "$(json_get "$TMP/out" 1 kind)" = oops ]
kt scan -rj "$TMP/d"
check "-rj with the value in the next argument" sh -c "[ $rc = 2 ] && grep -q \"expects a non-negative number\" '$TMP/err'"
kt scan -rx "$TMP/d"
check "an unknown option in a bundle: exit 2, named" sh -c "[ $rc = 2 ] && grep -q \"unknown option '-x'\" '$TMP/err'"

# --- each command's own --help ---
kt explain --help
check "explain --help is explain's" sh -c "[ $rc = 0 ] && head -n 1 '$TMP/out' | grep -q '^usage: ktriage explain ID'"
for sub in compile lint list show publish; do
	kt signatures "$sub" --help
	check "signatures $sub --help is $sub's" sh -c "[ $rc = 0 ] && head -n 1 '$TMP/out' | grep -q '^usage: ktriage signatures $sub' && [ \$(grep -c 'ktriage signatures' '$TMP/out') = 1 ]"
done
kt --help
check "ktriage --help shows scan's options" sh -c "grep -q -- '--format FORMAT' '$TMP/out' && grep -q -- '--recursive' '$TMP/out' && grep -q -- '--max-reports' '$TMP/out'"

# --- did you mean ---
kt sigantures
check "a mistyped command: exit 2, did you mean" sh -c "[ $rc = 2 ] && grep -q \"^ktriage: 'sigantures' is not a command or a file; did you mean 'signatures'?\" '$TMP/err'"
cp "$SEED" "$TMP/scna"
(cd "$TMP" && rc=0 && "$KTRIAGE" scna >out2 2>err2 || rc=$?; echo $rc >rc2)
check "an existing file named like a typo is still scanned" sh -c "[ \$(cat '$TMP/rc2') = 1 ] && grep -q 'kernel BUG' '$TMP/out2'"
kt nosuchfile.log
check "a missing file far from any command: the usual error" sh -c "[ $rc = 2 ] && grep -q 'nosuchfile.log: cannot open' '$TMP/err'"
kt explain ppc-hash-lpar-hprotect-rodatta
check "a mistyped signature id: did you mean" sh -c "[ $rc = 2 ] && grep -q \"did you mean 'ppc-hash-lpar-hprotect-rodata'?\" '$TMP/err'"
kt signatures show hprotect
check "part of a signature id: did you mean" grep -q "did you mean 'ppc-hash-lpar-hprotect-rodata'?" "$TMP/err"
kt signatures lsit
check "a mistyped signatures subcommand: did you mean" sh -c "[ $rc = 2 ] && grep -q \"did you mean 'list'?\" '$TMP/err'"
done_testing
