# Facts: fix id and subject from Toshi Kani's follow-up fix ("Fixes:
# f4eafd8bcd52 ("x86/mm: Fix vmalloc_fault() to handle large pages
# properly")", tip tree, 2016) and the 4.1/4.2.y-ckt stable notices of the
# same commit on linux-mm (lfdr.de copies, index ids 28521737888,
# 45314891398); the Test-Log is the report in the fix's posting
# <1455236836-24579-1-git-send-email-toshi.kani@hpe.com> (reported by
# Henning Schild, per tests/data/signatures/EVIDENCE.tsv).  The first release
# with the fix was not established.
Id: x86-vmalloc-fault-huge-ioremap-walk
Version: 2
Title: x86_64 oops in vmalloc_fault(): a huge (PUD/PMD) ioremap mapping, e.g. of large pmem, walked as if it pointed to a page table
Arch: x86_64
Platform: huge I/O mappings (ioremap of persistent memory, >512 GB ranges)
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /(IP: \[<[0-9a-f]+>\] |RIP: \S+:)vmalloc_fault(\.[\w.]+)?\+/
Require: line /unable to handle kernel paging request/
# the paravirt lazy-MMU vmalloc_fault bug stops at the BUG_ON in fault.c instead
Reject: line /kernel BUG at arch\/x86\/mm\/fault\.c/
Support: frame /^(__do_page_fault|do_page_fault)$/
Support: frame /^(pmem_\w+|btt_\w+|nd_\w+)$/
Workaround: boot with nohugeiomap, which disables huge I/O mappings (unverified)
Fixed-By: f4eafd8bcd52 ("x86/mm: Fix vmalloc_fault() to handle large pages properly")
Link: https://lore.kernel.org/r/1455236836-24579-1-git-send-email-toshi.kani@hpe.com
Link: https://lkml.org/lkml/2018/3/8/1281
Test-Log: tests/data/signatures/lookalikes/x86-vmalloc-fault-lazy-mmu-paravirt.ioremap-large-page.log
Test-Log: tests/data/signatures/occurrences/x86-vmalloc-fault-huge-ioremap-walk.2.log
Test-Not: tests/data/signatures/lookalikes/x86-vmalloc-fault-huge-ioremap-walk.i686-4.15-nvidia340-vmalloc-fault-bug.log
Description:
 Once ioremap() could map I/O memory with PUD and PMD leaf entries,
 vmalloc_fault(), which copies a missing kernel mapping from the reference
 page table, still assumed every upper-level entry pointed to a lower
 table.  A fault on a huge ioremap range (persistent memory above 512 GB)
 made it follow a leaf entry's physical address as a page table and oops.
 The fix stops the walk at large entries.  A later fix made the check
 work without CONFIG_HUGETLBFS.
