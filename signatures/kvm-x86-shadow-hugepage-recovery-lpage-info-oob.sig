# Facts: research/known-bugs.yaml id kvm-x86-shadow-hugepage-recovery-lpage-info-oob (entry 143).
Id: kvm-x86-shadow-hugepage-recovery-lpage-info-oob
Version: 3
Title: KVM x86 host page fault in kvm_mmu_max_mapping_level from kvm_mmu_recover_huge_pages: shadow page gfn outside its memslot
Arch: x86_64
Platform: KVM shadow MMU (dirty logging, huge page recovery)
Evidence: console
# The fix's message (and its 6.6.y/5.15.y backports by Paolo Bonzini,
# 2026-06-26): the bad lpage_info read is in the shadow MMU's hugepage
# recovery, which before the rename was the zapping of collapsible SPTEs
# (kvm_mmu_zap_collapsible_spte(), the function the backport patches; the
# introducing commit is "Consult max mapping level when zapping collapsible
# SPTEs"), reached when dirty logging is turned off for a memslot.
# kvm_mmu_max_mapping_level() wraps __kvm_mmu_max_mapping_level() in newer
# kernels; either may hold the faulting read.
Variant: host-page-fault
Require: pc /^(__)?kvm_mmu_max_mapping_level$/
Require: frame /^(kvm_mmu_recover_huge_pages|kvm_mmu_zap_collapsible_sptes?)$/
Support: frame /^(kvm_set_memslot|kvm_mmu_slot_apply_flags|kvm_arch_commit_memory_region)$/
Support: line /not-present page/
# The message: the out-of-bounds access to the vmalloc'd lpage_info "typically
# manifests as a host #PF"; under KASAN it is reported as an out-of-bounds
# read in the same function, from the same recovery path.
Variant: kasan
Require: line /KASAN: [a-z-]*out-of-bounds in (__)?kvm_mmu_max_mapping_level\b/
Require: frame /^(kvm_mmu_recover_huge_pages|kvm_mmu_zap_collapsible_sptes?)$/
Support: frame /^(kvm_set_memslot|kvm_mmu_slot_apply_flags|kvm_arch_commit_memory_region)$/
Introduced-By: 9eba50f8d7fcb61774f160890f98239fa3ab68a6
Fixed-By: ef057cbf825e03b63f6edf5980f96abf3c53089d ("KVM: x86/mmu: Ensure hugepage is in by slot before checking max mapping level")
Fixed-In: v7.2
Fixed-In: stable 5.15.211
Fixed-In: stable 6.1.177
Fixed-In: stable 6.6.144
Fixed-In: stable 6.12.95
Fixed-In: stable 6.18.38
Fixed-In: stable 7.1.3
Link: https://git.kernel.org/stable/c/ef057cbf825e03b63f6edf5980f96abf3c53089d
Link: https://cve.org/CVERecord/?id=CVE-2026-63807
Link: https://lore.kernel.org/all/20260626112425.1777712-2-pbonzini@redhat.com/
Test-Log: tests/data/signatures/kvm-x86-shadow-hugepage-recovery-lpage-info-oob.log
Description:
 A direct shadow page created because the guest's huge mapping extended below
 a memslot has a base gfn outside that slot.  Huge-page recovery looked up the
 slot's lpage_info with that gfn without a bounds check and read past the
 vmalloc'd array.  The fix checks that the huge page lies in the slot first.
