# Facts: research/known-bugs.yaml id kvm-hyperv-l2-tlb-flush-sparse-bank-oob (entry 146).
Id: kvm-hyperv-l2-tlb-flush-sparse-bank-oob
Version: 2
Title: KVM Hyper-V: KASAN out-of-bounds read in hv_is_vp_in_sparse_set from kvm_hv_flush_tlb (unbounded VP ID from the eVMCS)
Arch: x86_64
Platform: KVM Hyper-V emulation, nested (eVMCS) paravirtual TLB flush
Evidence: console
# hv_is_vp_in_sparse_set is static in arch/x86/kvm/hyperv.c: a build may inline it into kvm_hv_flush_tlb
Require: line /KASAN: [a-z-]+ in (hv_is_vp_in_sparse_set|kvm_hv_flush_tlb)/
Support: frame /^kvm_hv_flush_tlb/
Support: frame /^kvm_hv_hypercall/
Introduced-By: c58a318f6090efe06e6702b8882e2026f44f620e
Fixed-By: 4721f8160f17554b003e8928bb61e6c9b2fe92a3 ("KVM: x86: hyper-v: Bound the bank index when querying sparse banks")
Fixed-In: v7.2
Fixed-In: stable 6.6.144
Fixed-In: stable 6.12.95
Fixed-In: stable 6.18.38
Fixed-In: stable 7.1.3
Link: https://git.kernel.org/stable/c/4721f8160f17554b003e8928bb61e6c9b2fe92a3
Link: https://cve.org/CVERecord/?id=CVE-2026-64247
Test-Log: tests/data/signatures/kvm-hyperv-l2-tlb-flush-sparse-bank-oob.log
Test-Not: tests/data/signatures/lookalikes/kvm-hyperv-l2-tlb-flush-sparse-bank-oob.hv-flush-tlb-null-vcpu-mask-debian-5.10.178.log
Description:
 For an L2 paravirtual TLB flush the VP ID is taken as-is from the
 enlightened VMCS.  hv_is_vp_in_sparse_set() used it to index the 64-bank
 sparse set without checking it is below 4096, reading past the bank array and
 possibly flushing the wrong vCPU.  The fix bounds the bank index.
