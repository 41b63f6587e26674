# Facts: the fix commits, ids and subjects from the bpf-next merge of Song
# Liu's series "enforce W^X for trampoline and dispatcher" (patchwork-bot
# reply to <20220926184739.3512547-1-song@kernel.org>, bpf-next/c/19c02415da23
# and bpf-next/c/5b0d1c7bd572; full ids from the linux-next revlists that
# list both commits under merge 9666a702657e).  Its cover letter says:
# "Jeff Layton reported CPA W^X warning linux-next [1]. It turns out to be
# W^X issue with bpf trampoline and bpf dispatcher", [1] being Jeff
# Layton's report <c84cc27c1a5031a003039748c3c099732a718aec.camel@kernel.org>,
# and Jeff Layton replied with Tested-by.  The warning itself is the x86 CPA
# W^X check new in linux-next then ("x86/mm: Refuse W^X violations", Peter
# Zijlstra), later eased back to a warning by Dave Hansen, whose commit
# message cites the same report.  No CVE row and no release read: no
# Fixed-In; the BPF code was W+X long before the check, so no Introduced-By.
# The Test-Logs are Jeff Layton's report (linux-next 20220921, systemd
# attaching an LSM BPF program through a trampoline) and syzbot's report
# <00000000000076f3a305e97e9229@google.com> (extid cdcd5043ce8155d92ab1, the
# same linux-next, XDP dispatcher path), in whose thread Dave Hansen names
# the W+X image-page helper as the cause and Alexei Starovoitov ties it to
# Jeff Layton's report and Song Liu's fix.
Id: bpf-jit-exec-page-writable-set-memory-x-cpa-wx
Version: 2
Title: x86 "CPA refuse/detected W^X violation" from BPF trampoline or dispatcher images: the page was made executable while still writable
Arch: x86_64
Platform: STRICT_KERNEL_RWX kernels with the CPA W^X check (linux-next of September 2022), attaching a BPF trampoline (fentry/fexit/LSM program) or an XDP dispatcher
Evidence: console
# The CPA W^X check: the new permissions are writable and executable ...
Require: line /CPA (refuse|detected) W\^X violation: /
# ... asked for by the BPF trampoline or XDP dispatcher code, whose shared
# image-page helper called set_memory_x() on a page it kept writable.
Require: frame /^(bpf_jit_alloc_exec_page|bpf_trampoline_update|bpf_tramp_image_alloc|__bpf_trampoline_link_prog|bpf_trampoline_link_prog|bpf_dispatcher_change_prog|bpf_dispatcher_update)$/
Support: frame /^set_memory_x$/
# With the refusing version of the check the image stayed non-executable and
# the first call into the trampoline faulted.
Support: line /RIP: \S+:bpf_trampoline_\d+_\d+\+/
# ftrace trampolines tripped the same check through their own
# set_memory_x() (Steven Rostedt's ftrace=function boot report): another bug.
Reject: frame /^(arch_ftrace_update_trampoline|ftrace_update_trampoline|create_trampoline)$/
# (v2) BPF trampolines and the dispatcher are x86_64's JIT only; 32-bit
# kernels print the same message refusing firmware code
# (x86-wx-refuse-32bit-firmware-set-memory-x)
Reject: arch /^i386$/
Fixed-By: 19c02415da2345d0dda2b5c4495bc17cc14b18b5 ("bpf: use bpf_prog_pack for bpf_dispatcher")
Fixed-By: 5b0d1c7bd5722467960829af51d523f5a6ffd848 ("bpf: Enforce W^X for bpf trampoline")
Link: https://lore.kernel.org/lkml/c84cc27c1a5031a003039748c3c099732a718aec.camel@kernel.org/
Link: https://lore.kernel.org/bpf/20220926184739.3512547-1-song@kernel.org/
Link: https://lore.kernel.org/all/00000000000076f3a305e97e9229@google.com/
Link: https://syzkaller.appspot.com/bug?extid=cdcd5043ce8155d92ab1
Test-Log: tests/data/signatures/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.log
Test-Log: tests/data/signatures/occurrences/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.2.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.ftrace-trampoline.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.i386-pcbios-area.log
Description:
 BPF trampolines (and the XDP dispatcher) got their image page from a
 helper that made the page executable but deliberately left it writable,
 so that programs could be attached and detached without flipping the
 permissions.  When x86 gained a check in change_page_attr that warns about
 (and at first refused) any change leaving kernel memory both writable and
 executable, attaching an fentry/LSM program or an XDP program triggered
 the warning from set_memory_x(); with the refusing version the trampoline
 stayed non-executable and the first call into it faulted, so systemd
 failed to boot.  The fix builds the dispatcher in the read-only
 bpf_prog_pack allocator through a writable buffer, and makes trampoline
 images read-only before making them executable.
