# Facts: the fix's message, trailers and mainline id from the 6.15-stable
# review copy ("commit 9f1e8cd0b7c4... upstream", Fixes: 1b0449544c64,
# Reported-by/Closes: syzbot 3b220254df55d8ca8a61); the introducing commit's
# full id and subject and the first fixed releases from
# research/cna-fixes.tsv (CVE-2025-39725: mainline 6.16, stable 6.12.41,
# 6.15.9; introduced by 1b0449544c64, CVE-2025-37834's fix).  The Test-Log is
# that syzbot report <68412d57.050a0220.2461cf.000e.GAE@google.com>
# ("kernel BUG in try_to_unmap_one (2)", arm64, 6.15.0-rc7), which the fix
# Closes:.
Id: vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug
Version: 4
Title: BUG or NULL dereference in try_to_unmap_one() when reclaim (shrink_folio_list) unmaps a hwpoisoned large folio that is still PMD-mapped through unmap_poisoned_folio()
Arch: any (seen on arm64)
Platform: MADV_HWPOISON (or a real memory error) on a THP or large page-cache folio racing reclaim such as MADV_PAGEOUT, after 1b0449544c64 (6.15, stable 6.12.26, 6.14.5)
Evidence: console
# Reclaim meets a folio with a hwpoisoned page and unmaps it through
# unmap_poisoned_folio() ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\bunmap_poisoned_folio(\.[\w.]+)?\+0x/
# shrink_folio_list is static in mm/vmscan.c: a build may inline it into its caller (reclaim_folio_list, shrink_inactive_list)
Require: frame /^(shrink_folio_list|reclaim_folio_list|shrink_inactive_list)$/
# The memory-offline path (do_migrate_range -> unmap_poisoned_folio) is
# other bugs (memory-offline-hwpoison-unmap-folio-unlocked and its TTU flag
# look-alike).
Reject: frame /^do_migrate_range$/
Support: frame /^(reclaim_folio_list|reclaim_pages|madvise_cold_or_pageout_pte_range)$/
Support: frame /^(try_to_unmap|rmap_walk|rmap_walk_anon|__rmap_walk_file)$/
Variant: vm-bug-no-pte
# ... without TTU_SPLIT_HUGE_PMD, so the rmap walk of a PMD-mapped THP has
# no PTE: VM_BUG_ON_FOLIO(!pvmw.pte) in try_to_unmap_one() with DEBUG_VM.
Require: line /kernel BUG at mm\/rmap\.c:\d+/
Require: function /^try_to_unmap_one$/
Support: line /VM_BUG_ON_FOLIO\(!pvmw\.pte\)/
# Added after the held-out test on Lai Yi's syzkaller report (x86_64,
# next-20250623, ext4 with large folios): without DEBUG_VM the walk
# dereferences the NULL PTE pointer instead, a general protection fault
# (KASAN null-ptr-deref) in try_to_unmap_one().
Variant: null-pte-deref
Require: line /(general protection fault|KASAN: null-ptr-deref|BUG: kernel NULL pointer dereference|Unable to handle kernel NULL pointer dereference)/
Require: pc /^try_to_unmap_one$/
# memory_failure() left the large folio mapped just before.
Support: log /Memory failure: 0x[0-9a-f]+: recovery action for unsplit thp/
Introduced-By: 1b0449544c6482179ac84530b61fc192a6527bfd ("mm/vmscan: don't try to reclaim hwpoison folio")
Fixed-By: 9f1e8cd0b7c4c944e9921b52a6661b5eda2705ab ("mm/vmscan: fix hwpoisoned large folio handling in shrink_folio_list")
Fixed-In: v6.16
Fixed-In: stable 6.12.41
Fixed-In: stable 6.15.9
Link: https://lore.kernel.org/all/68412d57.050a0220.2461cf.000e.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=3b220254df55d8ca8a61
Link: https://lore.kernel.org/all/20250627125747.3094074-2-tujinjiang@huawei.com/
Link: https://cve.org/CVERecord/?id=CVE-2025-39725
Link: https://lore.kernel.org/all/aFuv+bNk4LyqaSNU@ly-workstation/
Test-Log: tests/data/signatures/vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug.log
Test-Log: tests/data/signatures/occurrences/vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug.2.log
Test-Log: tests/data/signatures/occurrences/vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug.3.log
Test-Not: tests/data/signatures/lookalikes/vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug.next-folio-split-truncate-file-rmap.log
Test-Not: tests/data/signatures/lookalikes/vmscan-hwpoison-large-folio-unmap-poisoned-pmd-mapped-bug.memory-offline-ttu-hwpoison-flag-warn.log
Description:
 Since reclaim learnt to unmap folios that contain a hwpoisoned page
 (instead of trying to reclaim them), shrink_folio_list() calls
 unmap_poisoned_folio(), which calls try_to_unmap() without
 TTU_SPLIT_HUGE_PMD and so only handles small folios.  When memory_failure()
 has poisoned a page of a large folio that is still mapped by a PMD and
 reclaim (for example MADV_PAGEOUT) reaches the folio first,
 try_to_unmap_one() walks a PMD mapping with no PTE: it hits
 VM_BUG_ON_FOLIO(!pvmw.pte) with DEBUG_VM, or dereferences the NULL PTE
 pointer without it.  The fix makes shrink_folio_list() keep hwpoisoned
 large folios and leave them to memory_failure().
