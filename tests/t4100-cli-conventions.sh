#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
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

# --- grep-like -q, -l, -c and --unknown-only ---
UNK="$DATA/unknown-crash.log"
CLEAN="$DATA/corpus/clean/lkp-acpi-rsdp-boot-fragment.log"
kt scan -q "$SEED" "$UNK"
check "-q: nothing on stdout, exit 3 for an unknown crash" [ "$rc/$(wc -c <"$TMP/out")" = 3/0 ]
kt scan -q "$SEED"
check "-q: exit 1 when every report is known" [ "$rc/$(wc -c <"$TMP/out")" = 1/0 ]
kt scan -q "$CLEAN"
check "-q: exit 0 without a report" [ "$rc/$(wc -c <"$TMP/out")" = 0/0 ]
kt scan -l "$SEED" "$CLEAN" "$UNK"
check "-l: the names of the inputs with a report" [ "$(cat "$TMP/out")" = "$(printf '%s\n%s' "$SEED" "$UNK")" ]
kt scan -c "$SEED" "$CLEAN"
check "-c: name:count per input" [ "$(cat "$TMP/out")" = "$(printf '%s:1\n%s:0' "$SEED" "$CLEAN")" ]
kt scan -lc "$SEED"
check "-l with -c: usage error" [ "$rc" = 2 ]
kt scan --unknown-only -f json "$SEED" "$UNK"
check "--unknown-only: only the unknown crash is shown, exit 3" [ "$rc/$(wc -l <"$TMP/out")/$(json_get "$TMP/out" 0 source)" = "3/1/$UNK" ]
kt scan --unknown-only -l "$SEED" "$UNK"
check "--unknown-only -l: the inputs with an unknown crash" [ "$(cat "$TMP/out")" = "$UNK" ]

# --- raw extract: the report's lines as read ---
kt scan -f raw "$SEED"
sed -n '94p;130p' "$SEED" >"$TMP/want"
check "raw: starts with the report's first line as in the log, timestamp intact" [ "$rc/$(head -n 1 "$TMP/out")" = "1/$(head -n 1 "$TMP/want")" ]
check "raw: ends with the report's last line, then a blank line" [ "$(tail -n 2 "$TMP/out" | head -n 1)" = "$(tail -n 1 "$TMP/want")" ]
check "raw: only lines of the log (each one is in it)" sh -c "grep -v '^\$' '$TMP/out' | while IFS= read -r l; do grep -qxF -- \"\$l\" '$SEED' || exit 1; done"
printf '<4>[ 1.000000] ignore me\n' >"$TMP/esc.log"
printf '\033[31m[   12.000001] BUG: unable to handle page fault for address: 0000000000001234\033[0m\n' >>"$TMP/esc.log"
tail -n +2 "$UNK" >>"$TMP/esc.log"
kt scan -f raw "$TMP/esc.log"
check "raw: escape sequences are dropped, the rest kept" sh -c "! grep -q \"\$(printf '\\033')\" '$TMP/out' && head -n 1 '$TMP/out' | grep -q '^\[   12.000001\] BUG: unable'"
printf 'Dec 17 12:01:07 host kernel: ' >"$TMP/pfx"
sed "s/^/$(cat "$TMP/pfx")/" "$UNK" >"$TMP/syslog.log"
kt scan -f raw "$TMP/syslog.log"
check "raw: syslog prefixes kept" [ "$(head -n 1 "$TMP/out")" = "$(head -n 1 "$TMP/syslog.log")" ]

