# Facts: research/known-bugs.yaml id kvm-hyperv-pv-tlb-flush-noncanonical-invvpid.
# The "invvpid failed" line precedes the WARNING line and is kept by ktriage
# as context, hence the two Support forms.
Id: kvm-hyperv-pv-tlb-flush-noncanonical-invvpid
Version: 2
Title: KVM VMX: "invvpid failed" WARN from the Hyper-V PV TLB flush hypercall with non-canonical guest addresses
Arch: x86_64
Platform: KVM/VMX (Intel) with Hyper-V enlightenments (HVCALL_FLUSH_VIRTUAL_ADDRESS_LIST[_EX])
Evidence: console
Require: function /^invvpid_error$/
Require: frame /^kvm_hv_vcpu_flush_tlb$/
Support: context /invvpid failed: ext=0x0 vpid=\d+ gva=0x/
Support: line /invvpid failed: ext=0x0 vpid=\d+ gva=0x/
Support: frame /^vmx_flush_tlb_gva$/
Introduced-By: 260970862c88b4130e9e12be023c7e2c2d37a966
Fixed-By: fa787ac07b3ceb56dd88a62d1866038498e96230 ("KVM: x86/hyper-v: Skip non-canonical addresses during PV TLB flush")
Fixed-In: v6.16
Fixed-In: stable 6.6.103
Fixed-In: stable 6.12.41
Fixed-In: stable 6.15.7
Link: https://git.kernel.org/stable/c/fa787ac07b3ceb56dd88a62d1866038498e96230
Link: https://cve.org/CVERecord/?id=CVE-2025-38351
Test-Log: tests/data/signatures/kvm-hyperv-pv-tlb-flush-noncanonical-invvpid.log
Test-Log: tests/data/signatures/occurrences/kvm-hyperv-pv-tlb-flush-noncanonical-invvpid.2.log
Description:
 Guest-supplied addresses from the Hyper-V flush hypercalls were passed
 straight to INVVPID.  Intel CPUs fail INVVPID on a non-canonical address
 with VM-Fail and KVM warns; AMD's INVLPGA silently ignores them.  The fix
 skips non-canonical addresses.
