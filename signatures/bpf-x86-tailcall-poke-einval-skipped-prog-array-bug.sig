# Facts: Lee Jones' report <20231108154626.GB8909@google.com> ('[REPORT]
# BPF: Reproducible triggering of BUG() from userspace PoC', linux-kernel,
# 8 Nov 2023; the Test-Log, his run of syzbot's C reproducer on
# 6.6.0-rc3-next), which points to syzbot's report extid 97a4fe20470e9bc30810
# on v6.1; Jiri Olsa's fix <20231127094525.1366740-1-jolsa@kernel.org>
# (v1, with the Fixes: tag, Reported-by syzbot and Tested-by Lee Jones) and
# its v3 <20231203204851.388654-2-jolsa@kernel.org>; the mainline id from
# a revlist listing 4b7de801606e next to its selftest.  No release source
# was read, so no Fixed-In.
Id: bpf-x86-tailcall-poke-einval-skipped-prog-array-bug
Version: 1
Title: x86-64 BPF: kernel BUG in prog_array_map_poke_run() when a tail-call poke skipped with -EINVAL (program not in kallsyms yet or any more) makes a later poke fail with -EBUSY
Arch: x86_64
Platform: x86-64 BPF JIT with tail calls through a prog array map (syzkaller reproducer; v6.1 and linux-next 6.6)
Evidence: console
# The BUG_ON on the return of bpf_arch_text_poke() in the prog array
# map's poke run: the only BUG in kernel/bpf/arraymap.c ...
Require: line /kernel BUG at kernel\/bpf\/arraymap\.c:[0-9]+/
# ... raised in prog_array_map_poke_run itself (pc, or the guilty frame).
Require: function /^prog_array_map_poke_run$/
Require: arch /^x86_64$/
# A tail-call slot updated or cleared: a map update from bpf(2), a delete,
# or the deferred clear of the map when its last user reference goes.
Support: frame /^(bpf_fd_array_map_update_elem|bpf_map_update_value|map_update_elem|fd_array_map_delete_elem|__fd_array_map_delete_elem|map_delete_elem|prog_array_map_clear_deferred)$/
Introduced-By: ebf7d1f508a7 ("bpf, x64: rework pro/epilogue and tailcall handling in JIT")
Fixed-By: 4b7de801606e504e69689df71475d27e35336fb3 ("bpf: Fix prog_array_map_poke_run map poke update")
Link: https://lore.kernel.org/all/20231108154626.GB8909@google.com/
Link: https://syzkaller.appspot.com/bug?extid=97a4fe20470e9bc30810
Link: https://lore.kernel.org/all/20231127094525.1366740-1-jolsa@kernel.org/
Link: https://lore.kernel.org/all/20231203204851.388654-2-jolsa@kernel.org/
Test-Log: tests/data/signatures/bpf-x86-tailcall-poke-einval-skipped-prog-array-bug.log
Description:
 prog_array_map_poke_run() patches the tail-call jumps of every program
 that tracks a prog array slot, through bpf_arch_text_poke(), and treats
 -EINVAL as harmless.  But bpf_arch_text_poke() returns -EINVAL when the
 program has no kallsyms entry, which happens in a window while the
 program is still being loaded (tracked before bpf_prog_kallsyms_add())
 and while it is being freed: the jump is then left unpatched, and the
 next update of the slot finds other bytes than it expects, gets -EBUSY
 from __bpf_arch_text_poke() and hits the BUG_ON.  The fix, as first
 posted, patches through __bpf_arch_text_poke() directly, without the
 kallsyms check, and keeps the BUG_ON for any error.
