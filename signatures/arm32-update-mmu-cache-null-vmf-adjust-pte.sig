# Facts: research/known-bugs.yaml id arm32-update-mmu-cache-null-vmf-adjust-pte (entry 118).
Id: arm32-update-mmu-cache-null-vmf-adjust-pte
Version: 2
Title: ARM32 NULL dereference in update_mmu_cache_range/adjust_pte from remove_migration_pte (PTE lock choice reads a NULL vmf)
Arch: arm (32-bit, VIVT/aliasing caches)
Platform: ARMv5 (AT91SAM9 seen), CONFIG_SPLIT_PTE_PTLOCKS
Evidence: console
Require: pc /^update_mmu_cache_range/
Require: arch /^arm$/
Support: frame /^remove_migration_pte/
Support: lr /^pte_offset_map_rw_nolock/
Support: line /NULL pointer dereference/
Introduced-By: fc9c45b71f43cafcc0435dd4c7a2d3b99955a0fa
Fixed-By: a564ccfe300fa6a065beda06ab7f3c140d6b4d63 ("arm: pgtable: fix NULL pointer dereference issue")
Fixed-In: v6.14
Fixed-In: stable 6.13.7
Link: https://git.kernel.org/stable/c/a564ccfe300fa6a065beda06ab7f3c140d6b4d63
Link: https://cve.org/CVERecord/?id=CVE-2025-21933
Test-Log: tests/data/signatures/arm32-update-mmu-cache-null-vmf-adjust-pte.log
Description:
 adjust_pte() began deciding whether to take the PTE lock by comparing with
 vmf->ptl, but update_mmu_cache() callers such as migration pass a NULL vmf,
 so the comparison dereferenced NULL.  The fix decides from
 CONFIG_SPLIT_PTE_PTLOCKS and tells adjust_pte() when two VMAs share the PTE
 page so that it does not deadlock on itself.
