# Facts: research/known-bugs.yaml id kfence-x86-kpti-preemptible-flush
# (with known-bugs-corrections.yaml applied).
Id: kfence-x86-kpti-preemptible-flush
Version: 4
Title: x86 KFENCE with KPTI: "BUG: using smp_processor_id() in preemptible" from invalidate_user_asid() via kfence_protect()
Arch: x86_64
Platform: KPTI enabled, CONFIG_KFENCE=y, CONFIG_DEBUG_PREEMPT
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
# invalidate_user_asid is static inline in arch/x86/mm/tlb.c: a build may inline it into its caller (flush_tlb_one_kernel here)
Require: line /caller is (invalidate_user_asid|flush_tlb_one_kernel)(\.[\w.]+)?\+/
# The fix puts preempt_disable() around the flush in the x86
# kfence_protect_page(), which serves both kfence_protect() and
# kfence_unprotect() (the fault handler's path): either caller is this bug.
Require: frame /^kfence_(un)?protect(_page)?$/
Support: frame /^flush_tlb_one_kernel$/
Support: line /using smp_processor_id\(\) in preemptible/
Fixed-By: 6a77d38efcda40f555a920909eab22ee0917fd0d ("kfence, x86: fix preemptible warning on KPTI-enabled systems")
Fixed-In: v5.12-rc7
Workaround: kfence.sample_interval=0 disables KFENCE; pti=off (or nopti) disables page table isolation; both parameters are documented
Link: https://lore.kernel.org/lkml/YGIDBAboELGgMgXy@elver.google.com/
Link: https://lore.kernel.org/r/20210330065737.652669-1-elver@google.com
Test-Log: tests/data/signatures/kfence-x86-kpti-preemptible-flush.log
Test-Log: tests/data/signatures/occurrences/kfence-x86-kpti-preemptible-flush.2.log
Test-Not: tests/data/signatures/lookalikes/kfence-x86-kpti-preemptible-flush.bcachefs-acc-percpu-u64s-5.13.log
Test-Not: tests/data/signatures/lookalikes/kfence-x86-kpti-preemptible-flush.arc-pmu-device-probe-this-cpu-ptr-5.17.log
Test-Not: tests/data/signatures/lookalikes/kfence-x86-kpti-preemptible-flush.tempesta-pg-skb-alloc-4.1.log
Description:
 kfence_protect_page() flips the present bit of a KFENCE pool page and does a
 best-effort local TLB flush.  With PTI that flush also invalidates the user
 ASID through per-CPU state, and doing so with preemption enabled trips the
 DEBUG_PREEMPT check in invalidate_user_asid().
