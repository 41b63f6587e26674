# Facts: research/known-bugs.yaml id thp-deferred-split-pmd-migration-entry-deref (entry 124).
Id: thp-deferred-split-pmd-migration-entry-deref
Version: 4
Title: Page fault in split_huge_pmd_locked: deferred split dereferences a PMD migration entry of a THP being migrated
Arch: x86_64 (generic)
Platform: THP migration
Evidence: console
# The rmap paths call split_huge_pmd_locked() directly only from 6.10
# (josefbacik/systing PR #238, read at v6.12/v6.18); the 6.1/6.6 stable
# backports of the fix put the migration-entry check into __split_huge_pmd()
# ("[gavin: backport the migration checking logic to __split_huge_pmd]",
# Gavin Guo's 6.6.y backport quoted in Hugh Dickins's reply
# <3269e319-a13d-a85a-7668-7fd2a370752d@google.com>), so there the fault is
# taken in __split_huge_pmd, reached from split_huge_pmd_address().
Require: pc /^(__)?split_huge_pmd(_locked)?$/
Require: kind /^oops$/
# The fix's message (quoting Hugh Dickins): an anon_vma lookup points to a
# location that may hold another folio, here a PMD migration entry.  A split
# reached through a file rmap walk faulting on the same check is another bug
# (look-alike: page_folio(pmd_page()) on a page-table PMD after the folio
# conversion of __split_huge_pmd, xfstests generic/670 on 5.17.0+, kernel
# bugzilla 215804).
Reject: frame /^rmap_walk_file$/
Support: frame /^(try_to_migrate_one|try_to_unmap_one)$/
Support: frame /^rmap_walk_anon$/
Support: frame /^deferred_split_scan/
Introduced-By: 84c3fc4e9c563d8fb91cfdf5948da48fe1af34d3
Fixed-By: be6e843fc51a584672dfd9c4a6a24c8cb81d5fb7 ("mm/huge_memory: fix dereferencing invalid pmd migration entry")
Fixed-In: v6.15
Fixed-In: stable 5.4.295
Fixed-In: stable 5.10.239
Fixed-In: stable 5.15.186
Fixed-In: stable 6.1.142
Fixed-In: stable 6.6.95
Fixed-In: stable 6.12.29
Fixed-In: stable 6.14.7
Link: https://git.kernel.org/stable/c/be6e843fc51a584672dfd9c4a6a24c8cb81d5fb7
Link: https://cve.org/CVERecord/?id=CVE-2025-37958
Test-Log: tests/data/signatures/thp-deferred-split-pmd-migration-entry-deref.log
Test-Not: tests/data/signatures/lookalikes/thp-deferred-split-pmd-migration-entry-deref.xfstests-folio-truncate-split.log
Test-Not: tests/data/signatures/lookalikes/thp-deferred-split-pmd-migration-entry-deref.s390-thp-rework-deposit-pte-none-bug.log
Description:
 While a THP is being migrated its PMD holds a migration entry.  A concurrent
 deferred split reached split_huge_pmd_locked() through an anon_vma walk and
 turned that entry into a struct page with pmd_folio(), dereferencing a bogus
 address.  The fix returns early for PMD migration entries.
