# Facts: the fix's subject, mainline id and trailers from Greg Kroah-Hartman's
# "FAILED: patch ... failed to apply to 6.12-stable tree" mail
# <2025062000-pond-bobcat-914a@gregkh>, which quotes the original commit in
# Linus's tree (595cf683519a, Shivank Garg, Reported-by:
# syzbot+2b99589e33edbe9475ca, Closes: the report below, Fixes: 05c5323b2a34).
# No release statement was read: no Fixed-In.
# The Test-Log is syzbot's report <6828470d.a70a0220.38f255.000c.GAE@google.com>
# ("WARNING in folio_large_mapcount", 6.15.0-rc6, no reproducer).
Id: khugepaged-scan-file-folio-split-race-large-mapcount-warn
Version: 4
Title: WARNING in folio_large_mapcount from khugepaged's file/shmem scan: hpage_collapse_scan_file() read the mapcount of a page-cache folio it held no reference on, and the folio was split or freed under it
Arch: any (seen on x86_64)
Platform: khugepaged or MADV_COLLAPSE on file/shmem mappings with large folios; CONFIG_DEBUG_VM for the warning
Evidence: console
# folio_mapcount() saw a large folio, folio_large_mapcount() then found it no
# longer large: VM_WARN_ON_FOLIO(!folio_test_large(folio)) in include/linux/mm.h.
# The WARNING line names the function the WARN was compiled into: when
# folio_large_mapcount() is inlined that is one of its callers on this path.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /WARNING: .*include\/linux\/mm\.h:\d+ (folio_large_mapcount|folio_mapcount|is_refcount_suitable|folio_expected_ref_count|hpage_collapse_scan_file)(\.[\w.]+)?\+/
# ... from the page-cache walk of the khugepaged/MADV_COLLAPSE file scan,
# which looked at folios under RCU only, without a reference.
# hpage_collapse_scan_file is static in mm/khugepaged.c: a build may inline it into its caller (khugepaged_scan_mm_slot, in turn into khugepaged, or madvise_collapse)
Require: frame /^(hpage_collapse_scan_file|khugepaged_scan_mm_slot|khugepaged|madvise_collapse)$/
# the refcount check that read the mapcount: is_refcount_suitable() in the
# reported 6.15-rc kernel, folio_expected_ref_count() once patch 1/2 of the
# fix's series replaced it (the fix's v2 mail names that caller)
Support: frame /^(is_refcount_suitable|folio_expected_ref_count|folio_mapcount)$/
Support: frame /^(khugepaged_scan_mm_slot|khugepaged_do_scan|khugepaged|madvise_collapse)$/
Support: log /page dumped because: VM_WARN_ON_FOLIO\(!folio_test_large\(folio\)\)/
Introduced-By: 05c5323b2a34 ("mm: track mapcount of large folios in single value")
Fixed-By: 595cf683519ab5a277d258a2251ee8cc7b838d6d ("mm/khugepaged: fix race with folio split/free using temporary reference")
Workaround: disable khugepaged for file/shmem THPs (shmem_enabled=never, no CONFIG_READ_ONLY_THP_FOR_FS use); the warning is debug-only (CONFIG_DEBUG_VM)
Link: https://lore.kernel.org/all/6828470d.a70a0220.38f255.000c.GAE@google.com
Link: https://syzkaller.appspot.com/bug?extid=2b99589e33edbe9475ca
Link: https://lkml.kernel.org/r/20250526182818.37978-1-shivankg@amd.com
Test-Log: tests/data/signatures/khugepaged-scan-file-folio-split-race-large-mapcount-warn.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-scan-file-folio-split-race-large-mapcount-warn.syzbot-stable-page-flags.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-scan-file-folio-split-race-large-mapcount-warn.syzbot-alloc-charge-hpage-thisnode-offline-warn.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-scan-file-folio-split-race-large-mapcount-warn.syzbot-next-collapse-file-folio-unlock-bug.log
Description:
 hpage_collapse_scan_file() walks the page cache of a file or shmem mapping
 under RCU and, for each folio, checked is_refcount_suitable(), which reads
 folio_mapcount().  It held no reference on the folio, so the folio could be
 split or freed between folio_mapcount()'s folio_test_large() check and
 folio_large_mapcount(), whose VM_WARN_ON_FOLIO(!folio_test_large()) then
 fired.  The fix takes a temporary reference (folio_try_get() and a recheck
 of the xarray slot) and compares the refcount with
 folio_expected_ref_count() + 1.
