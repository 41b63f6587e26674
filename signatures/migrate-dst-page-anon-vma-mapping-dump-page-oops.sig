# Facts: CVE-2023-52490 (research/cna-fixes.tsv row: fixes, introducing
# commits, releases); mainline/stable split and console log from the CVE
# announcement (kernel-security-vulns cve/published/2023/CVE-2023-52490.mbox),
# which quotes the fix's message.  Introduced-By is the mainline commit the
# announcement names; the CNA also lists 8ca5f0ea52e1.
Id: migrate-dst-page-anon-vma-mapping-dump-page-oops
Version: 2
Title: NULL dereference in dump_page() during memory offline: a migration target page's ->mapping held a bare anon_vma pointer that page_mapping() took for a file mapping
Arch: any (seen on arm64)
Platform: page migration concurrent with memory hot-remove (offline_pages), e.g. stress-ng
Evidence: console
# __dump_page() may be inlined into dump_page() (it is in the Test-Not
# logs), so either names the dump.
Require: frame /^(__dump_page|dump_page)$/
Require: frame /^(set_migratetype_isolate|start_isolate_page_range|offline_pages|has_unmovable_pages)$/
Require: line /NULL pointer dereference/
Support: guilty /^(dentry_name|dump_mapping)$/
Support: frame /^(memory_block_offline|memory_subsys_offline|device_offline)$/
# The fix's page is a migration target met by the isolation scan (refcount 1,
# cannot be isolated).  A page dumped after its own migration failed
# (do_migrate_range(), "page dumped because: migration failure") is a source
# page of the offline: the shmem-eviction and invalid-dentry look-alikes.
Reject: frame /^do_migrate_range$/
Reject: log /page dumped because: migration failure/
Introduced-By: 64c8902ed4418317cd416c566f896bd4a92b2efc
Fixed-By: d1adb25df7111de83b64655a80b5a135adbded61 ("mm: migrate: fix getting incorrect page mapping during page migration")
Fixed-In: v6.8
Fixed-In: stable 6.6.15
Fixed-In: stable 6.7.3
Link: https://git.kernel.org/stable/c/d1adb25df7111de83b64655a80b5a135adbded61
Link: https://cve.org/CVERecord/?id=CVE-2023-52490
Test-Log: tests/data/signatures/migrate-dst-page-anon-vma-mapping-dump-page-oops.log
Test-Not: tests/data/signatures/lookalikes/migrate-dst-page-anon-vma-mapping-dump-page-oops.dump-mapping-invalid-dentry-name.log
Test-Not: tests/data/signatures/lookalikes/migrate-dst-page-anon-vma-mapping-dump-page-oops.shmem-evict-unlinked-dentry-offline.log
Test-Not: tests/data/signatures/lookalikes/migrate-dst-page-anon-vma-mapping-dump-page-oops.swap-aops-null-mapping-host-do-swap-page.log
Test-Not: tests/data/signatures/lookalikes/migrate-dst-page-anon-vma-mapping-dump-page-oops.lkp-is-mem-section-removable-poisoned-page-5.0.log
Description:
 Between unmapping a page and moving it, migration parked the anon_vma
 pointer in the locked target page's ->mapping without the anon flag.
 Memory offline, meeting that target page with refcount 1, could not
 isolate it and dumped it; __dump_page() took ->mapping for a file mapping
 and printed its dentry, dereferencing the anon_vma as an inode.  The fix
 keeps the anon_vma and the page state in ->private instead, out of sight
 of PFN walkers such as compaction and offlining.
