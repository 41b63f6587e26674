# Facts: research/known-bugs.yaml id arm64-kprobes-insn-page-wx.
# Fixed-By subject from the 4.14-stable review "[PATCH 4.14 03/62]" of upstream
# 966866892cf8, whose reply calls it "back ported from v4.20".  The W+X
# message precedes the WARNING line and is kept
# by ktriage as context, hence the two Support forms.
Id: arm64-kprobes-insn-page-wx
Version: 2
Title: arm64: "Found insecure W+X mapping" in the module area for the kprobes instruction-slot page
Arch: arm64
Platform: any with CONFIG_DEBUG_WX
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /arch\/arm64\/mm\/dump\.c:\d+ note_page(\.[\w.]+)?\+/
Require: frame /^ptdump_check_wx$/
Support: context /arm64\/mm: Found insecure W\+X mapping at address [^ ]*\/0xffff00000[0-7]/
Support: line /arm64\/mm: Found insecure W\+X mapping at address [^ ]*\/0xffff00000[0-7]/
Support: frame /^mark_rodata_ro$/
Fixed-By: 966866892cf89d606544bca22d584ba2ef9ec208 ("arm64: kprobe: make page to RO mode when allocate it")
Fixed-In: v4.20
Workaround: warning only
Link: https://git.kernel.org/stable/c/966866892cf89d606544bca22d584ba2ef9ec208
Test-Log: tests/data/signatures/arm64-kprobes-insn-page-wx.log
Test-Not: tests/data/signatures/lookalikes/arm64-kprobes-insn-page-wx.ppc64-radix-relocated-interrupt-text-rwx.log
Test-Not: tests/data/signatures/lookalikes/arm64-kprobes-insn-page-wx.arm32-omap4-panda-wx.log
Description:
 kprobes allocated its out-of-line instruction slots with module_alloc(),
 which leaves a page in the module area writable and executable, so the
 boot-time W+X check (added by "arm64: dump: Add checking for writable and
 exectuable pages") warns.  The fix allocates the page executable, makes it
 read-only and writes the slots through aarch64_insn_patch_text().  4.14
 backports also need the __weak alloc_insn_page() from 63fef14fc98a.
