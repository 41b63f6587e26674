# Facts: research/known-bugs.yaml id kvm-x86-mmio-spte-over-shadow-present (entry 168).
Id: kvm-x86-mmio-spte-over-shadow-present
Version: 2
Title: KVM x86 WARNING is_shadow_present_pte(*sptep) in mark_mmio_spte: a host-modified gPTE turns a shadowed mapping into MMIO
Arch: x86_64
Platform: KVM shadow paging (including nested EPT shadowing)
Evidence: console
Support: context /is_shadow_present_pte\(\*sptep\)/
Support: frame /^mmu_set_spte/
Variant: mark-mmio-spte
Require: line /kvm\/mmu\/mmu\.c:[0-9]+ (at )?mark_mmio_spte/
# mark_mmio_spte is static in arch/x86/kvm/mmu/mmu.c: a build may inline it into mmu_set_spte
# (and that into the paging_tmpl.h fault handlers); there the WARN's printed condition tells it
# from the other mmu.c WARNs
Variant: mark-mmio-spte-inlined
Require: line /kvm\/mmu\/mmu\.c:[0-9]+ (at )?(mmu_set_spte|(ept|paging(32|64))_(page_fault|fetch))/
Require: log /is_shadow_present_pte\(\*sptep\)/
Introduced-By: a54aa15c6bda3ca7e2f9e040ba968a1da303e24f
Fixed-By: aad885e774966e97b675dfe928da164214a71605 ("KVM: x86/mmu: Drop/zap existing present SPTE even when creating an MMIO SPTE")
Fixed-In: v7.0
Fixed-In: stable 5.15.203
Fixed-In: stable 6.1.168
Fixed-In: stable 6.6.131
Fixed-In: stable 6.12.80
Fixed-In: stable 6.18.21
Fixed-In: stable 6.19.11
Link: https://git.kernel.org/stable/c/aad885e774966e97b675dfe928da164214a71605
Link: https://cve.org/CVERecord/?id=CVE-2026-23401
Test-Log: tests/data/signatures/kvm-x86-mmio-spte-over-shadow-present.log
Description:
 KVM assumed a shadow-present SPTE cannot become an MMIO SPTE because guest
 writes to shadowed gPTEs are write-tracked, but writes by host userspace are
 not.  On the next fault mmu_set_spte() installed the MMIO SPTE over the
 present one without zapping it.  The fix drops and zaps the present SPTE
 first.
