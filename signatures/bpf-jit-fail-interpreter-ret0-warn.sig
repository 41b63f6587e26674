# Facts: CVE-2025-38280 (research/cna-fixes.tsv row: fixes, introducing
# commits, releases); mainline/stable split and console log from the CVE
# announcement <2025071009-CVE-2025-38280-86b4@gregkh> (kernel-security-vulns
# cve/published/2025/CVE-2025-38280.mbox), which quotes the fix's message.
# Introduced-By is the mainline commit; the CNA also lists its 4.9.190 and
# 4.14.140 stable backports 5124abda3060 and 234646dcfc5f.
Id: bpf-jit-fail-interpreter-ret0-warn
Version: 1
Title: WARNING in __bpf_prog_ret0_warn: a BPF program whose JIT failed (without BPF_JIT_ALWAYS_ON) is accepted and runs the placeholder
Arch: any (seen on x86_64)
Platform: CONFIG_BPF_JIT_ALWAYS_ON=n with bpf_jit_enable=1, JIT failure (e.g. fault injection)
Evidence: console
Require: line /WARNING: .* at kernel\/bpf\/core\.c:\d+ __bpf_prog_ret0_warn/
Require: guilty /^__bpf_prog_ret0_warn$/
Support: frame /^(__bpf_prog_run|bpf_prog_run|bpf_dispatcher_nop_func|bpf_prog_run_pin_on_cpu)$/
Introduced-By: fa9dd599b4dae841924b022768354cfde9affecb
Fixed-By: 86bc9c742426a16b52a10ef61f5b721aecca2344 ("bpf: Avoid __bpf_prog_ret0_warn when jit fails")
Fixed-In: v6.16
Fixed-In: stable 5.15.186
Fixed-In: stable 6.1.142
Fixed-In: stable 6.6.94
Fixed-In: stable 6.12.34
Fixed-In: stable 6.15.3
Link: https://git.kernel.org/stable/c/86bc9c742426a16b52a10ef61f5b721aecca2344
Link: https://cve.org/CVERecord/?id=CVE-2025-38280
Test-Log: tests/data/signatures/bpf-jit-fail-interpreter-ret0-warn.log
Test-Log: tests/data/signatures/occurrences/bpf-jit-fail-interpreter-ret0-warn.2.log
Test-Log: tests/data/signatures/occurrences/bpf-jit-fail-interpreter-ret0-warn.3.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-fail-interpreter-ret0-warn.bpf-jit-free-kallsyms-race-warn-5.0.log
Description:
 Whether a program is JITed depends on bpf_jit_enable; without
 CONFIG_BPF_JIT_ALWAYS_ON a program whose JIT attempt fails should fall
 back to the interpreter.  When the JIT was requested but failed (here
 through fault injection), the program was still treated as valid with
 its bpf_func left at the __bpf_prog_ret0_warn placeholder, so running it
 triggered that function's WARN_ON_ONCE.  The fix rejects the program in
 that case.
