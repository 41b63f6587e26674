# Facts: research/known-bugs.yaml id ppc32-kasan-early-shadow-pte-not-updated (entry 98).
Id: ppc32-kasan-early-shadow-pte-not-updated
Version: 1
Title: ppc32 KASAN: shadow PTEs still point at the early zero shadow (PTE_RPN_SHIFT=24, 4K pages), false vmalloc-out-of-bounds in pcpu_alloc
Arch: powerpc (32-bit)
Platform: 32-bit powerpc with KASAN, PTE_RPN_SHIFT=24 and PAGE_SHIFT=12
Evidence: console
Require: line /KASAN: vmalloc-out-of-bounds in pcpu_alloc/
Require: arch /^powerpc$/
Support: frame /^pcpu_alloc/
Support: line /by task swapper\/0\/1/
Introduced-By: cbd18991e24fea2c31da3bb117c83e4a3538cd11
Fixed-By: dd75080aa8409ce10d50fb58981c6b59bf8707d3 ("powerpc/kasan: Fix early region not updated correctly")
Fixed-In: v5.18
Fixed-In: stable 5.4.189
Fixed-In: stable 5.10.110
Fixed-In: stable 5.15.33
Fixed-In: stable 5.16.19
Fixed-In: stable 5.17.2
Link: https://git.kernel.org/stable/c/dd75080aa8409ce10d50fb58981c6b59bf8707d3
Link: https://cve.org/CVERecord/?id=CVE-2021-47640
Test-Log: tests/data/signatures/ppc32-kasan-early-shadow-pte-not-updated.log
Test-Not: tests/data/signatures/lookalikes/ppc32-kasan-early-shadow-pte-not-updated.syzbot-x86-kasan-vmalloc-percpu.log
Description:
 kasan_init_region() decides whether a shadow PTE still points at the early
 zero shadow with a comparison that does not work for this PTE layout, so
 those entries were never replaced by real shadow pages.  The vmalloc/percpu
 shadow is therefore wrong: KASAN reports bogus out-of-bounds accesses (here
 at boot in pcpu_alloc) and misses real ones.
