# Facts: research/known-bugs.yaml id arm-debug-kmap-local-fixmap-overlaps-dt (entry 149).
Id: arm-debug-kmap-local-fixmap-overlaps-dt
Version: 3
Title: ARM boot oops in cpu_*_set_pte_ext from __set_fixmap: DEBUG_KMAP_LOCAL doubles the fixmap into the DT mapping
Arch: arm (32-bit, LPAE)
Platform: CONFIG_DEBUG_KMAP_LOCAL=y with large NR_CPUS, EFI boot with FDT in highmem
Evidence: console
Require: guilty /^cpu_[a-z0-9]+_set_pte_ext$/
Require: lr /^__set_fixmap/
Require: arch /^arm$/
Support: line /PID: 0 Comm: swapper/
Introduced-By: 2a15ba82fa6ca3f35502b3060f22118a938d2889
Fixed-By: d624833f5984d484c5e3196f34b926f9e71dafee ("ARM: 9063/1: mm: reduce maximum number of CPUs if DEBUG_KMAP_LOCAL is enabled")
Fixed-In: v5.12
Fixed-In: stable 5.11.16
# The fix (stable backport mail, Fixes: 2a15ba82fa6ca3f3) limits NR_CPUS to 16
# when CONFIG_DEBUG_KMAP_LOCAL=y; its Kconfig help: kmap_local() debugging
# "uses half of the per-CPU fixmap slots as guard regions".
Workaround: build with CONFIG_DEBUG_KMAP_LOCAL=n, or with CONFIG_NR_CPUS at most 16, the limit the fix imposes when DEBUG_KMAP_LOCAL is enabled
Link: https://git.kernel.org/stable/c/d624833f5984d484c5e3196f34b926f9e71dafee
Link: https://cve.org/CVERecord/?id=CVE-2021-46910
Test-Log: tests/data/signatures/arm-debug-kmap-local-fixmap-overlaps-dt.log
Test-Not: tests/data/signatures/lookalikes/arm-debug-kmap-local-fixmap-overlaps-dt.finish-fault-orig-pte-clear.log
Test-Not: tests/data/signatures/lookalikes/arm-debug-kmap-local-fixmap-overlaps-dt.lkft-x15-stack-pte-fault.log
Description:
 The kmap_local debug guard slots doubled the per-CPU part of the fixmap,
 which then grew below its reserved window into the virtual DT mapping.
 Block entries there were taken for fixmap PTE tables and written through a
 lowmem-only phys-to-virt translation, so __set_fixmap() faulted early in
 boot.  The fix limits NR_CPUS when DEBUG_KMAP_LOCAL is enabled.
