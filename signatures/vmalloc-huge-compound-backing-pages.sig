# Facts: research/known-bugs.yaml id vmalloc-huge-compound-backing-pages (entry 40).
Id: vmalloc-huge-compound-backing-pages
Version: 1
Title: BUG: Bad page state (corrupted mapping in tail page) when vfree() frees huge vmalloc compound backing pages whose tail pages a caller modified
Arch: generic (seen on powerpc; x86_64, arm64 have huge vmalloc too)
Platform: HAVE_ARCH_HUGE_VMALLOC, huge vmalloc mappings
Evidence: console
Require: log /page dumped because: corrupted mapping in tail page/
Require: frame /^(__vunmap|vfree|__vfree|vfree_atomic)$/
Support: line /BUG: Bad page state in process/
Support: frame /^free_tail_pages_check$/
Fixed-By: 3b8000ae185cb068adbda5f966a3835053c85fd4 ("mm/vmalloc: huge vmalloc backing pages should be split rather than compound")
Fixed-In: v5.18
Workaround: Boot with nohugevmalloc to disable huge vmalloc mappings (the parameter is documented for PPC only in older kernels)
Link: https://lore.kernel.org/r/1650601109.vb3owbt14k.astroid@bobo.none
Link: https://cve.org/CVERecord/?id=CVE-2026-43303
Test-Log: tests/data/signatures/vmalloc-huge-compound-backing-pages.log
Test-Log: tests/data/signatures/occurrences/vmalloc-huge-compound-backing-pages.2.log
Test-Log: tests/data/signatures/occurrences/vmalloc-huge-compound-backing-pages.3.log
Test-Not: tests/data/signatures/lookalikes/vmalloc-huge-compound-backing-pages.hugetlb-hvo-tail-mapping.log
Description:
 Huge vmalloc allocated its high-order backing pages as compound pages.  Some
 users of vmalloc memory look up individual pages with vmalloc_to_page() and
 set their mapping, index or lru fields, as they may with order-0 pages; on a
 compound tail page those fields overlap compound metadata, and the free
 checks in vfree() report a bad page.  The fix splits the high-order pages so
 each can be treated and freed as an independent page.
