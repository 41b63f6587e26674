# Facts: the fix is a 6.12.y-only stable commit.  Its id from the stable
# tree's push log of linux-6.12.y (3cb721578ad9..., pushed just before
# "Linux 6.12.1"), and Greg Kroah-Hartman's 6.12.1 release announcement lists
# it, hence Fixed-In stable 6.12.1.  The stable patch (Liam R. Howlett,
# <20241119175945.2600945-1-Liam.Howlett@oracle.com>, and the 6.12-stable
# review <20241120124100.526989773@linuxfoundation.org>) carries
# Reported-by: syzbot+bc6bfc25a68b7a020ee1, Closes: the report's console log,
# and Fixes: 5de195060b2e ("mm: resolve faulty mmap_region() error path
# behaviour"), whose full id is in research/cna-fixes.tsv (CVE-2024-53096).
# The patch carries no "commit ... upstream" line and was queued for 6.12
# only: no mainline Fixed-By or Fixed-In is claimed.  The mechanism (merge
# retried after the driver's mmap hook changed the flags, the merge's failed
# allocation freeing the iterator's preallocated nodes) from the patch text.
# The Test-Logs are the syzbot report <6739c892.050a0220.e1c64.0013.GAE@google.com>
# and syzbot's run of the reproducer on a later arm64 for-kernelci head,
# asked for by Lorenzo Stoakes <673a52c4.050a0220.87769.0015.GAE@google.com>.
Id: mmap-region-merge-oom-lost-prealloc-mas-store-null
Version: 2
Title: NULL dereference in mas_store_prealloc() from __mmap_region() (6.12): a VMA merge retried after the file's mmap hook failed on OOM and freed the maple-tree preallocation the new VMA's store relied on
Arch: any (seen on arm64)
Platform: mmap() of a file whose ->mmap hook changes the VMA flags, with an allocation failing during the retried merge (fault injection, memory pressure)
Evidence: console
# The maple-tree store of the new VMA faulted (mas_store_prealloc as the
# faulting function or a reliable frame; a '? ' stack leftover is not it) ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /(?<!\? )\bmas_store_prealloc(\.[\w.]+)?\+0x/
# ... on a NULL node (the preallocated nodes were gone) ...
Require: line /(general protection fault|KASAN: null-ptr-deref|Unable to handle kernel (paging request|NULL pointer dereference)|BUG: kernel NULL pointer dereference)/
# ... when mmap_region() inserted the new VMA itself.
Require: frame /^(__mmap_region|mmap_region)$/
Support: frame /^vma_iter_store$/
Support: pc /^(mas_store_prealloc|mas_slot_locked|mt_slot_locked)$/
Support: context /FAULT_INJECTION: forcing a failure/
# A store reached through a merge, expand or split of an existing VMA is
# another path (the merge here failed and returned before the crash).
Reject: frame /^(vma_merge_new_range|vma_merge_existing_range|vma_merge|commit_merge|vma_expand|__split_vma|vma_shrink)$/
Introduced-By: 5de195060b2e251a835f622759550e6202167641 ("mm: resolve faulty mmap_region() error path behaviour")
Fixed-By: 3cb721578ad99677ac2dede8b084ae3e306f5a3f ("mm/mmap: fix __mmap_region() error handling in rare merge failure case")
Fixed-In: stable 6.12.1
Link: https://lore.kernel.org/all/6739c892.050a0220.e1c64.0013.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=bc6bfc25a68b7a020ee1
Link: https://lore.kernel.org/all/20241119175945.2600945-1-Liam.Howlett@oracle.com/
Link: https://lore.kernel.org/all/673a52c4.050a0220.87769.0015.GAE@google.com/
Test-Log: tests/data/signatures/mmap-region-merge-oom-lost-prealloc-mas-store-null.log
Test-Log: tests/data/signatures/occurrences/mmap-region-merge-oom-lost-prealloc-mas-store-null.2.log
Test-Not: tests/data/signatures/lookalikes/mmap-region-merge-oom-lost-prealloc-mas-store-null.cbl-1766-clang15-i386-mast-split-data.log
Description:
 The rework of mmap_region()'s error handling moved the preallocation of
 maple-tree nodes for the new VMA earlier, before the file's ->mmap hook
 runs.  When that hook changes the VMA flags, __mmap_region() tries once
 more to merge the new range with its neighbours, using the same VMA
 iterator.  If that merge needs memory and the allocation fails, the
 iterator's state, including the nodes preallocated for the coming store,
 is freed and reset; __mmap_region() went on to store the new VMA anyway,
 and the store, finding no preallocated node, dereferenced NULL inside
 mas_store_prealloc().  The 6.12.y fix preallocates again, with
 __GFP_NOFAIL, when the merge reports -ENOMEM.
