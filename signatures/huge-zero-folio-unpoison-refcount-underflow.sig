# Facts: CVE-2024-40914 (research/cna-fixes.tsv row: fixes, introducing commits, releases); mainline commit id and console log from the CVE announcement <2024071210-CVE-2024-40914-0e04@gregkh> (kernel-security-vulns cve/published/2024/CVE-2024-40914.mbox), which quotes the fix's commit message.
Id: huge-zero-folio-unpoison-refcount-underflow
Version: 2
Title: THP: kernel BUG at include/linux/mm.h (page_ref_count == 0) in shrink_huge_zero_page_scan after unpoison_memory() dropped a reference of the huge zero folio
Arch: x86_64 (generic)
Platform: memory-failure testing (hwpoison_inject / MADV_HWPOISON plus unpoison) with THP enabled
Evidence: console
Require: line /kernel BUG at include\/linux\/mm\.h:[0-9]+/
Require: function /^shrink_huge_zero_page_scan$/
Support: frame /^do_shrink_slab$/
Support: line /Modules linked in:.*hwpoison_inject/
Support: frame /^(kswapd|balance_pgdat|shrink_node)$/
Introduced-By: 478d134e9506c7e9bfe2830ed03dd85e97966313
Fixed-By: fe6f86f4b40855a130a19aa589f9ba7f650423f4 ("mm/huge_memory: don't unpoison huge_zero_folio")
Fixed-In: v6.10
Fixed-In: stable 5.15.162
Fixed-In: stable 6.1.95
Fixed-In: stable 6.6.35
Fixed-In: stable 6.9.6
# unpoison_memory() is reached from the hwpoison_inject module's debugfs file
# hwpoison/unpoison-pfn (mm/hwpoison-inject.c); the test log has the module loaded.
Workaround: do not write to the hwpoison_inject debugfs file hwpoison/unpoison-pfn (or build without CONFIG_HWPOISON_INJECT): unpoison_memory() is what drops the huge zero folio's reference
Link: https://git.kernel.org/stable/c/fe6f86f4b40855a130a19aa589f9ba7f650423f4
Link: https://cve.org/CVERecord/?id=CVE-2024-40914
Test-Log: tests/data/signatures/huge-zero-folio-unpoison-refcount-underflow.log
Test-Not: tests/data/signatures/lookalikes/huge-zero-folio-unpoison-refcount-underflow.virtio-net-xdp-headroom-page-frag-free-5.18.log
Test-Not: tests/data/signatures/lookalikes/huge-zero-folio-unpoison-refcount-underflow.syzbot-io-uring-pages-unmap-next-20240402.log
Test-Not: tests/data/signatures/lookalikes/huge-zero-folio-unpoison-refcount-underflow.syzbot-bio-release-pages-splice-next-20230203.log
Description:
 Poisoning the huge zero folio sets its HWPoison flag without taking a
 reference.  unpoison_memory() treated it like any successfully poisoned
 folio and dropped a reference it never owned, so when the huge zero page
 shrinker later released the folio its refcount was already zero and the
 VM_BUG_ON_PAGE fired.  The fix leaves the huge zero folio alone in
 unpoison_memory().
