# Facts: fix subject, Fixes: and Reported-by from the patch as quoted in
# Nathan Chancellor's Tested-by reply on linuxppc-dev
# <YS6Jq3VxpxWy/hpo@Ryzen-9-3900X.localdomain> (lfdr.de copy, index id
# 17436224318), whose oops is the Test-Log; commit id from kernel revlists
# listing "b14b8b1ed0e1 powerpc/ptdump: Fix generic ptdump for 64-bit".
Id: ppc64-generic-ptdump-range-past-kernel-tables
Version: 4
Title: powerpc64 boot oops in __walk_page_range() from ptdump_check_wx(): generic ptdump range ran to ~0UL, past the end of the kernel page tables
Arch: powerpc
Platform: ppc64 with CONFIG_PPC_DEBUG_WX (GENERIC_PTDUMP conversion)
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
# __walk_page_range is static in mm/pagewalk.c: a build may inline it into walk_page_range_novma
Require: line /(NIP|LR)[: ]+(\[[0-9a-f]+\] )?(__walk_page_range|walk_page_range_novma)(\.[\w.]+)?\+/
Require: frame /^ptdump_walk_pgd$/
Require: arch /^powerpc$/
Support: frame /^(ptdump_check_wx|mark_rodata_ro)$/
Support: line /Unable to handle kernel data access/
Introduced-By: e084728393a5 ("powerpc/ptdump: Convert powerpc to GENERIC_PTDUMP")
Fixed-By: b14b8b1ed0e15b8f43fba9c25654278a31ee3c2f ("powerpc/ptdump: Fix generic ptdump for 64-bit")
# Fixed-In: the powerpc pull for the 5.15 merge window
# <87pmtppypy.fsf@mpe.ellerman.id.au> lists "powerpc/ptdump: Fix generic
# ptdump for 64-bit" (applied to powerpc/next as b14b8b1ed0e1,
# <163071729257.1779947.7959644631077562368.b4-ty@ellerman.id.au>).
Fixed-In: v5.15
Workaround: Build without CONFIG_PPC_DEBUG_WX (unverified)
Link: https://lore.kernel.org/r/20210831135151.886620-1-mpe@ellerman.id.au
Test-Log: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.ppc64-generic-ptdump-range.log
Test-Log: tests/data/signatures/occurrences/ppc64-generic-ptdump-range-past-kernel-tables.2.log
Test-Not: tests/data/signatures/lookalikes/ppc64-generic-ptdump-range-past-kernel-tables.hash-pud-index-ubsan-shift-5.6-next.log
Test-Not: tests/data/signatures/lookalikes/ppc64-generic-ptdump-range-past-kernel-tables.x86-generic-ptdump-lockdep-nonstatic-key-lkp.log
Description:
 After powerpc moved to the generic ptdump code, its ptdump range ran from
 TASK_SIZE_MAX to 0xffffffffffffffff, but on 64-bit the kernel page tables
 end well before that.  The W+X check at the end of boot walked off the
 end of the tables and dereferenced junk as page-table entries, oopsing in
 __walk_page_range().  The fix ends the range right after the last kernel
 page table.
