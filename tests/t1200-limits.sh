#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Bounded resources and hostile input (issue 6): every limit is honoured and
# said out loud, bad databases fall back to the built-in one, terminal
# escapes never reach the output raw, and every input a fuzzer once crashed
# on (tests/data/fuzz/<target>/) is replayed.
#   KTRIAGE_SLOW_TESTS=1  also scans a 4 GiB log and checks peak memory
. "$SRCDIR/tests/lib.sh"
S="$DATA/seeds"
SEED="$S/002_5d49e262595e473a.txt"
STRESS="$BUILDDIR/tests/scan-stress"

# crashed: the status of a process killed by a signal or a sanitizer abort
crashed() { [ "$1" -ge 124 ]; }

# --- max line length ---
{ python3 -c "import sys; sys.stdout.write('B'*100000 + '\n')"; cat "$SEED"; } >"$TMP/long"
kt scan -f json --max-line-length 512 "$TMP/long"
check "--max-line-length: the report after a long line is found" [ "$(json_get "$TMP/out" 0 kind)" = oops ]
check "--max-line-length: the cut is counted and reported" grep -q 'longer than 512 bytes were cut' "$TMP/err"

# --- a large file and the same bytes piped: the same reports, read blocks and
# limits included ---
find "$DATA/corpus" "$DATA/signatures" -name '*.log' -type f | LC_ALL=C sort | xargs cat >"$TMP/big1"
cat "$TMP/big1" "$TMP/big1" "$TMP/big1" >"$TMP/big"
kt scan -f json --label big "$TMP/big"
mv "$TMP/out" "$TMP/file.json"
"$KTRIAGE" scan -f json --label big - <"$TMP/big" >"$TMP/piped.json" 2>/dev/null || :
check "a log larger than a read block (3 x tests/data) was scanned" [ "$(wc -c <"$TMP/big")" -gt 3000000 ]
check "a file and the same bytes piped give the same reports" cmp "$TMP/file.json" "$TMP/piped.json"
check "... and there are many" [ "$(wc -l <"$TMP/file.json")" -gt 1000 ]

# --- max report size ---
kt scan -f json --max-report-lines 5 "$SEED"
check "--max-report-lines: the report is ended and flagged truncated" \
	[ "$(json_get "$TMP/out" 0 truncated)" = true ]
check "--max-report-lines: the reason names the line limit" \
	sh -c "grep -q '\"truncated_reason\": *\"report longer than the line limit\"' '$TMP/out'"

# --- max reports per input ---
for i in 1 2 3 4 5; do cat "$SEED"; done >"$TMP/five"
kt scan --max-reports 2 "$TMP/five"
check "--max-reports: text output says how many more were not shown" grep -q '3 more reports not shown' "$TMP/out"
kt scan -f markdown --max-reports 2 "$TMP/five"
check "--max-reports: markdown says it too" grep -q '3 more crash reports' "$TMP/out"

