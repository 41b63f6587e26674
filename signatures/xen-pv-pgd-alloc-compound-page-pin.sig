# Facts: research/known-bugs.yaml id xen-pv-pgd-alloc-compound-page-pin (entry 18).
Id: xen-pv-pgd-alloc-compound-page-pin
Version: 2
Title: Xen PV: kernel BUG at include/linux/page-flags.h (VM_BUG_ON_PAGE PageCompound) in xen_pin_page, PGD allocated as a compound page by _pgd_alloc()
Arch: x86_64
Platform: Xen PV (dom0 or domU), CONFIG_DEBUG_VM_PGFLAGS=y, 8k PGD (CONFIG_MITIGATION_PAGE_TABLE_ISOLATION=y)
Evidence: console
Require: line /kernel BUG at include\/linux\/page-flags\.h:[0-9]+/
# the BUG is in xen_pin_page() itself (RIP), whether or not the trace
# repeats it as a '?' entry
Require: function /^xen_pin_page$/
Support: log /VM_BUG_ON_PAGE\(1 && PageCompound\(page\)\)/
Support: frame /^(__xen_pgd_pin|__xen_pgd_walk|xen_enter_mmap|xen_pgd_pin)$/
Support: line /RIP: e030:/
Introduced-By: a9b3c355c2e6 ("asm-generic: pgalloc: provide generic __pgd_{alloc,free}")
Fixed-By: 4ce385f56434f3810ef103e1baea357ddcc6667e ("x86/mm: Fix _pgd_alloc() for Xen PV mode")
# The fix is in the Linux 6.15-rc4 shortlog.  Its message: the PGD is a
# compound page only with CONFIG_MITIGATION_PAGE_TABLE_ISOLATION set, and the
# VM_BUG_ON_PGFLAGS fires when running as a Xen PV guest.
Fixed-In: v6.15
Workaround: build without CONFIG_MITIGATION_PAGE_TABLE_ISOLATION, or run the guest as PVH instead of PV
Link: https://lore.kernel.org/lkml/202541612720-Z_-deOZTOztMXHBh-arkamar@atlas.cz/
Link: https://lore.kernel.org/r/20250422131717.25724-1-jgross@suse.com
Test-Log: tests/data/signatures/xen-pv-pgd-alloc-compound-page-pin.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-pgd-alloc-compound-page-pin.unpoison-uninitialized-page.log
Description:
 After _pgd_alloc() moved to the generic page-table allocator, an order-1
 PGD (8k, as with page-table isolation compiled in) came back as a compound
 page, although Xen PV never uses the second half.  Pinning the PGD with Xen
 sets a page flag that must not be used on compound pages, so with
 CONFIG_DEBUG_VM_PGFLAGS the first pin, already during boot, hits a
 VM_BUG_ON_PAGE.  The fix changes _pgd_alloc() so that Xen PV does not get
 a compound PGD.
