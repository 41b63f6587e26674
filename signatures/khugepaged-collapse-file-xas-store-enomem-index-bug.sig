# Facts: the cause and the fix from Ivan Orlov's patch mails
# <20230329145330.23191-1-ivan.orlov0322@gmail.com> and v2
# <20230330155305.423051-1-ivan.orlov0322@gmail.com> ("mm: khugepaged: Fix
# kernel BUG in hpage_collapse_scan_file", Reported-by:
# syzbot+9578faa5475acb35fa50, tested via syzbot; no Fixes: tag); the merged
# subject and the 12-hex id 2ce0bdfebc74 as Hugh Dickins gives them in his
# 2023-04-23 mail (quoted in David Stevens's reply) on inserting "Ivan Orlov's
# syzbot fix commit" ahead of the khugepaged poison-recovery commits; the
# full id 2ce0bdfebc74f6cbd4e97a4e767d505a81c38cf2 from the "[ Upstream commit ]"
# line of its 6.1 stable backport <20240827143839.635707929@linuxfoundation.org>
# ('[PATCH 6.1 037/321]', 6.1-stable review, 2024-08-27).  No
# release statement was read: no Fixed-In.  The Test-Log is
# syzbot's report <000000000000226a6105f6954b47@google.com> ("kernel BUG in
# hpage_collapse_scan_file", 6.2.0-syzkaller-13154-g857f1268a591).
Id: khugepaged-collapse-file-xas-store-enomem-index-bug
Version: 4
Title: kernel BUG at mm/khugepaged.c in collapse_file(): an xas_store() of a hole failed with -ENOMEM, the scan did not advance and the index check fired (MADV_COLLAPSE/khugepaged on shmem)
Arch: any (seen on x86_64)
Platform: shmem/file THP collapse by MADV_COLLAPSE under memory-allocation failure (syzbot's fault injection), 6.1-6.3 era kernels
Evidence: console
# The BUG: collapse_file()'s check that the xarray cursor is at the index the
# loop expects (VM_BUG_ON(index != xas.xa_index)) ...
Require: line /kernel BUG at mm\/khugepaged\.c:[0-9]+!/
# ... raised in collapse_file() (inlined in hpage_collapse_scan_file()).
Require: function /^collapse_file$/
Support: guilty /^(collapse_file|hpage_collapse_scan_file)$/
# Reached from MADV_COLLAPSE, whose caller's allocations syzbot fails on
# purpose: the reports of this bug come from that path (Zach O'Keefe's
# reply <CAAa6QmSH-c4voB2vg=ohdeQwmGDJ8X5rUw97-99cFkVaOPD5mg@mail.gmail.com>:
# the store failed "due to error injection here", on shmem after a
# MADV_REMOVE punch, and may only be reachable that way).  The khugepaged
# thread's own scan is rejected since the look-alike of 2021: a BUG in
# collapse_file() there, which Yang Shi reads as a page left mapped by a
# race (another assertion).
Support: frame /^madvise_collapse$/
Reject: frame /^(khugepaged|khugepaged_do_scan|khugepaged_scan_mm_slot)$/
# The xarray node allocation that xas_store() needed failed (syzbot injects
# such failures).
Support: context /FAULT_INJECTION: forcing a failure/
# The fix was in mm-stable by 2023-04-23 (Hugh Dickins's mail), so every 6.5
# or later kernel has it (the exact first release was not read).  Added after
# the look-alike from linux-next of 2023-07-13: another VM_BUG_ON at the top
# of collapse_file() (start not PMD-aligned), caused by a khugepaged change
# in that tree (Hugh Dickins's diagnosis in the thread).
Reject: release /^(6\.([5-9]|[1-9][0-9])|[7-9]\.|[1-9][0-9]\.)/
Fixed-By: 2ce0bdfebc74f6cbd4e97a4e767d505a81c38cf2 ("mm: khugepaged: fix kernel BUG in hpage_collapse_scan_file()")
Link: https://lore.kernel.org/all/000000000000226a6105f6954b47@google.com/
Link: https://syzkaller.appspot.com/bug?extid=9578faa5475acb35fa50
Link: https://lore.kernel.org/all/20230330155305.423051-1-ivan.orlov0322@gmail.com/
Test-Log: tests/data/signatures/khugepaged-collapse-file-xas-store-enomem-index-bug.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-xas-store-enomem-index-bug.next-collapse-pte-mapped-thp-read-lock-start-align.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-xas-store-enomem-index-bug.khugepaged-page-still-mapped-5.14.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-xas-store-enomem-index-bug.next-20240405-collapse-file-folio-locked-null-gpf.log
Description:
 While collapsing a shmem range into a huge page, collapse_file() fills the
 holes of the range by storing the new huge page into the page cache xarray
 with xas_store().  That store can need a new xarray node; when the
 allocation failed (-ENOMEM), nothing checked the xarray state, the next
 xas_next() did not move the cursor, and the check that the cursor is at the
 expected index hit a BUG.  The fix checks xas_error() after the store,
 undoes the shmem charge and fails the collapse with a new
 SCAN_STORE_FAILED result.
