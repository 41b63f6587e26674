# Facts: research/known-bugs.yaml id xen-pv-mfn-list-release-frees-pagetables (entry 16).
Id: xen-pv-mfn-list-release-frees-pagetables
Version: 1
Title: Xen PV dom0: releasing the MFN list also freed following page-table pages, (XEN) Bad type / Error getting mfn from L1 entry
Arch: x86_64
Platform: Xen PV dom0
Evidence: console
Require: line /Error getting mfn [0-9a-f]+ \(pfn [0-9a-f]+\) from L1 entry/
Require: kind /^xen$/
Support: line /Bad type \(saw [0-9a-f]+ != exp 7000000000000000\)/
Support: context /Freeing unused kernel memory/
Reject: line /Error while pinning mfn/
Fixed-By: 3fc509fc0c590900568ef516a37101d88f3476f5 ("xen/mmu: Release just the MFN list, not MFN list and part of pagetables.")
Link: https://gerrit-public.fairphone.software/plugins/gitiles/kernel/msm-4.9/+/3fc509fc0c590900568ef516a37101d88f3476f5%5E
Test-Log: tests/data/signatures/xen-pv-mfn-list-release-frees-pagetables.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-mfn-list-release-frees-pagetables.qubes-331-driver-domain-passthrough-mmio.log
Description:
 When dom0 gave back the memory of the initial MFN list provided by Xen, it
 released a range rounded up to a PMD boundary instead of ending at the list.
 Page-table pages placed after the list went back to the allocator and were
 reused as ordinary pages while still typed as page tables, so Xen reports
 type conflicts and refuses L1 entries that point at them.
