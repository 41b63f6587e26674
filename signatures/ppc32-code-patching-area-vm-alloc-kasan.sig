# Facts: research/known-bugs.yaml id ppc32-code-patching-area-vm-alloc-kasan.
Id: ppc32-code-patching-area-vm-alloc-kasan
Version: 2
Title: powerpc: KASAN vmalloc-out-of-bounds in copy_to_kernel_nofault() from patch_instructions() (text patching area flagged VM_ALLOC)
Arch: powerpc
Platform: book3s/32 (PowerMac G4) with CONFIG_KASAN; STRICT_KERNEL_RWX text patching area
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /KASAN: vmalloc-out-of-bounds in copy_to_kernel_nofault(\.[\w.]+)?\+/
Require: frame /^(patch_instructions|patch_instruction|__patch_instructions)$/
Require: arch /^powerpc$/
Support: frame /^bpf_arch_text_copy$/
Support: frame /^bpf_jit_binary_pack_finalize$/
Introduced-By: 37bc3e5fd764fb258ff4fcbb90b6d1b67fb466c1 ("powerpc/lib/code-patching: Use alternate map for patch_instruction()")
Fixed-By: d262a192d38e527faa5984629aabda2e0d1c4f54 ("powerpc/code-patching: Fix KASAN hit by not flagging text patching area as VM_ALLOC")
Fixed-In: v6.14
Fixed-In: stable 5.4.291
Fixed-In: stable 5.10.235
Fixed-In: stable 5.15.179
Fixed-In: stable 6.1.130
Fixed-In: stable 6.6.80
Fixed-In: stable 6.12.17
Fixed-In: stable 6.13.5
Link: https://git.kernel.org/stable/c/d262a192d38e527faa5984629aabda2e0d1c4f54
Link: https://cve.org/CVERecord/?id=CVE-2025-21866
Test-Log: tests/data/signatures/ppc32-code-patching-area-vm-alloc-kasan.log
Test-Log: tests/data/signatures/occurrences/ppc32-code-patching-area-vm-alloc-kasan.2.log
Description:
 The text patching window was created as a VM_ALLOC vmalloc area, so KASAN's
 vmalloc tracking treated the writes made through it (patch_instructions(),
 e.g. from bpf_arch_text_copy() when a BPF pack is finalised) as
 out-of-bounds accesses to that area.
