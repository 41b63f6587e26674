# Facts: research/known-bugs.yaml id ppc64-hash-slb-preload-multihit (entry 166).
Id: ppc64-hash-slb-preload-multihit
Version: 2
Title: ppc64 Hash WARNING in assert_slb_presence / SLB multi-hit: SLB preload cache and hardware SLB diverge
Arch: powerpc64 (Book3S-64)
Platform: Hash MMU (POWER8/9, pSeries KVM/PowerVM)
Evidence: console
Require: line /arch\/powerpc\/mm\/book3s64\/slb\.c:[0-9]+/
# assert_slb_presence is static in arch/powerpc/mm/book3s64/slb.c: a build may inline it into slb_insert_entry
Require: guilty /^(assert_slb_presence|slb_insert_entry)/
Support: frame /^preload_new_slb_context|^slb_setup_new_exec/
Support: line /slb_insert_entry/
Introduced-By: 5434ae74629af58ad0fc27143a9ea435f7734410
Fixed-By: 00312419f0863964625d6dcda8183f96849412c6 ("powerpc/64s/slb: Fix SLB multihit issue during SLB preload")
Fixed-In: v6.19
Fixed-In: stable 5.10.248
Fixed-In: stable 5.15.198
Fixed-In: stable 6.1.160
Fixed-In: stable 6.6.120
Fixed-In: stable 6.12.64
Fixed-In: stable 6.18.4
# The fix's series cover letter calls the SLB code "Hash / SLB code"; the
# Radix MMU (the default on POWER9 and later unless disable_radix is given,
# known-bugs-corrections.yaml) does not use it.
Workaround: on POWER9 and later keep the Radix MMU (do not boot with disable_radix)
Link: https://git.kernel.org/stable/c/00312419f0863964625d6dcda8183f96849412c6
Link: https://cve.org/CVERecord/?id=CVE-2025-71078
Test-Log: tests/data/signatures/ppc64-hash-slb-preload-multihit.log
Description:
 switch_mm_irqs_off() skips switch_mmu_context() when the previous and next mm
 are the same (for example after a kernel thread borrowed the mm), so the
 CPU's hardware SLB was not resynchronised with a software preload cache that
 another CPU had aged.  preload_new_slb_context()/slb_setup_new_exec() then
 inserted an entry the SLB still held, a multi-hit.  The fix removes those
 preloads.
