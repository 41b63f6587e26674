# Facts: the fix's id, subject, message and trailers from tip-bot2's x86/mm
# mail <173347800117.412.912187512199282211.tip-bot2@tip-bot2> (Commit-ID
# 953753db887f9d70f70f61d6ecbe5cf209107672, Rik van Riel; Reported-by and
# Tested-by: kernel test robot; Closes: the robot's report below).  It quotes
# the WARN_ON_ONCE(local_tlb_gen > mm_tlb_gen) the report hit and says the
# originating CPU of a flush must now also drop itself from a stale
# mm_cpumask "now that CPUs are no longer cleared from the mm_cpumask at
# context switch time"; it has no Fixes: tag, so no Introduced-By (the robot
# bisected the warning to 209954cbc7d0 "x86/mm/tlb: Update mm_cpumask
# lazily", tip x86/mm).  No release read for either commit: no Fixed-In.
# The Test-Log is the robot's report <202412051551.690e9656-lkp@intel.com>
# ("[tip:x86/mm] [x86/mm/tlb] 209954cbc7: WARNING:at_arch/x86/mm/tlb.c:#flush_tlb_func",
# vm-scalability swap-w-seq on a 2-socket Ice Lake, 29 of 50 runs).  The
# second is syzbot's <67436e63.050a0220.1cc393.0048.GAE@google.com>
# (next-20241120, msync writeback path), which syzbot bisected to the same
# 209954cbc7d0 <675974b1.050a0220.1ac542.0009.GAE@google.com>.
Id: x86-tlb-lazy-mm-cpumask-local-stale-flush-tlb-gen-warn
Version: 1
Title: x86 WARNING in flush_tlb_func() (local_tlb_gen > mm_tlb_gen) when the CPU starting a TLB flush no longer runs the mm but stayed in its lazily trimmed mm_cpumask (tip x86/mm, linux-next late 2024)
Arch: x86_64
Platform: kernels with the lazy mm_cpumask update of tip x86/mm (linux-next from late November 2024) but not its follow-up fix; SMP, under reclaim or other flushes of an mm the flushing CPU is not running
Evidence: console
# The tlb_gen sanity check in flush_tlb_func() (arch/x86/mm/tlb.c) ...
Require: line /WARNING: .*arch\/x86\/mm\/tlb\.c:\d+ flush_tlb_func\b/
Require: pc /^flush_tlb_func$/
# ... on a flush of a given mm sent through flush_tlb_mm_range(), which runs
# flush_tlb_func() on the local CPU as well when that CPU is in the mm's
# cpumask (smp_call_function_many_cond's local call).
Require: frame /^(flush_tlb_mm_range|on_each_cpu_cond_mask|smp_call_function_many_cond|native_flush_tlb_multi|flush_tlb_multi|arch_tlbbatch_flush)$/
Require: arch /^x86_64$/
# Flushing another mm's PTEs from this CPU: reclaim unmapping (and splitting
# a THP of) a page of another process, as in the report.
Support: frame /^(try_to_unmap_one|pmdp_invalidate|__split_huge_pmd_locked|shrink_folio_list|try_to_unmap|rmap_walk_anon|rmap_walk_file|migrate_pages|try_to_migrate_one)$/
Fixed-By: 953753db887f9d70f70f61d6ecbe5cf209107672 ("x86/mm/tlb: Also remove local CPU from mm_cpumask if stale")
Workaround: none needed for correctness (the fix says the flush itself is harmless); use a tree with the fix to silence it
Link: https://lore.kernel.org/oe-lkp/202412051551.690e9656-lkp@intel.com
Link: https://lore.kernel.org/r/20241205104630.755706ca@fangorn
Link: https://lore.kernel.org/all/67436e63.050a0220.1cc393.0048.GAE@google.com/
Test-Log: tests/data/signatures/x86-tlb-lazy-mm-cpumask-local-stale-flush-tlb-gen-warn.log
Test-Log: tests/data/signatures/occurrences/x86-tlb-lazy-mm-cpumask-local-stale-flush-tlb-gen-warn.2.log
Test-Log: tests/data/signatures/occurrences/x86-tlb-lazy-mm-cpumask-local-stale-flush-tlb-gen-warn.3.log
Description:
 A tip x86/mm change stopped clearing a CPU from an mm's mm_cpumask when the
 CPU switches away from that mm, trimming the mask lazily instead.  A CPU
 that starts a TLB flush for such an mm (reclaim unmapping another
 process's page, say) is then still in the mask and runs flush_tlb_func()
 locally, where the code that drops a CPU no longer running the mm existed
 only for remote CPUs.  The local call went on to compare the CPU's tlb_gen
 with the mm's and tripped WARN_ON_ONCE(local_tlb_gen > mm_tlb_gen).  The fix
 makes the originating CPU also clear itself from the stale mask and return.
