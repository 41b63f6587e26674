# Facts: research/known-bugs.yaml id pagewalk-pud-split-refault-race (entry 138).
Id: pagewalk-pud-split-refault-race
Version: 2
Title: Oops in walk_pgd_range (PGD 0 P4D 0) reading numa_maps of a VFIO process: PUD split races with a refault
Arch: x86_64 (generic)
Platform: PUD-sized PFNMAP mappings (VFIO-PCI BARs)
Evidence: console
Require: pc /^walk_(pgd|p4d|pud|pmd)_range/
Require: kind /^oops$/
Support: frame /^show_numa_map/
Support: context /vfio-pci/
Support: line /PGD 0 P4D 0/
Introduced-By: f9e54c3a2f5b79ecc57c7bc7d0d3521e461a2101
Fixed-By: 3b89863c3fa482912911cd65a12a3aeef662c250 ("mm/pagewalk: fix race between concurrent split and refault")
Fixed-In: v7.0
Fixed-In: stable 6.12.84
Fixed-In: stable 6.18.21
Fixed-In: stable 6.19.11
Link: https://git.kernel.org/stable/c/3b89863c3fa482912911cd65a12a3aeef662c250
Link: https://cve.org/CVERecord/?id=CVE-2026-31456
Test-Log: tests/data/signatures/pagewalk-pud-split-refault-race.log
Test-Not: tests/data/signatures/lookalikes/pagewalk-pud-split-refault-race.kmmscand-rfc-numa-maps-ptl-soft-lockup-6.14.log
Test-Not: tests/data/signatures/lookalikes/pagewalk-pud-split-refault-race.syzbot-pagemap-scan-pmd-entry-uffd-wp-warn.log
Description:
 walk_pud_range() split a PUD leaf and then descended with walk_pmd_range(),
 but another thread could refault the PUD as a leaf in between, so the walker
 used a PMD table that no longer existed.  Reading /proc/PID/numa_maps while
 VFIO pinned a large BAR triggered it.  The fix re-reads the PUD and retries
 the walk.
