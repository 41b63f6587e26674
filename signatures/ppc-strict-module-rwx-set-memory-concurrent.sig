# Facts: research/known-bugs.yaml id ppc-strict-module-rwx-set-memory-concurrent (entry 91).
# The fix's patch mail <20210817132552.3375738-1-mpe@ellerman.id.au> quotes
# Laurent Vivier's report (the Test-Log) and has Reported-by: Laurent Vivier and
# Fixes: 1f9ad21c3b38 (full id from the CNA record of CVE-2021-47632, which
# fixes the same function); it is in the Linux 5.14-rc7 shortlog.
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
Introduced-By: 1f9ad21c3b384a8f16d8c46845a48a01d281a603 ("powerpc/mm: Implement set_memory() routines")
Fixed-By: 9f7853d7609d59172eecfc5e7ccf503bc1b690bd ("powerpc/mm: Fix set_memory_*() against concurrent accesses")
Fixed-In: v5.14
# The fix says STRICT_MODULE_RWX caused the crashes, through module_enable_ro()
# in do_init_module(); that function returns at once when rodata is off
# (kernel/module.c as quoted in the report thread).
Workaround: build with CONFIG_STRICT_MODULE_RWX=n, or boot with rodata=off, so module_enable_ro() does not change the PTEs of a running module
Link: https://lore.kernel.org/r/20210817132552.3375738-1-mpe@ellerman.id.au
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
