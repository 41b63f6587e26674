# Facts: fix commit id and subject from syzbot's fix bisection
# <68e73bee.050a0220.256323.0174.GAE@google.com> ("syzbot suspects this
# issue was fixed by commit cf1b80dc31a1...", bisected on the upstream tree);
# the introducing commit and the WARN's condition from Lorenzo Stoakes's
# analysis of the report (the anon-exclusive state is taken from the wrong
# pages since cac1db8c3aad; "This is fixed by" Dev Jain's patch
# <20250806145611.3962-1-dev.jain@arm.com>).  No CVE row and no release
# read, so no Fixed-In.  The Test-Log is the syzbot report
# <6897b156.050a0220.51d73.0082.GAE@google.com>.
Id: mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn
Version: 3
Title: WARNING in try_to_migrate_one(): a writable PTE maps a non-exclusive anon page because batched mprotect() read PageAnonExclusive from the folio's first page instead of the mapped pages
Arch: any (seen on x86_64)
Platform: mprotect() over part of a large anon folio (PTE batching), then migration or split of the folio
Evidence: console
# On a kernel with the mprotect() PTE batching (after 6.16); the same
# headlines on older kernels are other bugs.
Reject: release /^([0-5]\.|6\.([0-9]|1[0-5])(\.|-|$))/
Variant: migrate-anon-exclusive-warn
# The anon-exclusive sanity WARN in mm/rmap.c's try_to_migrate_one() ...
Require: line /WARNING: .* at mm\/rmap\.c:\d+ try_to_migrate_one/
Require: function /^try_to_migrate_one$/
Support: frame /^(try_to_migrate|rmap_walk_anon|unmap_folio)$/
Variant: gup-pin-anon-exclusive-warn
# ... or GUP's own check when pinning (FOLL_PIN) the page the wrongly
# writable PTE maps: syzbot 57bcc752f0df8bb1365c, which the fix as posted
# names in Reported-by (<20250806145611.3962-1-dev.jain@arm.com>).
Require: line /WARNING: .* at mm\/gup\.c:\d+ follow_page_pte/
Require: function /^follow_page_pte$/
Require: frame /^(pin_user_pages\w*|__gup_longterm_locked)$/
Support: frame /^(__get_user_pages|follow_page_mask)$/
Variant: ptc-set-mprotect-batch
# ... or, with CONFIG_PAGE_TABLE_CHECK, the check when the batched mprotect()
# itself writes the PTEs: page_table_check_set() BUGs on making writable an
# anon page that is mapped elsewhere (syzbot 49a796ed2c9709652f1e on arm64,
# whose reproducer no longer triggered on cf1b80dc31a1 in syzbot's test
# <68a80cc6.050a0220.3809a8.0002.GAE@google.com>).
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: function /^page_table_check_set$/
Require: frame /^(change_protection|change_pte_range|mprotect_fixup)$/
Support: frame /^(commit_anon_folio_batch|set_write_prot_commit_flush_ptes|prot_commit_flush_ptes|modify_prot_commit_ptes)$/
# The same BUG when an aborted lazyfree unmap restores a PTE batch writable
# is rmap-lazyfree-pte-batch-writable-restore.
Reject: frame /^try_to_unmap_one$/
Introduced-By: cac1db8c3aad ("mm: optimize mprotect() by PTE batching")
Fixed-By: cf1b80dc31a1137b8b4568c138b453bf7453204a ("mm: pass page directly instead of using folio_page")
Link: https://lore.kernel.org/all/20250806145611.3962-1-dev.jain@arm.com/
Link: https://lore.kernel.org/linux-mm/6897b156.050a0220.51d73.0082.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=63859a31071a369082b1
Link: https://syzkaller.appspot.com/bug?extid=57bcc752f0df8bb1365c
Link: https://syzkaller.appspot.com/bug?extid=49a796ed2c9709652f1e
Test-Log: tests/data/signatures/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.log
Test-Log: tests/data/signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.2.log
Test-Log: tests/data/signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.3.log
Test-Log: tests/data/signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.4.log
Test-Log: tests/data/signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.5.log
Test-Log: tests/data/signatures/occurrences/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.6.log
Test-Not: tests/data/signatures/lookalikes/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.uffd-wp-writable-pte-mbind-6.8.log
Test-Not: tests/data/signatures/lookalikes/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.syzbot-6.5-rc3-uffd-wp-kcompactd.log
Test-Not: tests/data/signatures/lookalikes/mprotect-pte-batch-anon-exclusive-wrong-page-migrate-warn.syzbot-patch-test-boot-fault-around-ptc-set-6.5.log
Description:
 mprotect() learnt to change protections of a large folio's PTEs in
 batches.  When it decides whether a batch of anonymous PTEs may be made
 writable it checks PageAnonExclusive, but it looked at pages counted from
 the folio's first page rather than the pages the range actually maps, so
 when the range did not start at the folio's head the wrong pages were
 tested.  A PTE could then become writable over a page that is not
 exclusive to this process, which migration later finds and warns about
 in try_to_migrate_one(), or GUP finds when it pins the page
 (follow_page_pte()).  The fix passes the mapped page itself.
