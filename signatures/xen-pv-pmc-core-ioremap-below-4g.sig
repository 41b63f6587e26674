# Facts: research/known-bugs.yaml id xen-pv-pmc-core-ioremap-below-4g.
# No fix is established.
Id: xen-pv-pmc-core-ioremap-below-4g
Version: 3
Title: Xen PV guest with less than 4064 MiB RAM oopses in pmc_core_probe() reading an unmapped ioremap
Arch: x86_64 (Xen PV)
Platform: Xen PV domU (Xen 4.14, Linux 5.8/5.18)
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: e030:pmc_core_probe(\.[\w.]+)?\+/
Support: line /#PF: supervisor read access in kernel mode/
Support: header /page fault for address: ffffc9/
Workaround: give the PV VM 4 GiB of RAM, or run it as HVM/PVH (per the driver author in the issue)
Link: https://github.com/QubesOS/qubes-issues/issues/6052
Link: https://github.com/QubesOS/qubes-issues/issues/7560
Test-Log: tests/data/signatures/xen-pv-pmc-core-ioremap-below-4g.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-pmc-core-ioremap-below-4g.pvh-above-4g-ioremap-on-ram-5.3.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-pmc-core-ioremap-below-4g.ubsan-lpm-priority-shift-5.14.log
Description:
 intel_pmc_core decides whether PMC_BASE_ADDR_DEFAULT (0xFE000000) is RAM to
 choose how to map it.  In a PV guest with less than 4064 MiB the heuristic
 gets it wrong and the driver reads through a vmalloc address whose PTE is
 empty, oopsing in pmc_core_probe() (PV kernel CS e030).
