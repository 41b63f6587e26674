# Facts: research/known-bugs.yaml id ppc-kfence-kcore-read-fault-misreported.
# A KFENCE report carries no architecture, hence the Reject of other arches
# rather than a Require on powerpc.
Id: ppc-kfence-kcore-read-fault-misreported
Version: 4
Title: powerpc: false "BUG: KFENCE: invalid read in copy_from_kernel_nofault" when reading /proc/kcore
Arch: powerpc
Platform: CONFIG_KFENCE (hash or radix)
Evidence: console
# The fix (06dbbb4d5f71) quotes both forms of the false report: "BUG: KFENCE:
# invalid read" and "BUG: KFENCE: use-after-free read" in copy_from_kernel_nofault
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /KFENCE: (invalid|use-after-free) read in copy_from_kernel_nofault(\.[\w.]+)?\+/
Require: frame /^read_kcore(_iter)?$/
Support: frame /^system_call_exception$/
# Other arches by their system call entry frame (the arch is rarely printed here)
Reject: frame /^(do_syscall_64|__do_syscall|el0_svc|do_el0_svc|do_trap_ecall_u|handle_syscall)$/
Introduced-By: 90cbac0e995dd92f7bcf82f74aa50250bf194a4a
Fixed-By: 06dbbb4d5f7126b6307ab807cbf04ecfc459b933 ("powerpc/mm/fault: Fix kfence page fault reporting")
Fixed-In: v6.13
Fixed-In: stable 5.15.174
Fixed-In: stable 6.1.120
Fixed-In: stable 6.6.64
Fixed-In: stable 6.11.11
Fixed-In: stable 6.12.2
Workaround: avoid reading /proc/kcore (reproduced with dd if=/proc/kcore), or disable KFENCE with kfence.sample_interval=0
Link: https://git.kernel.org/stable/c/06dbbb4d5f7126b6307ab807cbf04ecfc459b933
Link: https://cve.org/CVERecord/?id=CVE-2024-56678
Test-Log: tests/data/signatures/ppc-kfence-kcore-read-fault-misreported.log
Test-Log: tests/data/signatures/occurrences/ppc-kfence-kcore-read-fault-misreported.2.log
Test-Not: tests/data/signatures/lookalikes/ppc-kfence-kcore-read-fault-misreported.s390-kfence-fault-order.log
Test-Not: tests/data/signatures/lookalikes/ppc-kfence-kcore-read-fault-misreported.arm64-6.5-kcore-ktext-copy-to-user-no-addr-check.log
Description:
 /proc/kcore reads go through copy_from_kernel_nofault(), which may touch
 KFENCE guard pages.  The powerpc fault handler asked KFENCE to report the
 access instead of first honouring the nofault exception-table fixup, so
 reading /proc/kcore produced false KFENCE reports.
