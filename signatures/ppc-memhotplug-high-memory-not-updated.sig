# Facts: research/known-bugs.yaml id ppc-memhotplug-high-memory-not-updated (entry 104).
Id: ppc-memhotplug-high-memory-not-updated
Version: 1
Title: powerpc kernel BUG in free_pages from tlb_finish_mmu: high_memory not raised for hotplugged memory, virt_addr_valid() fails
Arch: powerpc64
Platform: memory hotplug / DAX pfns (Radix seen)
Evidence: console
Require: line /kernel BUG at mm\/page_alloc\.c/
Require: guilty /^free_pages/
Require: arch /^powerpc$/
Support: line /tlb_finish_mmu/
Support: line /Vector: 700 \(Program Check\)/
Introduced-By: ffa0b64e3be58519ae472ea29a1a1ad681e32f48 ("powerpc: Fix virt_addr_valid() for 64-bit Book3E & 32-bit")
Fixed-By: ac790d09885d36143076e7e02825c541e8eee899 ("powerpc/memhotplug: Add add_pages override for PPC")
Fixed-In: v5.19
Fixed-In: stable 5.15.53
Fixed-In: stable 5.18.10
Link: https://git.kernel.org/stable/c/ac790d09885d36143076e7e02825c541e8eee899
Link: https://cve.org/CVERecord/?id=CVE-2022-49666
Test-Log: tests/data/signatures/ppc-memhotplug-high-memory-not-updated.log
Test-Not: tests/data/signatures/lookalikes/ppc-memhotplug-high-memory-not-updated.x86-sparsemem-novmemmap-hot-remove-free-pages.log
Description:
 virt_addr_valid() started to check addresses against high_memory, but
 powerpc did not raise high_memory when memory was hotplugged (e.g. for DAX).
 Freeing an mmu_gather batch page that came from the added range then failed
 the VM_BUG_ON(!virt_addr_valid()) in free_pages().  The fix adds an
 add_pages() override that updates high_memory.
