# Facts: CVE-2024-56612 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement for CVE-2024-56612 (kernel-security-vulns cve/published/2024/CVE-2024-56612.mbox), which quotes the fix's commit message.
Id: gup-longterm-unpin-null-pages-entry
Version: 3
Title: GUP longterm pin: NULL pointer dereference in unpin_user_pages (sanity_check_pinned_pages) on a NULL entry of the pages array while migrating movable pages
Arch: x86_64 (generic)
Platform: FOLL_LONGTERM pins of pages in ZONE_MOVABLE / CMA (e.g. movablecore=, gup_longterm selftest)
Evidence: console
# the NULL page's compound_head read (offset 8) in sanity_check_pinned_pages
# (DEBUG_VM) or in page_folio() in unpin_user_pages(), both of which the fix
# guards; a KASAN build prints the same NULL read as a general protection
# fault with "KASAN: null-ptr-deref in range", not "NULL pointer dereference"
Require: line /NULL pointer dereference|KASAN: null-ptr-deref in range/
Support: frame /^unpin_user_pages$/
Support: guilty /^(sanity_check_pinned_pages|unpin_user_pages|gup_put_folio)$/
Support: frame /^__gup_longterm_locked$/
Support: frame /^(pin_user_pages|pin_user_pages_fast|pin_user_pages_remote|gup_test_ioctl)$/
Variant: migrate-frame
Require: frame /^check_and_migrate_movable_pages_or_folios$/
# check_and_migrate_movable_pages_or_folios is static in mm/gup.c: a build may inline it
# into __gup_longterm_locked; there the unpin of the collected pages under it is the path
Variant: migrate-inlined
Require: frame /^__gup_longterm_locked$/
Require: frame /^unpin_user_pages$/
Introduced-By: 94efde1d15399f5c88e576923db9bcd422d217f2
Fixed-By: a1268be280d8e484ab3606d7476edd0f14bb9961 ("mm/gup: handle NULL pages in unpin_user_pages()")
Fixed-In: v6.13
Fixed-In: stable 6.12.5
Link: https://git.kernel.org/stable/c/a1268be280d8e484ab3606d7476edd0f14bb9961
Link: https://cve.org/CVERecord/?id=CVE-2024-56612
Test-Log: tests/data/signatures/gup-longterm-unpin-null-pages-entry.log
Test-Not: tests/data/signatures/lookalikes/gup-longterm-unpin-null-pages-entry.syzbot-rds-unpin-dirty-lock.log
Test-Not: tests/data/signatures/lookalikes/gup-longterm-unpin-null-pages-entry.syzbot-5.13-try-grab-compound-head-gpf-io-uring-hugetlb.log
Description:
 When a longterm pin finds pages that must first be migrated out of a
 movable zone, it drops the pins it took and retries.  After GUP learned to
 handle arrays of either pages or folios, that release path assumed
 unpin_user_pages() skips NULL slots of the pages array, but only
 unpin_folios() did, so the release dereferenced a NULL page.  The fix
 makes unpin_user_pages() skip NULL entries.
