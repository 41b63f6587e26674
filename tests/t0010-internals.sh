#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Unit tests of the library's parsers through tests/helper/test-tool (as
# git's t/helper): each case runs one routine on one input and compares
# what it printed with the expectation written below it.  Cases:
# prefilter literal extraction, release comparison against Fixed-In, the
# .sig parser, the update-manifest parser, the git-bisect-log parser, and
# the segmenter on crafted logs (tests/data/units).
. "$SRCDIR/tests/lib.sh"
TT="$BUILDDIR/tests/helper/test-tool"
U="$DATA/units"

# expect NAME TOOL ARGS... <<EOF ... EOF: the tool's stdout must be the heredoc
expect() {
	name=$1
	shift
	cat >"$TMP/want"
	rc=0
	"$TT" "$@" >"$TMP/got" 2>"$TMP/err" || rc=$?
	if [ "$rc" -eq 0 ] && cmp -s "$TMP/want" "$TMP/got"; then
		ok "$name"
	else
		not_ok "$name (exit $rc)"
		diff -u "$TMP/want" "$TMP/got" | sed 's/^/# /'
	fi
}

# --- literals: what the prefilter looks for (lowercased: it is caseless) ---
expect "literals: escapes are the byte they escape" literals 'kernel BUG at arch\/powerpc\/mm\/pgtable\.c:\d+!' <<'EOF'
kernel bug at arch/powerpc/mm/pgtable.c:
EOF
expect "literals: \\+ is a literal plus" literals 'assert_pte_locked\+0x' <<'EOF'
assert_pte_locked+0x
EOF
expect "literals: an optional group ends the run" literals 'a(bcde)?fghi' <<'EOF'
fghi
EOF
expect "literals: a class ends the run" literals 'x[abc]yzzz' <<'EOF'
yzzz
EOF
expect "literals: a class escape ends the run" literals 'memtype\.c:[0-9]+ get_pat_info' <<'EOF'
 get_pat_info
EOF
expect "literals: the digits of \x41 are not literal text" literals 'abc\x41defg' <<'EOT'
defg
EOT
expect "literals: \x{..}, \p{..} and \pL arguments are skipped" literals 'ab\x{263a}cdef\p{Lu}ghij\pLklmnop' <<'EOT'
klmnop
EOT
expect "literals: \Q..\E is skipped whole" literals '\Qa.b\Ezzzz' <<'EOT'
zzzz
EOT
expect "literals: a back-reference is skipped with its digits" literals '(a)\12345wxyz' <<'EOT'
wxyz
EOT
expect "literals: inline (?i) is skipped" literals '(?i)Oops' <<'EOF'
oops
EOF
expect "literals: extended mode (?x) gives none: blanks and # are no text" literals 'abcd(?x) e f g h # comment' <<'EOF'
(none)
EOF
expect "literals: extended mode in a group's options gives none" literals '(?ix:a b c d)efgh' <<'EOF'
(none)
EOF
expect "literals: a verb is no group of text" literals 'abcd(*SKIP)efgh' <<'EOF'
abcd
EOF
expect "literals: -i lowercases" literals -i 'Unable To Handle' <<'EOF'
unable to handle
EOF
expect "literals: a branch without 4 literal bytes gives none" literals 'foo|barbaz' <<'EOF'
(none)
EOF
expect "literals: .* alone gives none" literals '.*' <<'EOF'
(none)
EOF
expect "literals: one per top-level alternative" literals 'kernel BUG at|Oops: Kernel access' <<'EOF'
kernel bug at
oops: kernel access
EOF
expect "literals: a group that must match gives its alternatives, with the plain bytes around it" literals '^walk_(pgd|p4d)_range' <<'EOF'
walk_pgd_range
walk_p4d_range
EOF
expect "literals: a group's set when its shortest beats the longest run" literals 'RIP: \S+:(vrm_uncharge|do_mremap)(\.[\w.]+)?[+ ]' <<'EOF'
:vrm_uncharge
:do_mremap
EOF
expect "literals: a group's alternatives with no plain text: their own sets" literals 'q(a(bc|de)f)gh' <<'EOF'
abcf
adef
EOF
expect "literals: a repeated group: no bytes after it" literals 'ab(cd|ef)+gh' <<'EOF'
abcd
abef
EOF
expect "literals: a non-capturing or named group is a group of text" literals 'ab(?:cd|ef)gh|(?<n>wxyz|stuv)' <<'EOF'
abcdgh
abefgh
wxyz
stuv
EOF
expect "literals: an optional group, a lookahead and a verb are not" literals 'xx(abcd|efgh)?|x(?=abcdefgh)|(*UTF)' <<'EOF'
(none)
EOF
expect "literals: a run wins a tie" literals '(abcd|efgh)[0-9]wxyz' <<'EOF'
wxyz
EOF

