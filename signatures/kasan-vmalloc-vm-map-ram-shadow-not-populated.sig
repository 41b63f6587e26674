# Facts: the fix's id and subject as later commits cite it ("Fixes:
# d98c9e83b5e7c (\"kasan: fix crashes on access to memory mapped by
# vm_map_ram()\")", lfdr.de copies) and as Daniel Axtens names it closing the
# syzbot report (#syz fix, <87blpfr8fa.fsf@dja-thinkpad.axtens.net>); the
# patch <20191204204534.32202-1-aryabinin@virtuozzo.com> names the commit it
# fixes by subject only.  No CVE record.
Id: kasan-vmalloc-vm-map-ram-shadow-not-populated
Version: 3
Title: KASAN_VMALLOC: no shadow mapped for vm_map_ram() areas, KASAN check faults on the unmapped vmalloc shadow
Arch: x86_64
Platform: CONFIG_KASAN_VMALLOC kernels, users of vm_map_ram() (ion, XFS buffers, ...)
Evidence: console
# The fault is on the shadow of the vmalloc area (x86-64 4-level layout:
# shadow of 0xffffc90000000000 is 0xfffff52000000000), which nothing mapped.
Require: line /unable to handle page fault for address: fffff52[0-9a-f]{9}\b/
Require: arch /^x86_64$/
Support: frame /^memset$/
# ... taken by the generic (outline) KASAN check reading that shadow.
Variant: kasan-check
Require: function /^(memory_is_nonzero|memory_is_poisoned(_n|_1|_2_4_8|_16)?|check_memory_region(_inline)?|kasan_check_range)$/
# ... or by an inline KASAN check in code reading an XFS buffer, which XFS
# maps with vm_map_ram() (Andrey Ryabinin on Dmitry Vyukov's xfs_sb_read_verify
# crash, <56cf8aab-c61b-156c-f681-d2354aed22bb@virtuozzo.com>: "Very likely
# the same as with ion", the vm_map_ram() case; occurrence .3; and syzbot's
# xfs_sb_quiet_read_verify crash on 5.5-rc2, which Daniel Axtens closes with
# this fix in <87zhfmssp4.fsf@dja-thinkpad.axtens.net>, occurrence .4; and
# syzbot's own xfs_sb_read_verify report on next-20191129, extid
# 6be2cbddaad2e32b47a0, closed the same way in
# <87eeubr8fp.fsf@dja-thinkpad.axtens.net>, occurrence .5).  Occurrence .6 is
# Dmitry Vyukov's own ion crash on next-20191129, which Andrey Ryabinin
# answers "Nope, it's vm_map_ram() not being handled"
# (<2297c356-0863-69ce-85b6-8608081295ed@virtuozzo.com>).
Variant: inline-check-xfs-buffer
Require: frame /^(xfs_buf_ioend|__xfs_buf_submit|xfs_buf_submit|xfs_buf_read_uncached|xfs_buf_read_map)$/
# Subject from the fix's Fixes: tag; the hash is the one research/cna-fixes.tsv
# gives as introducing CVE-2025-38029 (kasan_populate_vmalloc), not seen
# next to this subject in a source.
# Introduced-By: later kasan fixes carry "Fixes: 3c5c3cfb9ef4 (\"kasan:
# support backing vmalloc space with real shadow memory\")", the commit
# that added the vmalloc shadow this fix populates (only that prefix is
# seen in a source, so only it is given).
Introduced-By: 3c5c3cfb9ef4 ("kasan: support backing vmalloc space with real shadow memory")
Fixed-By: d98c9e83b5e7c ("kasan: fix crashes on access to memory mapped by vm_map_ram()")
# KASAN_VMALLOC and this fix both came during the v5.5 cycle (reports on the
# v5.5 merge window, fix posted 5 Dec 2019); Linus's "Linux 5.5-rc3"
# announcement <CAHk-=wiGKfWeUv294FD6bs4cw0m=nO_LdZkLz-vkp-2zwBzLcA@mail.gmail.com>
# lists "kasan: fix crashes on access to memory mapped by vm_map_ram()".
Fixed-In: v5.5
Link: https://lore.kernel.org/r/20191205095942.1761-1-aryabinin@virtuozzo.com
Link: https://syzkaller.appspot.com/bug?extid=be6ccf3081ce8afd1b56
Link: https://syzkaller.appspot.com/bug?extid=6be2cbddaad2e32b47a0
Test-Log: tests/data/signatures/kasan-vmalloc-vm-map-ram-shadow-not-populated.log
Test-Log: tests/data/signatures/occurrences/kasan-vmalloc-vm-map-ram-shadow-not-populated.2.log
Test-Log: tests/data/signatures/occurrences/kasan-vmalloc-vm-map-ram-shadow-not-populated.3.log
Test-Log: tests/data/signatures/occurrences/kasan-vmalloc-vm-map-ram-shadow-not-populated.4.log
Test-Log: tests/data/signatures/occurrences/kasan-vmalloc-vm-map-ram-shadow-not-populated.5.log
Test-Log: tests/data/signatures/occurrences/kasan-vmalloc-vm-map-ram-shadow-not-populated.6.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-vm-map-ram-shadow-not-populated.erofs-clusterofs-invalid-6.3.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-vm-map-ram-shadow-not-populated.syzbot-drm-fb-helper-dirty-5.7.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-vm-map-ram-shadow-not-populated.fbdev-sys-imageblit-5.16.log
Description:
 KASAN_VMALLOC backed the shadow of vmalloc space with real memory only for
 areas set up through __get_vm_area_node(); vm_map_ram() takes its areas
 from the vmap block allocator, whose shadow was never populated.  The first
 KASAN-checked access to such a mapping (a memset of an ion buffer here)
 reads the shadow page and faults.  The fix populates and unpoisons the
 shadow in alloc_vmap_area() and vm_map_ram() and poisons it again in
 vm_unmap_ram().
