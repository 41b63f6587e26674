# Facts: research/known-bugs.yaml id ppc-radix-vmemmap-altmap-unaligned-section (entry 123).
Id: ppc-radix-vmemmap-altmap-unaligned-section
Version: 1
Title: ppc64 Radix NULL dereference in get_pfnblock_flags_mask freeing vmemmap on namespace removal: section vmemmap start not page aligned
Arch: powerpc64
Platform: Radix MMU, pmem namespaces with vmemmap altmap
Evidence: console
Require: frame /^free_vmemmap_pages/
Require: frame /^remove_pte_table/
Require: arch /^powerpc$/
Support: guilty /^get_pfnblock_flags_mask/
Support: mmu /^Radix$/
Introduced-By: 368a0590d954a659b16ab945328ada0cc10f93a0
Fixed-By: 9cf7e13fecbab0894f6986fc6986ab2eba8de52e ("book3s64/radix : Align section vmemmap start address to PAGE_SIZE")
Fixed-In: v6.15
Fixed-In: stable 6.6.90
Fixed-In: stable 6.12.28
Fixed-In: stable 6.14.6
Link: https://git.kernel.org/stable/c/9cf7e13fecbab0894f6986fc6986ab2eba8de52e
Link: https://cve.org/CVERecord/?id=CVE-2025-37922
Test-Log: tests/data/signatures/ppc-radix-vmemmap-altmap-unaligned-section.log
Description:
 For unaligned pmem namespaces the section's vmemmap start address was not
 page aligned, so one altmap page backed struct pages of two namespaces.
 Removing the first namespace tore down its vmemmap page tables and freed the
 shared altmap page as an ordinary page, which crashed in the page allocator.
 The fix aligns the start to PAGE_SIZE and falls back to normal pages.
