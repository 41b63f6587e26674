# Facts: research/known-bugs.yaml id ppc-strict-module-rwx-set-memory-concurrent (entry 91).
# Fixed-By is marked unverified: the research links the issue to 9f7853d7609d by inference only.
Id: ppc-strict-module-rwx-set-memory-concurrent
Version: 3
Title: powerpc STRICT_MODULE_RWX: instruction fetch fault in module text while set_memory_*() rewrites its PTE
Arch: powerpc64
Platform: Radix MMU, pSeries KVM guest; CONFIG_STRICT_MODULE_RWX
Evidence: console
Require: arch /^powerpc$/
Support: context /kernel tried to execute exec-protected page/
Support: mmu /^Radix$/
# 6.6.37 alone carried a partial backport of the BPF pack allocator that frees
# a JITed program while in use: the same exec-protected fault, another bug
Reject: release /^6\.6\.37\b/
# A NIP in the module area that no longer resolves to a symbol is a module
# already unloaded, not live module text briefly unmapped.
Reject: line /^NIP +\[c008[0-9a-f]{12}\] 0x/
# The module text page is briefly invalid: an instruction fetch from it...
Variant: instruction-fetch
Require: line /Faulting instruction address: 0xc008/
Require: line /Unable to handle kernel instruction fetch/
Support: line /TRAP: 0400/
# ...or a data read by module code of its own text (a module stub loading its
# branch target), with DAR and NIP both in live module text; DSISR 40000000
# is a load that found no translation (a store to read-only data differs).
Variant: data-access
Require: line /DAR: c008[0-9a-f]{12}/
Require: line /DSISR: 40000000\b/
Require: line /TRAP: 0300/
Require: line /^NIP +\[c008[0-9a-f]{12}\] [A-Za-z_][\w.]*\+0x[0-9a-f]+\/0x[0-9a-f]+ \[/
Fixed-By: 9f7853d7609d ("powerpc/mm: Fix set_memory_*() against concurrent accesses") (unverified)
Workaround: build with CONFIG_STRICT_MODULE_RWX=n (the issue ties the crash to that option) (unverified)
Link: https://github.com/linuxppc/issues/issues/374
Link: https://lore.kernel.org/linuxppc-dev/f7624d58-80e1-6912-1867-7874f1a569f5@redhat.com/
Test-Log: tests/data/signatures/ppc-strict-module-rwx-set-memory-concurrent.log
Test-Log: tests/data/signatures/occurrences/ppc-strict-module-rwx-set-memory-concurrent.2.log
Test-Not: tests/data/signatures/lookalikes/ppc-strict-module-rwx-set-memory-concurrent.bpf-pack-backport-6.6.37.log
Description:
 set_memory_ro()/set_memory_x() changed a kernel PTE in several non-atomic
 steps.  Another CPU executing module text in that window saw a PTE without
 execute permission and took an instruction fetch fault on valid module code
 (address in the c008... module area).  The fix makes change_page_attr() use an
 atomic pte_update().
