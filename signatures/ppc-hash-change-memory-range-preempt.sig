# Facts: research/known-bugs.yaml id ppc-hash-change-memory-range-preempt
# (the corrections add no release).  No console log of this path is known:
# the reported warning line is shared with ppc-hash-lazy-mmu-preempt-set-memory
# and the exact caller was not captured, so the signature keys on the frame.
Id: ppc-hash-change-memory-range-preempt
Version: 3
Title: powerpc/64s Hash: "BUG: using smp_processor_id() in preemptible" in hash__change_memory_range() (real-mode permission change)
Arch: powerpc
Platform: Hash MMU with CONFIG_PREEMPT and DEBUG_PREEMPT
Evidence: frames-only
Require: line /using smp_processor_id\(\) in preemptible/
Support: frame /^(hash__mark_rodata_ro|hash__mark_initmem_nx)$/
Reject: mmu /^Radix$/
Reject: frame /^__apply_to_page_range$/
# The fix's diff (2b2095f3a6b4) replaces the smp_processor_id() that
# hash__change_memory_range() itself runs before stop_machine (chmem_parms
# .master_cpu; the stop-machine callback change_memory_range_fn() runs with
# preemption off).  The function is static with two callers, so the warning's
# "caller is" line names it, or the caller it was inlined into.
Variant: caller-line
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /caller is \.?(hash__change_memory_range|hash__mark_rodata_ro|hash__mark_initmem_nx)(\.[\w.]+)?\+/
Variant: frame
Require: frame /^hash__change_memory_range$/
# The fix has no Fixes: trailer (its patch mail calls the warning "not a bug").
# It changes the smp_processor_id() use of the stop-machine path in
# hash__change_memory_range(), which 87e65ad7bd3a's message says it added
# ("we use stop machine to collect all other CPUs"; seed 000).  Both fixes of
# this pair came in the powerpc-6.1-3 pull (on top of v6.1-rc1).
Introduced-By: 87e65ad7bd3a84a992723753fcc23d31c2d063c2 ("powerpc/mm/64s/hash: Add real-mode change_memory_range() for hash LPAR")
Fixed-By: 2b2095f3a6b43ec36ff890febc588df1ec32e826 ("powerpc/64s: Fix hash__change_memory_range preemption warning")
Fixed-In: v6.1
Workaround: warning only
Link: https://patchwork.ozlabs.org/project/linuxppc-dev/patch/20221013151647.1857994-2-npiggin@gmail.com/
Test-Log: tests/data/signatures/synthetic/ppc-hash-change-memory-range-preempt.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-change-memory-range-preempt.x86-perf-event-print-debug-sysrq.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-change-memory-range-preempt.g5-native-tlbie-lock-irq-inversion.log
Description:
 The real-mode change_memory_range() path added for the hash LPAR H_PROTECT
 race (see ppc-hash-lpar-hprotect-rodata) used per-CPU state without
 disabling preemption, so changing kernel permissions at boot
 (hash__mark_rodata_ro(), hash__mark_initmem_nx()) warns under
 DEBUG_PREEMPT.
