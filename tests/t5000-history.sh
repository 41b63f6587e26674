#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The crash history: scan --record writes it, ktriage history reads it.
# Counts, first/last seen, --since, --by, --signature, the default path,
# 8 concurrent writers, and files that are not a history (never touched).
. "$SRCDIR/tests/lib.sh"
S="$DATA/seeds"
H="$TMP/history.db"
unset XDG_STATE_HOME
RADIX=ppc-radix-codepatch-tempmm-assert-pte-locked
REVMAP=kvm-ppc-hv-hpt-resize-revmap
HPROT=ppc-hash-lpar-hprotect-rodata

# hq FILE EXPR: a Python expression over the JSON lines of FILE: rows is the
# list of objects, by maps each fingerprint (or signature id, "None" for the
# unknown group) to its object.
hq() {
	python3 -c 'import json,sys
rows=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
by={str(r["fingerprint"] if "fingerprint" in r else r["signature"]): r for r in rows}
v=eval(sys.argv[2])
print("null" if v is None else v)' "$@"
}
# has_sqlite_py: python3 can write SQLite files (to forge foreign ones)
has_sqlite_py() { python3 -c 'import sqlite3' 2>/dev/null; }

# an oops no signature knows
cp "$DATA/unknown-crash.log" "$TMP/unknown.log"

# --- the default path, created with its directories ---
kt scan --record "$S/000_67590d50e4aaf037.txt"
check "record into the default history: scan exit 1 (known bug)" [ "$rc" = 1 ]
check "default history is \$HOME/.local/state/ktriage/history.db" [ -s "$HOME/.local/state/ktriage/history.db" ]
check "no temporary file is left next to it" [ "$(ls "$HOME/.local/state/ktriage")" = history.db ]
kt history -f json
check "history reads the default file" [ "$rc/$(hq "$TMP/out" 'by["'$HPROT'"]["count"]')" = 0/1 ]
XDG_STATE_HOME="$TMP/state" "$KTRIAGE" scan --record "$S/000_67590d50e4aaf037.txt" >/dev/null 2>&1
check "XDG_STATE_HOME/ktriage/history.db when XDG_STATE_HOME is set" [ -s "$TMP/state/ktriage/history.db" ]
(cd "$TMP" && XDG_STATE_HOME=relative/dir "$KTRIAGE" scan --record "$S/000_67590d50e4aaf037.txt" >/dev/null 2>&1)
kt history -f json
check "a relative XDG_STATE_HOME is ignored (XDG spec): HOME is used" \
	sh -c "[ ! -e '$TMP/relative' ] && [ \"\$(wc -l <'$TMP/out')\" = 1 ] && [ $(hq "$TMP/out" 'by["'$HPROT'"]["count"]') = 2 ]"
kt scan --record --history "$TMP/new/dirs/h.db" "$S/000_67590d50e4aaf037.txt"
check "--history FILE in a missing directory: directories created" sh -c "[ $rc = 1 ] && [ -s '$TMP/new/dirs/h.db' ]"

