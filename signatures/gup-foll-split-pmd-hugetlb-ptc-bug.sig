# Facts: research/known-bugs.yaml id gup-foll-split-pmd-hugetlb-ptc-bug (entry 121).
Id: gup-foll-split-pmd-hugetlb-ptc-bug
Version: 1
Title: page_table_check BUG from split_huge_pmd_locked: FOLL_SPLIT_PMD applied to a hugetlb PMD (device-exclusive GUP)
Arch: x86_64 (generic)
Platform: hugetlb + HMM make_device_exclusive_range, CONFIG_PAGE_TABLE_CHECK
Evidence: console
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: frame /^split_huge_pmd_locked/
Support: frame /^pmdp_huge_clear_flush/
Support: frame /^__page_table_check_pmd_clear/
Introduced-By: 9cb28da54643ad464c47585cd5866c30b0218e67 ("mm/gup: handle hugetlb in the generic follow_page_mask code")
Fixed-By: 8977752c8056a6a094a279004a49722da15bace3 ("mm/gup: reject FOLL_SPLIT_PMD with hugetlb VMAs")
Fixed-In: v6.15
Fixed-In: stable 6.12.23
Fixed-In: stable 6.13.11
Fixed-In: stable 6.14.2
Link: https://git.kernel.org/stable/c/8977752c8056a6a094a279004a49722da15bace3
Link: https://cve.org/CVERecord/?id=CVE-2025-22034
Test-Log: tests/data/signatures/gup-foll-split-pmd-hugetlb-ptc-bug.log
Test-Not: tests/data/signatures/lookalikes/gup-foll-split-pmd-hugetlb-ptc-bug.syzbot-usbfs-page-table-check-zero.log
Description:
 Since GUP handles hugetlb in the generic follow_page_mask() code,
 FOLL_SPLIT_PMD reached PMD-sized hugetlb mappings, and pmd_trans_huge() is
 true for them too, so split_huge_pmd() was run on a hugetlb PMD.  The
 page-table checker caught the inconsistent accounting.  The fix rejects
 FOLL_SPLIT_PMD for hugetlb VMAs in check_vma_flags().
