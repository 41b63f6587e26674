# Facts: the fix's id, subject, Fixes:, Reported-by and Closes from the 6.8
# stable review copy of the fix (Greg Kroah-Hartman, '[PATCH 6.8 130/158] KVM:
# x86/mmu: Write-protect L2 SPTEs in TDP MMU when clearing dirty status',
# 2024-04-23: "commit 2673dfb591a359c75080dd5af3da484b89320d22 upstream");
# the same subject is queued for 6.6.  Fixed-In from
# ../shared/research/cna-fixes.tsv (CVE-2024-26990: mainline 6.9, stable
# 6.6.29 and 6.8.8).  The diff changes the KVM_MMU_WARN_ON() in both
# clear_dirty_gfn_range() and clear_dirty_pt_masked().
# The Test-Log is the syzbot report <000000000000c6526f06137f18cc@google.com>
# ('[syzbot] [kvm?] WARNING in clear_dirty_gfn_range', extid
# 900d58a45dcaab9e4821, 6.8.0 upstream), the report the fix closes.
Id: kvm-x86-tdp-mmu-clear-dirty-l2-pml-ad-write-protect-warn
Version: 3
Title: KVM x86 WARNING in clear_dirty_gfn_range/clear_dirty_pt_masked: the TDP MMU cleared D-bits instead of write-protecting SPTEs of a root that runs L2 (L1 without EPT, PML on), so L2 writes were lost from the dirty log
Arch: x86_64
Platform: KVM TDP MMU (Intel EPT with PML) running a nested guest whose L1 has EPT off; dirty logging; the warning needs CONFIG_KVM_PROVE_MMU
Evidence: console
Require: arch /^x86_64$/
Variant: slot-clear-dirty
# The TDP MMU's check that an SPTE it clears the D-bit of does not need
# write protection ...
# clear_dirty_gfn_range is static in arch/x86/kvm/mmu/tdp_mmu.c: a build may inline it into kvm_tdp_mmu_clear_dirty_slot
Require: line /WARNING: .* at arch\/x86\/kvm\/mmu\/tdp_mmu\.c:\d+ (clear_dirty_gfn_range|kvm_tdp_mmu_clear_dirty_slot)/
# ... while a memslot's dirty state is reset (dirty logging switched on).
Require: frame /^(kvm_tdp_mmu_clear_dirty_slot|kvm_mmu_slot_leaf_clear_dirty|kvm_mmu_slot_apply_flags|kvm_arch_commit_memory_region)$/
Support: frame /^(kvm_set_memslot|__kvm_set_memory_region|kvm_vm_ioctl_set_memory_region)$/
Variant: pt-masked
# The same check in the per-bitmap path (KVM_GET_DIRTY_LOG /
# KVM_CLEAR_DIRTY_LOG), changed by the same fix.
Require: line /WARNING: .* at arch\/x86\/kvm\/mmu\/tdp_mmu\.c:\d+ clear_dirty_pt_masked/
Require: frame /^(kvm_tdp_mmu_clear_dirty_pt_masked|kvm_arch_mmu_enable_log_dirty_pt_masked|kvm_mmu_clear_dirty_pt_masked)$/
Support: frame /^(kvm_get_dirty_log_protect|kvm_clear_dirty_log_protect|kvm_vm_ioctl_get_dirty_log|kvm_vm_ioctl_clear_dirty_log)$/
Introduced-By: 5982a5392663 ("KVM: x86/mmu: Use kvm_ad_enabled() to determine if TDP MMU SPTEs need wrprot")
Fixed-By: 2673dfb591a359c75080dd5af3da484b89320d22 ("KVM: x86/mmu: Write-protect L2 SPTEs in TDP MMU when clearing dirty status")
Fixed-In: v6.9
Fixed-In: stable 6.6.29
Fixed-In: stable 6.8.8
Link: https://lore.kernel.org/all/000000000000c6526f06137f18cc@google.com/
Link: https://syzkaller.appspot.com/bug?extid=900d58a45dcaab9e4821
Link: https://lore.kernel.org/r/20240315230541.1635322-2-dmatlack@google.com
Test-Log: tests/data/signatures/kvm-x86-tdp-mmu-clear-dirty-l2-pml-ad-write-protect-warn.log
Description:
 When the TDP MMU backs an L2 guest (L1 has disabled EPT) KVM runs L2
 without PML, so dirty logging must write-protect those SPTEs rather than
 rely on hardware D-bits.  After the TDP MMU started choosing between the
 two by kvm_ad_enabled() alone, clearing the dirty status of a memslot
 (or of a dirty-bitmap chunk) cleared D-bits in SPTEs that needed write
 protection, so L2's writes could be missing from the dirty log; kernels
 with CONFIG_KVM_PROVE_MMU warn in clear_dirty_gfn_range() or
 clear_dirty_pt_masked().  The fix also asks
 kvm_mmu_page_ad_need_write_protect() about the root's role.
