# Facts: research/known-bugs.yaml id ppc-hash-entry-flush-patching-strict-rwx (entry 34).
# The stf-barrier variant (5b48ba2fbd77) has no captured console log; its
# fixup function is accepted by the frame rule by analogy, without a log.
# Both fixes are in the Linux 5.13-rc2 shortlog; bd573a81312f came in the
# powerpc-5.13-1 pull.  The fix's message (patch 1/2, Fixes: bd573a81312f):
# the crash happens when the mitigation is enabled or disabled at run time
# ("echo 0 > /sys/kernel/debug/powerpc/entry_flush") and the kernel patches the
# fallback flush sequence, because with strict RWX on Hash the patching takes a
# hash fault through the half-patched entry; with firmware-provided flushes the
# sequence is nops and safe.
Id: ppc-hash-entry-flush-patching-strict-rwx
Version: 2
Title: powerpc/64s Hash with STRICT_KERNEL_RWX: exec fault on an exec-protected page while toggling entry_flush / stf_barrier (half-patched flush sequence corrupts LR)
Arch: powerpc64
Platform: Book3S-64 Hash MMU (pSeries), CONFIG_STRICT_KERNEL_RWX
Evidence: console
Require: log /kernel tried to execute exec-protected page/
# The stf fix patches in do_stf_entry_barrier_fixups() (its diff), called by
# do_stf_barrier_fixups(); either may show, depending on inlining.
Require: frame /^do_(entry_flush|stf_barrier|stf_entry_barrier)_fixups$/
Support: mmu /^Hash$/
Support: frame /^(entry_flush|stf_barrier)_set$/
Support: line /TRAP: 0400/
Reject: mmu /^Radix$/
Introduced-By: bd573a81312f ("powerpc/mm/64s: Allow STRICT_KERNEL_RWX again")
Fixed-By: 49b39ec248af863781a13aa6d81c5f69a2928094 ("powerpc/64s: Fix entry flush patching w/strict RWX & hash")
Fixed-By: 5b48ba2fbd77bc68feebd336ffad5ff166782bde ("powerpc/64s: Fix stf mitigation patching w/strict RWX & hash")
Fixed-In: v5.13
Workaround: do not enable or disable the entry flush or STF barrier mitigations at run time (writes to /sys/kernel/debug/powerpc/entry_flush and stf_barrier)
Link: https://lore.kernel.org/r/20210513140800.1391706-1-mpe@ellerman.id.au
Link: https://git.kernel.org/torvalds/c/49b39ec248af863781a13aa6d81c5f69a2928094
Test-Log: tests/data/signatures/ppc-hash-entry-flush-patching-strict-rwx.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-entry-flush-patching-strict-rwx.bpf-pack-backport-6.6.37.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-entry-flush-patching-strict-rwx.radix-hugetlbfs-off-pmd-huge-udevd.log
Description:
 With strict RWX on the hash MMU, patch_instruction() writes through a
 temporary mapping whose first access takes a hash fault.  That fault's
 entry path runs the very flush sequence being rewritten, so it executes a
 half-patched mflr/bl/mtlr run with a clobbered LR and jumps to a bogus,
 exec-protected address.  The fixes make the patching of these sequences
 safe against a fault taken half-way through.