# --- two runs: the seeds, then two of them again and an unknown crash ---
kt scan --record --history "$H" --label run1 "$S"/*.txt
check "run 1: the five seeds recorded (exit 1)" sh -c "[ $rc = 1 ] && [ ! -s '$TMP/err' ]"
sleep 1	# the second run is at least a second later: first_seen < last_seen
kt scan --record --history "$H" --label run2 "$S/001_6f164741997502bb.txt" "$S/002_5d49e262595e473a.txt" "$TMP/unknown.log"
check "run 2: two seeds and an unknown crash recorded (exit 3)" sh -c "[ $rc = 3 ] && [ ! -s '$TMP/err' ]"
kt scan --record --history "$H" "$DATA/corpus/clean/lkp-acpi-rsdp-boot-fragment.log"
check "run 3: a clean log, recorded as a run without crash (exit 0)" [ "$rc" = 0 ]

kt history --history "$H" -f json
check "history: exit 0" [ "$rc" = 0 ]
check "by signature: 5 known bugs and the unknown group" [ "$(hq "$TMP/out" 'len(rows)')" = 6 ]
check "$RADIX seen twice" [ "$(hq "$TMP/out" 'by["'$RADIX'"]["count"]')" = 2 ]
check "$REVMAP seen twice" [ "$(hq "$TMP/out" 'by["'$REVMAP'"]["count"]')" = 2 ]
for id in $HPROT riscv-kexec-set-memory-x-pgd-linear-map xen-pv-early-pagetable-high-pin; do
	check "$id seen once" [ "$(hq "$TMP/out" 'by["'$id'"]["count"]')" = 1 ]
done
check "the unknown crash: signature null, count 1, 1 fingerprint" \
	[ "$(hq "$TMP/out" '(by["None"]["signature"], by["None"]["count"], by["None"]["fingerprints"])')" = "(None, 1, 1)" ]
check "sorted by count: the two seen twice first" \
	[ "$(hq "$TMP/out" '" ".join(str(r["count"]) for r in rows)')" = "2 2 1 1 1 1" ]
check "times are ISO 8601 UTC" \
	[ "$(hq "$TMP/out" 'all(__import__("re").fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", r[k]) is not None for r in rows for k in ("first_seen", "last_seen"))')" = True ]
check "seen in both runs: first_seen < last_seen" \
	[ "$(hq "$TMP/out" 'by["'$RADIX'"]["first_seen"] < by["'$RADIX'"]["last_seen"]')" = True ]
check "seen in one run: first_seen == last_seen" \
	[ "$(hq "$TMP/out" 'by["'$HPROT'"]["first_seen"] == by["'$HPROT'"]["last_seen"]')" = True ]
check "every group: first_seen <= last_seen" \
	[ "$(hq "$TMP/out" 'all(r["first_seen"] <= r["last_seen"] for r in rows)')" = True ]
check "last_source is the label of the last run" \
	[ "$(hq "$TMP/out" 'by["'$RADIX'"]["last_source"] + " " + by["'$HPROT'"]["last_source"]')" = "run2 run1" ]
check "last_title" [ "$(hq "$TMP/out" 'by["'$RADIX'"]["last_title"]')" = "kernel BUG in assert_pte_locked" ]
run1=$(hq "$TMP/out" 'by["'$HPROT'"]["last_seen"]')
run2=$(hq "$TMP/out" 'by["'$RADIX'"]["last_seen"]')

kt history --history "$H"
check "text: a header and the columns" grep -q '^ *COUNT  FIRST SEEN  *LAST SEEN  *SIGNATURE$' "$TMP/out"
check "text: $RADIX with count 2" grep -Eq "^ +2  .*  $RADIX\$" "$TMP/out"
check "text: the unknown group" grep -Eq '^ +1  .*  unknown \(1 fingerprint\)$' "$TMP/out"
check "text: 8 reports in 3 runs" grep -q '^8 crash reports in 3 recorded runs, ' "$TMP/out"

# --- by fingerprint ---
"$KTRIAGE" scan -f json "$S/001_6f164741997502bb.txt" >"$TMP/s1" 2>/dev/null
"$KTRIAGE" scan -f json "$TMP/unknown.log" >"$TMP/su" 2>/dev/null
fp1=$(json_get "$TMP/s1" 0 fingerprint)
fpu=$(json_get "$TMP/su" 0 fingerprint)
titleu=$(json_get "$TMP/su" 0 title)
kt history --history "$H" --by fingerprint -f json
check "by fingerprint: 6 distinct crashes" [ "$(hq "$TMP/out" 'len(rows)')" = 6 ]
check "by fingerprint: seed 001 twice, with title, kind and signature" \
	[ "$(hq "$TMP/out" '"%(count)s|%(title)s|%(kind)s|%(signature)s" % by["'$fp1'"]')" = "2|kernel BUG in assert_pte_locked|bug|$RADIX" ]
check "by fingerprint: the unknown crash, signature null" \
	[ "$(hq "$TMP/out" '"%(count)s|%(title)s|%(signature)s" % by["'$fpu'"]')" = "1|$titleu|None" ]
check "by fingerprint: first <= last, and < for the crash of both runs" \
	[ "$(hq "$TMP/out" 'all(r["first_seen"] <= r["last_seen"] for r in rows) and by["'$fp1'"]["first_seen"] < by["'$fp1'"]["last_seen"]')" = True ]
kt history --history "$H" --by fingerprint
check "text by fingerprint: fingerprint, signature, kind and title on one line" \
	grep -Eq "^ +2  .*  $fp1  $RADIX  bug +kernel BUG in assert_pte_locked\$" "$TMP/out"
check "text by fingerprint: an unknown crash says unknown" grep -Eq "  $fpu  unknown +oops " "$TMP/out"

# --- --signature ---
kt history --history "$H" --signature $RADIX --by fingerprint -f json
check "--signature ID: only its crashes" [ "$(hq "$TMP/out" '[(r["fingerprint"], r["count"]) for r in rows]')" = "[('$fp1', 2)]" ]
kt history --history "$H" --signature unknown -f json
check "--signature unknown: only the unknown group" [ "$(hq "$TMP/out" '[(r["signature"], r["count"]) for r in rows]')" = "[(None, 1)]" ]
kt history --history "$H" --signature no-such-signature
check "--signature with no record: exit 0, says so" sh -c "[ $rc = 0 ] && grep -q '^no crash report in 3 recorded runs' '$TMP/out'"

# --- --since ---
kt history --history "$H" --since "$run2" -f json
check "--since the second run (ISO, Z): only its records" \
	[ "$(hq "$TMP/out" 'sorted((str(r["signature"]), r["count"]) for r in rows)')" = "[('None', 1), ('$REVMAP', 1), ('$RADIX', 1)]" ]
check "--since: first_seen is within the window" [ "$(hq "$TMP/out" 'by["'$RADIX'"]["first_seen"]')" = "$run2" ]
kt history --history "$H" --since "${run2%Z}+00:00" -f json
check "--since with a +00:00 offset: the same" [ "$(hq "$TMP/out" 'len(rows)')" = 3 ]
rc=0; TZ=UTC "$KTRIAGE" history --history "$H" --since "$(echo "${run2%Z}" | tr T ' ')" -f json >"$TMP/out" 2>"$TMP/err" || rc=$?
check "--since local date and time (TZ=UTC, space instead of T): the same" [ "$rc/$(hq "$TMP/out" 'len(rows)')" = 0/3 ]
kt history --history "$H" --since "$run1" -f json
check "--since the first run: everything" [ "$(hq "$TMP/out" 'sum(r["count"] for r in rows)')" = 8 ]
kt history --history "$H" --since 1h -f json
check "--since 1h: everything" [ "$(hq "$TMP/out" 'sum(r["count"] for r in rows)')" = 8 ]
kt history --history "$H" --since 1d12h30m -f json
check "--since 1d12h30m: everything" [ "$(hq "$TMP/out" 'sum(r["count"] for r in rows)')" = 8 ]
kt history --history "$H" --since 2000-01-01 -f json
check "--since 2000-01-01 (a date): everything" [ "$(hq "$TMP/out" 'sum(r["count"] for r in rows)')" = 8 ]
kt history --history "$H" --since @0 -f json
check "--since @0: everything" [ "$(hq "$TMP/out" 'sum(r["count"] for r in rows)')" = 8 ]
kt history --history "$H" --since 2099-12-31 -f json
check "--since a future date: nothing, exit 0" [ "$rc/$(wc -c <"$TMP/out")" = 0/0 ]
kt history --history "$H" --since 2099-12-31T00:00
check "--since a future date, text: says no run" sh -c "[ $rc = 0 ] && grep -q '^no run recorded since 2099-12-31T00:00' '$TMP/out'"
for bad in yesterday 7 7x 2026-13-01 2026-02-30 2026-11-01T25:00 2026-11-1 "" @; do
	kt history --history "$H" --since "$bad"
	check "--since '$bad': exit 2 with a message" sh -c "[ $rc = 2 ] && grep -q -- \"--since: cannot read '$bad'\" '$TMP/err'"
done

# --- usage errors ---
kt history --history "$H" --format yaml
check "--format yaml: exit 2" sh -c "[ $rc = 2 ] && grep -q \"unknown format 'yaml'\" '$TMP/err'"
kt history --history "$H" --by title
check "--by title: exit 2" sh -c "[ $rc = 2 ] && grep -q \"unknown key 'title'\" '$TMP/err'"
kt history --history "$H" extra
check "an extra argument: exit 2" [ "$rc" = 2 ]
kt history --bogus
check "unknown option: exit 2" [ "$rc" = 2 ]
kt history --history "$TMP/missing.db"
check "missing history: exit 2, names the file" sh -c "[ $rc = 2 ] && grep -q '$TMP/missing.db: no crash history' '$TMP/err'"
check "missing history: not created by reading" [ ! -e "$TMP/missing.db" ]
kt history --help
check "history --help: exit 0, lists --since" sh -c "[ $rc = 0 ] && grep -q -- '--since WHEN' '$TMP/out'"

# --- files that are not a history: refused, named, never touched ---
mkdir "$TMP/bad"
echo "just some text, not a database" >"$TMP/bad/text.db"
: >"$TMP/bad/empty.db"
cp "$H" "$TMP/bad/whole.db"
size=$(wc -c <"$TMP/bad/whole.db")
head -c $((size / 2)) "$TMP/bad/whole.db" >"$TMP/bad/truncated.db"
head -c $((size / 2 / 4096 * 4096)) "$TMP/bad/whole.db" >"$TMP/bad/truncated-pages.db"
head -c $((size - 100)) "$TMP/bad/whole.db" >"$TMP/bad/cut-last-page.db"
head -c 60 "$TMP/bad/whole.db" >"$TMP/bad/cut-header.db"
rm "$TMP/bad/whole.db"
cp "$BUILDDIR/db/signatures.db" "$TMP/bad/signatures.db"
if has_sqlite_py; then
	python3 -c 'import sqlite3,sys
d=sqlite3.connect(sys.argv[1]); d.execute("create table notes(x)"); d.execute("insert into notes values (1)"); d.commit(); d.close()
d=sqlite3.connect(sys.argv[2]); d.execute("pragma journal_mode=wal"); d.execute("create table t(x)"); d.commit(); d.close()
import shutil; shutil.copy(sys.argv[3], sys.argv[4])
d=sqlite3.connect(sys.argv[4]); d.execute("pragma user_version=99"); d.commit(); d.close()' \
		"$TMP/bad/foreign.db" "$TMP/bad/foreign-wal.db" "$H" "$TMP/bad/newer.db"
else
	ok "# SKIP python3 has no sqlite3 module: no foreign SQLite database, no newer schema"
fi
for f in "$TMP"/bad/*.db; do
	name=${f##*/}
	cp "$f" "$TMP/orig"
	kt scan --record --history "$f" "$S/001_6f164741997502bb.txt"
	check "$name: scan --record exits 2" [ "$rc" = 2 ]
	check "$name: the error names the file" grep -q "$f: " "$TMP/err"
	check "$name: the report is still printed" grep -q 'assert_pte_locked' "$TMP/out"
	sed 's/^/# /' "$TMP/err"
	kt history --history "$f"
	check "$name: history exits 2 naming the file" sh -c "[ $rc = 2 ] && grep -q '$f: ' '$TMP/err'"
	check "$name: byte-identical afterwards" cmp -s "$f" "$TMP/orig"
