# Facts: mainline commit id, subject, trailers and the introducing commit
# from Mike Kravetz's 6.0-stable backport of the fix ("commit
# 04ada095dcfc... upstream", Fixes: 90e7e7f5ef3f, Reported-by: Wei Chen,
# [1] the Test-Log's report); no CVE row in research/cna-fixes.tsv and no
# release read, so no Fixed-In.  The Test-Log is Wei Chen's report
# <CAO4mrfdLMXsao9RF4fUE8-Wfde8xmjsKrTNMNC9wjUb6JudD0g@mail.gmail.com>.
Id: hugetlb-madv-dontneed-drops-pmd-share-state-bug
Version: 2
Title: MADV_DONTNEED on a hugetlb VMA runs the final-unmap teardown (clears VM_MAYSHARE / frees the VMA lock) on a VMA that stays: BUG in page_try_dup_anon_rmap() on fork
Arch: any (seen on x86_64)
Platform: shared hugetlb mappings, madvise(MADV_DONTNEED) then faults and fork()
Evidence: console
# Before 6.1: the anon-rmap BUG when fork copies a hugetlb page that looks
# anonymous although the VMA is shared ...
Variant: anon-rmap-bug-on-fork
Require: line /kernel BUG at /
# The BUG sits in page_needs_cow_for_dma() (include/linux/mm.h), inlined
# into page_try_dup_anon_rmap(); a symbolized console names the inline
# function first (Wei Chen's v6.0 reproducer crash).
Require: function /^(page_try_dup_anon_rmap|page_needs_cow_for_dma)$/
# ... from the hugetlb page-table copy.
Require: frame /^copy_hugetlb_page_range$/
Support: frame /^(copy_page_range|dup_mmap)$/
# From 6.1 (the fix: the teardown "deletes the vma_lock"): a fault takes
# the hugetlb VMA lock that MADV_DONTNEED's zap freed; KASAN's free stack
# shows the lock released by the final-unmap helper.
Variant: vma-lock-freed-by-dontneed-uaf
Require: line /KASAN: (slab-)?use-after-free in /
Require: function /^hugetlb_vma_(un)?lock_(read|write)$/
Require: line /\b(__hugetlb_vma_unlock_write_free|hugetlb_vma_lock_release)\b/
Support: line /\bmadvise_dontneed_/
Support: frame /^(hugetlb_fault|follow_hugetlb_page)$/
Introduced-By: 90e7e7f5ef3f ("mm: enable MADV_DONTNEED for hugetlb mappings")
Fixed-By: 04ada095dcfc4ae359418053c0be94453bdf1e84 ("hugetlb: don't delete vma_lock in hugetlb MADV_DONTNEED processing")
Link: https://lkml.kernel.org/r/20221114235507.294320-3-mike.kravetz@oracle.com
Link: https://lore.kernel.org/lkml/CAO4mrfdLMXsao9RF4fUE8-Wfde8xmjsKrTNMNC9wjUb6JudD0g@mail.gmail.com/
Test-Log: tests/data/signatures/hugetlb-madv-dontneed-drops-pmd-share-state-bug.log
Test-Log: tests/data/signatures/occurrences/hugetlb-madv-dontneed-drops-pmd-share-state-bug.2.log
Test-Log: tests/data/signatures/occurrences/hugetlb-madv-dontneed-drops-pmd-share-state-bug.3.log
Test-Log: tests/data/signatures/occurrences/hugetlb-madv-dontneed-drops-pmd-share-state-bug.4.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-madv-dontneed-drops-pmd-share-state-bug.huge-pte-alloc-pmd-share-migration-3.10.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-madv-dontneed-drops-pmd-share-state-bug.copy-hugetlb-pt-share-count-fork-soft-lockup.log
Description:
 MADV_DONTNEED on a hugetlb mapping zaps through
 __unmap_hugepage_range_final(), which was written for a VMA about to be
 destroyed and so disables PMD sharing on it for good: before 6.1 by
 clearing VM_MAYSHARE, from 6.1 by freeing the hugetlb VMA lock.  With
 MADV_DONTNEED the VMA stays.  Without VM_MAYSHARE, later faults on the
 shared mapping set up pages that look anonymous, and fork's
 copy_hugetlb_page_range() hits the anon-rmap BUG; with the lock freed, a
 later fault takes the freed lock.  The fix does that teardown only on a
 real unmap.
