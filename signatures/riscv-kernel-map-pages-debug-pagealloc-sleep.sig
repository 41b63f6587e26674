# Facts: research/known-bugs.yaml id riscv-kernel-map-pages-debug-pagealloc-sleep (entry 161).
Id: riscv-kernel-map-pages-debug-pagealloc-sleep
Version: 3
Title: RISC-V 'sleeping function called from invalid context' in __set_memory from __kernel_map_pages (DEBUG_PAGEALLOC)
Arch: riscv64
Platform: CONFIG_DEBUG_PAGEALLOC active
Evidence: console
Require: frame /^__kernel_map_pages/
Require: line /sleeping function called from invalid context/
Require: arch /^riscv$/
# __set_memory is static in arch/riscv/mm/pageattr.c: a build may inline it into __kernel_map_pages
Require: guilty /^(__set_memory|__kernel_map_pages)$/
Introduced-By: 5fde3db5eb028b95aeefa1ab192d36800414e8b8
Fixed-By: fb1cf0878328fe75d47f0aed0a65b30126fcefc4 ("riscv: rewrite __kernel_map_pages() to fix sleeping in invalid context")
Fixed-In: v6.10
Fixed-In: stable 6.1.95
Fixed-In: stable 6.6.35
Fixed-In: stable 6.9.6
# mm/Kconfig.debug: DEBUG_PAGEALLOC unmaps freed pages from the linear map
# when enabled at run time, by DEBUG_PAGEALLOC_ENABLE_DEFAULT or
# debug_pagealloc=on ("can be overridden by debug_pagealloc=off|on").
Workaround: boot with debug_pagealloc=off (the default unless CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT=y): __kernel_map_pages() is the debug_pagealloc hook that toggles linear-map PTEs
Link: https://git.kernel.org/stable/c/fb1cf0878328fe75d47f0aed0a65b30126fcefc4
Link: https://cve.org/CVERecord/?id=CVE-2024-40915
Test-Log: tests/data/signatures/riscv-kernel-map-pages-debug-pagealloc-sleep.log
Test-Not: tests/data/signatures/lookalikes/riscv-kernel-map-pages-debug-pagealloc-sleep.preempt-rt-die-spinlock.log
Test-Not: tests/data/signatures/lookalikes/riscv-kernel-map-pages-debug-pagealloc-sleep.x86-sev-dma-direct-set-memory-decrypted-atomic-sleep.log
Test-Not: tests/data/signatures/lookalikes/riscv-kernel-map-pages-debug-pagealloc-sleep.x86-snp-rfc-restrictedmem-invalidate-mmu-lock-set-memory-p-sched-atomic.log
Description:
 __kernel_map_pages() toggles the valid bit of linear-map PTEs as pages are
 freed and allocated, and it used __set_memory(), which takes init_mm's mmap
 lock.  It can be called from atomic context, where taking that rwsem may
 sleep.  The fix rewrites it with apply_to_existing_page_range() and no
 lock.
