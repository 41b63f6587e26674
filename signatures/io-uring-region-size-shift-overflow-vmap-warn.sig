# Facts: research/cna-fixes.tsv CVE-2025-39793 (fix, introducing commit,
# mainline and stable releases); the fix's message as carried by the 6.15
# stable review mail <20250818124458.468092545@linuxfoundation.org> ("commit
# 33503c083fda upstream", Reported-by syzbot+23727438116feb13df15, Link: the
# report <6895b298.050a0220.7f033.0059.GAE@google.com>).
Id: io-uring-region-size-shift-overflow-vmap-warn
Version: 3
Title: io_uring memory region size computed in 32 bits wraps, vmap() of the region's pages WARNs in vmap_pages_pte_range()
Arch: generic (seen on x86_64)
Platform: io_uring registered memory regions (IORING_REGISTER_MEM_REGION, ring setup)
Evidence: console
# The WARN is vmalloc's sanity check while filling the PTEs of the vmap()
# area; with the PTE loop inlined the site is printed under the caller's name.
Require: line /at mm\/vmalloc\.c:\d+ (vmap_pages_pte_range|vmap_small_pages_range_noflush|__vmap_pages_range_noflush)\b/
# The path the fix names: the region's pages are mapped by io_region_init_ptr().
# io_region_init_ptr is static in io_uring/memmap.c: a build may inline it into io_create_region
Require: frame /^(io_region_init_ptr|io_create_region)$/
Support: frame /^io_create_region$/
Support: frame /^vmap$/
# Only a region of 4 GiB or more wraps the 32-bit size (the Description): the
# SQ/CQ rings io_uring_setup() allocates are bounded by the entry limits to a
# few MiB, so the same WARN from the ring allocation is another bug (syzbot's
# next-20250905 report, which Jens Axboe put down to that release's mm).
Reject: frame /^(io_allocate_scq_urings|io_uring_create)$/
Introduced-By: 087f997870a948820ec366701d178f402c6a23a3 ("io_uring/memmap: implement mmap for regions")
Fixed-By: 33503c083fda048c77903460ac0429e1e2c0e341 ("io_uring/memmap: cast nr_pages to size_t before shifting")
Fixed-In: v6.17
Fixed-In: stable 6.15.11
Fixed-In: stable 6.16.2
Link: https://git.kernel.org/stable/c/33503c083fda048c77903460ac0429e1e2c0e341
Link: https://lore.kernel.org/all/6895b298.050a0220.7f033.0059.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=23727438116feb13df15
Link: https://syzkaller.appspot.com/bug?extid=7f04e5b3fea8b6c33d39
Link: https://cve.org/CVERecord/?id=CVE-2025-39793
Test-Log: tests/data/signatures/io-uring-region-size-shift-overflow-vmap-warn.log
Test-Log: tests/data/signatures/occurrences/io-uring-region-size-shift-overflow-vmap-warn.2.log
Test-Not: tests/data/signatures/lookalikes/io-uring-region-size-shift-overflow-vmap-warn.syzbot-xdp-umem-vmap.log
Test-Not: tests/data/signatures/lookalikes/io-uring-region-size-shift-overflow-vmap-warn.syzbot-bpf-map-vmalloc.log
Test-Not: tests/data/signatures/lookalikes/io-uring-region-size-shift-overflow-vmap-warn.syzbot-next-20250905-mm-setup.log
Description:
 io_region_allocate_pages() computed the region's byte size as
 nr_pages << PAGE_SHIFT in 32-bit arithmetic, so a region of 4 GiB or more
 (reachable by root, whose locked memory is not accounted) got a wrapped
 size.  The backing allocation and the page array then disagreed with
 nr_pages, and vmap() of the region in io_region_init_ptr() hit vmalloc's
 sanity WARN while filling the PTEs.  The fix widens the size to size_t
 before shifting.
