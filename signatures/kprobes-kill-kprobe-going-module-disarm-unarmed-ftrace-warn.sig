# Facts: the fix as merged into tip perf/kprobes (tip-bot2 mail
# <160010377221.15536.8797457304463305492.tip-bot2@tip-bot2>, 14 Sep 2020):
# commit id, subject, Fixes: 0cb2f1372baa, no Reported-by, and the cause:
# kill_kprobe() disarmed a probe of a going module that was not enabled, so
# ftrace_set_filter_ip() failed because the probe point was not registered
# to ftrace.  The same message quotes the first lines of the Test-Log (the
# author's ftracetest kprobe_module.tc run on 5.9.0-rc2+).  Stable -rc
# review shortlogs (4.4.238-rc1, 4.9.238-rc2, 4.14.200-rc1, 4.19.149-rc1)
# list the backport; no release statement was read: no Fixed-In.
# The Test-Log is Masami Hiramatsu's run as quoted in Muchun Song's reply to
# the fix patch (see tests/data/signatures/MANIFEST.tsv); the second
# occurrence is Steven Rostedt's independent report of the same WARNING
# <20200917191754.0a2f8e46@gandalf.local.home>, which Masami answered
# "this seems to fix same issue which I sent", linking the fix's patch.
# Same path, another fix: b0399092ccebd9feef68d4ceb8d6219a8c0caa05 ("kprobes:
# fix kill kprobe which has been marked as gone", Muchun Song, stable
# FAILED mail <1600691122252193@kroah.com>) stops a gone kprobe from being
# killed, so disarmed, twice; its message names no warning, and no rule here
# would set such a report apart.
Id: kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn
Version: 2
Title: kprobes: WARNING in __disarm_kprobe_ftrace() from kill_kprobe() when a probed module is unloaded and its ftrace-based kprobe was never armed (disabled probe)
Arch: any (seen on x86_64)
Platform: KPROBES_ON_FTRACE, a kprobe event on a module function that is not enabled when the module is removed (ftracetest kprobe_module.tc)
Evidence: console
# The WARN in the ftrace disarm helper; -2 (-ENOENT) is what ftrace returns
# for an address that was never registered with it, the failure the fix
# describes.
Require: line /WARNING: .* at kernel\/kprobes\.c:\d+ __disarm_kprobe_ftrace/
# ... reached from kill_kprobe(), the going-module path the fix changes;
# kill_kprobe() is static and some builds inline it into the module
# notifier (Steven Rostedt's report has kprobes_module_callback as the
# first frame): either names the path.
Require: frame /^(kill_kprobe|kprobes_module_callback)$/
# Another error code is another failure (e.g. an allocation failure).
Reject: log /Failed to disarm kprobe-ftrace at .* \((error )?-(?!2\))\d+\)/
# Disabling a probe by hand is the path of another fix (9c80e79906b4).
Reject: frame /^(disable_kprobe|__disable_kprobe)$/
Support: log /Failed to disarm kprobe-ftrace at .* \((error )?-2\)/
Support: frame /^(__x64_sys_delete_module|__se_sys_delete_module|__do_sys_delete_module)$/
Introduced-By: 0cb2f1372baa ("kprobes: Fix NULL pointer dereference at kprobe_ftrace_handler")
Fixed-By: bcb53209be5cb32d485507452edda19b78f31d84 ("kprobes: Fix to check probe enabled before disarm_kprobe_ftrace()")
Link: https://lore.kernel.org/r/159888672694.1411785.5987998076694782591.stgit@devnote2
Link: https://lore.kernel.org/all/20200917191754.0a2f8e46@gandalf.local.home/
Test-Log: tests/data/signatures/kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn.log
Test-Log: tests/data/signatures/occurrences/kprobes-kill-kprobe-going-module-disarm-unarmed-ftrace-warn.2.log
Test-Not: tests/data/signatures/kprobes-disarm-already-disabled-ftrace-probe-warn.log
Test-Not: tests/data/signatures/kprobes-ftrace-aggrprobe-post-handler-cleared-warn.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.failslab-enomem.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.riscv-inittext-ftrace-fault.log
Description:
 When a module goes away, kprobes_module_callback() calls kill_kprobe()
 for each probe on the module's text.  After 0cb2f1372baa, kill_kprobe()
 disarmed every ftrace-based probe unconditionally, including probes
 that were disabled (never armed, or kprobes globally disarmed).  For
 such a probe the address was never registered with ftrace, so
 ftrace_set_filter_ip() fails with -ENOENT and __disarm_kprobe_ftrace()
 warns "Failed to disarm kprobe-ftrace ... (-2)" from rmmod.  The fix only
 disarms a going probe that is enabled and not globally disarmed.
