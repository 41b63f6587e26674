# Facts: research/known-bugs.yaml id loongarch-hugetlb-mmap-base-not-pmd-aligned (entry 119).
Id: loongarch-hugetlb-mmap-base-not-pmd-aligned
Version: 2
Title: LoongArch kernel BUG at mm/hugetlb.c in __unmap_hugepage_range: hugetlbfs mmap address not aligned to the huge page size
Arch: loongarch64
Platform: hugetlbfs (LTP hugefork02)
Evidence: console
Require: line /kernel BUG at mm\/hugetlb\.c/
Require: guilty /^__unmap_hugepage_range/
Support: line /^ERA: /
Support: frame /^exit_mmap/
# the same hugetlb.c alignment BUG_ON on other arches is another bug
Reject: arch /^(x86_64|i386|arm64|arm|powerpc|riscv|s390|mips)$/
Introduced-By: fa96b57c149061f71a70bd6582d995f6424fbbf4
Fixed-By: 3109d5ff484b7bc7b955f166974c6776d91f247b ("LoongArch: Set hugetlb mmap base address aligned with pmd size")
Fixed-In: v6.14
Fixed-In: stable 6.13.7
Link: https://git.kernel.org/stable/c/3109d5ff484b7bc7b955f166974c6776d91f247b
Link: https://cve.org/CVERecord/?id=CVE-2025-21949
Test-Log: tests/data/signatures/loongarch-hugetlb-mmap-base-not-pmd-aligned.log
Test-Not: tests/data/signatures/lookalikes/loongarch-hugetlb-mmap-base-not-pmd-aligned.syzbot-overlayfs-hugetlbfs.log
Test-Not: tests/data/signatures/lookalikes/loongarch-hugetlb-mmap-base-not-pmd-aligned.x86-blktests-nvme029-exit-unmap-6.16.log
Test-Not: tests/data/signatures/lookalikes/loongarch-hugetlb-mmap-base-not-pmd-aligned.x86-blktests-nvme029-cki-6.18-rc5.log
Description:
 LoongArch's arch_get_unmapped_area did not align hugetlbfs mappings to the
 huge page (PMD) size, so a hugetlb VMA could start in the middle of a PMD.
 When such a mapping is torn down, the alignment assertion in
 __unmap_hugepage_range() fires.
