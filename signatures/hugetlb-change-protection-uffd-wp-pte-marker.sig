# Facts: research/known-bugs.yaml id hugetlb-change-protection-uffd-wp-pte-marker (entry 105).
Id: hugetlb-change-protection-uffd-wp-pte-marker
Version: 1
Title: hugetlb_change_protection() rewrites a uffd-wp PTE marker as a present PTE: kernel BUG in page_remove_rmap on hole punch
Arch: generic (x86_64 seen)
Platform: hugetlb with userfaultfd write-protect
Evidence: console
Require: line /kernel BUG at mm\/rmap\.c/
Require: guilty /^page_remove_rmap/
Require: frame /^__unmap_hugepage_range$/
Require: log /VM_BUG_ON_PAGE\(compound && !PageHead\(page\)\)/
Introduced-By: 60dfaad65aa97fb6755b9798a6b3c9e79bcd5930
Fixed-By: 0e678153f5be7e6c8d28835f5a678618da4b7a9c ("mm/hugetlb: fix PTE marker handling in hugetlb_change_protection()")
Fixed-In: v6.2
Fixed-In: stable 6.1.8
Link: https://git.kernel.org/stable/c/0e678153f5be7e6c8d28835f5a678618da4b7a9c
Link: https://cve.org/CVERecord/?id=CVE-2022-49760
Test-Log: tests/data/signatures/hugetlb-change-protection-uffd-wp-pte-marker.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-change-protection-uffd-wp-pte-marker.rmap-480-dri-exit-2.6.10.log
Description:
 Write-protecting an entry that already held a uffd-wp PTE marker (or
 unprotecting a marker) made hugetlb_change_protection() take its present-PTE
 branch with a stale value and write the marker back as if it mapped a page.
 A later unmap, such as fallocate(PUNCH_HOLE), treated the garbage entry as a
 mapped huge page and hit the rmap assertion.
