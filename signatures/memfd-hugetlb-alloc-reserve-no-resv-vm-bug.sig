# Facts: the fix's subject and trailers (Fixes: 26a8ea80929c, Reported-by:
# syzbot+a504cb5bae4fe117ba94, Closes: the extid and the report
# <677928b5.050a0220.3b53b0.004d.GAE@google.com>) from the commit as merged
# (Link: 20250626191116.1377761-1-vivek.kasireddy@intel.com).  The mainline id:
# akpm's mm.git post-receive mail <175237334168.2781262.2698653487721642115@gitolite.kernel.org>
# (2025-07-13) lists c39b87456411 on refs/heads/master in one linear revlist
# with ddd05742b45b and 6ee9b3d84775, after c39b87456411; research/cna-fixes.tsv
# gives both as mainline fixes first released in 6.16 (CVE-2025-38447,
# CVE-2025-38510), so c39b87456411 is an ancestor of them in mainline and in
# v6.16, which NVIDIA's NV-Kernels backport PR #180 also calls it ("upstream
# (v6.16) fix").  No CVE row for this fix; no stable release read.
# The Test-Logs are the syzbot log the fix quotes (6.13-rc5, QEMU; the first
# report's own mail was not found) and syzbot's reproducer crash in the report thread
# <679e894f.050a0220.163cdc.0027.GAE@google.com> (6.13, GCE).
Id: memfd-hugetlb-alloc-reserve-no-resv-vm-bug
Version: 2
Title: kernel BUG in alloc_hugetlb_folio_reserve(): memfd_pin_folios() (udmabuf) allocated a hugetlb folio for a memfd that was never mapped, with no reservation, and hit VM_BUG_ON(!h->resv_huge_pages)
Arch: any (seen on x86_64)
Platform: CONFIG_DEBUG_VM; hugetlb memfd pinned (udmabuf create) before it is mmap()ed and faulted in
Evidence: console
# The VM_BUG_ON in the hugetlb allocator ...
Require: line /kernel BUG at mm\/hugetlb\.c:[0-9]+!/
# ... in the reserve-pool allocation helper that only memfd_alloc_folio()
# calls (without CONFIG_DEBUG_VM the bug is a silent resv_huge_pages
# underflow, with no console output).
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\balloc_hugetlb_folio_reserve(\.[\w.]+)?\+0x/
Require: pc /^alloc_hugetlb_folio_reserve$/
# Reached from pinning the memfd's folios, e.g. for a udmabuf.
Support: frame /^memfd_alloc_folio$/
Support: frame /^(memfd_pin_folios|udmabuf_pin_folios|udmabuf_create)$/
Introduced-By: 26a8ea80929c ("mm/hugetlb: fix memfd_pin_folios resv_huge_pages leak")
Fixed-By: c39b87456411a7e4d97a0f6384ca31f2abb1a4b7 ("mm/hugetlb: don't crash when allocating a folio if there are no resv")
Fixed-In: v6.16
Link: https://syzkaller.appspot.com/bug?extid=a504cb5bae4fe117ba94
Link: https://lore.kernel.org/all/677928b5.050a0220.3b53b0.004d.GAE@google.com/
Link: https://lore.kernel.org/all/679e894f.050a0220.163cdc.0027.GAE@google.com/
Link: https://lkml.kernel.org/r/20250626191116.1377761-1-vivek.kasireddy@intel.com
Test-Log: tests/data/signatures/memfd-hugetlb-alloc-reserve-no-resv-vm-bug.log
Test-Log: tests/data/signatures/occurrences/memfd-hugetlb-alloc-reserve-no-resv-vm-bug.2.log
Test-Not: tests/data/signatures/lookalikes/memfd-hugetlb-alloc-reserve-no-resv-vm-bug.huge-pte-alloc-double-ptep-get-false-bug.log
Description:
 memfd_pin_folios(), used by udmabuf, allocates the folios of a hugetlb
 memfd that have not been faulted in yet through memfd_alloc_folio(),
 which takes one from the reserved pool with alloc_hugetlb_folio_reserve().
 When the memfd was never mapped, no reservation had been made, so
 resv_huge_pages could be zero while a free folio was dequeued, and the
 VM_BUG_ON asserting a reservation fired (without CONFIG_DEBUG_VM the
 counter underflowed instead).  The fix checks for a reservation under
 hugetlb_lock and fails the allocation when there is none.
