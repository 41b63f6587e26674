# Facts: research/known-bugs.yaml id xen-pv-ptdump-guard-hole-ldt-remap.
Id: xen-pv-ptdump-guard-hole-ldt-remap
Version: 3
Title: Xen PV: boot oops in ptdump_walk_pgd_level_core() after the LDT remap moved (hypervisor guard hole miscalculated)
Arch: x86_64 (Xen PV)
Platform: Xen PV dom0/domU; kernels 4.20-rc, 4.19.5, 4.14.84
# Evidence partial: the only real log is elided ("...") to the Oops line, the
# RIP and a boot-time trace whose frames (kernel_init) are in many reports of
# other bugs: nothing but the RIP is this bug's own, so matches stay at
# medium until a fuller log is found.
Evidence: partial
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: e030:ptdump_walk_pgd_level_core(\.[\w.]+)?\+/
Support: frame /^kernel_init$/
Support: header /^Oops: 0000 /
Introduced-By: d52888aa2753 ("x86/mm: Move LDT remap out of KASLR region on 5-level paging")
Fixed-By: 16877a5570e0c5f4270d5b17f9bab427bcae9514 ("x86/mm: Fix guard hole handling")
Fixed-In: v4.20
Fixed-In: stable 4.19.15
Fixed-In: stable 4.14.93
# The fix (AUTOSEL backport mails of "x86/mm: Fix guard hole handling") has
# Fixes: d52888aa2753 and changes both arch/x86/mm/dump_pagetables.c and the
# Xen PV pgd walker in arch/x86/xen/mmu_pv.c, so CONFIG_DEBUG_WX=n need not
# avoid the crash: the former Workaround (PVH/HVM, or DEBUG_WX=n) was dropped.
Link: https://github.com/void-linux/void-packages/issues/5290
Link: https://lists.xenproject.org/archives/html/xen-devel/2018-11/msg03313.html
Test-Log: tests/data/signatures/xen-pv-ptdump-guard-hole-ldt-remap.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-ptdump-guard-hole-ldt-remap.qemu-p4d-conversion-next-20170329.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-ptdump-guard-hole-ldt-remap.x86-kasan-ptdump-checkwx-no-resched-soft-lockup.log
Description:
 The hypervisor guard hole at the start of the kernel half of the address
 space was derived from neighbouring layout constants.  Moving the LDT remap
 changed that calculation, so the boot-time W+X page-table dump (and the Xen
 pgd walker) touched the PGD entries Xen reserves for itself and a PV kernel
 (CS e030) oopsed in ptdump_walk_pgd_level_core().
