# Facts: research/known-bugs.yaml id riscv-set-memory-lm-alias-split (entry 8).
Id: riscv-set-memory-lm-alias-split
Version: 2
Title: riscv: kernel BUG at arch/riscv/mm/physaddr.c in __phys_addr_symbol from __set_memory (lm_alias() applied to a non-kernel-image address)
Arch: riscv64
Platform: any; set_memory_*() on linear-map or vmalloc addresses (free_initmem at boot)
Evidence: console
Require: line /kernel BUG at arch\/riscv\/mm\/physaddr\.c:[0-9]+/
# __set_memory is static in arch/riscv/mm/pageattr.c: a build may inline it into set_memory_rw_nx
# (the generic set_memory_ro/x names are not accepted: x86 W^X look-alikes share them)
Require: frame /^(__set_memory|set_memory_rw_nx)$/
Support: frame /^__phys_addr_symbol$/
Support: frame /^(set_memory_rw_nx|set_memory_ro|set_memory_rw|set_memory_x|set_memory_nx|free_initmem)$/
Support: arch /^riscv$/
# Fixes: 311cd2f6e253 in the fix (6.7 stable review mail); the full id is in
# the riscv for-next push of 2023-11-08.
Introduced-By: 311cd2f6e25380cff0abc2884dc6a3d33bc9b5c3 ("riscv: Fix set_memory_XX() and set_direct_map_XX() by splitting huge linear mappings")
Fixed-By: c29fc621e1a49949a14c7fa031dd4760087bfb29 ("riscv: Fix wrong usage of lm_alias() when splitting a huge linear mapping")
# Not v6.7 as recorded before: the fix was pushed to the riscv fixes branch on
# 2023-12-20 and reached mainline in the 6.8 merge window (kernel.org revlist
# beside the mm-stable-2024-01-08 merge), and it was queued for 6.7 stable
# ("[PATCH 6.7 495/641]", 2024-01-22) and is in the 6.6.14-rc1 revlist.
# The 6.1 backport was queued the same day ("[PATCH 6.1 417/417]") and a
# linux-6.1.y-cip push revlist lists it (b1cc57f976fe) among the commits up
# to "Linux 6.1.75".  The fix's own message names one crash site only.
Fixed-In: v6.8
Fixed-In: stable 6.6.14
Fixed-In: stable 6.1.75
Link: https://lore.kernel.org/r/20231212195400.128457-1-alexghiti@rivosinc.com
Link: https://lore.kernel.org/linux-riscv/000000000000620dd0060c02c5e1@google.com/
Test-Log: tests/data/signatures/riscv-set-memory-lm-alias-split.log
Test-Not: tests/data/signatures/lookalikes/riscv-set-memory-lm-alias-split.initrd-debug-virtual.log
Test-Not: tests/data/signatures/lookalikes/riscv-set-memory-lm-alias-split.arm64-next-20210615-sparse-pgdat-to-phys-pa-symbol.log
Description:
 To split a huge linear mapping before changing permissions, __set_memory()
 computed the linear-map alias of the range with lm_alias(), which only works
 for addresses in the kernel image mapping.  Called on a linear-map (or
 vmalloc) address, __phys_addr_symbol() hit its range check and the kernel
 BUGs, e.g. in free_initmem() at the end of boot.  The fix checks where the
 address lies before choosing how to translate it.
