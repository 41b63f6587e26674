# Facts: research/known-bugs.yaml id arm64-invalid-large-leaf-bbml2-realm-panic.
# The pmd condition looks for a block entry with the valid bit clear (AF and
# shareability set, bit 0 clear): an invalidated large leaf.
Id: arm64-invalid-large-leaf-bbml2-realm-panic
Version: 4
Title: arm64 BBML2 + rodata=full: level 2 (or 1) translation fault on an invalidated block (large leaf) linear-map entry in a realm guest
Arch: arm64
Platform: BBML2_NOABORT with a block-mapped linear map under rodata=full; realm guest (DMA share/unshare), kfence, secretmem
Evidence: console
# PMD or PUD level: the fix (15bfba1ad77f) says "pageattr_p[mu]d_entry()
# would only update the entry if it is a section mapping ... But p[mu]d_sect()
# only returns true if the entry is valid", so an invalidated 1G block faults
# at level 1 the same way.
Require: line /FSC = 0x0[56]: level [12] translation fault/
Require: line /, p[mu]d=[0-9a-f]{13}7[0-9a-f][02468ace]$/
Require: arch /^arm64$/
Support: line /swapper pgtable: 4k pages/
Support: frame /^(set_memory_valid|__change_memory_common)$/
# a realm guest bounces DMA through swiotlb memory that was shared with the
# host (its large leaf made invalid, then never made valid again)
Support: context /software IO TLB: Memory encryption is active/
Support: frame /^swiotlb_(bounce|tbl_map_single|map)$/
Introduced-By: a166563e7ec375b38a0fd3a58f7b77e50a6bc6a8 ("arm64: mm: support large block mapping when rodata=full")
Fixed-By: 15bfba1ad77fad8e45a37aae54b3c813b33fe27c ("arm64: mm: Handle invalid large leaf mappings correctly")
Fixed-In: v7.1
Fixed-In: stable 6.18.24
Fixed-In: stable 6.19.14
Fixed-In: stable 7.0.1
Link: https://git.kernel.org/stable/c/15bfba1ad77fad8e45a37aae54b3c813b33fe27c
Link: https://cve.org/CVERecord/?id=CVE-2026-31600
Test-Log: tests/data/signatures/arm64-invalid-large-leaf-bbml2-realm-panic.log
Test-Not: tests/data/signatures/lookalikes/arm64-invalid-large-leaf-bbml2-realm-panic.stable-4.19-swiotlb-alloc-zero-orig-addr.log
Test-Not: tests/data/signatures/lookalikes/arm64-invalid-large-leaf-bbml2-realm-panic.kfence-init-block-mapping-apply-to-pmd-warn.log
Description:
 Invalidating linear-map entries by clearing PTE_VALID had only ever been
 done on page-level entries.  Once the linear map used block mappings under
 rodata=full, invalid block entries reached code that could not handle them
 (their encoding looks like a table), and a realm guest faulted at level 2
 while setting up its DMA bounce buffers.
