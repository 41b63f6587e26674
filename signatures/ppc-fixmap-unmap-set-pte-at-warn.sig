# Facts: research/known-bugs.yaml id ppc-fixmap-unmap-set-pte-at-warn (entry 152).
Id: ppc-fixmap-unmap-set-pte-at-warn
Version: 1
Title: powerpc WARNING in set_pte_at from __set_fixmap/early_iounmap: clearing a fixmap slot re-maps a present PTE
Arch: powerpc (32-bit seen)
Platform: fixmap / early_ioremap
Evidence: console
Require: line /arch\/powerpc\/mm\/pgtable\.c:[0-9]+ set_pte_at/
Require: frame /^__set_fixmap/
Support: frame /^early_iounmap/
Support: line /map_kernel_page/
Introduced-By: 265c3491c4bc8d40587996d6ee2f447a7ccfb4f3
Fixed-By: aec982603aa8cc0a21143681feb5f60ecc69d718 ("powerpc/fixmap: Fix VM debug warning on unmap")
Fixed-In: v5.17
Fixed-In: stable 5.10.101
Fixed-In: stable 5.15.24
Fixed-In: stable 5.16.10
Link: https://git.kernel.org/stable/c/aec982603aa8cc0a21143681feb5f60ecc69d718
Link: https://cve.org/CVERecord/?id=CVE-2021-47623
Test-Log: tests/data/signatures/ppc-fixmap-unmap-set-pte-at-warn.log
Test-Log: tests/data/signatures/occurrences/ppc-fixmap-unmap-set-pte-at-warn.2.log
Test-Not: tests/data/signatures/lookalikes/ppc-fixmap-unmap-set-pte-at-warn.debug-vm-pgtable-ppc32.log
Test-Not: tests/data/signatures/lookalikes/ppc-fixmap-unmap-set-pte-at-warn.ppc32-set-memory-attr-debug-pagealloc.log
Description:
 Unmapping a fixmap slot calls __set_fixmap() with FIXMAP_PAGE_CLEAR, which
 powerpc implemented with map_kernel_page(); set_pte_at() warns when asked to
 overwrite a PTE that is still present.  The fix adds unmap_kernel_page() to
 clear the entry instead.
