# Facts: research/known-bugs.yaml id x86-64-kernel-pgd-sync-4level-pmem-vmemmap.
Id: x86-64-kernel-pgd-sync-4level-pmem-vmemmap
Version: 4
Title: x86-64 4-level paging: oops in __init_single_page() or vmemmap_set_pmd() because new kernel PGD/P4D entries (vmemmap for large pmem) were not synced
Arch: x86_64
Platform: 4-level paging with large persistent memory (vmemmap populated late)
# Evidence partial: the first Test-Log is a real excerpt without call trace: nothing in it
# can corroborate the symptom, so it stays at medium; the second (xe driver, vmemmap_set_pmd)
# has the populate path, but the excerpt must keep passing.
Evidence: partial
# the write lands in vmemmap while struct pages are set up: __init_single_page() or,
# for a new hugepage vmemmap, vmemmap_set_pmd()
Require: function /^(__init_single_page|vmemmap_set_pmd)$/
Require: line /PGD 0 P4D 0/
Require: arch /^x86_64$/
Require: access /^write$/
Support: header /page fault for address: ffffe[0-9a-f]+/
Support: frame /^(vmemmap_populate[a-z_]*|__populate_section_memmap|sparse_add_section|memmap_init[a-z_]*|memremap_pages|__add_pages)$/
Introduced-By: 8d400913c231bd1da74067255816453f96cd35b0
Fixed-By: 6659d027998083fbb6d42a165b0c90dc2e8ba989 ("x86/mm/64: define ARCH_PAGE_TABLE_SYNC_MASK and arch_sync_kernel_mappings()")
Fixed-In: v6.17
Fixed-In: stable 5.15.192
Fixed-In: stable 6.1.151
Fixed-In: stable 6.6.105
Fixed-In: stable 6.12.46
Fixed-In: stable 6.16.6
Link: https://git.kernel.org/stable/c/6659d027998083fbb6d42a165b0c90dc2e8ba989
Link: https://cve.org/CVERecord/?id=CVE-2025-39845
Test-Log: tests/data/signatures/x86-64-kernel-pgd-sync-4level-pmem-vmemmap.log
Test-Log: tests/data/signatures/occurrences/x86-64-kernel-pgd-sync-4level-pmem-vmemmap.2.log
Test-Not: tests/data/signatures/lookalikes/x86-64-kernel-pgd-sync-4level-pmem-vmemmap.deferred-init-rcu-stall-init-single-page.log
Test-Not: tests/data/signatures/lookalikes/x86-64-kernel-pgd-sync-4level-pmem-vmemmap.riscv-amdgpu-device-private-beyond-vmemmap.log
Description:
 p*d_populate_kernel() created new top-level kernel entries (here vmemmap
 for persistent memory) without copying them into every process page
 table.  A CPU running on another PGD then faulted on the new range (PGD 0)
 while initialising struct pages (or, hot-adding device memory such as an
 xe VRAM, setting the new vmemmap PMD).  The fix defines ARCH_PAGE_TABLE_SYNC_MASK
 and arch_sync_kernel_mappings() for x86-64.
