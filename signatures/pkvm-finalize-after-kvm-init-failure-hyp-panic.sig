# Facts: CVE-2023-53319 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2025091643-CVE-2023-53319-4fd2@gregkh> (kernel-security-vulns
# cve/published/2023/CVE-2023-53319.mbox), which quotes the fix's message.
Id: pkvm-finalize-after-kvm-init-failure-hyp-panic
Version: 1
Title: arm64 pKVM: finalize_pkvm() drops host privileges although kvm_arm_init() failed (WARNING in _kvm_host_prot_finalize, then nVHE hyp BUG in handle_host_mem_abort)
Arch: arm64
Platform: protected KVM (kvm-arm.mode=protected), hypervisor init failure
Evidence: console
Variant: host-prot-finalize-warn
Require: line /WARNING: .* at arch\/arm64\/kvm\/pkvm\.c:\d+ _kvm_host_prot_finalize/
Require: frame /^finalize_pkvm$/
Support: frame /^pkvm_drop_host_privileges$/
Support: context /Failed to init hyp memory protection|error initializing Hyp mode/
Variant: hyp-mem-abort-panic
Require: log /Failed to finalize Hyp protection/
Require: frame /^(__kvm_nvhe_)?handle_host_mem_abort$/
Support: log /nVHE hyp BUG at: arch\/arm64\/kvm\/hyp\/nvhe\/mem_protect\.c/
Introduced-By: 87727ba2bb05cc3cb4233231faa7ab4c7eeb6c73
Fixed-By: fa729bc7c9c8c17a2481358c841ef8ca920485d3 ("KVM: arm64: Handle kvm_arm_init failure correctly in finalize_pkvm")
Fixed-In: v6.5
Fixed-In: stable 6.4.8
Link: https://git.kernel.org/stable/c/fa729bc7c9c8c17a2481358c841ef8ca920485d3
Link: https://cve.org/CVERecord/?id=CVE-2023-53319
Test-Log: tests/data/signatures/lookalikes/pkvm-np-guest-relax-perms-block-mapping-hyp-bug.finalize-pkvm-init-failure.log
Test-Not: tests/data/signatures/pkvm-np-guest-relax-perms-block-mapping-hyp-bug.log
Description:
 finalize_pkvm() and kvm_arm_init() are independent initcalls.  When the
 hypervisor failed to initialise, finalize_pkvm() still ran
 pkvm_drop_host_privileges(), so every CPU warned in
 _kvm_host_prot_finalize() and the host kept running without a working
 hypervisor stage-2 set-up; its next stage-2 abort ends in a nVHE hyp BUG
 in handle_host_mem_abort and a HYP panic.  The fix makes finalize_pkvm()
 check that kvm_arm_init() succeeded.
