# Facts: research/known-bugs.yaml id kvm-x86-shadow-mmu-overwrite-spte-pfn-warn (entry 169).
Id: kvm-x86-shadow-mmu-overwrite-spte-pfn-warn
Version: 3
Title: KVM x86 WARNING pfn != spte_to_pfn(*sptep) in mmu_set_spte when a shadowed gPTE is changed behind KVM's back
Arch: x86_64
Platform: KVM shadow paging (including nested EPT shadowing)
Evidence: console
Support: context /pfn != spte_to_pfn\(\*sptep\)/
# The shadow MMU's template walkers (FNAME() in paging_tmpl.h, built as ept_,
# paging64_ and paging32_) call mmu_set_spte() from the fault path
# (page_fault/fetch) and from prefetching a gPTE; any of them, whichever is
# not inlined, shows the WARN comes from a shadow (not direct) MMU.
Support: frame /^(ept|paging(32|64))_(page_fault|fetch|prefetch_gpte|pte_prefetch)$/
# The MMIO-SPTE WARN (kvm-x86-mmio-spte-over-shadow-present) prints its own condition; when
# mark_mmio_spte is inlined its header names mmu_set_spte too
Reject: log /is_shadow_present_pte\(\*sptep\)/
Variant: mmu-set-spte
Require: line /kvm\/mmu\/mmu\.c:[0-9]+ (at )?mmu_set_spte/
# mmu_set_spte is static in arch/x86/kvm/mmu/mmu.c: a build may inline it into the
# paging_tmpl.h fault handlers; there the WARN's printed condition tells it from other mmu.c WARNs
Variant: mmu-set-spte-inlined
Require: line /kvm\/mmu\/mmu\.c:[0-9]+ (at )?(ept|paging(32|64))_(page_fault|fetch)/
Require: log /pfn != spte_to_pfn\(\*sptep\)/
Introduced-By: 11d45175111d933c5175acc28e56af2213dd5cd6
Fixed-By: df83746075778958954aa0460cca55f4b3fc9c02 ("KVM: x86/mmu: Only WARN in direct MMUs when overwriting shadow-present SPTE")
Fixed-In: v7.0
Fixed-In: stable 6.18.21
Fixed-In: stable 6.19.11
Link: https://git.kernel.org/stable/c/df83746075778958954aa0460cca55f4b3fc9c02
Link: https://cve.org/CVERecord/?id=CVE-2026-23402
Test-Log: tests/data/signatures/kvm-x86-shadow-mmu-overwrite-spte-pfn-warn.log
Description:
 A sanity check against overwriting a shadow-present SPTE with a different PFN
 applied to every MMU, but host userspace writes to shadowed guest page tables
 escape write tracking and legitimately cause such overwrites in shadow MMUs.
 The fix keeps the warning for direct (TDP) MMUs only; the warning itself is
 the bug.
