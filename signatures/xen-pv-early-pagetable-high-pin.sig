# Facts: research/known-bugs.yaml id xen-pv-early-pagetable-high-pin, seed 004.
Id: xen-pv-early-pagetable-high-pin
Version: 2
Title: Xen PV dom0 crashes at boot with "Bad type ... Error while pinning mfn" after x86-64 early page tables moved high
Arch: x86_64 (Xen PV)
Platform: Xen PV dom0, 2.6.39 development cycle
Evidence: console
Require: line /Error while pinning mfn/
Require: kind /^xen$/
Support: line /Bad type \(saw [0-9a-f]+ != exp [0-9a-f]+\) for mfn/
Support: context /Xen: setup ISA identity maps|about to get started/
# a writable alias of a page table (vm_unmap_ram) fails pinning too: another bug
Reject: line /Attempt to create linear p\.t\. with write perms/
Introduced-By: 4b239f458c229de044d6905c2b0f9fe16ed9e01e ("x86-64, mm: Put early page table high")
Fixed-By: 279b706 ("x86,xen: introduce x86_init.mapping.pagetable_reserve")
# Only the short id 279b706 is known (arch/x86/mm/init.c cites it above
# alloc_low_pages()); no source seen states its release, hence (unverified).
# The former Workaround (bare metal, HVM, or an older kernel) was not a
# workaround a source supports; dropped.
Fixed-In: v2.6.39 (unverified)
Link: https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/tree/arch/x86/mm/init.c
Test-Log: tests/data/seeds/004_2068eff385394c5d.txt
Test-Not: tests/data/signatures/lookalikes/xen-pv-early-pagetable-high-pin.vm-unmap-ram-alias.log
Description:
 With the early page-table buffer placed at the top of memory,
 init_memory_mapping() maps the not yet used part of that buffer
 (pgt_buf_end..pgt_buf_top) as ordinary writable memory.  When those pages
 later become page tables, Xen refuses to pin them because a writable mapping
 of them exists, and dom0 is crashed.
 .
 Mainline kept the x86_init.mapping.pagetable_reserve hook ("x86,xen:
 introduce x86_init.mapping.pagetable_reserve"); the comment above
 alloc_low_pages() in arch/x86/mm/init.c still refers to it.
