# Facts: research/known-bugs.yaml id vm-normal-page-pmd-special-missing-32bit (entry 144).
Id: vm-normal-page-pmd-special-missing-32bit
Version: 3
Title: 32-bit THP: WARNING in __vm_normal_page from zap_huge_pmd (later Bad page state from shrink_huge_zero_folio_scan), huge zero PMD not seen as special without pmd_special()
Arch: x86 (32-bit)
Platform: THP on architectures without CONFIG_ARCH_SUPPORTS_PMD_PFNMAP
Evidence: frames-only
Support: frame /^(zap_huge_pmd|shrink_huge_zero_folio_scan)/
Variant: vm-normal-page-warn
Require: line /mm\/memory\.c:[0-9]+ at __vm_normal_page|at mm\/memory\.c:[0-9]+ __vm_normal_page/
# The fix names zap_huge_pmd() as the caller that warned; the small
# vm_normal_page_pmd()/vm_normal_folio_pmd() wrappers may be inlined into it.
Require: frame /^(vm_normal_page_p[mu]d|vm_normal_folio_p[mu]d|zap_huge_p[mu]d)$/
# The fix (c0c6ccd9828c): the WARN is "followed by 'BUG: Bad rss-counter
# state's, then later 'BUG: Bad page state's when reclaim gets to call
# shrink_huge_zero_folio_scan()" (the huge zero folio's refcount went wrong).
Variant: huge-zero-bad-page-state
Require: line /BUG: Bad page state in process/
Require: function /^shrink_huge_zero_folio_scan$/
Support: arch /^i386$/
Introduced-By: af38538801c6a97565b44700ee6695d7d60ad779 ("mm/memory: factor out common code from vm_normal_page_*()")
Fixed-By: c0c6ccd9828c3a1950623b546fa57292a77b5c73 ("mm: fix __vm_normal_page() to handle missing support for pmd_special()/pud_special()")
Fixed-In: v7.1
Fixed-In: stable 6.18.34
Fixed-In: stable 7.0.11
Link: https://git.kernel.org/stable/c/c0c6ccd9828c3a1950623b546fa57292a77b5c73
Link: https://cve.org/CVERecord/?id=CVE-2026-64181
Test-Log: tests/data/signatures/synthetic/vm-normal-page-pmd-special-missing-32bit.log
Test-Not: tests/data/signatures/lookalikes/vm-normal-page-pmd-special-missing-32bit.ppc64-huge-zero-mprotect-hpage-chg-mask.log
Test-Not: tests/data/signatures/lookalikes/vm-normal-page-pmd-special-missing-32bit.pae-pmd-pfn-mask-zap-huge-pmd-4.3.log
Description:
 The common __vm_normal_page() code relied on pmd_special()/pud_special(),
 which are stubs on architectures without PMD PFNMAP support, so the huge zero
 PMD was treated as a normal page when zapping.  Besides the warning, RSS and
 the huge zero folio's refcount go wrong (bad rss-counter, bad page state).
