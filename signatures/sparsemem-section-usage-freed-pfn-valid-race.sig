# Facts: CVE-2023-52489 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2023/CVE-2023-52489.mbox), which quotes
# the fix's message.  The follow-up NULL check is CVE-2024-41055 (same
# source set: cve/published/2024/CVE-2024-41055.mbox).
Id: sparsemem-section-usage-freed-pfn-valid-race
Version: 2
Title: NULL dereference of mem_section->usage in pfn_valid()/pfn_section_valid() racing ZONE_DEVICE section removal (compaction walking device PFNs)
Arch: any with SPARSEMEM_VMEMMAP (seen on arm64)
Platform: ZONE_DEVICE memory inside a normal zone's span, memunmap_pages() concurrent with compaction
Evidence: console
Require: line /NULL pointer dereference/
Require: guilty /^(__pageblock_pfn_to_page|pfn_section_valid|pfn_valid|pfn_to_online_page)$/
Require: frame /^(compact_zone|isolate_migratepages\w*|isolate_freepages\w*|__pageblock_pfn_to_page|pageblock_pfn_to_page)$/
Support: frame /^(try_to_compact_pages|kcompactd_do_work|compact_node)$/
# the freed usage map is a NULL dereference, never a stall: a soft lockup
# walking the same pageblocks (set_zone_contiguous over a huge zone) is
# another bug
Reject: kind /^stall$/
Introduced-By: f46edbd1b1516da1fb34c917775168d5df576f78
Fixed-By: 5ec8e8ea8b7783fab150cf86404fc38cb4db8800 ("mm/sparsemem: fix race in accessing memory_section->usage")
Fixed-By: 82f0b6f041fad768c28b4ad05a683065412c226e ("mm: prevent derefencing NULL ptr in pfn_section_valid()")
Fixed-In: v6.8
Fixed-In: stable 5.10.210
Fixed-In: stable 5.15.149
Fixed-In: stable 6.1.76
Fixed-In: stable 6.6.15
Fixed-In: stable 6.7.3
Link: https://git.kernel.org/stable/c/5ec8e8ea8b7783fab150cf86404fc38cb4db8800
Link: https://lore.kernel.org/linux-mm/994410bb-89aa-d987-1f50-f514903c55aa@quicinc.com/
Link: https://cve.org/CVERecord/?id=CVE-2023-52489
Link: https://cve.org/CVERecord/?id=CVE-2024-41055
Test-Log: tests/data/signatures/sparsemem-section-usage-freed-pfn-valid-race.log
Test-Not: tests/data/signatures/lookalikes/sparsemem-section-usage-freed-pfn-valid-race.kmemleak-zone-device-hole-soft-lockup.log
Test-Not: tests/data/signatures/lookalikes/sparsemem-section-usage-freed-pfn-valid-race.set-zone-contiguous-soft-lockup.log
Description:
 With SPARSEMEM_VMEMMAP, pfn_valid() looks at the section's usage map.
 When device memory (ZONE_DEVICE) sits inside a normal zone's PFN span,
 compaction walks those PFNs too, while memunmap_pages() on another CPU can
 deactivate the section and free ms->usage; pfn_section_valid() then reads
 through a NULL (or freed) usage pointer.  The fix clears the section's
 memmap flag first and frees usage with RCU; its READ_ONCE() alone did not
 check for NULL, which the second fix (CVE-2024-41055: v6.10, stable
 5.10.222, 5.15.163, 6.1.100, 6.6.41, 6.9.10) adds.
