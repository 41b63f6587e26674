# Facts: fix commit, subject, trailers and the introducing commit from the
# 6.9-stable review of it (<20240613113231.100259173@linuxfoundation.org>:
# "commit 8daf9c702ee7... upstream", Fixes: df7a6d1f6405,
# Reported-and-tested-by: syzbot+d3fe2dc5ffe9380b714b, Closes: the report);
# first fixed releases from research/cna-fixes.tsv (CVE-2024-39477: mainline
# 6.10, stable 6.9.5).  The Test-Log is that syzbot report
# <0000000000004096100617c58d54@google.com> ("kernel BUG in
# __vma_reservation_common").
Id: hugetlb-unmap-add-reservation-enomem-region-abort-bug
Version: 2
Title: kernel BUG in region_abort/__vma_reservation_common when hugetlb unmap restores a reservation after vma_needs_reservation() failed with -ENOMEM
Arch: any (seen on x86_64)
Platform: hugetlb private mappings, allocation failure during unmap (fault injection)
Evidence: console
# The VM_BUG_ON in region_abort()/region_del() of hugetlb's reservation map
# (no file_region cached, because its allocation had failed) ...
Require: line /kernel BUG at mm\/hugetlb\.c:\d+/
# The BUG is raised there: the program counter's function, not a frame
# above it.  Other hugetlb BUGs (set_vma_resv_flags, gather_bootmem_prealloc:
# Test-Nots) and a KASAN report in __vma_reservation_common pass through
# these functions or print the same "kernel BUG at mm/hugetlb.c" line.
Require: pc /^(region_abort|region_del|__vma_reservation_common)$/
# ... reached from the reservation restore in __unmap_hugepage_range().
Require: frame /^(vma_add_reservation|__unmap_hugepage_range)$/
Support: frame /^(unmap_vmas|unmap_hugepage_range|unmap_region)$/
Introduced-By: df7a6d1f64056aec572162c5d35ed9ff86ece6f3 ("mm/hugetlb: restore the reservation if needed")
Fixed-By: 8daf9c702ee7f825f0de8600abff764acfedea13 ("mm/hugetlb: do not call vma_add_reservation upon ENOMEM")
Fixed-In: v6.10
Fixed-In: stable 6.9.5
Link: https://lkml.kernel.org/r/20240528205323.20439-1-osalvador@suse.de
Link: https://lore.kernel.org/linux-mm/0000000000004096100617c58d54@google.com/
Link: https://cve.org/CVERecord/?id=CVE-2024-39477
Test-Log: tests/data/signatures/hugetlb-unmap-add-reservation-enomem-region-abort-bug.log
Test-Log: tests/data/signatures/occurrences/hugetlb-unmap-add-reservation-enomem-region-abort-bug.2.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-unmap-add-reservation-enomem-region-abort-bug.gather-bootmem-prealloc-restructure-pool-6.6-next.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-unmap-add-reservation-enomem-region-abort-bug.set-vma-resv-flags-shared-cow-unmap-4.0.log
Description:
 When a hugetlb page of a private mapping is unmapped, the reservation it
 consumed may be given back with vma_add_reservation() if
 vma_needs_reservation() says so.  That check can fail with -ENOMEM when no
 file_region can be allocated, and the error was taken for "yes": the add
 then found no cached file_region and region_abort() hit its BUG.  The fix
 skips the add on error and clears the folio's restore-reserve flag instead.