# --- regex engines: a pattern runs interpreted until it is JIT-compiled
# (lib/base/regex.c); the result must not depend on which engine ran it.
# Interpreted, this pattern exceeds the depth limit on 440 a's and an x, a
# limit the JIT does not have: the first match must not be an error.  A
# PCRE2 without a JIT (not built for every arch) has only the interpreter ---
aax=$(awk 'BEGIN { for (i = 0; i < 440; i++) printf "a"; print "x" }')
if [ "$("$TT" jit)" = yes ]; then
	expect "re-match: a limit the interpreter hits is the JIT's verdict" re-match '(*NO_AUTO_POSSESS)^((a)|b)*$' "$aax" 3 <<'EOF'
0
0
0
EOF
else
	ok "# SKIP re-match: this PCRE2 has no JIT to give the verdict"
fi
expect "re-match: interpreted and JIT-compiled matches agree" re-match 'RIP: \S+:(\w+)\+0x' 'RIP: 0010:vmalloc_fault+0x15a/0x2a0' 12 <<'EOF'
2
2
2
2
2
2
2
2
2
2
2
2
EOF

# --- release comparison: is the fix in the reporting kernel? ---
# x86-pat-fork-fail-untrack-pfn-no-ptes: Fixed-In v6.15, stable 6.1.160,
# 6.6.87, 6.12.23, 6.13.11, 6.14.2
PAT="$SRCDIR/signatures/x86-pat-fork-fail-untrack-pfn-no-ptes.sig"
while read -r release want; do
	[ -n "$release" ] || continue
	printf '%s\n' "$want" | tr '_' ' ' >"$TMP/case"
	expect "fix expected in $release: $want" fix-expected "$PAT" "$release" <"$TMP/case"
done <<'EOF'
6.15.0 fixed_against_v6.15
7.0.0 fixed_against_v6.15
6.16-rc1 fixed_against_v6.15
6.15-rc1 not-fixed_against_v6.15
6.12.23 fixed_against_stable_6.12.23
6.12.30-generic fixed_against_stable_6.12.23
6.12.22 not-fixed_against_stable_6.12.23
6.12.0-rc5+ not-fixed_against_stable_6.12.23
6.1.160 fixed_against_stable_6.1.160
6.1.159 not-fixed_against_stable_6.1.160
6.6.87-dirty fixed_against_stable_6.6.87
6.14.1 not-fixed_against_stable_6.14.2
5.15.0-91-generic not-fixed_against_v6.15
6.1.0-56-amd64 unknown_against_stable_6.1.160
6.12.0-55.9.1.el10_0.x86_64 unknown_against_stable_6.12.23
6.12.0-150700.53-default unknown_against_stable_6.12.23
6.12.0-00001-gabcdef0 not-fixed_against_stable_6.12.23
6.16.0-1-amd64 fixed_against_v6.15
garbage unknown_against_(null)
EOF
expect "fix expected: a release marked (unverified) says so" fix-expected \
	"$SRCDIR/signatures/xen-pv-early-pagetable-high-pin.sig" 3.0.0 <<'EOF'
fixed against v2.6.39 (unverified); unverified
EOF

# --- the .sig parser ---
expect "sig-parse: conditions, commits and releases with their lines" sig-parse \
	"$SRCDIR/signatures/ppc-radix-codepatch-tempmm-assert-pte-locked.sig" <<'EOF'
