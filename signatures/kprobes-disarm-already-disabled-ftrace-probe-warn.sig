# Facts: CVE-2022-50008 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2025061830-CVE-2022-50008-09c7@gregkh> (kernel-security-vulns
# cve/published/2022/CVE-2022-50008.mbox), which quotes the fix's message.
Id: kprobes-disarm-already-disabled-ftrace-probe-warn
Version: 3
Title: kprobes: WARNING in __disarm_kprobe_ftrace() disabling a kprobe that was never re-armed after kprobes were globally re-enabled (leaves a looping aggrprobe list, later RCU stalls)
Arch: any (seen on x86_64)
Platform: KPROBES_ON_FTRACE, /sys/kernel/debug/kprobes/enabled toggled while probes exist
Evidence: console
# the unregister path with a cleared aggrprobe post_handler hits the same WARN
Reject: frame /^__unregister_kprobe_top$/
# the ip of a kprobe never re-armed is no longer in the ftrace filter, so
# removing it fails with -ENOENT; another errno (-ENOMEM from an allocation
# failure, -ENODEV once ftrace is dead) is a different failure of the same WARN
Reject: log /Failed to disarm kprobe-ftrace at .* \((error )?-(?!2\))\d+\)/
Variant: disable-warn
# the WARN_ONCE is in __disarm_kprobe_ftrace() (5.x), disarm_kprobe_ftrace()
# in older kernels (4.x, which have the stable backports), or in
# disarm_kprobe() where it is inlined
Require: line /WARNING: .* at kernel\/kprobes\.c:\d+ (__)?disarm_kprobe(_ftrace)?\b/
Require: frame /^disable_kprobe$/
Support: log /Failed to disarm kprobe-ftrace at/
Support: frame /^(__disable_trace_kprobe|disable_trace_kprobe|perf_kprobe_destroy)$/
# The fix (9c80e79906b4) goes on: the WARN fires twice, __unregister_kprobe_top()
# skips cleanups and leaves the aggregated kprobe hashed, and
# __unregister_trace_kprobe() re-initialises the probe's list head, so the
# aggrprobe's list loops on itself.  Reading debugfs kprobes/list then loops
# in show_kprobe_addr() (RCU stall or soft lockup) ...
Variant: list-loop-stall
Require: kind /^stall$/
Require: function /^show_kprobe_addr$/
# a stall there alone could be another list corruption: only the earlier
# failed disarm (-ENOENT) printed before it corroborates this bug
Support: context /Failed to disarm kprobe-ftrace at .*\((error )?-2\)/
# ... and registering a probe at that address again loops in
# __get_valid_kprobe() under warn_kprobe_rereg(), holding kprobe_mutex.
Variant: rereg-loop-stall
Require: kind /^stall$/
Require: function /^__get_valid_kprobe$/
Support: frame /^warn_kprobe_rereg$/
Support: context /Failed to disarm kprobe-ftrace at .*\((error )?-2\)/
Introduced-By: 69d54b916d83872a0a327778a01af2a096923f59
Fixed-By: 9c80e79906b4ca440d09e7f116609262bb747909 ("kprobes: don't call disarm_kprobe() for disabled kprobes")
Fixed-In: v6.0
Fixed-In: stable 4.9.327
Fixed-In: stable 4.14.292
Fixed-In: stable 4.19.257
Fixed-In: stable 5.4.212
Fixed-In: stable 5.10.141
Fixed-In: stable 5.15.65
Fixed-In: stable 5.19.6
Link: https://git.kernel.org/stable/c/9c80e79906b4ca440d09e7f116609262bb747909
Link: https://cve.org/CVERecord/?id=CVE-2022-50008
Test-Log: tests/data/signatures/kprobes-disarm-already-disabled-ftrace-probe-warn.log
Test-Not: tests/data/signatures/kprobes-ftrace-aggrprobe-post-handler-cleared-warn.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.riscv-inittext-ftrace-fault.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.failslab-enomem.log
Test-Not: tests/data/signatures/occurrences/kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn.2.log
Test-Not: tests/data/signatures/kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.arm-kprobe-flags-rollback.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.ftrace-killed-enodev.log
Description:
 Writing 0 to debugfs kprobes/enabled disarms every probe; writing 1
 re-arms them but leaves individually disabled probes disarmed.
 __disable_kprobe() assumed a probe it disables is armed, so disabling
 such a probe later (for example when a perf kprobe event is released)
 disarmed an ftrace-based probe twice: ftrace refuses with -ENOENT, the
 WARN fires, and the unregister path skips cleanup, leaving the
 aggregated kprobe in the hash table with a list that loops on itself,
 so kprobe list readers later stall.  The fix does not disarm probes that
 are already disabled.
