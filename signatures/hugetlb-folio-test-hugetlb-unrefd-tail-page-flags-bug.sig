# Facts: the fix's id, subject and trailers from its 6.8-stable review copy
# ("commit d99e3140a4d33e26066183ff727d8f02f56bec64 upstream", Fixes:
# 9c5ccf2db04b "mm: remove HUGETLB_PAGE_DTOR", Reported-by: Luis Chamberlain,
# Closes: bugzilla.kernel.org 218227); first fixed releases and the
# introducing commit from research/cna-fixes.tsv (CVE-2024-35993: mainline
# 6.9, stable 6.6.30 and 6.8.9, introduced by 9c5ccf2db04b).  David
# Hildenbrand closed the syzbot report with "#syz fix: mm: turn
# folio_test_hugetlb into a PageType" (reply to
# <00000000000026e662061475a373@google.com>).
# The Test-Logs are that syzbot report ("kernel BUG in PageHuge", extid
# adb570fc6161d33edb01, arm64) and Luis Chamberlain's trace from bugzilla 218227
# (x86_64, XFS fstests) as Vlastimil Babka quoted it, tying it to 9c5ccf2db04b,
# in <8fa1c95c-4749-33dd-42ba-243e492ab109@suse.cz>.
Id: hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug
Version: 1
Title: kernel BUG in folio_flags via PageHuge(): folio_test_hugetlb() on a page without a reference races with a folio split and reads the flags of a tail page
Arch: any (seen on arm64)
Platform: CONFIG_DEBUG_VM (VM_BUG_ON_PGFLAGS); compaction, memory-failure or /proc/kpageflags testing a page it holds no reference on
Evidence: console
# The PF_SECOND flag test finds that the "folio" it was handed is now a
# tail page (VM_BUG_ON_PGFLAGS in folio_flags()) ...
Require: line /kernel BUG at include\/linux\/page-flags\.h:\d+/
# ... because the hugetlb test reads page[1].flags of a folio that was split
# (or freed) under it; the helpers are inlined into PageHuge() on some builds.
Require: function /^(PageHuge|folio_test_hugetlb)$/
# The callers the fix names as testing without a reference: compaction's
# migrate scanner, memory-failure and procfs (kpageflags).
Support: frame /^(isolate_migratepages_block|isolate_migratepages|compact_zone|stable_page_flags|kpageflags_read|memory_failure|get_hwpoison_page|__get_hwpoison_page|soft_offline_page|hwpoison_filter)$/
# The smaps walk racing a THP split BUGs in the same header on a mapcount
# helper, not in the hugetlb test.
Reject: frame /^(smaps_account|smaps_pte_range|smaps_pte_entry|pagemap_pmd_range)$/
Introduced-By: 9c5ccf2db04b8d7c3df363fdd4856c2b79ab2c6a ("mm: remove HUGETLB_PAGE_DTOR")
Fixed-By: d99e3140a4d33e26066183ff727d8f02f56bec64 ("mm: turn folio_test_hugetlb into a PageType")
Fixed-In: v6.9
Fixed-In: stable 6.6.30
Fixed-In: stable 6.8.9
Link: https://lkml.kernel.org/r/20240321142448.1645400-6-willy@infradead.org
Link: https://lore.kernel.org/all/00000000000026e662061475a373@google.com/
Link: https://syzkaller.appspot.com/bug?extid=adb570fc6161d33edb01
Link: https://bugzilla.kernel.org/show_bug.cgi?id=218227
Link: https://cve.org/CVERecord/?id=CVE-2024-35993
Test-Log: tests/data/signatures/hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug.log
Test-Log: tests/data/signatures/occurrences/hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug.2.log
Test-Log: tests/data/signatures/occurrences/hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug.3.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug.uffd-move-huge-zero-page-anon-exclusive.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-folio-test-hugetlb-unrefd-tail-page-flags-bug.next-uptodate-folio-locked-before-ref-6.12.log
Description:
 After hugetlb folios were marked by a flag in the second page instead of
 a compound destructor, PageHuge()/folio_test_hugetlb() read page[1].flags
 through folio_flags(), which asserts the folio is not a tail page.  Some
 callers test pages they hold no reference on (compaction's migrate
 scanner, memory-failure, /proc/kpageflags); a concurrent split of a large
 folio turns the page into a tail page under them, so with CONFIG_DEBUG_VM
 the VM_BUG_ON in folio_flags() fires (and without it a split folio can be
 taken for a hugetlb one).  The fix turns the hugetlb marker into a page
 type in the head page, which is safe to read without a reference.
