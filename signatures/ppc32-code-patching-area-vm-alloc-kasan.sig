# Facts: research/known-bugs.yaml id ppc32-code-patching-area-vm-alloc-kasan.
Id: ppc32-code-patching-area-vm-alloc-kasan
Version: 3
Title: powerpc: KASAN vmalloc-out-of-bounds on a write through the text patching area from patch_instructions() (copy_to_kernel_nofault, memset32: the area is flagged VM_ALLOC)
Arch: powerpc
Platform: book3s/32 (PowerMac G4) with CONFIG_KASAN; STRICT_KERNEL_RWX text patching area
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: frame /^(patch_instructions|patch_instruction|__patch_instructions)$/
Require: arch /^powerpc$/
# The write the fix's message quotes: copy_to_kernel_nofault() copying a
# finalized BPF pack through the patching window.
Variant: copy-to-kernel-nofault
Require: line /KASAN: vmalloc-out-of-bounds in copy_to_kernel_nofault(\.[\w.]+)?\+/
Support: frame /^bpf_arch_text_copy$/
Support: frame /^bpf_jit_binary_pack_finalize$/
# (v3) Any write through the window is flagged the same way, since the
# area itself is the VM_ALLOC one KASAN never unpoisoned: the report says
# so by naming the area's creator, text_area_cpu_up() (batch G's held-out
# 8xx report: memset32 from bpf_arch_text_invalidate when a pack is freed).
Variant: patching-area-creator
Require: line /KASAN: vmalloc-out-of-bounds in /
Require: line /^\s*text_area_cpu_up(\.[\w.]+)?\+0x[0-9a-f]+\/0x[0-9a-f]+/
Support: frame /^bpf_arch_text_(copy|invalidate)$/
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
Test-Log: tests/data/signatures/occurrences/ppc32-code-patching-area-vm-alloc-kasan.3.log
Description:
 The text patching window was created as a VM_ALLOC vmalloc area, so KASAN's
 vmalloc tracking treated the writes made through it (patch_instructions(),
 e.g. from bpf_arch_text_copy() when a BPF pack is finalised) as
 out-of-bounds accesses to that area.
