#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# ktriage bisect: "bisect run" speaks git bisect run's exit codes (0 good,
# 1 bad, 125 skip, 128 abort; never 126/127) and drives a real bisection in a
# throwaway git repository; "bisect annotate" names the known bug a bisect
# log's first bad commit introduced.
. "$SRCDIR/tests/lib.sh"
B="$DATA/bisect"
SEED="$DATA/seeds/001_6f164741997502bb.txt"
SIG=ppc-radix-codepatch-tempmm-assert-pte-locked
CLEAN="$B/clean-boot.log"
STALLED="$B/stalled-boot.log"
OTHER="$DATA/corpus/x86/lkp-gpf-find-busiest-group-two-cpus.log"	# no signature matches it
KNOWN_OTHER="$DATA/seeds/002_5d49e262595e473a.txt"			# matches another signature
codes=""
# br ARGS...: ktriage bisect run; status in $rc, passed-through output in $TMP/out,
# the verdict in $TMP/err; every status is kept in $codes
br() { kt bisect run "$@"; codes="$codes $rc"; }
verdict() { grep -q "^ktriage bisect: $1" "$TMP/err"; }
# gone PID: the process ended (a zombie counts: init may be slow to reap orphans)
gone() { ! kill -0 "$1" 2>/dev/null || case $(ps -o stat= -p "$1" 2>/dev/null) in Z*) true ;; *) false ;; esac; }

# --- bisect run: bad (1) ---
br --signature "$SIG" -- cat "$SEED"
check "run: the target crash is bad (1)" [ "$rc" = 1 ]
check "run: verdict names the signature and the line" verdict "bad: $SIG at line 94: kernel BUG in assert_pte_locked\$"
check "run: the verdict is the only line on stderr" [ "$(wc -l <"$TMP/err")" = 1 ]
check "run: the output is passed through unchanged" cmp -s "$TMP/out" "$SEED"
br -s "$SIG" cat "$SEED"
check "run: short option, no '--': bad (1)" [ "$rc" = 1 ]
br --known -- cat "$SEED"
check "run: --known: a known crash is bad (1)" [ "$rc" = 1 ]
check "run: --known: verdict names the signature" verdict "bad: $SIG at line 94"
br --known -- cat "$KNOWN_OTHER"
check "run: --known: any signature counts (1)" [ "$rc" = 1 ]
br --any-crash -- cat "$OTHER"
check "run: --any-crash: an unknown crash is bad (1)" sh -c "[ $rc = 1 ] && grep -q '^ktriage bisect: bad: crash at line 4: general protection fault in find_busiest_group' '$TMP/err'"
br -- cat "$OTHER"
check "run: --any-crash is the default" [ "$rc" = 1 ]
br --signature "$SIG" -- sh -c "cat '$SEED'; exit 3"
check "run: the command's own failure status does not matter (1)" [ "$rc" = 1 ]

# --- good (0) ---
br --signature "$SIG" -- cat "$CLEAN"
check "run: a clean boot that reaches user space is good (0)" [ "$rc" = 0 ]
check "run: verdict names the marker and its line" verdict 'good: reached "Run /init as init process" at line 256, no target crash$'
check "run: the firmware's 'Welcome to Open Firmware' is not the marker" sh -c "! grep -q 'Open Firmware' '$TMP/err'"
br -s "$SIG" -- sh -c "printf 'Welcome to \\033[1mDebian GNU/Linux 12 (bookworm)\\033[0m!\\r\\n'"
check "run: systemd's greeting is a marker (0)" [ "$rc" = 0 ]
br -s "$SIG" -- sh -c "printf 'debian login: '"
check "run: a login prompt without a newline is a marker (0)" [ "$rc" = 0 ]
br -s "$SIG" --expect 'ktriage-boot: done' -- cat "$CLEAN"
check "run: --expect REGEX (0)" sh -c "[ $rc = 0 ] && grep -q 'reached \"ktriage-boot: done\" at line 258' '$TMP/err'"
br -s "$SIG" --expect 'never printed' -- cat "$CLEAN"
check "run: --expect not reached: skip (125)" [ "$rc" = 125 ]
br -s "$SIG" -- sh -c "cat '$CLEAN' '$OTHER'"
check "run: another crash after the marker does not hide the target (0)" \
	sh -c "[ $rc = 0 ] && grep -q '1 other crash report, first at line 263' '$TMP/err'"

