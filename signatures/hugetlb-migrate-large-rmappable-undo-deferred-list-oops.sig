# Facts: the fix's subject, text and Fixes: tags from its mm-commits mail
# "[merged mm-hotfixes-stable] mm-hugetlb-fix-kernel-null-pointer-dereference-
# when-migrating-hugetlb-folio.patch removed from -mm tree" (Andrew Morton,
# July 2024), which also carries the Test-Log; the commit id 1390a3334a48 as
# its author Miaohe Lin cites it ("Please see commit 1390a3334a48 (...)",
# <5d817637-00b3-dd0a-4d3c-cf550fcff440@huawei.com>, 2024-09-19); the two
# introducing commits from the fix's Fixes: tags.  No CNA row and no release
# read: no Fixed-In.
# The Test-Logs are that fix's own log (soft offline, 6.10-rc6) and syzbot's
# report <0000000000002b7de9061cea92b7@google.com> (mbind, linux-next), which
# Hugh Dickins closed with "#syz fix:" on this fix
# <e6ff0084-82e8-3d73-2db1-8b07f60cb6a9@google.com>.
Id: hugetlb-migrate-large-rmappable-undo-deferred-list-oops
Version: 2
Title: Oops in __folio_undo_large_rmappable() migrating a hugetlb folio: hugetlb folios allocated from buddy carried the large_rmappable flag, so migration unqueued a deferred-split list they never had
Arch: any (seen on x86_64)
Platform: migrating a hugetlb folio (soft offline, mbind, ...) on kernels where folio migration unqueues large folios from the deferred split list
Evidence: console
# The deferred-split unqueue ...
Require: function /^(__folio_undo_large_rmappable|folio_undo_large_rmappable)$/
# ... called by the migration of the folio's mapping.
Require: frame /^(__folio_migrate_mapping|folio_migrate_mapping|__migrate_folio|migrate_folio|move_to_new_folio)$/
Support: frame /^(migrate_pages|soft_offline_page)$/
# Hugetlb migration (inlined away in builds without inline debug info).
Support: frame /^(unmap_and_move_huge_page|migrate_hugetlbs)$/
Variant: null-deref
# Without list debugging: a NULL write through the never-initialised
# _deferred_list of the folio, in the unqueue itself.
Require: line /BUG: kernel NULL pointer dereference|general protection fault|KASAN: null-ptr-deref/
Require: pc /^(__folio_undo_large_rmappable|folio_undo_large_rmappable)$/
Variant: list-debug
# With CONFIG_DEBUG_LIST: list_del_init() of that list head finds a NULL
# pointer; a THP's list head is always initialised, so a NULL next or prev
# is the hugetlb folio's.
Require: log /list_del corruption, \S+->(next|prev) is NULL/
Require: line /kernel BUG at lib\/list_debug\.c/
Introduced-By: f6a8dd98a2ce ("hugetlb: convert alloc_buddy_hugetlb_folio to use a folio")
Introduced-By: be9581ea8c05 ("mm: fix crashes from deferred split racing folio migration")
Fixed-By: 1390a3334a48 ("mm/hugetlb: fix kernel NULL pointer dereference when migrating hugetlb folio")
Link: https://lkml.kernel.org/r/20240709120433.4136700-1-linmiaohe@huawei.com
Link: https://lore.kernel.org/all/0000000000002b7de9061cea92b7@google.com/
Link: https://syzkaller.appspot.com/bug?extid=a2cc273ad0e5a4c15302
Test-Log: tests/data/signatures/hugetlb-migrate-large-rmappable-undo-deferred-list-oops.log
Test-Log: tests/data/signatures/occurrences/hugetlb-migrate-large-rmappable-undo-deferred-list-oops.2.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-migrate-large-rmappable-undo-deferred-list-oops.memcg-split-queue-numa-migrate.log
Description:
 Hugetlb folios allocated from the buddy allocator through the folio
 allocator got the large_rmappable flag, which only THPs should have, and
 so their deferred-split list head was never initialised.  Once folio
 migration started to unqueue large rmappable folios from the deferred
 split list while moving their mapping, migrating such a hugetlb folio
 (soft offline, mbind) wrote through the bogus list pointers.  The fix
 clears large_rmappable on hugetlb folios allocated from buddy.
