# Facts: research/known-bugs.yaml id smaps-walk-vs-thp-split-page-doublemap-bug (entry 99).
Id: smaps-walk-vs-thp-split-page-doublemap-bug
Version: 1
Title: kernel BUG in PageDoubleMap/__page_mapcount: smaps page-table walk reads mapcount of a THP migration entry during split
Arch: generic (x86_64 seen)
Platform: THP
Evidence: console
Require: line /kernel BUG at include\/linux\/page-flags\.h/
Require: frame /^smaps_(account|pte_range|pte_entry)|^pagemap_pmd_range/
Support: line /PageDoubleMap/
Support: guilty /^__page_mapcount/
Introduced-By: e9b61f19858a5d6c42ce2298cf138279375d0d9b
Fixed-By: 24d7275ce2791829953ed4e72f68277ceb2571c6 ("fs/proc: task_mmu.c: don't read mapcount for migration entry")
Fixed-In: v5.17
Fixed-In: stable 5.10.102
Fixed-In: stable 5.15.25
Fixed-In: stable 5.16.10
Link: https://git.kernel.org/stable/c/24d7275ce2791829953ed4e72f68277ceb2571c6
Link: https://cve.org/CVERecord/?id=CVE-2022-48802
Test-Log: tests/data/signatures/smaps-walk-vs-thp-split-page-doublemap-bug.log
Test-Log: tests/data/signatures/occurrences/smaps-walk-vs-thp-split-page-doublemap-bug.2.log
Test-Log: tests/data/signatures/occurrences/smaps-walk-vs-thp-split-page-doublemap-bug.3.log
Test-Not: tests/data/signatures/lookalikes/smaps-walk-vs-thp-split-page-doublemap-bug.pmd-dax-zone-device-smaps.log
Test-Not: tests/data/signatures/lookalikes/smaps-walk-vs-thp-split-page-doublemap-bug.x86-pae-pagemap-swp-pfn-bits-swapops-bug.log
Description:
 While another thread splits a THP (MADV_FREE on part of it) its PTEs are
 replaced by migration entries.  The /proc/PID/smaps walker still called
 page_mapcount() for such an entry; between its PageCompound() and
 PageDoubleMap() checks the page stopped being a tail page and the page-flags
 assertion fired.  The fix does not read mapcount for migration entries.
