# Facts: research/known-bugs.yaml id arm64-bbml2-rodata-full-realm-pageattr-warn
# (with known-bugs-corrections.yaml applied).  No fix was established; the
# corrections name 15bfba1ad77f as a candidate whose effect on this WARN is
# unverified, hence Fixed-By/Fixed-In marked (unverified).
Id: arm64-bbml2-rodata-full-realm-pageattr-warn
Version: 2
Title: arm64 BBML2 + rodata=full: WARNING at arch/arm64/mm/pageattr.c in pageattr_pmd_entry() in a realm guest (block-mapped linear map)
Arch: arm64
Platform: FEAT_BBM level 2 (BBML2_NOABORT) with rodata=full; Arm CCA realm guest
Evidence: console
Require: guilty /^pageattr_pmd_entry$/
Require: line /WARNING: CPU: \d+ PID: \d+ at arch\/arm64\/mm\/pageattr\.c:\d+/
Require: arch /^arm64$/
Support: line /walk_pmd_range/
Support: line /PID: 0 /
Introduced-By: a166563e7ec375b38a0fd3a58f7b77e50a6bc6a8 ("arm64: mm: support large block mapping when rodata=full")
Fixed-By: 15bfba1ad77fad8e45a37aae54b3c813b33fe27c ("arm64: mm: Handle invalid large leaf mappings correctly") (unverified)
Fixed-In: v7.1 (unverified)
Fixed-In: stable 6.18.24
Fixed-In: stable 6.19.14
Fixed-In: stable 7.0.1
Workaround: rodata=on instead of rodata=full might keep the linear map page-granular and avoid it (unverified)
Link: https://lkml.rescloud.iu.edu/2603.2/02774.html
Link: https://git.kernel.org/stable/c/15bfba1ad77fad8e45a37aae54b3c813b33fe27c
Test-Log: tests/data/signatures/arm64-bbml2-rodata-full-realm-pageattr-warn.log
Test-Not: tests/data/signatures/lookalikes/arm64-bbml2-rodata-full-realm-pageattr-warn.realm-rodata-off-rsi-late.log
Description:
 With BBML2_NOABORT the linear map may use large block mappings even under
 rodata=full, split on demand.  Realm setup code changes linear-map
 attributes at PMD granularity early in boot, before splitting is possible,
 and the pageattr walker warns when it meets a block entry in
 pageattr_pmd_entry().
