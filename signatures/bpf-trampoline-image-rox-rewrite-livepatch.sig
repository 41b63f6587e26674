# Facts: research/known-bugs.yaml id bpf-trampoline-image-rox-rewrite-livepatch.
Id: bpf-trampoline-image-rox-rewrite-livepatch
Version: 5
Title: x86 BPF: oops writing a trampoline image already made ROX in arch_prepare_bpf_trampoline() when livepatch and kretfunc/fexit share a function
Arch: x86_64
Platform: STRICT_KERNEL_RWX
Evidence: console
Require: function /^arch_prepare_bpf_trampoline$/
Require: arch /^x86_64$/
Require: access /^write$/
Support: line /Oops: 0003 /
Support: line /Tainted: [A-Z ]+K\b/
# bpf_trampoline_update is static in kernel/bpf/trampoline.c: a build may inline it into __bpf_trampoline_link_prog
Support: frame /^(bpf_trampoline_update|__bpf_trampoline_link_prog|bpf_tramp_ftrace_ops_func|modify_fentry|register_fentry)$/
Introduced-By: 00963a2e75a872e5fce4d0115ac2786ec86b57a6
Fixed-By: 9ed1d9aeef5842ecacb660fce933613b58af1e00 ("bpf: Fix panic due to wrong pageattr of im->image")
Fixed-In: v6.2
Fixed-In: stable 6.0.19
Fixed-In: stable 6.1.5
Workaround: avoid attaching kretfunc/fexit programs to livepatched functions (reproducer: livepatch-sample.ko plus bpftrace kretfunc:cmdline_proc_show)
Link: https://git.kernel.org/stable/c/9ed1d9aeef5842ecacb660fce933613b58af1e00
Link: https://cve.org/CVERecord/?id=CVE-2022-50654
Test-Log: tests/data/signatures/bpf-trampoline-image-rox-rewrite-livepatch.log
Test-Not: tests/data/signatures/lookalikes/ppc-bpf-trampoline-size-underestimate-warn.x86-trampoline-page-fault-6.12.log
Description:
 bpf_trampoline_update() makes im->image read-only and executable.  When the
 ftrace ops path returns -EAGAIN because a livepatch sits on the same
 function, the update is retried and arch_prepare_bpf_trampoline() writes
 the new trampoline into the same, now read-only, image and faults.
