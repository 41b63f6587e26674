# Facts: the mainline id, subject and trailers (Fixes: 457f44363a88,
# Reported-by: syzbot+5ad567a418794b9b5983, Link: the v2 patch
# 20220202060158.6260-1-houtao1@huawei.com) from the 5.15-stable review
# <20220207103805.316988910@linuxfoundation.org> ("commit b293dcc473d2...
# upstream"); first fixed releases and the introducing commit from
# research/cna-fixes.tsv (CVE-2022-48714: mainline 5.17, stable 5.10.99,
# 5.15.22 and 5.16.8, introduced by 457f44363a88).  Why KASAN complains
# (only once "kasan, vmalloc: unpoison VM_ALLOC pages after mapping",
# 2fd3fb0be1d1, is in the tree, then in linux-next) from the fix's message.
# The Test-Logs are syzbot's report <0000000000000a9b7d05d6ee565f@google.com>
# (next-20220131) and its reproducer crash in the same thread
# <000000000000b559f905d707ea15@google.com> (next-20220202).
Id: bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob
Version: 1
Title: KASAN vmalloc-out-of-bounds write in ringbuf_map_alloc(): the BPF ring buffer was vmap()ed with VM_ALLOC, so KASAN kept the area poisoned and flagged the first write to it
Arch: any (seen on x86_64)
Platform: CONFIG_KASAN (vmalloc shadow) with "kasan, vmalloc: unpoison VM_ALLOC pages after mapping"; BPF_MAP_TYPE_RINGBUF creation
Evidence: console
# KASAN's vmalloc shadow says the ring buffer's own freshly mapped area is
# out of bounds ...
Require: line /BUG: KASAN: vmalloc-out-of-bounds (Write )?in (bpf_ringbuf_area_alloc|bpf_ringbuf_alloc|ringbuf_map_alloc)\b/
# ... when the map is created: the area is written right after vmap()
# (the helpers are often inlined into ringbuf_map_alloc).
Require: frame /^(bpf_ringbuf_area_alloc|bpf_ringbuf_alloc|ringbuf_map_alloc)$/
Support: frame /^(map_create|find_and_alloc_map|__sys_bpf)$/
Support: access /^write$/
Introduced-By: 457f44363a8894135c85b7a9afd2bd8196db24ab ("bpf: Implement BPF ring buffer and verifier support for it")
Fixed-By: b293dcc473d22a62dc6d78de2b15e4f49515db56 ("bpf: Use VM_MAP instead of VM_ALLOC for ringbuf")
Fixed-In: v5.17
Fixed-In: stable 5.10.99
Fixed-In: stable 5.15.22
Fixed-In: stable 5.16.8
Link: https://lore.kernel.org/all/0000000000000a9b7d05d6ee565f@google.com/
Link: https://syzkaller.appspot.com/bug?extid=5ad567a418794b9b5983
Link: https://lore.kernel.org/bpf/20220202060158.6260-1-houtao1@huawei.com
Link: https://cve.org/CVERecord/?id=CVE-2022-48714
Test-Log: tests/data/signatures/bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob.log
Test-Log: tests/data/signatures/occurrences/bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob.2.log
Test-Not: tests/data/signatures/lookalikes/bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob.syzbot-kmemleak-ringbuf-area-alloc-false-positive.log
Test-Not: tests/data/signatures/lookalikes/bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob.syzbot-ubsan-do-shrink-slab-from-ringbuf-alloc.log
Test-Not: tests/data/signatures/lookalikes/bpf-ringbuf-vmap-vm-alloc-kasan-vmalloc-oob.syzbot-btrfs-wait-subpage-spinlock-uaf-reclaim-from-ringbuf-alloc.log
Description:
 The BPF ring buffer maps its data pages twice, back to back, into one
 virtually contiguous area with vmap(), and passed VM_ALLOC as the area
 flag.  Once KASAN's vmalloc support was changed to unpoison VM_ALLOC areas
 only after vmalloc() itself has mapped them, while unpoisoning other
 areas when they are reserved, a vmap() area tagged VM_ALLOC stayed
 poisoned: the ring buffer's first write to its header after vmap()
 returned was reported as a vmalloc-out-of-bounds access.  The fix tags
 the area VM_MAP, as for any vmap() of pages allocated separately.