done
for f in text empty signatures cut-header foreign foreign-wal; do
	[ -e "$TMP/bad/$f.db" ] || continue
	check "$f.db: refused before SQLite opens it (no -wal or -shm appears)" \
		sh -c "[ ! -e '$TMP/bad/$f.db-wal' ] && [ ! -e '$TMP/bad/$f.db-shm' ]"
done
kt history --history "$TMP/bad/text.db"
check "text file: 'not a ktriage history'" grep -q 'text.db: not a ktriage history (not an SQLite database)' "$TMP/err"
kt history --history "$TMP/bad/empty.db"
check "empty file: 'an empty file'" grep -q 'empty.db: not a ktriage history (an empty file)' "$TMP/err"
kt history --history "$TMP/bad/signatures.db"
check "signature database: named as such" grep -q 'signatures.db: not a ktriage history (a ktriage signature database)' "$TMP/err"
kt history --history "$TMP/bad/truncated.db"
check "truncated history: damaged" grep -q 'truncated.db: damaged ktriage history' "$TMP/err"
kt history --history "$TMP/bad/truncated-pages.db"
check "history cut at a page boundary: damaged" grep -q 'truncated-pages.db: damaged ktriage history' "$TMP/err"
kt history --history "$TMP/bad/cut-last-page.db"
check "history cut inside its last page: damaged" grep -q 'cut-last-page.db: damaged ktriage history' "$TMP/err"
if has_sqlite_py; then
	kt history --history "$TMP/bad/foreign.db"
	check "foreign SQLite database: another application" grep -q 'foreign.db: not a ktriage history (an SQLite database of another application' "$TMP/err"
	kt history --history "$TMP/bad/newer.db"
	check "newer schema: refused" grep -q 'newer.db: history written by a newer ktriage (schema version 99' "$TMP/err"
