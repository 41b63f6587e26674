# Facts: the Test-Log is the kernel test robot's report
# <202406171436.a30c129-oliver.sang@intel.com> (Oliver Sang, 'kernel
# test robot noticed "kernel_BUG_at_mm/migrate.c"', 2024-06-17,
# vm-scalability anon-cow-seq on a 2-socket Cascade Lake, bisected to
# 7262f208ca68, also failing on linus/master 32f88d65f01b); Hugh Dickins's
# reply in that thread: mm/migrate.c line 2634 of 7262f208ca68 is
# BUG_ON(!list_empty(&migratepages)), "in a different caller of
# migrate_pages() than the VM_BUG_ON I hit", and 8e279f970b5c
# ("mm/migrate: fix kernel BUG at mm/compaction.c:2761!"), just merged
# into Linus's tree, "is very likely to fix it".  The fix's full id from
# the revlist mail that lists it with the merge of
# mm-hotfixes-stable-2024-06-17-11-43 into Linus's tree (the pull's
# cover letter names Hugh Dickins as its author).  The fix's message and
# trailers as quoted in Huang Ying's review <87msnq7key.fsf@yhuang6-desk2.ccr.corp.intel.com>
# of Hugh's patch <46c948b4-4dd8-6e03-4c7b-ce4e81cfa536@google.com>
# (Fixes: 7262f208ca68, "A hotfix to 6.10-rc, not needed for stable"),
# which agrees with the robot's bisection; the patch quotes no console
# output.  No release statement read: no Fixed-In.
Id: migrate-pages-deferred-split-folio-left-on-list-bug
Version: 1
Title: kernel BUG after migrate_pages() (6.10-rc): a THP on the deferred split list was split during migration and folios were left on the caller's list (migrate_misplaced_folio BUG_ON, compact_zone VM_BUG_ON)
Arch: any (seen on x86_64)
Platform: kernels with 7262f208ca68 and without 8e279f970b5c (the 6.10 merge window to 6.10-rc4, and linux-next of that time); THP with NUMA balancing or compaction
Evidence: console
# The code that can reach it existed only between 7262f208ca68 (merged for
# 6.10-rc1; the robot bisected to it on a 6.9-rc4 base) and the fix (merged
# after 6.10-rc4): 6.10 and later releases have the fix, releases before
# 6.9 and the 6.9 release itself do not have the cause.
Reject: release /^([0-5]\.|6\.[0-8](\.|-|$)|6\.9\.?[0-9.]*$|6\.10\.?[0-9.]*$|6\.(1[1-9]|[2-9][0-9])|[7-9]\.)/
Variant: numa-misplaced
# The BUG_ON(!list_empty(&migratepages)) in migrate_misplaced_folio(),
# the NUMA-balancing caller of migrate_pages() ...
Require: line /kernel BUG at mm\/migrate\.c:\d+/
Require: pc /^migrate_misplaced_folio$/
# ... on a NUMA hinting fault of a THP (or a small folio).
Support: frame /^(do_huge_pmd_numa_page|do_numa_page)$/
Variant: compaction
# The crash site the fix is named after: compact_zone()'s
# VM_BUG_ON(!list_empty(&cc->migratepages)) after migrate_pages(), which
# Hugh Dickins hit (his patch describes it but quotes no log).
Require: line /kernel BUG at mm\/compaction\.c:\d+/
Require: function /^compact_zone$/
Support: frame /^(compact_node|compact_zone_order|try_to_compact_pages|kcompactd_do_work|kcompactd|proactive_compact_node)$/
Introduced-By: 7262f208ca681385d133844be8a58d9b4ca185f7 ("mm/migrate: split source folio if it is on deferred split list")
Fixed-By: 8e279f970b5cb0628f856b6735e2e47b4da9f76e ("mm/migrate: fix kernel BUG at mm/compaction.c:2761!")
Link: https://lore.kernel.org/oe-lkp/202406171436.a30c129-oliver.sang@intel.com
Test-Log: tests/data/signatures/migrate-pages-deferred-split-folio-left-on-list-bug.log
Test-Not: tests/data/signatures/lookalikes/migrate-pages-deferred-split-folio-left-on-list-bug.kswapd-compaction-contended-leak-3.6.log
Test-Not: tests/data/signatures/lookalikes/migrate-pages-deferred-split-folio-left-on-list-bug.v5-split-to-from-list-early-stop.log
Description:
 7262f208ca68 made migrate_pages() split a source THP that sits on the
 deferred split list instead of migrating it whole.  A successful split
 was not counted as a failure, so migrate_pages() could report complete
 success while split but unmigrated folios were still on the list its
 caller passed in, and the callers that assert the list is then empty
 crash: BUG_ON(!list_empty(&migratepages)) in
 migrate_misplaced_folio() when NUMA balancing moves a THP (kernel test
 robot, vm-scalability), and the VM_BUG_ON in compact_zone() that Hugh
 Dickins hit and the fix is named after; without DEBUG_VM the folios are
 lost on the caller's local list.  8e279f970b5c counts the split of a
 deferred-split folio as a failure, so the caller puts the leftovers back;
 Hugh Dickins expected it to cure the migrate_misplaced_folio() crash too.
