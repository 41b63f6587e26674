# Facts: the fix's id and subject from the mainline revlist mail of the
# hardening-v5.19-rc3 merge ("993d0b287e2ef7bee2e8b13b0ce4d2b5066f278e
# usercopy: Handle vm_map_ram() areas"); its Fixes: tag (0aef499f3172
# "mm/usercopy: Detect vmalloc overruns") from the patch mail
# <20220612213227.3881769-2-willy@infradead.org>, whose cover letter
# <20220612213227.3881769-1-willy@infradead.org> says it "fixes two different
# bugs that people have hit".  The introducing commit came with the
# kernel-hardening pull for v5.19-rc1 <202205231146.E8C6085@keescook>, the fix
# with the hardening-v5.19-rc3 merge: only kernels of that merge window and
# 5.19-rc1/rc2 can have it.  No CVE row, no release statement: no Fixed-In.
# The Test-Log is Zorro Lang's report, kernel bugzilla 216073 (as quoted by
# Andrew Morton <20220606151312.6a9d098c85ed060d36519600@linux-foundation.org>);
# the second is Yu Zhao's in the same bug (comment 14,
# <bug-216073-201763-Ec451ykR8q@https.bugzilla.kernel.org/>): arm64, iptables
# compat getsockopt; his usercopy lines, posted apart
# <CAOUHufan8+uombVMSSrKra-8Cu5pSJj80LVa6QrGbFzBmUQHxg@mail.gmail.com>, gave
# "detected from vmalloc (offset 2882303761517129920, size 11)", and he
# reported that Matthew Wilcox's patch fixed it ("Thanks, it worked!").
Id: usercopy-vmalloc-check-vm-map-ram-no-area-bug
Version: 2
Title: kernel BUG at mm/usercopy.c: hardened usercopy's new vmalloc check (5.19-rc1/rc2) looked up a vm_struct, found none for vm_map_ram() areas (XFS directory buffers) and aborted legitimate copies
Arch: any (seen on s390x)
Platform: CONFIG_HARDENED_USERCOPY kernels of the 5.19 merge window up to 5.19-rc2, copying to user from vm_map_ram() memory (XFS directory blocks, getdents)
Evidence: console
# The hardened-usercopy abort ...
Require: line /kernel BUG at mm\/usercopy\.c(:\d+)?/
# ... raised by the heap-object check (check_heap_object() may be inlined
# into __check_object_size()).
Require: frame /^(check_heap_object|__check_object_size)$/
# Only kernels carrying 0aef499f3172 without 993d0b287e2e: merge-window
# snapshots after 5.18 (5.18.0+, or a git-describe build N commits past
# v5.18 such as syzbot's 5.18.0-syzkaller-10139-g<id>) and 5.19-rc1/rc2.
Require: release /^5\.(18\.0(\+|(-[A-Za-z][\w.]*)?-\d+-g[0-9a-f]{7,})|19(\.0)?-rc[12](\D|$))/
# The report line names a vmalloc address; for a vm_map_ram() area there is
# no vm_struct, so it reads 'no area' (on a console that wraps at 80 columns
# the words may be split across lines).
Support: log /usercopy: Kernel memory exposure attempt detected from vmalloc/
Support: log /\bo area' \(offset \d+, size \d+\)!/
# The other bug the fix names: a vmalloc'd buffer reported with an
# impossible offset (Yu Zhao's arm64 report).
Support: log /detected from vmalloc \(offset\s+\d{12,}, size \d+\)/
# XFS reads its multi-block directory buffers through vm_map_ram().
Support: frame /^(xfs_dir2_leaf_getdents|xfs_dir2_block_getdents|xfs_readdir|filldir64)$/
# A usercopy abort on another kind of object (slab, stack, kernel text) is
# another bug.
Reject: log /usercopy: Kernel memory (exposure|overwrite) attempt detected (from|to) (?!vmalloc)/
Introduced-By: 0aef499f3172 ("mm/usercopy: Detect vmalloc overruns")
Fixed-By: 993d0b287e2ef7bee2e8b13b0ce4d2b5066f278e ("usercopy: Handle vm_map_ram() areas")
Link: https://bugzilla.kernel.org/show_bug.cgi?id=216073
Link: https://lore.kernel.org/all/20220606151312.6a9d098c85ed060d36519600@linux-foundation.org/
Link: https://lore.kernel.org/all/20220612213227.3881769-2-willy@infradead.org/
Link: https://lore.kernel.org/all/CAOUHufan8+uombVMSSrKra-8Cu5pSJj80LVa6QrGbFzBmUQHxg@mail.gmail.com/
Test-Log: tests/data/signatures/usercopy-vmalloc-check-vm-map-ram-no-area-bug.log
Test-Log: tests/data/signatures/occurrences/usercopy-vmalloc-check-vm-map-ram-no-area-bug.2.log
Test-Log: tests/data/signatures/occurrences/usercopy-vmalloc-check-vm-map-ram-no-area-bug.3.log
Test-Log: tests/data/signatures/occurrences/usercopy-vmalloc-check-vm-map-ram-no-area-bug.4.log
Test-Not: tests/data/signatures/lookalikes/usercopy-vmalloc-check-vm-map-ram-no-area-bug.zfs-6.2-aws-vmalloc-exposure.log
Test-Not: tests/data/signatures/lookalikes/usercopy-vmalloc-check-vm-map-ram-no-area-bug.mayastor-6.1-page-alloc-exposure.log
Test-Not: tests/data/signatures/lookalikes/usercopy-vmalloc-check-vm-map-ram-no-area-bug.idxd-evl-cache-slub-dsa0.log
Test-Not: tests/data/signatures/lookalikes/usercopy-vmalloc-check-vm-map-ram-no-area-bug.arm32-rseq-auxv-mm-struct-slub.log
Test-Not: tests/data/signatures/lookalikes/usercopy-vmalloc-check-vm-map-ram-no-area-bug.lkp-fhandle-counted-by-i386.log
Description:
 The 5.19 merge window extended hardened usercopy to vmalloc memory: a
 copy to or from a vmalloc address was checked against the bounds of the
 vm_struct found for it.  Areas mapped with vm_map_ram() have no vm_struct,
 so the lookup failed and every copy from them was reported as an attack
 and ended in the usercopy BUG; XFS, which maps its directory blocks with
 vm_map_ram(), crashed in getdents.  The fix looks up the vmap_area, which
 every mapping has, and checks against its bounds; its author says it fixes
 two bugs people hit, and an arm64 report of a copy from a vmalloc'd
 iptables table with an impossible offset went away with it.
