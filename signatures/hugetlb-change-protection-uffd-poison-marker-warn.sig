# Facts: the fix's subject, message and trailers from the mm-commits notice
# of the merged patch (mm-userfaultfd-allow-hugetlb-change-protection-upon-
# poison-entry.patch: Reported-by: syzbot+b07c8ac8eee3d4d8440f, Link: the
# syzbot report, Fixes: fc71884a5f59, Cc: stable 6.6+) and Peter Xu's patch
# mail <20240405231920.1772199-1-peterx@redhat.com>; the id c5977c95dff1 from
# the mm revlist that lists it after the Linux 6.9-rc4 merge into mm-stable,
# and the MM fixes pull that carries it (Peter Xu (1)).  Stable 6.6 and 6.8
# review copies of it were seen, but no release statement was read: no
# Fixed-In.  The Test-Log is the syzbot report
# <000000000000920d5e0615602dd1@google.com> ("WARNING in
# hugetlb_change_protection (2)").
Id: hugetlb-change-protection-uffd-poison-marker-warn
Version: 1
Title: WARNING in hugetlb_change_protection(): a hugetlb PTE holding a UFFDIO_POISON marker was taken for a uffd-wp marker by mprotect()/UFFDIO_WRITEPROTECT
Arch: any (seen on x86_64)
Platform: hugetlb VMA registered with userfaultfd, UFFDIO_POISON (6.6 on) then mprotect() or UFFDIO_WRITEPROTECT over the poisoned address
Evidence: console
# The "no other markers apply" WARN_ON_ONCE in the PTE-marker branch of
# hugetlb_change_protection(), in either WARNING header form.
Require: line /WARNING: .*mm\/hugetlb\.c:[0-9]+ (at )?hugetlb_change_protection/
Require: guilty /^hugetlb_change_protection$/
# Reached by a protection change of a hugetlb VMA: mprotect(), or a
# userfaultfd write-protect request.
Support: frame /^(change_protection|mprotect_fixup|do_mprotect_pkey|uffd_wp_range|mwriteprotect_range|userfaultfd_writeprotect)$/
# Before UFFDIO_POISON (6.6 merge window) no poison marker could sit in a
# hugetlb PTE (the fix: "before that it should not be possible to have poison
# entry for hugetlb"): a WARN here on an older kernel is another bug.
Reject: release /^([2-5]\.|6\.[0-5]\.)/
Introduced-By: fc71884a5f59 ("mm: userfaultfd: add new UFFDIO_POISON ioctl")
Fixed-By: c5977c95dff182d6ee06f4d6f60bcb0284912969 ("mm/userfaultfd: allow hugetlb change protection upon poison entry")
Link: https://lore.kernel.org/all/000000000000920d5e0615602dd1@google.com/
Link: https://syzkaller.appspot.com/bug?extid=b07c8ac8eee3d4d8440f
Link: https://lkml.kernel.org/r/20240405231920.1772199-1-peterx@redhat.com
Test-Log: tests/data/signatures/hugetlb-change-protection-uffd-poison-marker-warn.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-change-protection-uffd-poison-marker-warn.pte-marker-unconfigured-5.19.log
Test-Not: tests/data/signatures/hugetlb-change-protection-no-resched-soft-lockup.log
Description:
 UFFDIO_POISON installs a poison PTE marker, so a hugetlb PTE can hold either
 of two markers: uffd-wp or poison.  hugetlb_change_protection() still
 assumed that any marker it met was the uffd-wp one and warned otherwise, so
 an mprotect() or UFFDIO_WRITEPROTECT over a poisoned hugetlb address hit
 the WARN_ON_ONCE.  The fix leaves a poison marker alone and only clears a
 uffd-wp marker when write protection is resolved.
