#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# --kernel-tree: "is my kernel fixed?" from real git repositories built here
# with git: an upstream history with the introducing commit and the fix, a
# stable branch backporting it ("commit <sha> upstream."), a distribution
# branch cherry-picking it ("(cherry picked from commit <sha>)"), one that
# rewrites its subject (same patch id), one with the same subject but
# another diff, one that never had the introducing commit, a shallow clone
# and a directory that is not a repository.  The signature is the real
# kfence-x86-kpti-preemptible-flush.sig with its commits pointed at the test
# repository, the log its real Test-Log.  Every verdict is checked in every
# output format; then bisect annotate --kernel-tree and signatures verify.
. "$SRCDIR/tests/lib.sh"
SIG=kfence-x86-kpti-preemptible-flush
LOG="$DATA/signatures/$SIG.log"
FIX_SUBJECT='kfence, x86: fix preemptible warning on KPTI-enabled systems'
INTRO_SUBJECT='x86/mm: flush the user ASID from flush_tlb_one_kernel()'

if ! command -v git >/dev/null 2>&1; then
	echo "1..0 # SKIP git is not installed"
	exit 0
fi
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.invalid GIT_COMMITTER_NAME=t \
	GIT_COMMITTER_EMAIL=t@example.invalid GIT_CONFIG_NOSYSTEM=1
export XDG_CACHE_HOME="$TMP/cache"
unset KTRIAGE_KERNEL_TREE