# --- skip (125) ---
br -s "$SIG" -- sh -c 'exit 125'
check "run: the command exits 125: skip (125)" sh -c "[ $rc = 125 ] && grep -q 'command exited 125' '$TMP/err'"
br -s "$SIG" -- sh -c "cat '$SEED'; exit 125"
check "run: 125 from the command wins over the console (125)" [ "$rc" = 125 ]
br -s "$SIG" -- cat "$STALLED"
check "run: no crash, no marker: inconclusive (125)" sh -c "[ $rc = 125 ] && grep -q '^ktriage bisect: skip: inconclusive: .* in 254 lines (command exited 0)' '$TMP/err'"
br -s "$SIG" -- cat "$OTHER"
check "run: another crash hides the target: skip (125)" \
	sh -c "[ $rc = 125 ] && grep -q '^ktriage bisect: skip: other crash at line 4: general protection fault in find_busiest_group hides the target' '$TMP/err'"
br -s "$SIG" --skip-on-other-crash -- cat "$OTHER"
check "run: --skip-on-other-crash (125)" [ "$rc" = 125 ]
br -s "$SIG" -- cat "$KNOWN_OTHER"
check "run: another known crash hides the target, named (125)" \
	sh -c "[ $rc = 125 ] && grep -q '(kvm-ppc-hv-hpt-resize-revmap) hides the target' '$TMP/err'"
br --known -- cat "$OTHER"
check "run: --known: an unknown crash hides the target (125)" [ "$rc" = 125 ]
br -s "$SIG" --bad-on-other-crash -- cat "$OTHER"
check "run: --bad-on-other-crash: bad (1)" sh -c "[ $rc = 1 ] && grep -q '(--bad-on-other-crash)' '$TMP/err'"
br -s "$SIG" -- sh -c 'exit 127'
check "run: the command exits 127: skip, not 127 (125)" [ "$rc" = 125 ]
br -s "$SIG" -- sh -c 'exit 126'
check "run: the command exits 126: skip, not 126 (125)" [ "$rc" = 125 ]
br -s "$SIG" -- sh -c 'no-such-command-in-the-script'
check "run: a command missing inside the user's shell: skip (125)" [ "$rc" = 125 ]

# --- timeout: the process group is killed ---
start=$(date +%s)
br -s "$SIG" --timeout 1 -- sh -c "cat '$STALLED'; sleep 60 & echo \$! >'$TMP/sleeper'; wait"
end=$(date +%s)
check "run: --timeout expires: skip (125)" sh -c "[ $rc = 125 ] && grep -q '^ktriage bisect: skip: timed out after 1 s' '$TMP/err'"
check "run: --timeout returns promptly" [ $((end - start)) -lt 15 ]
check "run: --timeout kills the whole process group" gone "$(cat "$TMP/sleeper")"
br -s "$SIG" --timeout 1 -- sh -c "cat '$SEED'; exec sleep 60"
check "run: a crash, then a hang until --timeout: bad (1)" [ "$rc" = 1 ]
br -s "$SIG" --timeout 1 -- sh -c "cat '$CLEAN'; printf 'debian login: '; exec sleep 60"
check "run: the marker, then waiting at the login prompt until --timeout: good (0)" \
	sh -c "[ $rc = 0 ] && grep -q 'then timed out after 1 s' '$TMP/err'"
