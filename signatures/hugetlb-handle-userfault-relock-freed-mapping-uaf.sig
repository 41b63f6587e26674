# Facts: mainline commit id, subject, trailers and the introducing commit
# from the 5.15-stable "FAILED: patch" mail that quotes the original commit
# in Linus's tree ("From 958f32ce832b...", Fixes: 1a1aad8a9b7b,
# Reported-by: syzbot+193f9cee8638750b23cf, Reported-by: Liu Zixian);
# first fixed releases from research/cna-fixes.tsv (CVE-2022-50630: mainline
# 6.1, stable 5.10.150, 5.15.75, 5.19.17, 6.0.3).  The Test-Log is the syzbot
# report <000000000000d5e00a05e834962e@google.com> the fix cites as [1].
Id: hugetlb-handle-userfault-relock-freed-mapping-uaf
Version: 1
Title: KASAN use-after-free in hugetlb_handle_userfault(): the hugetlb fault path re-takes a lock of a mapping/VMA that went away while handle_userfault() had dropped mmap_lock
Arch: any (seen on x86_64)
Platform: userfaultfd MISSING/MINOR registration on a hugetlbfs mapping, racing mmap() over the same range
Evidence: console
# A use-after-free KASAN report ...
Require: line /KASAN: (slab-)?use-after-free in /
# ... taken by hugetlb_handle_userfault() itself, which re-locks after
# handle_userfault() returned (the fix drops that re-lock).
Require: function /^hugetlb_handle_userfault$/
# The fault path into it.
Support: frame /^(hugetlb_no_page|hugetlb_fault)$/
# The freed object is the hugetlbfs inode (its i_mmap_rwsem) that the
# replacing mmap() released.
Support: line /belongs to the cache hugetlbfs_inode_cache /
Introduced-By: 1a1aad8a9b7bd34f60cdf98cd7915f00ae892c45 ("userfaultfd: hugetlbfs: add userfaultfd hugetlb hook")
Fixed-By: 958f32ce832ba781ac20e11bb2d12a9352ea28fc ("mm: hugetlb: fix UAF in hugetlb_handle_userfault")
Fixed-In: v6.1
Fixed-In: stable 5.10.150
Fixed-In: stable 5.15.75
Fixed-In: stable 5.19.17
Fixed-In: stable 6.0.3
Link: https://lkml.kernel.org/r/20220923042113.137273-1-liushixin2@huawei.com
Link: https://lore.kernel.org/linux-mm/000000000000d5e00a05e834962e@google.com/
Link: https://syzkaller.appspot.com/bug?extid=193f9cee8638750b23cf
Link: https://cve.org/CVERecord/?id=CVE-2022-50630
Test-Log: tests/data/signatures/hugetlb-handle-userfault-relock-freed-mapping-uaf.log
Test-Log: tests/data/signatures/occurrences/hugetlb-handle-userfault-relock-freed-mapping-uaf.2.log
Test-Not: tests/data/signatures/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.log
Test-Not: tests/data/signatures/occurrences/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.2.log
Description:
 A hugetlb page fault in a range registered with userfaultfd drops the
 hugetlb fault mutex and the mapping's lock before calling
 handle_userfault(), which may in turn drop mmap_lock while it waits.
 hugetlb_handle_userfault() then took those locks again for the caller's
 convenience, but in the meantime another thread could mmap() over the
 range and the old VMA and its hugetlbfs file could be freed, so the
 re-lock touched freed memory.  The fix returns straight after
 handle_userfault() and lets hugetlb_no_page() release the locks only on
 its own exits.
