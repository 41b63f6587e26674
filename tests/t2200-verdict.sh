#!/bin/sh
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
kt scan --min-confidence low -f json "$LOW"
check "--min-confidence low: the same match counts as known, exit 1" [ "$rc" = 1 -a "$(json_get "$TMP/out" 0 matches.0.guess)" = false ]
kt scan --color=never "$LOW" "$DATA/seeds/002_5d49e262595e473a.txt"
check "summary: the guess is not counted as known" grep -q '^2 logs read, 2 crash reports: 1 known, 1 unknown' "$TMP/out"
check "... nor among the most frequent signatures" sh -c "! grep -q '^most frequent:.*ppc64s-slb' '$TMP/out'"
done_testing
