# Facts: research/known-bugs.yaml id rmap-lazyfree-pte-batch-writable-restore (entry 137).
Id: rmap-lazyfree-pte-batch-writable-restore
Version: 4
Title: page_table_check BUG in try_to_unmap_one: aborted unmap of a lazyfree large folio restores the whole PTE batch writable
Arch: arm64 (generic)
Platform: mTHP anon folios, MADV_FREE, CONFIG_PAGE_TABLE_CHECK
Evidence: console
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: frame /^try_to_unmap_one/
# The same page_table_check BUG from mprotect()'s batched PTE commit (contpte
# on arm64 too) is mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.
Reject: frame /^(change_protection|mprotect_fixup)$/
# The fix's own reproduction (arm64, 64K mTHP): the restore goes through the
# contpte helper.
Variant: arm64-contpte
Require: frame /^contpte_set_ptes/
Support: frame /^__set_ptes_anysz/
# The fix is in generic mm/rmap.c (folio_unmap_pte_batch()), and the commit
# message describes the restore path in arch-neutral terms: the batch is
# restored with set_ptes(), which elsewhere (no contpte layer, e.g. x86 with
# mTHP) reaches the page_table_check set hook directly from
# try_to_unmap_one().  Inferred from the fix, not from a second log.
Variant: generic-set-ptes
Require: frame /^(__page_table_check_ptes_set|page_table_check_ptes_set)$/
Support: frame /^(try_to_unmap|rmap_walk_anon|shrink_folio_list)$/
Introduced-By: 354dffd29575cdf13154e8fb787322354aa9efc4
Fixed-By: 29f40594a28114b9a9bc87f6cf7bbee9609628f2 ("mm/rmap: fix incorrect pte restoration for lazyfree folios")
Fixed-In: v7.0
Fixed-In: stable 6.18.20
Fixed-In: stable 6.19.10
Link: https://git.kernel.org/stable/c/29f40594a28114b9a9bc87f6cf7bbee9609628f2
Link: https://cve.org/CVERecord/?id=CVE-2026-31398
Test-Log: tests/data/signatures/rmap-lazyfree-pte-batch-writable-restore.log
Test-Not: tests/data/signatures/lookalikes/rmap-lazyfree-pte-batch-writable-restore.usb-devio-ptc-zero.log
Description:
 folio_unmap_pte_batch() batched the PTEs of a lazyfree large folio without
 looking at the writable bit.  When the unmap had to be aborted and the PTEs
 restored, the whole batch was set writable, including PTEs shared read-only
 with a fork child, and page_table_check saw a writable anon page mapped in
 two processes.