fi
kt scan --record --history "$TMP/bad" "$S/001_6f164741997502bb.txt"
check "a directory: exit 2, named" sh -c "[ $rc = 2 ] && grep -q '$TMP/bad: not a ktriage history (a directory)' '$TMP/err'"

# --- untrusted text in the file is not printed raw ---
if has_sqlite_py; then
	cp "$H" "$TMP/evil.db"
	python3 -c 'import sqlite3,sys
d=sqlite3.connect(sys.argv[1])
d.execute("insert into reports (run, seen, fingerprint, title, kind, signature, source) values (1, 1, ?, ?, ?, NULL, ?)",
          ("ffff\x1b[2J", "evil \x1b]0;title\x07 \u202e title", "oops", "src\r"))
d.commit(); d.close()' "$TMP/evil.db"
	kt history --history "$TMP/evil.db" --by fingerprint
	check "control and BiDi characters from the file are not printed" [ "$rc" = 0 ]
	check "... none of ESC, BEL, CR, U+202E in the output; the title is there" python3 -c 'import sys
d = open(sys.argv[1], "rb").read()
sys.exit(1 if any(c in d for c in (b"\x1b", b"\x07", b"\r", "\u202e".encode())) or b"evil " not in d else 0)' "$TMP/out"
	kt history --history "$TMP/evil.db" --by fingerprint -f json
	check "json: the same row as valid JSON" [ "$(hq "$TMP/out" 'len(rows)')" = 7 ]
