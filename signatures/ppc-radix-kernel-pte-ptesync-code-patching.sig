# Facts: research/known-bugs.yaml id ppc-radix-kernel-pte-ptesync-code-patching
# (with known-bugs-corrections.yaml applied).  The CNA record lists only
# f1cb8f9beba8 as introducing this bug; the research field names both.
# Matches the "ftrace failed to modify" symptom of an unmodified kernel; the
# ftrace messages come before the WARNING line, where ktriage keeps them as
# context.
Id: ppc-radix-kernel-pte-ptesync-code-patching
Version: 6
Title: powerpc/64s Radix: code patching through a freshly mapped kernel PTE without ptesync faults ("ftrace failed to modify")
Arch: powerpc
Platform: Radix MMU (POWER9 PowerNV), STRICT_KERNEL_RWX code patching
Evidence: console
# The fix changes only the Radix kernel PTE update, so a report whose Oops
# banner names another MMU is set apart.  (v6: was Require: mmu Radix; a
# user's paste cut before the banner - linuxppc/issues#348, the report the
# fix was posted for - leaves the MMU unknown: the match is one step lower,
# never high, and says so.)
Reject: mmu /^(?!Radix$)/
# A patch store that faulted is hidden and ftrace finds the old instruction...
Variant: ftrace-failed-to-modify
Require: function /^ftrace_bug$/
# The hidden store shows as ftrace_modify_code() finding, at a call site it
# patched before, an instruction other than the one it wrote (replaced !=
# old).  Any ftrace_bug on a Radix kernel is not enough: a module call site
# rejected by the call-sequence checks (the clang-built ppc64le regression
# bisected to 23b44fc248f4, ClangBuiltLinux issue 1682) is another bug.
# powerpc's ftrace_modify_code() message (pr_fmt "ftrace-powerpc: ", so it
# also says the arch); the instruction words print with or without 0x.
Require: context /ftrace-powerpc: .*replaced \((?:0x)?[0-9a-f]{8}\) != old \((?:0x)?[0-9a-f]{8}\)/
Support: context /ftrace failed to modify/
Support: frame /^(ftrace_modify_all_code|arch_ftrace_update_code)$/
# ...or a module's ftrace call site (the bl to _mcount at +0x4 of a function,
# so the LR is func+0x8 in the module) branches to 0 or to a non-text
# address: the crashes of the report the fix links (Qian Cai, linux-next,
# April 2020; mpe there: the LR is the return from _mcount).
Variant: module-call-site
Require: arch /^powerpc$/
Require: mmu /^Radix$/
Require: line /Unable to handle kernel instruction fetch/
Require: line /^LR \[c008[0-9a-f]{12}\] [A-Za-z_][\w.]*\+0x8\/0x[0-9a-f]+ \[\w+\]/
Support: line /^NIP +\[0{16}\] 0x0$/
Introduced-By: 37bc3e5fd764fb258ff4fcbb90b6d1b67fb466c1 ("powerpc/lib/code-patching: Use alternate map for patch_instruction()")
Introduced-By: f1cb8f9beba8699dd1b4518418191499e53f7b17 ("powerpc/64s/radix: avoid ptesync after set_pte and ptep_set_access_flags")
Fixed-By: b8b2f37cf632434456182e9002d63cbc4cccc50c ("powerpc/64s: Fix pte update for kernel memory on radix")
Fixed-In: v5.13
Fixed-In: stable 4.19.191
Fixed-In: stable 5.4.119
Fixed-In: stable 5.10.37
Fixed-In: stable 5.11.21
Fixed-In: stable 5.12.4
# disable_radix exists ([PPC], "Disable RADIX MMU mode on POWER9", per
# known-bugs-corrections.yaml); the fix changes only the Radix kernel PTE update.
Workaround: boot with disable_radix to use the hash MMU
Link: https://lore.kernel.org/linuxppc-dev/15AC5B0E-A221-4B8C-9039-FA96B8EF7C88@lca.pw/
Link: https://lore.kernel.org/r/20210203235907.961243-1-jniethe5@gmail.com
Test-Log: tests/data/signatures/ppc-radix-kernel-pte-ptesync-code-patching.log
Test-Log: tests/data/signatures/occurrences/ppc-radix-kernel-pte-ptesync-code-patching.2.log
Test-Log: tests/data/signatures/occurrences/ppc-radix-kernel-pte-ptesync-code-patching.3.log
Test-Log: tests/data/signatures/occurrences/ppc-radix-kernel-pte-ptesync-code-patching.4.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-kernel-pte-ptesync-code-patching.clang-ftrace-make-call-common-unexpected-call-sequence.log
Description:
 On Radix, __map_kernel_page() followed set_pte_at() only with smp_wmb(), not
 ptesync, so the patching store through the freshly mapped alias could take
 a spurious fault.  __put_user_asm_goto() hides the fault and it surfaces as
 "ftrace failed to modify" (the instruction read back is not the one
 written); with a plain store it is a data-access oops on write.
