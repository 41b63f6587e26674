# Facts: the fix's full id, subject and date from Hugh Dickins's reply
# <alpine.LSU.2.11.1404231057470.2678@eggly.anvils> ("commit
# 57e68e9cd65b4b8eb4045a1e0d0746458502554c ... mm: try_to_unmap_cluster()
# should lock_page() before mlocking"), which answers Dave Jones's report with
# it, as the fix of the issue "which Sasha reported a couple of months ago",
# and says Linus's 3.15-rc tree contains it; the mechanism from the
# patch (Vlastimil Babka) as resent by Bob Liu <1395306996-13993-1-git-send-email-bob.liu@oracle.com>.
# CVE-2014-3122 names this fix (distribution advisories and CVE lists; not in
# research/cna-fixes.tsv, which starts in 2019).  Fixed-In v3.15 from the
# same reply: Linus's 3.15-rc tree has the fix and 3.14 does not.  The
# introducing commit is not known ("long-standing").
# The Test-Logs are Sasha Levin's report <52AFA331.9070108@oracle.com>
# (linux-next 20131216, trinity in a KVM tools guest) and Dave Jones's
# <20140423144901.GA24220@redhat.com> (3.14, trinity).
# Occurrence 3 is Vinson Lee's report on 3.10.28 (trinity), quoted in Bob
# Liu's reply <CAA_GA1fgnqDUfGwh_jwP0ZOPa65P0FFo1T5hR33mboeprjqqug@mail.gmail.com>
# ('Re: kernel BUG at mm/mlock.c:79! on 3.10', 2014-02-25), which calls it
# "the same bug as Sasha reported" and points at the patch thread.
Id: mlock-try-to-unmap-cluster-unlocked-page-bug
Version: 3
Title: kernel BUG at mm/mlock.c in mlock_vma_page(): try_to_unmap_cluster() (nonlinear file VMA that is VM_LOCKED) mlocks pages it has not locked
Arch: any (seen on x86_64)
Platform: a nonlinear (remap_file_pages) mapping in an mlocked VMA while its pages are migrated or reclaimed (trinity)
Evidence: console
# mlock_vma_page()'s BUG_ON(!PageLocked(page)) ...
Require: line /kernel BUG at \S*mm\/mlock\.c:\d+!/
Require: function /^mlock_vma_page$/
# ... from the nonlinear unmap path, which locks only the page it was asked
# to unmap, not the others of the cluster it mlocks.
Support: frame /^(try_to_unmap_file|try_to_unmap)$/
Support: frame /^(migrate_pages|shrink_page_list)$/
# try_to_unmap_cluster() printed, or inlined into its 3.14 caller
# try_to_unmap_nonlinear().
Variant: cluster-frame
Require: frame /^try_to_unmap_(cluster|nonlinear)$/
# Before 3.14 the static try_to_unmap_cluster() is called straight from
# try_to_unmap_file() and may be inlined there (3.10.28): mlock_vma_page()
# called from try_to_unmap_file() with no try_to_unmap_one() between them is
# the cluster path; try_to_unmap_one() (the linear path, and the one that
# mlocks the page it was given) runs with that page locked and cannot hit
# the BUG, so a trace through it is not this bug.
Variant: cluster-inlined-into-try-to-unmap-file
# try_to_unmap_file is static in mm/rmap.c (v3.x): a build may inline it, with try_to_unmap_cluster, into try_to_unmap; try_to_unmap_one still rejected (the linear and anon paths)
Require: frame /^(try_to_unmap_file|try_to_unmap)$/
Reject: frame /^try_to_unmap_one$/
Fixed-In: v3.15
Fixed-By: 57e68e9cd65b4b8eb4045a1e0d0746458502554c ("mm: try_to_unmap_cluster() should lock_page() before mlocking")
Link: https://lore.kernel.org/linux-mm/52AFA331.9070108@oracle.com/
Link: https://lore.kernel.org/linux-mm/1395306996-13993-1-git-send-email-bob.liu@oracle.com/
Link: https://lore.kernel.org/linux-mm/alpine.LSU.2.11.1404231057470.2678@eggly.anvils/
Link: https://lore.kernel.org/linux-mm/20140423144901.GA24220@redhat.com/
Link: https://lore.kernel.org/linux-mm/CAA_GA1fgnqDUfGwh_jwP0ZOPa65P0FFo1T5hR33mboeprjqqug@mail.gmail.com/
Link: https://cve.org/CVERecord/?id=CVE-2014-3122
Test-Log: tests/data/signatures/mlock-try-to-unmap-cluster-unlocked-page-bug.log
Test-Log: tests/data/signatures/occurrences/mlock-try-to-unmap-cluster-unlocked-page-bug.2.log
Test-Log: tests/data/signatures/occurrences/mlock-try-to-unmap-cluster-unlocked-page-bug.3.log
# Sasha Levin's munlock_vma_pages_range() BUG at mm/mlock.c on a THP
# (3.14-rc5-next <53166881.1020504@oracle.com>): another mlock.c BUG, another bug.
Test-Not: tests/data/signatures/lookalikes/mlock-try-to-unmap-cluster-unlocked-page-bug.munlock-vma-pages-range-thp.log
Test-Not: tests/data/signatures/lookalikes/mlock-try-to-unmap-cluster-unlocked-page-bug.i386-pte-unmap-out-of-bounds-2.6.9.log
Test-Not: tests/data/signatures/lookalikes/mlock-try-to-unmap-cluster-unlocked-page-bug.mm-populate-long-nr-pages-vm-bug-3.8.log
Description:
 Unmapping a page of a nonlinear file mapping walks a whole cluster of PTEs,
 most of them mapping pages other than the one being unmapped.  When the VMA
 is mlocked, those pages are mlocked instead of unmapped, but only the target
 page had been locked, and mlock_vma_page() asserts that the page is locked
 (to serialise the mlocked flag against page migration): page migration or
 reclaim through this path hit the BUG.  The fix trylocks each other page and
 mlocks it only if the lock was obtained.
