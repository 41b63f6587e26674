# Facts: research/known-bugs.yaml id arm64-ptc-invalid-pmd-file-map-count (entry 100).
Id: arm64-ptc-invalid-pmd-file-map-count
Version: 3
Title: arm64 page_table_check BUG while splitting a THP: a pmdp_invalidate()d PMD is still counted as a user leaf
Arch: arm64
Platform: CONFIG_PAGE_TABLE_CHECK, THP
Evidence: console
Require: line /kernel BUG at mm\/page_table_check\.c/
# __split_huge_pmd_locked is static in mm/huge_memory.c (v6.0-v6.1): a build may inline it into __split_huge_pmd
Require: frame /^__split_huge_pmd(_locked)?$/
Require: arch /^arm64$/
# page_table_check_set is static in mm/page_table_check.c: a build may inline it into the __page_table_check_*_set entry points
Support: guilty /^(page_table_check_set|__page_table_check_(ptes?|pmd|pud)_set)$/
Introduced-By: 42b2547137f5c974bb1bfd657c869fe96b96d86f
Fixed-By: 74c2f81054510d45b813548cb0a1c4ebf87cdd5f ("arm64/mm: fix incorrect file_map_count for invalid pmd")
Fixed-In: v6.2
Fixed-In: stable 6.1.7
# Documentation/mm/page_table_check.rst: the checker is built with
# CONFIG_PAGE_TABLE_CHECK and runs with page_table_check=on, or always with
# CONFIG_PAGE_TABLE_CHECK_ENFORCED; the BUG is raised in mm/page_table_check.c.
Workaround: boot without page_table_check=on (on a kernel without CONFIG_PAGE_TABLE_CHECK_ENFORCED), or build with CONFIG_PAGE_TABLE_CHECK=n: the BUG is the checker's own
Link: https://git.kernel.org/stable/c/74c2f81054510d45b813548cb0a1c4ebf87cdd5f
Link: https://cve.org/CVERecord/?id=CVE-2022-48897
Test-Log: tests/data/signatures/arm64-ptc-invalid-pmd-file-map-count.log
Test-Not: tests/data/signatures/lookalikes/arm64-ptc-invalid-pmd-file-map-count.ppc64-ptc-enable-split-huge-pmd.log
Test-Not: tests/data/signatures/lookalikes/arm64-ptc-invalid-pmd-file-map-count.next-20211125-x86-ptc-enable-kcompactd-migrate.log
Description:
 On arm64 pmd_leaf() is still true for a PMD made present-but-invalid by
 pmdp_invalidate(), so pmd_user_accessible_page() accounted that mapping once
 more.  The set_pte_at() calls of __split_huge_pmd_locked() then pushed
 file_map_count past what the page-table checker allows and it BUGs.
