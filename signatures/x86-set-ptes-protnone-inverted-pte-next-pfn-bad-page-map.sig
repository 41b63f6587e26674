# Facts: the report <000000000000d099fa0604f03351@google.com> ("[syzbot] [mm?]
# BUG: Bad page map (7)", extid 55cc72f8cc3a549119df, 6.5.0-syzkaller-11704)
# and syzbot's bisection in it (to 617c28ecab22 "filemap: batch PTE mappings",
# which made filemap_map_pages() map a folio with one set_ptes() call).  In the
# thread Dave Hansen, Matthew Wilcox and Yin Fengwei traced it to set_ptes()
# stepping to the next PFN by adding to the PTE value, which is wrong for
# x86's inverted (L1TF) PROT_NONE PTEs; Matthew Wilcox's patch in
# <ZP/wLVg1JCvhaEKm@casper.infradead.org> adds an x86 helper that subtracts
# for inverted PTEs.  The commit that went in, by Matthew Wilcox in 6.6-rc4's
# shortlog, is "mm: abstract moving to the next PFN"; its message was not
# read, so the tie to this report is by its subject and the thread's patch,
# and the 40-hex id is the one a revlist of a branch based on mainline gives
# it: both marked unverified.  No Introduced-By: the fix's Fixes: line was
# not read (syzbot's bisection named 617c28ecab22).
Id: x86-set-ptes-protnone-inverted-pte-next-pfn-bad-page-map
Version: 1
Title: BUG: Bad page map with PROT_NONE PTEs on x86: set_ptes() added to an inverted (L1TF) PTE to reach the next PFN and mapped the wrong pages (filemap fault-around of a large folio, e.g. from a core dump)
Arch: x86_64 (x86 with the L1TF PTE inversion)
Platform: a large page-cache folio mapped through fault-around into a PROT_NONE VMA (get_dump_page() during a core dump, FOLL_FORCE); 6.6 merge window
Evidence: console
# The bad PTE is a non-present PROT_NONE entry (bit 8, _PAGE_PROTNONE, set;
# bit 0 clear) whose PFN bits are inverted (leading f's): x86 stores PROT_NONE
# PTEs inverted against L1TF, and adding 1 << PFN_PTE_SHIFT to such a value
# steps to the previous page, so the batch mapped pages that were never
# referenced (mapcount -1 when they are unmapped).
Require: line /BUG: Bad page map in process .* pte:f{4,}[0-9a-f]*[13579bdf][0-9a-f][02468ace] pmd:/
Require: arch /^(x86_64|i386)$/
# The VMA has no read, write or exec permission (vm_flags ending in 0).
Support: line /addr:[0-9a-f]+ vm_flags:[0-9a-f]*0 anon_vma:/
Support: line /page dumped because: bad pte/
Support: frame /^(print_bad_pte|zap_pte_range)$/
# The pages were faulted in for the core dump (page_owner's allocation stack).
Support: function /^(get_dump_page|dump_user_range|filemap_map_pages|set_pte_range|do_fault_around)$/
Fixed-By: ce60f27bb62dfeb1bf827350520f34abc84e0933 ("mm: abstract moving to the next PFN") (unverified)
Link: https://lore.kernel.org/all/000000000000d099fa0604f03351@google.com/
Link: https://syzkaller.appspot.com/bug?extid=55cc72f8cc3a549119df
Link: https://lore.kernel.org/all/ZP/wLVg1JCvhaEKm@casper.infradead.org/
Test-Log: tests/data/signatures/x86-set-ptes-protnone-inverted-pte-next-pfn-bad-page-map.log
Test-Log: tests/data/signatures/occurrences/x86-set-ptes-protnone-inverted-pte-next-pfn-bad-page-map.2.log
Test-Not: tests/data/signatures/lookalikes/x86-set-ptes-protnone-inverted-pte-next-pfn-bad-page-map.arm64-udmabuf-shmem-6.10.log
Description:
 In the 6.6 merge window filemap_map_pages() began to map a whole large
 folio with one set_ptes() call, and the generic set_ptes() reached each next
 page by adding 1 << PFN_PTE_SHIFT to the PTE value.  On x86 a PROT_NONE PTE
 holds its PFN inverted (the L1TF mitigation), so the addition moved to the
 previous page: faulting a large page-cache folio into a PROT_NONE VMA (the
 core dump's get_dump_page() does this with FOLL_FORCE) installed PTEs for
 the wrong pages, and unmapping them reported "BUG: Bad page map" with
 inverted PTE values and a mapcount of -1.  The fix lets the architecture
 say how to move to the next PFN; x86 subtracts for inverted PTEs.
