# Facts: research/known-bugs.yaml id x86-vmalloc-fault-lazy-mmu-paravirt (entry 22).
Id: x86-vmalloc-fault-lazy-mmu-paravirt
Version: 4
Title: x86_64 paravirt: kernel BUG in vmalloc_fault when the PGD sync is deferred by lazy MMU mode (zap_pte_range touching vmalloc'd memcg per-cpu data)
Arch: x86_64
Platform: paravirt lazy MMU (Xen PV), memory cgroups
# Console since the fix's own message was found to quote a real oops
# (Fedora 3.6.10 Xen PV, httpd), and kernel bugzilla 39632 (3.0.0-rc7 Xen PV)
# shows the same path.
Evidence: console
Require: line /kernel BUG at arch\/x86\/mm\/fault\.c:[0-9]+/
# The BUG_ON is vmalloc_fault()'s: its name on the RIP line, in the
# two-address form or in the "RIP  [<addr>] func" trailer old kernels print
# after Code:, which survives a mail-wrapped RIP line.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\] vmalloc_fault(\.[\w.]+)?\+0x[0-9a-f]+\/0x[0-9a-f]+|RIP: \S+:vmalloc_fault(\.[\w.]+)?\+/
Support: guilty /^vmalloc_fault$/
# The zap path the fix describes; the real traces show zap_pte_range's
# callers unmap_single_vma/unmap_vmas rather than zap_pte_range itself.
Support: frame /^(zap_pte_range|unmap_single_vma|unmap_vmas)$/
# What makes this bug this bug rather than another BUG_ON in vmalloc_fault
# (an i386 ioremap one is a Test-Not): the fault came from memcg statistics
# code touching vmalloc'd per-cpu data, as the fix's message says.
Require: frame /^(__)?mem_cgroup_(charge_statistics|uncharge_common|uncharge_page)/
Support: line /RIP: e030:/
Fixed-By: 1160c2779b826c6f5c08e5cc542de58fd1f667d5 ("x86, mm, paravirt: Fix vmalloc_fault oops during lazy MMU updates")
Link: https://repo.jachan.dev/linux.git/commitdiff/1160c2779b826c6f5c08e5cc542de58fd1f667d5
Link: https://bugzilla.kernel.org/show_bug.cgi?id=39632
Test-Log: tests/data/signatures/x86-vmalloc-fault-lazy-mmu-paravirt.log
Test-Log: tests/data/signatures/occurrences/x86-vmalloc-fault-lazy-mmu-paravirt.2.log
Test-Not: tests/data/signatures/lookalikes/x86-vmalloc-fault-lazy-mmu-paravirt.ioremap-large-page.log
Test-Not: tests/data/signatures/lookalikes/x86-vmalloc-fault-lazy-mmu-paravirt.i386-pti-bochs-ttm-ioremap-4.18-rc4.log
Test-Not: tests/data/signatures/lookalikes/x86-vmalloc-fault-lazy-mmu-paravirt.dax-huge-fault-size-flag-mm-fault-error-4.10-mm1.log
Description:
 zap_pte_range() runs in lazy MMU mode, where paravirt page-table updates
 are queued.  If memcg statistics code then touches vmalloc'd per-cpu data
 that this mm's page table does not map yet, vmalloc_fault() copies the PGD
 entry with set_pgd(), but under Xen PV the write is only queued; the PUD
 check that follows still sees the old entry and hits BUG().  The fix deals
 with the deferred update in the vmalloc fault path.
