# Facts: CVE-2021-47618 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2024062007-CVE-2021-47618-fd65@gregkh> (kernel-security-vulns cve/published/2021/CVE-2021-47618.mbox), which quotes the fix's commit message.
Id: arm-kprobes-emulate-kasan-clobbered-regs
Version: 2
Title: ARM32 kprobes with KASAN: oops while emulating the probed instruction (emulate_ldr and friends), KASAN instrumentation clobbers the register-bound emulation code
Arch: arm
Platform: 32-bit ARM, CONFIG_KASAN and CONFIG_KPROBES, probe on an instruction that kprobes emulates
Evidence: console
# the crash is inside the instruction emulation: its function wherever the
# report names it (PC, LR or trace)
Require: function /^(t16_|t32_)?emulate_[a-z0-9_]+$/
Require: frame /^kprobe_handler$/
Support: arch /^arm$/
Support: frame /^kprobe_trap_handler$/
Support: frame /^do_undefinstr$/
# The fix has two Fixes: trailers (stable review mail of 8b59b0a53c84 and the
# patch on kasan-dev); the CNA dyad of CVE-2021-47618 lists only the first.
Introduced-By: 35aa1df4328340f38edc46f00837f08d33d49f63 ("ARM kprobes: instruction single-stepping support")
Introduced-By: 421015713b30 ("ARM: 9017/2: Enable KASan for ARM")
Fixed-By: 8b59b0a53c840921b625378f137e88adfa87647e ("ARM: 9170/1: fix panic when kasan and kprobe are enabled")
Fixed-In: v5.17
Fixed-In: stable 5.15.19
Fixed-In: stable 5.16.5
# The fix only stops KASAN instrumenting arch/arm/probes/kprobes/actions-*.o.
Workaround: build without CONFIG_KASAN: the fault is in the KASAN-instrumented instruction emulation code
Link: https://git.kernel.org/stable/c/8b59b0a53c840921b625378f137e88adfa87647e
Link: https://cve.org/CVERecord/?id=CVE-2021-47618
Test-Log: tests/data/signatures/arm-kprobes-emulate-kasan-clobbered-regs.log
Test-Not: tests/data/signatures/lookalikes/arm-kprobes-emulate-kasan-clobbered-regs.jprobe-reentry-hit-ss-bug.log
Description:
 ARM kprobes replace the probed instruction with an undefined one and,
 for many instructions, run a C emulation routine that binds the probed
 instruction's operands to fixed registers around an indirect call.  With
 KASAN the compiler inserts shadow checks into those routines, which use
 the same registers, so the emulated load or store runs on garbage and the
 kernel oopses from inside the kprobe handler.  The fix builds the
 emulation files without KASAN instrumentation.
