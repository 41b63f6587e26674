# Facts: research/known-bugs.yaml id debug-vm-pgtable-pud-devmap-ppc-radix (entry 110).
Id: debug-vm-pgtable-pud-devmap-ppc-radix
Version: 3
Title: debug_vm_pgtable pud_advanced_tests: WARN in radix__pud_hugepage_update / BUG in pudp_huge_get_and_clear_full (test PUDs not devmap)
Arch: powerpc64
Platform: Radix MMU, CONFIG_DEBUG_VM_PGTABLE and CONFIG_DEBUG_VM
Evidence: console
# The fix's message (720da1e593b8, Aneesh Kumar K.V) quotes two crash sites
# of the same self test: the radix WARN and, "Also", the BUG_ON in
# pudp_huge_get_and_clear_full() (kernel BUG at book3s64/pgtable.c).
# pud_advanced_tests is static __init in mm/debug_vm_pgtable.c: a build may inline it into debug_vm_pgtable
Require: frame /^(pud_advanced_tests|debug_vm_pgtable)$/
Support: frame /^debug_vm_pgtable$/
Variant: radix-pud-update-warn
Require: line /radix__pud_hugepage_update/
Support: line /radix_pgtable\.c/
Support: function /^radix__pudp_huge_get_and_clear$/
Variant: get-and-clear-full-bug
Require: line /kernel BUG at arch\/powerpc\/mm\/book3s64\/pgtable\.c:\d+|pudp_huge_get_and_clear_full/
Require: function /^pudp_huge_get_and_clear_full$/
Introduced-By: 27af67f35631ac4b61b5e4455b44c9aee8d2cc4b
Fixed-By: 720da1e593b85a550593b415bf1d79a053133451 ("mm/debug_vm_pgtable: fix BUG_ON with pud advanced test")
Fixed-In: v6.8
Fixed-In: stable 6.6.21
Fixed-In: stable 6.7.9
# CONFIG_DEBUG_VM_PGTABLE ("Debug arch page table for semantics compliance")
# builds the boot-time self test of mm/debug_vm_pgtable.c, which the fix
# changes; it defaults to y with DEBUG_VM where the arch supports it.  There
# is no boot parameter to skip it.
Workaround: build with CONFIG_DEBUG_VM_PGTABLE=n: the crash is in the page-table self test
Link: https://git.kernel.org/stable/c/720da1e593b85a550593b415bf1d79a053133451
Link: https://cve.org/CVERecord/?id=CVE-2024-26850
Test-Log: tests/data/signatures/debug-vm-pgtable-pud-devmap-ppc-radix.log
Test-Log: tests/data/signatures/occurrences/debug-vm-pgtable-pud-devmap-ppc-radix.2.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-pud-devmap-ppc-radix.e500-pte-swap-pfn-64bit-pte-6.6.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-pud-devmap-ppc-radix.arm64-3level-pud-huge-tests-set-huge-stubs-5.13.log
Description:
 powerpc only expects huge PUD entries that are devmap, and its radix helpers
 assert it.  The boot-time page-table self test built plain huge PUDs, so
 radix__pud_hugepage_update() warned and pudp_huge_get_and_clear_full() hit
 its BUG_ON.  The fix marks the test PUDs devmap; the crash is in the test,
 not in real page tables.
