# Facts: research/known-bugs.yaml id loongarch-huge-pte-offset-null-pmd (entry 126).
Id: loongarch-huge-pte-offset-null-pmd
Version: 2
Title: LoongArch paging request at 0x0 in huge_pte_offset from hugetlb_follow_page_mask (missing PMD not returned as NULL)
Arch: loongarch64
Platform: hugetlb, MADV_POPULATE_* / GUP
Evidence: console
Require: guilty /^huge_pte_offset/
Require: frame /^hugetlb_follow_page_mask/
# The bug is in LoongArch's own huge_pte_offset() (arch/loongarch/mm/hugetlbpage.c);
# a fault in another arch's huge_pte_offset() is another bug, e.g. the arm64
# 5.10 PMD-unshare race of Puranjay Mohan's report (lr hugetlb_fault).
Require: arch /^loongarch$/
Support: line /virtual address 0x0$/
Support: frame /^faultin_page_range/
Introduced-By: bd51834d1cf65a2c801295d230c220aeebf87a73
Fixed-By: ee084fa96123ede8b0563a1b5a9b23adc43cd50d ("LoongArch: Fix panic caused by NULL-PMD in huge_pte_offset()")
Fixed-In: v6.16
Fixed-In: stable 6.6.95
Fixed-In: stable 6.12.35
Fixed-In: stable 6.15.4
Link: https://git.kernel.org/stable/c/ee084fa96123ede8b0563a1b5a9b23adc43cd50d
Link: https://cve.org/CVERecord/?id=CVE-2025-38195
Test-Log: tests/data/signatures/loongarch-huge-pte-offset-null-pmd.log
Test-Not: tests/data/signatures/lookalikes/loongarch-huge-pte-offset-null-pmd.arm64-5.10-pmd-unshare-race-hugetlb-fault.log
Description:
 huge_pte_offset() walked into a PMD level that did not exist and
 dereferenced it instead of returning NULL, which callers such as
 hugetlb_follow_page_mask() take to mean "not mapped".  A GUP of an
 unpopulated hugetlb range (MADV_POPULATE) therefore faulted at address 0.
