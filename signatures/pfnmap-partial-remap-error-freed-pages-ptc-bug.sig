# Facts: fix commit and subject from the 6.10-stable review of it
# (<20240916114230.971579306@linuxfoundation.org>: "commit 79a61cc3fc04...
# upstream", Reported-and-tested-by: Jann Horn); first fixed releases from
# research/cna-fixes.tsv (CVE-2024-47674: mainline 6.11, stable 5.15.168,
# 6.1.111, 6.6.52, 6.10.11).  The CNA record lists three introducing commits
# without saying which one is mainline's, so Introduced-By is left out.  The
# Test-Log is syzbot's report <000000000000ade4f305fc36868f@google.com>
# ("kernel BUG in __page_table_check_zero", extid 7a9bbb158a7a1071eb27), which
# Linus Torvalds closed with "#syz fix: mm: avoid leaving partial pfn mappings
# around in error case" (<CAHk-=wj0HM6Cj24+2mQBU-LmhR2-GBmtA=y80DhKwETsKxnrAQ@mail.gmail.com>).
Id: pfnmap-partial-remap-error-freed-pages-ptc-bug
Version: 2
Title: kernel BUG in __page_table_check_zero: a driver's mmap error path frees pages still mapped by a partial remap_pfn_range()
Arch: any (seen on x86_64)
Platform: CONFIG_PAGE_TABLE_CHECK; drivers that remap_pfn_range() their own pages in ->mmap (usbfs seen)
Evidence: console
# page_table_check finds a page freed while user page tables still map it.
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: guilty /^__page_table_check_zero$/
# ... freed from inside the ->mmap call itself (call_mmap, mmap_file from
# 6.12): the driver's error handling after remap_pfn_range() failed partway,
# before mmap_region() unmapped the partial range.  The usbfs report "(2)"
# frees from mmap_region() through the VMA's close hook after ->mmap
# returned, a later bug in mmap_region()'s error path, and has no such frame.
Require: frame /^(call_mmap|mmap_file)$/
Support: frame /^(usbdev_mmap|dec_usb_memory_use_count)$/
Support: frame /^(page_table_check_free|free_pages_prepare)$/
Fixed-By: 79a61cc3fc0466ad2b7b89618a6157785f0293b3 ("mm: avoid leaving partial pfn mappings around in error case")
Fixed-In: v6.11
Fixed-In: stable 5.15.168
Fixed-In: stable 6.1.111
Fixed-In: stable 6.6.52
Fixed-In: stable 6.10.11
Link: https://git.kernel.org/stable/c/79a61cc3fc0466ad2b7b89618a6157785f0293b3
Link: https://syzkaller.appspot.com/bug?extid=7a9bbb158a7a1071eb27
Link: https://cve.org/CVERecord/?id=CVE-2024-47674
Test-Log: tests/data/signatures/pfnmap-partial-remap-error-freed-pages-ptc-bug.log
Test-Log: tests/data/signatures/occurrences/pfnmap-partial-remap-error-freed-pages-ptc-bug.2.log
Test-Not: tests/data/signatures/lookalikes/gup-foll-split-pmd-hugetlb-ptc-bug.syzbot-usbfs-page-table-check-zero.log
Description:
 A PFN mapping carries no reference on the pages it maps.  When
 remap_pfn_range() failed partway in a driver's mmap handler, the entries
 it had already installed stayed in the page tables until mmap_region()
 cleaned up after the handler returned; a driver that freed its backing
 pages in its own error path (usbfs does) freed them while they were still
 mapped, and page_table_check caught it (without it, a window of dangling
 user mappings of freed memory).  The fix makes remap_pfn_range() tear down
 a partial mapping before it returns the error.
