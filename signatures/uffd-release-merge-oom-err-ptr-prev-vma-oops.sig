# Facts: the fix's id, subject, trailers and the introducing commit from the
# 6.14- and 6.12-stable reviews of it ("commit 41e6ddcaa0f1... upstream",
# Reported-by: syzbot+20ed41006cf9d842c2b5, Closes: the report, Fixes:
# 47b16d0462a4); first fixed releases from research/cna-fixes.tsv
# (CVE-2025-37760: mainline 6.15, stable 6.12.25 and 6.14.4), which also
# gives 47b16d0462a4 as the introducing commit, as syzbot's cause bisection
# <67e0a7ca.050a0220.21942d.000a.GAE@google.com> does.  The ERR_PTR taken as
# the previous VMA from Pedro Falcato's analysis in the thread.
# The Test-Logs are the syzbot report <67dc67f0.050a0220.25ae54.001e.GAE@google.com>
# and its reproducer crash <67e03b94.050a0220.31a16b.0061.GAE@google.com>.
Id: uffd-release-merge-oom-err-ptr-prev-vma-oops
Version: 1
Title: Oops at an ERR_PTR address in vma_merge_existing_range() when closing a userfaultfd: a merge that failed on OOM returned -ENOMEM, which the release loop kept as the previous VMA
Arch: any (seen on x86_64)
Platform: closing a userfaultfd that registered several VMAs while a VMA merge fails on an allocation failure (fault injection, memory pressure)
Evidence: console
# A kernel read at a small negative (error-pointer) address ...
Require: line /unable to handle (page fault for address|kernel paging request at)( virtual address)?:? f{12}f[0-9a-f]{3}\b/
# ... in the VMA merge ...
Require: function /^vma_merge_existing_range$/
# ... reached from userfaultfd's release, clearing the uffd flags of each VMA.
Require: frame /^(userfaultfd_release_all|userfaultfd_release|userfaultfd_clear_vma)$/
Support: frame /^(vma_modify_flags_uffd|vma_modify)$/
# The merge abort on OOM came with 47b16d0462a4 (6.14 cycle, backported to
# 6.12 stable); older kernels cannot have it.
Reject: release /^([0-5]\.|6\.([0-9]|1[01])(\.|-|$))/
Introduced-By: 47b16d0462a460000b8f05dfb1292377ac48f3ca ("mm: abort vma_modify() on merge out of memory failure")
Fixed-By: 41e6ddcaa0f18dda4c3fadf22533775a30d6f72f ("mm/vma: add give_up_on_oom option on modify/merge, use in uffd release")
Fixed-In: v6.15
Fixed-In: stable 6.12.25
Fixed-In: stable 6.14.4
Link: https://lore.kernel.org/all/67dc67f0.050a0220.25ae54.001e.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=20ed41006cf9d842c2b5
Link: https://lkml.kernel.org/r/20250321100937.46634-1-lorenzo.stoakes@oracle.com
Link: https://cve.org/CVERecord/?id=CVE-2025-37760
Test-Log: tests/data/signatures/uffd-release-merge-oom-err-ptr-prev-vma-oops.log
Test-Log: tests/data/signatures/occurrences/uffd-release-merge-oom-err-ptr-prev-vma-oops.2.log
Test-Not: tests/data/signatures/lookalikes/uffd-release-merge-oom-err-ptr-prev-vma-oops.set-ctx-uaf-next20240805.log
Description:
 When a userfaultfd is closed, every VMA registered with it has its uffd
 flags cleared, which may merge it with its neighbour.  After a change
 that made VMA modification abort when a merge runs out of memory, that
 step could return an error pointer instead of a VMA; the release loop did
 not check for it and used the error pointer as the previous VMA of the
 next iteration, so the following merge dereferenced -ENOMEM.  The fix
 lets callers that cannot fail, such as the release path, give up on the
 merge on OOM and keep the VMA unmerged.
