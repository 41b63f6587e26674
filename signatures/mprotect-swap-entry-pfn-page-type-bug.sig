# Facts: research/known-bugs.yaml id mprotect-swap-entry-pfn-page-type-bug (entry 156).
Id: mprotect-swap-entry-pfn-page-type-bug
Version: 2
Title: kernel BUG in pfn_swap_entry_to_page from change_pte_range: mprotect converts a real swap entry to a page
Arch: x86_64 (generic)
Platform: swap, mprotect
Evidence: console
Require: line /kernel BUG at include\/linux\/swapops\.h/
# pfn_swap_entry_to_page() is a static inline of include/linux/swapops.h:
# the fix's log (a debug build) shows it out of line; a build that inlines it
# into change_pte_range() faults there, called from change_p4d_range().
Require: guilty /^(pfn_swap_entry_to_page|change_pte_range)$/
Support: frame /^(change_pte_range|change_p4d_range|change_protection_range)$/
Support: frame /^mprotect_fixup/
Introduced-By: 6c287605fd56466e645693eff3ae7c08fba56e0a
Fixed-By: 3d2f78f08cd8388035ac375e731ec1ac1b79b09d ("mm/mprotect: only reference swap pfn page if type match")
Fixed-In: v6.0
Fixed-In: stable 5.19.6
Link: https://git.kernel.org/stable/c/3d2f78f08cd8388035ac375e731ec1ac1b79b09d
Link: https://cve.org/CVERecord/?id=CVE-2022-49992
Test-Log: tests/data/signatures/mprotect-swap-entry-pfn-page-type-bug.log
Test-Not: tests/data/signatures/lookalikes/mprotect-swap-entry-pfn-page-type-bug.x86-pae-swp-pfn-bits-pagemap.log
Test-Not: tests/data/signatures/lookalikes/mprotect-swap-entry-pfn-page-type-bug.parisc-swp-exclusive-migration-wait.log
Test-Not: tests/data/signatures/lookalikes/mprotect-swap-entry-pfn-page-type-bug.hwpoison-entry-kill-accessing-process.log
Description:
 change_pte_range() called pfn_swap_entry_to_page() for every non-present
 swap-type PTE, which is only valid for migration and device entries.  Once
 swp_offset_pfn() started asserting the entry type, mprotect() over swapped-out
 memory hit the BUG.  The fix only looks up the page for writable migration
 entries.
