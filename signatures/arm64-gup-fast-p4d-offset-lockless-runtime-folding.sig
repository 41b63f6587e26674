# Facts: research/known-bugs.yaml id arm64-gup-fast-p4d-offset-lockless-runtime-folding.
# No console log of this bug is known ("random oopses in fast GUP").
Id: arm64-gup-fast-p4d-offset-lockless-runtime-folding
Version: 2
Title: arm64 16K pages with a runtime-folded level: oops in lockless fast GUP (gup_fast_pgd_range) walking a stack copy of the PGD entry
Arch: arm64
Platform: 16K pages, 4-level tables with one level folded at runtime (no LPA2)
Evidence: frames-only
Require: function /^gup_fast_pgd_range$/
Require: arch /^arm64$/
Require: kind /^oops$/
Support: line /swapper pgtable: 16k pages/
Introduced-By: 0dd4f60a2c76938c2625f6c630c225699d97608b
Fixed-By: 36639013b3462c06ff8e3400a427f775b4fc97f5 ("arm64: mm: Fix lockless walks with static and dynamic page-table folding")
Fixed-In: v6.11
Fixed-In: stable 6.10.3
Link: https://git.kernel.org/stable/c/36639013b3462c06ff8e3400a427f775b4fc97f5
Link: https://cve.org/CVERecord/?id=CVE-2024-42293
Test-Log: tests/data/signatures/synthetic/arm64-gup-fast-p4d-offset-lockless-runtime-folding.log
Description:
 The generic p4d_offset_lockless() returns a pointer into the caller's
 on-stack copy of the PGD entry.  When arm64 folds a level at runtime,
 pud_offset_lockless() then offsets from that stack address, so the lockless
 fast-GUP walker reads stray stack memory as page-table entries and oopses
 at random.
