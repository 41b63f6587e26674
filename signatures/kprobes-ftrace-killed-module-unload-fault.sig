# Facts: CVE-2026-43409 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2026050843-CVE-2026-43409-509d@gregkh> (kernel-security-vulns
# cve/published/2026/CVE-2026-43409.mbox), which quotes the fix's message.
Id: kprobes-ftrace-killed-module-unload-fault
Version: 3
Title: kprobes: page fault in kprobes_module_callback() unloading a probed module after ftrace was killed (ftrace-based kprobes not disarmed cleanly)
Arch: any (seen on x86_64)
Platform: KPROBES_ON_FTRACE after an ftrace_bug()/ftrace_kill()
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: \S+:kprobes_module_callback(\.[\w.]+)?\+|(pc|PC is at|NIP)[ :]+(\[[0-9a-f]+\] )?kprobes_module_callback(\.[\w.]+)?\+/
Require: frame /^(__do_sys_delete_module|__arm64_sys_delete_module|__x64_sys_delete_module|sys_delete_module|do_init_module|blocking_notifier_call_chain)$/
# a fault, not a WARN: kprobes.c's disarm WARN in a build that inlines
# __disarm_kprobe_ftrace() into this callback names it too
# (kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn)
Reject: kind /^warning$/
Support: line /Comm: (rmmod|insmod|modprobe)/
Support: context /ftrace (faulted|failed)|ftrace_bug|Ftrace disabled/i
Introduced-By: ae6aa16fdc163afe6b04b6c073ad4ddd4663c03b
Fixed-By: e113f0b46d19626ec15388bcb91432c9a4fd6261 ("kprobes: avoid crash when rmmod/insmod after ftrace killed")
Fixed-In: v7.0
Fixed-In: stable 6.6.130
Fixed-In: stable 6.12.78
Fixed-In: stable 6.18.19
Fixed-In: stable 6.19.9
Link: https://git.kernel.org/stable/c/e113f0b46d19626ec15388bcb91432c9a4fd6261
Link: https://cve.org/CVERecord/?id=CVE-2026-43409
Test-Log: tests/data/signatures/kprobes-ftrace-killed-module-unload-fault.log
Test-Not: tests/data/signatures/lookalikes/kprobes-ftrace-killed-module-unload-fault.lkft-rcu-list-kprobes-module-callback-next-20200305.log
Description:
 When ftrace hits an error it kills itself (ftrace_kill()) and stops
 patching code.  Disarming a kprobe that sits on an ftrace location did not
 check that state, so unloading (or loading) a module carrying such probes
 after the kill left kprobes pointing at the module's freed text and
 crashed in the module notifier, kprobes_module_callback().  The fix skips
 the ftrace operations in __disarm_kprobe_ftrace() once ftrace is
 disabled.
