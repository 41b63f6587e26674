# Facts: research/known-bugs.yaml id x86-vmalloc-fault-lazy-mmu-paravirt (entry 22).
Id: x86-vmalloc-fault-lazy-mmu-paravirt
Version: 1
Title: x86_64 paravirt: kernel BUG in vmalloc_fault when the PGD sync is deferred by lazy MMU mode (zap_pte_range touching vmalloc'd memcg per-cpu data)
Arch: x86_64
Platform: paravirt lazy MMU (Xen PV), memory cgroups
Evidence: frames-only
Require: line /kernel BUG at arch\/x86\/mm\/fault\.c:[0-9]+/
Require: guilty /^vmalloc_fault$/
Support: frame /^zap_pte_range$/
Support: frame /^mem_cgroup_charge_statistics/
Support: line /RIP: e030:/
Fixed-By: 1160c2779b826c6f5c08e5cc542de58fd1f667d5 ("x86: Fix vmalloc_fault oops during lazy MMU updates")
Link: https://repo.jachan.dev/linux.git/commitdiff/1160c2779b826c6f5c08e5cc542de58fd1f667d5
Test-Log: tests/data/signatures/synthetic/x86-vmalloc-fault-lazy-mmu-paravirt.log
Test-Not: tests/data/signatures/lookalikes/x86-vmalloc-fault-lazy-mmu-paravirt.ioremap-large-page.log
Description:
 zap_pte_range() runs in lazy MMU mode, where paravirt page-table updates
 are queued.  If memcg statistics code then touches vmalloc'd per-cpu data
 that this mm's page table does not map yet, vmalloc_fault() copies the PGD
 entry with set_pgd(), but under Xen PV the write is only queued; the PUD
 check that follows still sees the old entry and hits BUG().  The fix deals
 with the deferred update in the vmalloc fault path.
