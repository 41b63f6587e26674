#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The verdict: what makes a report known.  A low-confidence guess never
# does (it is shown as "possibly", and --min-confidence sets the level);
# a report whose matching was stopped by the budget is "undetermined";
# which signature database decided is said.
. "$SRCDIR/tests/lib.sh"

# a real log (a btrfs use-after-free on powerpc) that a powerpc signature
# matches on two generic conditions only: low confidence
LOW="$DATA/signatures/lookalikes/ppc64s-slb-fault-reported-as-write.btrfs-uaf-rb-insert.log"
kt scan -f json "$LOW"
check "the look-alike matches at low confidence" [ "$(json_get "$TMP/out" 0 matches.0.confidence)" = low ]
check "... is a guess in JSON" [ "$(json_get "$TMP/out" 0 matches.0.guess)" = true ]
check "... and exits 3 (not known), by default" [ "$rc" = 3 ]
kt scan --color=never "$LOW"
check "text: 'possibly', never 'known bug'" sh -c "grep -q '^    possibly (low confidence, not counted as known): ppc64s-slb-fault-reported-as-write' '$TMP/out' && ! grep -q 'known bug' '$TMP/out'"
check "text: an unknown crash with only a guess" grep -q 'unknown crash: no known signature matches, only a guess' "$TMP/out"
kt scan -f markdown "$LOW"
check "markdown: 'Possibly', never 'Known bug'" sh -c "grep -q '^\*\*Possibly\*\* ' '$TMP/out' && ! grep -q 'Known bug' '$TMP/out'"
kt scan -f tsv "$LOW"
check "tsv: no match" [ "$(cut -f5,6 "$TMP/out")" = "$(printf -- '-\t-')" ]
kt scan -f kcidb --label job-1 "$LOW"
check "kcidb: an unrecognised crash, no issue of the guessed bug" sh -c "grep -q 'unrecognised_crash' '$TMP/out' && ! grep -q 'ppc64s-slb-fault-reported-as-write' '$TMP/out'"
kt scan -f junit --label job-1 "$LOW"
check "junit: a failure titled by the report, the guess as 'possibly' in it" \
	sh -c "grep -q '<failure message=\"BUG: unable to handle kernel paging request in tree_insert\"' '$TMP/out' && grep -q '^possibly (low confidence, not counted as known): ppc64s-slb' '$TMP/out' && ! grep -q 'known bug ppc64s' '$TMP/out'"
kt scan --min-confidence low -f json "$LOW"
check "--min-confidence low: the same match counts as known, exit 1" [ "$rc" = 1 -a "$(json_get "$TMP/out" 0 matches.0.guess)" = false ]
kt scan --color=never "$LOW" "$DATA/seeds/002_5d49e262595e473a.txt"
check "summary: the guess is not counted as known" grep -q '^2 logs read, 2 crash reports: 1 known, 1 unknown' "$TMP/out"
check "... nor among the most frequent signatures" sh -c "! grep -q '^most frequent:.*ppc64s-slb' '$TMP/out'"

# --- undetermined: the matching budget ran out ---
S="$DATA/seeds"
rc=0; KTRIAGE_MATCH_BUDGET_MS=0 "$KTRIAGE" scan --color=never "$S/001_6f164741997502bb.txt" "$S/002_5d49e262595e473a.txt" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "budget spent: 'undetermined', never 'no known signature matches'" \
	sh -c "grep -q '^    undetermined: a matching limit stopped some signatures' '$TMP/out' && ! grep -q 'no known signature matches' '$TMP/out'"
check "budget spent: not known (exit 3), counted as undetermined in the summary" \
	sh -c "[ $rc = 3 ] && grep -q '^2 logs read, 2 crash reports: 0 known, 2 unknown (2 undetermined' '$TMP/out'"
