# Facts: fix subject and commit id from the mainline revlist that lists
# "2a100c7cf325 mm/memory: fix missing pte marker for !page on pte zaps" next
# to the powerpc-6.9-2 merge; the introducing commit from the patch thread
# (Peter Xu, <ZfIoFP4lGXW3el8b@x1n>, quoting his patch
# <20240313213107.235067-1-peterx@redhat.com>: "Commit 0cf18e839f64 of large
# folio zap work broke uffd-wp").  The Test-Log is syzbot's report that David
# Hildenbrand closed with "#syz fix:" this commit (EVIDENCE.tsv row).
Id: zap-present-ptes-uffd-wp-non-normal-page-warn
Version: 3
Title: WARNING in zap_present_ptes(): uffd-wp registered VMA with a !normal page (zero page, devmap) after the large-folio zap rework; pte marker not kept
Arch: any (seen on x86_64, 6.9 merge window)
Platform: userfaultfd write-protect (incl. UFFD_FEATURE_WP_ASYNC / PAGEMAP_SCAN), CONFIG_DEBUG_VM
# Evidence partial: the one real log (syzbot's) shows the WARNING on the exit
# path, whose frames (unmap_vmas, exit_mmap) are in many reports of other
# bugs: nothing corroborates the WARNING's site, so matches stay at medium
# until a report from the madvise or zap_page_range_single path is found.
Evidence: partial
Require: line /WARNING: .* at mm\/memory\.c:\d+ zap_present_ptes/
Require: frame /^(unmap_page_range|unmap_single_vma|unmap_vmas|zap_pte_range)$/
# zap_present_ptes() and its assertion came with the 6.9 merge window
Reject: release /^([0-5]\.|6\.[0-7](\.|-|$))/
Support: frame /^(exit_mmap|zap_page_range_single|madvise_dontneed_single_vma)$/
Introduced-By: 0cf18e839f64
Fixed-By: 2a100c7cf3257f595c62fe279e27fbb34c92c07c ("mm/memory: fix missing pte marker for !page on pte zaps")
# Fixed-In: the mm hotfixes pull on top of v6.9-rc1
# (mm-hotfixes-stable-2024-03-27-11-25,
# <20240327113214.f0200bec5624169a86371797@linux-foundation.org>) carries
# "mm/memory: fix missing pte marker for !page on pte zaps", merged into
# mainline before v6.9.
Fixed-In: v6.9
Link: https://lore.kernel.org/r/20240313213107.235067-1-peterx@redhat.com
Link: https://syzkaller.appspot.com/bug?extid=e145145f0c83d4deb8fa
Test-Log: tests/data/signatures/lookalikes/zap-nonpresent-device-private-file-vma-warn.syzbot-pte-marker.log
Test-Not: tests/data/signatures/zap-nonpresent-device-private-file-vma-warn.log
Test-Not: tests/data/signatures/lookalikes/zap-nonpresent-device-private-file-vma-warn.syzbot-pagemap-scan.log
Test-Not: tests/data/signatures/lookalikes/zap-present-ptes-uffd-wp-non-normal-page-warn.wp-unpopulated-marker-unconfigured.log
Description:
 The large-folio rework of the zap path moved present-pte zapping into
 zap_present_ptes() and asserted there that a VMA registered for
 userfaultfd write-protect never maps a page that is not a normal page.
 That is false (an anonymous zero page after a read, a devmap page with
 UFFD_FEATURE_WP_ASYNC), so zapping such a range warned, and the uffd-wp
 marker was decided by page type rather than by the VMA.  The fix drops
 the assertion and installs the marker whenever one is needed.
