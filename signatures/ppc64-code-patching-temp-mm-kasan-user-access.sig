# Facts: research/known-bugs.yaml id ppc64-code-patching-temp-mm-kasan-user-access.
Id: ppc64-code-patching-temp-mm-kasan-user-access
Version: 2
Title: powerpc/64s Radix: KASAN user-memory-access in copy_to_kernel_nofault() from __patch_instructions() via the temporary mm
Arch: powerpc
Platform: Radix (POWER9) with code patching through a per-CPU temporary mm, CONFIG_KASAN
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /KASAN: user-memory-access in copy_to_kernel_nofault(\.[\w.]+)?\+/
Require: frame /^(__patch_instructions|patch_instructions|patch_instruction)$/
Require: arch /^powerpc$/
Support: frame /^bpf_arch_text_copy$/
Support: platform /^PowerNV$/
Introduced-By: 465cabc97b42405eb89380ea6ba8d8b03e4ae1a2
Fixed-By: dc9c5166c3cb044f8a001e397195242fd6796eee ("powerpc/code-patching: Disable KASAN report during patching via temporary mm")
Fixed-In: v6.14
Fixed-In: stable 6.12.17
Fixed-In: stable 6.13.5
Link: https://git.kernel.org/stable/c/dc9c5166c3cb044f8a001e397195242fd6796eee
Link: https://cve.org/CVERecord/?id=CVE-2025-21869
Test-Log: tests/data/signatures/ppc64-code-patching-temp-mm-kasan-user-access.log
Test-Not: tests/data/signatures/lookalikes/ppc64-code-patching-temp-mm-kasan-user-access.module-stub-prefixed-write-kuap-6.2.log
Description:
 With the temporary-mm patching scheme the instruction is written through a
 user-range address in a private mm.  KASAN saw a kernel write to a user
 address and reported it.  The fix disables KASAN reporting around the patch
 write.
