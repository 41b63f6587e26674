# Facts: fix, introducing commit and first fixed releases from
# research/cna-fixes.tsv (CVE-2025-38357: fix befd9a71d859 with the 6.15.y
# backport b48878aee8e7, introduced by bde708f1a65d, mainline 6.16, stable
# 6.15.5); "commit befd9a71d859... upstream", the subject and the Fixes:
# subject from the 6.15-stable review <20250703144008.627901015@linuxfoundation.org>,
# whose commit message quotes the Test-Log.  The mechanism (fuse_evict_inode()
# never called dax_break_layout_final(), the step 0e2f80afcfa6 added to xfs
# and ext4, so DAX entries reach truncate_inode_pages_final()) from that
# commit message and the patch.
# The Test-Log is the warning the fix's commit message quotes (Haiyue Wang,
# 6.16.0-rc2 under WSL2); the further occurrence is the one his v2 patch
# <20250608042418.358-1-haiyuewa@163.com> quoted, on 6.15.0.
# Same WARN, other bugs: erofs (fix 181993bb0d62, CVE-2025-39868) and the
# fs/dax xas_pause() regression seen from XFS (fix 61009dd2252a,
# CVE-2025-38276); kept apart by the fuse_evict_inode frame.  Their logs are
# Test-Nots: the erofs one from Yuezhang Mo's patch (as quoted in Gao Xiang's
# review), the XFS one from Alistair Popple's fs/dax patch (EVIDENCE.tsv).
Id: fuse-dax-evict-no-break-layout-truncate-exceptionals-warn
Version: 2
Title: WARNING at mm/truncate.c in truncate_folio_batch_exceptionals() when a virtiofs (FUSE DAX) inode is evicted: fuse did not break its DAX layouts before the final truncate
Arch: any (seen on x86_64)
Platform: virtiofs / FUSE with DAX (e.g. WSL2), inode eviction on the last close or at unmount
Evidence: console
# The final truncate found DAX (value) entries left in the page cache ...
# truncate_folio_batch_exceptionals is static in mm/truncate.c (v6.15): a build may inline it into truncate_inode_pages_range
Require: line /at mm\/truncate\.c:\d+ (truncate_folio_batch_exceptionals|truncate_inode_pages_range)\b/
# ... of an inode fuse was evicting.
Require: frame /^fuse_evict_inode$/
Support: frame /^(truncate_inode_pages_final|truncate_inode_pages_range)$/
Support: frame /^evict$/
Introduced-By: bde708f1a65d025c45575bfe1e7bf7bdf7e71e87 ("fs/dax: always remove DAX page-cache entries when breaking layouts")
Fixed-By: befd9a71d859ea625eaa84dae1b243efb3df3eca ("fuse: fix runtime warning on truncate_folio_batch_exceptionals()")
Fixed-In: v6.16
Fixed-In: stable 6.15.5
Link: https://lkml.kernel.org/r/20250621171507.3770-1-haiyuewa@163.com
Link: https://lore.kernel.org/all/20250608042418.358-1-haiyuewa@163.com/
Link: https://lore.kernel.org/all/20250703144008.627901015@linuxfoundation.org/
Link: https://cve.org/CVERecord/?id=CVE-2025-38357
Test-Log: tests/data/signatures/fuse-dax-evict-no-break-layout-truncate-exceptionals-warn.log
Test-Log: tests/data/signatures/occurrences/fuse-dax-evict-no-break-layout-truncate-exceptionals-warn.2.log
Test-Not: tests/data/signatures/lookalikes/fuse-dax-evict-no-break-layout-truncate-exceptionals-warn.erofs-kill-sb-no-break-layout.log
Test-Not: tests/data/signatures/lookalikes/fuse-dax-evict-no-break-layout-truncate-exceptionals-warn.xfs-dax-xas-pause-skip.log
Description:
 When the DAX code was changed to remove DAX page-cache entries while
 breaking layouts, truncate_folio_batch_exceptionals() gained a
 WARN_ON_ONCE for any DAX entry still present at the final truncate: file
 systems must first call dax_break_layout_final() so that no DAX page is
 still in use.  XFS and ext4 were converted, but FUSE (virtiofs with DAX)
 was not: evicting a FUSE DAX inode went straight to
 truncate_inode_pages_final() and warned.  The fix calls
 dax_break_layout_final() from fuse_evict_inode() for DAX inodes.
