# Facts: research/known-bugs.yaml id arm64-ptc-non-leaf-pmd-file-map-count (entry 101).
Id: arm64-ptc-non-leaf-pmd-file-map-count
Version: 2
Title: arm64 page_table_check BUG in pmdp_collapse_flush: a table PMD is treated as a user-mapped page (khugepaged)
Arch: arm64
Platform: CONFIG_PAGE_TABLE_CHECK, THP collapse
Evidence: console
Require: line /kernel BUG at mm\/page_table_check\.c/
Require: frame /^pmdp_collapse_flush/
Require: arch /^arm64$/
Support: frame /^collapse_huge_page/
# page_table_check_clear is static in mm/page_table_check.c: a build may inline it into the __page_table_check_*_clear entry points
Support: guilty /^(page_table_check_clear|__page_table_check_(pte|pmd|pud)_clear)$/
Introduced-By: 42b2547137f5c974bb1bfd657c869fe96b96d86f
Fixed-By: 5b47348fc0b18a78c96f8474cc90b7525ad1bbfe ("arm64/mm: fix incorrect file_map_count for non-leaf pmd/pud")
Fixed-In: v6.1
Fixed-In: stable 6.0.10
# Documentation/mm/page_table_check.rst: the checker is built with
# CONFIG_PAGE_TABLE_CHECK and runs with page_table_check=on, or always with
# CONFIG_PAGE_TABLE_CHECK_ENFORCED; the BUG is raised in mm/page_table_check.c.
Workaround: boot without page_table_check=on (on a kernel without CONFIG_PAGE_TABLE_CHECK_ENFORCED), or build with CONFIG_PAGE_TABLE_CHECK=n: the BUG is the checker's own
Link: https://git.kernel.org/stable/c/5b47348fc0b18a78c96f8474cc90b7525ad1bbfe
Link: https://cve.org/CVERecord/?id=CVE-2022-49778
Test-Log: tests/data/signatures/arm64-ptc-non-leaf-pmd-file-map-count.log
Test-Log: tests/data/signatures/occurrences/arm64-ptc-non-leaf-pmd-file-map-count.2.log
Test-Log: tests/data/signatures/occurrences/arm64-ptc-non-leaf-pmd-file-map-count.3.log
Test-Not: tests/data/signatures/lookalikes/arm64-ptc-non-leaf-pmd-file-map-count.khugepaged-collapse-vma-revalidate-uaf-pmdp-collapse-flush.log
Description:
 pmd_user_accessible_page() only tested pmd_present(), so when
 collapse_huge_page() cleared a PMD that points to a PTE table the checker
 decremented file_map_count for a page it had never accounted, and BUGs.  The
 fix tests pmd_leaf()/pud_leaf() as well.
