# Facts: research/known-bugs.yaml id hugetlb-dissolve-vs-vmemmap-restore-flag-race (entry 113).
Id: hugetlb-dissolve-vs-vmemmap-restore-flag-race
Version: 5
Title: DEBUG_LOCKS_WARN_ON(1) in hugepage_subpool_put_pages: dissolving a free hugetlb folio races with vmemmap restore
Arch: x86_64 (generic)
Platform: hugetlb with vmemmap optimization (HVO)
Evidence: console
Support: context /DEBUG_LOCKS_WARN_ON\(1\)/
# the freeing and dissolving functions under the names of the kernels the
# fix went to: free_huge_page() before the folio conversion (the 6.1 stable
# line), dissolve_free_hugetlb_folio() as the fix's subject names it
Support: frame /^free_huge_(folio|page)$/
Support: frame /^dissolve_free_(huge_page|hugetlb_folio)$/
# freeing a new pool page with a garbage subpool pointer (page[1]->private not
# initialised, 5.12) faults in the same function: another bug
Reject: frame /^(alloc_pool_huge_page|alloc_fresh_huge_page)$/
Variant: subpool-frame
Require: kind /^warning$/
Require: frame /^hugepage_subpool_put_pages/
# hugepage_subpool_put_pages is static in mm/hugetlb.c: a build may inline it into
# free_huge_folio; there the free is tied to this bug by the dissolve under it
Variant: subpool-inlined
Require: kind /^warning$/
Require: frame /^free_huge_(folio|page)$/
Require: frame /^dissolve_free_(huge_page|hugetlb_folio)$/
# the same race seen from the free list: free_huge_folio() re-enqueues a
# folio that the dissolve took off with list_del(), and list_move() faults
# on its poisoned pointer (LIST_POISON1 + 8); Miaohe Lin's list_del_init()
# patch for this oops was dropped for the fix above, as not the root cause
# (<d2cd0601-46ef-a42c-a870-f0ab6bdb1a80@huawei.com>)
Variant: list-poison
Require: kind /^oops$/
Require: line /page fault for address: dead000000000108|paging request at dead000000000108/
Require: function /^enqueue_huge(tlb_folio|_page)$/
Require: frame /^dissolve_free_(huge_page|hugetlb_folio)$/
Introduced-By: 32c877191e022b55fe3a374f3d7e9fb5741c514d
Fixed-By: 52ccdde16b6540abe43b6f8d8e1e1ec90b0983af ("mm/hugetlb: fix DEBUG_LOCKS_WARN_ON(1) when dissolve_free_hugetlb_folio()")
Fixed-In: v6.9
Fixed-In: stable 6.1.91
Fixed-In: stable 6.6.31
Fixed-In: stable 6.8.9
Link: https://git.kernel.org/stable/c/52ccdde16b6540abe43b6f8d8e1e1ec90b0983af
Link: https://cve.org/CVERecord/?id=CVE-2024-36028
Test-Log: tests/data/signatures/hugetlb-dissolve-vs-vmemmap-restore-flag-race.log
Test-Log: tests/data/signatures/occurrences/hugetlb-dissolve-vs-vmemmap-restore-flag-race.2.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-dissolve-vs-vmemmap-restore-flag-race.s390-uninit-subpool-pointer.log
Description:
 update_and_free_hugetlb_folio() chose whether to clear the hugetlb flag from
 the folio's vmemmap-optimized flag, but a concurrent
 hugetlb_vmemmap_restore_folios(), which remaps the folio's vmemmap, could
 clear that flag first.  The folio then went through free_huge_folio() with a
 stale subpool pointer and lockdep complained about the bogus spinlock, or
 was re-enqueued on the free list after the dissolve had removed it, and
 list_move() faulted on the poisoned list pointer.  The fix tests
 folio_test_hugetlb() directly.
