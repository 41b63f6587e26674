# Facts: CVE-2021-46957 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2021/CVE-2021-46957.mbox), which quotes
# the fix's message.
# Evidence is partial: the log shows only where interrupts were found
# disabled (a BUG_ON(irqs_disabled()) in fs/buffer.c); nothing in it names
# the kprobe that disabled them, so this never matches above medium.
Id: riscv-kprobe-single-step-fault-loses-sie
Version: 1
Title: riscv kprobes: a page fault on the single-step slot re-enters the breakpoint handler and loses SIE, so the task runs on with interrupts disabled (kernel BUG at fs/buffer.c)
Arch: riscv
Platform: riscv64 with kprobes (5.12)
Evidence: partial
Require: line /kernel BUG at fs\/buffer\.c:\d+/
Require: arch /^riscv$/
# riscv kprobes arrived in 5.12 (the introducing commit)
Reject: release /^([0-4]\.|5\.([0-9]|1[01])(\.|-|$))/
Support: frame /^__find_get_block$/
Introduced-By: c22b0bcb1dd024cb9caad9230e3a387d8b061df5
Fixed-By: b1ebaa0e1318494a7637099a26add50509e37964 ("riscv/kprobe: fix kernel panic when invoking sys_read traced by kprobe")
Fixed-In: v5.13
Fixed-In: stable 5.12.3
Link: https://git.kernel.org/stable/c/b1ebaa0e1318494a7637099a26add50509e37964
Link: https://cve.org/CVERecord/?id=CVE-2021-46957
Test-Log: tests/data/signatures/riscv-kprobe-single-step-fault-loses-sie.log
Test-Not: tests/data/signatures/lookalikes/riscv-kprobe-single-step-fault-loses-sie.aarch64-fcos-5.14-find-get-block.log
Test-Not: tests/data/signatures/lookalikes/riscv-kprobe-single-step-fault-loses-sie.x86-6.18-vfat-sb-min-blocksize-zero-folio-alloc-buffers.log
Test-Not: tests/data/signatures/lookalikes/riscv-kprobe-single-step-fault-loses-sie.x86-5.1-nbd-kill-bdev-jbd2-submit-bh-unmapped.log
Description:
 On a kprobe hit the riscv handler saves sstatus and clears SIE for the
 single step of the copied instruction.  If that instruction slot takes a
 page fault first, the fault handler resets the kprobe and returns to the
 breakpoint, whose handler saves the already SIE-cleared sstatus over the
 original.  The probed function (sys_read in the report) then continues
 with interrupts disabled and trips a BUG_ON(irqs_disabled()) such as the
 one in __find_get_block().  The fix restores the saved sstatus when the
 single-stepped instruction faults.
