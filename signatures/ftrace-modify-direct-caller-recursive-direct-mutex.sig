# Facts: CVE-2022-50648 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2022/CVE-2022-50648.mbox), which quotes
# the fix's message.
Id: ftrace-modify-direct-caller-recursive-direct-mutex
Version: 1
Title: ftrace: lockdep recursive locking of direct_mutex when modify_ftrace_direct() re-registers the direct trampoline (ftrace_modify_direct_caller)
Arch: x86_64
Platform: DYNAMIC_FTRACE_WITH_DIRECT_CALLS, direct trampolines shared with other ftrace ops (samples/ftrace/ftrace-direct-modify)
Evidence: console
Require: line /\(direct_mutex\)/
Require: frame /^(ftrace_modify_direct_caller|modify_ftrace_direct)$/
Require: kind /^lockdep$/
Support: line /possible recursive locking detected/
Support: frame /^register_ftrace_function$/
Introduced-By: 53cd885bc5c3ea283cc9c00ca6446c778f00bfba
Fixed-By: 9d2ce78ddcee159eb6a97449e9c68b6d60b9cec4 ("ftrace: Fix recursive locking direct_mutex in ftrace_modify_direct_caller")
Fixed-In: v6.1
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/9d2ce78ddcee159eb6a97449e9c68b6d60b9cec4
Link: https://cve.org/CVERecord/?id=CVE-2022-50648
Test-Log: tests/data/signatures/ftrace-modify-direct-caller-recursive-direct-mutex.log
Test-Not: tests/data/signatures/lookalikes/ftrace-modify-direct-caller-recursive-direct-mutex.modify-ftrace-direct-stale-addr-unregister-warn.log
Test-Not: tests/data/signatures/lookalikes/ftrace-modify-direct-caller-recursive-direct-mutex.register-ftrace-direct-entry-leak-kmemleak.log
Test-Not: tests/data/signatures/lookalikes/ftrace-modify-direct-caller-recursive-direct-mutex.bpf-fexit-trampoline-rework-ftrace-direct-warns.log
Description:
 When a direct trampoline's call site is also traced by other ftrace ops,
 modify_ftrace_direct() switches the site through a temporary ftrace_ops
 in ftrace_modify_direct_caller().  After direct_mutex became a lock taken
 by register_ftrace_function() itself, that nested registration tried to
 take the direct_mutex modify_ftrace_direct() already held: a
 self-deadlock that lockdep reports as recursive locking.  The fix
 registers the temporary ops with the lock-less variant.
