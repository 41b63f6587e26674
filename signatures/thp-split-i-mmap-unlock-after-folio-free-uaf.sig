# Facts: CVE-2026-74482 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases, including stable releases newer than the announcement); mainline
# commit and console excerpt from the CVE
# announcement <2026081537-CVE-2026-74482-571b@gregkh> (kernel-security-vulns
# cve/published/2026/CVE-2026-74482.mbox), which quotes the fix's message.
Id: thp-split-i-mmap-unlock-after-folio-free-uaf
Version: 7
Title: KASAN use-after-free on i_mmap_rwsem at the end of a file/shmem THP split: the inode was evicted once the after-split folios were unlocked (memory_failure on a poisoned tail beyond EOF)
Arch: any
Platform: shmem/file THP split from memory_failure() racing truncation and final iput()
Evidence: console
# KASAN says "slab-use-after-free" since 6.4, "use-after-free" before; the
# fix reaches back to 5.10, where the split (and its i_mmap_unlock_read())
# was split_huge_page_to_list().
Require: line /KASAN: (?:slab-)?use-after-free in (__up_read|up_read|i_mmap_unlock_read)\b/
# __folio_split is static in mm/huge_memory.c: a build may inline it into split_huge_page_to_list_to_order, which the Test-Log's build already does not show under try_to_split_thp_page
Require: frame /^(__folio_split|__split_huge_page|split_huge_page_to_list_to_order|split_huge_page_to_list|try_to_split_thp_page)$/
Support: frame /^(try_to_split_thp_page|memory_failure)$/
# an up_read() on a freed rwsem is common to many bugs (an iommufd object's, in
# the Test-Not); here the freed object is the evicted inode holding i_mmap_rwsem,
# so KASAN's free stack shows the inode being freed (by the inode free
# functions: evict() alone is in every eviction trace, a FUSE DAX WARN's too)
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\b(\w+_free_in_core_inode|i_callback|destroy_inode|free_inode_nonrcu|\w+_inode_free_callback)(\.[\w.]+)?\+0x/
Support: line /\bevict(\.[\w.]+)?\+0x/
# hugetlb folios are never THP-split: a freed hugetlbfs inode met on the
# hugetlb fault path is hugetlb-handle-userfault-relock-freed-mapping-uaf
Reject: function /^(hugetlb_fault|hugetlb_no_page|hugetlb_handle_userfault)$/
Introduced-By: baa355fd331424526e742d41d9b90d5f9d10f716
Fixed-By: e923bd21058ea02fd0dcd3549d151d143fd036e5 ("mm/huge_memory: unlock i_mmap_rwsem before releasing after-split folios")
Fixed-In: v7.2
Fixed-In: stable 5.10.265
Fixed-In: stable 5.15.216
Fixed-In: stable 6.1.183
Fixed-In: stable 6.6.151
Fixed-In: stable 6.12.103
Fixed-In: stable 6.18.44
Fixed-In: stable 7.1.8
Link: https://git.kernel.org/stable/c/e923bd21058ea02fd0dcd3549d151d143fd036e5
Link: https://cve.org/CVERecord/?id=CVE-2026-74482
Test-Log: tests/data/signatures/thp-split-i-mmap-unlock-after-folio-free-uaf.log
Test-Not: tests/data/signatures/lookalikes/thp-split-i-mmap-unlock-after-folio-free-uaf.syzbot-iommufd-up-read.log
Test-Not: tests/data/signatures/lookalikes/thp-split-i-mmap-unlock-after-folio-free-uaf.syzbot-iommufd-vfio-ioas-patch-test.log
Description:
 Splitting a file or shmem THP keeps the mapping's i_mmap_rwsem until the
 very end, after the after-split folios have been unlocked and freed.
 Only the locked, still-cached head folio kept the inode alive; when
 memory_failure() splits at a poisoned tail that lies beyond EOF during a
 truncation, nothing pins the inode once the folios are unlocked, so a
 concurrent final iput() can evict and free it before
 i_mmap_unlock_read() touches the semaphore.  The fix drops i_mmap_rwsem
 right after remapping the pages, before any folio is unlocked.
