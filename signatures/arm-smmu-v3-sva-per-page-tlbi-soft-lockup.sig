# Facts: research/known-bugs.yaml id arm-smmu-v3-sva-per-page-tlbi-soft-lockup (entry 107).
Id: arm-smmu-v3-sva-per-page-tlbi-soft-lockup
Version: 2
Title: Soft lockup in arm_smmu_cmdq_issue_cmdlist on large munmap: SVA invalidation issues one TLBI per page
Arch: arm64
Platform: SMMUv3 shared virtual addressing (SVA)
Evidence: console
Require: frame /^arm_smmu_mm_(invalidate_range|arch_invalidate_secondary_tlbs)/
Require: kind /^stall$/
Support: guilty /^arm_smmu_cmdq_issue_cmdlist/
# __arm_smmu_tlb_inv_range is static in drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3.c: a build may inline it into arm_smmu_tlb_inv_range_asid/_domain
Support: frame /^(__arm_smmu_tlb_inv_range|arm_smmu_tlb_inv_range_(asid|domain))$/
Introduced-By: 51d113c3be09ff5b916576b1109daf413549cacc
Fixed-By: d5afb4b47e13161b3f33904d45110f9e6463bad6 ("iommu/arm-smmu-v3: Fix soft lockup triggered by arm_smmu_mm_invalidate_range")
Fixed-In: v6.6
Fixed-In: stable 5.15.134
Fixed-In: stable 6.1.56
Fixed-In: stable 6.5.6
Link: https://git.kernel.org/stable/c/d5afb4b47e13161b3f33904d45110f9e6463bad6
Link: https://cve.org/CVERecord/?id=CVE-2023-52484
Test-Log: tests/data/signatures/arm-smmu-v3-sva-per-page-tlbi-soft-lockup.log
Test-Not: tests/data/signatures/lookalikes/arm-smmu-v3-sva-per-page-tlbi-soft-lockup.dma-map-benchmark-rcu-stall.log
Test-Not: tests/data/signatures/lookalikes/arm-smmu-v3-sva-per-page-tlbi-soft-lockup.invalidate-range-size-off-by-one-warn.log
Test-Not: tests/data/signatures/lookalikes/arm-smmu-v3-sva-per-page-tlbi-soft-lockup.vfio-iommu-unmap-range-tlbi-warn-softlockup.log
Test-Not: tests/data/signatures/lookalikes/arm-smmu-v3-sva-per-page-tlbi-soft-lockup.cmd-sync-timeout-after-shutdown.log
Description:
 The SMMU's mmu-notifier invalidation issued one TLBI command per page for
 the whole unmapped range, unlike the CPU flush which switches to a full-ASID
 flush above MAX_TLBI_OPS.  A large munmap() of a range shared with the SMMU
 kept the CPU spinning on the command queue until the soft-lockup watchdog
 fired.
