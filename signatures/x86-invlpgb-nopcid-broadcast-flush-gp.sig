# Facts: research/known-bugs.yaml id x86-invlpgb-nopcid-broadcast-flush-gp (entry 145).
Id: x86-invlpgb-nopcid-broadcast-flush-gp
Version: 3
Title: General protection fault in broadcast_tlb_flush (INVLPGB with a PCID while PCID is off) on AMD booted with nopcid
Arch: x86_64
Platform: AMD CPUs with INVLPGB, kernel booted with nopcid
Evidence: console
Require: line /general protection fault/
# The trigger, when the boot log is kept: the fix's message names booting
# with "nopcid" as the only way to have INVLPGB without PCID.
Support: context /Kernel command line:.*\bnopcid\b/
Variant: broadcast-tlb-flush
Require: pc /^broadcast_tlb_flush$/
Support: frame /^flush_tlb_mm_range$/
Support: frame /^(ptep_clear_flush|wp_page_copy)$/
# The fix's message: flush_tlb_mm_range() "takes the broadcast_tlb_flush()
# path" and the INVLPGB (0f 01 fe, the faulting instruction in its Code: line)
# raises the #GP.  A build that inlines broadcast_tlb_flush() shows the same
# instruction with flush_tlb_mm_range as the function.
Variant: invlpgb-inlined
Require: line /Code: .*<0f> 01 fe\b/
Require: function /^flush_tlb_mm_range$/
Support: frame /^(ptep_clear_flush|wp_page_copy)$/
Introduced-By: 4afeb0ed1753ebcad93ee3b45427ce85e9c8ec40
Fixed-By: 44126343d58c68adaa8343fbf1c07dd20078c35e ("x86/mm: Disable broadcast TLB flush when PCID is disabled")
Fixed-In: v7.1
Fixed-In: stable 6.18.35
Fixed-In: stable 7.0.11
# kernel-parameters.txt: "nopcid [X86-64] Disable the PCID cpu feature"; the
# fix disables broadcast TLB flush "when PCID is disabled".
Workaround: do not boot with nopcid on INVLPGB-capable AMD CPUs
Link: https://git.kernel.org/stable/c/44126343d58c68adaa8343fbf1c07dd20078c35e
Link: https://cve.org/CVERecord/?id=CVE-2026-64229
Test-Log: tests/data/signatures/x86-invlpgb-nopcid-broadcast-flush-gp.log
Test-Not: tests/data/signatures/lookalikes/x86-invlpgb-nopcid-broadcast-flush-gp.6.11-sched-core-rq-lock-hard-lockup-wp-flush.log
Description:
 Booting with nopcid clears the PCID feature but left INVLPGB enabled.  Once
 a process ran on enough CPUs to be given a global ASID, flush_tlb_mm_range()
 flushed it with INVLPGB naming a non-zero PCID while CR4.PCIDE was clear,
 which the CPU rejects with #GP.  The fix makes INVLPGB depend on PCID.
