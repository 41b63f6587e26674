# Facts: research/known-bugs.yaml id ppc-pte-frag-destroy-active-flag-bad-page (entry 141).
Id: ppc-pte-frag-destroy-active-flag-bad-page
Version: 1
Title: ppc64 Bad page state (PAGE_FLAGS_CHECK_AT_FREE, active) in pte_frag_destroy at exit after a deferred PTE-table free
Arch: powerpc64
Platform: Hash MMU with 64K pages (PTE fragments), shmem MADV_COLLAPSE
Evidence: console
Require: frame /^pte_frag_destroy/
Require: line /Bad page state in process/
Support: line /PAGE_FLAGS_CHECK_AT_FREE/
Support: line /flags: 0x[0-9a-f]+\(active/
Support: frame /^arch_exit_mmap/
Introduced-By: 32cc0b7c9d508efde8946a82eb3c4acfa8dfed15
Fixed-By: fda4d71651f71c44b35829d13f3c8bf920032f77 ("powerpc/pgtable-frag: Fix bad page state in pte_frag_destroy")
Fixed-In: v7.1
Fixed-In: stable 6.18.33
Fixed-In: stable 7.0.10
Link: https://git.kernel.org/stable/c/fda4d71651f71c44b35829d13f3c8bf920032f77
Link: https://cve.org/CVERecord/?id=CVE-2026-53109
Test-Log: tests/data/signatures/ppc-pte-frag-destroy-active-flag-bad-page.log
Description:
 pte_free_defer() marks a PTE-fragment page active to request an RCU free.  If
 that page was still the mm's cached pte_frag when the process exited,
 pte_frag_destroy() freed it directly without clearing the flag, and the page
 allocator rejected it.  The fix clears the flag before freeing.
