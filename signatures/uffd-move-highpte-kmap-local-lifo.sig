# Facts: research/known-bugs.yaml id uffd-move-highpte-kmap-local-lifo (entry 131).
# The Test-Log is the LKFT-triggered warning of Sasha Levin's first, withdrawn
# patch; in its thread he posts this fix as what cured it (MANIFEST.tsv).
Id: uffd-move-highpte-kmap-local-lifo
Version: 2
Title: WARNING in kunmap_local_indexed from UFFDIO_MOVE with CONFIG_HIGHPTE: PTE pages unmapped out of LIFO order
Arch: arm (32-bit)
Platform: CONFIG_HIGHPTE (page tables in highmem)
Evidence: console
Require: line /mm\/highmem\.c:[0-9]+ kunmap_local_indexed/
# move_pages_pte() is inlined into move_pages(), the UFFDIO_MOVE worker of
# mm/userfaultfd.c (the move_pages syscall has only __*sys_move_pages frames)
Require: frame /^move_pages(_pte)?$/
Support: frame /^userfaultfd_ioctl$/
Support: line /__fix_to_virt\(FIX_KMAP_BEGIN/
Introduced-By: adef440691bab824e39c1b17382322d195e1fab0
Fixed-By: 9614d8bee66387501f48718fa306e17f2aa3f2f3 ("mm/userfaultfd: fix kmap_local LIFO ordering for CONFIG_HIGHPTE")
Fixed-In: v6.17
Fixed-In: stable 6.12.46
Fixed-In: stable 6.16.6
Link: https://git.kernel.org/stable/c/9614d8bee66387501f48718fa306e17f2aa3f2f3
Link: https://cve.org/CVERecord/?id=CVE-2025-39899
Test-Log: tests/data/signatures/uffd-move-highpte-kmap-local-lifo.log
Test-Log: tests/data/signatures/occurrences/uffd-move-highpte-kmap-local-lifo.2.log
Test-Log: tests/data/signatures/occurrences/uffd-move-highpte-kmap-local-lifo.4.log
Test-Log: tests/data/signatures/occurrences/uffd-move-highpte-kmap-local-lifo.5.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-highpte-kmap-local-lifo.iov-iter-x86-32.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-highpte-kmap-local-lifo.sun4i-ss-sg-miter-stop-order-5.10-next.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-highpte-kmap-local-lifo.nilfs2-rename-staggered-kunmap-i386.log
Description:
 move_pages_pte() mapped the destination and then the source PTE page with
 kmap_local_page() but unmapped them in the same order, breaking the LIFO rule
 of the per-CPU kmap_local stack; kunmap_local_indexed() warns.  Only kernels
 with page tables in highmem (CONFIG_HIGHPTE) are affected.