br -s "$SIG" --timeout 0.5s -- true
check "run: --timeout takes suffixes and fractions" [ "$rc" = 125 ]
br -s "$SIG" -- sh -c "cat '$CLEAN'; (sleep 60; echo late) & echo \$! >'$TMP/leftover'"
check "run: processes the command leaves behind are killed" \
	sh -c "[ $rc = 0 ] && grep -q 'they were killed' '$TMP/err'"
check "run: ... and are gone" gone "$(cat "$TMP/leftover")"

# --- abort (128): ktriage cannot run the command or was used wrongly ---
br -s "$SIG" -- ./no-such-boot-test.sh
check "run: command not found: abort (128)" sh -c "[ $rc = 128 ] && grep -q \"^ktriage bisect: abort: cannot run './no-such-boot-test.sh': No such file or directory\" '$TMP/err'"
printf '#!/bin/sh\necho hi\n' >"$TMP/not-executable.sh"
chmod 644 "$TMP/not-executable.sh"
br -s "$SIG" -- "$TMP/not-executable.sh"
check "run: command not executable: abort (128)" sh -c "[ $rc = 128 ] && grep -q 'Permission denied' '$TMP/err'"
br -s "$SIG" -- "$TMP"
check "run: command is a directory: abort (128)" [ "$rc" = 128 ]
printf '#!/no/such/interpreter\n' >"$TMP/bad-interp.sh"
chmod 755 "$TMP/bad-interp.sh"
br -s "$SIG" -- "$TMP/bad-interp.sh"
check "run: missing interpreter: abort (128)" [ "$rc" = 128 ]
br -s "$SIG"
check "run: no command: abort (128)" [ "$rc" = 128 ]
br --bogus -- true
check "run: unknown option: abort (128), not 2" sh -c "[ $rc = 128 ] && grep -q \"unknown option '--bogus'\" '$TMP/err'"
br --signature
check "run: option without its value: abort (128)" [ "$rc" = 128 ]
br --signature no-such-signature -- true
check "run: unknown signature: abort (128)" sh -c "[ $rc = 128 ] && grep -q \"no signature 'no-such-signature'\" '$TMP/err'"
br --known --any-crash -- true
check "run: --known with --any-crash: abort (128)" [ "$rc" = 128 ]
br --signature "$SIG" --known -- true
check "run: --signature with --known: abort (128)" [ "$rc" = 128 ]
br --skip-on-other-crash --bad-on-other-crash -- true
check "run: --skip- with --bad-on-other-crash: abort (128)" [ "$rc" = 128 ]
br --expect '(' -- true
check "run: bad --expect regex: abort (128)" [ "$rc" = 128 ]
br --timeout soon -- true
check "run: bad --timeout: abort (128)" [ "$rc" = 128 ]
br --db "$TMP/no-such.db" -- true
check "run: missing database: abort (128)" [ "$rc" = 128 ]
"$KTRIAGE" bisect run -s "$SIG" -- sh -c 'echo $$ >"$1"; exec sleep 60' sh "$TMP/victim" >/dev/null 2>"$TMP/err" &
pid=$!
i=0
while [ ! -s "$TMP/victim" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
codes="$codes $rc"
check "run: SIGTERM to ktriage: abort (128)" sh -c "[ $rc = 128 ] && grep -q 'interrupted' '$TMP/err'"
check "run: ... and the command is killed" gone "$(cat "$TMP/victim")"
kt bisect run --help
check "run: --help exits 0 and lists the options" sh -c "[ $rc = 0 ] && grep -q -- '--bad-on-other-crash' '$TMP/out'"

# --- output handling ---
rc=$( { "$KTRIAGE" bisect run -s "$SIG" -- cat "$SEED" 2>"$TMP/err"; echo $? >"$TMP/rc"; } | head -n 1 >/dev/null; cat "$TMP/rc")
codes="$codes $rc"
check "run: standard output closed early: the verdict still stands (1)" [ "$rc" = 1 ]
rc=0
"$KTRIAGE" bisect run -s "$SIG" -- printf 'Run /init as init process' >"$TMP/both" 2>&1 || rc=$?
codes="$codes $rc"
check "run: output without a final newline: the verdict still starts a line" \
	sh -c "[ $rc = 0 ] && [ \"\$(tail -n 1 '$TMP/both')\" = 'ktriage bisect: good: reached \"Run /init as init process\" at line 1, no target crash' ]"
# 40 MB of console before the crash: the scanner reads it as it comes
python3 -c '
import sys
line = b"[    0.100000] random: fast init of a very chatty driver, nothing to see here\n"
out = sys.stdout.buffer
for _ in range(40 * 1024 * 1024 // len(line)):
    out.write(line)
' >"$TMP/big.log"
cat "$SEED" >>"$TMP/big.log"
if [ -x /usr/bin/time ]; then
	rc=0
	/usr/bin/time -f '%M' -o "$TMP/rss" "$KTRIAGE" bisect run -s "$SIG" -- cat "$TMP/big.log" >/dev/null 2>"$TMP/err" || rc=$?
	codes="$codes $rc"
	check "run: 40 MB of console, then the crash: bad (1)" [ "$rc" = 1 ]
	if [ -n "${KTRIAGE_SANITIZED:-}" ]; then
		ok "# SKIP memory use under AddressSanitizer is not representative"
	else
		check "run: memory stays bounded on 40 MB of output (< 32 MiB, got $(tail -n 1 "$TMP/rss") KiB)" \
			[ "$(tail -n 1 "$TMP/rss")" -lt 32768 ]
	fi
else
	br -s "$SIG" -- cat "$TMP/big.log"
	check "run: 40 MB of console, then the crash: bad (1)" [ "$rc" = 1 ]
	ok "# SKIP /usr/bin/time not installed"
fi
rm -f "$TMP/big.log"

# --- a real bisection: git bisect run drives ktriage bisect run ---
if command -v git >/dev/null 2>&1; then
	R="$TMP/repo"
	mkdir -p "$R"
	export GIT_AUTHOR_NAME=ktriage GIT_AUTHOR_EMAIL=ktriage@example.org
	export GIT_COMMITTER_NAME=ktriage GIT_COMMITTER_EMAIL=ktriage@example.org
	export GIT_AUTHOR_DATE=2026-11-21T12:00:00Z GIT_COMMITTER_DATE=2026-11-21T12:00:00Z
	export GIT_CONFIG_NOSYSTEM=1 KT_LOGS="$TMP/logs"
	mkdir -p "$KT_LOGS"
	cp "$CLEAN" "$KT_LOGS/clean.log"
	cp "$SEED" "$KT_LOGS/crash.log"
	cp "$OTHER" "$KT_LOGS/other.log"
	(
		cd "$R" || exit 1
		git init -q . && git config commit.gpgsign false || exit 1
		cat >boot-test.sh <<'EOF'
#!/bin/sh
# "Boot" the kernel of this commit: replay the console it would print.
cat "$KT_LOGS/$(cat mode).log"
EOF
		chmod +x boot-test.sh
		n=0
		for m in clean clean crash other crash crash crash; do
			n=$((n + 1))
			echo "$m" >mode
			echo "$n" >step
			subject="step $n: $m"
			[ $n = 3 ] && subject="powerpc/code-patching: Use temporary mm for Radix MMU"
			git add mode step boot-test.sh && git commit -q -m "$subject" || exit 1
		done
	) >"$TMP/git.log" 2>&1
	check "repo: seven commits" [ "$(git -C "$R" rev-list --count HEAD 2>/dev/null)" = 7 ]
	first_good=$(git -C "$R" rev-list --reverse HEAD | sed -n 1p)
	culprit=$(git -C "$R" rev-list --reverse HEAD | sed -n 3p)
	other=$(git -C "$R" rev-list --reverse HEAD | sed -n 4p)
	rc=0
	(cd "$R" && git bisect start HEAD "$first_good" &&
		git bisect run "$KTRIAGE" bisect run --signature "$SIG" -- ./boot-test.sh) >"$TMP/bisect.out" 2>&1 || rc=$?
	check "repo: git bisect run finishes" [ "$rc" = 0 ]
	check "repo: refs/bisect/bad is the commit that introduced the crash" \
		[ "$(git -C "$R" rev-parse refs/bisect/bad 2>/dev/null)" = "$culprit" ]
	git -C "$R" bisect log >"$TMP/repo-bisect.log" 2>&1
	check "repo: git bisect log names it the first bad commit" grep -q "^# first bad commit: \\[$culprit\\]" "$TMP/repo-bisect.log"
	check "repo: no commit was marked bad by accident (good ones are good)" \
		sh -c "! grep -q '^git bisect bad $first_good' '$TMP/repo-bisect.log'"
	check "repo: the commit whose crash hides the target was skipped" grep -q "^git bisect skip $other" "$TMP/repo-bisect.log"
	check "repo: each step printed a verdict" grep -q '^ktriage bisect: bad:' "$TMP/bisect.out"
	# annotate: the culprit of this repository is not a known commit ...
	kt bisect annotate "$TMP/repo-bisect.log"
	check "annotate: an unknown first bad commit: exit 3" [ "$rc" = 3 ]
	check "annotate: says the first bad commit is unknown" \
		sh -c "grep -q '^first bad commit: $culprit (\"powerpc/code-patching: Use temporary mm for Radix MMU\")' '$TMP/out' && grep -q '^  unknown: not an Introduced-By commit' '$TMP/out'"
	# ... until a database says that it introduced the bug
	mkdir -p "$TMP/sigs"
	sed "s/^Introduced-By: c28c15b6d28a776538482101522cbcd9f906b15c/Introduced-By: $culprit/" \
		"$SRCDIR/signatures/$SIG.sig" >"$TMP/sigs/$SIG.sig"
	"$KTRIAGE" signatures compile "$TMP/sigs" -o "$TMP/repo.db" >/dev/null 2>&1
	kt bisect annotate --db "$TMP/repo.db" --log "$KT_LOGS/crash.log" "$TMP/repo-bisect.log"
	check "annotate --db: the first bad commit is the known one: exit 0" [ "$rc" = 0 ]
	check "annotate --db --log: the console's crash is that bug" grep -q "the crash matches $SIG, the one the first bad commit $(echo "$culprit" | cut -c1-12) introduced" "$TMP/out"
	(cd "$R" && git bisect reset -q) >/dev/null 2>&1
	tip=$(git -C "$R" rev-parse HEAD)
	rc=0
	(cd "$R" && git bisect start HEAD "$first_good" &&
		git bisect run "$KTRIAGE" bisect run --signature "$SIG" -- ./no-such-boot-test.sh) >"$TMP/bisect.out" 2>&1 || rc=$?
	check "repo: a missing boot test aborts git bisect run" sh -c "[ $rc != 0 ] && grep -q 'exit code 128' '$TMP/bisect.out'"
	git -C "$R" bisect log >"$TMP/repo-bisect.log" 2>&1
	check "repo: ... without marking any commit bad" \
		sh -c "[ \"\$(git -C '$R' rev-parse refs/bisect/bad)\" = '$tip' ] && ! grep -q '^git bisect bad' '$TMP/repo-bisect.log'"
	(cd "$R" && git bisect reset -q) >/dev/null 2>&1
else
	ok "# SKIP git not installed"
fi

# --- every status bisect run returned is one git bisect run expects ---
bad_codes=""
for c in $codes; do
	case $c in 0|1|125|128) ;; *) bad_codes="$bad_codes $c" ;; esac
