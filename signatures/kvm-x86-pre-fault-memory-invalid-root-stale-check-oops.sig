# Facts: the fix's patch mail <20240723000211.3352304-1-seanjc@google.com>
# (Sean Christopherson, 22 Jul 2024: Fixes: 6e01b7601dfe, Reported-by:
# syzbot+23786faffb695f17edaa, Closes: the syzbot report); the short id
# 28cec7f08b8b from the "Applied to kvm-x86 fixes" reply to it, the full id
# from the kernel git revlists that list it with the same subject.  No
# source at hand names the first release with the fix, so no Fixed-In.
# The Test-Logs are the syzbot report <0000000000002b84dc061dd73544@google.com>
# and the splat the fix's own message quotes, which Sean Christopherson
# produced by forcing the same root allocation failure.
Id: kvm-x86-pre-fault-memory-invalid-root-stale-check-oops
Version: 3
Title: KVM x86: oops in is_page_fault_stale() from KVM_PRE_FAULT_MEMORY after kvm_mmu_reload() failed and left an invalid root
Arch: x86_64
Platform: KVM (TDP MMU) with the KVM_PRE_FAULT_MEMORY vCPU ioctl, when allocating the MMU root fails (fault injection, memory pressure)
Evidence: console
# The vCPU's root (INVALID_PAGE) is turned into a struct page pointer
# far outside the vmemmap: a general protection fault (KASAN: wild access)
# or a page fault, with the program counter in is_page_fault_stale() or
# one of the helpers it inlines to find the root's shadow page ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
# is_page_fault_stale is static in arch/x86/kvm/mmu/mmu.c: a build may inline it into the TDP fault handler (kvm_tdp_mmu_page_fault, kvm_tdp_page_fault)
Require: line /RIP: [0-9a-f]{4}:(is_page_fault_stale|root_to_sp|spte_to_child_sp|to_shadow_page|kvm_tdp_mmu_page_fault|kvm_tdp_page_fault)(\.[\w.]+)?\+0x/
# ... while pre-faulting memory, the only caller that went on after a
# failed kvm_mmu_reload().
Require: frame /^kvm_arch_vcpu_pre_fault_memory$/
Support: frame /^(kvm_vcpu_pre_fault_memory|kvm_tdp_map_page)$/
Support: frame /^(kvm_tdp_page_fault|kvm_tdp_mmu_page_fault)$/
Introduced-By: 6e01b7601dfe ("KVM: x86: Implement kvm_arch_vcpu_pre_fault_memory()")
Fixed-By: 28cec7f08b8b41b9b082f1dcc6a94656f125063f ("KVM: x86/mmu: Check that root is valid/loaded when pre-faulting SPTEs")
Link: https://lore.kernel.org/all/0000000000002b84dc061dd73544@google.com/
Link: https://syzkaller.appspot.com/bug?extid=23786faffb695f17edaa
Link: https://lore.kernel.org/all/20240723000211.3352304-1-seanjc@google.com/
Test-Log: tests/data/signatures/kvm-x86-pre-fault-memory-invalid-root-stale-check-oops.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-pre-fault-memory-invalid-root-stale-check-oops.2.log
# another bug on the same pre-fault path: a WARN in kvm_tdp_mmu_map() for a GPA
# the TDP root cannot map (Sean Christopherson's patch "KVM: x86/mmu: Don't
# create SPTEs for addresses that aren't mappable", Feb 2026)
Test-Not: tests/data/signatures/lookalikes/kvm-x86-pre-fault-memory-invalid-root-stale-check-oops.tdp-mmu-map-unmappable-gpa-warn.log
Description:
 KVM_PRE_FAULT_MEMORY maps guest memory ahead of time by running the TDP
 page fault path from the ioctl.  It called kvm_mmu_reload() to load the
 vCPU's MMU root but ignored its result, so when allocating the root
 failed the walk went on with root.hpa still INVALID_PAGE.  The staleness
 check at the end of the fault converted that value into a shadow page
 pointer and dereferenced it, far outside the vmemmap.  The fix returns
 the error from kvm_mmu_reload() to userspace.
