# Facts: research/known-bugs.yaml id s390-bpf-text-poke-null-new-addr-regression (entry 44).
Id: s390-bpf-text-poke-null-new-addr-regression
Version: 1
Title: s390 BPF: branch to 0x0 through an un-patched JIT PLT (bpf_arch_text_poke() with new_addr == NULL broken again by the bpf_plt rework)
Arch: s390x
Platform: any; BPF programs attached and detached at runtime (e.g. perf's on_switch tracepoint program)
Evidence: frames-only
Require: line /\[<0{16}>\] 0x0$/
Require: frame /^(bpf_trace_run[0-9]+|__bpf_trace_[a-z0-9_]+|__bpf_prog_enter[a-z_]*)$/
Support: arch /^s390$/
Support: line /Last Breaking-Event-Address/
Support: line /bpf_prog_[0-9a-f]+_[A-Za-z0-9_]+\+0x/
Reject: frame /^bpf_struct_ops_test_run$/
Introduced-By: 7ded842b356d151ece8ac4985940438e6d3998bb ("s390/bpf: Fix bpf_plt pointer arithmetic")
Fixed-By: 6a5abf8cf182f577c7ae6c62f14debc9754ec986 ("s390/bpf: Fix bpf_arch_text_poke() with new_addr == NULL again")
Fixed-In: v6.16
Fixed-In: stable 6.6.100
Fixed-In: stable 6.12.40
Fixed-In: stable 6.15.8
Link: https://git.kernel.org/stable/c/6a5abf8cf182f577c7ae6c62f14debc9754ec986
Link: https://cve.org/CVERecord/?id=CVE-2025-38489
Link: https://lore.kernel.org/r/20250716194524.48109-2-iii@linux.ibm.com
Test-Log: tests/data/signatures/synthetic/s390-bpf-text-poke-null-new-addr-regression.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-text-poke-null-new-addr-regression.tracefs-lockdown-null-open-next-5.3.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-text-poke-null-new-addr-regression.original-2023-c730fce7-linux-next-trace.log
Description:
 When a BPF call site is un-patched, bpf_arch_text_poke() is asked for a
 NULL target, and a CPU that already branched into the PLT may still load
 that target.  An earlier fix (c730fce7c70c) made such a PLT point back to
 the return label instead of NULL; the bpf_plt pointer-arithmetic rework
 dropped that, so a racing CPU again jumps to address 0 and the kernel
 panics intermittently, for example under a sched_switch tracing program.