done
check "run: only 0, 1, 125 and 128 came out (never 126/127):$bad_codes" [ -z "$bad_codes" ]

# --- bisect annotate on the bisect log of seed 001 ---
kt bisect annotate "$SEED"
check "annotate seed 001: exit 0 (known introducing commit)" [ "$rc" = 0 ]
check "annotate seed 001: first bad commit c28c15b6d28a" grep -q '^first bad commit: c28c15b6d28a776538482101522cbcd9f906b15c ("powerpc/code-patching: Use temporary mm for Radix MMU")' "$TMP/out"
check "annotate seed 001: names the signature" grep -q "^  known: it introduced $SIG\$" "$TMP/out"
check "annotate seed 001: names the fix 980411a4d1bb with its subject" grep -q '^    fixed by: *980411a4d1bb925d28cd9e8d8301dc982ece788d ("powerpc/code-patching: Fix oops with DEBUG_VM enabled")' "$TMP/out"
check "annotate seed 001: Fixed-In and workaround" sh -c "grep -qx '    fixed in: *v6.2' '$TMP/out' && grep -q '^    workaround: *build with CONFIG_DEBUG_VM=n' '$TMP/out'"
check "annotate seed 001: counts the commits" grep -q ': git bisect log, 14 commits: 6 bad, 8 good, 0 skipped$' "$TMP/out"
kt bisect annotate --log "$SEED" "$SEED"
check "annotate --log: the console's crash matches the signature" \
	sh -c "[ $rc = 0 ] && grep -q '^  line 94: kernel BUG in assert_pte_locked: matches $SIG (high confidence)' '$TMP/out' && grep -q '^  the crash matches $SIG, the one the first bad commit c28c15b6d28a introduced' '$TMP/out'"
