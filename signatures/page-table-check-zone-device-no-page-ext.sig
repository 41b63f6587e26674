# Facts: research/known-bugs.yaml id page-table-check-zone-device-no-page-ext (entry 162).
# The fix quotes one BUG line (BUG_ON(!page_ext), line 55 in the releases
# the fix applies to): that line alone is one variant.  A held-out full
# report (bugzilla 216047, XFS with dax=always on 5.19-rc0, where the same
# BUG_ON is line 51) shows the path the fix describes, a fault inserting a
# device pfn: the other variant, whatever the line number.
Id: page-table-check-zone-device-no-page-ext
Version: 3
Title: kernel BUG at mm/page_table_check.c:55 mapping DAX / ZONE_DEVICE pfns with page_table_check enabled (ZONE_DEVICE pages have no page_ext)
Platform: CONFIG_PAGE_TABLE_CHECK (page_table_check=on) with ZONE_DEVICE memory (device-dax, devm_memremap_pages)
Evidence: console
Variant: quoted-line
# the fix's excerpt has no call trace: nothing in it corroborates the line,
# so this variant stays at medium
Require: line /kernel BUG at mm\/page_table_check\.c:55!/
Variant: device-pfn-insert
Require: line /kernel BUG at mm\/page_table_check\.c:\d+!/
Require: frame /^(insert_pfn|insert_pfn_pmd|insert_pfn_pud|__vm_insert_mixed|vmf_insert_mixed(_mkwrite)?|vmf_insert_pfn(_prot|_pmd|_pmd_prot|_pud|_pud_prot)?)$/
Support: guilty /^(page_table_check_set|__page_table_check_(ptes?|pmd|pud)_set)$/
Support: frame /^(dax_fault_iter|dax_iomap_pte_fault|dax_iomap_pmd_fault|dev_dax_huge_fault|__dev_dax_pte_fault|__dev_dax_pmd_fault)$/
Introduced-By: df4e817b710809425d899340dbfa8504a3ca4ba5 ("mm: page table check")
Fixed-By: 8bb592c2eca8fd2bc06db7d80b38da18da4a2f43 ("mm/page_table_check: fix crash on ZONE_DEVICE")
Fixed-In: v6.10
Fixed-In: stable 6.1.96
Fixed-In: stable 6.6.36
Fixed-In: stable 6.9.7
# Documentation/mm/page_table_check.rst: the checker is built with
# CONFIG_PAGE_TABLE_CHECK and runs with page_table_check=on, or always with
# CONFIG_PAGE_TABLE_CHECK_ENFORCED; the BUG is raised in mm/page_table_check.c.
Workaround: boot without page_table_check=on (on a kernel without CONFIG_PAGE_TABLE_CHECK_ENFORCED), or build with CONFIG_PAGE_TABLE_CHECK=n: the BUG_ON is the checker's own
Link: https://git.kernel.org/stable/c/8bb592c2eca8fd2bc06db7d80b38da18da4a2f43
Link: https://lkml.kernel.org/r/20240605212146.994486-1-peterx@redhat.com
Link: https://cve.org/CVERecord/?id=CVE-2024-40948
Test-Log: tests/data/signatures/page-table-check-zone-device-no-page-ext.log
Test-Log: tests/data/signatures/occurrences/page-table-check-zone-device-no-page-ext.2.log
Test-Log: tests/data/signatures/occurrences/page-table-check-zone-device-no-page-ext.3.log
Test-Not: tests/data/signatures/lookalikes/usbfs-mmap-slab-pages-page-table-check-anon-confusion.memfd-zap-huge-pmd-6.12.log
Description:
 ZONE_DEVICE pages have a struct page but no page_ext, and the page-table
 checker keeps its per-page counters in page_ext.  When a DAX fault installs
 a pfn mapping of device memory, set_pxx_at() reaches the checker, which
 finds no page_ext and hits its BUG_ON.  The fix skips pages that have no
 page_ext.
