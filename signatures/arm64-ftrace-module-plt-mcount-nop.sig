# Facts: research/known-bugs.yaml id arm64-ftrace-module-plt-mcount-nop (entry 155).
Id: arm64-ftrace-module-plt-mcount-nop
Version: 1
Title: arm64 'ftrace: no module PLT for _mcount' and ftrace_bug at module load: mcount sites use ordinary module PLTs
Arch: arm64
Platform: mcount-based ftrace (no DYNAMIC_FTRACE_WITH_REGS), module PLTs
Evidence: console
Require: context /ftrace: no module PLT for _mcount/
Require: guilty /^ftrace_bug/
Support: frame /^ftrace_module_init/
Support: frame /^ftrace_process_locs/
Introduced-By: a6253579977e4c6f7818eeb05bf2bc65678a7187 ("arm64: ftrace: consistently handle PLTs.")
Fixed-By: 8cfb08575c6d4585f1ce0deeb189e5c824776b04 ("arm64: ftrace: fix module PLTs with mcount")
Fixed-In: v6.1
Fixed-In: stable 5.10.150
Fixed-In: stable 5.15.75
Fixed-In: stable 5.19.17
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/8cfb08575c6d4585f1ce0deeb189e5c824776b04
Link: https://cve.org/CVERecord/?id=CVE-2022-50579
Test-Log: tests/data/signatures/arm64-ftrace-module-plt-mcount-nop.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-module-plt-mcount-nop.ppc64le-kpatch-module-mcount-not-bl-rhel8.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-module-plt-mcount-nop.x86-5.10-bpf-dispatcher-ftrace-verify-code-perf.log
Description:
 After the PLT consolidation, ftrace_make_nop() insisted that an out-of-range
 mcount call site branch to the ftrace trampoline PLT, but module mcount sites
 are initialised to an ordinary module PLT.  Initialising them at module load
 failed and ftrace reported a bug.  The fix ignores the old instruction for
 module mcount sites, as before.
