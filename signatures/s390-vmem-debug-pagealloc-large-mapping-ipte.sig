# Facts: research/known-bugs.yaml id s390-vmem-debug-pagealloc-large-mapping-ipte.
# ktriage does not yet recognise the s390 "addressing exception" header: the
# report starts at the tail of the call trace and the header, the ipte
# instruction and __kernel_map_pages are kept as context.  The Support pairs
# (context and line) cover both readings.
Id: s390-vmem-debug-pagealloc-large-mapping-ipte
Version: 4
Title: s390: early boot addressing exception in __kernel_map_pages() (IPTE on a large EDAT mapping) with debug_pagealloc
Arch: s390
Platform: DAT enabled from the start (6.3+), EDAT1/EDAT2 large segment/region mappings, debug_pagealloc enabled
Evidence: console
Require: function /^memblock_free_all$/
Require: function /^startup_continue$/
Support: context /addressing exception: 0005 /
Support: line /addressing exception: 0005 /
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Support: context /__kernel_map_pages(\.[\w.]+)?\+0x/
Support: frame /^__kernel_map_pages$/
Introduced-By: bb1520d581a3a46e2d6e12bb74604ace33404de5 ("s390/mm: start kernel with DAT enabled")
Fixed-By: edc1e4b6e26536868ef819a735e04a5b32c10589 ("s390/vmem: split pages when debug pagealloc is enabled")
Fixed-In: v6.5
Fixed-In: stable 6.4.10
# mm/Kconfig.debug: DEBUG_PAGEALLOC unmaps freed pages from the linear map
# when enabled at run time, by DEBUG_PAGEALLOC_ENABLE_DEFAULT or
# debug_pagealloc=on ("can be overridden by debug_pagealloc=off|on").
Workaround: boot with debug_pagealloc=off (the default unless CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT=y): the fix splits the mapping only "when debug pagealloc is enabled"
Link: https://git.kernel.org/stable/c/edc1e4b6e26536868ef819a735e04a5b32c10589
Link: https://cve.org/CVERecord/?id=CVE-2023-54278
Test-Log: tests/data/signatures/s390-vmem-debug-pagealloc-large-mapping-ipte.log
Test-Not: tests/data/signatures/lookalikes/s390-vmem-debug-pagealloc-large-mapping-ipte.vmstat-node-slab-early-boot.log
Test-Not: tests/data/signatures/lookalikes/s390-vmem-debug-pagealloc-large-mapping-ipte.hotplug-online-pages-debug-pagealloc-off.log
Test-Not: tests/data/signatures/lookalikes/s390-vmem-debug-pagealloc-large-mapping-ipte.vmalloc-vmap-node-uninit-spinlock.log
Test-Not: tests/data/signatures/lookalikes/s390-vmem-debug-pagealloc-large-mapping-ipte.ppc603-set-pte-at-kernel-map-pages.log
Description:
 Since the kernel starts with DAT enabled, the identity/kernel mapping uses
 large EDAT segment and region entries.  debug_pagealloc unmaps single 4K
 pages with IPTE, which is invalid on a large entry, so freeing memblock
 memory at boot raises an addressing exception in __kernel_map_pages().  The
 fix splits the mapping into 4K pages when debug_pagealloc is on.
