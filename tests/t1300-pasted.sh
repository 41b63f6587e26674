#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Pasted logs: a prefix that a logger or CI tool puts on every line of a
# block is stripped whatever the tool.  Every seed, with each kind of
# prefix on every line, must give the same reports (all but the source
# label) as the seed itself.  Real logs with such prefixes are in the corpus
# (corpus/x86/docker-for-win-*) and their goldens.
. "$SRCDIR/tests/lib.sh"
for seed in "$DATA"/seeds/*.txt; do
	name=${seed##*/}
	"$KTRIAGE" scan -f json "$seed" >"$TMP/plain" 2>/dev/null
	# (the fourth: a CI runner's time before docker compose's job, as
	# GitHub Actions prints a job's containers)
	for prefix in '[16:39:53.644][Moby           ][Info   ] ' 'kernel-1  | ' '[2026-12-02 08:00:01][serial][INFO] ' \
	    '2026-12-02T08:00:01.1234567Z qemu-1  | '; do
		# digits vary from line to line, as a logger's clock does
		awk -v p="$prefix" '{ q = p; gsub(/[0-9]/, NR % 10, q); print q $0 }' "$seed" >"$TMP/pasted"
		"$KTRIAGE" scan -f json "$TMP/pasted" >"$TMP/got" 2>/dev/null
		check "$name with '$prefix' on every line: the same reports" same_reports "$TMP/plain" "$TMP/got"
	done
done
# A message's own indent after the prefix (" INFO: task ...", "  ? func")
# is not part of the prefix, whose shape stays the same from line to line:
# a real hung-task report whose lines start with a blank, behind Docker
# Desktop's prefix, gives the report of the log itself.
log="$DATA/signatures/kvm-x86-async-pf-zero-token-lost-ready.log"
"$KTRIAGE" scan -f json "$log" >"$TMP/plain" 2>/dev/null
awk '{ printf "[16:39:%02d.%03d][Moby           ][Info   ] %s\n", NR % 60, NR, $0 }' "$log" >"$TMP/pasted"
"$KTRIAGE" scan -f json "$TMP/pasted" >"$TMP/got" 2>/dev/null
check "indented lines behind a logger prefix: the same reports" same_reports "$TMP/plain" "$TMP/got"
check "indented lines behind a logger prefix: the hung task is found" grep -q '"title":"INFO: task hung in' "$TMP/got"
# A line a CI runner stamped with its time was a line when the runner read
# it: no piece of a line a mail client cut.  A real report (occurrence 2 of
# kfence-x86-kpti-preemptible-flush, unquoted) behind GitHub Actions' time
# on every line, its last line without a printk time: the frame before it,
# of a width a client cuts, keeps its place in the trace.
log="$DATA/signatures/occurrences/kfence-x86-kpti-preemptible-flush.2.log"
sed 's/^> | //' "$log" >"$TMP/unquoted"
"$KTRIAGE" scan -f json "$TMP/unquoted" >"$TMP/plain" 2>/dev/null
awk '{ sub(/^> \| /, ""); printf "2026-12-02T08:00:%02d.%07dZ %s\n", NR % 60, NR * 7919 % 10000000, $0 }' "$log" >"$TMP/pasted"
"$KTRIAGE" scan -f json "$TMP/pasted" >"$TMP/got" 2>/dev/null
# (where the report ends differs: the runner's blank eats the tab of the
# mail's last line, "\t...........", which then starts no body line)
check "CI runner's time on every line: the same reports" same_reports "$TMP/plain" "$TMP/got" \
	last_line truncated truncated_reason
