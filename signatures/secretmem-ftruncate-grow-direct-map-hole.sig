# Facts: research/known-bugs.yaml id secretmem-ftruncate-grow-direct-map-hole (entry 103).
Id: secretmem-ftruncate-grow-direct-map-hole
Version: 4
Title: Oops in memset when growing a memfd_secret with ftruncate: truncation zeroes a secretmem page through its removed direct-map PTE
Arch: x86_64 (generic)
Platform: memfd_secret (pages removed from the direct map)
Evidence: console
# The partial-page zeroing of truncation: truncate_inode_partial_folio()
# since the folio conversion; before it (the bug exists since memfd_secret
# came in) the zeroing sat inline in truncate_inode_pages_range().
Require: frame /^(truncate_inode_partial_folio|truncate_inode_partial_page|truncate_inode_pages_range)$/
Require: access /^write$/
# The write itself: memset (memset_erms/memset_orig on x86, __memset on arm64).
Require: pc /^_*memset/
Support: frame /^simple_setattr/
Support: line /not-present page/
# secretmem_setattr() is the fix itself (it refuses to grow the file): a trace
# through it is a kernel with the fix, e.g. the later fault/setattr race of
# the Test-Not.
Reject: frame /^secretmem_setattr$/
Introduced-By: 1507f51255c9ff07d75909a84e7c0d7f3c4b2f49
Fixed-By: f9b141f93659e09a52e28791ccbaf69c273b8e92 ("mm/secretmem: fix panic when growing a memfd_secret")
Fixed-In: v5.18
Fixed-In: stable 5.15.35
Fixed-In: stable 5.17.4
Link: https://git.kernel.org/stable/c/f9b141f93659e09a52e28791ccbaf69c273b8e92
Link: https://cve.org/CVERecord/?id=CVE-2022-49049
Test-Log: tests/data/signatures/secretmem-ftruncate-grow-direct-map-hole.log
Test-Not: tests/data/signatures/lookalikes/secretmem-ftruncate-grow-direct-map-hole.fault-setattr-race.log
Test-Not: tests/data/signatures/lookalikes/secretmem-ftruncate-grow-direct-map-hole.ext4-punch-offset-beyond-max-end.log
Description:
 secretmem pages are removed from the kernel direct map when they are
 faulted in.  Growing the file with ftruncate() made
 truncate_inode_partial_folio() zero the tail of such a page through
 page_address(), i.e. through a direct-map PTE that had been invalidated, and
 the write faulted.  The fix refuses to resize a memfd_secret.
