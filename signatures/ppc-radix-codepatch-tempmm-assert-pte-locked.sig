# Facts: research/known-bugs.yaml id ppc-radix-codepatch-tempmm-assert-pte-locked
# (with known-bugs-corrections.yaml applied), seed 001.
Id: ppc-radix-codepatch-tempmm-assert-pte-locked
Version: 2
Title: powerpc/64s Radix: kernel BUG in assert_pte_locked() from patch_instruction() with the temporary-mm code patching and DEBUG_VM
Arch: powerpc
Platform: Radix MMU (POWER9, PowerNV seen under QEMU), CONFIG_DEBUG_VM=y
Evidence: console
Require: line /kernel BUG at arch\/powerpc\/mm\/pgtable\.c:\d+!/
Require: function /^assert_pte_locked$/
Require: frame /^(patch_instruction|__patch_instruction|do_patch_instruction)$/
Support: mmu /^Radix$/
Support: frame /^(arch_prepare_kprobe|register_kprobe|init_kprobes)$/
Reject: mmu /^Hash$/
Introduced-By: c28c15b6d28a776538482101522cbcd9f906b15c ("powerpc/code-patching: Use temporary mm for Radix MMU")
Fixed-By: 980411a4d1bb925d28cd9e8d8301dc982ece788d ("powerpc/code-patching: Fix oops with DEBUG_VM enabled")
# The fix's patch mail <20221216125913.990972-1-mpe@ellerman.id.au> has
# Fixes: c28c15b6d28a and says the patching "oopses if DEBUG_VM is enabled";
# the temporary mm is used for Radix only (c28c15b6d28a's subject).  It was
# applied to powerpc/fixes on 2022-12-19, after v6.1 (2022-12-11), and the
# kernel.org push revlists list it among the 6.2-rc1 merges.
Fixed-In: v6.2
Workaround: build with CONFIG_DEBUG_VM=n, or boot with disable_radix so code patching does not use the Radix temporary mm
Link: https://git.ceph.com/?a=commit&h=980411a4d1bb925d28cd9e8d8301dc982ece788d&p=ceph-client.git
Link: https://github.com/ClangBuiltLinux/continuous-integration2/actions/runs/3703987970/jobs/6277411497
Test-Log: tests/data/seeds/001_6f164741997502bb.txt
Test-Not: tests/data/signatures/lookalikes/ppc-radix-codepatch-tempmm-assert-pte-locked.debug-vm-pgtable-radix.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-codepatch-tempmm-assert-pte-locked.mpc85xx-up-spin-is-locked.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-codepatch-tempmm-assert-pte-locked.debug-vm-pgtable-pte-update-xmon.log
Description:
 With STRICT_KERNEL_RWX on Radix, code patching maps the target through a
 per-CPU temporary mm.  The setup code unlocked the PTE of that patching page
 and later changed it without holding the PTE lock, so with DEBUG_VM the
 assert_spin_locked() in assert_pte_locked() fires on the first patch, usually
 the first kprobe registered at boot, and init dies.
