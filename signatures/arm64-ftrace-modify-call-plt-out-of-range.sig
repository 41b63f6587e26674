# Facts: research/known-bugs.yaml id arm64-ftrace-modify-call-plt-out-of-range (entry 154).
Id: arm64-ftrace-modify-call-plt-out-of-range
Version: 3
Title: arm64 ftrace_bug WARNING after 'branch_imm_common: offset out of range': ftrace_modify_call() ignores module PLTs
Arch: arm64
Platform: DYNAMIC_FTRACE_WITH_REGS, modules out of branch range of the ftrace trampoline
Evidence: console
Require: context /branch_imm_common: offset out of range/
Variant: ftrace-bug
Require: guilty /^ftrace_bug/
# ftrace_bug() names the update that failed; the bug is in ftrace_modify_call()
# (FTRACE_UPDATE_MODIFY_CALL: switching a traced call site to another
# trampoline).  An out-of-range branch when a module's call sites are first
# initialised or enabled is another bug: the 4.8 report of 8fe88a4145cd
# (modules randomised out of range, no module PLT for ftrace at all).
Require: context /Updating ftrace call site to call a different ftrace function/
Support: frame /^(ftrace_replace_code|ftrace_modify_all_code)/
Support: context /ftrace failed to modify/
# The fix (a6253579977e), case (b): when only the new address needs a PLT,
# "ftrace_modify_code() will replace the 'old' branch with a BRK. This will
# result in a kernel panic when this BRK is later executed": the BRK is the
# AARCH64_BREAK_FAULT that the failed branch encoding returns (BRK #0x100,
# ESR f2000100, as arm64 prints it for such a BRK).
Variant: brk-executed
Require: line /BRK[^:]*: (00000000)?f2000100\b/
Support: log /Unexpected kernel BRK exception at EL1/
# the arm64 BPF JIT emits the same BRK for a branch it cannot encode: a BRK
# hit inside JITed code is that, not a traced call site
Reject: pc /^bpf_prog_/
Introduced-By: 3b23e4991fb66f6d152f9055ede271a726ef9f21 ("arm64: implement ftrace with regs")
Fixed-By: a6253579977e4c6f7818eeb05bf2bc65678a7187 ("arm64: ftrace: consistently handle PLTs.")
Fixed-In: v5.19
Fixed-In: stable 5.10.124
Fixed-In: stable 5.15.49
Fixed-In: stable 5.18.6
Link: https://git.kernel.org/stable/c/a6253579977e4c6f7818eeb05bf2bc65678a7187
Link: https://cve.org/CVERecord/?id=CVE-2022-49721
Test-Log: tests/data/signatures/arm64-ftrace-modify-call-plt-out-of-range.log
Test-Log: tests/data/signatures/occurrences/arm64-ftrace-modify-call-plt-out-of-range.2.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-modify-call-plt-out-of-range.kaslr-module-region-full-4.8.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-modify-call-plt-out-of-range.buildtime-mcount-sort-ftracetest-5.17.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-modify-call-plt-out-of-range.rockpi4b-5.17rc1-set-reset-devices-faulted.log
Description:
 ftrace_make_call() and ftrace_make_nop() went through a PLT when the
 trampoline was out of branch range, but ftrace_modify_call() did not, so it
 generated out-of-range branches.  The patch is refused and ftrace reports a
 bug (or, worse, a BRK lands in the call site).  The fix centralises the PLT
 choice.