check "CI runner's time on every line: the last frame stays" grep -q 'kfence_protect' "$TMP/got"
# A mail client's wrap at 72 columns (a long line broken at its last blank
# before the limit, the rest at the start of the next line) of real
# reports: the task line cut before its release or inside "Not tainted",
# after blanks of the taint column, the page fault header before its
# address, lockdep's lock lines after "at:", decoded frames before their
# source, powerpc frames after their addresses; headers: a WARNING's
# decoded or module-only location, the general protection fault's "maybe
# for" and error code, arm64's "Internal error" before its count, UBSAN's
# before its location; a bad page map's before its pmd; x86's older RIP line
# after its addresses, a machine check's RIP before its symbol, arm64's
# unhandled exception before its ESR class; a register dump after a
# register's name (riscv's "cause:", LoongArch's bare "sp"); the code
# bytes after "Code:", cut anywhere (a signature requires them); ptdump's
# W+X warning before its address; a task line inside its taint column; syzbot's
# WARNING before an inlined function; a page dump's flags and reason inside parentheses;
# and any timestamped line cut before a word that would have passed 72
# columns, continued on a line without a timestamp (lines.c mail_cut_*: a
# message, a page-table walk's last entry, a frame after its address, a
# KASAN line, arm64's "pc :" before a long function name; also a line a
# row holds that goes on otherwise, as a WARNING cut after "at" before a
# decoded location).  Each gives what the log itself gives: title, guilty
# function, release, fault address, the functions of its trace and its
# known bug.
wrap72() {
	python3 - "$1" <<'PY'
import sys
for l in open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().splitlines():
    while len(l) > 72 and l.rfind(" ", 1, 72) > 0:
        cut = l.rfind(" ", 1, 72)
        print(l[:cut])
        l = l[cut + 1:]
    print(l)
PY
}
same_essentials() {
	python3 - "$1" "$2" <<'PY'
import json, sys
def load(p):
    return [(r["title"], r["guilty"], r["release"], r["fault_address"], [f["function"] for f in r["frames"]],
             [(m["id"], m["confidence"]) for m in r.get("matches") or []])
            for r in (json.loads(l) for l in open(p, encoding="utf-8") if l.strip())]
a, b = load(sys.argv[1]), load(sys.argv[2])
sys.exit(0 if a and a == b else 1)
PY
}
for log in signatures/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.log \
    signatures/gup-slow-try-grab-folio-longterm-cma-warn.log \
    signatures/kvm-nsvm-set-nested-state-load-cr3-warn.log \
    signatures/occurrences/x86-kasan-cea-percpu-shadow-gdt-get-desc-fault.3.log \
    signatures/memory-failure-hvo-pcp-lock-cpu-hotplug-deadlock.log \
    signatures/occurrences/ppc-hash-lpar-hprotect-rodata.3.log \
    signatures/kvm-x86-tdp-mmu-invalid-roots-not-zapped.log \
    signatures/x86-ptdump-nonleaf-wx-false-positive-lkp.log \
    signatures/vmalloc-vmap-block-cpu-uninit-race.log \
    signatures/x86-invlpgb-nopcid-broadcast-flush-gp.log \
    signatures/occurrences/bpf-dispatcher-update-no-rcu-sync-xdp-image-crash.2.log \
    signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.x86-note-page-level-minus1-ubsan.log \
    signatures/hugetlb-change-protection-uffd-wp-pte-marker.log \
    signatures/kprobes-disarm-already-disabled-ftrace-probe-warn.log \
    signatures/free-page-mlocked-flag-not-cleared-bad-page-state.log \
    signatures/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.log \
    signatures/pkvm-np-guest-relax-perms-block-mapping-hyp-bug.log \
    signatures/arm64-hibernate-swsusp-save-nomap-fault.log \
    signatures/kasan-tags-pcpu-vm-areas-chunk-tag-mismatch.log \
    signatures/ppc64-module-no-patchable-entries-execmem-zero-size.log \
    signatures/x86-ftrace-trampoline-nx-stable-wx.log \
    signatures/occurrences/ppc64-static-key-used-before-jump-label-init.2.log \
    signatures/x86-set-ptes-protnone-inverted-pfn-bad-page-map.log \
    signatures/x86-vmalloc-fault-lazy-mmu-paravirt.log \
    signatures/occurrences/uffd-wp-close-leftover-pte-bits-writable-warn.2.log \
    signatures/thp-split-poison-zeropage-scan-second-mce.log \
    signatures/occurrences/arm64-ptc-non-leaf-pmd-file-map-count.2.log \
    signatures/arm64-bpf-trampoline-bti-return-blr.log \
    signatures/x86-tlb-lazy-mm-cpumask-local-stale-flush-tlb-gen-warn.log \
    seeds/003_5e61664e416bb910.txt \
    signatures/loongarch-hugetlb-mmap-base-not-pmd-aligned.log \
    signatures/x86-ftrace-dyn-trampoline-percpu-riprel-calldepth.log \
    signatures/hyperv-x86-wx-hypercall-vmalloc.log \
    signatures/occurrences/riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race.3.log \
    signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.secretmem-null-mapping-darrick.log; do
	"$KTRIAGE" scan -f json "$DATA/$log" >"$TMP/plain" 2>/dev/null
	wrap72 "$DATA/$log" >"$TMP/wrapped"
	"$KTRIAGE" scan -f json "$TMP/wrapped" >"$TMP/got" 2>/dev/null
	check "${log##*/} wrapped at 72 columns: the same title, release, address, trace and known bug" \
		same_essentials "$TMP/plain" "$TMP/got"