# ---------------------------------------------------------------- the trees
UP="$TMP/up"
g() { git -C "$UP" "$@"; }
commit() { g add -A && g commit -q -m "$1" ${2:+-m "$2"}; }
mkdir -p "$UP/arch/x86/mm" "$UP/arch/x86/include/asm" "$UP/mm"
g init -q
g checkout -q -b master
printf 'void flush_tlb_one_kernel(unsigned long addr)\n{\n\tflush_tlb_one_user(addr);\n}\n' >"$UP/arch/x86/mm/tlb.c"
printf 'static inline bool kfence_protect_page(unsigned long addr, bool protect)\n{\n\tset_pte(pte, pte_mkprotect(*pte));\n\tflush_tlb_one_kernel(addr);\n\treturn true;\n}\n' >"$UP/arch/x86/include/asm/kfence.h"
printf 'int x;\n' >"$UP/mm/other.c"
commit "Linux 5.10"
g tag v5.10
printf 'void flush_tlb_one_kernel(unsigned long addr)\n{\n\tflush_tlb_one_user(addr);\n\tinvalidate_user_asid(0);\n}\n' >"$UP/arch/x86/mm/tlb.c"
commit "$INTRO_SUBJECT"
INTRO=$(g rev-parse HEAD)
printf 'int x = 1;\n' >"$UP/mm/other.c"
commit "Linux 5.11"
g tag v5.11
printf 'int x = 2;\n' >"$UP/mm/other.c"
commit "mm: an unrelated change"
printf 'static inline bool kfence_protect_page(unsigned long addr, bool protect)\n{\n\tset_pte(pte, pte_mkprotect(*pte));\n\tpreempt_disable();\n\tflush_tlb_one_kernel(addr);\n\tpreempt_enable();\n\treturn true;\n}\n' >"$UP/arch/x86/include/asm/kfence.h"
commit "$FIX_SUBJECT" "Fixes: ${INTRO%"${INTRO#????????????}"}"
FIX=$(g rev-parse HEAD)
g tag v5.12-rc7
printf 'int x = 3;\n' >"$UP/mm/other.c"
commit "Linux 5.12"
g tag v5.12
# stable 5.11.y: an unrelated fix (5.11.1), then the backport (5.11.2)
g checkout -q -b linux-5.11.y v5.11
printf 'int x = 11;\n' >"$UP/mm/other.c"
commit "mm: a stable-only fix"
g tag v5.11.1
g cherry-pick "$FIX" >/dev/null
g commit -q --amend -m "$FIX_SUBJECT" -m "commit $FIX upstream." -m "Signed-off-by: Stable <stable@example.invalid>"
STABLE_BP=$(g rev-parse HEAD)
g tag v5.11.2
# a distribution's branch: cherry-pick -x, abbreviated to 12 digits as some do
g checkout -q -b distro v5.11
g cherry-pick -x "$FIX" >/dev/null
DISTRO_BP=$(g rev-parse HEAD)
# a distribution that abbreviates the id in its trailer
g checkout -q -b abbrev v5.11
g cherry-pick "$FIX" >/dev/null
g commit -q --amend -m "$FIX_SUBJECT" -m "(backported from commit $(printf '%.12s' "$FIX"))"
ABBREV_BP=$(g rev-parse HEAD)
# the fix applied under another subject, no trailer: only its patch id tells
g checkout -q -b rewritten v5.11
g cherry-pick "$FIX" >/dev/null
g commit -q --amend -m "x86/kfence: avoid a DEBUG_PREEMPT splat with page table isolation"
REWRITTEN_BP=$(g rev-parse HEAD)
# the same subject, another diff (a vendor's own take on it)
g checkout -q -b vendor v5.11
printf 'static inline bool kfence_protect_page(unsigned long addr, bool protect)\n{\n\tset_pte(pte, pte_mkprotect(*pte));\n\tget_cpu();\n\tflush_tlb_one_kernel(addr);\n\tput_cpu();\n\treturn true;\n}\n' >"$UP/arch/x86/include/asm/kfence.h"
commit "$FIX_SUBJECT"
VENDOR_BP=$(g rev-parse HEAD)
# the stable backport, reverted later
g checkout -q -b reverted linux-5.11.y
g revert --no-edit "$STABLE_BP" >/dev/null
REVERT=$(g rev-parse HEAD)
# a branch from before the introducing commit
g checkout -q -b never v5.10
printf 'int y;\n' >"$UP/mm/never.c"
commit "mm: a change of its own"
g checkout -q master
git clone -q --depth 1 "file://$UP" "$TMP/shallow" 2>/dev/null
git clone -q --depth 2 -b linux-5.11.y "file://$UP" "$TMP/shallow-stable" 2>/dev/null
mkdir -p "$TMP/plain"
echo "not a repository" >"$TMP/plain/README"

# the real signature, its commits pointed at the test repository
mkdir -p "$TMP/sigs"
sed -e "s/^Fixed-By: [0-9a-f]* /Fixed-By: $FIX /" -e "/^Fixed-By:/a\\
Introduced-By: $INTRO (\"$INTRO_SUBJECT\")" -e '/^Fixed-In:/a\
Fixed-In: stable 5.11.2' \
	"$SRCDIR/signatures/$SIG.sig" >"$TMP/sigs/$SIG.sig"
kt signatures compile "$TMP/sigs" -o "$TMP/t.db"
check "the test signature compiles" [ "$rc" = 0 ]

short() { printf '%.12s' "$1"; }

# verdict NAME TREE REV TOKEN INTRODUCED TEXT: the verdict of the one match in every format
verdict() {
	name=$1 tree=$2 rev=$3 token=$4 intro=$5 text=$6
	set -- --db "$TMP/t.db" --kernel-tree "$tree" ${VERDICT_OPTS:-}
	[ -z "$rev" ] || set -- "$@" --kernel-rev "$rev"
	kt scan --color=never "$@" "$LOG"
	check "$name: text: $token" grep -qF "$text" "$TMP/out"
	cp "$TMP/out" "$TMP/out.$name.txt"
	kt scan -f json "$@" "$LOG"
	check "$name: json: tree.verdict $token" [ "$(json_get "$TMP/out" 0 matches.0.tree.verdict)" = "$token" ]
	check "$name: json: tree.introduced_in_tree $intro" [ "$(json_get "$TMP/out" 0 matches.0.tree.introduced_in_tree)" = "$intro" ]
	check "$name: json: tree.text is the text's" [ "$(json_get "$TMP/out" 0 matches.0.tree.text)" = "$text" ] ||
		sed -n 's/^/# /p' "$TMP/out"
	cp "$TMP/out" "$TMP/out.$name.json"
	kt scan -f tsv "$@" "$LOG"
	check "$name: tsv: eighth column $token" [ "$(cut -f8 "$TMP/out")" = "$token" ]
	kt scan -f markdown "$@" "$LOG"
	check "$name: markdown: $token" grep -qF -- "- kernel tree at" "$TMP/out"
	sed 's/\\\(.\)/\1/g' "$TMP/out" >"$TMP/out.md"
	check "$name: markdown: the verdict (escapes undone)" grep -qF -- "$text" "$TMP/out.md"
	kt scan -f junit "$@" "$LOG"
	check "$name: junit: the verdict" sh -c "sed 's/&quot;/\"/g' '$TMP/out' | grep -qF -- '$(printf '%s' "$text" | sed "s/'/'\\\\''/g")'"
	kt scan -f kcidb "$@" "$LOG"
	check "$name: kcidb: the issue's misc.kernel_tree.verdict $token" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
v = [i["misc"]["kernel_tree"]["verdict"] for i in d["issues"] if "kernel_tree" in i.get("misc", {})]
sys.exit(0 if v == [sys.argv[2]] else 1)' "$TMP/out" "$token"
	check "$name: kcidb: valid against the KCIDB schema" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
V = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
errs = list(V(schema).iter_errors(json.load(open(sys.argv[2]))))
sys.exit(1 if errs else 0)' "$DATA/kcidb/kcidb-io.schema.v5.3.json" "$TMP/out"
}

S_FIX=$(short "$FIX")
verdict upstream "$UP" "" fixed true \
	"fixed: $S_FIX is in this tree"
check "upstream: the match stays high" grep -q "known bug (high confidence): $SIG" "$TMP/out.upstream.txt"
check "upstream: names the revision and its commit" grep -q "kernel tree at HEAD ($(short "$(g rev-parse HEAD)")): fixed" "$TMP/out.upstream.txt"
verdict stable "$UP" linux-5.11.y fixed-by-backport true \
	"fixed by backport: $(short "$STABLE_BP") (\"$FIX_SUBJECT\") carries $S_FIX, by its trailer \"commit $FIX upstream.\""
check "stable: json: evidence trailer" [ "$(json_get "$TMP/out.stable.json" 0 matches.0.tree.fixes.0.evidence)" = trailer ]
check "stable: json: the backport commit" [ "$(json_get "$TMP/out.stable.json" 0 matches.0.tree.fixes.0.commit)" = "$STABLE_BP" ]
verdict distro "$UP" distro fixed-by-backport true \
	"fixed by backport: $(short "$DISTRO_BP") (\"$FIX_SUBJECT\") carries $S_FIX, by its trailer \"(cherry picked from commit $FIX)\""
verdict rewritten "$UP" rewritten fixed-by-backport true \
	"fixed by backport: $(short "$REWRITTEN_BP") (\"x86/kfence: avoid a DEBUG_PREEMPT splat with page table isolation\") carries $S_FIX, by the same patch id"
check "rewritten: json: evidence patch-id" [ "$(json_get "$TMP/out.rewritten.json" 0 matches.0.tree.fixes.0.evidence)" = patch-id ]
verdict vendor "$UP" vendor fixed-by-backport true \
	"fixed by backport: $(short "$VENDOR_BP") (\"$FIX_SUBJECT\") carries $S_FIX, by the same subject"
check "vendor: json: evidence subject" [ "$(json_get "$TMP/out.vendor.json" 0 matches.0.tree.fixes.0.evidence)" = subject ]
verdict notfixed "$UP" v5.11 not-fixed true \
	"not fixed: cherry-pick $S_FIX (\"$FIX_SUBJECT\"); the introducing commit $(short "$INTRO") is in this tree"
check "notfixed: the match stays high" grep -q "known bug (high confidence): $SIG" "$TMP/out.notfixed.txt"
# a low match is a guess at the default --min-confidence: shown as a match here
VERDICT_OPTS="--min-confidence low" verdict never "$UP" never not-fixed false \
	"not fixed: cherry-pick $S_FIX (\"$FIX_SUBJECT\"); this tree never had the bug: the introducing commit $(short "$INTRO") is not in it, so this crash is a different bug with the same symptom"
check "never: the match drops to low" grep -q "known bug (low confidence): $SIG" "$TMP/out.never.txt"
check "never: json: confidence low" [ "$(json_get "$TMP/out.never.json" 0 matches.0.confidence)" = low ]
check "never: json: never_had_bug" [ "$(json_get "$TMP/out.never.json" 0 matches.0.tree.never_had_bug)" = true ]
kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev never --min-confidence medium "$LOG"
check "never: --min-confidence medium drops the match" grep -q "unknown crash" "$TMP/out"
VERDICT_OPTS=
verdict shallow "$TMP/shallow" "" unknown null \
	"unknown: this tree does not know commit $S_FIX (another project, or a history that does not reach it: it is a shallow clone)"
kt scan --db "$TMP/t.db" --kernel-tree "$TMP/shallow-stable" "$LOG"
check "a shallow clone whose tip is the backport: what it has still counts" grep -qF "fixed by backport: $(short "$STABLE_BP")" "$TMP/out"
kt scan --db "$TMP/t.db" --kernel-tree "$TMP/shallow-stable" --kernel-rev HEAD~1 "$LOG"
check "... and its cut history is unknown, not 'not fixed'" grep -qF "unknown: this tree does not know commit $S_FIX" "$TMP/out"
verdict plain "$TMP/plain" "" unknown null \
	"unknown: $TMP/plain is not a git repository"
check "plain: a warning says every verdict is unknown" grep -q "kernel-tree: $TMP/plain is not a git repository.*every verdict is unknown" "$TMP/err"
kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev no-such-branch "$LOG"
check "an unknown revision: unknown, said" grep -q "unknown: no-such-branch is not a commit of this tree" "$TMP/out"

verdict reverted "$UP" reverted not-fixed true \
	"not fixed: cherry-pick $S_FIX (\"$FIX_SUBJECT\"): $(short "$STABLE_BP") carried it, but $(short "$REVERT") (\"Revert \"$FIX_SUBJECT\"\") reverts it; the introducing commit $(short "$INTRO") is in this tree"
check "reverted: json: reverted_by" [ "$(json_get "$TMP/out.reverted.json" 0 matches.0.tree.fixes.0.reverted_by)" = "$REVERT" ]

# abbreviated commit ids, in a trailer and in the signature: resolved by prefix
kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev abbrev "$LOG"
check "abbreviated id in a trailer: fixed by backport" grep -qF "fixed by backport: $(short "$ABBREV_BP") (\"$FIX_SUBJECT\") carries $S_FIX, by its trailer \"(backported from commit $S_FIX)\"" "$TMP/out"
mkdir -p "$TMP/sigs-abbrev"
sed -e "s/$FIX/$(short "$FIX")/" -e "s/$INTRO/$(short "$INTRO")/" "$TMP/sigs/$SIG.sig" >"$TMP/sigs-abbrev/$SIG.sig"
kt signatures compile "$TMP/sigs-abbrev" -o "$TMP/abbrev.db"
kt scan --db "$TMP/abbrev.db" --kernel-tree "$UP" "$LOG"
check "abbreviated Fixed-By: resolved by prefix, fixed" grep -qF "fixed: $S_FIX is in this tree" "$TMP/out"
kt scan --db "$TMP/abbrev.db" --kernel-tree "$UP" --kernel-rev distro "$LOG"
check "abbreviated Fixed-By, full id in the trailer: fixed by backport" grep -qF "carries $S_FIX, by its trailer \"(cherry picked from commit $FIX)\"" "$TMP/out"
kt scan --db "$TMP/abbrev.db" --kernel-tree "$UP" --kernel-rev never "$LOG"
check "abbreviated Introduced-By: the tree never had the bug" grep -qF "this tree never had the bug: the introducing commit $(short "$INTRO") is not in it" "$TMP/out"

# $KTRIAGE_KERNEL_TREE, --kernel-rev without a tree, no tree: no verdict
KTRIAGE_KERNEL_TREE="$UP" kt scan --db "$TMP/t.db" --color=never "$LOG"
check "\$KTRIAGE_KERNEL_TREE gives the verdict" grep -qF "fixed: $S_FIX is in this tree" "$TMP/out"
kt scan --db "$TMP/t.db" --kernel-rev HEAD "$LOG"
check "--kernel-rev without --kernel-tree: usage error (2)" [ "$rc" = 2 ]
kt scan -f json --db "$TMP/t.db" "$LOG"
check "without a tree: no tree key" [ "$(python3 -c 'import json,sys; print("tree" in json.loads(open(sys.argv[1]).readline())["matches"][0])' "$TMP/out")" = False ]
kt scan -f tsv --db "$TMP/t.db" "$LOG"
check "without a tree: tsv keeps seven columns" [ "$(awk -F'\t' '{print NF}' "$TMP/out")" = 7 ]

# ------------------------------------------------------------------ cache
check "the index is cached per revision" [ "$(find "$TMP/cache/ktriage/tree" -name '*.idx' | wc -l)" = 9 ]
KTRIAGE_TREE_STATS=1 kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev rewritten "$LOG"
check "a second scan loads the cache" grep -q "commits loaded from the cache" "$TMP/err"
check "... with the same verdict (the patch id search is cached too)" grep -qF "by the same patch id" "$TMP/out"
for f in "$TMP"/cache/ktriage/tree/*.idx; do
	head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"	# a cache cut short (a full disk)
done
KTRIAGE_TREE_STATS=1 kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev rewritten "$LOG"
check "a damaged cache is walked again, same verdict" sh -c "grep -q 'commits walked' '$TMP/err' && grep -qF 'by the same patch id' '$TMP/out'"
rm -rf "$TMP/cache"
KTRIAGE_TREE_STATS=1 kt scan --db "$TMP/t.db" --kernel-tree "$UP" --kernel-rev rewritten "$LOG"
check "without the cache, the history is walked again" grep -q "commits walked" "$TMP/err"
KTRIAGE_TREE_STATS=1 kt scan --db "$TMP/t.db" --kernel-tree "$TMP/shallow" "$LOG"
check "a shallow clone is not cached" grep -q "commits walked in .* (shallow clone)" "$TMP/err"

# ------------------------------------------------------- bisect annotate
bisect_log() {
	git -C "$UP" bisect reset -q >/dev/null 2>&1
	git -C "$UP" bisect start "$1" "$2" >/dev/null 2>&1
	git -C "$UP" bisect log >"$TMP/bisect.log"
	git -C "$UP" bisect reset -q >/dev/null 2>&1
}
bisect_log v5.11 v5.10
kt bisect annotate --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate: the range holds the introducing commit: exit 0" [ "$rc" = 0 ]
check "annotate: the range's size" grep -q "^kernel tree $UP: the bisect range .* has 2 commits" "$TMP/out"
check "annotate: names the bug the range's commit introduced" grep -qF "  it contains $(short "$INTRO") (\"$INTRO_SUBJECT\"), which introduced $SIG" "$TMP/out"
kt bisect annotate --db "$TMP/t.db" "$TMP/bisect.log"
check "annotate without --kernel-tree: not found (3)" [ "$rc" = 3 ]
kt bisect annotate -f json --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate json: kernel_tree.contains introduced_by" [ "$(json_get "$TMP/out" 0 kernel_tree.contains.0.role)" = introduced_by ]
check "annotate json: range_commits 2" [ "$(json_get "$TMP/out" 0 kernel_tree.range_commits)" = 2 ]
bisect_log v5.12 v5.11
kt bisect annotate --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate: a range with the fix says the good side may be the fix" grep -qF "  it contains $S_FIX (\"$FIX_SUBJECT\"), the fix of $SIG: the \"good\" side may be the fix" "$TMP/out"
check "annotate: ... and no introducing commit: exit 3" [ "$rc" = 3 ]
kt bisect annotate -f json --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate json: kernel_tree.contains fixed_by" [ "$(json_get "$TMP/out" 0 kernel_tree.contains.0.role)" = fixed_by ]
bisect_log v5.11.2 v5.11.1
kt bisect annotate --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate: a stable range holding the fix's backport names it" grep -qF "  it contains $(short "$STABLE_BP"), a backport of $S_FIX (\"$FIX_SUBJECT\"), the fix of $SIG" "$TMP/out"
kt bisect annotate -f json --db "$TMP/t.db" --kernel-tree "$UP" "$TMP/bisect.log"
check "annotate json: the backport's id" [ "$(json_get "$TMP/out" 0 kernel_tree.contains.0.backport)" = "$STABLE_BP" ]
kt bisect annotate --db "$TMP/t.db" --kernel-tree "$TMP/plain" "$TMP/bisect.log"
check "annotate: a directory that is no repository: unknown, said" grep -q "^kernel tree $TMP/plain: unknown: $TMP/plain is not a git repository" "$TMP/out"
kt bisect annotate --db "$TMP/t.db" --kernel-tree "$TMP/shallow" "$TMP/bisect.log"
check "annotate: commits the tree does not know: unknown, said" grep -q "^kernel tree $TMP/shallow: unknown: .* is not in this tree" "$TMP/out"

# ------------------------------------------------------ signatures verify
kt signatures verify --kernel-tree "$UP" "$TMP/sigs"
check "verify: the test signature agrees with the tree" [ "$rc" = 0 ] ||
	sed -n 's/^/# /p' "$TMP/err"
check "verify: says so" grep -q "1 signatures agree with $UP" "$TMP/out"
mkdir -p "$TMP/bad"
sed -e "s/^Fixed-In: v5.12-rc7/Fixed-In: v5.12/" -e "s/^Fixed-In: stable 5.11.2/Fixed-In: stable 5.11.1/" \
	-e "s/(\"$FIX_SUBJECT\")/(\"kfence: a subject it does not have\")/" \
	-e "s/^Introduced-By: [0-9a-f]*/Introduced-By: 0123456789ab/" "$TMP/sigs/$SIG.sig" >"$TMP/bad/$SIG.sig"
kt signatures verify --kernel-tree "$UP" "$TMP/bad"
check "verify: problems: exit 2" [ "$rc" = 2 ]
line() { grep -n "^$1" "$TMP/bad/$SIG.sig" | head -n 1 | cut -d: -f1; }
F="$TMP/bad/$SIG.sig"
check "verify: a subject that differs, file:line" grep -qF "$F:$(line Fixed-By): Fixed-By $FIX: its subject is \"$FIX_SUBJECT\", not \"kfence: a subject it does not have\"" "$TMP/err"
check "verify: a commit the tree does not have, file:line" grep -qF "$F:$(line Introduced-By): Introduced-By 0123456789ab: no such commit in $UP" "$TMP/err"
check "verify: Fixed-In not the first tag containing the fix" grep -qF "$F:$(line 'Fixed-In: v'): Fixed-In v5.12: the first tag containing the fix is v5.12-rc7" "$TMP/err"
check "verify: a stable release that does not carry the backport" grep -qF "$F:$(line 'Fixed-In: stable'): Fixed-In stable 5.11.1: v5.11.1 does not carry the fix" "$TMP/err"
check "verify: counts the problems" grep -q "signatures verify: 4 problems in $TMP/bad" "$TMP/err"
kt signatures verify --kernel-tree "$TMP/plain" "$TMP/sigs"
check "verify: not a repository: exit 2, said" sh -c "[ $rc = 2 ] && grep -q 'is not a git repository' '$TMP/err'"
kt signatures verify "$TMP/sigs"
check "verify without --kernel-tree: usage error" [ "$rc" = 2 ]

# the printed verdicts, for the record (make check keeps them in the log)
for n in upstream stable distro rewritten vendor notfixed reverted never shallow plain; do
	printf '# %-9s %s\n' "$n:" "$(grep 'kernel tree at' "$TMP/out.$n.txt" | sed 's/^ *//')"
done
done_testing
