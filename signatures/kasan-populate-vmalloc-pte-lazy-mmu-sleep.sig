# Facts: research/known-bugs.yaml id kasan-populate-vmalloc-pte-lazy-mmu-sleep (entry 125).
Id: kasan-populate-vmalloc-pte-lazy-mmu-sleep
Version: 5
Title: sleeping allocation in kasan_populate_vmalloc_pte under apply_to_pte_range lazy MMU mode (atomic context, s390)
Arch: s390 (generic)
Platform: KASAN_VMALLOC on architectures whose lazy MMU mode disables preemption
Evidence: console
# the report kind by its title, not its header line: a quote may cut the
# header off and leave "preempt_count: 1, expected: 0" first (occurrence 2)
Require: frame /^kasan_populate_vmalloc_pte$/
Require: title /^BUG: sleeping function called from invalid context\b/
Support: frame /^apply_to_pte_range$/
Support: frame /^kasan_populate_vmalloc$/
# populating the shadow under vmap_area_lock from pcpu_get_vm_areas() (x86,
# KASAN_VMALLOC development, 2019) sleeps in atomic context too: another bug
Reject: frame /^pcpu_get_vm_areas$/
# the same sleep where preemption was left disabled by the page allocator's
# per-CPU lists (linux-next of June 2022, x86_64: its "Preemption disabled
# at:" names rmqueue_pcplist), not by the lazy MMU mode
Reject: log /^\[<[0-9a-f]+>\] rmqueue(_pcplist)?\b/
Introduced-By: 3c5c3cfb9ef4da957e3357a2bd36f76ee34c0862
Fixed-By: b6ea95a34cbd014ab6ade4248107b86b0aaf2d6c ("kasan: avoid sleepable page allocation from atomic context")
Fixed-In: v6.15
Fixed-In: stable 6.14.9
Link: https://git.kernel.org/stable/c/b6ea95a34cbd014ab6ade4248107b86b0aaf2d6c
Link: https://cve.org/CVERecord/?id=CVE-2025-38029
Test-Log: tests/data/signatures/kasan-populate-vmalloc-pte-lazy-mmu-sleep.log
Test-Log: tests/data/signatures/occurrences/kasan-populate-vmalloc-pte-lazy-mmu-sleep.2.log
Test-Not: tests/data/signatures/lookalikes/kasan-populate-vmalloc-pte-lazy-mmu-sleep.pcpu-get-vm-areas-vmap-area-lock.log
Test-Not: tests/data/signatures/lookalikes/kasan-populate-vmalloc-pte-lazy-mmu-sleep.relay-open-buf-pcp-preempt-next-20220615.log
Description:
 apply_to_pte_range() enters lazy MMU mode and calls
 kasan_populate_vmalloc_pte() for each PTE, which allocated the shadow page
 with a sleeping allocation.  Where lazy MMU mode disables preemption (s390)
 that is a sleep in atomic context.  The fix allocates the shadow pages in
 bulk before walking the page tables.
