# Facts: the fix's subject from Peter Xu's answer in the syzbot thread
# (<ZmnmNkexK5CGacN9@x1n>: "the same issue that the other patch wanted to
# fix: [PATCH] mm/debug_vm_pgtable: Drop RANDOM_ORVALUE trick",
# <20240523132139.289719-1-peterx@redhat.com>) and Andrew Morton's reply
# that it should carry Fixes: 8430557fc584 ("mm/page_table_check: support
# userfault wr-protect entries") and go to 6.10-rc hotfixes, which Peter
# confirmed (<Zmn7R7cHU3onWbP7@x1n>); the id
# 0b1ef4fde7a24909ff2afacffd0d6afa28b73652 from a mainline revlist that lists
# it with the merge of mm-hotfixes-stable-2024-06-17; regzbot's report of
# Mikhail Gavrilov's regression ("Introduced in 8430557fc584 (v6.10-rc1)",
# fix incoming: this patch).  No release statement read: no Fixed-In.
# The Test-Log is syzbot's report <000000000000b7b11a061ab49122@google.com>
# ("WARNING in __page_table_check_ptes_set (2)", arm64 for-kernelci,
# 6.10.0-rc2, at boot), from the debug_vm_pgtable line to the end of the
# warning.  The second is Mikhail Gavrilov's x86_64 report of the same
# warning (<CABXGCsMB9A8-X+Np_Q+fWLURYL_0t3Y-MdoNabDM-Lzk58-DGA@mail.gmail.com>),
# kept in the set as the Test-Not of uffd-wp-close-leftover-pte-bits-writable-warn;
# the fix carries his Reported-by and Tested-by (EVIDENCE.tsv).
Id: debug-vm-pgtable-random-orvalue-uffd-wp-write-ptc-warn
Version: 1
Title: Boot WARNING in page_table_check (uffd-wp and writable PTE) from debug_vm_pgtable: RANDOM_ORVALUE set random PTE bits, including uffd-wp, on a writable test PTE
Arch: any (seen on arm64 and x86_64, 6.10-rc)
Platform: CONFIG_DEBUG_VM_PGTABLE with CONFIG_PAGE_TABLE_CHECK (and userfaultfd write-protect support), at boot
Evidence: console
# page_table_check's check, added with its uffd-wp support in 6.10-rc1, that
# no present PTE is both uffd-wp and writable ...
Require: line /WARNING: .*mm\/page_table_check\.c:\d+ (at )?(page_table_check_pte_flags|__page_table_check_ptes?_set|__page_table_check_pte)\b/
# ... tripped by the page-table helper self-test at boot, whose clear tests
# ORed RANDOM_ORVALUE (random software bits, uffd-wp among them) into a
# writable test entry before set_ptes().
Require: frame /^debug_vm_pgtable$/
# The self-test runs once from an initcall in kernel_init, never from a
# system call: a page_table_check warning under a syscall (mprotect,
# userfaultfd, fork...) is a real uffd-wp bug, e.g. the leftover uffd-wp bits
# of uffd-wp-close-leftover-pte-bits-writable-warn.
Reject: frame /^(do_syscall_64|__x64_sys_\w+|__arm64_sys_\w+|invoke_syscall|el0_svc|do_el0_svc|entry_SYSCALL_64_after_hwframe)$/
Support: frame /^(pte_clear_tests|pmd_clear_tests|pud_clear_tests|p4d_clear_tests|pgd_clear_tests)$/
Support: log /debug_vm_pgtable: \[debug_vm_pgtable\s*\]: Validating architecture page table helpers/
Introduced-By: 8430557fc584 ("mm/page_table_check: support userfault wr-protect entries")
Fixed-By: 0b1ef4fde7a24909ff2afacffd0d6afa28b73652 ("mm/debug_vm_pgtable: drop RANDOM_ORVALUE trick")
Link: https://lore.kernel.org/r/20240523132139.289719-1-peterx@redhat.com
Link: https://lore.kernel.org/all/000000000000b7b11a061ab49122@google.com/
Link: https://syzkaller.appspot.com/bug?extid=0b56d6ed0d0c0c9a79dc
Test-Log: tests/data/signatures/debug-vm-pgtable-random-orvalue-uffd-wp-write-ptc-warn.log
Test-Log: tests/data/signatures/lookalikes/uffd-wp-close-leftover-pte-bits-writable-warn.debug-vm-pgtable-random-orvalue.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-random-orvalue-uffd-wp-write-ptc-warn.syzbot-migrate-pages-6.11.log
Test-Not: tests/data/signatures/lookalikes/debug-vm-pgtable-random-orvalue-uffd-wp-write-ptc-warn.pte-advanced-tests-entry-left-ptc-zero-bug-5.16.log
Description:
 6.10-rc1 taught page_table_check to warn whenever a present PTE is set
 that is both uffd-wp and writable.  The boot-time page-table helper test
 (CONFIG_DEBUG_VM_PGTABLE) built its test entries by ORing RANDOM_ORVALUE,
 a mask of random software bits, into them; on architectures where that
 mask covers the uffd-wp bit, the clear tests set a writable PTE that
 carries uffd-wp, and page_table_check warned during boot.  Nothing outside
 the self-test is affected.  The fix drops the RANDOM_ORVALUE trick.