kt bisect annotate --log "$OTHER" "$SEED"
check "annotate --log: a console with another crash says so (still exit 0)" \
	sh -c "[ $rc = 0 ] && grep -q '^  no crash in it matches $SIG' '$TMP/out'"
kt bisect annotate --log "$KNOWN_OTHER" "$DATA/bisect/001-unfinished.log"
check "annotate --log: a known crash whose commit the log does not mark bad" \
	grep -q '^  the crash at line 24 matches kvm-ppc-hv-hpt-resize-revmap, introduced by' "$TMP/out"
kt bisect annotate --format json --log "$SEED" "$SEED"
check "annotate json: found" [ "$(json_get "$TMP/out" 0 found)" = true ]
check "annotate json: first_bad" [ "$(json_get "$TMP/out" 0 first_bad.commit)" = c28c15b6d28a776538482101522cbcd9f906b15c ]
check "annotate json: known signature" [ "$(json_get "$TMP/out" 0 known.0.signature.id)" = "$SIG" ]
check "annotate json: the fix" [ "$(json_get "$TMP/out" 0 known.0.signature.fixed_by.0.commit)" = 980411a4d1bb925d28cd9e8d8301dc982ece788d ]
check "annotate json: fixed_in" [ "$(json_get "$TMP/out" 0 known.0.signature.fixed_in.0)" = "v6.2" ]
check "annotate json: workaround" sh -c "grep -q '\"workaround\":\"build with CONFIG_DEBUG_VM=n' '$TMP/out'"
check "annotate json: the console log matches" sh -c "[ \"\$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d[\"known\"][0][\"log_matches\"], d[\"log\"][\"reports\"][0][\"matches\"][0][\"id\"])' '$TMP/out')\" = 'True $SIG' ]"
check "annotate json: 14 commits, each with its mark" [ "$(json_get "$TMP/out" 0 commits.13.mark)" = good ]
kt bisect annotate "$B/unknown-first-bad.log"
check "annotate: a first bad commit no signature knows: exit 3" [ "$rc" = 3 ]
check "annotate: says so" sh -c "grep -q '^first bad commit: 7d25570e884fbac6eba4af6aa5dc825e377f27fe (\"powerpc/code-patching: Use temporary mm for Radix MMU\")' '$TMP/out' && grep -q '^  unknown: not an Introduced-By commit of any of the [0-9]* signatures' '$TMP/out'"
check "annotate: counts bad, good and skipped commits" grep -q 'git bisect log, 6 commits: 3 bad, 2 good, 1 skipped$' "$TMP/out"
kt bisect annotate --format json "$B/unknown-first-bad.log"
check "annotate json: not found, no known commit, the skip" \
	[ "$(json_get "$TMP/out" 0 found) $(json_get "$TMP/out" 0 known) $(json_get "$TMP/out" 0 commits.2.mark)" = "false [] skip" ]
