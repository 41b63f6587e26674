# Facts: research/known-bugs.yaml id vmalloc-vmap-block-cpu-uninit-race.
Id: vmalloc-vmap-block-cpu-uninit-race
Version: 2
Title: vmalloc: UBSAN array-index-out-of-bounds in purge_fragmented_block(), vmap_block published before its cpu field is set
Arch: generic (arm64 Android seen)
Platform: vmap/vm_map_ram per-CPU vmap blocks
Evidence: console
Require: line /UBSAN: array.index.out.of.bounds/
# purge_fragmented_block is static in mm/vmalloc.c: a build may inline it into purge_fragmented_blocks or _vm_unmap_aliases
Require: frame /^(purge_fragmented_blocks?|_vm_unmap_aliases)$/
Support: frame /^_?vm_unmap_aliases/
Introduced-By: 8c61291fd8500e3b35c7ec0c781b273d8cc96cde ("mm: fix incorrect vbq reference in purge_fragmented_block")
Fixed-By: 3e3de7947c751509027d26b679ecd243bc9db255 ("mm: vmalloc: ensure vmap_block is initialised before adding to queue")
Fixed-In: v6.11
Fixed-In: stable 6.6.51
Fixed-In: stable 6.10.10
Link: https://git.kernel.org/stable/c/3e3de7947c751509027d26b679ecd243bc9db255
Link: https://cve.org/CVERecord/?id=CVE-2024-46847
Test-Log: tests/data/signatures/vmalloc-vmap-block-cpu-uninit-race.log
Test-Not: tests/data/signatures/lookalikes/vmalloc-vmap-block-cpu-uninit-race.wrong-vbq-list-del-6.6.log
Test-Not: tests/data/signatures/lookalikes/vmalloc-vmap-block-cpu-uninit-race.arm-next-201906-unlink-va-misapplied-free-vmap-area-bug.log
Description:
 new_vmap_block() inserted a partly initialised block into the per-CPU
 xarray before setting its cpu field.  A concurrent vm_unmap_aliases() walk
 could find the block and use the uninitialised cpu as an index to pick a
 remote per-CPU queue, which UBSAN reports as an out-of-bounds index.
