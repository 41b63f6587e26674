# Facts: fix commit, trailers and upstream id from the 5.19-stable review of
# it (<20221022072428.861512299@linuxfoundation.org>, "commit 515778e2d790...
# upstream", Fixes: b1f9e876862d, Reported-by: syzbot+2b9b4f0895be09a6dec3);
# first fixed releases and the introducing commit from
# research/cna-fixes.tsv (CVE-2022-50448: mainline 6.1, stable 5.19.17 and
# 6.0.3).  The Test-Log is syzbot's report <00000000000046580505e9dea8e4@google.com>
# ("WARNING in change_protection"), whose extid the fix names.
Id: uffd-wp-pte-marker-unconfigured-change-protection-warn
Version: 1
Title: WARNING in make_pte_marker_entry(): uffd-wp on shmem/hugetlbfs reaches PTE-marker code on a kernel built without CONFIG_PTE_MARKER_UFFD_WP
Arch: any (seen on x86_64)
Platform: userfaultfd write-protect on shmem or hugetlbfs, CONFIG_PTE_MARKER_UFFD_WP=n
Evidence: console
# The !CONFIG_PTE_MARKER stub of make_pte_marker_entry() is a bare WARN in
# include/linux/swapops.h: any report of it is PTE-marker code reached on a
# kernel that cannot encode markers.
Require: line /WARNING: .* at include\/linux\/swapops\.h:\d+ /
Require: function /^make_pte_marker(_entry)?$/
# The paths the fix closes: uffd-wp protection of a none PTE
# (change_pte_range), and keeping a uffd-wp marker on zap and hugetlb unmap.
Require: function /^(change_pte_range|change_protection|uffd_wp_range|mwriteprotect_range|zap_pte_range|unmap_page_range|__unmap_hugepage_range)$/
# The uffd-wp for shmem and hugetlbfs that opened these paths came in 5.19.
Reject: release /^([0-4]\.|5\.([0-9]|1[0-8])(\.|-|$))/
Support: frame /^(mwriteprotect_range|uffd_wp_range|userfaultfd_ioctl)$/
Introduced-By: b1f9e876862d8f7176299ec4fb2108bc1045cbc8 ("mm/uffd: enable write protection for shmem & hugetlbfs")
Fixed-By: 515778e2d790652a38a24554fdb7f21420d91efc ("mm/uffd: fix warning without PTE_MARKER_UFFD_WP compiled in")
Fixed-In: v6.1
Fixed-In: stable 5.19.17
Fixed-In: stable 6.0.3
Link: https://lkml.kernel.org/r/YzeR+R6b4bwBlBHh@x1n
Link: https://syzkaller.appspot.com/bug?extid=2b9b4f0895be09a6dec3
Link: https://cve.org/CVERecord/?id=CVE-2022-50448
Test-Log: tests/data/signatures/uffd-wp-pte-marker-unconfigured-change-protection-warn.log
Test-Log: tests/data/signatures/occurrences/uffd-wp-pte-marker-unconfigured-change-protection-warn.2.log
# syzbot's 5.19-rc8 hugetlb report, diagnosed by the fix's author as this stub (kept as a
# look-alike of the poison-marker signature, whose bug it is not)
Test-Log: tests/data/signatures/lookalikes/hugetlb-change-protection-uffd-poison-marker-warn.pte-marker-unconfigured-5.19.log
Test-Not: tests/data/signatures/lookalikes/uffd-wp-pte-marker-unconfigured-change-protection-warn.6.1-backport-pmd-none-pte-lock-gpf.log
Description:
 Write protection through userfaultfd was extended to shmem and hugetlbfs
 with PTE markers that keep the protection on empty or zapped entries.  The
 code that installs those markers (in change_pte_range() for a none PTE of a
 file mapping, and on zap and hugetlb unmap) was built in even when
 CONFIG_PTE_MARKER_UFFD_WP was off, where make_pte_marker_entry() is only a
 warning stub.  UFFDIO_WRITEPROTECT on a shmem range then warned.  The fix
 compiles those branches only when markers are configured.