# --- max frames per report: a recursion longer than the frames kept is
# still named by its outermost frames (syzbot's stack guard page mail) ---
GUARD="$DATA/syzbot-mail/reports/154"
for n in 256 16; do
	kt scan -f json --max-frames $n "$GUARD"
	title=$(json_get "$TMP/out" 0 title)
	kept=$(json_get "$TMP/out" 0 frames | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
	check "--max-frames $n: $kept frames kept, the title names the recursion's entry ($title)" \
		sh -c '[ "$1" = "BUG: stack guard page was hit in dev_ioctl" ] && [ "$2" = "$3" ]' - "$title" "$kept" $n
done

# --- per-report matching budget ---
kt scan -f json "$S/001_6f164741997502bb.txt"
check "a seed that matches a known signature (exit $rc)" [ "$rc" = 1 ]
rc=0
KTRIAGE_MATCH_BUDGET_MS=0 "$KTRIAGE" scan -f json "$S/001_6f164741997502bb.txt" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "budget spent: signatures are reported as errors, not as no match (exit $rc)" \
	sh -c "[ $rc = 3 ] && grep -q 'matching budget exhausted' '$TMP/out'"
check "budget spent: the error names the signature" grep -q 'signature [a-z0-9-]* not tested' "$TMP/out"

# --- costly regexes: rejected by lint when kt_sig_check_cost is wired in ---
mkdir -p "$TMP/sigs"
cat >"$TMP/sigs/t-nested.sig" <<'EOF'
Id: t-nested
Version: 1
Title: nested quantifiers
Evidence: console
Require: line /Oops: (a+)+b/
EOF
kt signatures lint "$TMP/sigs"
check "lint rejects a nested quantifier (a+)+ (exit $rc)" \
	sh -c "[ $rc = 2 ] && grep -q 't-nested.sig:5: .*nests quantifiers' '$TMP/err'"

# --- bad databases: clear error, built-in fallback, never a crash ---
nsig=$("$KTRIAGE" signatures list | wc -l)
XDG="$HOME/.local/share/ktriage"
mkdir -p "$XDG"
"$KTRIAGE" signatures compile "$SRCDIR/signatures" -o "$TMP/good.db" 2>/dev/null
size=$(wc -c <"$TMP/good.db")
head -c $((size / 2)) "$TMP/good.db" >"$TMP/truncated.db"
python3 - "$TMP/good.db" "$TMP/corrupted.db" <<'PY'
import sys
d = bytearray(open(sys.argv[1], 'rb').read())
for i in range(100, len(d), 97):
    d[i] ^= 0x5a
open(sys.argv[2], 'wb').write(d)
PY
python3 - "$TMP/schema.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("create table signatures (name text, body blob)")
c.execute("insert into signatures values ('x', x'00ff')")
c.commit()
PY
for kind in truncated corrupted schema; do
	cp "$TMP/$kind.db" "$XDG/signatures.db"
	kt scan "$SEED"
	check "$kind updated copy: scan does not crash (exit $rc)" sh -c "! [ $rc -ge 124 ]"
	kt signatures list
	check "$kind updated copy: warning, built-in database used" \
		sh -c "[ $rc = 0 ] && grep -q 'unusable, ignored' '$TMP/err' && [ \$(wc -l <'$TMP/out') = $nsig ]"
	rm -f "$XDG/signatures.db"
	kt scan --db "$TMP/$kind.db" "$SEED"
	check "$kind --db: exit 2 and an error naming the file" \
		sh -c "[ $rc = 2 ] && grep -q '$kind.db' '$TMP/err'"
done

# --- terminal safety: escapes inside a crash report never reach the output ---
python3 - "$SEED" "$TMP/evil.log" <<'PY'
import sys
lines = open(sys.argv[1], 'rb').read().split(b'\n')
evil = [b'\x1b]52;c;SGVsbG8gd29ybGQ=\x07', b'\x1b[2J', b'\x1b[H', b'\xe2\x80\xae', b'\xc2\x9b31m', b'\x07', b'\x1bP1$r\x1b\\']
out = []
for i, l in enumerate(lines):
    out.append(l + evil[i % len(evil)] + b'tail' if l.strip() else l)
open(sys.argv[2], 'wb').write(b'\n'.join(out))
PY
for fmt in $(writers); do
	v=; [ "$fmt" = text ] && v=-v
	rc=0
	"$KTRIAGE" scan -f "$fmt" $v --color always "$TMP/evil.log" >"$TMP/out" 2>"$TMP/err" || rc=$?
	check "$fmt: a log full of escapes is triaged, not a crash (exit $rc)" sh -c "[ $rc = 1 -o $rc = 3 ]"
	# the seed's guilty function: the writer did write the report
	check "$fmt: the report is in the output" grep -q kvmppc_add_revmap_chain "$TMP/out"
	check "$fmt: escapes, BEL, C1 and U+202E do not reach the output" python3 - "$TMP/out" "$fmt" <<'PY'
import re, sys
d = open(sys.argv[1], 'rb').read()
t = d.decode('utf-8')            # valid UTF-8 or fail
if sys.argv[2] == 'text':        # --color always: SGR colour codes are ours; none other
    t = re.sub('\x1b\\[[0-9;]*m', '', t)
bad = [c for c in t if (ord(c) < 32 and c not in '\n\t') or 0x7f <= ord(c) <= 0x9f or c in '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f']
sys.exit(1 if bad or 'tail' not in t and sys.argv[2] in ('text', 'json') else 0)
PY
	check "$fmt: stderr is clean too" python3 -c "
import sys; t=open(sys.argv[1],'rb').read().decode('utf-8')
sys.exit(any(ord(c)<32 and c!='\n' or 0x7f<=ord(c)<=0x9f or c=='\u202e' for c in t))" "$TMP/err"
done
"$KTRIAGE" scan -f json "$TMP/evil.log" >"$TMP/out" 2>/dev/null
check "json: output with escapes in the log parses" python3 -c "
import json,sys
for l in open(sys.argv[1], encoding='utf-8'): json.loads(l)" "$TMP/out"
"$KTRIAGE" scan -f kcidb "$TMP/evil.log" >"$TMP/out" 2>/dev/null
check "kcidb: output with escapes in the log parses" python3 -c "
import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))" "$TMP/out"

