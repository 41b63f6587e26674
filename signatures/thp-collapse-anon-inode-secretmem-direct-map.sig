# Facts: research/known-bugs.yaml id thp-collapse-anon-inode-secretmem-direct-map (entry 136).
Id: thp-collapse-anon-inode-secretmem-direct-map
Version: 4
Title: THP collapse of anonymous-inode files: page fault in memcpy from collapse_file on a secretmem page (not in the direct map), or WARNING in kvm_gmem_fault_user_mapping on a guest_memfd large folio
Arch: x86_64 (generic)
Platform: CONFIG_READ_ONLY_THP_FOR_FS; secretmem or guest_memfd (anonymous-inode files)
Evidence: console
# The fix names two crash sites: the collapse copying a secretmem page through
# the direct map, and guest_memfd's fault handler meeting the large folio a
# collapse left in its page cache (syzbot's report, which the fix closes).
Variant: secretmem-direct-map
Require: line /unable to handle (page fault|kernel paging request)/
# The copy faults on a page missing from the direct map: an oops.  A BUG
# in collapse_file() on another unsuitable mapping (see the Test-Not) is
# another bug.
Require: kind /^oops$/
Require: frame /^collapse_file$/
Support: pc /^memcpy/
Support: frame /^(madvise_collapse|hpage_collapse_scan_file|khugepaged_scan_mm_slot)$/
Variant: guest-memfd-large-folio
Require: line /guest_memfd\.c:[0-9]+ (at )?kvm_gmem_fault_user_mapping/
Support: line /^folio_test_large\(folio\)$/
# reached from a user fault on the guest_memfd mapping
Support: frame /^__do_fault$/
Introduced-By: 7fbb5e188248c50f737720825da1864ce42536d1
Fixed-By: dd085fe9a8ebfc5d10314c60452db38d2b75e609 ("mm: thp: deny THP for files on anonymous inodes")
Fixed-In: v7.0
Fixed-In: stable 6.12.78
Fixed-In: stable 6.18.17
Fixed-In: stable 6.19.7
Link: https://git.kernel.org/stable/c/dd085fe9a8ebfc5d10314c60452db38d2b75e609
Link: https://cve.org/CVERecord/?id=CVE-2026-23375
Test-Log: tests/data/signatures/thp-collapse-anon-inode-secretmem-direct-map.log
Test-Log: tests/data/signatures/occurrences/thp-collapse-anon-inode-secretmem-direct-map.2.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-anon-inode-secretmem-direct-map.dev-zero-anon-vma-madvise-collapse-bug.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-anon-inode-secretmem-direct-map.gmem-invalidate-lock-mmap-lock-lockdep.log
Description:
 file_thp_enabled() let files backed by anonymous inodes, such as secretmem
 and guest_memfd, pass as read-only regular files, so MADV_COLLAPSE and
 khugepaged tried to collapse them into a THP.  collapse_file() copies the
 old pages through the direct map, but secretmem pages have been removed from
 it, so the copy faults.  guest_memfd's fault handler does not take large
 folios and warns on the one a collapse left in its page cache.  The fix
 refuses THP for anonymous-inode files.
