# Facts: research/known-bugs.yaml id x86-vsyscall-copy-from-kernel-nofault-oops (entry 111).
Id: x86-vsyscall-copy-from-kernel-nofault-oops
Version: 3
Title: x86 oops reading the vsyscall page via copy_from_kernel_nofault (bpf_probe_read_kernel): fault treated as a user access
Arch: x86_64
Platform: vsyscall page 0xffffffffff600000
Evidence: console
# the vsyscall page, from the fault line or CR2 (a report posted with its lines
# cut at a fixed column keeps only CR2: occurrence 3); the nofault copy that
# copy_from_kernel_nofault_allowed() guards, strings included, faulting itself
Require: line /unable to handle page fault for address: ffffffffff600|\bCR2: ffffffffff600/
Require: pc /^(copy|strncpy)_from_kernel_nofault/
# bpf_probe_read_compat: the helper bpftrace calls on an x86-64 kernel for a
# plain probe_read (occurrence 7, 6.6.16)
Support: frame /^bpf_probe_read_(kernel|compat)/
Support: line /not-present page/
# The fix has no Fixes: trailer.  75a1a607bb7e is the CNA dyad's introducing
# commit (CVE-2024-26906).  syzbot bisected the fix's Reported-by report
# (extid 72aa0161922eba61b50e, "BUG: unable to handle kernel paging request in
# copy_from_kernel_nofault") to ca247283781d, after which a SMAP-violating
# kernel access no longer runs the exception fixup; Thomas Gleixner answered
# that reverting it makes the oops go away "but wrongly so" (<87jzqb1133.ffs@tglx>).
# Kernels need both for this oops, so both are listed.
Introduced-By: 75a1a607bb7e6d918be3aca11ec2214a275392f4
Introduced-By: ca247283781d754216395a41c5e8be8ec79a5f1c ("x86/fault: Don't run fixups for SMAP violations")
Fixed-By: 32019c659ecfe1d92e3bf9fcdfbb11a7c70acd58 ("x86/mm: Disallow vsyscall page read for copy_from_kernel_nofault()")
Fixed-In: v6.8
Fixed-In: stable 5.10.214
Fixed-In: stable 5.15.153
Fixed-In: stable 6.1.83
Fixed-In: stable 6.6.23
Fixed-In: stable 6.7.11
Link: https://git.kernel.org/stable/c/32019c659ecfe1d92e3bf9fcdfbb11a7c70acd58
Link: https://cve.org/CVERecord/?id=CVE-2024-26906
Link: https://syzkaller.appspot.com/bug?extid=72aa0161922eba61b50e
Link: https://lore.kernel.org/bpf/CAG48ez06TZft=ATH1qh2c5mpS5BT8UakwNkzi6nvK5_djC-4Nw@mail.gmail.com
Test-Log: tests/data/signatures/x86-vsyscall-copy-from-kernel-nofault-oops.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.2.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.3.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.4.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.5.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.7.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.9.log
Test-Log: tests/data/signatures/occurrences/x86-vsyscall-copy-from-kernel-nofault-oops.10.log
Test-Not: tests/data/signatures/lookalikes/x86-vsyscall-copy-from-kernel-nofault-oops.bpf-probe-mem-aliased-skb-dev.log
Test-Not: tests/data/signatures/lookalikes/x86-vsyscall-copy-from-kernel-nofault-oops.kprobe-debug-handler-hw-breakpoint-resume-execution-5.10.log
Description:
 The page-fault handler classifies the vsyscall address as a user address,
 so a kernel read of it through copy_from_kernel_nofault() (for example from
 bpf_probe_read_kernel) did not get the nofault fixup and ended in
 page_fault_oops().  The fix makes copy_from_kernel_nofault_allowed() refuse
 vsyscall addresses.
