# Facts: research/known-bugs.yaml id arm64-gup-fast-p4d-offset-lockless-runtime-folding.
# The fix's message quotes no console output.  Its reporter, Asahi Lina,
# showed what the bug looks like (AsahiLinux/linux issue 309 and her
# LKML thread, occurrences .2 to .4, one crash on 6.9.9): a translation
# fault at a wild address with pc internal_get_user_pages_fast (6.9
# inlines the walker into it; from 6.10 it is gup_fast_pgd_range) on a
# kernel that reports 16K pages and 47-bit VAs, as a 52-bit VA build
# does on hardware without LPA2 (the level it folds at runtime).  The
# published header (.4) ends before the call trace and the trace (.2,
# .3) was posted without the header, and a native 47-bit build prints the
# same pgtable line: the evidence is partial, medium at most.
Id: arm64-gup-fast-p4d-offset-lockless-runtime-folding
Version: 3
Title: arm64 16K pages with a runtime-folded level: oops in lockless fast GUP (gup_fast_pgd_range) walking a stack copy of the PGD entry
Arch: arm64
Platform: 16K pages, 4-level tables with one level folded at runtime (no LPA2)
Evidence: partial
Require: arch /^arm64$/
Require: kind /^oops$/
Support: line /swapper pgtable: 16k pages/
Variant: walker-frame
Require: function /^gup_fast_pgd_range$/
Variant: walker-inlined
Require: pc /^internal_get_user_pages_fast$/
Require: line /swapper pgtable: 16k pages, 47-bit VAs/
Introduced-By: 0dd4f60a2c76938c2625f6c630c225699d97608b
Fixed-By: 36639013b3462c06ff8e3400a427f775b4fc97f5 ("arm64: mm: Fix lockless walks with static and dynamic page-table folding")
Fixed-In: v6.11
Fixed-In: stable 6.10.3
Link: https://git.kernel.org/stable/c/36639013b3462c06ff8e3400a427f775b4fc97f5
Link: https://cve.org/CVERecord/?id=CVE-2024-42293
Test-Log: tests/data/signatures/synthetic/arm64-gup-fast-p4d-offset-lockless-runtime-folding.log
Test-Log: tests/data/signatures/occurrences/arm64-gup-fast-p4d-offset-lockless-runtime-folding.4.log
Test-Not: tests/data/signatures/lookalikes/arm64-gup-fast-p4d-offset-lockless-runtime-folding.tee-register-shm-overflow-5.19.log
Description:
 The generic p4d_offset_lockless() returns a pointer into the caller's
 on-stack copy of the PGD entry.  When arm64 folds a level at runtime,
 pud_offset_lockless() then offsets from that stack address, so the lockless
 fast-GUP walker reads stray stack memory as page-table entries and oopses
 at random.
