# Facts: research/known-bugs.yaml id riscv-memblock-resize-before-linear-map (entry 108).
Id: riscv-memblock-resize-before-linear-map
Version: 2
Title: RISC-V early boot oops in memblock_double_array: memblock arrays resized before the linear mapping exists
Arch: riscv64
Platform: early paging_init (linear map under construction)
Evidence: console
# The copy into the doubled array faults: memblock_double_array() shows as
# the return address (ra) of __memcpy, and as a frame or the guilty function
# depending on how the arch's unwinder and inlining print it; the function
# field takes it wherever it is (was: guilty only).
Require: function /^memblock_double_array$/
Require: arch /^riscv$/
Support: frame /^create_linear_mapping_range/
Support: context /memblock: reserved is doubled/
Support: frame /^paging_init/
Introduced-By: 671f9a3e2e24cdeb2d2856abee7422f093e23e29
Fixed-By: 85fadc0d04119c2fe4a20287767ab904c6d21ba1 ("riscv: move memblock_allow_resize() after linear mapping is ready")
Fixed-In: v6.5
Fixed-In: stable 5.15.121
Fixed-In: stable 6.1.39
Fixed-In: stable 6.4.4
Link: https://git.kernel.org/stable/c/85fadc0d04119c2fe4a20287767ab904c6d21ba1
Link: https://cve.org/CVERecord/?id=CVE-2023-53699
Test-Log: tests/data/signatures/riscv-memblock-resize-before-linear-map.log
Test-Not: tests/data/signatures/lookalikes/riscv-memblock-resize-before-linear-map.x86-snp-unaccepted-memory.log
Test-Not: tests/data/signatures/lookalikes/riscv-memblock-resize-before-linear-map.x86-3.5-next-free-reserved-regions-double-free.log
Description:
 memblock was allowed to resize its arrays before
 create_linear_mapping_page_table() had finished.  Allocating page tables for
 the linear map can reserve enough regions to double memblock.reserved, and
 the new array is written through a linear-map address that is not mapped yet,
 so the copy faults during paging_init().  The fix calls
 memblock_allow_resize() only after the linear mapping is ready.
