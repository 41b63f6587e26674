# Facts: the fix's subject, message and trailers from the 5.15-stable review
# copy of it ("[ Upstream commit 5de195060b2e... ]", Fixes: deb0f6562884,
# Reported-by: Jann Horn); first fixed releases from research/cna-fixes.tsv
# (CVE-2024-53096: mainline 6.12, stable 5.10.231, 5.15.174, 6.1.119,
# 6.6.63).  The Test-Log is syzbot's report
# <67230d7e.050a0220.529b6.0005.GAE@google.com> ("kernel BUG in
# __page_table_check_zero (2)", extid ccc0e1cfdb72b664f0d8, 6.12.0-rc4),
# whose fix bisection <6759b6c7.050a0220.17f54a.003f.GAE@google.com> names
# 5de195060b2e.  The earlier usbfs report of the same BUG, freed inside the
# ->mmap call, is pfnmap-partial-remap-error-freed-pages-ptc-bug.
Id: mmap-region-late-error-after-mmap-hook-unmap-bug
Version: 3
Title: kernel BUG in mmap_region()'s error path: a failure after the file's ->mmap hook (iterator preallocation) closed and unmapped the new VMA too late, freeing driver pages still mapped (page_table_check) or zapping an old hugetlb range through the new VMA (zap_huge_pmd)
Arch: any (seen on x86_64)
Platform: file-backed mmap() whose late step fails (fault injection on the VMA iterator preallocation) after the driver's ->mmap mapped pages (usbfs seen); CONFIG_PAGE_TABLE_CHECK
Evidence: console
# Both crash sites are reached from mmap_region()'s own error path, after
# ->mmap returned (not from inside the ->mmap call: call_mmap, mmap_file
# from 6.12, is the driver's own error path after a partial
# remap_pfn_range(), fixed earlier: pfnmap-partial-remap-error-freed-pages-ptc-bug).
Require: frame /^(__)?mmap_region$/
Reject: frame /^(call_mmap|mmap_file)$/
Variant: ptc-freed-by-close-hook
# page_table_check finds a page freed while user page tables still map it ...
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: guilty /^__page_table_check_zero$/
# ... freed by the VMA's close hook called from mmap_region() itself on its
# error path, after ->mmap returned and before the range was unmapped.
Support: frame /^(dec_usb_memory_use_count|usbdev_vm_close|vma_close)$/
Support: frame /^(page_table_check_free|free_pages_prepare|free_unref_page)$/
# Added after the held-out test on syzbot's 'kernel BUG in zap_huge_pmd'
# (extid 4b5c704012892c4d22fd, 6.12-rc4): the same late failure (an injected
# vma_iter_prealloc() failure, per Kirill A. Shutemov's analysis) sent
# mmap_region() to unmap_region() over a range whose old hugetlb mapping was
# still in place, and the zap met a huge PMD that is not a THP.  Lorenzo
# Stoakes answered that the mmap_region() rework resolves it, and syzbot's
# test of that tree did not trigger it.
Variant: zap-huge-pmd-from-error-unmap
Require: line /kernel BUG at mm\/huge_memory\.c/
Require: function /^zap_huge_pmd$/
Require: frame /^unmap_region$/
Support: frame /^(unmap_vmas|unmap_page_range|zap_pmd_range)$/
# The error path calls unmap_region() itself; a MAP_FIXED mmap() that
# munmaps the old range first (do_vmi_munmap, before 6.12) is not it.
Reject: frame /^(do_vmi_munmap|do_vmi_align_munmap|__?do_munmap)$/
# Nor is a zap that madvise(MADV_DONTNEED) started: the same BUG at
# huge_memory.c in zap_huge_pmd from a split racing the zap (Sasha Levin's
# trinity report on 3.14-rc3-next, a Test-Not) is another bug.
Reject: frame /^(zap_page_range(_single)?|madvise_\w+)$/
Introduced-By: deb0f6562884 ("mm/mmap: undo ->mmap() when arch_validate_flags() fails")
Fixed-By: 5de195060b2e251a835f622759550e6202167641 ("mm: resolve faulty mmap_region() error path behaviour")
Fixed-In: v6.12
Fixed-In: stable 5.10.231
Fixed-In: stable 5.15.174
Fixed-In: stable 6.1.119
Fixed-In: stable 6.6.63
Link: https://lore.kernel.org/all/67230d7e.050a0220.529b6.0005.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=ccc0e1cfdb72b664f0d8
Link: https://lore.kernel.org/all/6e0becb36d2f5472053ac5d544c0edfe9b899e25.1730224667.git.lorenzo.stoakes@oracle.com/
Link: https://cve.org/CVERecord/?id=CVE-2024-53096
Link: https://lore.kernel.org/all/67205708.050a0220.11b624.04bc.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=4b5c704012892c4d22fd
Test-Log: tests/data/signatures/mmap-region-late-error-after-mmap-hook-unmap-bug.log
# Two copies of the same syzbot report as quoted in Andrew Morton's reply,
# kept as look-alikes of three other page_table_check signatures: reports of
# this bug, not further occurrences.
Test-Log: tests/data/signatures/lookalikes/gup-foll-split-pmd-hugetlb-ptc-bug.syzbot-usbfs-page-table-check-zero.log
Test-Log: tests/data/signatures/lookalikes/rmap-lazyfree-pte-batch-writable-restore.usb-devio-ptc-zero.log
Test-Log: tests/data/signatures/occurrences/mmap-region-late-error-after-mmap-hook-unmap-bug.2.log
Test-Not: tests/data/signatures/lookalikes/mmap-region-late-error-after-mmap-hook-unmap-bug.trinity-zap-huge-pmd-split-race-3.14-next.log
Test-Not: tests/data/signatures/lookalikes/mmap-region-late-error-after-mmap-hook-unmap-bug.munmap-abort-store-fail-usbdev-uaf-6.12.log
Description:
 mmap_region() called the file's ->mmap hook and only afterwards did steps
 that can fail, such as preallocating the VMA iterator.  When one of them
 failed, the error path closed the new VMA (its close hook runs the
 driver's teardown, which may free the pages ->mmap had just mapped) and
 then unmapped the range, so the driver's pages were freed while user page
 tables still mapped them; with CONFIG_PAGE_TABLE_CHECK the free trips the
 BUG in __page_table_check_zero().  When the new mapping replaced part of a
 hugetlb mapping, the same error path zapped the old range through the new,
 non-hugetlb VMA and hit the huge-PMD BUG in zap_huge_pmd().  The fix moves the checks that can fail
 (iterator preallocation, the writable-mapping accounting, the arch flag
 check) before the ->mmap call, so the error path no longer has to close
 and unmap a VMA a driver has populated.
