# Facts: research/known-bugs.yaml id ppc-bpf-trampoline-size-underestimate-warn (entry 163).
Id: ppc-bpf-trampoline-size-underestimate-warn
Version: 4
Title: powerpc WARNING in __arch_prepare_bpf_trampoline: the BPF trampoline is larger than arch_bpf_trampoline_size() said
Arch: powerpc
Platform: BPF trampolines (bpf_prog_pack ROX images)
Evidence: console
# the WARN site and its function, read apart: a mail client may wrap the header
Require: guilty /^__arch_prepare_bpf_trampoline$/
Require: line /bpf_jit_comp\.c:[0-9]+/
Support: frame /^arch_prepare_bpf_trampoline/
# The fix changes the powerpc JIT only, and the bug is its WARN_ON: a fault
# in another arch's __arch_prepare_bpf_trampoline() (x86 6.12-rc3, Nov 2024
# fuzzer report) is another bug.  The WARN site's path names the arch even in
# a one-line excerpt that gives no arch fact (the fix's own capture).
Require: line /arch\/powerpc\/net\//
Require: kind /^warning$/
Support: arch /^powerpc$/
Introduced-By: d243b62b7bd3d5314382d3b54e4992226245e936
Fixed-By: 59ba025948be2a92e8bc9ae1cbdaf197660bd508 ("powerpc/bpf: fix JIT code size calculation of bpf trampoline")
Fixed-In: v6.16
Fixed-In: stable 6.15.4
Link: https://git.kernel.org/stable/c/59ba025948be2a92e8bc9ae1cbdaf197660bd508
Link: https://cve.org/CVERecord/?id=CVE-2025-38339
# The real report the fix closes (Venkat Rao Bagalkote's), mail-wrapped: its
# flowed breaks are joined again, so its call trace corroborates the WARN site.
Test-Log: tests/data/signatures/occurrences/ppc-bpf-trampoline-size-underestimate-warn.2.log
Test-Log: tests/data/signatures/occurrences/ppc-bpf-trampoline-size-underestimate-warn.3.log
Test-Not: tests/data/signatures/lookalikes/ppc-bpf-trampoline-size-underestimate-warn.x86-trampoline-page-fault-6.12.log
Description:
 arch_bpf_trampoline_size() sized the trampoline with a dummy JIT pass at an
 arbitrary address, but the instruction count depends on where the image
 finally lands, so the allocated read-only image could be too
 small and the overflow guard in __arch_prepare_bpf_trampoline() warned.  The
 fix sizes for the worst case.
