#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Golden tests: every real log under tests/data (corpus, seeds, boot, and
# the signature logs of SIG_LOGS) is parsed and its JSON output compared
# with tests/data/golden/<path>.json, where tests/golden-json keeps it one
# key per line (a changed field is a one-line diff).
# An empty expectation file asserts that the log contains no report.
# Update mode: KTRIAGE_UPDATE_GOLDEN=1 rewrites the expectations; review the diff.
# The parser is tested alone: matching runs against an empty signature
# database (signatures have their own tests in t2000-signatures.sh).
. "$SRCDIR/tests/lib.sh"
mkdir -p "$TMP/nosigs"
"$KTRIAGE" signatures compile "$TMP/nosigs" -o "$TMP/empty.db" || exit 1
cd "$DATA" || exit 1
# Known-bug logs stay out of the corpus (t2000): those a parser fix was made
# for are listed here, so their reports are pinned too.
SIG_LOGS="signatures/lookalikes/kfence-x86-kpti-preemptible-flush.arc-pmu-device-probe-this-cpu-ptr-5.17.log
signatures/lookalikes/ppc-hash-kvm-pr-native-hpte-remove-irq.ppc64s-pmi-irq-save-native-hpte-insert-hard-lockup.log
signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.xsk-ring-size-overflow-arm32.log
signatures/lookalikes/memory-offline-hwpoison-unmap-folio-unlocked.amdkfd-svm-hmm-vma-walk-pmd-revert-6.6.log
signatures/occurrences/uffd-move-highpte-kmap-local-lifo.2.log
signatures/lookalikes/pfnmap-partial-remap-error-freed-pages-ptc-bug.timens-vvar-special-pte.log
signatures/occurrences/ppc-bpf-trampoline-size-underestimate-warn.3.log
signatures/occurrences/x86-vmalloc-fault-lazy-mmu-paravirt.2.log
signatures/kvm-arm64-stage2-destroy-range-table-refcount-underflow.log
signatures/memfd-hugetlb-folio-not-zeroed-kmsan-infoleak.log
signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.3.log
signatures/occurrences/kvm-x86-lpage-info-mixed-attr-overflow.2.log
signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.cki-register-fentry-null-fops.log
signatures/lookalikes/hugetlb-migrate-large-rmappable-undo-deferred-list-oops.memcg-split-queue-numa-migrate.log
signatures/lookalikes/mremap-uffd-failed-move-recovery-pmd-warn.lkft-i386-exec-stack-shift.log
signatures/lookalikes/uffd-wp-close-leftover-pte-bits-writable-warn.debug-vm-pgtable-random-orvalue.log
signatures/occurrences/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.3.log
signatures/occurrences/thp-split-tail-private-not-cleared-warn.2.log
signatures/occurrences/kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn.2.log
signatures/usercopy-vmalloc-check-vm-map-ram-no-area-bug.log
signatures/x86-cpa-no-change-skips-force-split-kfence-init-warn.log
signatures/lookalikes/x86-cpa-no-change-skips-force-split-kfence-init-warn.btrfs-send-stub-fault.log
signatures/lookalikes/khugepaged-collapse-file-writeback-page.fuse-abort-copy-page-refcount.log
signatures/lookalikes/arm64-kprobes-insn-page-wx.ppc64-radix-relocated-interrupt-text-rwx.log
signatures/lookalikes/arm64-hotremove-pgtable-missing-dtor.x86-bootmem-pgtable-private-flag.log
signatures/lookalikes/pstore-ramoops-vmap-kcore-lowmem-alias.mips-ip22-kcore-gio-bus-error.log
signatures/lookalikes/kasan-release-vmalloc-node-rcu-stall.fq-pie-timer-stall-drain-vmap.log
signatures/lookalikes/riscv-kprobe-single-step-fault-loses-sie.i386-2.6.19-rc2-mm2-kmail-irqs-off-reiserfs.log
signatures/occurrences/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.5.log
signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.opensuse-4.4-xen46-dom0.log
signatures/lookalikes/mmap-region-late-error-after-mmap-hook-unmap-bug.trinity-zap-huge-pmd-split-race-3.14-next.log
signatures/lookalikes/thp-split-tail-private-not-cleared-warn.trinity-split-vs-zap-mapcount-bug-3.14-next.log
signatures/lookalikes/mprotect-swap-entry-pfn-page-type-bug.pagemap-lockless-pte-migration-3.19.log"
# Logs of syzkaller's corpus (t1500 scores their titles) for a format of
# their own, so that each of its fields is pinned too: Trusty's panics, a
# KASAN report of before 4.11 and a lockdep report whose traces were lost,
# a soft lockup in a softirq run on a network IRQ's way out, a WARNING whose
# trace comes after other tasks' messages, a KMSAN report inside the crypto
# library, a driver's bad URB (named after the driver, "/usb_submit_urb"),
# a lock site in a C++-mangled function, an inconsistent lock state named
# from its backtrace, a fault injection's dump printed after the guilty frame
# (and one printed before it).
SYZ_LOGS="syzkaller/reports/306 syzkaller/reports/229 syzkaller/reports/679 syzkaller/reports/747 syzkaller/reports/389 syzkaller/reports/500 syzkaller/reports/699 syzkaller/reports/353 syzkaller/reports/355 syzkaller/reports/107 syzkaller/reports/27
syzkaller/reports/535 syzkaller/reports/140"
for f in seeds/*.txt corpus/*/*.log boot/*.log $SIG_LOGS $SYZ_LOGS; do
	if [ ! -f "$f" ]; then
		case $f in signatures/*|syzkaller/*) not_ok "$f: listed in SIG_LOGS or SYZ_LOGS, but no such log" ;; esac
		continue
	fi
	want="golden/$f.json"
	"$KTRIAGE" scan --db "$TMP/empty.db" --format json --label "$f" "$f" >"$TMP/got.jsonl" 2>"$TMP/err"
	rc=$?
	"$SRCDIR/tests/golden-json" <"$TMP/got.jsonl" >"$TMP/got" || { not_ok "$f: output is not JSON Lines"; continue; }
	case $rc in 0|1|3) ;; *) not_ok "$f: ktriage exited $rc: $(head -c 200 "$TMP/err")"; continue ;; esac
	if [ "${KTRIAGE_UPDATE_GOLDEN:-}" = 1 ]; then
		mkdir -p "$(dirname "$want")"
		cp "$TMP/got" "$want"
	fi
	if [ ! -f "$want" ]; then
		not_ok "$f: no expectation $want (run with KTRIAGE_UPDATE_GOLDEN=1)"
	elif cmp -s "$TMP/got" "$want"; then
		ok "$f: $(grep -c '^{' "$want") reports as expected"
	else
		not_ok "$f: output differs from $want"
		diff -u "$want" "$TMP/got" | head -40 | sed 's/^/# /'
	fi
done
done_testing
