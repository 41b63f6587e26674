# Facts: research/known-bugs.yaml id kvm-x86-lpage-info-mixed-attr-overflow (entry 112).
Id: kvm-x86-lpage-info-mixed-attr-overflow
Version: 3
Title: KVM x86: KASAN vmalloc-out-of-bounds in hugepage_has_attrs, lpage_info overflow for memslots smaller than a huge page
Arch: x86_64
Platform: KVM with private memory attributes (guest_memfd)
Evidence: console
# The KASAN headline is matched on the report's title, which ktriage builds
# also when a mail client wrapped the BUG: line after "in" (Test-Log .2).
Require: title /^KASAN: vmalloc-out-of-bounds (Read |Write )?in hugepage_has_attrs\b/
Support: frame /^kvm_arch_post_set_memory_attributes$/
Support: line /kvm_vm_ioctl/
Introduced-By: 90b4fe17981e155432c4dbc490606d0c2e9c2199
Fixed-By: 992b54bd083c5bee24ff7cc35991388ab08598c4 ("KVM: x86/mmu: x86: Don't overflow lpage_info when checking attributes")
Fixed-In: v6.9
Fixed-In: stable 6.8.8
Link: https://git.kernel.org/stable/c/992b54bd083c5bee24ff7cc35991388ab08598c4
Link: https://cve.org/CVERecord/?id=CVE-2024-26991
Test-Log: tests/data/signatures/kvm-x86-lpage-info-mixed-attr-overflow.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-lpage-info-mixed-attr-overflow.2.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-lpage-info-mixed-attr-overflow.arm64-cca-v8-realm-unmap-rcu-stall.log
Description:
 When KVM_SET_MEMORY_ATTRIBUTES decides whether a huge page spans mixed
 attributes, hugepage_has_attrs() walks the level-1 lpage_info entries assuming
 they cover the whole huge page.  For an unaligned head or tail huge page of a
 small memslot that vmalloc'd array is shorter, so the walk reads past it.
 The fix never marks unaligned head/tail pages as mixed.
