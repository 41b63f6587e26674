# Facts: the fix's message and trailers from its 6.16-stable review mail
# <20250818124526.450521884@linuxfoundation.org> ("commit
# aba6faec0103ed8f169be8dce2ead41fcb689446 upstream"; Fixes: adef440691ba
# "userfaultfd: UFFDIO_MOVE uABI"; Reported-by: syzbot+b446dbe27035ef6bd6c2,
# Closes: the report below).  Fixed-In from the Linux CNA record of
# CVE-2025-38686 (research/cna-fixes.tsv: mainline 6.17, stable 6.12.43,
# 6.15.11, 6.16.2).
# The Test-Log is syzbot's report <68794b5c.a70a0220.693ce.0050.GAE@google.com>
# ("[syzbot] [mm?] BUG: unable to handle kernel paging request in move_pages",
# linux-next next-20250716, GCE), the one the fix's Closes: names.
Id: uffd-move-thp-migration-pmd-entry-pmd-folio-oops
Version: 1
Title: Oops in move_pages() (UFFDIO_MOVE): a source PMD holding a THP migration entry was read as a huge page, pmd_folio() of the swap entry pointed into unmapped vmemmap
Arch: x86_64 (generic)
Platform: userfaultfd UFFDIO_MOVE on anonymous memory with THP, racing THP migration (compaction, NUMA balancing, move_pages/mbind)
Evidence: console
# The fault itself: reading the struct page / folio that pmd_folio() made up
# from a non-present PMD (a bad vmemmap address, or a non-canonical one).
Require: line /(BUG: unable to handle (page fault for address|kernel paging request at)|general protection fault)/
# ... in the UFFDIO_MOVE worker of mm/userfaultfd.c, the function the fix
# changes (the check on the source PMD before it decides to split it); the
# folio accessors it inlines (_compound_head, PageAnonExclusive,
# is_huge_zero_folio) are named first on syzbot's RIP line, move_pages
# after them.
Require: pc /^move_pages$/
# The UFFDIO_MOVE ioctl path (the move_pages syscall has no such frames).
Require: frame /^(userfaultfd_move|userfaultfd_ioctl)$/
# A fault in the PTE-level move (move_pages_pte() and its helpers, inlined
# into move_pages() and named before it on syzbot's RIP lines) is another
# bug: the fix only adds the present check on the source PMD in
# move_pages() itself.
Reject: pc /^(move_pages_pte|move_present_pte|move_swap_pte|move_zeropage_pte|move_pages_huge_pmd)$/
Support: access /^read$/
Support: line /RIP: .*(_compound_head|PageAnonExclusive|folio_test_anon|is_huge_zero_folio|pmd_folio|page_folio)\b/
Introduced-By: adef440691bab824e39c1b17382322d195e1fab0 ("userfaultfd: UFFDIO_MOVE uABI")
Fixed-By: aba6faec0103ed8f169be8dce2ead41fcb689446 ("userfaultfd: fix a crash in UFFDIO_MOVE when PMD is a migration entry")
Fixed-In: v6.17
Fixed-In: stable 6.12.43
Fixed-In: stable 6.15.11
Fixed-In: stable 6.16.2
Link: https://lore.kernel.org/all/68794b5c.a70a0220.693ce.0050.GAE@google.com/
Link: https://lore.kernel.org/r/20250806220022.926763-1-surenb@google.com
Link: https://cve.org/CVERecord/?id=CVE-2025-38686
Test-Log: tests/data/signatures/uffd-move-thp-migration-pmd-entry-pmd-folio-oops.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-thp-migration-pmd-entry-pmd-folio-oops.per-vma-lock-mmap-assert-locked-bug.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-thp-migration-pmd-entry-pmd-folio-oops.pt-reclaim-move-pages-pte-sanity-warn.log
Description:
 UFFDIO_MOVE moves whole PMDs when it can; when the move would split the
 source huge PMD, or the destination PMD is populated, move_pages() first
 looked at the source folio (pmd_folio()) to refuse non-exclusive ones.  It
 did so for any non-none PMD, including a THP migration entry, which is a
 swap entry: the "folio" it computed pointed at no struct page, and reading
 it faulted (in syzbot's report a read of an unmapped vmemmap address in the
 inlined _compound_head).  The fix checks pmd_present() first and leaves
 migration entries to split_huge_pmd().
