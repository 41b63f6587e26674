# Facts: the fix's subject, text and Fixes: tags from its mm-commits mail
# "[merged mm-hotfixes-stable] mm-hugetlb-fix-kernel-null-pointer-dereference-
# when-migrating-hugetlb-folio.patch removed from -mm tree" (Andrew Morton,
# July 2024), which also carries the Test-Log; the commit id 1390a3334a48 as
# its author Miaohe Lin cites it ("Please see commit 1390a3334a48 (...)",
# <5d817637-00b3-dd0a-4d3c-cf550fcff440@huawei.com>, 2024-09-19).  No CNA row
# and no release read: no Fixed-In.
Id: hugetlb-migrate-large-rmappable-undo-deferred-list-oops
Version: 1
Title: Oops in __folio_undo_large_rmappable() migrating a hugetlb folio: hugetlb folios allocated from buddy carried the large_rmappable flag, so migration unqueued a deferred-split list they never had
Arch: any (seen on x86_64)
Platform: migrating a hugetlb folio (soft offline, mbind, ...) on kernels where folio migration unqueues large folios from the deferred split list
Evidence: console
# A NULL write through the uninitialised _deferred_list of the folio ...
Require: line /BUG: kernel NULL pointer dereference|general protection fault|KASAN: null-ptr-deref/
# ... in the deferred-split unqueue ...
Require: pc /^(__folio_undo_large_rmappable|folio_undo_large_rmappable)$/
# ... called by the migration of the folio's mapping.
Require: frame /^(__folio_migrate_mapping|folio_migrate_mapping|__migrate_folio|migrate_folio|move_to_new_folio)$/
Support: frame /^(migrate_pages|soft_offline_page)$/
Fixed-By: 1390a3334a48 ("mm/hugetlb: fix kernel NULL pointer dereference when migrating hugetlb folio")
Link: https://lkml.kernel.org/r/20240709120433.4136700-1-linmiaohe@huawei.com
Test-Log: tests/data/signatures/hugetlb-migrate-large-rmappable-undo-deferred-list-oops.log
Description:
 Hugetlb folios allocated from the buddy allocator through the folio
 allocator got the large_rmappable flag, which only THPs should have, and
 so their deferred-split list head was never initialised.  Once folio
 migration started to unqueue large rmappable folios from the deferred
 split list while moving their mapping, migrating such a hugetlb folio
 (soft offline, mbind) wrote through the bogus list pointers.  The fix
 clears large_rmappable on hugetlb folios allocated from buddy.
