# Facts: research/known-bugs.yaml id arm-sync-icache-reserved-nomap-pfn (entry 159).
# ktriage does not parse the '(func) from (func+off)' unwinder format of this log, so the trace is matched on lines.
Id: arm-sync-icache-reserved-nomap-pfn
Version: 3
Title: ARM32 paging request in the dcache flush from __sync_icache_dcache/set_pte_at on remap_pfn_range of reserved no-map memory
Arch: arm (32-bit)
Platform: reserved no-map memory with struct pages, uio mmap
Evidence: console
Require: lr /^__sync_icache_dcache/
Require: arch /^arm$/
Support: frame /^remap_pfn_range$/
Support: line /flush_kern_dcache_area/
Introduced-By: a4d5613c4dc6d413e0733e37db9d116a2a36b9f3 ("arm: extend pfn_valid to take into account freed memory map alignment")
Fixed-By: 0c66c6f4e21cb22220cbd8821c5c73fc157d20dc ("ARM: 9359/1: flush: check if the folio is reserved for no-mapping addresses")
Fixed-In: v6.9
Fixed-In: stable 6.6.24
Fixed-In: stable 6.7.12
Fixed-In: stable 6.8.3
Link: https://git.kernel.org/stable/c/0c66c6f4e21cb22220cbd8821c5c73fc157d20dc
Link: https://cve.org/CVERecord/?id=CVE-2024-26947
Test-Log: tests/data/signatures/arm-sync-icache-reserved-nomap-pfn.log
Description:
 Once pfn_valid() became true for reserved but unmapped (no-map) memory,
 set_pte_at() of such a PFN into user space made __sync_icache_dcache() flush
 the page through its kernel linear address, which is not mapped.  The fix
 skips reserved folios.
