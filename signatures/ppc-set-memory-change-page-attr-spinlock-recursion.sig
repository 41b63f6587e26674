# Facts: research/known-bugs.yaml id ppc-set-memory-change-page-attr-spinlock-recursion.
Id: ppc-set-memory-change-page-attr-spinlock-recursion
Version: 2
Title: powerpc: "BUG: spinlock recursion" on init_mm in change_page_attr() when freeing KASAN vmalloc shadow
Arch: powerpc
Platform: STRICT_KERNEL_RWX with KASAN (seen on 32-bit)
Evidence: console
Require: line /BUG: spinlock recursion on CPU#\d+/
Require: frame /^change_page_attr$/
# The lock taken twice is init_mm's page_table_lock (change_page_attr()
# under apply_to_existing_page_range() on init_mm): spinlock recursion on
# other locks (hugetlb_lock, uart port locks, ...) is another bug.
Require: line /lock: init_mm\+/
Support: frame /^(kasan_depopulate_vmalloc_pte|kasan_release_vmalloc)$/
Introduced-By: 1f9ad21c3b384a8f16d8c46845a48a01d281a603 ("powerpc/mm: Implement set_memory() routines")
Fixed-By: a4c182ecf33584b9b2d1aa9dad073014a504c01f ("powerpc/set_memory: Avoid spinlock recursion in change_page_attr()")
Fixed-In: v5.18
Fixed-In: stable 5.15.34
Fixed-In: stable 5.16.20
Fixed-In: stable 5.17.3
Link: https://git.kernel.org/stable/c/a4c182ecf33584b9b2d1aa9dad073014a504c01f
Link: https://cve.org/CVERecord/?id=CVE-2021-47632
Test-Log: tests/data/signatures/ppc-set-memory-change-page-attr-spinlock-recursion.log
Test-Not: tests/data/signatures/lookalikes/ppc-set-memory-change-page-attr-spinlock-recursion.hugetlb-lock-put-page-free-huge-page.log
Test-Not: tests/data/signatures/lookalikes/ppc-set-memory-change-page-attr-spinlock-recursion.sparc-copy-page-range-next-20200603.log
Test-Not: tests/data/signatures/lookalikes/ppc-set-memory-change-page-attr-spinlock-recursion.kfence-softirq-init-mm-lock-lockdep.log
Description:
 change_page_attr() held init_mm.page_table_lock around its update.  Freeing
 KASAN vmalloc shadow inside __apply_to_page_range() calls the page-free
 hook, which re-enters change_page_attr() while the lock is held.  Since
 pte_update() already makes the change safe, the fix drops the lock.
