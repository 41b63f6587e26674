# Facts: the fix's id and subject from the kvmarm next/mainline revlist mails
# that list 5949004d7032767e8fde1e8c986a33f241b2a192 "KVM: arm64: nv: Fully
# update VNCR fixmap state in kvm_translate_vncr()" (Oliver Upton's "KVM:
# arm64: nv: MMU fixes for 7.2" series, June 2026).  That the crash below is
# this bug is the reporter's own analysis: ejc3/fcvm PR #920 ("Backport the
# ARM64 VNCR fixmap state fix") says the unfixed code invalidates the VNCR
# fixmap without clearing its per-CPU flag or map count, "leaving state that
# can trigger the schedule-out BUG_ON", and ejc3/fcvm issue #941 lists the
# stable backport together with 38640bc32be3 "KVM: arm64: Handle VNCR TLB
# invalidation race with vcpu_put() VNCR unmapping", a race on the same
# vcpu_put unmapping: a kernel needs both, so both are Fixed-By, the second
# marked unverified (no source ties this crash to it alone).  fcvm #941 names
# the first 6.18 stable release with both, but that is not a release
# statement: no Fixed-In.  No Fixes: trailer read: no Introduced-By.
# The Test-Log is the serial console quoted in ejc3/fcvm issue #770 (host
# 6.18.3-fcvm on an Amazon EC2 c7gd.metal, Firecracker vCPU with nested
# virtualisation, 2026-08-08).  No second console report was found.
Id: kvm-arm64-nv-vncr-fixmap-stale-state-vcpu-put-bug
Version: 1
Title: KVM arm64 nested virtualisation (NV2): kernel BUG in kvm_vcpu_put_hw_mmu at vCPU schedule-out, the VNCR fixmap's per-CPU state left stale by kvm_translate_vncr()
Arch: arm64
Platform: arm64 KVM hosts running guests with nested virtualisation (FEAT_NV2, e.g. Graviton/Neoverse metal instances), vCPUs scheduled out while the guest hypervisor's VNCR page is mapped
Evidence: console
# The BUG_ON in the nested-virt code of KVM ...
Require: header /kernel BUG at arch\/arm64\/kvm\/nested\.c:\d+/
# ... in the vCPU put path that unmaps the VNCR page from the per-CPU fixmap
# and checks that this CPU owns the mapping.
Require: function /^kvm_vcpu_put_hw_mmu$/
Support: frame /^(?:kvm_arch_vcpu_put|kvm_sched_out)$/
Fixed-By: 5949004d7032767e8fde1e8c986a33f241b2a192 ("KVM: arm64: nv: Fully update VNCR fixmap state in kvm_translate_vncr()")
Fixed-By: 38640bc32be3 ("KVM: arm64: Handle VNCR TLB invalidation race with vcpu_put() VNCR unmapping") (unverified)
Link: https://github.com/ejc3/fcvm/issues/770
Link: https://github.com/ejc3/fcvm/pull/920
Link: https://github.com/ejc3/fcvm/issues/941
Test-Log: tests/data/signatures/kvm-arm64-nv-vncr-fixmap-stale-state-vcpu-put-bug.log
Test-Not: tests/data/signatures/lookalikes/kvm-arm64-nv-vncr-fixmap-stale-state-vcpu-put-bug.fpsimd-softirq-spinlock-recursion-6.1.152.log
Test-Not: tests/data/signatures/lookalikes/kvm-arm64-nv-vncr-fixmap-stale-state-vcpu-put-bug.fpsimd-bad-backport-neon-bug-sched-in.log
Description:
 With FEAT_NV2 the guest hypervisor's VNCR_EL2 page is mapped by the host
 into a per-CPU fixmap slot while the vCPU runs, and KVM records which CPU
 holds that mapping (a CPU id, a per-CPU flag and a map count).
 kvm_translate_vncr() could invalidate the fixmap without clearing the
 per-CPU flag or the map count, and a later successful retranslation set the
 CPU id to -1 while the state still said "mapped".  When the vCPU was next scheduled out,
 kvm_vcpu_put_hw_mmu() found the inconsistent state and hit its BUG_ON in
 arch/arm64/kvm/nested.c; the vCPU thread died with interrupts disabled and
 the host hung.  The fix resets the fixmap state fully whenever the
 translation is redone.