done
# What a mail client's cut is not: a line without a timestamp after a long
# timestamped one starts its report when it holds a header's literal; stays
# a line of its own when its first word would have fitted in 72 columns on
# the line before, or when that line is longer than any client leaves one
# (80); and is joined otherwise.  The lines of the log are counted as read.
cat >"$TMP/notcut.log" <<'EOF2'
[    1.000000] a console line of some length that a mail client might cut here
BUG: unable to handle page fault for address: ffffffffc0800000
[    1.000001] #PF: supervisor write access in kernel mode
[    1.000002] #PF: error_code(0x0003) - permissions violation, short
ok
[    1.000003] Oops: 0003 [#1] PREEMPT SMP NOPTI, then a line longer than eighty columns
overlong
[    1.000004] CPU: 0 PID: 1 Comm: swapper/0 Not tainted 6.1.0 #1, cut there
continued
[    1.000005] RIP: 0010:text_poke_early+0x1a/0x30
EOF2
"$KTRIAGE" scan -v "$TMP/notcut.log" >"$TMP/got" 2>/dev/null
check "mail cut: an untimed line holding a header's literal starts its report" \
	grep -q 'notcut.log:2: BUG: unable to handle kernel paging request in text_poke_early$' "$TMP/got"
check "mail cut: a line whose first word fitted on the line before stays a line" grep -q '^ *5 | ok$' "$TMP/got"
check "mail cut: a line after one over 80 columns stays a line" grep -q '^ *7 | overlong$' "$TMP/got"
check "mail cut: a line cut before a word that passed 72 columns is joined" \
	grep -q '^ *8 | CPU: 0 PID: 1 Comm: swapper/0 Not tainted 6.1.0 #1, cut there continued$' "$TMP/got"
check "mail cut: the joined line's release is read" grep -q 'release 6\.1\.0' "$TMP/got"
printf '[    1.000000] a console line of some length that a mail client might cut here\ncut\n' >"$TMP/cut.log"
check "mail cut: the lines of the log are counted as read" sh -c \
	"'$KTRIAGE' scan '$TMP/cut.log' | grep -q '(2 lines)'"
# journalctl -o json, export and verbose carry each kernel line in a
# MESSAGE field among others: real corpus logs rewritten so (their printk
# time in _SOURCE_MONOTONIC_TIMESTAMP) give the reports of the log itself,
# line numbers aside.
for log in x86/lkp-gpf-find-busiest-group-two-cpus.log arm64/squad-hikey-walt-kernel-bug-MODIFIED.log \
    x86/abrt-recursive-locking-with-ts.log x86/lkp-hung-task-panic.log; do
	grep '^\[ *[0-9]*\.[0-9]*\] ' "$DATA/corpus/$log" >"$TMP/kernel.log"
	"$KTRIAGE" scan -f json "$TMP/kernel.log" >"$TMP/plain" 2>/dev/null
	awk '{ t = $0; sub(/^\[ */, "", t); sub(/\].*/, "", t); m = $0; sub(/^\[ *[0-9.]+\] /, "", m)
		gsub(/\\/, "\\\\", m); gsub(/"/, "\\\"", m); gsub(/\t/, "\\t", m)
		printf "{\"__REALTIME_TIMESTAMP\":\"17648000%08d\",\"_TRANSPORT\":\"kernel\",\"PRIORITY\":\"4\",", NR
		printf "\"_SOURCE_MONOTONIC_TIMESTAMP\":\"%.0f\",\"MESSAGE\":\"%s\",\"_HOSTNAME\":\"h\"}\n", t * 1000000, m }' \
	    "$TMP/kernel.log" >"$TMP/journal.json"
	awk '{ t = $0; sub(/^\[ */, "", t); sub(/\].*/, "", t); m = $0; sub(/^\[ *[0-9.]+\] /, "", m)
		printf "__CURSOR=s=0;i=%x\n__REALTIME_TIMESTAMP=17648000%08d\n_BOOT_ID=0123\n", NR, NR
		printf "_SOURCE_MONOTONIC_TIMESTAMP=%.0f\n_TRANSPORT=kernel\nSYSLOG_IDENTIFIER=kernel\n", t * 1000000
		printf "MESSAGE=%s\n_HOSTNAME=h\n\n", m }' "$TMP/kernel.log" >"$TMP/journal.export"
	awk '{ t = $0; sub(/^\[ */, "", t); sub(/\].*/, "", t); m = $0; sub(/^\[ *[0-9.]+\] /, "", m)
		printf "Wed 2026-12-02 08:00:%02d.%06d UTC [s=0;i=%x;b=0123;m=%x;t=%x;x=%x]\n", NR % 60, NR, NR, NR, NR, NR
		printf "    _SOURCE_MONOTONIC_TIMESTAMP=%.0f\n    _TRANSPORT=kernel\n", t * 1000000
		printf "    SYSLOG_IDENTIFIER=kernel\n    MESSAGE=%s\n    _HOSTNAME=h\n", m }' "$TMP/kernel.log" >"$TMP/journal.verbose"
	for form in json export verbose; do
		"$KTRIAGE" scan -f json "$TMP/journal.$form" >"$TMP/got" 2>/dev/null
		check "journalctl -o $form of corpus/$log: the same reports" \
		    same_reports "$TMP/plain" "$TMP/got" first_line last_line
	done
