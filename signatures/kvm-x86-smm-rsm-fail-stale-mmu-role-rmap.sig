# Facts: CVE-2021-47230 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2024052138-CVE-2021-47230-e1ff@gregkh> (kernel-security-vulns cve/published/2021/CVE-2021-47230.mbox), which quotes the fix's commit message.
Id: kvm-x86-smm-rsm-fail-stale-mmu-role-rmap
Version: 3
Title: KVM x86: NULL dereference in gfn_to_rmap from mmu_set_spte after a failed RSM left the MMU role in SMM while the vCPU is not
Arch: x86_64
Platform: KVM host, guest using SMM (RSM emulation failing), shadow or TDP MMU page fault path
Evidence: console
Require: line /(general protection fault|NULL pointer dereference|KASAN: null-ptr-deref)/
Require: pc /^(__)?gfn_to_rmap/
# The stale MMU role bites when a page fault installs a SPTE (rmap_add from
# mmu_set_spte); a NULL rmap met while zapping (drop_spte) is another bug.
Require: frame /^(rmap_add|mmu_set_spte)$/
Support: frame /^(direct_page_fault|kvm_mmu_page_fault|kvm_tdp_page_fault)$/
Support: line /\brmap_add(\+0x| arch\/x86\/kvm\/mmu\/mmu\.c)/
Support: frame /^kvm_arch_vcpu_ioctl_run$/
Introduced-By: 9ec19493fb86d6d5fbf9286b94ff21e56ef66376
Fixed-By: 78fcb2c91adfec8ce3a2ba6b4d0dda89f2f4a7c6 ("KVM: x86: Immediately reset the MMU context when the SMM flag is cleared")
Fixed-In: v5.13
Fixed-In: stable 5.4.128
Fixed-In: stable 5.10.46
Fixed-In: stable 5.12.13
Link: https://git.kernel.org/stable/c/78fcb2c91adfec8ce3a2ba6b4d0dda89f2f4a7c6
Link: https://cve.org/CVERecord/?id=CVE-2021-47230
Test-Log: tests/data/signatures/kvm-x86-smm-rsm-fail-stale-mmu-role-rmap.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-smm-rsm-fail-stale-mmu-role-rmap.memslot-zap-drop-spte.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-smm-rsm-fail-stale-mmu-role-rmap.memslot-zap-gfn-filter.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-smm-rsm-fail-stale-mmu-role-rmap.2.log
Description:
 The SMM bit of the MMU role was only resynchronised with the vCPU in
 post_leave_smm(), which a failed RSM emulation skips.  The MMU then kept
 building shadow pages with SMM=1 while the vCPU looked up memslots with
 SMM=0; SMM has its own memslots, so the gfn found in the normal slots has
 no rmap in the SMM slot and gfn_to_rmap() dereferences NULL.  The fix
 resets the MMU context as soon as the SMM flag is cleared.
