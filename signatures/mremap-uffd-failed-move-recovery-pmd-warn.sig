# Facts: research/known-bugs.yaml id mremap-uffd-failed-move-recovery-pmd-warn (entry 129).
Id: mremap-uffd-failed-move-recovery-pmd-warn
Version: 2
Title: WARNING in move_normal_pmd (or move_normal_pud) during mremap error recovery of a userfaultfd-registered VMA
Arch: x86_64 (generic)
Platform: userfaultfd without remap events, mremap with PMD-level moves
Evidence: console
# The WARN site in either WARNING header form ('at path:N func' before 6.19,
# 'path:N at func' after).
Require: line /mm\/mremap\.c:[0-9]+ (at )?move_(normal_p[mu]d|pgt_entry|page_tables)/
Support: frame /^copy_vma_and_data/
Support: frame /^move_vma/
Variant: pmd
Require: line /move_normal_pmd/
# The fix (772e5b4a5e83): "Add a new helper where we perform+document that
# check for the PMD and PUD level": the same pud_none() sanity WARN in
# move_normal_pud() during the recovery move.
Variant: pud
Require: line /move_normal_pud/
Introduced-By: 0cef0bb836e3cfe00f08f9606c72abd72fe78ca3
Fixed-By: 772e5b4a5e8360743645b9a466842d16092c4f94 ("mm/mremap: fix WARN with uffd that has remap events disabled")
Fixed-In: v6.17
Fixed-In: stable 6.16.4
Link: https://git.kernel.org/stable/c/772e5b4a5e8360743645b9a466842d16092c4f94
Link: https://cve.org/CVERecord/?id=CVE-2025-39775
Test-Log: tests/data/signatures/mremap-uffd-failed-move-recovery-pmd-warn.log
Test-Log: tests/data/signatures/occurrences/mremap-uffd-failed-move-recovery-pmd-warn.2.log
Test-Not: tests/data/signatures/lookalikes/mremap-uffd-failed-move-recovery-pmd-warn.lkft-i386-exec-stack-shift.log
Description:
 move_page_tables() descends to PTE level for uffd-registered VMAs during the
 forward move, but not in the recovery move made after a page-table
 allocation failure.  The recovery therefore tried a whole-PMD move onto a
 populated destination and the pmd_none() sanity check warned.  The fix checks
 both VMAs before that check.
