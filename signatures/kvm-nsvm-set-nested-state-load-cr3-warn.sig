# Facts: CVE-2026-43315 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2026050801-CVE-2026-43315-3359@gregkh> (kernel-security-vulns
# cve/published/2026/CVE-2026-43315.mbox), which quotes the fix's message.
Id: kvm-nsvm-set-nested-state-load-cr3-warn
Version: 2
Title: KVM nSVM: user-triggerable WARNING in svm_set_nested_state() when nested_svm_load_cr3() rejects the restored L2 CR3 (CPUID changed after SREGS)
Arch: x86_64
Platform: AMD SVM with nested virtualization (kvm_amd nested=1), state restore (KVM_SET_NESTED_STATE)
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /WARNING: .* at arch\/x86\/kvm\/svm\/nested\.c:\d+ svm_set_nested_state(\.[\w.]+)?\+/
Require: frame /^(kvm_arch_vcpu_ioctl|kvm_vcpu_ioctl)$/
# the WARN arrived in 5.14 (the introducing commit)
Reject: release /^([0-4]\.|5\.([0-9]|1[0-3])(\.|-|$))/
Support: line /Modules linked in:.*kvm_amd/
Introduced-By: b222b0b88162bdef4eceb12a79d5edbbdb23dbfd
Fixed-By: fc3ba56385d03501eb582e4b86691ba378e556f9 ("KVM: nSVM: Remove a user-triggerable WARN on nested_svm_load_cr3() succeeding")
Fixed-In: v7.0
Fixed-In: stable 5.15.202
Fixed-In: stable 6.1.165
Fixed-In: stable 6.6.128
Fixed-In: stable 6.12.75
Fixed-In: stable 6.18.16
Fixed-In: stable 6.19.6
Link: https://git.kernel.org/stable/c/fc3ba56385d03501eb582e4b86691ba378e556f9
Link: https://cve.org/CVERecord/?id=CVE-2026-43315
Test-Log: tests/data/signatures/kvm-nsvm-set-nested-state-load-cr3-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-nsvm-set-nested-state-load-cr3-warn.vmx-leave-nested-triple-fault-warn-5.17.log
Test-Not: tests/data/signatures/lookalikes/kvm-nsvm-set-nested-state-load-cr3-warn.vmx-set-nested-state-srcu-rcu-splat-5.4.log
Description:
 When userspace restores a vCPU that was running a nested (L2) guest,
 svm_set_nested_state() reloads L2's CR3 through nested_svm_load_cr3() and
 warned if that failed.  The load checks CR3 against the guest's
 physical-address width from CPUID, and KVM lets userspace set CPUID after
 the special registers, so a VMM (or a selftest) that shrinks MAXPHYADDR
 after restoring CR3 trips the WARN, which panics hosts running with
 panic_on_warn.  The fix drops the WARN; the ioctl still fails.
