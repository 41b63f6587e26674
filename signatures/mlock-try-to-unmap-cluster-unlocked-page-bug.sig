# Facts: the fix's id, subject and author from Hugh Dickins's reply
# <alpine.LSU.2.11.1404231057470.2678@eggly.anvils> (linux-mm, 2014-04-23):
# "commit 57e68e9cd65b4b8eb4045a1e0d0746458502554c ... mm: try_to_unmap_cluster()
# should lock_page() before mlocking", which he says fixes this
# "long-standing but long-unnoticed" issue Sasha Levin reported, and which
# Linus's 3.15-rc tree contained while 3.14 did not: hence Fixed-In v3.15.
# The mechanism from Vlastimil Babka's patch text as quoted in the thread
# ("A BUG_ON(!PageLocked) was triggered in mlock_vma_page() ... The call
# site try_to_unmap_cluster() does not lock the pages other than its
# check_page parameter").  The fix is CVE-2014-3122 in the CVE list quoted
# by distributions; the CNA table (2019 on) has no row for it, and no
# source names the introducing commit ("long-standing"), so none is given.
# The Test-Log is Sasha Levin's trinity report <52AFA331.9070108@oracle.com>
# (3.13.0-rc4-next-20131216); the further occurrence is Dave Jones's trinity
# oops on 3.14 <20140423144901.GA24220@redhat.com>, which Hugh Dickins's reply
# identifies as this issue.
Id: mlock-try-to-unmap-cluster-unlocked-page-bug
Version: 1
Title: kernel BUG at mm/mlock.c in mlock_vma_page(): try_to_unmap_cluster() mlocked pages of a VM_LOCKED nonlinear file mapping without holding their page lock
Arch: any (seen on x86_64)
Platform: migration, compaction or reclaim unmapping a file page that is also mapped by a VM_LOCKED nonlinear (remap_file_pages) VMA; found by trinity
Evidence: console
# mlock_vma_page()'s BUG_ON(!PageLocked(page)) ...
Require: line /kernel BUG at mm\/mlock\.c:\d+!/
Require: function /^mlock_vma_page$/
# ... reached from the nonlinear-VMA unmap loop, which mlocks every page of
# the cluster, not only the (locked) page it was asked to unmap.  From 3.14
# the cluster helper may be inlined into its rmap_walk caller
# try_to_unmap_nonlinear(), the frame the second log shows.
Require: frame /^(try_to_unmap_cluster|try_to_unmap_nonlinear)$/
Support: frame /^(try_to_unmap_file|try_to_unmap|rmap_walk)$/
Support: frame /^(migrate_pages|unmap_and_move|__unmap_and_move|shrink_page_list)$/
Fixed-By: 57e68e9cd65b4b8eb4045a1e0d0746458502554c ("mm: try_to_unmap_cluster() should lock_page() before mlocking")
Fixed-In: v3.15
Link: https://lore.kernel.org/linux-mm/52AFA331.9070108@oracle.com/
Link: https://lore.kernel.org/linux-mm/20140423144901.GA24220@redhat.com/
Link: https://lore.kernel.org/linux-mm/alpine.LSU.2.11.1404231057470.2678@eggly.anvils/
Link: https://nvd.nist.gov/vuln/detail/CVE-2014-3122
Test-Log: tests/data/signatures/mlock-try-to-unmap-cluster-unlocked-page-bug.log
Test-Log: tests/data/signatures/occurrences/mlock-try-to-unmap-cluster-unlocked-page-bug.2.log
Test-Not: tests/data/signatures/lookalikes/mlock-try-to-unmap-cluster-unlocked-page-bug.munlock-vma-pages-range-thp.log
Description:
 To unmap a page from a nonlinear (remap_file_pages) mapping, the rmap
 code cannot find the one PTE mapping it and instead walks a cluster of
 PTEs of each nonlinear VMA.  When that VMA was VM_LOCKED, it called
 mlock_vma_page() on every page of the cluster rather than unmapping them,
 but only the page being migrated or reclaimed was locked;
 mlock_vma_page() asserts the page lock (it serialises the PG_mlocked
 transfer against migration), so the others hit its BUG_ON.  The fix
 trylocks each other page before mlocking it and leaves it alone if the
 lock is busy.
