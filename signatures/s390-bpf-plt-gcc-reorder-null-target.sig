# Facts: research/known-bugs.yaml id s390-bpf-plt-gcc-reorder-null-target (entry 45).
Id: s390-bpf-plt-gcc-reorder-null-target
Version: 1
Title: s390 BPF: call through a JIT PLT lands at 0x2 (return/target written as NULL after GCC moved memcpy in bpf_jit_plt), from bpf_struct_ops_test_run
Arch: s390x
Platform: any; BPF JIT PLT (struct_ops / trampolines)
Evidence: frames-only
Require: line /\[<0{14}02>\] 0x2$/
Require: frame /^bpf_struct_ops_test_run$/
Support: arch /^s390$/
Support: frame /^__sys_bpf$/
Reject: line /bpf_trace_run[0-9]/
Introduced-By: f1d5df84cd8c3ec6460c78f5b86be7c84577a83f ("s390/bpf: Implement bpf_arch_text_poke()")
Fixed-By: 7ded842b356d151ece8ac4985940438e6d3998bb ("s390/bpf: Fix bpf_plt pointer arithmetic")
Fixed-In: v6.9
Fixed-In: stable 6.6.26
Fixed-In: stable 6.8.5
Link: https://git.kernel.org/stable/c/7ded842b356d151ece8ac4985940438e6d3998bb
Link: https://cve.org/CVERecord/?id=CVE-2024-35917
Link: https://lore.kernel.org/bpf/c9923c1d-971d-4022-8dc8-1364e929d34c@gmail.com/
Test-Log: tests/data/signatures/synthetic/s390-bpf-plt-gcc-reorder-null-target.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-plt-gcc-reorder-null-target.qeth-hsuid-null-napi-poll.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-plt-gcc-reorder-null-target.next-splice-filemap-read-folio-0x2.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-plt-gcc-reorder-null-target.riscv-kcfi-struct-ops-trampoline-no-type-id.log
Test-Not: tests/data/signatures/lookalikes/s390-bpf-plt-gcc-reorder-null-target.vfio-ccw-fsm-jumptable-null-5.15.log
Description:
 bpf_jit_plt() found the offsets of the return and target fields of the PLT
 template by subtracting addresses of separate assembly symbols.  That is not
 valid C, and GCC's alias analysis concluded the template copy could not
 overlap the field stores, so it moved the memcpy() after them and the PLT
 ended up with NULL return and target addresses; a call through it jumps to
 a tiny address.  The fix describes the PLT as a struct with fixed offsets.
