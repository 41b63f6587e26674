# Facts: research/known-bugs.yaml id hugetlb-change-protection-no-resched-soft-lockup (entry 133).
Id: hugetlb-change-protection-no-resched-soft-lockup
Version: 1
Title: Soft lockup in hugetlb_change_protection/set_huge_pte_at when mprotect()ing hundreds of GB of hugetlb (no cond_resched)
Arch: arm64 (generic)
Platform: hugetlb, large mprotect; MTE tag clearing makes each entry slow
Evidence: console
Require: frame /^hugetlb_change_protection/
Require: kind /^stall$/
Support: frame /^set_huge_pte_at/
Support: guilty /^mte_/
Introduced-By: 8f860591ffb29738cf5539b6fbf27f50dcdeb380
Fixed-By: f52ce0ea90c83a28904c7cc203a70e6434adfecb ("mm: hugetlb: avoid soft lockup when mprotect to large memory area")
Fixed-In: v6.18
Fixed-In: stable 5.4.301
Fixed-In: stable 5.10.246
Fixed-In: stable 5.15.195
Fixed-In: stable 6.1.156
Fixed-In: stable 6.6.112
Fixed-In: stable 6.12.53
Fixed-In: stable 6.17.3
Link: https://git.kernel.org/stable/c/f52ce0ea90c83a28904c7cc203a70e6434adfecb
Link: https://cve.org/CVERecord/?id=CVE-2025-40153
Test-Log: tests/data/signatures/hugetlb-change-protection-no-resched-soft-lockup.log
Test-Not: tests/data/signatures/hugetlb-change-protection-uffd-poison-marker-warn.log
Description:
 hugetlb_change_protection() rewrote every huge PTE of the range without a
 cond_resched(), unlike the THP and base-page paths which reschedule per PMD.
 With slow per-entry work, such as MTE tag clearing in set_huge_pte_at(), a
 large mprotect() exceeded the soft-lockup threshold.
