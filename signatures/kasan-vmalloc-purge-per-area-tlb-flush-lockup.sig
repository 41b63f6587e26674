# Facts: research/known-bugs.yaml id kasan-vmalloc-purge-per-area-tlb-flush-lockup (entry 115).
Id: kasan-vmalloc-purge-per-area-tlb-flush-lockup
Version: 3
Title: Soft lockup in purge_vmap_node: one kernel TLB flush IPI per KASAN shadow area when purging vmap areas
Arch: x86_64
Platform: KASAN + KASAN_VMALLOC on many-CPU hosts
Evidence: console
# purge_vmap_node is static in mm/vmalloc.c (a work function also called directly): a build may inline it into __purge_vmap_area_lazy
Require: frame /^purge_vmap_node|^__purge_vmap_area_lazy/
Require: kind /^stall$/
Support: frame /^flush_tlb_kernel_range/
Support: frame /kasan_release_vmalloc/
Support: line /drain_vmap_area_work/
# spinning on init_mm.page_table_lock while depopulating is lock contention,
# not the per-area TLB flush; kasan_release_vmalloc_node() is the fix itself
Reject: frame /^(kasan_depopulate_vmalloc_pte|kasan_release_vmalloc_node)$/
Introduced-By: 282631cb2447318e2a55b41a665dbe8571c46d70
Fixed-By: 9e9e085effe9b7e342138fde3cf8577d22509932 ("mm/vmalloc: combine all TLB flush operations of KASAN shadow virtual address into one operation")
Fixed-In: v6.13
Fixed-In: stable 6.12.4
Workaround: raising the soft-lockup threshold (echo 60 > /proc/sys/kernel/watchdog_thresh) avoids the report, as the fix message notes; it only hides the delay
Link: https://git.kernel.org/stable/c/9e9e085effe9b7e342138fde3cf8577d22509932
Link: https://cve.org/CVERecord/?id=CVE-2024-56559
Test-Log: tests/data/signatures/kasan-vmalloc-purge-per-area-tlb-flush-lockup.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-purge-per-area-tlb-flush-lockup.depopulate-ptl-contention.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-purge-per-area-tlb-flush-lockup.release-vmalloc-node-rcu-stall.log
Description:
 purge_vmap_node() called kasan_release_vmalloc() for every vmap_area, and
 each call flushed the kernel TLB for that area's shadow with an IPI to all
 CPUs.  Thousands of such flushes in one purge kept the worker busy for tens
 of seconds on a 256-CPU machine.  The fix batches the shadow flushes into a
 single one.
