# Facts: research/known-bugs.yaml id arm64-mte-tagged-set-on-swap-ptes (entry 157).
Id: arm64-mte-tagged-set-on-swap-ptes
Version: 4
Title: arm64 KASAN HW-tags invalid-access in copy_page: PG_mte_tagged set on pages behind swap/migration PTEs
Arch: arm64
Platform: MTE, CONFIG_KASAN_HW_TAGS, KVM guests with MTE
Evidence: console
Support: line /Pointer tag: \[[0-9a-f]+\], memory tag: \[[0-9a-f]+\]/
Variant: copy-page
Require: line /KASAN: invalid-access in copy_page/
# the tag check fails while a page copy also copies the (KASAN-owned) MTE tags:
# CoW (copy_user_highpage from wp_page_copy) or migration (folio_copy)
Support: frame /^(copy_user_highpage|copy_highpage|folio_copy|migrate_folio|wp_page_copy)$/
Support: line /arch\/arm64\/lib\/copy_page\.S/
# Added after the held-out test on James Morse's reproduction of the syzbot
# report (QEMU guest with swap, 6.0.0, in the report's thread): the same
# wrongly set PG_mte_tagged (PG_arch_2) shows on a regular file's page-cache
# page, which no PROT_MTE mapping can tag, and the tag check fails when
# read() copies that page to user space (Catalin Marinas, answering it: "even
# without MTE in user-space, we still get PG_mte_tagged (arch_2) set").
Variant: file-page-tagged
Require: line /KASAN: invalid-access in /
Require: log /(^|\bflags: )0x[0-9a-f]+\(.*\|arch_2\|.*kasantag=/
Require: log /\baops:(?!shmem)\w+/
Support: frame /^(filemap_read|copy_page_to_iter|_copy_to_iter|__arch_copy_to_user)$/
Introduced-By: 69e3b846d8a753f9f279f29531ca56b0f7563ad0 ("arm64: mte: Sync tags for pages where PTE is untagged")
Fixed-By: a8e5e5146ad08d794c58252bab00b261045ef16d ("arm64: mte: Avoid setting PG_mte_tagged if no tags cleared or restored")
Fixed-In: v6.1
Fixed-In: stable 5.15.82
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/a8e5e5146ad08d794c58252bab00b261045ef16d
Link: https://cve.org/CVERecord/?id=CVE-2022-50675
Test-Log: tests/data/signatures/arm64-mte-tagged-set-on-swap-ptes.log
Test-Log: tests/data/signatures/occurrences/arm64-mte-tagged-set-on-swap-ptes.2.log
Test-Log: tests/data/signatures/occurrences/arm64-mte-tagged-set-on-swap-ptes.3.log
Test-Not: tests/data/signatures/lookalikes/arm64-mte-tagged-set-on-swap-ptes.shmem-swap-readahead-skip-kasan-swap-writepage.log
Description:
 Because mte_sync_tags() also runs for untagged PTEs, a page reached through a
 swap-like PTE got PG_mte_tagged set even when no tags were cleared or
 restored.  A later copy (migration) then copied KASAN's tags into the
 destination page and the tag check failed in copy_page; the flag also
 turned up on regular files' page-cache pages, whose tag check then failed
 on read().  The fix sets the
 flag only where tags are actually initialised.
