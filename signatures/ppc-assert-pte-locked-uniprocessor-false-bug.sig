# Facts: fix commit id, author date and subject from Kumar Gala's reply on
# linux-mm (Aug 2009, MPC8548 CDS, 2.6.31-rc3; lfdr.de/kvack copy, index id
# 22945431035), which quotes the commit and says it fixes the report whose
# log is the Test-Log (tests/data/signatures/EVIDENCE.tsv row).  The first
# release with the fix was not established.
Id: ppc-assert-pte-locked-uniprocessor-false-bug
Version: 3
Title: powerpc32 uniprocessor: false BUG in assert_pte_locked() from ptep_set_access_flags() (spin_is_locked() is always false on UP)
Arch: powerpc
Platform: 32-bit powerpc uniprocessor kernels (seen on Freescale MPC85xx CDS), CONFIG_DEBUG_VM
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /NIP[: ]+(\[[0-9a-f]+\] )?assert_pte_locked(\.[\w.]+)?\+/
Require: arch /^powerpc$/
# the bug exists only on uniprocessor builds; SMP kernels print SMP in the oops header
Reject: line /\bSMP\b/
# the caller as the LR register names it (the fault path's frames are in
# most reports of other bugs: they corroborate nothing)
Support: lr /^ptep_set_access_flags$/
Support: frame /^(do_wp_page|handle_mm_fault|do_page_fault|handle_pte_fault)$/
Fixed-By: 797a747a82e23530ee45d2927bf84f3571c1acb2 ("powerpc/mm: Fix assert_pte_locked to work properly on uniprocessor")
Link: https://git.kernel.org/torvalds/c/797a747a82e23530ee45d2927bf84f3571c1acb2
Test-Log: tests/data/signatures/lookalikes/ppc-radix-codepatch-tempmm-assert-pte-locked.mpc85xx-up-spin-is-locked.log
Test-Not: tests/data/seeds/001_6f164741997502bb.txt
Test-Not: tests/data/signatures/lookalikes/ppc-radix-codepatch-tempmm-assert-pte-locked.debug-vm-pgtable-radix.log
Description:
 With DEBUG_VM, assert_pte_locked() checked the page-table lock with
 spin_is_locked().  On a uniprocessor build the spinlock is optimised away
 and spin_is_locked() is always false, so the first write fault that
 updates access flags through ptep_set_access_flags() hit the BUG even
 though the lock was held.  The fix uses assert_spin_locked(), which
 behaves correctly on UP and SMP.