done
# a MESSAGE of another program (_TRANSPORT) is not the kernel's
printf '%s\n' '{"_TRANSPORT":"syslog","SYSLOG_IDENTIFIER":"myapp","MESSAGE":"BUG: unable to handle page fault for address: 0000000000001000"}' \
    '{"_TRANSPORT":"syslog","SYSLOG_IDENTIFIER":"myapp","MESSAGE":"#PF: supervisor read access in kernel mode"}' >"$TMP/user.json"
"$KTRIAGE" scan -f json "$TMP/user.json" >"$TMP/got" 2>/dev/null
check "journalctl -o json: another program's MESSAGE starts no report" test ! -s "$TMP/got"

# A commit message quotes a long line by ending it in " \" and going on
# indented: every seed's lines longer than 60 columns so cut (at a blank
# past column 40) give the seed's own reports (line numbers aside).
for seed in "$DATA"/seeds/*.txt; do
	name=${seed##*/}
	"$KTRIAGE" scan -f json "$seed" >"$TMP/plain" 2>/dev/null
	python3 - "$seed" >"$TMP/cut" <<'PY'
import re, sys
for line in open(sys.argv[1], encoding="utf-8", errors="surrogateescape").read().splitlines():
    quote = re.match(r"(?:> ?)*", line).group(0)  # a quoted mail quotes the continuation too
    at = line.find(" ", 40) if len(line) > 60 else -1
    print(line if at < 0 or at + 1 >= len(line) else line[:at] + " \\\n" + quote + "  " + line[at + 1:])
PY
	"$KTRIAGE" scan -f json "$TMP/cut" >"$TMP/got" 2>/dev/null
	check "$name with its long lines continued after ' \\': the same reports" same_reports "$TMP/plain" "$TMP/got" first_line last_line
done
# Wrapped by hand in a commit message, a header goes on in a line indented
# deeper than it (corpus/x86/vmci-ctx-check-signal-notify-gpf-commit-message-hand-wrapped.log):
# joined when the indented text is what the cut header's form goes on with,
# and only then.
log=$DATA/corpus/x86/vmci-ctx-check-signal-notify-gpf-commit-message-hand-wrapped.log
"$KTRIAGE" scan -f json "$log" >"$TMP/got" 2>/dev/null
check "a header wrapped by hand, its continuation indented: the header is whole" \
    grep -q '"header":"general protection fault, probably for non-canonical address 0xe0009d1000000060: 0000 \[#1\] PREEMPT SMP KASAN NOPTI"' "$TMP/got"
sed '2s/^    0xe0009d1000000060: /    see 0xe0009d1000000060: /' "$log" >"$TMP/other"
"$KTRIAGE" scan -f json "$TMP/other" >"$TMP/got" 2>/dev/null
check "an indented line the cut header's form does not go on with: not joined" \
    test ! -s "$TMP/got"
sed '1s/^/    /' "$log" >"$TMP/other"
"$KTRIAGE" scan -f json "$TMP/other" >"$TMP/got" 2>/dev/null
check "a continuation indented no deeper than the cut header: not joined" test ! -s "$TMP/got"
# A Go program watching the console (syzkaller's fuzzer) writes its own
# untimed lines into the middle of a timed report: "2018/02/27 11:26:59
# executing program 2:", the program, a blank line.  They are not the
# report's, and do not end it: a real seed with such a block inside its
# call trace gives the seed's report, but for the line numbers.
log="$DATA/seeds/001_6f164741997502bb.txt"
"$KTRIAGE" scan -f json "$log" >"$TMP/plain" 2>/dev/null
awk '{ print } /patch_instruction\+0x618/ {
	print "2026/12/02 08:00:01 executing program 2:"
	for (i = 0; i < 12; i++) print "r" i " = openat(0xffffffffffffff9c, &(0x7f0000000000)=\x27./file0\\x00\x27, 0x0, 0x0)"
	print ""
}' "$log" >"$TMP/interleaved"
"$KTRIAGE" scan -f json "$TMP/interleaved" >"$TMP/got" 2>/dev/null
check "a Go program's untimed lines inside a timed report: the same report" \
	same_reports "$TMP/plain" "$TMP/got" last_line fingerprint
sed 's/^\[ *[0-9.]*\] //' "$TMP/interleaved" >"$TMP/untimed"
"$KTRIAGE" scan -f json "$TMP/untimed" >"$TMP/got" 2>/dev/null
check "in an untimed log such lines are the report's: its trace ends there" \
	python3 -c 'import json,sys; r = json.loads(open(sys.argv[1]).readline()); sys.exit(len(r["frames"]) >= 3)' "$TMP/got"
done_testing
