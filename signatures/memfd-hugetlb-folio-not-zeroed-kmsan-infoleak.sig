# Facts: the first fixed releases and the introducing commit from
# research/cna-fixes.tsv (CVE-2025-68292: mainline 6.18, stable 6.12.61 and
# 6.17.11, introduced by 89c1905d9c14; its fix_commits list the mainline
# commit and the two stable backports); the mainline id from the 6.12- and
# 6.17-stable reviews ("commit de8798965fd0... upstream"); the fix's trailers
# (Reported-by: syzbot+f64019ba229e3a5c411b, Closes: that extid, Fixes:
# 89c1905d9c14) from the mm-commits mail "[merged mm-hotfixes-stable]
# mm-memfd-fix-information-leak-in-hugetlb-folios.patch removed from -mm tree".
# The Test-Logs are syzbot's report <69122a59.a70a0220.22f260.00fb.GAE@google.com>
# and, in the same thread, its crash when testing a candidate patch that did
# not fix it <6913e1f0.a70a0220.22f260.0152.GAE@google.com>.
Id: memfd-hugetlb-folio-not-zeroed-kmsan-infoleak
Version: 2
Title: KMSAN kernel-infoleak reading a hugetlb memfd: memfd_alloc_folio() (memfd_pin_folios, udmabuf) put a hugetlb folio into the page cache without zeroing it
Arch: any (seen on x86_64)
Platform: hugetlb-backed memfd whose folios are allocated by memfd_pin_folios() (udmabuf) before they are faulted in, then read() or mapped
Evidence: console
# Kernel memory copied to user space ...
Require: line /KMSAN: kernel-infoleak/
# ... that KMSAN traces to the buddy allocation of a hugetlb folio: the
# memfd allocation path took it (from the pool, or as a surplus page) and
# never zeroed it, where the fault path would have.  When the folio came
# from the pool, the origin is the pool allocation (nr_hugepages sysctl,
# boot), not the memfd path.
Require: line /^\s*(alloc_buddy_hugetlb_folio|only_alloc_fresh_hugetlb_folio)[+ ]/
# Read back through the hugetlbfs file.
Support: frame /^hugetlbfs_read_iter$/
Support: line /^\s*(memfd_alloc_folio|memfd_pin_folios|udmabuf_create|udmabuf_pin_folios)[+ ]/
Introduced-By: 89c1905d9c14 ("mm/gup: introduce memfd_pin_folios() for pinning memfd folios")
Fixed-By: de8798965fd0d9a6c47fc2ac57767ec32de12b49 ("mm/memfd: fix information leak in hugetlb folios")
Fixed-In: v6.18
Fixed-In: stable 6.12.61
Fixed-In: stable 6.17.11
Link: https://lore.kernel.org/all/69122a59.a70a0220.22f260.00fb.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=f64019ba229e3a5c411b
Link: https://lkml.kernel.org/r/20251112145034.2320452-1-kartikey406@gmail.com
Link: https://cve.org/CVERecord/?id=CVE-2025-68292
Test-Log: tests/data/signatures/memfd-hugetlb-folio-not-zeroed-kmsan-infoleak.log
Test-Log: tests/data/signatures/occurrences/memfd-hugetlb-folio-not-zeroed-kmsan-infoleak.2.log
Test-Not: tests/data/signatures/lookalikes/memfd-hugetlb-folio-not-zeroed-kmsan-infoleak.syzbot-hugetlbfs-read-page-copy-sane-warn.log
Description:
 memfd_pin_folios() (used by udmabuf) allocates the hugetlb folios of a
 memfd range that was not faulted in yet through memfd_alloc_folio(), which
 added them to the page cache without the initialisation the hugetlb fault
 path does: the folio was neither zeroed nor marked uptodate, and the fault
 mutex was not taken.  Reading the memfd (or mapping it) then exposed
 whatever the huge page last held; KMSAN reports the uninitialised bytes
 copied to user space.  The fix zeroes the folio, marks it uptodate and
 adds it to the page cache under the hugetlb fault mutex.
