# Facts: the fix's id, subject, message and trailers from tip-bot2's
# x86/alternatives mail <174489496807.31282.14803836540166615145.tip-bot2@tip-bot2>
# (Commit-ID 52ebfe7412ce4b3af54fe962af58efe9b25cd9a9, Reported-by:
# syzbot+c2537ce72a879a38113e and Borislav Petkov; it names 209954cbc7d0
# "x86/mm/tlb: Update mm_cpumask lazily" as the commit that introduced both
# the cpumask clearing and the check, without a Fixes: tag, so no
# Introduced-By).  No CVE row and no release read for the fix, so no
# Fixed-In.
# The Test-Log is syzbot's report <67fce34b.050a0220.3483fc.0026.GAE@google.com>
# ("[syzbot] [kernel?] linux-next test error: WARNING in switch_mm_irqs_off",
# next-20250414) and a syzbot patch-test boot failure on next-20250428
# <6811dde6.050a0220.39e3a1.0cf3.GAE@google.com> that hit the same warning.
# The fourth is an earlier patch-test boot failure in the syzbot thread
# <6807a0a8.050a0220.380c13.014e.GAE@google.com> (next-20250417).  The
# fifth, from issue 12's blind sweep: a patch test on the AMDESE linux-mm
# tree built on next-20250416 (extid 8bb6fd945af4e0ad9299), before the fix
# reached linux-next.
Id: x86-text-poke-unuse-temporary-mm-prev-cpumask-warn
Version: 1
Title: x86 DEBUG_VM warning in switch_mm_irqs_off() when text patching leaves its temporary mm: unuse_temporary_mm() had cleared the CPU from the poking mm's cpumask (harmless, the check was wrong)
Arch: x86_64
Platform: CONFIG_DEBUG_VM kernels of the 6.16 merge window (linux-next April 2025) patching kernel text (static keys, alternatives, ftrace) through the temporary poking mm; warns at boot
Evidence: console
# The VM_WARN_ON_ONCE() on the previous mm's cpumask bit in
# switch_mm_irqs_off() (arch/x86/mm/tlb.c) ...
Require: line /WARNING: .*arch\/x86\/mm\/tlb\.c:\d+/
Require: function /^switch_mm_irqs_off$/
# ... reached when switching back from a temporary mm: text_poke's poking
# mm (or the EFI mm), whose cpumask bit unuse_temporary_mm() clears just
# before (it lives in tlb.c, so it stays a frame of its own).  The same
# file's check on the next mm, reached entering a temporary mm
# (use_temporary_mm) or in an ordinary context switch, is another bug.
Require: line /\b(unuse_temporary_mm|efi_leave_mm)\b/
Support: frame /^(unuse_temporary_mm|__text_poke|text_poke|text_poke_copy|text_poke_set|efi_leave_mm)$/
Support: frame /^(smp_text_poke_batch_finish|smp_text_poke_single|text_poke_bp_batch|text_poke_finish|arch_jump_label_transform_apply|apply_alternatives|ftrace_modify_all_code|arch_static_call_transform)$/
Require: arch /^x86_64$/
Fixed-By: 52ebfe7412ce4b3af54fe962af58efe9b25cd9a9 ("x86/mm: Remove the mm_cpumask(prev) warning from switch_mm_irqs_off()")
Link: https://lore.kernel.org/all/67fce34b.050a0220.3483fc.0026.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=c2537ce72a879a38113e
Link: https://git.kernel.org/tip/52ebfe7412ce4b3af54fe962af58efe9b25cd9a9
Test-Log: tests/data/signatures/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.2.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.3.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.4.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.5.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.6.log
Test-Not: tests/data/signatures/lookalikes/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.efi-use-temporary-mm-next-cpumask.log
Test-Not: tests/data/signatures/lookalikes/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.syzbot-6.9-rc1-schedule-tlb-515.log
Test-Not: tests/data/signatures/lookalikes/x86-text-poke-unuse-temporary-mm-prev-cpumask-warn.xen-pv-cpu-offline-cr3-mismatch-5.15.log
# Workaround not stated: no source checks this one: Harmless: the warning is a false positive (the cpumask bit is cleared on purpose); a panic_on_warn kernel dies at boot on it, so boot without panic_on_warn or without DEBUG_VM.
Description:
 Kernel text is patched through a private "poking" mm that
 use_temporary_mm() switches to with preemption disabled.  Leaving it,
 unuse_temporary_mm() clears the current CPU from that mm's cpumask, so
 that the TLB flush of the poking address stays local and sends no IPIs.
 switch_mm_irqs_off(), called right after, checked under CONFIG_DEBUG_VM
 that the CPU was still set in the previous mm's cpumask, and warned.  The
 check and the clearing dated from the lazy mm_cpumask update; the text
 patching rework of the 6.16 cycle made the warning fire at boot, when the
 first static keys were patched (syzbot's linux-next instances could not
 boot with panic_on_warn).  The fix removes the check.