rc=0; KTRIAGE_MATCH_BUDGET_MS=0 "$KTRIAGE" scan -f markdown "$S/001_6f164741997502bb.txt" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "markdown: **Undetermined**" sh -c "grep -q '^\*\*Undetermined\*\*' '$TMP/out' && ! grep -q 'Unknown crash' '$TMP/out'"
rc=0; KTRIAGE_MATCH_BUDGET_MS=0 "$KTRIAGE" scan -f junit "$S/001_6f164741997502bb.txt" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "junit: undetermined in the failure" sh -c "grep -q '^undetermined: ' '$TMP/out' && ! grep -q 'no known signature matches' '$TMP/out'"

# --- which database: the newest of the updated copy, the installed one, the built-in one ---
XDG="$HOME/.local/share/ktriage"
mkdir -p "$XDG" "$TMP/none"
# a stale database: it knows no bug at all
"$KTRIAGE" signatures compile "$TMP/none" -o "$TMP/old.db" --db-version 0 2>/dev/null
"$KTRIAGE" signatures compile "$TMP/none" -o "$TMP/new.db" --db-version 2 2>/dev/null
"$KTRIAGE" signatures compile "$TMP/none" -o "$TMP/same.db" 2>/dev/null
kt version -v
check "version -v: the built-in database, its version" grep -q '^signature database: <built-in> (version 1, compiled .*, [0-9]* signatures)$' "$TMP/out"
kt signatures list
check "signatures list: says which database first" sh -c "head -n 1 '$TMP/out' | grep -q '^# database <built-in> (version 1, '"
cp "$TMP/old.db" "$XDG/signatures.db"
kt scan "$S/002_5d49e262595e473a.txt"
check "an older updated copy does not shadow the built-in database: the seed stays known (exit 1)" [ "$rc" = 1 ]
kt version -v
check "... version -v names the built-in database" grep -q '^signature database: <built-in> ' "$TMP/out"
cp "$TMP/new.db" "$XDG/signatures.db"
kt version -v
check "a newer updated copy (version 2) is used: version -v names it" grep -q "^signature database: $XDG/signatures.db (version 2, " "$TMP/out"
kt signatures list
check "... and signatures list" sh -c "head -n 1 '$TMP/out' | grep -q '^# database $XDG/signatures.db (version 2, .*, 0 signatures)'"
kt scan --color=never "$S/002_5d49e262595e473a.txt" "$S/001_6f164741997502bb.txt"
check "... and the multi-file summary (text)" grep -q "unknown; signature database $XDG/signatures.db version 2\$" "$TMP/out"
kt scan -f json "$S/002_5d49e262595e473a.txt" "$S/001_6f164741997502bb.txt"
check "... (json, on stderr)" grep -q "signature database $XDG/signatures.db version 2" "$TMP/err"
kt scan -f markdown "$S/002_5d49e262595e473a.txt" "$S/001_6f164741997502bb.txt"
check "... (markdown)" grep -q "signature database $XDG/signatures.db version 2" "$TMP/out"
# the same version: the one compiled last
cp "$TMP/same.db" "$XDG/signatures.db"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update meta set value='2000-01-01T00:00:00Z' where key='created'\"); c.commit()" "$XDG/signatures.db"
kt version -v
check "the same version, compiled before the built-in one: the built-in one is used" grep -q '^signature database: <built-in> ' "$TMP/out"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update meta set value='2999-01-01T00:00:00Z' where key='created'\"); c.commit()" "$XDG/signatures.db"
kt version -v
check "the same version, compiled after: the updated copy is used" grep -q "^signature database: $XDG/signatures.db (version 1, compiled 2999" "$TMP/out"
KTRIAGE_DB="$TMP/old.db" "$KTRIAGE" version -v >"$TMP/out" 2>&1
check "KTRIAGE_DB is used whatever its version" grep -q "^signature database: $TMP/old.db (version 0" "$TMP/out"
kt signatures list --db "$TMP/old.db"
check "so is --db" sh -c "head -n 1 '$TMP/out' | grep -q '^# database $TMP/old.db (version 0'"
rm -f "$XDG/signatures.db"
done_testing
