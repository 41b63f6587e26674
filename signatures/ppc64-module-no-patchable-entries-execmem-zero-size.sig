# Facts: CVE-2025-37898 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console lines from the CVE announcement <2025052054-CVE-2025-37898-a5ea@gregkh> (kernel-security-vulns cve/published/2025/CVE-2025-37898.mbox), which quotes the fix's commit message.
Id: ppc64-module-no-patchable-entries-execmem-zero-size
Version: 2
Title: powerpc64 ftrace: loading a module without __patchable_function_entries gives a zero-sized execmem allocation, WARNING in __vmalloc_node_range and the module load fails
Arch: powerpc64
Platform: powerpc64 kernels sizing module ftrace stubs from __patchable_function_entries; modules that export data but no code
Evidence: console
# the WARNING header of kernels before and after 6.19 ("WARNING: path:N at func+0x.., CPU#N: comm/pid")
Require: line /WARNING: (?:CPU: [0-9]+ PID: [0-9]+ at )?mm\/vmalloc\.c:[0-9]+ (?:at )?__vmalloc_node_range/
Require: context /module_64: .*doesn't contain __patchable_function_entries/
Introduced-By: eec37961a56aa4f3fe1c33ffd48eec7d1bb0c009
Fixed-By: 534f5a8ba27863141e29766467a3e1f61bcb47ac ("powerpc64/ftrace: fix module loading without patchable function entries")
Fixed-In: v6.15
Fixed-In: stable 6.14.6
Link: https://git.kernel.org/stable/c/534f5a8ba27863141e29766467a3e1f61bcb47ac
Link: https://cve.org/CVERecord/?id=CVE-2025-37898
Test-Log: tests/data/signatures/ppc64-module-no-patchable-entries-execmem-zero-size.log
Test-Not: tests/data/signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.selinux-sel-write-load-zero-count-vmalloc.log
Test-Not: tests/data/signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.xsk-ring-size-overflow-arm32.log
Test-Not: tests/data/signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.syzbot-fae676d3cf46-xsk-print-tainted-arm32.log
Test-Not: tests/data/signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.syzbot-f516089d7815-ubi-vtbl-zero-slots.log
Test-Not: tests/data/signatures/lookalikes/ppc64-module-no-patchable-entries-execmem-zero-size.selinux-sel-write-load-ubisectech-6.8.log
Description:
 When sizing the out-of-line ftrace stubs of a module, get_stubs_size()
 returned -ENOEXEC for a module with no patchable function entries (one
 that only exports data).  That value ended up as the section size, which
 page-aligned to zero, so execmem_alloc() asked vmalloc for zero bytes;
 __vmalloc_node_range() warns, "execmem: unable to allocate memory"
 follows and the module does not load.  The fix drops the error return.
 The log line naming the module without __patchable_function_entries is
 required because a zero-sized vmalloc warns the same way for other
 callers.
