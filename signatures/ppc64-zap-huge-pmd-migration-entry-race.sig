# Facts: research/known-bugs.yaml id ppc64-zap-huge-pmd-migration-entry-race (entry 140).
Id: ppc64-zap-huge-pmd-migration-entry-race
Version: 3
Title: ppc64 kernel BUG in pmdp_huge_get_and_clear_full: munmap races with a THP PMD migration entry
Arch: powerpc64 (Book3S-64)
Platform: Hash and Radix; THP migration or device-private THP migration
Evidence: console
Support: arch /^powerpc$/
Variant: zap-huge-pmd
Require: line /pmdp_huge_get_and_clear_full/
Require: line /kernel BUG at arch\/powerpc\/mm\/book3s64\/pgtable\.c/
Support: frame /^zap_huge_pmd$/
# The fix (bbcbf045d6c7) quotes a second path: device-private THP migration
# ("this is one other path where this warning could get trigger from"), a
# WARNING in hash__pmd_hugepage_update() from set_pmd_migration_entry().
Variant: device-private-migration
Require: line /arch\/powerpc\/mm\/book3s64\/hash_pgtable\.c:[0-9]+/
Require: guilty /^hash__pmd_hugepage_update$/
Require: frame /^(set_pmd_migration_entry|migrate_vma_collect_pmd)$/
Support: lr /^hash__pmdp_huge_get_and_clear$/
Introduced-By: 75358ea359e7c0dfceb3c7b3d854570b4260cb7f
Fixed-By: bbcbf045d6c778e82b47a35fc8728387708e9a3d ("powerpc/64s: Fix unmap race with PMD migration entries")
Fixed-In: v7.1
Fixed-In: stable 7.0.10
Link: https://git.kernel.org/stable/c/bbcbf045d6c778e82b47a35fc8728387708e9a3d
Link: https://cve.org/CVERecord/?id=CVE-2026-53108
Test-Log: tests/data/signatures/ppc64-zap-huge-pmd-migration-entry-race.log
Test-Log: tests/data/signatures/occurrences/ppc64-zap-huge-pmd-migration-entry-race.2.log
Test-Not: tests/data/signatures/lookalikes/ppc64-zap-huge-pmd-migration-entry-race.hugetlb-free-range-start-mask-pgtable-free.log
Test-Not: tests/data/signatures/occurrences/debug-vm-pgtable-pud-devmap-ppc-radix.2.log
Test-Not: tests/data/signatures/lookalikes/ppc64-zap-huge-pmd-migration-entry-race.radix-unplug-early-pgtable-frag-count.log
Description:
 While a THP is migrated its PMD is a non-present migration entry.  A
 concurrent munmap() took the PMD lock in zap_huge_pmd() and called
 pmdp_huge_get_and_clear_full(), whose VM_BUG_ON requires a present PMD;
 device-private THP migration hits the same through
 hash__pmd_hugepage_update().