fi

# --- 8 concurrent writers x 200 reports: nothing lost ---
for i in $(seq 200); do cat "$S/001_6f164741997502bb.txt"; done >"$TMP/200.log"
kt scan -f json "$TMP/200.log"
check "the 200-report log holds 200 reports" [ "$(wc -l <"$TMP/out")" = 200 ]
C="$TMP/concurrent/history.db"	# does not exist yet: the writers race to create it too
pids=
for i in 1 2 3 4 5 6 7 8; do
	"$KTRIAGE" scan --record --history "$C" --label "job-$i" "$TMP/200.log" >/dev/null 2>"$TMP/conc-$i.err" &
	pids="$pids $!"
done
bad=0
for p in $pids; do
	st=0; wait "$p" || st=$?
	[ "$st" = 1 ] || bad=$((bad + 1))
done
check "8 concurrent writers: all exit 1" [ "$bad" = 0 ]
cat "$TMP"/conc-*.err | sed 's/^/# /'
check "8 concurrent writers: no error" sh -c "! cat '$TMP'/conc-*.err | grep -q ."
kt history --history "$C" --by fingerprint -f json
check "8 x 200 concurrent: exactly 1600 records of the one fingerprint" \
	[ "$(hq "$TMP/out" '[(r["fingerprint"], r["count"]) for r in rows]')" = "[('$fp1', 1600)]" ]
