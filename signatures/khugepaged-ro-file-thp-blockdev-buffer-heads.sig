# Facts: fix, introducing commit and first fixed releases from
# research/cna-fixes.tsv (CVE-2021-47491: a4aeaa06d45e, introduced by
# 99cb0dbd47a1, mainline 5.15, stable 5.10.78 and 5.14.16); the fix's
# subject, its Reported-by (Hao Sun; syzbot+aae069be1de40fb11825) and the
# two reports it links from the commit as quoted in the 5.10-stable
# "FAILED: patch" mail <1635596787134163@kroah.com>.  The mechanism (the
# read-only file THP collapse took a block device opened read-only and
# mapped executable, whose page cache uses buffer heads) from the fix's
# description.
# The Test-Logs are the syzbot report <000000000000c6a82505ce284e4c@google.com>
# and Hao Sun's Healer report <CACkBjsYwLYLRmX8GpsDpMthagWOjWWrNxqY6ZLNQVr6yx+f5vA@mail.gmail.com>,
# the two reports the fix links.
Id: khugepaged-ro-file-thp-blockdev-buffer-heads
Version: 1
Title: khugepaged's read-only file THP collapsed the page cache of a block device (buffer-head backed): sleeping in copy_huge_page when the huge page is migrated, or a BUG in block_invalidatepage when the device is closed
Arch: any (seen on x86_64)
Platform: CONFIG_READ_ONLY_THP_FOR_FS with a block device opened read-only and mapped PROT_EXEC, MADV_HUGEPAGE
Evidence: console
# Read-only file THP came with 99cb0dbd47a1 in 5.4.
Reject: release /^([0-4]\.|5\.[0-3](\.|-|$))/
Variant: migrate
# Migrating a huge page that has buffer heads: copying it may sleep, but
# buffer migration holds the mapping's private_lock.
Require: line /BUG: sleeping function called from invalid context/
Require: frame /^copy_huge_page$/
Require: frame /^__buffer_migrate_page$/
Support: frame /^(migrate_page_copy|move_to_new_page|migrate_pages)$/
Variant: bdev-truncate
# Closing the block device truncates its page cache: invalidating the
# buffers of the huge page trips a BUG in block_invalidatepage().
Require: line /kernel BUG at \S*fs\/buffer\.c:\d+!/
Require: pc /^block_invalidatepage$/
Require: frame /^(kill_bdev|blkdev_flush_mapping|blkdev_put_whole)$/
Support: frame /^(truncate_inode_pages_range|truncate_cleanup_page|blkdev_close)$/
Introduced-By: 99cb0dbd47a15d395bf3faa78dc122bc5efe3fc0 ("mm,thp: add read-only THP support for (non-shmem) FS")
Fixed-By: a4aeaa06d45e90f9b279f0b09de84bd00006e733 ("mm: khugepaged: skip huge page collapse for special files")
Fixed-In: v5.15
Fixed-In: stable 5.10.78
Fixed-In: stable 5.14.16
Link: https://lore.kernel.org/linux-mm/000000000000c6a82505ce284e4c@google.com/
Link: https://lkml.kernel.org/r/20211027195221.3825-1-shy828301@gmail.com
Link: https://lore.kernel.org/lkml/CACkBjsYwLYLRmX8GpsDpMthagWOjWWrNxqY6ZLNQVr6yx+f5vA@mail.gmail.com/
Link: https://cve.org/CVERecord/?id=CVE-2021-47491
Test-Log: tests/data/signatures/khugepaged-ro-file-thp-blockdev-buffer-heads.log
Test-Log: tests/data/signatures/occurrences/khugepaged-ro-file-thp-blockdev-buffer-heads.2.log
Test-Log: tests/data/signatures/occurrences/khugepaged-ro-file-thp-blockdev-buffer-heads.3.log
Test-Log: tests/data/signatures/occurrences/khugepaged-ro-file-thp-blockdev-buffer-heads.4.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-ro-file-thp-blockdev-buffer-heads.next-folio-copy-cond-resched-private-lock.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-ro-file-thp-blockdev-buffer-heads.kcompactd-invalidate-bh-lrus-ipi-stall-memory-error-4.18.log
Description:
 Read-only THP for file systems lets khugepaged collapse the page cache of
 files opened read-only and mapped executable into huge pages.  It did not
 check the file type, so the page cache of a block device opened that way
 was collapsed too, although block devices keep buffer heads on their
 page-cache pages and that code does not handle huge pages.  Migrating such
 a huge page (mbind, compaction) copies all its subpages while holding the
 mapping's private_lock, which may sleep; closing the device truncates its
 page cache, and invalidating the huge page's buffers hits a BUG in
 block_invalidatepage().  The fix collapses only regular files.
