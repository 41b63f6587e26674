# Facts: research/known-bugs.yaml id arm64-hotremove-pgtable-missing-dtor (entry 142).
Id: arm64-hotremove-pgtable-missing-dtor
Version: 1
Title: arm64 Bad page state (page_type table) freeing hot-removed kernel page tables: pagetable dtor never called
Arch: arm64
Platform: memory hot-remove; DEBUG_VM
Evidence: console
# The fix's message (Alistair Popple, stable and mm-commits copies read)
# limits this console symptom to DEBUG_VM kernels before v6.17 that lack
# 2dfcd1608f3a9 ("mm/page_alloc: let page freeing clear any set page type");
# later kernels only leak the split PTL and skew NR_PAGETABLE, silently.  No
# release Reject is written for it: the Test-Log prints no release, and an
# unknown release would lower its match.
Require: line /Bad page state in process/
Require: frame /^(free_empty_tables|free_hotplug_page_range|free_hotplug_pgtable_page)/
Support: line /page_type: f2\(table\)/
Support: frame /^__remove_pgd_mapping/
Introduced-By: 5e8eb9aeeda3a7aaf48efa1d34ae804e894e307f ("arm64: mm: always call PTE/PMD ctor in __create_pgd_mapping()")
Fixed-By: c594b83457ccdee76d458416fb3bc9348a37592f ("arm64: mm: call pagetable dtor when freeing hot-removed page tables")
Fixed-In: v7.1
Fixed-In: stable 6.18.36
Fixed-In: stable 7.0.13
Link: https://git.kernel.org/stable/c/c594b83457ccdee76d458416fb3bc9348a37592f
Link: https://cve.org/CVERecord/?id=CVE-2026-53342
Test-Log: tests/data/signatures/arm64-hotremove-pgtable-missing-dtor.log
Test-Not: tests/data/signatures/lookalikes/arm64-hotremove-pgtable-missing-dtor.x86-bootmem-pgtable-private-flag.log
Description:
 Since __create_pgd_mapping() always runs the page-table constructor on
 kernel page tables (page type, NR_PAGETABLE, split PTL),
 free_hotplug_pgtable_page() must run the matching destructor, but it freed
 them directly.  The page still carried the table page type when it reached
 the allocator and was reported as a bad page; split PTLs could leak too.
