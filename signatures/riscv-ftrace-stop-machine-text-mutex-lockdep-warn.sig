# Facts: Palmer Dabbelt's v2 patch mail <20220322022331.32136-1-palmer@rivosinc.com>
# ("RISC-V: Don't check text_mutex during stop_machine": Fixes: c15ac4fd60d5,
# Reported-by: Changbin Du, Suggested-by: Steven Rostedt; the check is elided
# while ftrace patches text from stop_machine()); the mainline id
# 2a8db5ec4a28a0fce822d10224db9471a44b6925 from a kernel.org post-receive
# revlist (tiwai/sound for-next, 2023-04-24, which pulls in mainline) that lists
# it with that subject; the 6.1/6.2 stable revlists carry other ids (backports)
# for the same subject.  No release statement was read, so no Fixed-In.
# The Test-Log is Changbin Du's report in his patch
# <20210417023532.354714-1-changbin.du@gmail.com> ('riscv: patch: remove lockdep
# assertion on lock text_mutex', 5.12.0-rc7 on QEMU virt), which the fix names
# as Reported-by.
# The second is Guo Ren's earlier report in his patch 'riscv: Fixup
# lockdep_assert_held(&text_mutex) in patch_insn_write' (2020-10-17, 5.9,
# 'echo function_graph > current_tracer'), which blames the same path:
# stop_machine(__ftrace_modify_code) writing without the text_mutex pair.
# The third is a CI console log in kxxt/tracexec pull request 179 (riscv64
# QEMU, NixOS 5.19.17, before the fix), the same warning storm from
# migration/0 under multi_cpu_stop.
Id: riscv-ftrace-stop-machine-text-mutex-lockdep-warn
Version: 4
Title: RISC-V WARNING in patch_insn_write (lockdep_assert_held(&text_mutex)) when ftrace patches text from stop_machine: the lock is held by the task that called stop_machine(), not by the migration thread that writes
Arch: riscv64
Platform: CONFIG_DYNAMIC_FTRACE with lockdep (PROVE_LOCKING); ftrace switched on or off at runtime
Evidence: console
# The assertion in the riscv text-patching writer ...
Require: header /at arch\/riscv\/kernel\/patch\.c:\d+ (__)?patch_insn_write/
# ... hit while the write runs inside stop_machine() (the stopper thread
# multi_cpu_stop, as the trace, the "Stopper:" line or the irq-state lines name it).
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\bmulti_cpu_stop(\.[\w.]+)?\+0x/
Support: frame /^(__ftrace_modify_code|ftrace_modify_all_code|ftrace_update_ftrace_func|ftrace_make_call|ftrace_make_nop|__ftrace_modify_call|ftrace_replace_code)$/
Support: frame /^(multi_cpu_stop|cpu_stopper_thread)$/
Support: line /Comm: migration\/\d+/
# Added after the held-out test on Guo Ren's report (5.9, function_graph): its
# trace stops at the exception frame of the writer and names stop_machine only
# on the lockdep irq-state line, so the writer's own frame is what the stack can
# corroborate.  Version 3 widened it from frame to function after the held-out
# test on the tracexec CI excerpt (5.19.17), whose copy ends at the 'ra :'
# line, before the trace: there only the pc names the writer.
Support: function /^(__)?patch_insn_write$/
# The warning repeats for every patched site: a previous one's trace through
# the stopper thread often stands just before the report.
Support: context /\b(multi_cpu_stop|__ftrace_modify_code)(\.[\w.]+)?\+0x/
Require: arch /^riscv$/
Introduced-By: c15ac4fd60d5 ("riscv/ftrace: Add dynamic function tracer support")
Fixed-By: 2a8db5ec4a28a0fce822d10224db9471a44b6925 ("RISC-V: Don't check text_mutex during stop_machine")
Link: https://lore.kernel.org/all/20210417023532.354714-1-changbin.du@gmail.com/
Link: https://lore.kernel.org/all/20220322022331.32136-1-palmer@rivosinc.com/
Link: https://lore.kernel.org/all/20210506071041.417854-1-palmer@dabbelt.com/
Link: https://github.com/kxxt/tracexec/pull/179
Test-Log: tests/data/signatures/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.log
Test-Log: tests/data/signatures/occurrences/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.2.log
Test-Log: tests/data/signatures/occurrences/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.3.log
Test-Log: tests/data/signatures/occurrences/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.4.log
Test-Not: tests/data/signatures/lookalikes/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.boot-alternatives-no-text-mutex.log
Test-Not: tests/data/signatures/lookalikes/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.module-ftrace-init-nop-no-text-mutex.log
Description:
 RISC-V patch_insn_write() asserts with lockdep that the caller holds
 text_mutex.  Dynamic ftrace takes text_mutex in
 ftrace_arch_code_modify_prepare() and then updates the call sites through
 stop_machine(), so the instructions are written by the per-CPU stopper
 (migration) thread, which does not own the mutex.  Lockdep therefore warns on
 every patched site, a storm of warnings each time ftrace is switched,
 although the text is in fact protected.  The fix sets a flag while ftrace
 patches under stop_machine() and skips the assertion then.
