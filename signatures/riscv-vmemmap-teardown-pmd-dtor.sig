# Facts: research/known-bugs.yaml id riscv-vmemmap-teardown-pmd-dtor (entry 117).
Id: riscv-vmemmap-teardown-pmd-dtor
Version: 2
Title: RISC-V kernel BUG (VM_BUG_ON_PAGE ptdesc->pmd_huge_pte) in remove_pgd_mapping during vmemmap_free: pmd dtor on a ctor-less table
Arch: riscv64
Platform: SPARSEMEM_VMEMMAP with PMD-mapped vmemmap, memory hot-remove (ZONE_DEVICE)
Evidence: console
# remove_pgd_mapping is static __meminit in the riscv memory-hotplug code (arch/riscv/mm/init.c): a build may inline it into vmemmap_free
Require: frame /^(remove_pgd_mapping|vmemmap_free)$/
Require: frame /^vmemmap_free/
Require: arch /^riscv$/
Support: context /VM_BUG_ON_PAGE\(ptdesc->pmd_huge_pte\)/
Support: frame /^section_deactivate/
Introduced-By: c75a74f4ba19c904c0ae1e011ae2568449409ae4
Fixed-By: 21f1b85c8912262adf51707e63614a114425eb10 ("riscv: mm: Do not call pmd dtor on vmemmap page table teardown")
Fixed-In: v6.13
Fixed-In: stable 6.12.6
Link: https://git.kernel.org/stable/c/21f1b85c8912262adf51707e63614a114425eb10
Link: https://cve.org/CVERecord/?id=CVE-2024-56673
Test-Log: tests/data/signatures/riscv-vmemmap-teardown-pmd-dtor.log
Test-Not: tests/data/signatures/lookalikes/riscv-vmemmap-teardown-pmd-dtor.ppc64-radix-early-memblock-pgtable-frag-count-unplug.log
Test-Not: tests/data/signatures/lookalikes/riscv-vmemmap-teardown-pmd-dtor.x86-mremap-thp-deposit-not-moved-pmd-dtor-3.13.log
Description:
 Page tables of the vmemmap are allocated directly, without the pmd
 constructor, yet the hot-remove teardown always ran the pmd destructor on
 them.  The destructor asserts on fields the constructor would have set up
 and fires when a ZONE_DEVICE range (here test_hmm) is removed.  The fix skips
 the destructor when called from vmemmap_free().
