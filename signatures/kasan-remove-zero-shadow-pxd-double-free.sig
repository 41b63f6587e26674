# Facts: research/known-bugs.yaml id kasan-remove-zero-shadow-pxd-double-free (entry 139).
Id: kasan-remove-zero-shadow-pxd-double-free
Version: 2
Title: KASAN double-free in kasan_remove_zero_shadow on memunmap_pages: slab-allocated PUD table freed via page_to_virt(pud_page())
Arch: powerpc64 (64K pages)
Platform: Radix, KASAN, pmem (ndctl)
Evidence: console
# The free happens in kasan_free_pxd() (the fix: "kasan_free_pxd() assumes
# the page table is always struct page aligned"), one helper per level,
# usually inlined into kasan_remove_zero_shadow(): any of them may be the
# function KASAN names.
Require: line /KASAN: double-free in (kasan_remove_zero_shadow|kasan_free_p(te|md|ud|4d))\b/
Support: frame /^memunmap_pages/
Support: line /cache pgtable-2\^9/
Support: arch /^powerpc$/
Introduced-By: 0207df4fa1a869281ddbf72db6203dbf036b3e1a
Fixed-By: 51d8c78be0c27ddb91bc2c0263941d8b30a47d3b ("mm/kasan: fix double free for kasan pXds")
Fixed-In: v7.1
Fixed-In: stable 5.10.258
Fixed-In: stable 5.15.209
Fixed-In: stable 6.1.175
Fixed-In: stable 6.6.136
Fixed-In: stable 6.12.83
Fixed-In: stable 6.18.24
Fixed-In: stable 6.19.14
Fixed-In: stable 7.0.1
Link: https://git.kernel.org/stable/c/51d8c78be0c27ddb91bc2c0263941d8b30a47d3b
Link: https://cve.org/CVERecord/?id=CVE-2026-31686
Test-Log: tests/data/signatures/kasan-remove-zero-shadow-pxd-double-free.log
Test-Log: tests/data/signatures/occurrences/kasan-remove-zero-shadow-pxd-double-free.2.log
Test-Not: tests/data/signatures/lookalikes/kasan-remove-zero-shadow-pxd-double-free.ppc-devdax-unbind-devmap-managed-key-negative.log
Test-Not: tests/data/signatures/lookalikes/kasan-remove-zero-shadow-pxd-double-free.ppc-ndctl-arch-remove-memory-flush-dcache-chunk.log
Test-Not: tests/data/signatures/lookalikes/kasan-remove-zero-shadow-pxd-double-free.ppc-pmem-pagemap-cleanup-after-del-gendisk.log
Description:
 kasan_free_pxd() computed the table address from the struct page of the
 entry, assuming page-sized page tables.  With 64K pages the powerpc PUD table
 is a 4K object from the pgtable-2^9 slab, so the computed pointer was wrong
 and the free hit an object already freed.  The fix frees the table pointer it
 was given.
