# Facts: the fix's id, subject and trailers (Reported-by:
# syzbot+353c7be4964c6253f24a, Closes: the report; no Fixes: tag) from
# Greg Kroah-Hartman's 6.4-stable review of it, "[PATCH 6.4 143/165] mm/gup:
# do not return 0 from pin_user_pages_fast() for bad args"
# <20230809103647.480696506@linuxfoundation.org> ("commit
# 9883c7f84053cec2826ca3c56254601b5ce9cdbe upstream").  The fix has no CVE
# row and no source at hand names its first release, so no Fixed-In; no
# source names the introducing commit.
# The Test-Log is syzbot's report <000000000000094fdd05faa4d3a4@google.com>
# (extid 353c7be4964c6253f24a, upstream, clang 15); the second is syzbot's
# "WARNING in iommufd_test" <0000000000000cd0fb05faa4d351@google.com> (extid
# 94646b0ed2dcbb1f9c2f, upstream, gcc 10, both helpers inlined), which Jason
# Gunthorpe marked "#syz dup: WARNING in iommufd_test_check_pages"
# <ZJCDZEdL82Wal1XP@nvidia.com>.
Id: gup-fast-overflow-returns-zero-iommufd-check-pages-warn
Version: 1
Title: WARNING in iommufd_test_check_pages(): get_user_pages_fast()/pin_user_pages_fast() returned 0 instead of an error for a user range that wraps past the end of the address space
Arch: any (seen on x86_64)
Platform: iommufd with CONFIG_IOMMUFD_TEST (the selftest IOMMU_TEST_OP_ACCESS_PAGES ioctl, as syzkaller drives it) given a user pointer whose range overflows
Evidence: console
# The selftest re-reads each page of the user range with
# get_user_pages_fast() and WARNs when it returns anything but 1 page: GUP
# fast returned 0 when start + length overflowed.  The check is a static
# helper of the ioctl and may be inlined into the test-access helper or into
# iommufd_test() itself, so the WARN may name any of the three; either header
# layout (before/after 6.19) is accepted.
Require: line /WARNING: .*drivers\/iommu\/iommufd\/selftest\.c:\d+ (at )?(iommufd_test_check_pages|iommufd_test_access_pages|iommufd_test)\b/
# The GUP re-check of the access-pages test, named as the faulting function
# or as an (inlined) frame; other WARNs of selftest.c are elsewhere.
Require: function /^(iommufd_test_check_pages|iommufd_test_access_pages)$/
Support: frame /^(iommufd_test|iommufd_fops_ioctl)$/
Fixed-By: 9883c7f84053cec2826ca3c56254601b5ce9cdbe ("mm/gup: do not return 0 from pin_user_pages_fast() for bad args")
Link: https://lore.kernel.org/all/000000000000094fdd05faa4d3a4@google.com/
Link: https://syzkaller.appspot.com/bug?extid=353c7be4964c6253f24a
Link: https://lkml.kernel.org/r/0-v1-3d5ed1f20d50+104-gup_overflow_jgg@nvidia.com
Test-Log: tests/data/signatures/gup-fast-overflow-returns-zero-iommufd-check-pages-warn.log
Test-Log: tests/data/signatures/occurrences/gup-fast-overflow-returns-zero-iommufd-check-pages-warn.2.log
Test-Not: tests/data/signatures/lookalikes/gup-fast-overflow-returns-zero-iommufd-check-pages-warn.md-check-refs-overflow-6.2.log
Description:
 The fast GUP entry points (get_user_pages_fast(), pin_user_pages_fast())
 returned 0 pages, not an error, when start plus the length overflowed.
 Callers cannot do anything sane with 0: it means neither "failed" nor
 "pinned some, call again".  The iommufd selftest's access-pages check
 re-reads the user pages it was handed with get_user_pages_fast() and
 WARNs when it does not get exactly one page back, so syzkaller, fuzzing
 user pointers near the top of the address space, kept tripping it.  The
 fix makes the overflow check return -EOVERFLOW.
