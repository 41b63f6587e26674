# Facts: mainline commit id, subject and trailers from the 6.1- and
# 6.6-stable reviews of the fix ("commit 187da0f8250a... upstream") and from
# the mm-hotfixes mail that quotes the commit message (Reported-by:
# syzbot+6ada951e7c0f7bc8a71e, Closes: the Test-Log's report, Fixes:
# bf4916922c60); the introducing commit's full id from syzbot's cause
# bisection in that report; stable 6.1.68 from the review cover
# <20231211182036.606660304@linuxfoundation.org> ("the stable review cycle
# for the 6.1.68 release"), whose shortlog lists the fix.  No CVE row in
# research/cna-fixes.tsv and no mainline release read, so none is stated.
Id: hugetlb-vma-private-lock-resv-flags-null-deref
Version: 3
Title: NULL-pointer GPF taking the hugetlb VMA lock of a private mapping: __vma_private_lock() took vm_private_data holding only reservation flags for a resv_map
Arch: any (seen on x86_64)
Platform: private hugetlb mappings, e.g. a child after fork() (the reserve map belongs to the owner)
Evidence: console
# A NULL-pointer bad access (KASAN null-ptr-deref or GPF) ...
Require: line /general protection fault|KASAN: null-ptr-deref|BUG: kernel NULL pointer dereference|Unable to handle kernel NULL pointer dereference|Unable to handle kernel paging request/
# ... on the rwsem of the VMA lock that the private-mapping test let
# through: the hugetlb VMA lock helpers the fix repairs, or
# __hugetlb_zap_begin() that takes the lock on unmap (a clang build inlines
# hugetlb_vma_lock_write() into it without an inline frame).
Require: function /^(hugetlb_vma_(un)?lock_(read|write)|hugetlb_vma_trylock_write|__vma_private_lock|__hugetlb_zap_begin)$/
# The bad pointer is built from flag bits, never freed memory: a KASAN
# use-after-free on the same helpers is a VMA freed under the fault
# (hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf).
Reject: line /KASAN: (slab-)?use-after-free in /
# The bad pointer is the lock's: the rwsem and lockdep code the helpers
# call dereference it, never __hugetlb_zap_begin() itself (its three
# Test-Logs fault in __lock_acquire or down_write).  A NULL that
# __hugetlb_zap_begin reads on its own is another bug: vma->vm_file cleared
# on mmap_region()'s error path before the unmap (next-20230925, a
# held-out look-alike).
Reject: pc /^__hugetlb_zap_begin$/
# The lock's takers: unmap at exit, and GUP's or the fault path's hugetlb walk.
# the callers that take the VMA lock: unmap_vmas and exit_mmap are in
# most teardown reports of other bugs too, so they corroborate nothing
Support: frame /^(__hugetlb_zap_begin|hugetlb_follow_page_mask|hugetlb_fault)$/
Introduced-By: bf4916922c60f43efaa329744b3eef539aa6a2b2 ("hugetlbfs: extend hugetlb_vma_lock to private VMAs")
Fixed-By: 187da0f8250aa94bd96266096aef6f694e0b4cd2 ("hugetlb: fix null-ptr-deref in hugetlb_vma_lock_write")
Fixed-In: stable 6.1.68
Link: https://lkml.kernel.org/r/20231114012033.259600-1-mike.kravetz@oracle.com
Link: https://lore.kernel.org/linux-mm/00000000000078d1e00608d7878b@google.com/
Link: https://syzkaller.appspot.com/bug?extid=6ada951e7c0f7bc8a71e
Test-Log: tests/data/signatures/hugetlb-vma-private-lock-resv-flags-null-deref.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vma-private-lock-resv-flags-null-deref.2.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vma-private-lock-resv-flags-null-deref.3.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vma-private-lock-resv-flags-null-deref.4.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-vma-private-lock-resv-flags-null-deref.next-zap-begin-null-vm-file-mmap-error.log
Description:
 The hugetlb VMA lock was extended to private mappings, where it lives in
 the reservation map that vma->vm_private_data points to.  But for a
 private mapping vm_private_data can also hold only reservation flag bits
 in its low bits (no map, or a map owned by another process), and
 __vma_private_lock() treated any non-NULL value as a map.  Taking the
 lock then dereferenced a near-NULL pointer: on unmap at exit
 (__hugetlb_zap_begin), or in GUP's hugetlb page walk.  The fix masks the
 flag bits off and uses the lock only for the map's owner.