# --- fuzz regressions: every input a fuzzer once crashed on ---
# Each target's folder is replayed below; a file anywhere else under
# tests/data/fuzz would be replayed by nothing, so it fails here.
replayed=0
for f in "$DATA"/fuzz/*/*; do
	case ${f#$DATA/fuzz/} in scan/*|lines/*|writers/*|sig/*|bisectlog/*) ;;
	*) not_ok "fuzz regression ${f#$DATA/}: in no folder that is replayed" ;; esac
done
for f in "$DATA"/fuzz/scan/* "$DATA"/fuzz/lines/* "$DATA"/fuzz/writers/*; do
	[ -f "$f" ] || continue
	replayed=$((replayed + 1))
	for fmt in $(writers); do
		kt scan -f "$fmt" -v --max-reports 3 --max-report-lines 12 --max-line-length 80 "$f" 2>/dev/null
		if crashed "$rc"; then break; fi
		kt scan -f "$fmt" -v "$f"
		if crashed "$rc"; then break; fi
	done
	check "fuzz regression ${f#$DATA/}: no crash (exit $rc)" sh -c "! [ $rc -ge 124 ]"
	kt scan -f json "$f"
	check "fuzz regression ${f#$DATA/}: JSON output parses and is valid UTF-8" python3 -c "
import json,sys
for l in open(sys.argv[1], encoding='utf-8'): json.loads(l)" "$TMP/out"
done
for f in "$DATA"/fuzz/sig/*; do
	[ -f "$f" ] || continue
	replayed=$((replayed + 1))
	rm -rf "$TMP/fsig" && mkdir -p "$TMP/fsig" && cp "$f" "$TMP/fsig/fuzz.sig"
	kt signatures lint "$TMP/fsig"
	check "fuzz regression ${f#$DATA/}: lint reports, no crash (exit $rc)" sh -c "[ $rc = 1 -o $rc = 2 -o $rc = 0 ]"
done
for f in "$DATA"/fuzz/bisectlog/*; do
	[ -f "$f" ] || continue
	replayed=$((replayed + 1))
	kt bisect annotate "$f"
	check "fuzz regression ${f#$DATA/}: no crash (exit $rc)" sh -c "! [ $rc -ge 124 ]"
done
nfuzz=$(ls "$DATA"/fuzz/*/* | wc -l)
check "fuzz regressions: all $nfuzz inputs replayed ($replayed)" sh -c "[ $replayed -eq $nfuzz ] && [ $replayed -gt 0 ]"

# --- peak memory stays flat for a 4 GiB log (slow: KTRIAGE_SLOW_TESTS=1) ---
if [ -n "${KTRIAGE_SANITIZED:-}" ]; then
	ok "# SKIP peak memory is not measured under sanitizers"
elif [ "${KTRIAGE_SLOW_TESTS:-0}" != 1 ]; then
	ok "# SKIP 4 GiB input: set KTRIAGE_SLOW_TESTS=1 (256 MiB is checked by t1100-hostile.sh)"
else
	python3 - "$STRESS" <<'PY' >"$TMP/mem"
import resource, subprocess, sys
def peak(n):
    subprocess.run([sys.argv[1], "bytes", str(n)], check=True, stdout=subprocess.DEVNULL)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
small = peak(16 << 20)
big = peak(4 << 30)
print(small, big)
PY
	read small big <"$TMP/mem"
	check "peak memory flat up to 4 GiB (16 MiB: ${small} KiB, 4 GiB: ${big} KiB)" \
		[ "$big" -le $((small + small / 2 + 2048)) ]
fi
done_testing