kt bisect annotate "$B/001-unfinished.log"
check "annotate: unfinished bisection without a known bad commit: exit 3" [ "$rc" = 3 ]
check "annotate: says no first bad commit" grep -q '^no first bad commit in the log (the bisection is not finished)' "$TMP/out"
kt bisect annotate --format json "$B/001-unfinished.log"
check "annotate json: not found, first_bad null" [ "$(json_get "$TMP/out" 0 found) $(json_get "$TMP/out" 0 first_bad)" = "false null" ]
# a commit marked bad is enough, even before the first bad commit is known
sed -n 143,167p "$SEED" >"$TMP/partial.log"
kt bisect annotate "$TMP/partial.log"
check "annotate: a known commit marked bad, bisection unfinished: exit 0" \
	sh -c "[ $rc = 0 ] && grep -q '^commit marked bad: c28c15b6d28a' '$TMP/out'"
# quoted in an e-mail reply, read from standard input
sed 's/^/> /' "$SEED" >"$TMP/quoted.log"
rc=0
"$KTRIAGE" bisect annotate - <"$TMP/quoted.log" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "annotate: e-mail quoting, standard input" sh -c "[ $rc = 0 ] && grep -q '^<stdin>: git bisect log, 14 commits' '$TMP/out'"
# prefixes of at least 7 hex digits, either way round
printf '# first bad commit: [c28c15b6d] powerpc/code-patching\n' >"$TMP/short.log"
kt bisect annotate "$TMP/short.log"
check "annotate: a 9-digit prefix of the Introduced-By id matches" [ "$rc" = 0 ]
printf '# first bad commit: [c28c15b] powerpc/code-patching\n' >"$TMP/short.log"
kt bisect annotate "$TMP/short.log"
check "annotate: a 7-digit prefix matches" [ "$rc" = 0 ]
printf '# first bad commit: [c28c15] powerpc/code-patching\n' >"$TMP/short.log"
kt bisect annotate "$TMP/short.log"
check "annotate: 6 digits are not an id" [ "$rc" = 2 ]
printf '# first bad commit: [c28c15b6d28a776538482101522cbcd9f906b15d] not quite\n' >"$TMP/short.log"
kt bisect annotate "$TMP/short.log"
check "annotate: a different full id does not match" [ "$rc" = 3 ]
# git bisect start --term-new/--term-old, as git 2.39 writes it
cat >"$TMP/terms.log" <<'EOF'
# broken: [459c73db4069c27c1d4a0e20d055b837396364b8] Add linux-next specific files for 20221215
# fixed: [6f1f5caed5bfadd1cc8bdb0563eb8874dc3573ca] Merge tag 'for-linus-6.2-ofs1' of git://git.kernel.org/pub/scm/linux/kernel/git/hubcap/linux
git bisect start '--term-new=broken' '--term-old=fixed' '459c73db4069c27c1d4a0e20d055b837396364b8' '6f1f5caed5bfadd1cc8bdb0563eb8874dc3573ca'
# broken: [c28c15b6d28a776538482101522cbcd9f906b15c] powerpc/code-patching: Use temporary mm for Radix MMU
git bisect broken c28c15b6d28a776538482101522cbcd9f906b15c
# fixed: [274d842fa1efd9449e62222c8896e0be11621f1f] powerpc/tlb: Add local flush for page given mm_struct and psize
git bisect fixed 274d842fa1efd9449e62222c8896e0be11621f1f
# first broken commit: [c28c15b6d28a776538482101522cbcd9f906b15c] powerpc/code-patching: Use temporary mm for Radix MMU
EOF
kt bisect annotate "$TMP/terms.log"
check "annotate: custom terms (--term-new=broken)" \
	sh -c "[ $rc = 0 ] && grep -q '^first broken commit: c28c15b6d28a' '$TMP/out' && grep -q '2 broken, 2 fixed, 0 skipped' '$TMP/out'"
