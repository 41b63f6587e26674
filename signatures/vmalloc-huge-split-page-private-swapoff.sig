# Facts: research/known-bugs.yaml id vmalloc-huge-split-page-private-swapoff (entry 41); known-bugs-corrections.yaml.
Id: vmalloc-huge-split-page-private-swapoff
Version: 3
Title: KASAN wild-memory-access (LIST_POISON 0xdead000000000100) in __do_sys_swapoff or swap_count_continued: stale page->private on pages split for huge vmalloc taken as swap count continuation
Arch: generic (x86_64 report)
Platform: huge vmalloc (split high-order pages) with swap
Evidence: frames-only
# The fix (ac1ea219590c): "swap_count_continued() incorrectly assumes the
# continuation list is valid and iterates over uninitialized page->lru
# containing LIST_POISON values, causing a crash": the fault on LIST_POISON1
# with or without KASAN, in swapoff's walk of the list or in
# swap_count_continued() itself.
Require: line /KASAN: maybe wild-memory-access in range \[0xdead000000000100-0xdead000000000107\]|general protection fault, probably for non-canonical address 0xdead000000000100\b/
Require: pc /^(__do_sys_swapoff|swap_count_continued)$/
Support: line /non-canonical address 0xdead000000000100/
Support: frame /^(swap_count_continued|__do_sys_swapoff|try_to_unuse)$/
Introduced-By: 3b8000ae185cb068adbda5f966a3835053c85fd4 ("mm/vmalloc: huge vmalloc backing pages should be split rather than compound")
Fixed-By: ac1ea219590c09572ed5992dc233bbf7bb70fef9 ("mm/page_alloc: clear page->private in free_pages_prepare()")
Fixed-In: v7.0
Fixed-In: stable 6.1.176
Fixed-In: stable 6.6.143
Fixed-In: stable 6.12.93
Fixed-In: stable 6.18.16
Fixed-In: stable 6.19.6
Link: https://git.kernel.org/stable/c/ac1ea219590c09572ed5992dc233bbf7bb70fef9
Link: https://cve.org/CVERecord/?id=CVE-2026-43303
Link: https://lkml.kernel.org/r/20260207173615.146159-1-mikhail.v.gavrilov@gmail.com
Test-Log: tests/data/signatures/synthetic/vmalloc-huge-split-page-private-swapoff.log
Test-Not: tests/data/signatures/lookalikes/vmalloc-huge-split-page-private-swapoff.linode-2.6.39-swap-count-continued-bug.log
Description:
 Pages that huge vmalloc obtained by splitting a high-order allocation could
 go back to the allocator with a leftover page->private value.  The swap code
 assumes a fresh page has page->private == 0 and uses it to mark swap count
 continuations, so a stale value made it walk an uninitialised list whose
 pointers still held LIST_POISON, and swapoff faulted on 0xdead000000000100.
 The fix clears page->private whenever a page is freed.
