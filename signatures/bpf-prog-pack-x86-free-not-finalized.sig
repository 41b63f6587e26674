# Facts: research/known-bugs.yaml id bpf-prog-pack-x86-free-not-finalized (entry 48).
# Both syzbot reports the fix names (extid 87f65c75f4a72db05445 "kernel BUG in
# __text_poke", extid 2f649ec6d2eea1495a8f "KASAN: vmalloc-out-of-bounds Read in
# bpf_jit_free") are accepted; jit_subprogs is usually inlined, hence the line rule.
Id: bpf-prog-pack-x86-free-not-finalized
Version: 2
Title: x86-64 BPF JIT frees a whole 2MB bpf_prog_pack chunk for subprograms that failed the final JIT pass before being finalized (kernel BUG in __text_poke / KASAN in bpf_jit_free)
Arch: x86_64
Platform: bpf_prog_pack (BPF programs with several subprograms)
Evidence: console
Require: line /kernel BUG at arch\/x86\/kernel\/alternative\.c:[0-9]+!|KASAN: vmalloc-out-of-bounds in bpf_jit_(binary_)?free/
# The fix (1d5f82d9dd47) names both syzbot reports; the __text_poke BUG one
# (extid 87f65c75f4a72db05445) hits the freed pack when another program is
# copied in by bpf_jit_binary_pack_finalize(), so that is a crash site too.
Require: frame /^(bpf_jit_binary_pack_alloc|bpf_jit_binary_pack_finalize|bpf_jit_free)$/
Require: arch /^x86_64$/
Support: line /\bjit_subprogs\b/
Support: frame /^bpf_int_jit_compile$/
Support: frame /^bpf_check$/
Support: frame /^text_poke_copy$/
Introduced-By: 1022a5498f6f745c3b5fd3f050a5e11e7ca354f0 ("bpf, x86_64: Use bpf_jit_binary_pack_alloc")
Fixed-By: 1d5f82d9dd477d5c66e0214a68c3e4f308eadd6d ("bpf, x86: fix freeing of not-finalized bpf_prog_pack")
Fixed-In: v6.0
Fixed-In: stable 5.18.18
Fixed-In: stable 5.19.2
Link: https://git.kernel.org/stable/c/1d5f82d9dd477d5c66e0214a68c3e4f308eadd6d
Link: https://lore.kernel.org/r/20220706002612.4013790-1-song@kernel.org
Link: https://syzkaller.appspot.com/bug?extid=87f65c75f4a72db05445
Link: https://syzkaller.appspot.com/bug?extid=2f649ec6d2eea1495a8f
Link: https://cve.org/CVERecord/?id=CVE-2022-50168
Test-Log: tests/data/signatures/bpf-prog-pack-x86-free-not-finalized.log
Test-Log: tests/data/signatures/occurrences/bpf-prog-pack-x86-free-not-finalized.2.log
Test-Log: tests/data/signatures/occurrences/bpf-prog-pack-x86-free-not-finalized.3.log
Test-Log: tests/data/signatures/occurrences/bpf-prog-pack-x86-free-not-finalized.4.log
Test-Not: tests/data/signatures/lookalikes/bpf-prog-pack-x86-free-not-finalized.fineibt-cfi-patch-pack-free-fault-6.7.log
Test-Not: tests/data/signatures/lookalikes/bpf-prog-pack-x86-free-not-finalized.lkp-x86-ibt-plus-7674335965-apply-direct-call-offset.log
Description:
 jit_subprogs() JITs every subprogram twice.  When the final pass failed
 for one of them, the others had never gone through
 bpf_jit_binary_pack_finalize(), yet the error path freed them with
 bpf_jit_binary_pack_free(), which releases the whole shared 2MB pack.  The
 next JIT then copies code into that freed chunk and text_poke BUGs, or
 KASAN flags the access in bpf_jit_free().  The fix adds an x86
 bpf_jit_free() that finalizes such a program before freeing it.
