# Facts: research/known-bugs.yaml id arm64-bpf-plt-target-misaligned-torn-read (entry 50).
# No console log of this bug is known.  The fix names two symptoms: UBSAN
# misaligned-access reports on struct bpf_plt, and a jump to a torn target
# address (no distinctive console output, not matched here).
Id: arm64-bpf-plt-target-misaligned-torn-read
Version: 1
Title: arm64 BPF JIT: struct bpf_plt target only 4-byte aligned (UBSAN misaligned-access in bpf_jit_comp.c; torn 64-bit read while bpf_arch_text_poke() updates it)
Arch: arm64
Platform: BPF JIT with bpf_prog_pack, BPF trampolines / text poking
Evidence: frames-only
Require: line /UBSAN: misaligned-access in arch\/arm64\/net\/bpf_jit_comp\.c/
Require: arch /^arm64$/
Support: line /for type 'struct bpf_plt'/
Support: frame /^(bpf_arch_text_poke|build_plt)$/
Introduced-By: b2ad54e1533e91449cb2a371e034942bd7882b58 ("bpf, arm64: Implement bpf_arch_text_poke() for arm64")
Fixed-By: ef06fd16d48704eac868441d98d4ef083d8f3d07 ("bpf, arm64: Force 8-byte alignment for JIT buffer to prevent atomic tearing")
Fixed-In: v7.0
Fixed-In: stable 6.12.77
Fixed-In: stable 6.18.17
Fixed-In: stable 6.19.7
Link: https://git.kernel.org/stable/c/ef06fd16d48704eac868441d98d4ef083d8f3d07
Link: https://lore.kernel.org/r/20260226075525.233321-1-tabba@google.com
Link: https://cve.org/CVERecord/?id=CVE-2026-23383
Test-Log: tests/data/signatures/synthetic/arm64-bpf-plt-target-misaligned-torn-read.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-plt-target-misaligned-torn-read.ubsan-negation-overflow-emit-a64-add-i.log
Description:
 The arm64 JIT asked bpf_jit_binary_pack_alloc() for only 4-byte alignment,
 so the u64 target word of the PLT that build_plt() places after the
 program could sit on a 4-byte boundary.  bpf_arch_text_poke() rewrites that
 word while other CPUs load it from JIT code; a misaligned 64-bit access is
 not single-copy atomic on arm64, so a CPU can branch to a half-written
 address, and UBSAN flags the misaligned member access.  The fix requests
 8-byte alignment for the JIT buffer.
