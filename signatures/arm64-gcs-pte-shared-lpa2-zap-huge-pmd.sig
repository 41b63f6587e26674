# Facts: research/known-bugs.yaml id arm64-gcs-pte-shared-lpa2-zap-huge-pmd (entry 167).
Id: arm64-gcs-pte-shared-lpa2-zap-huge-pmd
Version: 2
Title: arm64 level 0 translation fault in zap_huge_pmd freeing a GCS stack on LPA2: PTE_SHARED bits taken as address bits
Arch: arm64
Platform: FEAT_GCS with FEAT_LPA2 (52-bit PA)
Evidence: console
Require: pc /^zap_huge_pmd/
Require: frame /^gcs_free/
Support: line /level 0 translation fault/
Support: line /52-bit VAs/
Introduced-By: 6497b66ba6945f142902c7e8fce86e47016ead1c
Fixed-By: 8a85b3131225a8c8143ba2ae29c0eef8c1f9117f ("arm64: gcs: Do not set PTE_SHARED on GCS mappings if FEAT_LPA2 is enabled")
Fixed-In: v7.0
Fixed-In: stable 6.18.17
Fixed-In: stable 6.19.7
Link: https://git.kernel.org/stable/c/8a85b3131225a8c8143ba2ae29c0eef8c1f9117f
Link: https://cve.org/CVERecord/?id=CVE-2026-23345
Test-Log: tests/data/signatures/arm64-gcs-pte-shared-lpa2-zap-huge-pmd.log
Test-Not: tests/data/signatures/lookalikes/arm64-gcs-pte-shared-lpa2-zap-huge-pmd.thp-split-refcount-race-trinity-3.13.log
Description:
 With LPA2, PTE bits 8-9 hold output address bits 50-51 instead of
 shareability, but the guarded control stack page protection hard-coded
 PTE_SHARED.  GCS mappings therefore encoded a bogus physical address, and
 tearing them down at exit dereferenced it.  The fix builds the GCS page
 protection at runtime like protection_map[].
