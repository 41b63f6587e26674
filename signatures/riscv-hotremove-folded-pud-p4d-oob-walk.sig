# Facts: research/known-bugs.yaml id riscv-hotremove-folded-pud-p4d-oob-walk (entry 147).
Id: riscv-hotremove-folded-pud-p4d-oob-walk
Version: 2
Title: riscv memory hot-remove: kernel BUG at include/linux/mm.h (page_ref_count == 0) from arch_remove_memory, walk past a runtime-folded P4D/PUD
Arch: riscv64
Platform: Sv39/Sv48 (P4D/PUD folded at runtime), memory hot-remove
# Evidence partial: the Test-Log prints neither arch nor release, and its
# VM_BUG_ON in arch_remove_memory is shared with other hot-remove bugs.
Evidence: partial
Require: line /kernel BUG at include\/linux\/mm\.h:[0-9]+/
Require: frame /^arch_remove_memory$/
Support: line /VM_BUG_ON_PAGE\(page_ref_count\(page\) == 0\)/
Support: frame /^try_remove_memory$/
Support: arch /^riscv$/
Reject: arch /^(x86_64|i386|arm64|arm|powerpc|s390|loongarch|mips)$/
Introduced-By: c75a74f4ba19c904c0ae1e011ae2568449409ae4
Fixed-By: a0188cc133696627857d16054e43f9ebc7efc821 ("riscv: mm: Fix out-of-bounds page-table walk during memory hot-remove")
Fixed-In: v7.2
Fixed-In: stable 6.12.103
Fixed-In: stable 6.18.44
Fixed-In: stable 7.1.8
Link: https://git.kernel.org/stable/c/a0188cc133696627857d16054e43f9ebc7efc821
Link: https://cve.org/CVERecord/?id=CVE-2026-74524
Test-Log: tests/data/signatures/riscv-hotremove-folded-pud-p4d-oob-walk.log
Test-Not: tests/data/signatures/lookalikes/riscv-hotremove-folded-pud-p4d-oob-walk.x86-hotremove-split-hugepage-free-one-by-one-3.8.log
Description:
 When riscv runs with fewer paging levels than it was built for, the P4D
 or PUD level is folded at runtime and its offset helper hands back the
 parent entry.  The hot-remove walkers still indexed from that entry as if
 it were a full table, ran off the end of the parent table and passed an
 unrelated page to __free_pages(), whose refcount check then fired.