# --- locations and printk times ---
kt scan --color=never "$SEED"
check "text: the location is file:line: as compilers print it" [ "$(head -n 1 "$TMP/out")" = "$SEED:94: kernel BUG in assert_pte_locked" ]
check "text: the line range and the printk time" grep -qxF "    lines 94-130, printk time [    0.208320]" "$TMP/out"
kt scan -f json "$SEED"
check "json: time" [ "$(json_get "$TMP/out" 0 time)" = 0.20832 ]
kt scan -f markdown "$SEED"
check "markdown: printk time row" grep -q '^| printk time | `\[    0.208320\]` |' "$TMP/out"
kt scan -f junit "$SEED"
check "junit: printk time among the facts" grep -q 'printk time: 0.208320' "$TMP/out"
kt scan -f kcidb "$SEED"
check "kcidb: time in the evidence" grep -q '"time": *0.20832' "$TMP/out"
kt scan -f tsv "$SEED"
check "tsv: time in the last field" [ "$(cut -f 7 "$TMP/out")" = 0.208320 ]

# --- unknown crashes grouped by fingerprint in the multi-file summary ---
mkdir -p "$TMP/unk"
for i in 1 2 3; do cp "$UNK" "$TMP/unk/u$i.log"; done
cp "$SEED" "$TMP/unk/seed.log"
fp=$("$KTRIAGE" scan -f json "$UNK" | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["fingerprint"])')
kt scan -r --color=never "$TMP/unk"
check "text summary: one line for the three copies of an unknown crash" \
	grep -qxF "  $fp     3  BUG: unable to handle kernel paging request in ktriage_test_only_function (first at $TMP/unk/u1.log:1)" "$TMP/out"
check "text summary: the tally still ends the output" sh -c "tail -n 2 '$TMP/out' | head -n 1 | grep -q '^4 logs read, 4 crash reports: 1 known, 3 unknown'"
kt scan -r -f json "$TMP/unk"
check "json summary: unknown crashes by fingerprint" grep -q "unknown crashes by fingerprint: $fp (3)" "$TMP/err"
kt scan -r -f markdown "$TMP/unk"
check "markdown summary: unknown crashes by fingerprint" grep -q "^- \`$fp\` (3): " "$TMP/out"

# --- the progress line (KTRIAGE_PROGRESS=1 draws it whatever stderr is) ---
rc=0; KTRIAGE_PROGRESS=1 "$KTRIAGE" scan -r -j1 "$TMP/unk" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "progress: a self-overwriting line on stderr, erased at the end" sh -c "
	grep -q 'ktriage: scanning: [0-9]* of 4 logs, [0-9]* crash reports' '$TMP/err' &&
	[ \"\$(tail -c 4 '$TMP/err' | od -An -c | tr -d ' ')\" = '\\r033[K' ]"
check "progress: standard output is untouched" sh -c "[ $rc = 3 ] && ! grep -q scanning '$TMP/out'"
kt scan -r -j1 "$TMP/unk"
check "progress: none when stderr is not a terminal" sh -c "! grep -q scanning '$TMP/err'"
if command -v script >/dev/null 2>&1; then
	# stderr a terminal, stdout a file, a short scan: no line before the first second
	script -qec "'$KTRIAGE' scan -r '$TMP/unk' >'$TMP/out'" /dev/null >"$TMP/tty" 2>&1 || true
	check "progress: not for a scan shorter than a second" sh -c "! grep -q scanning '$TMP/tty' && grep -q 'logs read' '$TMP/out'"
	# a log that arrives slowly through a FIFO: the scan outlasts a second
	mkfifo "$TMP/slow"
	(cat "$UNK"; sleep 2) >"$TMP/slow" &
	script -qec "'$KTRIAGE' scan '$TMP/slow' >'$TMP/out'" /dev/null >"$TMP/tty" 2>&1 || true
	wait
	check "progress: drawn on a terminal for a scan longer than a second, then erased" sh -c "
		grep -q 'ktriage: scanning: 0 of 1 logs, [0-9]* crash reports, [0-9]* s' '$TMP/tty' &&
		[ \"\$(tail -c 4 '$TMP/tty' | od -An -c | tr -d ' ')\" = '\\r033[K' ] &&
		grep -q 'ktriage_test_only_function' '$TMP/out'"
else
	ok "# SKIP script (util-linux) not installed"
	ok "# SKIP script (util-linux) not installed"
fi
done_testing
