# Facts: the report is syzbot's <000000000000d099fa0604f03351@google.com>
# ('[syzbot] [mm?] BUG: Bad page map (7)', extid 55cc72f8cc3a549119df,
# 6.5.0-syzkaller-11704-g3f86ed6ec0b3, the 6.6 merge window), whose
# bisection names 617c28ecab22 ("filemap: batch PTE mappings").  The cause is
# from the thread: Dave Hansen, Matthew Wilcox and Yin Fengwei traced it to the
# generic set_ptes() adding 1 << PFN_PTE_SHIFT to the PTE value to reach the
# next page, which goes the wrong way for an x86 PTE whose PFN is stored
# inverted (PROT_NONE, the L1TF mitigation); Matthew Wilcox's patch in
# <ZP/wLVg1JCvhaEKm@casper.infradead.org> adds a per-arch "next PTE" helper
# that subtracts for an inverted PTE.  The fix id and subject are from the
# mainline revlist mail that lists ce60f27bb62d next to Linus's 6.6-rc4
# merges, and the Linux 6.6-rc4 announcement lists "mm: abstract moving to the
# next PFN" (Matthew Wilcox); the fix's own trailers (Reported-by, Fixes:)
# were not read, so the tie of that commit to this report is marked
# unverified and no Introduced-By is given.
Id: x86-set-ptes-protnone-inverted-pfn-bad-page-map
Version: 2
Title: BUG: Bad page map (x86) on a PROT_NONE mapping of a large file folio: the generic set_ptes() stepped the inverted (L1TF) PFN of a PROT_NONE PTE the wrong way, mapping the wrong pages
Arch: x86_64 (and x86 PAE: any kernel that inverts the PFN of non-present PTEs)
Platform: file mappings with large page-cache folios (readahead of order > 0, e.g. XFS) mapped PROT_NONE, 6.6 merge window kernels (batched PTE mapping in filemap_map_pages())
Evidence: console
# The symptom: zap finds a bad PTE whose value is a PROT_NONE entry
# (_PAGE_PROTNONE 0x100 set, present bit clear) with an inverted PFN (all
# high PFN bits set, printed as ...ffff followed by the inverted low PFN
# bits; an optional NX bit in front): set_ptes() built it by adding to the
# inverted PFN, so the page it names is not the page that was mapped.
Require: line /BUG: Bad page map in process .* pte:(800)?f{4}[0-9a-f]{6}[13579bdf][0-9a-f][02468ace] pmd:/
# Only x86 stores the PFN of a PROT_NONE PTE inverted.
Require: arch /^(x86_64|i386)$/
Support: line /page dumped because: bad pte/
# The page belongs to a large folio (set_ptes() maps nr > 1 pages only for
# those) ...
Support: line /^head: ?[0-9a-f]+ order:[1-9]/
# ... in a VMA without read, write or exec permission (PROT_NONE).
Support: line /vm_flags:[0-9a-f]*0 anon_vma:/
# The large page-cache folio came from readahead (page_owner's allocation
# stack), or the bad entry is found on unmap.
Support: frame /^(page_cache_ra_order|filemap_map_pages|zap_pte_range|zap_present_ptes|unmap_page_range)$/
Fixed-By: ce60f27bb62dfeb1bf827350520f34abc84e0933 ("mm: abstract moving to the next PFN") (unverified)
# Fixed-In: the release of ce60f27bb62d, listed in the "Linux 6.6-rc4"
# announcement <CAHk-=wia2-4DRvD-aXz70AV64yrt+Vr50MxHiDunZ71dHATv-Q@mail.gmail.com>
# (it is this bug's fix only as far as the Fixed-By above is).
Fixed-In: v6.6
Link: https://lore.kernel.org/all/000000000000d099fa0604f03351@google.com/
Link: https://syzkaller.appspot.com/bug?extid=55cc72f8cc3a549119df
Link: https://lore.kernel.org/all/ZP/wLVg1JCvhaEKm@casper.infradead.org/
Test-Log: tests/data/signatures/x86-set-ptes-protnone-inverted-pfn-bad-page-map.log
Test-Log: tests/data/signatures/occurrences/x86-set-ptes-protnone-inverted-pfn-bad-page-map.2.log
Test-Log: tests/data/signatures/occurrences/x86-set-ptes-protnone-inverted-pfn-bad-page-map.3.log
Test-Log: tests/data/signatures/occurrences/x86-set-ptes-protnone-inverted-pfn-bad-page-map.4.log
Test-Log: tests/data/signatures/occurrences/x86-set-ptes-protnone-inverted-pfn-bad-page-map.5.log
Test-Not: tests/data/signatures/lookalikes/x86-set-ptes-protnone-inverted-pfn-bad-page-map.kcov-corrupted-pte-4.19.log
Test-Not: tests/data/signatures/lookalikes/x86-set-ptes-protnone-inverted-pfn-bad-page-map.lkp-numa-pte-high-bit-branch-3.14.log
Description:
 x86 mitigates L1TF by storing the PFN of a non-present PTE, including a
 PROT_NONE one, inverted.  The generic set_ptes(), added in the 6.6 merge
 window and used by filemap_map_pages() to map a whole large page-cache folio
 at once, reached the next page's PTE by adding one page to the PTE value;
 for an inverted PROT_NONE PTE that steps to the previous page instead, so
 the pages of the folio were mapped with the wrong PFNs and their map counts
 went wrong.  Unmapping the range (exit, munmap) then reports "BUG: Bad page
 map" for each such PTE, with a mapcount of -1.  The fix lets the
 architecture say how to move a PTE to the next PFN, and x86 subtracts for
 an inverted PTE.
