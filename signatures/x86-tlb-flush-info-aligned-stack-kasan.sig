# Facts: the fix's id, subject, Fixes: tag and message from its stable
# review mail <20190506143102.620292973@linuxfoundation.org> ("[PATCH 4.19
# 97/99]", "commit 780e0106d468a2962b16b52fdf42898f2639e0a0 upstream",
# 2019-05-06), also carried by the AUTOSEL 4.19/5.0 mails
# <20190507053554.30848-32-sashal@kernel.org>.  No release statement read:
# upstream by that mail's date, so v5.2, the first release opened after it,
# holds the fix (v5.1 may too).
# The Test-Log is the kernel test robot's report to Peter Zijlstra,
# <5cae03c4.iIPk2cWlfmzP0Zgy%lkp@intel.com> (linux-mm, 2019-04-10,
# 5.1.0-rc3 randconfig), whose thread bisects it to the grown on-stack
# struct and whose fix is this revert.
Id: x86-tlb-flush-info-aligned-stack-kasan
Version: 1
Title: x86 KASAN stack-out-of-bounds during an mmu_gather TLB flush: flush_tlb_mm_range()'s cache-line-aligned on-stack flush_tlb_info (320 bytes of frame) leaves KASAN's stack poison where the next call runs
Arch: x86_64
Platform: x86 with KASAN, configs with a large L1_CACHE_SHIFT (7); seen at exec (shift_arg_pages) freeing pages after the flush
Evidence: console
# KASAN's stack check, in whatever function ran next on the stack that
# flush_tlb_mm_range() had used (here the DEBUG_PAGEALLOC remap of freed
# pages, __change_page_attr_set_clr; the unwinder in other builds) ...
Require: line /BUG: KASAN: stack-out-of-bounds in /
# ... under the mmu_gather's flush and free of the pages it gathered
Require: frame /^(tlb_finish_mmu|tlb_flush_mmu_free|tlb_flush_mmu)$/
# the oversized frame's own return address, left on the stack below
Support: line /\bflush_tlb_mm_range\+0x/
Support: frame /^(shift_arg_pages|setup_arg_pages|unmap_region|exit_mmap)$/
# arch/x86/mm/tlb.c only
Reject: arch /^(arm64|arm|powerpc|riscv|s390|mips|loongarch)$/
Introduced-By: 515ab7c41306 ("x86/mm: Align TLB invalidation info")
Fixed-By: 780e0106d468a2962b16b52fdf42898f2639e0a0 ("x86/mm/tlb: Revert "x86/mm: Align TLB invalidation info"")
Fixed-In: v5.2
Link: https://lore.kernel.org/all/5cae03c4.iIPk2cWlfmzP0Zgy%lkp@intel.com/
Link: https://lore.kernel.org/all/20190416080335.GM7905@worktop.programming.kicks-ass.net/
Test-Log: tests/data/signatures/x86-tlb-flush-info-aligned-stack-kasan.log
Test-Log: tests/data/signatures/occurrences/x86-tlb-flush-info-aligned-stack-kasan.2.log
Test-Log: tests/data/signatures/occurrences/x86-tlb-flush-info-aligned-stack-kasan.3.log
Test-Not: tests/data/signatures/lookalikes/x86-tlb-flush-info-aligned-stack-kasan.orc-unwinder-dmcrypt-5.10.log
Test-Not: tests/data/signatures/lookalikes/x86-tlb-flush-info-aligned-stack-kasan.orc-signal-propagation-6.2.log
Test-Not: tests/data/signatures/lookalikes/x86-tlb-flush-info-aligned-stack-kasan.bpf-throw-stale-poison-6.5.log
Test-Not: tests/data/signatures/lookalikes/x86-tlb-flush-info-aligned-stack-kasan.arm-unwind-frame-5.10.log
Test-Not: tests/data/signatures/lookalikes/x86-tlb-flush-info-aligned-stack-kasan.arm-unwind-pop-register-4.13.log
Description:
 flush_tlb_mm_range() kept its struct flush_tlb_info on the stack aligned
 to SMP_CACHE_BYTES.  With L1_CACHE_SHIFT=7 and some compilers the
 alignment made the function use about 320 bytes of stack for a 40-byte
 structure; once the structure grew, KASAN reported stack-out-of-bounds
 accesses in whatever ran next on that stack during the TLB flush of an
 mmu_gather (an exec's shift_arg_pages, freeing the gathered pages).  The
 fix reverts the alignment.
