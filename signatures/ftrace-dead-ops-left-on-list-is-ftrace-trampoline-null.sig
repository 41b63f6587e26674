# Facts: CVE-2022-49977 (research/cna-fixes.tsv row: fixes, releases);
# mainline/stable split and console log from the CVE announcement
# <2025061819-CVE-2022-49977-3826@gregkh> (kernel-security-vulns
# cve/published/2022/CVE-2022-49977.mbox), which quotes the fix's message.
# The CNA names five introducing commits without saying which is mainline,
# so Introduced-By is left out.
Id: ftrace-dead-ops-left-on-list-is-ftrace-trampoline-null
Version: 3
Title: ftrace: NULL/freed ftrace_ops dereference in is_ftrace_trampoline() after ftrace died during ftrace_startup() and left the ops on ftrace_ops_list
Arch: x86_64
Platform: dynamic ftrace after a code-modification failure (ftrace_disabled), dynamically allocated ftrace_ops
Evidence: console
# The fix's message names the walk: is_ftrace_trampoline() ->
# ftrace_ops_trampoline() -> do_for_each_ftrace_op(); the faulting
# instruction is in either (ftrace_ops_trampoline is usually inlined), in
# whatever form the arch prints its program counter.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: \S+:(is_ftrace|ftrace_ops)_trampoline(\.[\w.]+)?\+|(pc|PC is at|NIP)[ :]+(\[[0-9a-f]+\] )?(is_ftrace|ftrace_ops)_trampoline(\.[\w.]+)?\+/
Require: kind /^oops$/
Support: guilty /^(is_ftrace_trampoline|ftrace_ops_trampoline)$/
Support: frame /^(ftrace_ops_trampoline|kernel_text_address|__kernel_text_address|unwind_get_return_address|arch_stack_walk)$/
Fixed-By: c3b0f72e805f0801f05fa2aa52011c4bfc694c44 ("ftrace: Fix NULL pointer dereference in is_ftrace_trampoline when ftrace is dead")
Fixed-In: v6.0
Fixed-In: stable 4.9.327
Fixed-In: stable 4.14.292
Fixed-In: stable 4.19.257
Fixed-In: stable 5.4.212
Fixed-In: stable 5.10.141
Fixed-In: stable 5.15.65
Fixed-In: stable 5.19.7
Link: https://git.kernel.org/stable/c/c3b0f72e805f0801f05fa2aa52011c4bfc694c44
Link: https://cve.org/CVERecord/?id=CVE-2022-49977
Test-Log: tests/data/signatures/ftrace-dead-ops-left-on-list-is-ftrace-trampoline-null.log
Test-Not: tests/data/signatures/lookalikes/ftrace-dead-ops-left-on-list-is-ftrace-trampoline-null.bpf-subprog-kallsyms-teardown-is-bpf-text-address-5.4.log
Description:
 ftrace_startup() adds the ops to ftrace_ops_list before patching the call
 sites; when patching fails, ftrace marks itself dead (ftrace_disabled)
 but returned success with the ops still listed, and
 unregister_ftrace_function() then returns early without removing it.
 Once the caller frees its dynamically allocated ops, walkers of the list
 such as is_ftrace_trampoline() (used by the unwinder and
 kernel_text_address()) dereference freed or NULL entries.  The fix
 removes the ops from the list when enabling fails.
