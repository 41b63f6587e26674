# Facts: research/known-bugs.yaml id hugetlb-punch-hole-vs-migration-still-mapped (entry 132).
Id: hugetlb-punch-hole-vs-migration-still-mapped
Version: 6
Title: BUG: Bad page cache (still mapped when deleted) in hugetlbfs_fallocate racing with hugetlb folio migration
Arch: x86_64 (generic)
Platform: hugetlbfs, page migration
Evidence: console
Require: line /still mapped when deleted/
# remove_inode_hugepages is static in fs/hugetlbfs/inode.c: a build may inline it into hugetlbfs_punch_hole
# (hugetlbfs_fallocate itself is not accepted: a look-alike Test-Not shares it, and the Require would stop being distinctive)
Require: frame /^(remove_inode_hugepages|hugetlbfs_punch_hole)$/
Support: line /BUG: Bad page cache in process/
Support: frame /^hugetlbfs_fallocate/
Support: line /aops:hugetlbfs_aops/
# the race needs a VMA that still maps the file (migration restores the PTE
# there): when the folio is removed by the final iput() no VMA is left, so a
# folio still mapped at hugetlbfs_evict_inode() had its mapcount broken
# elsewhere, e.g. udmabuf PTE-mapping hugetlb subpages (Junxiao Chang's 6.3
# report, fixed by removing udmabuf's hugetlb support; the Test-Not)
Reject: frame /^hugetlbfs_evict_inode$/
# the hole punch unmaps before it removes pages: a report raised while
# hugetlb_vmdelete_list unmaps (the VMA lock assertion of
# hugetlb-vmdelete-list-huge-pmd-unshare-unlocked-assert-warn) is not this one
Reject: frame /^hugetlb_vmdelete_list$/
# the rules read the non-DEBUG_VM dump ('still mapped when deleted'); a
# DEBUG_VM kernel stops first at the VM_BUG_ON of the same check, a form no
# Require here matches; set apart explicitly so that the hole-punch frame
# stays distinctive: the 2019 private-mapping fault-hash race (fix
# 1b426bac66e6, a Test-Not) printed that form on this same fallocate path
Reject: log /VM_BUG_ON_(PAGE|FOLIO)\((page|folio)_mapped\((page|folio)\)\)/
# other bugs on the same hole-punch and eviction path stop at their own
# checks, not at the page cache's dump: the BUG_ONs in remove_inode_hugepages
# (UFFDIO_COPY beyond i_size, fix of 2017; SysV shm without ->pagesize) and
# the hugetlb cgroup's reservation uncharge underflow (page_counter_uncharge
# WARN, fix of 2020): Test-Nots found held out
Reject: guilty /^(remove_inode_hugepages|page_counter_uncharge)$/
Introduced-By: 4aae8d1c051ea00b456da6811bc36d1f69de5445
Fixed-By: 7b7387650dcf2881fd8bb55bcf3c8bd6c9542dd7 ("mm/hugetlb: fix folio is still mapped when deleted")
Fixed-In: v6.17
Fixed-In: stable 5.4.300
Fixed-In: stable 5.10.245
Fixed-In: stable 5.15.194
Fixed-In: stable 6.1.155
Fixed-In: stable 6.6.109
Fixed-In: stable 6.12.50
Fixed-In: stable 6.16.10
Link: https://git.kernel.org/stable/c/7b7387650dcf2881fd8bb55bcf3c8bd6c9542dd7
Link: https://cve.org/CVERecord/?id=CVE-2025-40006
Test-Log: tests/data/signatures/hugetlb-punch-hole-vs-migration-still-mapped.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.mce-hwpoison-shmem.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.udmabuf-pte-mapped-hugetlb-mapcount.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.syzbot-shmem-udmabuf-filemap-bug.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.xfs-large-folio-umount.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.private-mapping-fault-hash-key-race.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.shmem-udmabuf-evict-arm64.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.shmem-vm-insert-page-driver-5.1.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.uffdio-copy-beyond-isize-truncate-bug.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.hugetlb-cgroup-resv-uncharge-punch-hole-warn-5.9.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-punch-hole-vs-migration-still-mapped.sysv-shm-pagesize-evict-mapped-bug-uek-4.14.log
Description:
 remove_inode_single_folio() tested folio_mapped() without holding the folio
 lock.  While migration had replaced the PTE with a migration entry the folio
 looked unmapped; the extra reference then made migration fail and restore the
 PTE, and the folio was removed from the page cache while still mapped.  The
 fix takes the folio lock before the check.
