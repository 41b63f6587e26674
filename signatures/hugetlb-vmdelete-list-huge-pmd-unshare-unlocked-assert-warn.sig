# Facts: the fix's subject, trailers and mechanism from its mm-commits mail
# (Andrew Morton, "hugetlbfs: move lock assertions after early returns in
# huge_pmd_unshare()", Link: 20251014113344.21194-1-kartikey406@gmail.com;
# Reported-by and Closes: syzbot extid f26d7c75c26ec19790e7, Reported-by:
# Mark Brown) and Deepanshu Kartikey's v6 patch mail
# <20251014050609.349461-1-kartikey406@gmail.com>; the id
# cec944dd329fbefee907da95c298719d900d4787 from a tip revlist mail
# (2025-10-23) that lists it with the merge of mm-hotfixes-stable-2025-10-22
# into Linus's tree.  Its Fixes: tag names dd83609b8898 ("hugetlbfs: skip
# VMAs without shareable locks in hugetlb_vmdelete_list"), the first attempt
# at this report, which silenced the warning by skipping VMAs and so left
# pages of a punched hole mapped (Mark Brown's regression); that commit did
# not introduce the warning, and v1 of the patch blamed 40549ba8f8e0 instead,
# so no Introduced-By is claimed.  No release statement read: no Fixed-In.
# The Test-Log is syzbot's report <68d26261.a70a0220.4f78.0003.GAE@google.com>
# ("[syzbot] [mm?] WARNING in hugetlb_vma_assert_locked", linux-next
# 20250919); the second is the same crash from syzbot's test of a candidate
# patch for the neighbouring report "WARNING: bad unlock balance in
# hugetlb_vmdelete_list" (extid 62edf7e27b2e8f754525), which the fix's
# earlier versions quote as their symptom.  The third is the same crash from
# syzbot's test of another candidate patch for that neighbouring report
# (Pei Xiao's, linux-next 20250924), found by the core-mm sweep.
Id: hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn
Version: 3
Title: WARNING in hugetlb_vma_assert_locked() from huge_pmd_unshare() when hugetlbfs truncate/hole punch unmaps a VMA that has no hugetlb VMA lock
Arch: any (seen on x86_64, linux-next 2025-09)
Platform: hugetlbfs file truncated or hole-punched while mapped by a VMA without a shareable (or private) hugetlb VMA lock; CONFIG_LOCKDEP-style lock assertions
Evidence: console
# The lock assertion of hugetlb's VMA lock (mm/hugetlb.c) ...
Require: line /WARNING: .*mm\/hugetlb\.c:\d+ (at )?hugetlb_vma_assert_locked/
Require: function /^hugetlb_vma_assert_locked$/
# ... hit by PMD unsharing on the unmap that hugetlbfs runs over the file's
# mappings when the file shrinks or a hole is punched: hugetlb_vmdelete_list()
# took a trylock that "succeeds" on a VMA without any VMA lock, and
# huge_pmd_unshare() asserted the lock before its early returns.
# the function the assertion is inlined into is the RIP one in some builds
# (syzbot 2023-09, occurrence 5), a caller frame in others
Require: function /^huge_pmd_unshare$/
# hugetlb_vmdelete_list is static in fs/hugetlbfs/inode.c: a build may inline it into its truncate or hole-punch caller
Require: frame /^(hugetlb_vmdelete_list|hugetlb_vmtruncate|hugetlbfs_setattr|hugetlbfs_punch_hole|hugetlbfs_fallocate)$/
Support: frame /^(__unmap_hugepage_range|unmap_hugepage_range)$/
Support: frame /^(hugetlb_vmtruncate|hugetlbfs_setattr|hugetlbfs_punch_hole|hugetlbfs_fallocate)$/
Fixed-By: cec944dd329fbefee907da95c298719d900d4787 ("hugetlbfs: move lock assertions after early returns in huge_pmd_unshare()")
Link: https://syzkaller.appspot.com/bug?extid=f26d7c75c26ec19790e7
Link: https://lore.kernel.org/all/68d26261.a70a0220.4f78.0003.GAE@google.com/
Link: https://lkml.kernel.org/r/20251014113344.21194-1-kartikey406@gmail.com
Test-Log: tests/data/signatures/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.2.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.3.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.4.log
Test-Log: tests/data/signatures/occurrences/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.5.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.hugetlb-cgroup-resv-uncharge-punch-hole-warn-5.9.1-gentoo.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn.syzbot-next-alloc-huge-page-list-add-fallocate.log
Description:
 When a hugetlbfs file is truncated or a hole is punched in it,
 hugetlb_vmdelete_list() unmaps the range from every VMA mapping the file,
 under the hugetlb VMA lock taken with a trylock.  For a VMA that has neither
 a shareable nor a private VMA lock that trylock reports success without
 taking anything, and the unmap then calls huge_pmd_unshare(), which asserted
 that the VMA lock is held before checking whether there is any shared PMD to
 undo, so the assertion warned.  A first fix skipped such VMAs, but that left
 the pages of a punched hole mapped; the final fix moves the assertions in
 huge_pmd_unshare() after its early returns, so they only hold when a shared
 PMD is really unshared.
