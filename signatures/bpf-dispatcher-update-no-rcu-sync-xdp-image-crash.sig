# Facts: the fix's id and subject from the bpf tree's pull "bpf-for-netdev"
# (2022-12-14, "Jiri Olsa (1): bpf: Synchronize dispatcher update with
# bpf_dispatcher_xdp_func") and the netfilter/nf push revlist listing
# 4121d4481b72501aa4d22680be4ea1096d69d133; patchwork-bot's "applied to
# bpf/bpf.git (master)" mail links https://git.kernel.org/bpf/bpf/c/4121d4481b72.
# The patch <20221214123542.1389719-1-jolsa@kernel.org> opens "Hao Sun
# reported crash in dispatcher image", carries Reported-by: Hao Sun and
# describes the race; it has no Fixes: tag, so no Introduced-By.  No CVE row
# and no release read for it, so no Fixed-In.
# The Test-Log is Hao Sun's report <CACkBjsYioeJLhJAZ=Sq4CAL2O_W+5uqcJynFgLSizWLqEjNrjw@mail.gmail.com>
# ("BUG: unable to handle kernel paging request in bpf_dispatcher_xdp",
# bpf-next 6.1.0-rc7), mail-wrapped as posted, and Jiri Olsa's own reproduction
# in that thread <Y5MaffJOe1QtumSN@krava> (a GP fault on his 6.0-rc1-based tree).
Id: bpf-dispatcher-update-no-rcu-sync-xdp-image-crash
Version: 1
Title: Crash executing the XDP dispatcher image: bpf_dispatcher_update() rewrote the half of the image a CPU was still running in, with no RCU grace period between two updates
Arch: x86_64
Platform: XDP programs attached and detached (or BPF_PROG_TEST_RUN of XDP programs) while others run through the dispatcher
Evidence: console
# The CPU runs torn dispatcher code: whatever the half-rewritten
# instructions decode to faults (a wild write or read, a GP fault on a
# non-canonical address, an invalid opcode) ...
Require: line /(unable to handle (page fault|kernel paging request)|general protection fault|invalid opcode|kernel NULL pointer dereference)/
# ... with the program counter in the dispatcher image, whose ksym is
# "bpf_dispatcher_xdp" (the C entry bpf_dispatcher_xdp_func only jumps to it).
Require: pc /^bpf_dispatcher_xdp(_func)?$/
# The XDP run path into the dispatcher: test_run or a driver/generic XDP
# receive; bpf_prog_run_xdp() is inlined into all of them.
Support: frame /^(bpf_test_run|bpf_prog_test_run_xdp|xdp_test_run_batch|bpf_prog_run_generic_xdp|netif_receive_generic_xdp|do_xdp_generic|veth_xdp_rcv_one|veth_xdp_rcv_skb|veth_xdp_rcv|tun_build_skb|tun_xdp_one|tun_get_user)$/
Support: line /\bbpf_prog_run_xdp\b/
Require: arch /^x86_64$/
Fixed-By: 4121d4481b72501aa4d22680be4ea1096d69d133 ("bpf: Synchronize dispatcher update with bpf_dispatcher_xdp_func")
Link: https://lore.kernel.org/bpf/CACkBjsYioeJLhJAZ=Sq4CAL2O_W+5uqcJynFgLSizWLqEjNrjw@mail.gmail.com/
Link: https://lore.kernel.org/bpf/Y5MaffJOe1QtumSN@krava/
Link: https://lore.kernel.org/bpf/20221214123542.1389719-1-jolsa@kernel.org/
Link: https://git.kernel.org/bpf/bpf/c/4121d4481b72
Test-Log: tests/data/signatures/bpf-dispatcher-update-no-rcu-sync-xdp-image-crash.log
Test-Log: tests/data/signatures/occurrences/bpf-dispatcher-update-no-rcu-sync-xdp-image-crash.2.log
Test-Not: tests/data/signatures/lookalikes/bpf-dispatcher-update-no-rcu-sync-xdp-image-crash.arm64-jit-branch-offset-brk-test-run-xdp-5.9.log
Description:
 The XDP dispatcher is a small JITed image that compares the program
 pointer against the attached XDP programs and jumps to the match; it is
 rebuilt in one half of its page while CPUs execute the other half, and
 bpf_dispatcher_update() then switches the entry to the new half.  Nothing
 waited for CPUs to leave the old half, so a second update could rewrite
 the half a CPU was still executing (bpf_prog_run_xdp() runs with
 bottom halves disabled, not under a lock the updater takes).  That CPU
 then executes torn instructions and faults inside bpf_dispatcher_xdp.
 The fix calls synchronize_rcu() after installing each new image, so the
 next update cannot modify a half still in use.