# what git bisect run prints at the end
printf 'c28c15b6d28a776538482101522cbcd9f906b15c is the first bad commit\ncommit c28c15b6d28a776538482101522cbcd9f906b15c\n' >"$TMP/run-output.log"
kt bisect annotate "$TMP/run-output.log"
check "annotate: '<id> is the first bad commit' from git bisect run" [ "$rc" = 0 ]
# the known introducing commit marked good: the crash is probably another one
printf '# good: [c28c15b6d28a776538482101522cbcd9f906b15c] powerpc/code-patching\ngit bisect good c28c15b6d28a776538482101522cbcd9f906b15c\n' >"$TMP/good.log"
kt bisect annotate "$TMP/good.log"
check "annotate: a known commit marked good is noted, not a match (exit 3)" \
	sh -c "[ $rc = 3 ] && grep -q 'commit marked good: c28c15b6d28a' '$TMP/out' && grep -q 'probably not that one' '$TMP/out'"
# subjects are printed sanitised
printf '# first bad commit: [c28c15b6d28a776538482101522cbcd9f906b15c] evil \033]0;title\007 subject\n' >"$TMP/evil.log"
kt bisect annotate "$TMP/evil.log"
check "annotate: no escape sequence reaches the terminal" sh -c "! grep -q \"\$(printf '\\033')\" '$TMP/out'"

