# Facts: CVE-2024-26987 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2024050143-CVE-2024-26987-507c@gregkh> (kernel-security-vulns cve/published/2024/CVE-2024-26987.mbox), which quotes the fix's commit message.
Id: memory-failure-hvo-pcp-lock-cpu-hotplug-deadlock
Version: 2
Title: lockdep: circular dependency pcp_batch_high_lock -> cpu_hotplug_lock in memory_failure() dissolving a free hugetlb page with HugeTLB vmemmap optimisation
Arch: x86_64 (generic)
Platform: hugetlb_optimize_vmemmap (HVO) enabled, memory failure / hard-offline of a free hugetlb page
Evidence: console
Require: line /possible circular locking dependency detected/
# The fix was backported to 6.1.88 and 6.6.29, whose vmemmap restore is
# hugetlb_vmemmap_restore() (deepin-community/kernel PR #1180, a 6.6 backport
# guarding "hugetlb_vmemmap_restore calls in ... dissolve_free_huge_page");
# the folio-batching rework named it __hugetlb_vmemmap_restore_folio().
Require: frame /^(__)?hugetlb_vmemmap_restore(_folio)?$/
Support: frame /^__page_handle_poison$/
Support: line /\(pcp_batch_high_lock\)/
Support: line /\(cpu_hotplug_lock\)/
Support: frame /^(dissolve_free_huge_page|dissolve_free_hugetlb_folio)$/
Introduced-By: a6b40850c442bf996e729e1d441d3dbc37cea171 ("mm: hugetlb: replace hugetlb_free_vmemmap_enabled with a static_key")
Fixed-By: 1983184c22dd84a4d95a71e5c6775c2638557dc7 ("mm/memory-failure: fix deadlock when hugetlb_optimize_vmemmap is enabled")
Fixed-In: v6.9
Fixed-In: stable 6.1.88
Fixed-In: stable 6.6.29
Fixed-In: stable 6.8.8
# kernel-parameters.txt: hugetlb_free_vmemmap= controls HVO (default off, on
# with CONFIG_HUGETLB_PAGE_OPTIMIZE_VMEMMAP_DEFAULT_ON=y); the fix's subject
# names the deadlock "when hugetlb_optimize_vmemmap is enabled".
Workaround: boot with hugetlb_free_vmemmap=off to keep HugeTLB vmemmap optimisation off
Link: https://git.kernel.org/stable/c/1983184c22dd84a4d95a71e5c6775c2638557dc7
Link: https://cve.org/CVERecord/?id=CVE-2024-26987
Test-Log: tests/data/signatures/memory-failure-hvo-pcp-lock-cpu-hotplug-deadlock.log
Test-Not: tests/data/signatures/lookalikes/memory-failure-hvo-pcp-lock-cpu-hotplug-deadlock.slub-flush-lock-memory-offline.log
Description:
 __page_handle_poison() disables the per-CPU page lists with
 zone_pcp_disable(), which holds pcp_batch_high_lock, and then dissolves
 the free hugetlb page.  With vmemmap optimisation the dissolve restores
 the vmemmap and drops a static key, which takes cpu_hotplug_lock, while
 CPU bring-up takes the two locks in the opposite order: a possible
 deadlock that lockdep reports.  The fix drains the per-CPU lists with
 drain_all_pages() instead of disabling them.
