# Facts: research/known-bugs.yaml id loongarch-huge-pte-clear-zero-invalid-pmd (entry 116).
Id: loongarch-huge-pte-clear-zero-invalid-pmd
Version: 2
Title: LoongArch Bad page state at pfn 0 and negative pgtables_bytes at exit: huge_pte_clear() stores 0 instead of invalid_pte_table
Arch: loongarch64
Platform: hugetlb
Evidence: console
# The fix's message (quoted by CVE-2024-56628, the Test-Log) shows both
# symptoms of the zeroed PMD at exit: the bad "PTE table" page at pfn 0 ...
Variant: bad-page-pfn0
Require: line /BUG: Bad page state in process/
Require: line /index:0x0 pfn:0x0$/
Support: line /PAGE_FLAGS_CHECK_AT_FREE/
Support: frame /^tlb_finish_mmu/
# ... and then check_mm()'s negative page-table accounting for the same mm,
# a report of its own.  Negative pgtables_bytes alone is shared with other
# bugs (debug-vm-pgtable-stale-entries-reused-pgd), hence the arch Require.
# The line comes without a trace and ktriage keeps the bad-page report
# before it as a report of its own (not as context), so nothing can
# corroborate it: this variant stays at medium by design.
Variant: negative-pgtables-bytes
Require: line /BUG: non-zero pgtables_bytes on freeing mm: -\d+/
Require: arch /^loongarch$/
Introduced-By: 09cfefb7fa70c3af011b0db0a513fd80b2f18abc
Fixed-By: 7cd1f5f77925ae905a57296932f0f9ef0dc364f8 ("LoongArch: Add architecture specific huge_pte_clear()")
Fixed-In: v6.13
Fixed-In: stable 6.1.120
Fixed-In: stable 6.6.66
Fixed-In: stable 6.12.5
Link: https://git.kernel.org/stable/c/7cd1f5f77925ae905a57296932f0f9ef0dc364f8
Link: https://cve.org/CVERecord/?id=CVE-2024-56628
Test-Log: tests/data/signatures/loongarch-huge-pte-clear-zero-invalid-pmd.log
Test-Not: tests/data/signatures/lookalikes/loongarch-huge-pte-clear-zero-invalid-pmd.s390-crst-upgrade-missing-nr-puds-2018.log
Description:
 On LoongArch an empty PMD must point at invalid_pte_table rather than be
 zero, but the generic huge_pte_clear() stored 0.  At exit free_pgd_range()
 then saw a non-none PMD and freed a "PTE table" at pfn 0, which the page
 allocator rejects as a bad page, and page-table accounting goes negative.
