# Facts: CVE-2022-49779 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2025050118-CVE-2022-49779-0263@gregkh> (kernel-security-vulns
# cve/published/2022/CVE-2022-49779.mbox), which quotes the fix's message.
Id: kprobes-ftrace-aggrprobe-post-handler-cleared-warn
Version: 2
Title: kprobes: WARNING in __disarm_kprobe_ftrace() on unregister: clearing an ftrace aggrprobe's post_handler makes it disarm with the wrong ftrace_ops (possible use-after-free)
Arch: any (seen on x86_64)
Platform: KPROBES_ON_FTRACE, several kprobes on one ftrace site, one with a post_handler
Evidence: console
Require: line /WARNING: .* at kernel\/kprobes\.c:\d+ __disarm_kprobe_ftrace/
# __unregister_kprobe_top is static in kernel/kprobes.c: a build may inline it into unregister_kprobes
Require: frame /^(__unregister_kprobe_top|unregister_kprobes?|unregister_kretprobes?)$/
# disabling an already-disarmed probe (perf/trace path) hits the same WARN
Reject: frame /^disable_kprobe$/
Support: log /Failed to disarm kprobe-ftrace at/
Support: frame /^(unregister_kprobes?|unregister_kretprobes?)$/
Introduced-By: 0bc11ed5ab60c135aa764a62c02cd5ea68289de4
Fixed-By: 5dd7caf0bdc5d0bae7cf9776b4d739fb09bd5ebb ("kprobes: Skip clearing aggrprobe's post_handler in kprobe-on-ftrace case")
Fixed-In: v6.1
Fixed-In: stable 5.4.225
Fixed-In: stable 5.10.156
Fixed-In: stable 5.15.80
Fixed-In: stable 6.0.10
Link: https://git.kernel.org/stable/c/5dd7caf0bdc5d0bae7cf9776b4d739fb09bd5ebb
Link: https://cve.org/CVERecord/?id=CVE-2022-49779
Test-Log: tests/data/signatures/kprobes-ftrace-aggrprobe-post-handler-cleared-warn.log
Test-Not: tests/data/signatures/kprobes-disarm-already-disabled-ftrace-probe-warn.log
Test-Not: tests/data/signatures/lookalikes/kprobes-disarm-already-disabled-ftrace-probe-warn.riscv-inittext-ftrace-fault.log
Description:
 An ftrace-based aggregated kprobe is armed with kprobe_ipmodify_ops when
 one of its probes has a post_handler and with kprobe_ftrace_ops
 otherwise.  Unregistering the only probe with a post_handler cleared the
 aggrprobe's post_handler, so the following disarm used kprobe_ftrace_ops
 for a site armed through kprobe_ipmodify_ops; ftrace refuses (-ENOENT),
 __disarm_kprobe_ftrace() warns and the probe stays armed on freed memory.
 The fix keeps the post_handler set for ftrace-based aggrprobes.
