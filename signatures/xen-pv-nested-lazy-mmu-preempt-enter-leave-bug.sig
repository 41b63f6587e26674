# Facts: the fix's commit message from Juergen Gross's patch mail
# <20260508143933.493013-1-jgross@suse.com> ("[PATCH] x86/xen: Tolerate
# nested XEN_LAZY_MMU entering/leaving", Fixes: 291b3abed657 "x86/xen: use
# lazy_mmu_state when context-switching"); its full id
# 4594437880ce347ac8438758fd91543f70da1aa9 from the linux-next revlist and
# post-receive mails that list it; Marek Marczykowski-Gorecki's Tested-by
# reply <agNPrRfBnRdMCGrE@mail-itl> ("it seems to fix the issue", on top of
# 7.0.4) in the thread of his own report.  The xen pull request that carries
# it calls it a fix "for Xen PV guests, introduced in 7.0"; no release
# statement read: no Fixed-In.
# The Test-Log is the first of the two oopses in Marek Marczykowski-Gorecki's
# report <aaBH3EAchUwKhrUA@mail-itl> ("kernel BUG around vmap/vfree -
# xen_enter_lazy_mmu()/xen_leave_lazy_mmu() - Linux 7.0-rc1", xen-devel,
# 26 Feb 2026; Qubes OS PV dom0, Star Labs StarBook), quoted-printable
# decoded.  The leave variant follows the fix, which names both
# xen_enter_lazy_mmu() and xen_leave_lazy_mmu().
Id: xen-pv-nested-lazy-mmu-preempt-enter-leave-bug
Version: 1
Title: Xen PV (dom0/domU) on Linux 7.0: kernel BUG in xen_enter_lazy_mmu/xen_leave_lazy_mmu when a preempted lazy-MMU section makes the generic code enter or leave Xen's lazy MMU mode twice
Arch: x86_64
Platform: Linux 7.0 running as a Xen PV guest (e.g. Qubes OS dom0), any page-table walker that uses lazy MMU mode (vmap/vfree, page-table updates)
Evidence: console
# The BUG_ON in Xen's per-CPU lazy-mode tracking (enter_lazy()/leave_lazy()
# in asm/xen/hypervisor.h): the mode was already set, or already cleared.
Require: header /kernel BUG at arch\/x86\/include\/asm\/xen\/hypervisor\.h:\d+/
# The generic nested lazy_mmu sections that let this happen came with 7.0
# (the Fixes: commit); a BUG at this site on older kernels is another bug.
Reject: release /^(?:[2-5]\.|6\.)/
Variant: enter
# Entering Xen's lazy MMU mode while this CPU is already in it ...
Require: pc /^xen_enter_lazy_mmu$/
# ... from a kernel page-table walker that opens a lazy MMU section.
Support: frame /^(?:vmap_pages_pud_range|vmap_pages_pmd_range|vmap_pages_pte_range|vmap_small_pages_range_noflush|vmap_range_noflush|vmap|apply_to_pte_range|__apply_to_page_range|apply_to_page_range|zap_pte_range|change_pte_range|copy_pte_range|move_ptes|remap_pfn_range_internal|insert_pfn)$/
Variant: leave
# Leaving it when this CPU is no longer in it.
Require: pc /^xen_leave_lazy_mmu$/
Support: frame /^(?:vunmap_pte_range|vunmap_pmd_range|vunmap_pud_range|vunmap_p4d_range|__vunmap_range_noflush|vunmap_range_noflush|remove_vm_area|vfree|delayed_vfree_work|vmap_pages_pud_range|vmap_small_pages_range_noflush|apply_to_pte_range|__apply_to_page_range|zap_pte_range|change_pte_range|copy_pte_range|move_ptes)$/
Introduced-By: 291b3abed657 ("x86/xen: use lazy_mmu_state when context-switching")
Fixed-By: 4594437880ce347ac8438758fd91543f70da1aa9 ("x86/xen: Tolerate nested XEN_LAZY_MMU entering/leaving")
Link: https://lore.kernel.org/all/aaBH3EAchUwKhrUA@mail-itl/
Link: https://lore.kernel.org/all/20260508143933.493013-1-jgross@suse.com/
Link: https://github.com/QubesOS/qubes-linux-kernel/pull/662
Test-Log: tests/data/signatures/xen-pv-nested-lazy-mmu-preempt-enter-leave-bug.log
Test-Log: tests/data/signatures/occurrences/xen-pv-nested-lazy-mmu-preempt-enter-leave-bug.2.log
Test-Log: tests/data/signatures/occurrences/xen-pv-nested-lazy-mmu-preempt-enter-leave-bug.3.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-nested-lazy-mmu-preempt-enter-leave-bug.6-11-start-context-switch.log
Description:
 Linux 7.0 reworked lazy MMU mode: sections may nest, the nesting state
 lives in the task, and a Xen PV context switch now decides from that state
 whether to re-enter Xen's lazy MMU mode for the incoming task.  The generic
 helpers check and update the nesting count without disabling preemption, so
 a task preempted between counting itself in and calling the arch hook is
 put back into lazy mode by the context switch and then calls the hook a
 second time (and symmetrically on leave).  Xen PV tracks the mode per CPU
 and BUGs when asked to enter a mode it is already in or to leave one it is
 not in: the oops is a kernel BUG in asm/xen/hypervisor.h with RIP in
 xen_enter_lazy_mmu or xen_leave_lazy_mmu, from vmap()/vfree() or another
 page-table walker, seen in Qubes OS dom0 on 7.0.  The fix makes the Xen
 hooks tolerate the repeated enter/leave with preemption disabled.