id: ppc-radix-codepatch-tempmm-assert-pte-locked
version: 2
evidence: console
cond: Require line /kernel BUG at arch\/powerpc\/mm\/pgtable\.c:\d+!/ line 9
cond: Require function /^assert_pte_locked$/ line 10
cond: Require frame /^(patch_instruction|__patch_instruction|do_patch_instruction)$/ line 11
cond: Support mmu /^Radix$/ line 12
cond: Support frame /^(arch_prepare_kprobe|register_kprobe|init_kprobes)$/ line 13
cond: Reject mmu /^Hash$/ line 14
fixed-by: 980411a4d1bb925d28cd9e8d8301dc982ece788d
introduced-by: c28c15b6d28a776538482101522cbcd9f906b15c
fixed-in: v6.2
test-log: tests/data/seeds/001_6f164741997502bb.txt
EOF
cat >"$TMP/bad.sig" <<'EOF'
Id: Bad_Id
Version: 1
Colour: blue
Require: line /unclosed(/
Fixed-By: xyz ("not a commit")
EOF
"$TT" sig-parse "$TMP/bad.sig" >"$TMP/got" 2>&1
check "sig-parse: an unknown key is a problem at its line" grep -q "bad.sig:3: .*Colour" "$TMP/got"
check "sig-parse: a bad Id is a problem at its line" grep -q "bad.sig:1: Id may contain only" "$TMP/got"
check "sig-parse: a missing required key is a problem" grep -q "bad.sig: missing Title:" "$TMP/got"
check "sig-parse: a malformed commit id is a problem at its line" grep -q "bad.sig:5: " "$TMP/got"

# --- the update manifest ---
expect "manifest: every key read, unknown keys ignored" manifest-parse "$U/manifest-good.txt" <<'EOF'
db_version: 20261121
db_size: 4096
db_sha256: abababababababababababababababababababababababababababababababab
db_url: signatures.db
created: 1795262400
expires: 1797854400
min_version: (null)
EOF
expect "manifest: an upper-case SHA-256 is refused" manifest-parse "$U/manifest-upper-sha.txt" <<'EOF'
error: manifest: missing or invalid key (format, db-version, db-size, db-sha256, db-url and expires are required)
EOF
expect "manifest: an unknown format is refused" manifest-parse "$U/manifest-format-2.txt" <<'EOF'
error: manifest: unknown format 'ktriage-manifest-2'
EOF
expect "manifest: a line without a colon is refused with its number" manifest-parse "$U/manifest-no-colon.txt" <<'EOF'
error: manifest: line 2: expected 'key: value'
EOF

# --- git bisect log ---
"$TT" bisect-log "$DATA/bisect/001-unfinished.log" >"$TMP/got"
check "bisect-log: default terms" grep -qx 'terms: bad good' "$TMP/got"
# 10 good/bad lines plus the two commits of "git bisect start BAD GOOD"
check "bisect-log: every marked commit is read ($(grep -c '^commit:' "$TMP/got") of 12)" \
	[ "$(grep -c '^commit:' "$TMP/got")" -eq 12 ]
check "bisect-log: an unfinished bisection has no first bad commit" sh -c "! grep -q ' first-bad' '$TMP/got'"
"$TT" bisect-log "$DATA/bisect/unknown-first-bad.log" >"$TMP/got"
check "bisect-log: the first bad commit is found" sh -c "[ \$(grep -c ' first-bad' '$TMP/got') = 1 ]"
check "bisect-log: skipped commits are read as skip" grep -q '^commit: skip ' "$TMP/got"

# --- the segmenter on crafted logs ---
expect "segment: a WARNING ends at its end-trace line; a panic joins its oops" segment "$U/segment-two-reports.log" <<'EOF'
report 0: lines 2-11, 10 own lines, 1 context, kind warning, header "WARNING: CPU: 0 PID: 1 at mm/memory.c:100 zap_pte_range+0x10/0x20", caller (null)
report 1: lines 13-23, 11 own lines, 12 context, kind oops, header "BUG: kernel NULL pointer dereference, address: 0000000000000008", caller (null), panicked
EOF
expect "segment: lines of another caller id stay out of the report" segment "$U/segment-interleaved-callers.log" <<'EOF'
report 0: lines 2-11, 8 own lines, 1 context, kind oops, header "BUG: Unable to handle kernel data access on read at 0xc000000000001000", caller T347
EOF
expect "segment: a report cut by the end of the log is flagged truncated" segment "$U/segment-cut.log" <<'EOF'
report 0: lines 2-4, 3 own lines, 1 context, kind warning, header "WARNING: CPU: 0 PID: 1 at mm/memory.c:100 zap_pte_range+0x10/0x20", caller (null), truncated
EOF
expect "segment: a firmware banner after running kernel output is a reboot; not after a shutdown, a panic or at the start" segment "$U/segment-reboots.log" <<'EOF'
report 0: lines 11-11, 1 own lines, 10 context, kind reboot, header "SeaBIOS (version 1.16.3-debian-1.16.3-2)", caller (null)
report 1: lines 14-22, 9 own lines, 13 context, kind panic, header "Kernel panic - not syncing: Attempted to kill init! exitcode=0x00000009", caller (null), panicked
EOF
# --- mail-wrapped lines are joined (real reports; lib/formats kt_wrap_forms) ---
OCC="$DATA/signatures/occurrences"
"$TT" segment "$OCC/x86-pat-fork-fail-untrack-pfn-no-ptes.2.log" >"$TMP/got"
check "wrapped: a WARNING header cut before its function is joined" \
	grep -q 'header "WARNING: CPU: 2 PID: 12458 at arch/x86/mm/pat/memtype.c:1002 get_pat_info+0x4b6/0x5c0' "$TMP/got"
"$TT" segment "$OCC/ppc-bpf-trampoline-size-underestimate-warn.2.log" >"$TMP/got"
check "wrapped: a path cut at a slash is joined without a space" \
	grep -q 'at arch/powerpc/net/bpf_jit_comp.c:961 __arch_prepare_bpf_trampoline.isra.0+0xdc8/0xfe0"' "$TMP/got"
"$TT" segment "$OCC/static-call-del-module-init-failure-gp.3.log" >"$TMP/got"
check "wrapped: a timestamped header continues on a line without one" \
	grep -q 'header "Oops: general protection fault, probably for non-canonical address 0xdffffc0000000001: 0000 \[#1\]' "$TMP/got"
check "wrapped: the joined line keeps the number of its first line" grep -q '^report 1: lines 99-' "$TMP/got"
check "wrapped: the WARNING before it, cut after 'at', is joined with its path and function" \
	grep -q '^report 0: lines 1-98,.*header "WARNING: CPU: 6 PID: 9846 at kernel/static_call_inline.c:456 static_call_module_notify+0x2d5/0x3d0"' "$TMP/got"
"$TT" segment "$DATA/corpus/x86/sweep-ttm-resource-init-bulk-move-null-journal-wrapped.log" >"$TMP/got"
check "wrapped: a journal line's NULL-pointer header cut before 'dereference' is joined" \
	grep -q 'header "BUG: kernel NULL pointer dereference, address: 0000000000000008"' "$TMP/got"
# --- header forms: page allocation failure whatever the task's name, or without it ---
printf 'Web Content: page allocation failure: order:0, mode:0x40(__GFP_IO)\nCPU: 0 PID: 1 Comm: Web Content Not tainted 6.8.0 #1\nCall Trace:\n dump_stack_lvl+0x1/0x2\n warn_alloc+0x1/0x2\n foo_init+0x1/0x2\n' >"$TMP/pa.log"
sed 's/^Web Content: //' "$TMP/pa.log" >"$TMP/pa-cut.log"
kt scan --format json "$TMP/pa.log"
check "header: a page allocation failure of a task whose name holds a blank" [ "$(json_get "$TMP/out" 0 title)" = "page allocation failure in foo_init" ]
kt scan --format json "$TMP/pa-cut.log"
check "header: a page allocation failure with the task's name cut off" [ "$(json_get "$TMP/out" 0 title)" = "page allocation failure in foo_init" ]
# --- annotated traces: syzbot's "func file.c:N [inline]" lines are frames ---
kt scan --format json "$U/frames-syzbot-inline.log"
check "frames: an [inline] frame of an annotated trace is read (__mmput)" \
	sh -c "python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); sys.exit(\"__mmput\" not in [f[\"function\"] for f in d[\"frames\"]])' '$TMP/out'"
check "frames: the annotated frames keep their order" \
	sh -c "python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).readline()); f=[x[\"function\"] for x in d[\"frames\"]]; sys.exit(f != [\"unmap_single_vma\", \"unmap_vmas\", \"exit_mmap\", \"__mmput\", \"mmput\", \"do_exit\"])' '$TMP/out'"
# --- arch: a bracketed 0xffffffff8... frame is x86_64 text only from 0xffffffff81000000 up;
# riscv64 links its kernel at 0xffffffff80000000 (lookalikes/riscv-patch-text-...-soft-lockup.log) ---
for a in 80cbc444:null 81cbc444:x86_64; do
	printf '%s\n' 'rcu: INFO: rcu_sched detected stalls on CPUs/tasks:' \
	    'rcu: 	0-....: (1400 ticks this GP) idle=d5e4/1/0x4000000000000000 softirq=5542/5542 fqs=1862' \
	    'Task dump for CPU 0:' 'Call Trace:' "[<ffffffff${a%%:*}>] __schedule+0x2d0/0x940" >"$TMP/arch.log"
	kt scan --format json "$TMP/arch.log"
	check "arch: a [<ffffffff${a%%:*}>] frame alone reads as ${a#*:}" [ "$(json_get "$TMP/out" 0 arch)" = "${a#*:}" ]
done
# --- skim literals: derived from the tables (header literals, wrap words), so a new form is skimmed for ---
"$TT" skim-literals >"$TMP/got"
"$TT" skim-literals --all >"$TMP/all"
check "skim-literals --all: every header form's literal is there (Kernel panic, BUG: KASAN:, Xen BUG at)" \
	sh -c "grep -qx 'Kernel panic - not syncing' '$TMP/all' && grep -qx 'BUG: KASAN:' '$TMP/all' && grep -qx 'Xen BUG at' '$TMP/all'"
check "skim-literals --all: the words of a mail-wrapped line are there (probably for)" grep -qx 'probably for' "$TMP/all"
check "skim-literals: each once" sh -c "test \"\$(sort '$TMP/got' | uniq -d)\" = ''"
# a literal holding another is not searched for: a line holding it holds the other
check "skim-literals: BUG: KASAN: is found by BUG: , Kernel panic - not syncing by itself" \
	sh -c "! grep -qx 'BUG: KASAN:' '$TMP/got' && grep -qx 'BUG: ' '$TMP/got' && grep -qx 'Kernel panic - not syncing' '$TMP/got'"
check "skim-literals: every literal of the tables holds one searched for" \
	sh -c "test \"\$(grep -c -v -F -f '$TMP/got' '$TMP/all')\" = 0"
check "skim-literals: no literal searched for holds another" \
	sh -c "test \"\$(awk 'NR == FNR { lit[NR] = \$0; n = NR; next } { for (i = 1; i <= n; i++) if (lit[i] != \$0 && index(\$0, lit[i])) print }' '$TMP/got' '$TMP/got')\" = ''"
# --- row prefilters: a field form or arch marker is tried only on lines holding one of its literals ---
find "$SRCDIR/tests/data" -name '*.log' -type f >"$TMP/logs"
find "$SRCDIR/tests/data/syzkaller/reports" -type f >>"$TMP/logs"
check "prefilter: every line a field form or arch marker matches holds one of its literals; every prefix form that matches a line is in the two- and four-byte masks of its start; remembered short-text verdicts agree with the regex; the body forms split by first byte class every line as the whole forms do; no wrap form's pattern matches a line its gate rules out" \
	sh -c "xargs '$TT' prefilter-check <'$TMP/logs' >'$TMP/got' || { cat '$TMP/got'; false; }"
done_testing
