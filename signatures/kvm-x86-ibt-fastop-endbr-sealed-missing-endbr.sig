# Facts: the fix's commit message and trailers from the 5.19-stable review
# mail <20220823080128.907850538@linuxfoundation.org> ("[ Upstream commit
# 3d9606b0e0f3aed4dfb61d0853ebf432fead7bba ]", Fixes: 6649fa876da4
# "x86/ibt,kvm: Add ENDBR to fastops", Reported-by: Pengfei Xu, Debugged-by:
# Peter Zijlstra); the same full id and subject in the mainline revlist mails.
# No release statement read: no Fixed-In.
# The Test-Log is Pengfei Xu's report (kernel.org bugzilla 216364, "[Kernel
# IBT][kvm] There was "Missing ENDBR" in kvm when syzkaller tests", v5.19 host
# with CONFIG_X86_KERNEL_IBT on Alder Lake-P), as quoted in full by Peter
# Zijlstra in <YvzJTxOwmikAlZ6j@worktop.programming.kicks-ass.net>.
# The "Missing ENDBR" line is printed before the BUG header, so ktriage may
# keep it as context: the rule reads it from the log field.
Id: kvm-x86-ibt-fastop-endbr-sealed-missing-endbr
Version: 1
Title: KVM x86 emulator on an IBT kernel: "Missing ENDBR" BUG in a fastop function whose ENDBR objtool had sealed
Arch: x86_64
Platform: hosts with CONFIG_X86_KERNEL_IBT on CPUs with IBT (Intel 11th/12th gen and later) running KVM guests whose instructions the emulator handles (e.g. MMIO)
Evidence: console
# The control-protection fault names a KVM fastop helper (the per-size
# variants named op + size suffix + register operands, e.g. andw_ax_dx, or
# the setcc stubs): its ENDBR had been turned into a NOP at load time ...
Require: log /Missing ENDBR: (?:[a-z]+[bwlq]_(?:al|ax|eax|rax)\w*|set[a-z]+)\+0x0\/0x[0-9a-f]+ \[kvm\]/
# ... and the kernel's IBT handler turns it into a BUG (traps.c until 6.1,
# cet.c after the CET code moved).
Require: header /kernel BUG at arch\/x86\/kernel\/(?:traps|cet)\.c:\d+|control protection/
# The faulting RIP is the fastop helper itself, entered by an indirect call
# from fastop() in the instruction emulator.
Support: pc /^(?:[a-z]+[bwlq]_(?:al|ax|eax|rax)\w*|set[a-z]+)$/
Support: frame /^(?:fastop|x86_emulate_insn|x86_emulate_instruction|em_[a-z_]+)$/
Introduced-By: 6649fa876da4 ("x86/ibt,kvm: Add ENDBR to fastops")
Fixed-By: 3d9606b0e0f3aed4dfb61d0853ebf432fead7bba ("x86/kvm: Fix "missing ENDBR" BUG for fastop functions")
Workaround: boot the host with ibt=off
Link: https://bugzilla.kernel.org/show_bug.cgi?id=216364
Link: https://lore.kernel.org/all/YvzJTxOwmikAlZ6j@worktop.programming.kicks-ass.net/
Link: https://lore.kernel.org/all/0d4116f90e9d0c1b754bb90c585e6f0415a1c508.1660837839.git.jpoimboe@kernel.org/
Test-Log: tests/data/signatures/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.bpf-crypto-ctx-release-dtor.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.vboxdrv-kallsyms-lookup-name.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.bpf-kfunc-test-release-dtor-seal.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.syscall-regfunc-tracepoint-seal-5.19.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.v4l2loopback-init-module-5.18.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-ibt-fastop-endbr-sealed-missing-endbr.nvidia-port-mem-allocator-cet-6.12.log
Description:
 With kernel IBT every indirect-call target must start with ENDBR64, and
 objtool lists the ENDBRs of functions whose address is never taken so that
 the kernel can "seal" them (patch them to NOPs) at boot or module load.  The
 KVM instruction emulator calls its fastop helpers indirectly through an
 address it computes at run time from the first helper of each group, so
 objtool saw no references to the other size variants and sealed their
 ENDBRs.  The first time a guest made the emulator run one of them (e.g.
 while completing an emulated MMIO access) the host took a control-protection
 fault: "Missing ENDBR" and a kernel BUG in the KVM vCPU thread.  The fix
 adds dummy compile-time references so objtool leaves those ENDBRs alone.
