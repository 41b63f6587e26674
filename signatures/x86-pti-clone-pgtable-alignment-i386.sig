# Facts: research/known-bugs.yaml id x86-pti-clone-pgtable-alignment-i386 (entry 89).
Id: x86-pti-clone-pgtable-alignment-i386
Version: 4
Title: i386 with PTI: double fault after endless entry traps, user page tables hold a short clone of the entry text (pti_clone_pgtable() assumed PMD alignment)
Arch: x86 (32-bit)
Platform: PTI enabled on i386
Evidence: console
# written from Guenter Roeck's 6.11-rc1 i386 boot log (occurrences/, see EVIDENCE.tsv);
# the parser reads that EIP: log as x86_64, so no arch condition
Require: line /PANIC: double fault/
Require: line /EIP: [A-Za-z_]/
Require: arch /^i386$/
Support: context /Kernel\/User page tables isolation: enabled/
Support: pc /^(asm_exc_[a-z_]+|entry_INT80_32|entry_SYSENTER_32|handle_exception|restore_all[a-z_]*)$/
# the trace unwinds into entry text other than the double-fault handler's own:
# the entry code kept faulting on its own missing text
Support: frame /^(restore_all[a-z_]*|entry_INT80_32|entry_SYSENTER_32|handle_exception|asm_exc_(?!double_fault)[a-z0-9_]+)$/
Introduced-By: 16a3fe634f6a568c6234b8747e5d50487fed3526 ("x86/mm/pti: Clone kernel-image on PTE level for 32 bit")
Fixed-By: 41e71dbb0e0a0fe214545fe64af031303a08524c ("x86/mm: Fix pti_clone_pgtable() alignment assumption")
Fixed-In: v6.11
Fixed-In: stable 4.19.320
Fixed-In: stable 5.4.282
Fixed-In: stable 5.10.224
Fixed-In: stable 5.15.165
Fixed-In: stable 6.1.105
Fixed-In: stable 6.6.46
Fixed-In: stable 6.10.5
# kernel-parameters.txt documents pti= for X86-64 only, but arch/x86/mm/pti.c,
# which clones the user page tables on 32 and 64 bit, parses pti=off and
# nopti in pti_check_boottime_disable() and then leaves X86_FEATURE_PTI clear.
Workaround: boot with pti=off (or nopti)
Link: https://git.kernel.org/stable/c/41e71dbb0e0a0fe214545fe64af031303a08524c
Link: https://cve.org/CVERecord/?id=CVE-2024-44965
Link: https://lkml.kernel.org/r/20240731163105.GG33588@noisy.programming.kicks-ass.net
Test-Log: tests/data/signatures/occurrences/x86-pti-clone-pgtable-alignment-i386.2.log
Test-Not: tests/data/signatures/lookalikes/x86-pti-clone-pgtable-alignment-i386.kvm-vmx-sysenter-esp-zeroed-guest.log
Test-Not: tests/data/signatures/lookalikes/x86-pti-clone-pgtable-alignment-i386.x86_64-perf-ftrace-nmi-recursion-double-fault-5.14.log
Description:
 pti_clone_pgtable() stepped through the range it copies into the user page
 tables as if the start address were PMD aligned.  On i386 it is not, so the
 loop could stop early and the user page tables got only part of the entry
 text.  Entering the kernel then faults on the missing part, the fault entry
 faults again, and so on until the entry stack is exhausted and the CPU takes
 a double fault.  The console shows only that double fault, its trace
 entry code (ENTRY_TRAMPOLINE), not the function.
