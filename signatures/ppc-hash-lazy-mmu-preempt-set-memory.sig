# Facts: research/known-bugs.yaml id ppc-hash-lazy-mmu-preempt-set-memory.
# No introducing commit is established (the reporter saw it as far back as
# v5.15.y).
Id: ppc-hash-lazy-mmu-preempt-set-memory
Version: 5
Title: powerpc/64s Hash: "BUG: using smp_processor_id() in preemptible" from __apply_to_page_range() in hash lazy MMU mode (set_memory via change_memory_attr)
Arch: powerpc
Platform: Hash MMU (seen on PowerMac G5 / PPC970 under QEMU), CONFIG_PREEMPT
Evidence: console
# The preempt check fires wherever the lazy MMU batch touches the per-CPU
# array: inside __apply_to_page_range() (the reporter's log) or in the flush
# on leaving lazy mode (caller __flush_tlb_pending, a reproduction in the same
# thread); hpte_need_flush() is the batch's other user.  Both run under
# __apply_to_page_range, which the trace names.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
# __apply_to_page_range is static in mm/memory.c: a build may inline it into apply_to_page_range (called here from change_memory_attr)
Require: line /caller is \.?(__apply_to_page_range|apply_to_page_range|change_memory_attr|__flush_tlb_pending|hpte_need_flush)(\.[\w.]+)?\+/
Require: frame /^(__apply_to_page_range|apply_to_page_range|change_memory_attr)$/
Require: arch /^powerpc$/
Support: frame /^change_memory_attr$/
Support: frame /^bpf_prog_select_runtime$/
# No Reject on mmu: the symptom is Hash-only (on Radix the lazy MMU hooks return
# before touching the per-CPU batch), and an oops rarely prints the MMU.
Fixed-By: b9ef323ea1682f9837bf63ba10c5e3750f71a20a ("powerpc/64s: Disable preemption in hash lazy mmu mode")
Fixed-In: v6.1
# (PREEMPT_NONE was dropped from the Workaround: no source says it avoids the
# warning.)  The fix came in the powerpc-6.1-3 pull, on top of v6.1-rc1.
Workaround: warning only
Link: https://patchwork.ozlabs.org/project/linuxppc-dev/patch/20221013151647.1857994-1-npiggin@gmail.com/
Test-Log: tests/data/signatures/ppc-hash-lazy-mmu-preempt-set-memory.log
Test-Log: tests/data/signatures/occurrences/ppc-hash-lazy-mmu-preempt-set-memory.2.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-lazy-mmu-preempt-set-memory.mprotect-numa-rcu-stall-flush-tlb-pending-4.15.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-lazy-mmu-preempt-set-memory.vunmap-softlockup-hpte-need-flush-pmem.log
Description:
 Hash lazy-MMU batching keeps its TLB batch in per-CPU state.
 apply_to_page_range(), used by set_memory_*() through change_memory_attr(),
 entered lazy MMU mode without disabling preemption, so the per-CPU access
 warns under DEBUG_PREEMPT (seen at boot when BPF sets a filter read-only).
