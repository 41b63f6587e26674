# Facts: research/known-bugs.yaml id riscv-data-section-wx-after-kernel-mapping-move.
# The fix "riscv: mm: Fix W+X mappings at boot" is 8a4102a0cf07cc76a18f373f6b49485258cc6af4:
# the riscv fixes-branch push log lists it with that id, and the torvalds/linux
# master push of 2021-06-05 (revlist 9d32fa5d74b1..e5220dd16778, with the
# merge of riscv-for-linus-5.13-rc5) carries it, so it is in v5.13.  The W+X message is printed
# between "cut here" and the WARNING line, which ktriage currently keeps as
# context, hence the two Support forms.
Id: riscv-data-section-wx-after-kernel-mapping-move
Version: 2
Title: riscv: "Found insecure W+X mapping" for .data at boot after the kernel mapping moved out of the linear map
Arch: riscv
Platform: 64-bit MMU kernels with CONFIG_DEBUG_WX
Evidence: console
# The WARN site and its function read apart (was one regex on the bytes of
# the WARNING header, "ptdump.c:NNN note_page+"), so a wrapped header or a
# clone suffix still matches.
Require: line /arch\/riscv\/mm\/ptdump\.c:\d+/
Require: function /^note_page$/
Require: frame /^mark_rodata_ro$/
Support: context /riscv\/mm: Found insecure W\+X mapping at address [^ ]*0xffffffff8/
Support: line /riscv\/mm: Found insecure W\+X mapping at address [^ ]*0xffffffff8/
Reject: release /^(4\.|5\.([0-9]|1[0-2])\.)/
Introduced-By: 2bfc6cd81bd17e43 ("riscv: Move kernel mapping outside of linear mapping")
Fixed-By: 8a4102a0cf07cc76a18f373f6b49485258cc6af4 ("riscv: mm: Fix W+X mappings at boot")
Fixed-In: v5.13
Workaround: warning only, harmless to boot; CONFIG_DEBUG_WX=n silences it (and hides the real W+X exposure)
Link: https://lore.kernel.org/r/20210516170038.7de9c866@xhacker
Link: https://github.com/starfive-tech/Fedora_on_StarFive/issues/27
Test-Log: tests/data/signatures/riscv-data-section-wx-after-kernel-mapping-move.log
Test-Not: tests/data/signatures/lookalikes/riscv-data-section-wx-after-kernel-mapping-move.starfive-5.10.log
Test-Not: tests/data/signatures/lookalikes/riscv-data-section-wx-after-kernel-mapping-move.naxriscv-5.10-linear-map.log
Description:
 protect_kernel_text_data() computed the end of .data from the linear-map
 max_low_pfn, which lies below the relocated kernel mapping, so the
 set_memory_nx() on .data changed nothing and 512 pages of the kernel image
 stayed writable and executable.  The boot-time W+X check then reports an
 address in the kernel image (0xffffffff8...).
 The fix computes the end of .data from the kernel mapping instead.
