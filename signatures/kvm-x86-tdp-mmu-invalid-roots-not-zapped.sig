# Facts: research/known-bugs.yaml id kvm-x86-tdp-mmu-invalid-roots-not-zapped.
Id: kvm-x86-tdp-mmu-invalid-roots-not-zapped
Version: 4
Title: KVM x86 TDP MMU: invalid roots not zapped by MMU notifiers, use-after-free WARN in kvm_is_zone_device_pfn() from kvm_set_pfn_dirty()
Arch: x86_64
Platform: KVM with the TDP MMU
Evidence: console
# The sanity WARN in kvm_is_zone_device_pfn() (the function, so the
# .part.0 clone some builds print is folded; a line regex on "+0x" missed it)
# reached from kvm_set_pfn_dirty() while zapping SPTEs.
Require: guilty /^kvm_is_zone_device_pfn$/
Require: frame /^kvm_set_pfn_dirty$/
Support: line /at [^ ]*virt\/kvm\/kvm_main\.c:\d+/
# The fix's own trace: the zap of invalidated roots that kvm_mmu_zap_all_fast()
# (here from set_nx_huge_pages()) leaves to kvm_tdp_mmu_zap_invalidated_roots(),
# still running after the notifier returned.
Support: frame /^(kvm_tdp_mmu_zap_invalidated_roots|kvm_mmu_zap_all_fast|set_nx_huge_pages)$/
# This bug's WARN fires in a zap that runs after the notifier returned (the
# invalid root's deferred zapper); a splat from the release notifier's own
# zap is a stale SPTE something else left (after a memslot deletion, per Sean
# Christopherson in the fix's thread).
Reject: frame /^kvm_mmu_notifier_release$/
# The same WARN from a zap run by the final put of a root
# (kvm_tdp_mmu_put_root(), at VM teardown) is the iterator that skipped a
# top-level SPTE after yielding (3a0f64de479c; kvm-x86-tdp-mmu-yield-restart-skips-spte,
# whose fix log and reports all show that path).
# mmu_free_root_page() is where that final put is called from at teardown
# (kvm_mmu_unload; the yield-restart reports print both), a caller a build
# that inlines the put still shows
Reject: frame /^(kvm_tdp_mmu_put_root|mmu_free_root_page)$/
Introduced-By: b7cccd397f310739fb85383033e95580f99927e0
Fixed-By: d62007edf01f5c11f75d0f4b1e538fc52a5b1982 ("KVM: x86/mmu: Zap _all_ roots when unmapping gfn range in TDP MMU")
Fixed-In: v5.18
Fixed-In: stable 5.15.33
Fixed-In: stable 5.16.19
Fixed-In: stable 5.17.2
# kvm.tdp_mmu exists in every affected release (module_param_named(tdp_mmu, ...)
# in arch/x86/kvm/mmu/tdp_mmu.c since the TDP MMU was added); with it off,
# kvm_mmu_init_tdp_mmu() leaves the VM on the shadow MMU, and the fix changes
# only TDP MMU code.
Workaround: load kvm with tdp_mmu=N (kvm.tdp_mmu=N on the command line) so VMs use the shadow MMU instead of the TDP MMU the fix changes
Link: https://git.kernel.org/stable/c/d62007edf01f5c11f75d0f4b1e538fc52a5b1982
Link: https://cve.org/CVERecord/?id=CVE-2021-47639
Test-Log: tests/data/signatures/kvm-x86-tdp-mmu-invalid-roots-not-zapped.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-invalid-roots-not-zapped.2.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-invalid-roots-not-zapped.yield-restart-fixlog.log
Test-Not: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-yield-restart-skips-spte.3.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-invalid-roots-not-zapped.memslot-deleted-release-zap.log
Description:
 The MMU notifier unmap path zapped only valid TDP MMU roots.  An invalid
 root still being torn down by a yielding zapper kept its SPTEs and later
 called kvm_set_pfn_dirty() on pages that had been freed once the notifier
 returned, tripping the sanity WARN in kvm_is_zone_device_pfn().
