# Facts: research/known-bugs.yaml id debug-vm-pgtable-stale-entries-reused-pgd (entry 130).
Id: debug-vm-pgtable-stale-entries-reused-pgd
Version: 3
Title: WARNING in free_pud_range, bad rss-counter and negative pgtables_bytes in another process after debug_vm_pgtable left stale entries
Arch: powerpc64 (generic)
Platform: CONFIG_DEBUG_VM_PGTABLE=y (pSeries POWER9 seen)
Evidence: console
Variant: free-pud-range-warn
# free_pud_range is static inline in mm/memory.c: a build may inline it (through free_p4d_range) into free_pgd_range
Require: guilty /^free_pud_range|^free_p4d_range|^free_pgd_range/
Require: kind /^warning$/
Support: frame /^free_pgd_range/
Support: frame /^exit_mmap/
# The WARNING above came from the reporter's own debugging (the fix: "it
# prints a warning trace if pgtables_bytes goes negative, in addition to the
# warning at check_mm() function"); a stock kernel prints only check_mm()'s
# "BUG: non-zero pgtables_bytes on freeing mm: -N", which other bugs print
# too, so it counts only after the boot-time test ran in the same log.
Variant: check-mm-negative-pgtables-bytes
Require: line /BUG: non-zero pgtables_bytes on freeing mm: -[0-9]+/
Require: context /debug_vm_pgtable: \[/
Introduced-By: 3c9b84f044a9e54cf56d1b2c9b80a2d2ce56d70a
Fixed-By: dde30854bddfb5d69f30022b53c5955a41088b33 ("mm/debug_vm_pgtable: clear page table entries at destroy_args()")
Fixed-In: v6.17
Fixed-In: stable 5.15.190
Fixed-In: stable 6.1.149
Fixed-In: stable 6.6.103
Fixed-In: stable 6.12.44
Fixed-In: stable 6.16.4
# CONFIG_DEBUG_VM_PGTABLE ("Debug arch page table for semantics compliance")
# builds the boot-time self test of mm/debug_vm_pgtable.c, which the fix
# changes; it defaults to y with DEBUG_VM where the arch supports it.  There
# is no boot parameter to skip it.
Workaround: build with CONFIG_DEBUG_VM_PGTABLE=n: the stale entries are left by the page-table self test
Link: https://git.kernel.org/stable/c/dde30854bddfb5d69f30022b53c5955a41088b33
Link: https://cve.org/CVERecord/?id=CVE-2025-39776
Test-Log: tests/data/signatures/debug-vm-pgtable-stale-entries-reused-pgd.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-stale-entries-reused-pgd.i386-pae-own-mm-lkp.log
# LoongArch's huge_pte_clear() bug prints the same negative pgtables_bytes at
# exit (its fix 7cd1f5f77925 quotes it); that file is the LoongArch signature's Test-Log
Test-Not: tests/data/signatures/loongarch-huge-pte-clear-zero-invalid-pmd.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-stale-entries-reused-pgd.lkp-x86-pae-fa6726c1e7-pgd-free.log
Description:
 The boot-time page-table test built entries in a private mm and freed it
 without clearing them.  A later process that got the same pgd page found the
 stale entries and freed page tables it never allocated, which warns in
 free_pud_range() and drives page-table and RSS accounting negative.  The fix
 clears the entries in destroy_args().
