# Facts: the fix's subject, trailers and cause from Ryan Roberts's patch mail
# <20250225114638.2038006-1-ryan.roberts@arm.com> (Reported-by: Luiz
# Capitulino, Closes: his report, Fixes: 62cffa496aac "arm64/mm: Override
# PARange for !LPA2 and use it consistently"; "fixing a regression introduced
# in v6.14-rc1"); the fix's id 2b1283e1ea9b5e0b06f075f79391a51d9f70749b from
# the mainline revlist mail that lists it.  Backports of the fix appear in
# stable revlists, but no release statement and no CVE row was read, so no
# Fixed-In and no release Reject.
# The Test-Log is Luiz Capitulino's report
# <a3d9acbe-07c2-43b6-9ba9-a7585f770e83@redhat.com> (Ampere Mt. Jade, 2 sockets);
# the second is the fix author's own reproduction on another 2-socket Altra
# with defconfig, posted in the same thread
# (Ryan Roberts, 'Re: kernel BUG at arch/arm64/mm/mmu.c:185!', 2025-02-19),
# whose symptom the patch mail calls "slightly different".
Id: arm64-kaslr-linear-map-sanitised-parange-early-boot-panic
Version: 1
Title: arm64 early boot panic with KASLR on machines with a sparse physical memory map (Ampere Altra): linear-map randomisation read the not yet sanitised PARange and placed the linear map past its reserved range
Arch: arm64
Platform: KASLR (CONFIG_RANDOMIZE_BASE) on a system whose physical memory spans a wide range (e.g. 2-socket Ampere Altra); booting with nokaslr avoids it
Evidence: console
Support: context /KASLR enabled/
Variant: linear-map-bug
# The BUG_ON in the arm64 kernel page-table builder (an existing entry
# changed in a way pgattr_change_is_safe() forbids) ...
Require: line /kernel BUG at arch\/arm64\/mm\/mmu\.c:\d+/
# ... while the linear map is being created at boot.
Require: frame /^(map_mem|__map_memblock|paging_init)$/
Support: function /^(alloc_init_cont_pte|init_pte|alloc_init_cont_pmd|init_pmd|alloc_init_pud|__create_pgd_mapping(_locked)?|create_kpti_ng_temp_pgd)$/
# Added after the held-out test on Ryan Roberts's reproduction (another
# Altra, defconfig): the same misplaced linear map made sparse_init() warn
# that memory lies beyond what sparsemem can describe (mm/sparse.c:142; Luiz
# Capitulino's own later boots showed the same warning from
# memblocks_present()), and the boot then oopsed in subsection_map_init().
Variant: sparse-limit-warn
Require: line /WARNING: .*mm\/sparse\.c:\d+/
Require: function /^(sparse_init|memblocks_present|memory_present|mminit_validate_memmodel_limits)$/
Require: arch /^arm64$/
Support: frame /^(bootmem_init|setup_arch)$/
# The oops that ended that boot: a NULL mem_section for the memory the
# warning was about, at boot (free_area_init from bootmem_init).
Variant: subsection-map-oops
Require: title /NULL pointer dereference in subsection_map_init$/
Require: arch /^arm64$/
Require: frame /^(free_area_init|bootmem_init)$/
Support: taint /\bW\b/
Introduced-By: 62cffa496aac ("arm64/mm: Override PARange for !LPA2 and use it consistently")
Fixed-By: 2b1283e1ea9b5e0b06f075f79391a51d9f70749b ("arm64/mm: Fix Boot panic on Ampere Altra")
Workaround: boot with nokaslr (per the report)
Link: https://lore.kernel.org/all/a3d9acbe-07c2-43b6-9ba9-a7585f770e83@redhat.com/
Link: https://lore.kernel.org/all/20250225114638.2038006-1-ryan.roberts@arm.com/
Test-Log: tests/data/signatures/arm64-kaslr-linear-map-sanitised-parange-early-boot-panic.log
Test-Log: tests/data/signatures/occurrences/arm64-kaslr-linear-map-sanitised-parange-early-boot-panic.2.log
Test-Log: tests/data/signatures/occurrences/arm64-kaslr-linear-map-sanitised-parange-early-boot-panic.3.log
Test-Not: tests/data/signatures/lookalikes/arm64-kaslr-linear-map-sanitised-parange-early-boot-panic.x86-kho-scratch-vmemmap-alloc-fail.log
Description:
 With KASLR the arm64 linear map's base is randomised when the physical
 memory range leaves room for it.  A change in the 6.14 merge window made
 that decision read the sanitised copy of ID_AA64MMFR0_EL1 before the
 register had been sanitised; the zero it returned was read as a 32-bit
 physical range, the arithmetic wrapped, and the base was randomised although
 there was no room, so the top of the linear map fell outside the space
 reserved for it.  Building the linear map then trips over entries that
 already exist and boot ends in a BUG; on other boots sparse_init() first
 warns that memory lies beyond what sparsemem can describe and the boot
 oopses on a NULL section in subsection_map_init().  The fix reads the raw PARange (with
 any early override) instead.