kt history --history "$C"
check "8 x 200 concurrent: 1600 reports in 8 runs" grep -q '^1600 crash reports in 8 recorded runs' "$TMP/out"
kt history --history "$C" -f json
check "8 x 200 concurrent: all under $RADIX" [ "$(hq "$TMP/out" 'by["'$RADIX'"]["count"]')" = 1600 ]
if command -v sqlite3 >/dev/null 2>&1; then
	check "sqlite3 agrees: 1600 rows, 8 runs, WAL mode, application_id KTRH" \
		[ "$(sqlite3 "$C" 'select count(*) from reports; select count(*) from runs; pragma journal_mode; pragma application_id')" = "$(printf '1600\n8\nwal\n1263817288')" ]
fi
check "no temporary file left by the creation race" [ "$(ls "$TMP/concurrent" | grep -v -e '^history.db$' -e '^history.db-wal$' -e '^history.db-shm$')" = "" ]

# --- the man page ---
MAN="$SRCDIR/man/ktriage-history.1"
if command -v mandoc >/dev/null 2>&1; then
	check "mandoc -T lint is clean: ktriage-history.1" sh -c "mandoc -T lint -W warning '$MAN' >'$TMP/lint' 2>&1; [ ! -s '$TMP/lint' ]"
	sed 's/^/# /' "$TMP/lint"
else
	ok "# SKIP mandoc not installed"
fi
"$KTRIAGE" history --help >"$TMP/help"
for o in $(grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u); do
	name=${o#--}
	check "man page documents $o" grep -q "Fl \\\\-$name\\b" "$MAN"
done
check "man page documents -f" grep -q '^\.It Fl f Ar format' "$MAN"
for key in signature fingerprints count first_seen last_seen last_title last_source fingerprint title kind; do
	check "man page documents JSON key $key" grep -q "Cm $key" "$MAN"
done
# --- kill -9 of a writer: the history stays consistent, all or nothing ---
python3 - "$TMP/many.log" <<'PY'
import sys
block = """BUG: unable to handle page fault for address: 0000000000001234
#PF: supervisor write access in kernel mode
CPU: 1 PID: 42 Comm: killtest Not tainted 6.9.0 #1
RIP: 0010:ktriage_kill_test+0x1/0x2
Call Trace:
 <TASK>
 ktriage_kill_caller+0x10/0x20
 </TASK>
---[ end trace 0000000000000000 ]---
"""
open(sys.argv[1], "w").write(block * 20000)
PY
KH="$TMP/kill.db"
"$KTRIAGE" scan --record --history "$KH" --label seed-run "$S/002_5d49e262595e473a.txt" >/dev/null 2>&1
total() { "$KTRIAGE" history --history "$KH" -f json 2>/dev/null | python3 -c 'import json,sys; print(sum(json.loads(l)["count"] for l in sys.stdin))'; }
prev=$(total)
consistent=1 nkilled=0
for delay in 0.3 0.8 1.2 1.6 2.0 2.5 3.0; do
	"$KTRIAGE" scan --record --history "$KH" --label kill --max-reports 20000 -f json "$TMP/many.log" >/dev/null 2>&1 &
	kpid=$!
	sleep "$delay"
	kill -9 "$kpid" 2>/dev/null && nkilled=$((nkilled + 1))
	wait "$kpid" 2>/dev/null
	now=$(total)
	if [ -z "$now" ] || { [ "$now" != "$prev" ] && [ "$now" != $((prev + 20000)) ]; }; then
		consistent=0
		echo "# after kill at ${delay}s: $now records (before: $prev)"
	fi
	if has_sqlite_py && ! python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); assert c.execute("pragma integrity_check").fetchone()[0]=="ok"' "$KH"; then
		consistent=0
		echo "# integrity_check failed after kill at ${delay}s"
	fi
	prev=${now:-$prev}
done
check "kill -9 of writers ($nkilled killed mid-run): history readable, intact, each run all or nothing" [ "$consistent" = 1 ]
"$KTRIAGE" scan --record --history "$KH" --label whole --max-reports 20000 -f json "$TMP/many.log" >/dev/null 2>&1
check "a run after the kills records all of its 20000 reports" [ "$(total)" = $((prev + 20000)) ]
done_testing
