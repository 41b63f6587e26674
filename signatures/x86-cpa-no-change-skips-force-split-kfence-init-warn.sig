# Facts: the fix from its tip-bot2 commit mail
# <166879395396.4906.1394517398531168643.tip-bot2@tip-bot2> ("[tip: x86/mm]
# x86/mm: Ensure forced page table splitting", Dave Hansen; Tested-by Marco
# Elver; Fixes: 127960a05548 "x86/mm: Inhibit _PAGE_NX changes from
# cpa_process_alias()"; Link: Naresh Kamboju's LKFT report below); the fix's
# mainline id 3e844d842d49cdbe61a4b338bdd512654179488a and the mainline id
# d597416683d587e940faa35945fba162329b5a71 of the commit its Fixes: names
# (127960a05548 was its tip/linux-next id before tip was rebased) from the
# mainline revlist that lists both; both came in through the x86/mm pull
# for 6.2 ("x86_mm_for_6.2"), so no released kernel had the bug (no
# Fixed-In read from a tag: none given).
# Marco Elver bisected the LKFT report to 127960a05548 and found that
# kfence_protect_page() saw a mapping level other than 4K; Dave Hansen's
# reply <41ac24c4-6c95-d946-2679-c1be2cb20536@intel.com> says the new "No
# changes, easy!" early return ignored cpa->force_split, so set_memory_4k()
# no longer split the direct map.
# The Test-Log is that LKFT report <CA+G9fYuFxZTxkeS35VTZMXwQvohu73W3xbZ5NtjebsVvH6hCuA@mail.gmail.com>
# (next-20221117, qemu-x86_64, KFENCE kunit run).
Id: x86-cpa-no-change-skips-force-split-kfence-init-warn
Version: 2
Title: x86 KFENCE init fails at boot with "WARNING at arch/x86/include/asm/kfence.h / mm/kfence/core.c in kfence_protect": set_memory_4k() no longer split the direct map (tip x86/mm, linux-next November 2022)
Arch: x86_64
Platform: CONFIG_KFENCE=y kernels built from tip x86/mm or linux-next between the CPA checkalias rework and its follow-up fix (next-20221117 onwards, before the fix reached tip); seen by LKFT and the kernel test robot on qemu-x86_64
Evidence: console
# KFENCE's x86 kfence_protect_page() warns when the pool page it protects is
# not mapped by a 4K PTE, and the generic kfence_protect() warns when that
# fails: either WARN heads the report, depending on how the log was cut.
Require: header /WARNING: .* at (arch\/x86\/include\/asm\/kfence\.h|mm\/kfence\/core\.c):\d+/
Variant: init-pool
# ... while the pool is being set up (the pool's pages were to be split to 4K
# by set_memory_4k() just before): at boot, or at a late KFENCE enable.
# kfence_init_pool is static in mm/kfence/core.c: a build may inline it into its caller (kfence_init_pool_early, kfence_init in the Test-Log)
Require: frame /^(kfence_init_pool(_late|_early)?|kfence_init(_late)?)$/
Require: arch /^x86_64$/
Support: pc /^kfence_protect(_page)?$/
Support: frame /^(kfence_init|kfence_init_late|kfence_init_pool_early)$/
# Added after the held-out test on the kernel test robot's report of the same
# commit, which its thread quotes only up to the WARNING line: a report cut
# before its call trace, headed by the x86 kfence_protect_page() WARN (the
# x86 header file names the arch).  Without a trace nothing says it was the
# pool's set-up, so it stays at medium; a report with a trace must show the
# set-up path (the variant above).
Variant: header-only-excerpt
Require: header /WARNING: .* at arch\/x86\/include\/asm\/kfence\.h:\d+/
Reject: frame /./
Introduced-By: d597416683d587e940faa35945fba162329b5a71 ("x86/mm: Inhibit _PAGE_NX changes from cpa_process_alias()")
Fixed-By: 3e844d842d49cdbe61a4b338bdd512654179488a ("x86/mm: Ensure forced page table splitting")
Workaround: boot a tree with the fix; KFENCE is disabled by the failed init anyway (kfence.sample_interval=0 keeps it from trying)
Link: https://lore.kernel.org/all/CA+G9fYuFxZTxkeS35VTZMXwQvohu73W3xbZ5NtjebsVvH6hCuA@mail.gmail.com/
Link: https://lore.kernel.org/all/41ac24c4-6c95-d946-2679-c1be2cb20536@intel.com/
Test-Log: tests/data/signatures/x86-cpa-no-change-skips-force-split-kfence-init-warn.log
Test-Not: tests/data/signatures/lookalikes/x86-cpa-no-change-skips-force-split-kfence-init-warn.btrfs-send-stub-fault.log
Test-Not: tests/data/signatures/lookalikes/x86-cpa-no-change-skips-force-split-kfence-init-warn.bfq-null-bfqq-kfence-fault-5.13.log
Description:
 A rework of the x86 change_page_attr code in tip's x86/mm branch added an
 early return to __change_page_attr_set_clr() for requests that change no
 permission bits.  set_memory_4k() is such a request: it sets and clears
 nothing and only asks, through cpa->force_split, for large pages to be split.
 The early return skipped it, so KFENCE's pool stayed mapped by large pages;
 when kfence_init_pool() then protected the guard pages,
 kfence_protect_page() found no 4K PTE, both kfence_protect() WARNs fired and
 KFENCE init failed.  The fix keeps the early return from applying when
 force_split is set.
