# Facts: research/known-bugs.yaml id ptdump-check-wx-memory-hotremove-race (entry 88).
Id: ptdump-check-wx-memory-hotremove-race
Version: 3
Title: ptdump / W+X check walks kernel page tables without the memory hotplug lock: hot-remove frees tables under the walker
Arch: generic (arm64, riscv, s390, x86, powerpc)
Platform: CONFIG_PTDUMP_DEBUGFS / DEBUG_WX with memory hotplug
Evidence: frames-only
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /ptdump_walk_pgd(\.[\w.]+)?\+0x/
Require: kind /^(oops|sanitizer)$/
Support: frame /^ptdump_check_wx/
Reject: line /W\+X|insecure/
# at mark_rodata_ro() (boot) no memory can be hot-removed: a walk that faults
# there ran off the page tables for another reason
Reject: frame /^mark_rodata_ro$/
Introduced-By: bbd6ec605c0fc286c3f8ce60b4ed44635361d58b
Fixed-By: 59305202c67fea50378dcad0cc199dbc13a0e99a ("mm/ptdump: take the memory hotplug lock inside ptdump_walk_pgd()")
Fixed-In: v6.17
Fixed-In: stable 5.10.241
Fixed-In: stable 5.15.190
Fixed-In: stable 6.1.149
Fixed-In: stable 6.6.103
Fixed-In: stable 6.12.43
Fixed-In: stable 6.15.11
Fixed-In: stable 6.16.2
Link: https://git.kernel.org/stable/c/59305202c67fea50378dcad0cc199dbc13a0e99a
Link: https://cve.org/CVERecord/?id=CVE-2025-38681
Test-Log: tests/data/signatures/synthetic/ptdump-check-wx-memory-hotremove-race.log
Test-Not: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.ppc64-generic-ptdump-range.log
Test-Not: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.x86-note-page-level-minus1-ubsan.log
Test-Not: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.next-20191204-pagewalk-ptl-conflict-boot.log
Test-Not: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.next-20191106-generic-ptdump-v15-efi-pgt-dump-kasan.log
Test-Not: tests/data/signatures/lookalikes/ptdump-check-wx-memory-hotremove-race.lkp-note-page-level-minus1-ubsan-5.7-rc7.log
Description:
 ptdump_check_wx() (and the debugfs page-table dump) walked the kernel page
 tables without holding the memory hotplug lock, so a concurrent hot-remove
 could free intermediate page tables in the middle of the walk and the walker
 dereferenced freed memory.  The fix takes the hotplug lock inside
 ptdump_walk_pgd().
