# Facts: research/known-bugs.yaml id pkvm-np-guest-relax-perms-block-mapping-hyp-bug (entry 165).
Id: pkvm-np-guest-relax-perms-block-mapping-hyp-bug
Version: 2
Title: pKVM nVHE hyp BUG in mem_protect.c / HYP panic: debug check assumes page mappings for non-protected guests with THP
Arch: arm64
Platform: protected KVM (nVHE), CONFIG_NVHE_EL2_DEBUG, THP-backed guest memory
Evidence: console
Require: log /__pkvm_host_relax_perms_guest|__pkvm_host_mkyoung_guest/
Require: frame /^(__kvm_nvhe_)?assert_host_shared_guest$/
Support: log /nVHE hyp BUG at: arch\/arm64\/kvm\/hyp\/nvhe\/mem_protect\.c/
Support: line /HYP panic/
Support: log /kvm_handle_guest_abort/
Introduced-By: f28f1d02f4eaac05c2ad6bf7264a8696dc21d011 ("KVM: arm64: Add a range to __pkvm_host_unshare_guest()")
Fixed-By: 2ba972bf71cb71d2127ec6c3db1ceb6dd0c73173 ("KVM: arm64: Fix debug checking for np-guests using huge mappings")
Fixed-In: v6.18
Fixed-In: stable 6.17.4
# The fix's message (6.17 stable review <20251017145207.541324466@linuxfoundation.org>,
# Fixes: f28f1d02f4eaa): the panic needs transparent huge pages and
# CONFIG_NVHE_EL2_DEBUG; assert_host_shared_guest() returns at once unless
# IS_ENABLED(CONFIG_NVHE_EL2_DEBUG) (arch/arm64/kvm/hyp/nvhe/mem_protect.c).
Workaround: build with CONFIG_NVHE_EL2_DEBUG=n, which compiles the failing check out
Link: https://git.kernel.org/stable/c/2ba972bf71cb71d2127ec6c3db1ceb6dd0c73173
Link: https://cve.org/CVERecord/?id=CVE-2025-40184
Test-Log: tests/data/signatures/pkvm-np-guest-relax-perms-block-mapping-hyp-bug.log
Test-Not: tests/data/signatures/lookalikes/pkvm-np-guest-relax-perms-block-mapping-hyp-bug.finalize-pkvm-init-failure.log
Description:
 The EL2 debug check assert_host_shared_guest() assumed the guest stage-2
 mapping of a non-protected guest is a single page, but with THP-backed memory
 it can be a block mapping.  __pkvm_host_relax_perms_guest() (and mkyoung)
 then failed the assertion and the hypervisor panicked the host.
