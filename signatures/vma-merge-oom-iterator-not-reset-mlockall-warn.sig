# Facts: the fix's id and subject from the mainline merge lists in the mm
# tree's push notices (0cf4b1687a187ba9247c71721d8b064634eda1f7), which
# Lorenzo Stoakes also names as merged to mainline in his "#syz dup" reply
# <717ce5ea-1e76-4ef7-bdbd-71f1e0d047c6@lucifer.local>; its trailers
# (Reported-by: syzbot+d16409ea9ecc16ed261a, Closes: the report, Fixes:
# 47b16d0462a4) from the patch as applied to mm-hotfixes and the 6.15-stable
# review <20250623130711.612136032@linuxfoundation.org>.  The introducing
# commit's full id from syzbot's cause bisection in the report.  The mechanism
# (mlockall() ignores the merge failure and sets prev = vma while the
# iterator still points at the VMA before it; the next merge attempt then has
# prev == the VMA itself and trips VM_WARN_ON_VMG(prev && start <=
# prev->vm_start)) from Lorenzo Stoakes's analysis
# <e6e71e0b-347b-4edb-b558-b502f55a637d@lucifer.local>.  No CVE row and no
# source naming the first release with the fix: no Fixed-In.
# The Test-Logs are the syzbot report <6842cc67.a00a0220.29ac89.003b.GAE@google.com>,
# the arm64 report syzbot's maintainer marked "#syz dup" of it, and a patch
# test crash in the first report's thread.
Id: vma-merge-oom-iterator-not-reset-mlockall-warn
Version: 1
Title: WARNING in vma_merge_existing_range()/vma_modify() from mlockall(): a VMA merge that failed on OOM left the VMA iterator on the previous VMA, so the loop tried to merge a VMA with itself
Arch: any (seen on x86_64)
Platform: mlockall()/munlockall() over several VMAs while a VMA merge fails on an allocation failure (fault injection)
Evidence: console
# The merge's sanity check (VM_WARN_ON_VMG, CONFIG_DEBUG_VM) in
# vma_merge_existing_range(), inlined into vma_modify() (and, with other
# inlining, vma_modify_flags()); both WARNING header forms ('at path:N func'
# before 6.19, 'path:N at func' after).
Require: line /mm\/vma\.c:\d+ (at )?(vma_merge_existing_range|vma_modify|vma_modify_flags)\b/
# ... reached from mlockall()'s loop over every VMA, which ignores the error
# and carries on with the stale iterator.
Require: function /^(mlock_fixup|apply_mlockall_flags)$/
Support: frame /^(vma_modify_flags|vma_modify)$/
Support: frame /_sys_(munlockall|mlockall)$/
# The abort on a merge OOM came with 47b16d0462a4 (6.14 cycle, backported to
# 6.12 stable, see uffd-release-merge-oom-err-ptr-prev-vma-oops): older
# kernels cannot have it.
Reject: release /^([0-5]\.|6\.([0-9]|1[01])(\.|-|$))/
Introduced-By: 47b16d0462a460000b8f05dfb1292377ac48f3ca ("mm: abort vma_modify() on merge out of memory failure")
Fixed-By: 0cf4b1687a187ba9247c71721d8b064634eda1f7 ("mm/vma: reset VMA iterator on commit_merge() OOM failure")
Link: https://lore.kernel.org/linux-mm/6842cc67.a00a0220.29ac89.003b.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=d16409ea9ecc16ed261a
Link: https://lore.kernel.org/linux-mm/e6e71e0b-347b-4edb-b558-b502f55a637d@lucifer.local/
Link: https://lkml.kernel.org/r/20250606125032.164249-1-lorenzo.stoakes@oracle.com
Link: https://lore.kernel.org/linux-mm/717ce5ea-1e76-4ef7-bdbd-71f1e0d047c6@lucifer.local/
Test-Log: tests/data/signatures/vma-merge-oom-iterator-not-reset-mlockall-warn.log
Test-Log: tests/data/signatures/occurrences/vma-merge-oom-iterator-not-reset-mlockall-warn.2.log
Test-Log: tests/data/signatures/occurrences/vma-merge-oom-iterator-not-reset-mlockall-warn.3.log
Test-Not: tests/data/signatures/lookalikes/vma-merge-oom-iterator-not-reset-mlockall-warn.healer-set-mempolicy-home-node-vma-merge-6.6-rc3.log
Test-Not: tests/data/signatures/lookalikes/vma-merge-oom-iterator-not-reset-mlockall-warn.syzkaller-arm64-uffd-register-mid-vma-6.4-rc1.log
Description:
 When changing the flags of a range merges it with its neighbour, a merge
 that fails to allocate (possible only under fault injection) aborts and
 leaves the VMAs unmerged.  On one of the two abort paths the VMA iterator
 was not reset, so it stayed on the previous VMA.  mlockall() and
 munlockall() walk every VMA, ignore errors and take the current VMA as the
 previous one for the next step; with the stale iterator the next step is
 the same VMA again, now also its own "previous" VMA, and the merge's
 sanity check warns.  The fix resets the iterator on both abort paths.
