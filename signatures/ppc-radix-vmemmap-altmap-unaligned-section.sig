# Facts: research/known-bugs.yaml id ppc-radix-vmemmap-altmap-unaligned-section (entry 123).
Id: ppc-radix-vmemmap-altmap-unaligned-section
Version: 3
Title: ppc64 Radix NULL dereference in get_pfnblock_flags_mask freeing vmemmap on namespace removal (or a BUG populating a PMD-sized vmemmap page): section vmemmap start not page aligned
Arch: powerpc64
Platform: Radix MMU, pmem namespaces with vmemmap altmap
Evidence: console
Require: arch /^powerpc$/
Support: mmu /^Radix$/
Variant: free-shared-altmap-page
# free_vmemmap_pages and remove_pte_table are static __meminit in arch/powerpc/mm/book3s64/radix_pgtable.c:
# a build may inline the first into remove_pte_table and that into remove_pmd_table
Require: frame /^free_vmemmap_pages$|^remove_pte_table$/
Require: frame /^remove_p(te|md)_table$/
Support: guilty /^get_pfnblock_flags_mask/
# The fix (9cf7e13fecba): "if there is no altmap, a PMD-sized vmemmap page
# will be allocated from RAM ... If the section start address is not aligned
# to the PMD size, a VM_BUG_ON will be triggered when setting the PMD-sized
# page to page table": a BUG in the radix page-table code while the section's
# vmemmap is populated.
Variant: unaligned-pmd-vmemmap-populate
Require: line /kernel BUG at arch\/powerpc\/mm\/book3s64\/radix_pgtable\.c:[0-9]+/
Require: function /^(vmemmap_populate|__populate_section_memmap)$/
Support: frame /^(sparse_add_section|__add_pages|memremap_pages)$/
Introduced-By: 368a0590d954a659b16ab945328ada0cc10f93a0
Fixed-By: 9cf7e13fecbab0894f6986fc6986ab2eba8de52e ("book3s64/radix : Align section vmemmap start address to PAGE_SIZE")
Fixed-In: v6.15
Fixed-In: stable 6.6.90
Fixed-In: stable 6.12.28
Fixed-In: stable 6.14.6
Link: https://git.kernel.org/stable/c/9cf7e13fecbab0894f6986fc6986ab2eba8de52e
Link: https://cve.org/CVERecord/?id=CVE-2025-37922
Test-Log: tests/data/signatures/ppc-radix-vmemmap-altmap-unaligned-section.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-vmemmap-altmap-unaligned-section.x86-devm-memremap-altmap-lifetime.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-vmemmap-altmap-unaligned-section.hash-ndctl-pfn-section-valid-null-usage.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-vmemmap-altmap-unaligned-section.hash-altmap-cross-namespace-2019.log
Description:
 For unaligned pmem namespaces the section's vmemmap start address was not
 page aligned, so one altmap page backed struct pages of two namespaces.
 Removing the first namespace tore down its vmemmap page tables and freed the
 shared altmap page as an ordinary page, which crashed in the page allocator.
 The fix aligns the start to PAGE_SIZE and falls back to normal pages.
