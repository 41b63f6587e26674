# Facts: CVE-2021-47492 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2024052241-CVE-2021-47492-ee88@gregkh> (kernel-security-vulns cve/published/2021/CVE-2021-47492.mbox), which quotes the fix's commit message.
Id: khugepaged-collapse-file-writeback-page
Version: 2
Title: khugepaged collapse_file() takes a page under writeback (xfs, no page->private): Bad page state in khugepaged and VM_BUG_ON_PAGE refcount in end_page_writeback
Arch: arm64 (generic)
Platform: CONFIG_READ_ONLY_THP_FOR_FS with xfs (block size >= page size), DEBUG_VM
Evidence: console
Require: frame /^end_page_writeback$/
Support: log /page dumped because: VM_BUG_ON_PAGE\(\(\(unsigned int\) page_ref_count\(page\) \+ 127u <= 127u\)\)/
Support: log /flags: 0x[0-9a-f]+\([a-z|]*writeback[a-z|]*\)/
Support: frame /^iomap_finish_(page_writeback|ioend)$/
Variant: bad-page-state-in-khugepaged
Require: line /BUG: Bad page state in process khugepaged/
# The fix (74c42e1baacf): "Otherwise, xfs end_page_writeback will panic": its
# quoted panic is the put_page refcount VM_BUG_ON in end_page_writeback, with
# khugepaged's Bad page state only interleaved into it; on its own it is a
# kernel BUG at include/linux/mm.h from the writeback completion.
Variant: end-page-writeback-refcount-bug
Require: line /kernel BUG at include\/linux\/mm\.h:[0-9]+/
Require: log /VM_BUG_ON_PAGE\(\(\(unsigned int\) page_ref_count\(page\) \+ 127u <= 127u\)\)/
Introduced-By: 99cb0dbd47a15d395bf3faa78dc122bc5efe3fc0
Fixed-By: 74c42e1baacf206338b1dd6b6199ac964512b5bb ("mm, thp: bail out early in collapse_file for writeback page")
Fixed-In: v5.15
Fixed-In: stable 5.10.77
Fixed-In: stable 5.14.16
Link: https://git.kernel.org/stable/c/74c42e1baacf206338b1dd6b6199ac964512b5bb
Link: https://cve.org/CVERecord/?id=CVE-2021-47492
Test-Log: tests/data/signatures/khugepaged-collapse-file-writeback-page.log
Test-Log: tests/data/signatures/occurrences/khugepaged-collapse-file-writeback-page.2.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-writeback-page.memcg-collapse-uncharge-2.6.38.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-writeback-page.fuse-abort-copy-page-refcount.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-writeback-page.fedora-3.1-bad-page-on-thp-alloc.log
Test-Not: tests/data/signatures/lookalikes/khugepaged-collapse-file-writeback-page.mips-octeon-4.6-alloc-nonzero-count.log
Description:
 collapse_file() relied on page_has_private() and try_to_release_page() to
 skip pages under writeback, which does not work for xfs when the block
 size is at least the page size, because such pages carry no private data.
 khugepaged could thus collapse (and free) a page whose writeback was still
 in flight, and the I/O completion in end_page_writeback() then met a page
 with no references left.  The fix makes collapse_file() give up on
 writeback pages early.
