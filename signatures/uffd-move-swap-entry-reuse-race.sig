# Facts: research/known-bugs.yaml id uffd-move-swap-entry-reuse-race (entry 128).
Id: uffd-move-swap-entry-reuse-race
Version: 3
Title: Bad rss-counter state (MM_ANONPAGES -1 with MM_SHMEMPAGES 1) after UFFDIO_MOVE raced with swap entry reuse
Arch: arm64 (generic)
Platform: userfaultfd UFFDIO_MOVE with swap
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
Variant: rss-counter
Require: line /BUG: Bad rss-counter state mm:/
Require: line /type:MM_ANONPAGES val:-1/
# The fix (0ea148a79919): "Barry reported a BUG_ON in commit c50f8e6053b0, we
# may see the same BUG_ON if the filemap lookup returned NULL and folio is
# added to swap cache after that".  That BUG is
# uffd-move-swap-pte-swapcache-index-mismatch's symptom; it is this bug only on
# kernels that already have c50f8e6053b0 (6.12.20, 6.13.8, 6.14 on), and the
# kernels with this fix are left out by Fixed-In.  The release is read from
# the CPU line's "tainted <release>" rather than as a release condition: a
# failing condition on a fact in one variant makes lint count the rss-counter
# look-alike as set apart, which would lift the rss-counter variant to medium
# on it.
Variant: swapcache-bug-after-c50f8e6053b0
Require: line /kernel BUG at mm\/rmap\.c/
Require: guilty /^__page_check_anon_rmap/
Require: line /[Tt]ainted:? [A-Z ]*\b6\.(12\.[2-9][0-9]|13\.([89]|[1-9][0-9])|14\.[0-9]+(?!-rc)|15\.[0-9]+|16\.0-rc[1-3])\b/
Support: frame /^do_swap_page/
Introduced-By: adef440691bab824e39c1b17382322d195e1fab0
Fixed-By: 0ea148a799198518d8ebab63ddd0bb6114a103bc ("mm: userfaultfd: fix race of userfaultfd_move and swap cache")
Fixed-In: v6.16
Fixed-In: stable 6.12.37
Fixed-In: stable 6.15.5
Link: https://git.kernel.org/stable/c/0ea148a799198518d8ebab63ddd0bb6114a103bc
Link: https://cve.org/CVERecord/?id=CVE-2025-38242
Test-Log: tests/data/signatures/uffd-move-swap-entry-reuse-race.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-swap-entry-reuse-race.m68k-preempt-table-free.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-swap-entry-reuse-race.lkft-fork13-rk3399-bad-pte.log
Description:
 For a swap PTE, UFFDIO_MOVE looked the folio up in the swap cache without a
 lock and relied only on rechecking the PTE value.  In between, the swap entry
 could be freed and reused for a folio of another mapping (here shmem), which
 was then moved into the anonymous VMA; the RSS counters of both sides end up
 wrong when the mm exits.  The fix validates the folio after locking it and
 rechecks the swap cache under the PTE lock.
