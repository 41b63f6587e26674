# Facts: research/known-bugs.yaml id kvm-x86-tdp-mmu-yield-restart-skips-spte.
Id: kvm-x86-tdp-mmu-yield-restart-skips-spte
Version: 5
Title: KVM x86 TDP MMU: top-level SPTEs skipped after yielding mmu_lock, leaked roots WARN in kvm_mmu_uninit_tdp_mmu()
Arch: x86_64
Platform: KVM with the TDP MMU (EPT/NPT)
Evidence: console
# The fix names two crash sites: the roots leaked at VM destruction, and the
# skipped SPTE's stale pfn reaching kvm_set_pfn_dirty() when the root is zapped.
Variant: leaked-roots
Require: guilty /^kvm_mmu_uninit_tdp_mmu$/
Require: line /at arch\/x86\/kvm\/mmu\/tdp_mmu\.c:\d+/
# Version 4 (newsyz30): the line above stopped being distinctive once other
# TDP MMU warnings from kernels whose release does not parse (a bugzilla copy
# wrapping the CPU: line) became Test-Logs of other signatures; the faulting
# function and the VM-teardown path corroborate the leak check instead.
Support: pc /^kvm_mmu_uninit_tdp_mmu$/
Support: frame /^(kvm_mmu_uninit_vm|kvm_arch_destroy_vm|kvm_destroy_vm|kvm_put_kvm)$/
Variant: zone-device-pfn
Require: guilty /^kvm_is_zone_device_pfn$/
# the final put of the root, or where teardown calls it from
# (mmu_free_root_page, all that a build inlining the put prints)
Require: frame /^(kvm_tdp_mmu_put_root|mmu_free_root_page)$/
Support: frame /^zap_gfn_range$/
# Both from the fix's Fixes: trailers (patch <20211214033528.123268-1-seanjc@google.com>);
# the CNA dyad of CVE-2021-47094 lists only the first.
Introduced-By: faaf05b00aecdb347ffd1d763d024394ec0329f8 ("kvm: x86/mmu: Support zapping SPTEs in the TDP MMU")
Introduced-By: 1af4a96025b3 ("KVM: x86/mmu: Yield in TDU MMU iter even if no SPTES changed")
Fixed-By: 3a0f64de479cae75effb630a2e0a237ca0d0623c ("KVM: x86/mmu: Don't advance iterator after restart due to yielding")
Fixed-In: v5.16
Fixed-In: stable 5.15.12
# kvm.tdp_mmu exists in every affected release (module_param_named(tdp_mmu, ...)
# in arch/x86/kvm/mmu/tdp_mmu.c since the TDP MMU was added); with it off,
# kvm_mmu_init_tdp_mmu() leaves the VM on the shadow MMU, and the fix changes
# only TDP MMU code.
Workaround: load kvm with tdp_mmu=N (kvm.tdp_mmu=N on the command line) so VMs use the shadow MMU instead of the TDP MMU the fix changes
Link: https://git.kernel.org/stable/c/3a0f64de479cae75effb630a2e0a237ca0d0623c
Link: https://cve.org/CVERecord/?id=CVE-2021-47094
Test-Log: tests/data/signatures/kvm-x86-tdp-mmu-yield-restart-skips-spte.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-yield-restart-skips-spte.2.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-yield-restart-skips-spte.3.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-yield-restart-skips-spte.4.log
# the same log, quoted by the fix, kept under lookalikes/ as a Test-Not of invalid-roots
Test-Log: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-invalid-roots-not-zapped.yield-restart-fixlog.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-yield-restart-skips-spte.syzbot-uninit-tdp-mmu-2.log
# Same leaked-roots WARN from SPTEs for gfns beyond host.MAXPHYADDR, which the
# TDP MMU zap never reached: another fix (86931ff7207b), quoted in its message.
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-yield-restart-skips-spte.impossible-gfn-beyond-host-maxphyaddr.log
Description:
 After dropping mmu_lock to yield, the TDP iterator restarted its walk and
 then advanced once more, skipping the current top-level SPTE and everything
 below it.  Zapping all SPTEs therefore left shadow pages behind, which the
 teardown check in kvm_mmu_uninit_tdp_mmu() reports as leaked, or left SPTEs
 mapping pages already freed.
