# Facts: mainline commit id, subject, trailers and the introducing commit
# (12 digits, as the Fixes: tag gives it) from the 6.1-stable review of the
# fix <20231211182042.057534389@linuxfoundation.org> ("commit 9aa1345d66b8...
# upstream", Fixes: f9ce0be71d1f, Reported-and-tested-by:
# syzbot+89edd67979b52675ddec, Closes: the report); stable 6.1.68 from
# the review cover <20231211182036.606660304@linuxfoundation.org> ("the
# stable review cycle for the 6.1.68 release"), whose shortlog lists the
# fix.  No CVE row in research/cna-fixes.tsv and no mainline release read,
# so none is stated.
# The Test-Log is that syzbot report <0000000000005e44550608a0806c@google.com>.
Id: filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops
Version: 1
Title: Oops in fault-around: filemap_map_pmd() installs a page table from a NULL prealloc_pte after the PMD became none, then __pte_offset_map_lock()/pmd_install() faults
Arch: any (seen on arm64)
Platform: file-backed read fault-around racing a PMD being cleared (khugepaged retract, huge PMD zap)
Evidence: console
# A bad kernel access (KASAN null-ptr-deref, paging request, GPF) ...
Require: line /(Unable to handle kernel (paging request|NULL pointer dereference)|general protection fault|KASAN: null-ptr-deref|BUG: unable to handle page fault)/
# ... in the page-table install or the PTE lock that follows it ...
Require: function /^(__pte_offset_map_lock|pmd_install|filemap_map_pmd)$/
# ... on the file fault-around path the fix changes.
Require: frame /^filemap_map_pages$/
Support: frame /^(do_fault_around|do_read_fault)$/
Introduced-By: f9ce0be71d1f ("mm: Cleanup faultaround and finish_fault() codepaths")
Fixed-By: 9aa1345d66b8132745ffb99b348b1492088da9e2 ("mm: fix oops when filemap_map_pmd() without prealloc_pte")
Fixed-In: stable 6.1.68
Link: https://lkml.kernel.org/r/6ed0c50c-78ef-0719-b3c5-60c0c010431c@google.com
Link: https://lore.kernel.org/linux-mm/0000000000005e44550608a0806c@google.com/
Link: https://syzkaller.appspot.com/bug?extid=89edd67979b52675ddec
Test-Log: tests/data/signatures/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.2.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.3.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.4.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.5.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.6.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.7.log
Test-Log: tests/data/signatures/occurrences/filemap-map-pmd-no-prealloc-pte-bogus-pmd-oops.8.log
Test-Not: tests/data/signatures/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.log
Test-Not: tests/data/signatures/occurrences/collapse-vs-pt-reclaim-per-vma-lock-stale-pmd-ptl-gpf.2.log
Description:
 Read fault-around maps the cached pages around a faulting address.
 do_fault_around() preallocates a page table when it finds the PMD empty,
 and filemap_map_pmd() installs that preallocated table whenever it finds
 the PMD empty; but the PMD can become empty between the two (khugepaged
 retracting a page table without mmap_lock for write, or a huge PMD being
 zapped), and then no table was preallocated.  pmd_install() then
 populated the PMD from a NULL table: depending on the memory model it
 oopses there, or writes a bogus PMD whose split PTE lock
 __pte_offset_map_lock() then dereferences.  The fix installs only when a
 table was preallocated.
