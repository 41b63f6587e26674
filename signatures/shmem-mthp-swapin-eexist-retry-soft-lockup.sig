# Facts: CVE-2025-38241 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2025070933-CVE-2025-38241-a50c@gregkh> (kernel-security-vulns cve/published/2025/CVE-2025-38241.mbox), which quotes the fix's commit message.
Id: shmem-mthp-swapin-eexist-retry-soft-lockup
Version: 2
Title: shmem mTHP swap-in: soft lockup looping in shmem_swapin_folio/shmem_alloc_folio when an order-0 folio of the range is already in the swap cache (-EEXIST retried forever)
Arch: x86_64 (generic)
Platform: shmem/tmpfs with multi-size THP enabled (e.g. hugepages-64kB), swap with readahead, memory cgroup pressure
Evidence: console
Require: line /BUG: soft lockup - CPU#[0-9]+ stuck for/
# The bug is a livelock: the report is a stall.  Other crashes on the same
# path (a BUG or WARNING there, see the Test-Not) are other bugs.
Require: kind /^stall$/
Require: frame /^shmem_swapin_folio$/
Support: frame /^shmem_alloc_folio$/
Support: frame /^shmem_get_folio_gfp$/
Support: guilty /^(mpol_shared_policy_lookup|shmem_alloc_folio|shmem_swap_alloc_folio|swapcache_prepare|__swap_duplicate)$/
Introduced-By: 1dd44c0af4fa1e80a4e82faa10cbf5d22da40362
Fixed-By: a05dd8ae5cbb1cb45f349922cfea4f548a5e5d6f ("mm/shmem, swap: fix softlockup with mTHP swapin")
Fixed-In: v6.16
Fixed-In: stable 6.15.5
# The fix's patch (v3, <20250610181645.45922-1-ryncsn@gmail.com>): the loop is
# in the large-folio swap-in of shmem_swapin_folio(), which already falls back
# to order-0 swap-in when zswap has ever been enabled (!zswap_never_enabled()).
# The former Workaround named the per-size shmem_enabled knobs, but the fix's
# reproducer sets hugepages-64kB/enabled instead; dropped as unchecked.
Workaround: enable zswap: shmem_swapin_folio() then swaps in order-0 folios only and never takes the looping large-folio path
Link: https://git.kernel.org/stable/c/a05dd8ae5cbb1cb45f349922cfea4f548a5e5d6f
Link: https://cve.org/CVERecord/?id=CVE-2025-38241
Test-Log: tests/data/signatures/shmem-mthp-swapin-eexist-retry-soft-lockup.log
Test-Not: tests/data/signatures/lookalikes/shmem-mthp-swapin-eexist-retry-soft-lockup.replace-folio-memcg-migrate-lruvec-warn.log
Test-Not: tests/data/signatures/lookalikes/shmem-mthp-swapin-eexist-retry-soft-lockup.hung-task-swap-writeback-wait-6.17.log
Test-Not: tests/data/signatures/lookalikes/shmem-mthp-swapin-eexist-retry-soft-lockup.i915-add-to-page-cache-unlocked-folio-5.19.log
Test-Not: tests/data/signatures/lookalikes/shmem-mthp-swapin-eexist-retry-soft-lockup.writeback-tracepoint-swapcache-null-host-6.4.log
Description:
 When shmem swaps in a large (mTHP) folio, it reserves the whole range of
 swap slots in the swap cache.  If readahead has already brought one of
 those entries in as an order-0 folio, the reservation fails with -EEXIST,
 and shmem simply retried the same large allocation, forever, until the
 soft-lockup watchdog fired.  The fix handles the conflict as the anonymous
 mTHP swap-in path already did.
