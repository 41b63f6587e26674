# Facts: the fix's subject, Fixes:, Reported-by/Closes from Sean
# Christopherson's patch mail <20240408231115.1387279-1-seanjc@google.com>
# ("Fixes: 576a15de8d29"; the commit as mirrored gives 576a15de8d); the fix id
# 1bc26cb9090246190e8c540f5aa201cea2f895a1 from the kvm.git master push
# revlist of 2024-04-16 (merge of the kvm-x86-fixes-6.9-rcN tag); Sean's
# "applied" mail names the earlier kvm-x86 id 4fa96da3e6fe of the same patch.
# No release statement was read: no Fixed-In.
# The Test-Log is the syzbot report <0000000000009b38080614c49bdb@google.com>
# ("[syzbot] [kvm?] WARNING in mmu_free_root_page", extid
# dc308fcfcd53f987de73, 6.9.0-rc1), the report the fix closes.
Id: kvm-x86-cpuid-update-zeroed-root-role-free-roots-write-lock-warn
Version: 2
Title: KVM x86 WARNING in mmu_free_root_page on KVM_SET_CPUID2: the CPUID update zeroed the MMU root_role, so kvm_mmu_free_roots() took the TDP MMU root for a shadow root and freed it under mmu_lock held for write
Arch: x86_64
Platform: KVM with the TDP MMU (EPT/NPT), vCPU CPUID set again after the MMU was loaded
Evidence: console
# The warning in the root-freeing helper of the x86 KVM MMU ...
# mmu_free_root_page is static in arch/x86/kvm/mmu/mmu.c: a build may inline it into kvm_mmu_free_roots
Require: line /WARNING: .* at arch\/x86\/kvm\/mmu\/mmu\.c:\d+ (mmu_free_root_page|kvm_mmu_free_roots)/
# ... reached from a CPUID update, where the zeroed root_role comes from
# (the reset of the MMU context after KVM_SET_CPUID(2) unloads the roots).
Require: frame /^(kvm_mmu_after_set_cpuid|kvm_vcpu_after_set_cpuid|kvm_set_cpuid|kvm_vcpu_ioctl_set_cpuid2?)$/
Support: frame /^(kvm_mmu_free_roots|kvm_mmu_unload|kvm_mmu_reset_context)$/
Support: arch /^x86_64$/
Introduced-By: 576a15de8d29 ("KVM: x86/mmu: Free TDP MMU roots while holding mmy_lock for read")
Fixed-By: 1bc26cb9090246190e8c540f5aa201cea2f895a1 ("KVM: x86/mmu: Precisely invalidate MMU root_role during CPUID update")
Link: https://lore.kernel.org/all/0000000000009b38080614c49bdb@google.com/
Link: https://lore.kernel.org/r/20240408231115.1387279-1-seanjc@google.com
Link: https://syzkaller.appspot.com/bug?extid=dc308fcfcd53f987de73
Test-Log: tests/data/signatures/kvm-x86-cpuid-update-zeroed-root-role-free-roots-write-lock-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-cpuid-update-zeroed-root-role-free-roots-write-lock-warn.mktme-pae-root-me-mask-oops.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-cpuid-update-zeroed-root-role-free-roots-write-lock-warn.tdp-root-refcount-underflow-5.15-backport.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-cpuid-update-zeroed-root-role-free-roots-write-lock-warn.syzbot-ci-savic-pv-features-quirk-gpf.log
Description:
 To force a refresh of the MMU after a CPUID update, KVM zeroed the whole
 root_role of its MMUs instead of only marking it invalid.  With the role's
 "direct" bit cleared, kvm_mmu_free_roots() took a TDP MMU root for an
 indirect (shadow) root and took mmu_lock for write instead of read, and
 freeing the TDP MMU root then warned in mmu_free_root_page() (the report's
 warning; that it is the helper's check of how mmu_lock is held is inferred
 from the fix, which names only the wrong lock mode).  The fix sets
 kvm_mmu_page_role.invalid instead of zeroing the role.
