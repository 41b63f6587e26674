# Facts: research/known-bugs.yaml id kvm-x86-npt-nx-hugepage-reserved-spte-warn.
# The "spte = ..., rsvd bits = ..." line precedes the WARNING line and is kept
# by ktriage as context, hence the two Support forms.
Id: kvm-x86-npt-nx-hugepage-reserved-spte-warn
Version: 3
Title: KVM x86 NPT: make_spte() reserved-bits WARN when the NX huge page mitigation sets NX in SPTEs
Arch: x86_64
Platform: AMD NPT with the TDP MMU and the nx_huge_pages mitigation enabled
Evidence: console
# the WARN site: its file, and the function by name (both WARNING header forms)
Require: line /arch\/x86\/kvm\/mmu\/spte\.c:\d+/
Require: guilty /^make_spte$/
Require: frame /^(kvm_tdp_mmu_map|tdp_mmu_map_handle_target_level|direct_page_fault)$/
Support: context /spte = 0x[0-9a-f]+, level = \d+, rsvd bits = 0x/
Support: line /spte = 0x[0-9a-f]+, level = \d+, rsvd bits = 0x/
Support: frame /^kvm_tdp_page_fault$/
# the TDP MMU is 64-bit only: the same make_spte WARN on a 32-bit host is another
# bug (get_mt_mask as a RET0 static call returning garbage high bits)
Reject: arch /^i386$/
Introduced-By: b8e8c8303ff28c61046a4d0f6ea99aea609a7dc0
Fixed-By: 6c6ab524cfae0799e55c82b2c1d61f1af0156f8d ("KVM: x86/mmu: Treat NX as a valid SPTE bit for NPT")
Fixed-In: v6.0
Fixed-In: stable 5.19.2
Workaround: warning only; kvm.nx_huge_pages=off stops KVM from setting NX in SPTEs but drops the iTLB multihit mitigation
Link: https://git.kernel.org/stable/c/6c6ab524cfae0799e55c82b2c1d61f1af0156f8d
Link: https://cve.org/CVERecord/?id=CVE-2022-50224
Test-Log: tests/data/signatures/kvm-x86-npt-nx-hugepage-reserved-spte-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-npt-nx-hugepage-reserved-spte-warn.i386-get-mt-mask-ret0.log
Description:
 KVM treated the NX bit as reserved in NPT SPTEs, but the NX huge page (iTLB
 multihit) mitigation sets it when it maps guest memory non-executable, so
 every such SPTE tripped the reserved-bit sanity WARN in make_spte().
