# Facts: fix commit, subject, trailers and the introducing commit from the
# mm-commits notice of the merged patch (<20240506002840.CF8D4C113CC@smtp.kernel.org>:
# Reported-by: syzbot+d8426b591c36b21c750e, Link: the syzbot report,
# Fixes: f369b07c8614); the mainline id from the mainline revlist (after
# Linux 6.9-rc7) and syzbot's fix bisection, which name the same commit;
# first fixed releases from research/cna-fixes.tsv (CVE-2024-36881: mainline
# 6.9, stable 6.6.31 and 6.8.10).  The Test-Log is that syzbot report
# <000000000000ca4df20616a0fe16@google.com> ("WARNING in
# __page_table_check_ptes_set").
Id: uffd-wp-close-leftover-pte-bits-writable-warn
Version: 2
Title: close() of a userfaultfd leaves uffd-wp bits in PTEs of the unregistered VMA; a later write-enable trips the uffd-wp/writable check
Arch: x86_64 (generic)
Platform: userfaultfd write-protect (CONFIG_PAGE_TABLE_CHECK, or x86 pte_uffd_wp() checks)
Evidence: console
Variant: page-table-check
# page_table_check's check that no PTE is both uffd-wp and writable.
Require: line /WARNING: .* at mm\/page_table_check\.c:\d+ __page_table_check_pte/
# ... set when mprotect() makes the range writable again, after the
# userfaultfd was closed without clearing the wr-protect bits.
Require: frame /^(change_pte_range|change_protection|mprotect_fixup)$/
Support: frame /^(page_table_check_ptes_set|set_ptes|ptep_modify_prot_commit)$/
# x86's pte_uffd_wp() warns when it reads a PTE that is uffd-wp and writable.
# The leftover bits reach it from the walkers that test uffd-wp on a VMA that
# is no longer registered: khugepaged/MADV_COLLAPSE scanning (syzbot
# 5ea2845f44caa77f5543, which syzbot's fix bisection and David Hildenbrand
# tie to this fix), mprotect, fork.  PAGEMAP_SCAN write-protecting a VMA that
# was never registered is a different bug with the same warning (fixed by
# "mm/pagemap: Fix ioctl(PAGEMAP_SCAN) on vma check").
Variant: x86-pte-uffd-wp-writable
Require: line /WARNING: .* at arch\/x86\/include\/asm\/pgtable\.h:\d+ pte_uffd_wp/
Require: function /^(madvise_collapse|khugepaged_scan_mm_slot|khugepaged|hpage_collapse_scan_pmd|change_protection|mprotect_fixup|copy_pte_range|copy_page_range|dup_mmap)$/
Reject: function /^(pagemap_scan_pmd_entry|do_pagemap_scan|do_pagemap_cmd)$/
Support: line /hpage_collapse_scan_pmd|change_pte_range|copy_present_pte/
Introduced-By: f369b07c861435bd812a9d14493f71b34132ed6f ("mm/uffd: reset write protection when unregister with wp-mode")
Fixed-By: c88033efe9a391e72ba6b5df4b01d6e628f4e734 ("mm/userfaultfd: reset ptes when close() for wr-protected ones")
Fixed-In: v6.9
Fixed-In: stable 6.6.31
Fixed-In: stable 6.8.10
Link: https://lkml.kernel.org/r/20240422133311.2987675-1-peterx@redhat.com
Link: https://lore.kernel.org/all/000000000000ca4df20616a0fe16@google.com/
Link: https://syzkaller.appspot.com/bug?extid=5ea2845f44caa77f5543
Link: https://cve.org/CVERecord/?id=CVE-2024-36881
Test-Log: tests/data/signatures/uffd-wp-close-leftover-pte-bits-writable-warn.log
Test-Log: tests/data/signatures/occurrences/uffd-wp-close-leftover-pte-bits-writable-warn.2.log
Test-Log: tests/data/signatures/occurrences/uffd-wp-close-leftover-pte-bits-writable-warn.3.log
Test-Not: tests/data/signatures/lookalikes/uffd-wp-close-leftover-pte-bits-writable-warn.pagemap-scan-non-uffd-vma.log
Test-Not: tests/data/signatures/lookalikes/uffd-wp-close-leftover-pte-bits-writable-warn.debug-vm-pgtable-random-orvalue.log
Description:
 Unregistering a write-protect userfaultfd range clears the uffd-wp bits
 from its page-table entries, but closing the userfaultfd only dropped the
 VMA flags and left those bits behind.  A later write-enable on the no longer
 registered VMA (mprotect, or a write fault reusing the page) then produced
 PTEs that are both uffd-wp and writable, which the page-table checks
 reject.  The fix clears the bits on close() as unregister does.
