# Facts: the fix's id, subject, trailers and message from tip-bot2's
# x86/urgent mail <175024856942.406.9775952372064270732.tip-bot2@tip-bot2>
# (Commit-ID 2aebf5ee43bf0ed225a09a30cf515d9f2813b759, Fixes: c8976ade0c1b,
# Reported-by and Tested-by: Linux Kernel Functional Testing, Closes: the
# LKFT report); the patch is Masami Hiramatsu's
# <175020512308.3582717.13631440385506146631.stgit@mhiramat.tok.corp.google.com>.
# The introducing commit came with the x86/alternatives rework of the 6.16
# merge window (the report is on next-20250605); no CVE row and no release
# read for the fix, so no Fixed-In.  Both symptoms are the fix message's own
# ("an Oops in int3 because of bsearch failing" and an "Unhandled page fault"
# in smp_text_poke_batch_finish() after the array overflowed); the second has
# no log here and is written from that description.
# The Test-Log is Naresh Kamboju's LKFT report
# <CA+G9fYsLu0roY3DV=tKyqP7FEKbOEETRvTDhnpPxJGbA=Cg+4w@mail.gmail.com>
# ("next-20250605: Test regression: qemu-x86_64-compat mode ltp tracing Oops
# int3 kernel panic"), mail-wrapped as posted.
Id: x86-smp-text-poke-single-unsorted-batch-int3-oops
Version: 1
Title: x86 text patching: smp_text_poke_single() added its entry to a pending batch unsorted (or past its end), so the int3 handler missed a patched site ("Oops: int3") or the batch finish faulted
Arch: x86_64
Platform: concurrent kernel text patching (ftrace enabling/disabling, static keys, static calls, kprobes) on kernels with the 6.16 smp_text_poke_*() rework
Evidence: console
Variant: int3-not-claimed
# A kernel-mode breakpoint nobody claimed: the CPU hit the int3 planted at a
# site being patched, and the text-poke int3 handler's binary search of the
# (now unsorted) patch array did not find it ...
Require: line /\bint3: 0000 \[#\d+\]/
Require: arch /^x86_64$/
# ... at the patch site at a function's entry (after ENDBR when IBT is on) ...
Support: line /RIP: \S+:[\w.]+\+0x[15]\/0x[0-9a-f]+/
# ... while text is being patched: ftrace, kprobes, livepatch or static keys
# at work right before.
Support: context /ftrace|kprobe|livepatch|static_key|jump_label|trace_event|tracing/i
Variant: batch-finish-overflow-fault
# The other symptom the fix names: the single entry written past the end of
# a full batch overwrote its entry count, and finishing the batch faulted.
Require: line /(unable to handle (page fault|kernel paging request)|general protection fault|kernel NULL pointer dereference)/
Require: function /^smp_text_poke_batch_(finish|flush|process)$/
Require: arch /^x86_64$/
Support: frame /^(smp_text_poke_single|text_poke_bp|ftrace_modify_code_direct|ftrace_update_ftrace_func|arch_ftrace_update_code|__static_call_transform|arch_static_call_transform|arch_jump_label_transform_apply|arch_optimize_kprobes)$/
Introduced-By: c8976ade0c1b ("x86/alternatives: Simplify smp_text_poke_single() by using tp_vec and existing APIs")
Fixed-By: 2aebf5ee43bf0ed225a09a30cf515d9f2813b759 ("x86/alternatives: Fix int3 handling failure from broken text_poke array")
Link: https://lore.kernel.org/all/CA+G9fYsLu0roY3DV=tKyqP7FEKbOEETRvTDhnpPxJGbA=Cg+4w@mail.gmail.com/
Link: https://lkml.kernel.org/r/175020512308.3582717.13631440385506146631.stgit@mhiramat.tok.corp.google.com
Link: https://git.kernel.org/tip/2aebf5ee43bf0ed225a09a30cf515d9f2813b759
Test-Log: tests/data/signatures/x86-smp-text-poke-single-unsorted-batch-int3-oops.log
Description:
 x86 patches live kernel text by planting an int3 at each site, rewriting
 the rest, then the first byte; a CPU that executes a site meanwhile traps
 and the int3 handler looks the address up, by binary search, in the array
 of pending patches.  After the 6.16 rework, smp_text_poke_single() queued
 its entry with the low-level add that neither keeps the array sorted nor
 flushes a full one, assuming no batch was pending.  When one was (ftrace,
 static keys and kprobes patch concurrently), the array became unsorted, so
 a trapping CPU's lookup failed and its int3 was reported as an oops; or the
 entry landed past the end of a full array, overwrote its count, and
 finishing the batch faulted.  The fix uses the add that flushes and sorts.
