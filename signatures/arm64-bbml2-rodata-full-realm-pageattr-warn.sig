# Facts: research/known-bugs.yaml id arm64-bbml2-rodata-full-realm-pageattr-warn
# (with known-bugs-corrections.yaml applied), corrected from the fix: the
# report's author is the Reported-by of f12b435de2f2, whose message says
# split_kernel_leaf_mapping() refused to split before the caps were finalized
# and left "the permission change code" to warn (the pageattr WARN), and whose
# Fixes: trailer names a166563e7ec3.  The corrections' candidate 15bfba1ad77f
# (CVE-2026-31600) is the same series' fix for a later translation fault, not
# for this WARN.
Id: arm64-bbml2-rodata-full-realm-pageattr-warn
Version: 4
Title: arm64 BBML2 + rodata=full: WARNING at arch/arm64/mm/pageattr.c in pageattr_pmd_entry() in a realm guest (block-mapped linear map)
Arch: arm64
Platform: FEAT_BBM level 2 (BBML2_NOABORT) with rodata=full; Arm CCA realm guest
# Evidence partial (v3): Suzuki K Poulose's realm boot with rodata=off
# (lookalikes/...realm-rodata-off-rsi-late.log, EVIDENCE.tsv) prints the
# same WARN on the same path (set_memory_decrypted from swiotlb at boot);
# only the command line's rodata= tells the two apart, and no console line
# shows it.  v2 kept it out only because it prints the WARNING header in
# the newer form, which line rules now also read in the older one.
Evidence: partial
Require: guilty /^pageattr_pmd_entry$/
Require: line /WARNING: CPU: \d+ PID: \d+ at arch\/arm64\/mm\/pageattr\.c:\d+/
Require: arch /^arm64$/
Support: line /walk_pmd_range/
Support: line /PID: 0 /
Introduced-By: a166563e7ec375b38a0fd3a58f7b77e50a6bc6a8 ("arm64: mm: support large block mapping when rodata=full")
Fixed-By: f12b435de2f2bb09ce406467020181ada528844c ("arm64: mm: Fix rodata=full block mapping support for realm guests")
# No source states the releases: f12b435de2f2 sits on the arm64
# for-next/bbml2-fixes branch next to 15bfba1ad77f, which the CNA dates to
# v7.1; its 6.18 backport is patch 248/275 of the stable review series of
# 2026-05-04 (<20260504135152.254199061@linuxfoundation.org>), whose other
# patches the CNA records first fixed in 6.18.27.  The "Linux 6.18.27"
# announcement <2026050707-getup-manly-d5f7@gregkh> lists it ("arm64: mm:
# Fix rodata=full block mapping support for realm guests"), and that review
# patch says "[ Upstream commit f12b435de2f2... ]"; v7.1 stays unverified
# (7.0.4-rc1 backports it, so v7.0 lacks it, but no source names v7.1).
Fixed-In: v7.1 (unverified)
Fixed-In: stable 6.18.27
# No Workaround: the former one (rodata=on) was a guess no source supports.
Link: https://lkml.rescloud.iu.edu/2603.2/02774.html
Link: https://lore.kernel.org/all/0b2a4ae5-fc51-4d77-b177-b2e9db74f11d@huawei.com/
Link: https://lore.kernel.org/r/20260330161705.3349825-2-ryan.roberts@arm.com
Test-Log: tests/data/signatures/arm64-bbml2-rodata-full-realm-pageattr-warn.log
Test-Not: tests/data/signatures/lookalikes/arm64-bbml2-rodata-full-realm-pageattr-warn.syzbot-kfence-softirq-lazy-mmu-change-memory-common-warn.log
Test-Not: tests/data/signatures/lookalikes/arm64-bbml2-rodata-full-realm-pageattr-warn.lazy-mmu-nest-v4-kasan-depopulate-debug-pagealloc.log
Description:
 With BBML2_NOABORT the linear map may use large block mappings even under
 rodata=full, split on demand.  Realm setup code changes linear-map
 attributes at PMD granularity early in boot, before splitting is possible,
 and the pageattr walker warns when it meets a block entry in
 pageattr_pmd_entry().
