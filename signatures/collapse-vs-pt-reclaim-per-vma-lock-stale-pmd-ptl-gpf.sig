# Facts: the fix's subject, trailers and the introducing commit from Barry
# Song's patch <20250805035447.7958-1-21cnbao@gmail.com> (Fixes:
# a6fde7add78d, Reported-by/Closes: Lai Yi's report
# <aJAFrYfyzGpbm+0m@ly-workstation>, which also bisected to a6fde7add78d).
# The fix commit id is the one syzbot tested from akpm/mm.git at David
# Hildenbrand's request <6893173a.a70a0220.7865.0002.GAE@google.com> ("the
# reproducer did not trigger any issue", commit 366a4532 "mm: fix the race
# between collapse and PT_RECL.."), full id and subject from an mm branch
# listing that carries it beside commits whose ids the CVE records give as
# mainline fixes (45d19b4b6c2d, d1534ae23c2b).  The bug came and went in the
# 6.17 merge window: no CVE row, no stable backport and no release read, so
# no Fixed-In.
# The Test-Logs are the syzbot report <689307aa.050a0220.7f033.003c.GAE@google.com>
# and Lai Yi's own syzkaller report on linux-next, which the fix Closes:.
Id: collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf
Version: 1
Title: GPF on a NULL PTE-table lock in zap at exit: a THP collapse checked the PMD before taking the VMA write lock, racing MADV_DONTNEED's page-table reclaim under the per-VMA lock
Arch: any (seen on x86_64)
Platform: khugepaged or MADV_COLLAPSE collapsing a range while MADV_DONTNEED with CONFIG_PT_RECLAIM frees its empty page table under the per-VMA lock
Evidence: console
# A wild or NULL pointer access ...
Require: line /(general protection fault|KASAN: null-ptr-deref|BUG: kernel NULL pointer dereference|BUG: unable to handle page fault)/
# ... taking the split PTE lock of a PMD whose page table is gone ...
Require: function /^__pte_offset_map_lock$/
# ... while zapping the range (at exit, munmap or MADV_DONTNEED).
Require: frame /^(zap_pte_range|zap_pmd_range|unmap_page_range)$/
Support: frame /^(unmap_vmas|exit_mmap|unmap_single_vma)$/
# The read fault-around path is another bug with the same lock site.
Reject: frame /^(filemap_map_pages|do_fault_around)$/
# MADV_DONTNEED took only the per-VMA lock from the 6.17 merge window on:
# released kernels up to 6.16 (and their stable updates) cannot have it.
Reject: release /^([0-5]\.|6\.([0-9]|1[0-5])(\.|-|$)|6\.16(\.\d+)?(-rc\d+)?$)/
Introduced-By: a6fde7add78d ("mm: use per_vma lock for MADV_DONTNEED")
Fixed-By: 366a4532d96fc357998465133db34d34edb79e4c ("mm: fix the race between collapse and PT_RECLAIM under per-vma lock")
Link: https://lore.kernel.org/all/20250805035447.7958-1-21cnbao@gmail.com/
Link: https://lore.kernel.org/all/689307aa.050a0220.7f033.003c.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=45ad2baf16fce6bc81f3
Link: https://lore.kernel.org/all/aJAFrYfyzGpbm+0m@ly-workstation/
Test-Log: tests/data/signatures/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.log
Test-Log: tests/data/signatures/occurrences/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.2.log
Test-Not: tests/data/signatures/lookalikes/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.syzbot-arm64-6.9-retract-page-tables.log
Test-Not: tests/data/signatures/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.log
Test-Not: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.2.log
Test-Not: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.3.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-swsusp-save-nomap-fault.syzbot-ptoml-zap-exit-khugepaged.log
Description:
 MADV_DONTNEED was changed to run under the per-VMA lock instead of
 mmap_lock, and with CONFIG_PT_RECLAIM it also frees page tables that it
 emptied.  A THP collapse (khugepaged or MADV_COLLAPSE) holds mmap_lock
 for write, which used to exclude that reclaim, and it re-checked that the
 PMD still pointed at the same page table before write-locking the VMA.
 MADV_DONTNEED could therefore free and clear the page table between the
 check and the collapse, which then went on with a stale PMD.  The
 process's page tables are left pointing at a table whose split PTE lock
 is gone, and the next zap of the range (typically at exit) faults on a
 NULL lock pointer in __pte_offset_map_lock().  The fix write-locks the
 VMA before the check.
