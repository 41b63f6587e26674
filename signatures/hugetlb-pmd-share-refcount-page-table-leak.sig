# Facts: research/known-bugs.yaml id hugetlb-pmd-share-refcount-page-table-leak.
# The memory hot-remove bug (arm64-hotremove-pgtable-missing-dtor) prints the
# same page dump; its frames are rejected here.
Id: hugetlb-pmd-share-refcount-page-table-leak
Version: 4
Title: hugetlb: "BUG: Bad page state" for a page-table page (page_type f2(table)) after huge_pmd_unshare() misjudged PMD sharing from the refcount
Arch: generic (arm64 QEMU seen)
Platform: hugetlb shared PMD tables (ARCH_WANT_HUGE_PMD_SHARE)
Evidence: console
Require: line /page_type: f2\(table\)/
Require: line /BUG: Bad page state in process/
Require: line /page dumped because: nonzero mapcount/
# the leaked shared PMD table is freed when a speculative folio reference
# (split_huge_pages, damon, page_idle, memory offline walkers) is dropped
# (the fix's message: "The issue may be triggered by damon, offline_page,
# page_idle etc."; memory offlining takes its references in do_migrate_range)
Support: frame /^(split_huge_pages_all|split_huge_pages_write|damon_[a-z_]+|page_idle_[a-z_]+|offline_pages|do_migrate_range)$/
Reject: frame /^(free_empty_tables|arch_remove_memory|try_remove_memory|remove_pgd_mapping)$/
Introduced-By: 39dde65c9940c97fcd178a3d2b1c57ed8b7b68aa
Fixed-By: 59d9094df3d79443937add8700b2ef1a866b1081 ("mm: hugetlb: independent PMD page table shared count")
Fixed-In: v6.13
Fixed-In: stable 5.10.239
Fixed-In: stable 5.15.186
Fixed-In: stable 6.1.142
Fixed-In: stable 6.6.72
Fixed-In: stable 6.12.9
Link: https://git.kernel.org/stable/c/59d9094df3d79443937add8700b2ef1a866b1081
Link: https://cve.org/CVERecord/?id=CVE-2024-57883
Test-Log: tests/data/signatures/hugetlb-pmd-share-refcount-page-table-leak.log
Test-Not: tests/data/signatures/arm64-hotremove-pgtable-missing-dtor.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-pmd-share-refcount-page-table-leak.lkp-0bf5cdf08f32-kernel-pte-account-v2-mmdrop.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-pmd-share-refcount-page-table-leak.virtio-net-xdp-headroom-skb-free-5.18.log
Description:
 huge_pmd_unshare() inferred whether a PMD table was still shared from the
 table page's refcount.  Speculative refcount bumps (split_huge_pages(),
 try_get_folio()) made it believe the table was shared, so it was never
 freed and later reached the page allocator as a table page that was still
 mapped.  The fix keeps an independent share count.
