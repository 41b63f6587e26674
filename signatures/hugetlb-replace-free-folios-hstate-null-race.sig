# Facts: CVE-2025-38050 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement for CVE-2025-38050 (kernel-security-vulns cve/published/2025/CVE-2025-38050.mbox), which quotes the fix's commit message.
Id: hugetlb-replace-free-folios-hstate-null-race
Version: 1
Title: hugetlb: NULL pointer dereference in alloc_and_dissolve_hugetlb_folio from replace_free_hugepage_folios, folio_hstate() read after the folio stopped being hugetlb
Arch: x86_64 (generic)
Platform: contiguous allocations (CMA, alloc_contig_range) over free hugetlb pages while the hugetlb pool shrinks
Evidence: console
Require: line /NULL pointer dereference/
Require: frame /^replace_free_hugepage_folios$/
Support: guilty /^alloc_and_dissolve_hugetlb_folio$/
Support: frame /^alloc_contig_range(_noprof)?$/
Support: frame /^(cma_range_alloc(\..*)?|__cma_alloc|cma_alloc)$/
Introduced-By: 04f13d241b8b146b23038bffd907cb8278391d07
Fixed-By: 113ed54ad276c352ee5ce109bdcf0df118a43bda ("mm/hugetlb: fix kernel NULL pointer dereference when replacing free hugetlb folios")
Fixed-In: v6.15
Fixed-In: stable 6.14.9
Link: https://git.kernel.org/stable/c/113ed54ad276c352ee5ce109bdcf0df118a43bda
Link: https://cve.org/CVERecord/?id=CVE-2025-38050
Test-Log: tests/data/signatures/hugetlb-replace-free-folios-hstate-null-race.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-replace-free-folios-hstate-null-race.vmemmap-free-under-hugetlb-lock-irqs-off-5.12-mm.log
Description:
 Before a contiguous allocation, replace_free_hugepage_folios() swaps free
 hugetlb folios in the range for fresh ones.  It checked that a folio was
 hugetlb and only then looked up its hstate without holding hugetlb_lock;
 if the folio was freed back to the buddy allocator in between, its
 hstate is NULL and alloc_and_dissolve_hugetlb_folio() dereferences it.
 The fix reads the hstate under hugetlb_lock.