# --- annotate: usage and input errors (2) ---
kt bisect annotate "$DATA/bisect/clean-boot.log"
check "annotate: a file without a bisect log: exit 2" sh -c "[ $rc = 2 ] && grep -q 'no git bisect log in it' '$TMP/err'"
kt bisect annotate "$TMP/no-such-file"
check "annotate: missing file: exit 2" [ "$rc" = 2 ]
kt bisect annotate --format yaml "$SEED"
check "annotate: unknown format: exit 2" [ "$rc" = 2 ]
kt bisect annotate --log "$TMP/no-such-console" "$SEED"
check "annotate: missing console log: exit 2" [ "$rc" = 2 ]
kt bisect annotate "$SEED" "$SEED"
check "annotate: two files: exit 2" [ "$rc" = 2 ]
kt bisect annotate --db "$TMP/no-such.db" "$SEED"
check "annotate: missing database: exit 2" [ "$rc" = 2 ]
kt bisect frobnicate
check "bisect: unknown subcommand: exit 2" [ "$rc" = 2 ]
kt bisect --help
check "bisect --help: exit 0, both subcommands" sh -c "[ $rc = 0 ] && grep -q 'bisect run' '$TMP/out' && grep -q 'bisect annotate' '$TMP/out'"

# --- the man page ---
MAN="$SRCDIR/man/ktriage-bisect.1"
if command -v mandoc >/dev/null 2>&1; then
	check "mandoc -T lint is clean: ktriage-bisect.1" sh -c "mandoc -T lint -W warning '$MAN' >'$TMP/lint' 2>&1; [ ! -s '$TMP/lint' ]"
	sed 's/^/# /' "$TMP/lint"
else
	ok "# SKIP mandoc not installed"
fi
{ "$KTRIAGE" bisect run --help; "$KTRIAGE" bisect annotate --help; } >"$TMP/help"
for o in $(grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u); do
	check "man page documents $o" grep -q "Fl \\\\-${o#--}\\b" "$MAN"
done
for code in 0 1 125 128 2 3; do
	check "man page exit status table has $code" grep -q "^\\.It $code\\b\\|^\\.It Li $code\\b\\|^$code Ta" "$MAN"
done
done_testing
