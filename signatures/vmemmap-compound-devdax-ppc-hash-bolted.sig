# Facts: research/known-bugs.yaml id vmemmap-compound-devdax-ppc-hash-bolted (entry 109).
Id: vmemmap-compound-devdax-ppc-hash-bolted
Version: 2
Title: ppc64 Hash: oops in __init_single_page probing devdax with optimized compound vmemmap (vmemmap is bolted, not in init_mm)
Arch: powerpc64
Platform: Hash MMU (pSeries), devdax/pmem with vmemmap optimization
Evidence: console
# The write to an unmapped struct page faults in __init_single_page() (NIP)
# called from __init_zone_device_page() (LR) in the fix's trace; the fix
# changes the compound path memmap_init_compound() takes from
# memmap_init_zone_device().  With other inlining the fault shows in either
# caller, so the rule names the function wherever the report has it (was:
# guilty __init_single_page only).
Require: function /^(__init_single_page|__init_zone_device_page|memmap_init_compound)$/
Require: frame /^memmap_init_zone_device/
Require: arch /^powerpc$/
Support: mmu /^Hash$/
Support: frame /^dev_dax_probe/
Introduced-By: 4917f55b4ef963e2d2288fe4eb651728be8db406 ("mm/sparse-vmemmap: improve memory savings for compound devmaps")
Fixed-By: 87a7ae75d7383afa998f57656d1d14e2a730cc47 ("mm/vmemmap/devdax: fix kernel crash when probing devdax devices")
Fixed-In: v6.4
Fixed-In: stable 6.3.5
Link: https://git.kernel.org/stable/c/87a7ae75d7383afa998f57656d1d14e2a730cc47
Link: https://cve.org/CVERecord/?id=CVE-2023-53706
Test-Log: tests/data/signatures/vmemmap-compound-devdax-ppc-hash-bolted.log
Test-Not: tests/data/signatures/lookalikes/vmemmap-compound-devdax-ppc-hash-bolted.x86-vmemmap-pgd-unsynced.log
Test-Not: tests/data/signatures/lookalikes/vmemmap-compound-devdax-ppc-hash-bolted.riscv-zone-device-physmem-end-amdgpu.log
Test-Not: tests/data/signatures/lookalikes/vmemmap-compound-devdax-ppc-hash-bolted.arm64-amdgpu-device-private-beyond-vmemmap.log
Description:
 vmemmap_populate_compound_pages() reuses vmemmap pages by walking the init_mm
 page tables, but under the hash MMU the vmemmap lives in bolted HPT entries
 and is not in those tables.  The optimized path therefore left struct pages
 at unmapped addresses and memmap_init_zone_device() faulted writing them.
 The fix lets each architecture opt in to the optimization.
