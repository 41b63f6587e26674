# Facts: the syzbot thread "[syzbot] [kernel?] WARNING in get_pat_info" (extid
# 16b1da89309a06cd0e3a, lfdr.de copies): its bisection <6731a6c4.050a0220.138bd5.005e.GAE@google.com>
# names 79a61cc3fc04 as the first bad commit; its fix bisection
# <6862ee2e.a70a0220.2f4de1.002d.GAE@google.com> names f8e97613fed2, and David
# Hildenbrand, the fix's author, replies "#syz fix" with its subject.  The
# introducing commit's CVE (CVE-2024-47674, research/cna-fixes.tsv) gives the
# stable releases that carry it.
Id: x86-pat-zap-path-untrack-pfn-get-pat-info-warn
Version: 6
Title: x86 PAT: get_pat_info() looks the PFN up in the page tables on zap paths (failed remap_pfn_range(), unmap_mapping_range()), WARNING in get_pat_info()
Arch: x86_64
Platform: PAT-tracked PFNMAP VMAs (VM_PAT), drivers mapping with remap_pfn_range()
Evidence: console
# Two zap paths reach get_pat_info()'s page-table lookup; syzbot grouped both
# under one report, which the fix's author closes.
# the symptom is get_pat_info()'s WARN: a zap frame in a BUG (a Bad page map whose
# page_owner stack shows a zap) is another bug
Require: kind /^warning$/
Variant: remap-failure-zap
Require: guilty /^get_pat_info$/
Require: line /arch\/x86\/mm\/pat\/memtype\.c:[0-9]+/
Require: frame /^untrack_pfn/
# The cleanup zap that 79a61cc3fc04 added to remap_pfn_range() on failure:
# nothing is mapped, the lookup finds no PTE and get_pat_info() WARNs.
Require: frame /^(remap_pfn_range_notrack|zap_page_range_single)$/
Support: frame /^remap_pfn_range$/
Support: frame /^unmap_single_vma$/
# a WARN in remap_pfn_range_notrack() itself (vfio-pci's mmap fault without
# the mmap lock held for write, a Test-Not) is another bug on the same path
Reject: guilty /^remap_pfn_range_notrack$/
Variant: unmap-mapping-range-no-mmap-lock
# A file-mapping zap (truncation, hole punch) holds no mmap_lock, so the
# lookup's follow_pte() trips mmap_assert_locked() before any PAT WARN.
Require: line /\bmmap_assert_locked\b/
Require: frame /^unmap_mapping_range/
# the WARN is follow_pte()'s, in the lookup get_pat_info() makes: a report
# with its RIP line names follow_pte (syzbot's "WARNING in follow_pte"), an
# excerpt without it the function its trace starts in
Require: guilty /^(get_pat_info|follow_pte|follow_phys)$/
Require: function /^get_pat_info$/
# binder's VMA lookup without the mmap lock trips the same assertion
# (binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn)
Reject: frame /^binder_/
Support: frame /^follow_phys$/
Introduced-By: 79a61cc3fc0466ad2b7b89618a6157785f0293b3 ("mm: avoid leaving partial pfn mappings around in error case")
Fixed-By: f8e97613fed25758ddf52159b87e1c66e619a23a ("mm: convert VM_PFNMAP tracking to pfnmap_track() + pfnmap_untrack()")
# The fix bisection ran on upstream on 30 June 2025, between v6.16-rc3 and
# v6.16-rc4, so the fix is in v6.16; no stable backport is known.
Fixed-In: v6.16
Link: https://lore.kernel.org/all/000000000000ebc1a306219068a5@google.com/
Link: https://syzkaller.appspot.com/bug?extid=16b1da89309a06cd0e3a
Link: https://cve.org/CVERecord/?id=CVE-2024-47674
Test-Log: tests/data/signatures/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.log
Test-Log: tests/data/signatures/occurrences/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.2.log
Test-Log: tests/data/signatures/occurrences/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.3.log
Test-Log: tests/data/signatures/occurrences/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.4.log
Test-Log: tests/data/signatures/occurrences/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.5.log
# the .4 log again, kept in the corpus for its golden report (another
# task's trace printed into the warning's)
Test-Log: tests/data/corpus/x86/syzkaller-interleaved-fault-inject-warn-get-pat-info.log
# syzkaller on 6.1.118 (which carries 79a61cc3fc04 since 6.1.111): the same
# remap_pfn_range() failure path; kept under lookalikes/ as the fork-fail
# signature's Test-Not
Test-Log: tests/data/signatures/lookalikes/x86-pat-fork-fail-untrack-pfn-no-ptes.remap-pfn-range-fail.log
# syzkaller with fault injection on 5.15.173 (io_uring_mmap, held out, batch H):
# the same remap_pfn_range() failure path; kept under lookalikes/ as the
# fork-fail signature's Test-Not
Test-Log: tests/data/signatures/lookalikes/x86-pat-fork-fail-untrack-pfn-no-ptes.io-uring-mmap-remap-fail-5.15.log
Test-Not: tests/data/signatures/lookalikes/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.follow-phys-mmap-read-lock-test-patch-lockdep.log
Test-Not: tests/data/signatures/lookalikes/x86-pat-zap-path-untrack-pfn-get-pat-info-warn.vfio-pci-mmap-fault-remap-pfn-range-mmap-read-lock-warn.log
Description:
 untrack_pfn() found the PAT reservation of a VM_PAT mapping by looking the
 PFN up through the page tables (get_pat_info).  On zap paths that lookup
 goes wrong: since 79a61cc3fc04, remap_pfn_range() zaps what it mapped when
 it fails part-way, and with nothing mapped the lookup finds no PTE and
 WARNs; a zap through unmap_mapping_range() holds no mmap_lock, and the
 lookup's follow_pte() WARNs in mmap_assert_locked().  f8e97613fed2 reworked
 PFNMAP tracking so the reservation is no longer looked up from the page
 tables on zap.
