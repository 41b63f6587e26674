# Facts: research/known-bugs.yaml id ppc-strict-module-rwx-set-memory-concurrent (entry 91).
# Fixed-By is marked unverified: the research links the issue to 9f7853d7609d by inference only.
Id: ppc-strict-module-rwx-set-memory-concurrent
Version: 2
Title: powerpc STRICT_MODULE_RWX: instruction fetch fault in module text while set_memory_*() rewrites its PTE
Arch: powerpc64
Platform: Radix MMU, pSeries KVM guest; CONFIG_STRICT_MODULE_RWX
Evidence: console
Require: line /Faulting instruction address: 0xc008/
Require: line /Unable to handle kernel instruction fetch/
Require: arch /^powerpc$/
Support: context /kernel tried to execute exec-protected page/
Support: mmu /^Radix$/
Support: line /TRAP: 0400/
# 6.6.37 alone carried a partial backport of the BPF pack allocator that frees
# a JITed program while in use: the same exec-protected fault, another bug
Reject: release /^6\.6\.37\b/
Fixed-By: 9f7853d7609d ("powerpc/mm: Fix set_memory_*() against concurrent accesses") (unverified)
Workaround: build with CONFIG_STRICT_MODULE_RWX=n (the issue ties the crash to that option) (unverified)
Link: https://github.com/linuxppc/issues/issues/374
Link: https://lore.kernel.org/linuxppc-dev/f7624d58-80e1-6912-1867-7874f1a569f5@redhat.com/
Test-Log: tests/data/signatures/ppc-strict-module-rwx-set-memory-concurrent.log
Test-Not: tests/data/signatures/lookalikes/ppc-strict-module-rwx-set-memory-concurrent.bpf-pack-backport-6.6.37.log
Description:
 set_memory_ro()/set_memory_x() changed a kernel PTE in several non-atomic
 steps.  Another CPU executing module text in that window saw a PTE without
 execute permission and took an instruction fetch fault on valid module code
 (address in the c008... module area).  The fix makes change_page_attr() use an
 atomic pte_update().
