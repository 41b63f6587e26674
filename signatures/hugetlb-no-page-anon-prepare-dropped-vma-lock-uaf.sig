# Facts: fix subject, trailers and the introducing commit (12 digits, as the
# Fixes: tag gives it) from the fix as posted and queued
# (<ZiFqSrSRLhIV91og@fedora>, mm-commits: Fixes: 9acad7ba3e25,
# Reported-by: syzbot+ad1b592fc4483655438b, Cc: stable).  The full id
# 37641efaa3fa... from the kernel.org push of linux-rolling-stable to 6.9
# (2024-05-30, revlist 2a28e4d28ca1..b84a9523bab4); the release from Andrew
# Morton's "[GIT PULL] hotfixes for 6.9-rc6"
# <20240426133713.02b077b1ddbf56bb81989f34@linux-foundation.org>, whose
# shortlog lists the fix: merged for 6.9-rc6, so first in v6.9.
# No CVE row of its own.  The Test-Log is that syzbot report
# <000000000000daf1e10615e64dcb@google.com>.
Id: hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf
Version: 2
Title: KASAN use-after-free of the VMA in hugetlb_no_page(): vmf_anon_prepare() failed after the folio allocation and dropped the VMA lock, then the reservation was restored through the freed VMA
Arch: any (seen on x86_64)
Platform: private hugetlb fault under the per-VMA lock (no mmap_lock) needing an anon_vma, racing munmap/mmap
Evidence: console
# A KASAN use-after-free ...
Require: line /KASAN: (slab-)?use-after-free in /
# ... where hugetlb_no_page()'s bail-out still uses the VMA whose lock
# vmf_anon_prepare() dropped: the reservation restore, or the VMA-lock
# release on the way out ...
Require: function /^(restore_reserve_on_error|__vma_reservation_common|vma_needs_reservation|hugetlb_vma_unlock_read|__vma_shareable_lock|__vma_private_lock)$/
# ... of a new-page fault (hugetlb_no_page, an inline frame in syzbot's
# builds).  The same lock drop in the COW path (hugetlb_wp) is another fix.
Require: frame /^hugetlb_no_page$/
Reject: frame /^hugetlb_wp$/
# the reservation helpers are also where region_abort() BUGs when the
# unmap path cannot add a reservation entry (hugetlb-unmap-add-reservation-
# enomem-region-abort-bug): a BUG_ON, not a use-after-free
Reject: line /kernel BUG at mm\/hugetlb\.c:\d+/
# The freed object is the VMA.
Support: line /belongs to the cache vm_area_struct /
Introduced-By: 9acad7ba3e25 ("hugetlb: use vmf_anon_prepare() instead of anon_vma_prepare()")
Fixed-By: 37641efaa3faa4b8292aba4bbd7d71c0b703a239 ("hugetlb: check for anon_vma prior to folio allocation")
Fixed-In: v6.9
Link: https://lkml.kernel.org/r/ZiFqSrSRLhIV91og@fedora
Link: https://lore.kernel.org/linux-mm/000000000000daf1e10615e64dcb@google.com/
Link: https://syzkaller.appspot.com/bug?extid=ad1b592fc4483655438b
Test-Log: tests/data/signatures/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.log
Test-Log: tests/data/signatures/occurrences/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.2.log
Test-Log: tests/data/signatures/occurrences/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.3.log
Test-Log: tests/data/signatures/occurrences/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.4.log
Test-Not: tests/data/signatures/hugetlb-handle-userfault-relock-freed-mapping-uaf.log
Test-Not: tests/data/signatures/occurrences/hugetlb-handle-userfault-relock-freed-mapping-uaf.2.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-no-page-anon-prepare-dropped-vma-lock-uaf.vma-lock-fault-vmf-anon-prepare-6.11.log
Description:
 A hugetlb page fault may run under the per-VMA lock instead of mmap_lock.
 hugetlb_no_page() allocated the folio first and only then called
 vmf_anon_prepare() to set up the anon_vma; when that cannot be done under
 the VMA lock it drops the lock and asks for a retry.  The error path then
 restored the reservation (restore_reserve_on_error()) and unlocked
 through a VMA that was no longer locked, and that a concurrent
 munmap()/mmap() could already have freed.  The fix prepares the anon_vma
 before allocating the folio, so bailing out needs no restore.
