# Facts: CVE-2022-50517 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2025100703-CVE-2022-50517-6166@gregkh> (kernel-security-vulns cve/published/2022/CVE-2022-50517.mbox), which quotes the fix's commit message.
Id: thp-split-clobbers-swap-entry-soft-lockup
Version: 3
Title: THP split clears the swp_entry_t in tail pages' page->private: soft lockup in the swap-cache lookup of __try_to_reclaim_swap (MADV_PAGEOUT / reclaim)
Arch: x86_64 (generic)
Platform: anonymous THP in the swap cache being split (e.g. stress-ng mmap with MADV_PAGEOUT)
Evidence: console
Require: line /BUG: soft lockup - CPU#[0-9]+ stuck for/
# The bug is a livelock: the report is a stall.  Other crashes on the same
# path (a BUG or WARNING there, see the Test-Not) are other bugs.
Require: kind /^stall$/
Support: guilty /^xas_(descend|load)$/
Support: frame /^(__filemap_get_folio|pagecache_get_page)$/
Support: frame /^(scan_swap_map_slots|get_swap_pages|folio_alloc_swap|add_to_swap)$/
Support: frame /^madvise_(cold_or_pageout_pte_range|pageout)$/
Variant: reclaim-frame
Require: frame /^__try_to_reclaim_swap$/
# __try_to_reclaim_swap is static in mm/swapfile.c: a build may inline it into
# scan_swap_map_slots; there its swap-cache lookup under the scan is the path
Variant: reclaim-inlined
Require: frame /^scan_swap_map_slots$/
Require: frame /^(__filemap_get_folio|pagecache_get_page|filemap_get_folio)$/
Introduced-By: b653db77350c7307a513b81856fe53e94cf42446 ("mm: Clear page->private when splitting or migrating a page")
Fixed-By: 71e2d666ef85d51834d658830f823560c402b8b6 ("mm/huge_memory: do not clobber swp_entry_t during THP split")
Fixed-In: v6.1
Fixed-In: stable 6.0.7
Link: https://git.kernel.org/stable/c/71e2d666ef85d51834d658830f823560c402b8b6
Link: https://cve.org/CVERecord/?id=CVE-2022-50517
Test-Log: tests/data/signatures/thp-split-clobbers-swap-entry-soft-lockup.log
Test-Not: tests/data/signatures/lookalikes/thp-split-clobbers-swap-entry-soft-lockup.page-cache-head-pages-find-subpage-5.1-mm.log
Test-Not: tests/data/signatures/lookalikes/thp-split-clobbers-swap-entry-soft-lockup.syzbot-arm64-add-to-swap-not-uptodate-bug-memcg-reclaim.log
Description:
 The tail pages of a THP in the swap cache keep their swap entry in
 page->private.  A change meant to clear stale private data also wiped it
 when the THP was split, leaving the swap cache and the pages' swap entries
 out of step; swap allocation trying to reclaim such slots was then seen
 spinning in the swap-cache lookup until the soft-lockup watchdog fired.
 The fix clears page->private of tail pages only when the head was not in
 the swap cache.
