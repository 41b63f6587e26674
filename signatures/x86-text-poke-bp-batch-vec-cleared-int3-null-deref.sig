# Facts: the fix's id, subject, trailers and mechanism from its tip-commits
# notice (core/kprobes branch: Commit-ID 285a54efe386..., Author Masami
# Hiramatsu, 2019-11-27; Fixes: c0213b0ac03c "x86/alternative: Batch of
# patch operations"; Suggested-by Steven Rostedt, Tested-by Alexei
# Starovoitov; Link: 157483421229.25881.15314414408559963162.stgit@devnote2).
# No release statement was read: no Fixed-In.  Both commits came with the
# x86 text_poke()/ftrace rework queued for the 5.5 merge window, so the
# reports are of 5.4-rc kernels carrying that work.
# The Test-Log is Masami Hiramatsu's report in the thread of Peter
# Zijlstra's "[PATCH -v5 00/17] Rewrite x86/ftrace to use text_poke (and
# more)" (<20191125125534.2aaaccf00c38a9a25dee623a@kernel.org>), 5.4.0-rc6+
# under QEMU running the ftrace multiple-kprobes test; his terminal cut the
# long lines (first line and Code: lines), as the mail says.  The second
# is his reproduction on the latest -tip (5.4.0-rc8+,
# <20191126185809.91574fb8eb02f3b2dd3af863@kernel.org>), the oops the fix
# quotes.
Id: x86-text-poke-bp-batch-vec-cleared-int3-null-deref
Version: 1
Title: NULL pointer dereference in poke_int3_handler(): text_poke_bp_batch() cleared bp_patching.vec before a concurrent INT3 handler saw nr_entries drop to zero
Arch: x86_64
Platform: x86 kernels with batched INT3 text patching (c0213b0ac03c) and without the fix; kprobes/ftrace/jump-label patching racing an INT3 hit on another CPU (seen with the ftrace multiple-kprobes self-test under QEMU)
Evidence: console
# The oops is in the INT3 text-patching handler itself, on a NULL (or
# NULL + small offset) text_poke_loc vector (a paging request on another
# address there is a different bug, e.g. the try_get_desc() race of 2022:
# the Test-Not) ...
Require: title /NULL pointer dereference in poke_int3_handler$/
Require: pc /^poke_int3_handler$/
# ... entered from the INT3 trap, i.e. a CPU hit a breakpoint that
# text_poke_bp_batch() was in the middle of removing.
Require: frame /^(do_int3|int3|exc_int3)$/
Support: line /CR2: 0000000000000[0-9a-f]{3}$/
Support: frame /^(kprobe_int3_handler|aggr_pre_handler|kprobe_dispatcher|kprobe_trace_func)$/
Introduced-By: c0213b0ac03c ("x86/alternative: Batch of patch operations")
Fixed-By: 285a54efe3861976af9d15e85ff8c91a78d1407b ("x86/alternatives: Sync bp_patching update for avoiding NULL pointer exception")
Link: https://lkml.kernel.org/r/157483421229.25881.15314414408559963162.stgit@devnote2
Link: https://lore.kernel.org/all/20191125125534.2aaaccf00c38a9a25dee623a@kernel.org/
Test-Log: tests/data/signatures/x86-text-poke-bp-batch-vec-cleared-int3-null-deref.log
Test-Log: tests/data/signatures/occurrences/x86-text-poke-bp-batch-vec-cleared-int3-null-deref.2.log
Test-Not: tests/data/signatures/lookalikes/x86-text-poke-bp-batch-vec-cleared-int3-null-deref.try-get-desc-race-5.17.log
Test-Not: tests/data/signatures/lookalikes/x86-text-poke-bp-batch-vec-cleared-int3-null-deref.ftrace-stack-trace-recursion-hard-lockup-6.0.log
Description:
 Batched INT3 text patching publishes the breakpoint sites in
 bp_patching.vec and their number in bp_patching.nr_entries; the INT3 handler
 poke_int3_handler() looks the trapping address up there when nr_entries is
 not zero.  At the end of a batch text_poke_bp_batch() cleared vec and then
 nr_entries with only a sync_core() IPI in between, which does not wait for
 INT3 handlers already running on other CPUs: a handler that had read a
 non-zero nr_entries then dereferenced the NULL vec and the kernel oopsed in
 poke_int3_handler() (seen while the ftrace multiple-kprobes test armed and
 disarmed probes).  The fix zeroes nr_entries first, waits for all CPUs with
 text_poke_sync(), and only then clears vec.
