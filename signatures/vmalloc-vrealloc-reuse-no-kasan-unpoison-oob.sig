# Facts: the fix's subject, trailers and link to the report it fixes
# ("This results in a KASAN splat recorded at [1]", [1] = syzbot's
# push_insn_history report <67450f9b.050a0220.21d33d.0004.GAE@google.com>;
# Fixes: 3ddc2fefe6f3) from the mm-commits mail "[merged mm-hotfixes-stable]
# mm-fix-vreallocs-kasan-poisoning-logic.patch removed from -mm tree"
# <20241206035523.4E5BCC4CED1@smtp.kernel.org>.  The mainline id: a
# post-receive mail of a tree based on akpm's mm (sj/linux damon/next,
# <173353303096.3587508.10642054347768286247@gitolite.kernel.org>) lists
# d699440f58ce in one linear run of the December 2024 mm hotfixes, after
# a1268be280d8 and before 031e04bdc834, which research/cna-fixes.tsv gives
# as fixes first released in mainline 6.13 (CVE-2024-56612, CVE-2024-48876);
# so d699440f58ce is in v6.13 (6.12 was out before the fix was written).
# No CVE row for this fix; no stable release read.
# The Test-Log is that push_insn_history report (upstream, QEMU, i386
# userspace); syzbot's "vmalloc-out-of-bounds Write in vrealloc_noprof"
# report <6743e5ec.050a0220.1cc393.0056.GAE@google.com>, which the fix's
# author marks "#syz fix:" with this commit, is a further occurrence (see
# tests/data/signatures/EVIDENCE.tsv).
Id: vmalloc-vrealloc-reuse-no-kasan-unpoison-oob
Version: 2
Title: KASAN vmalloc-out-of-bounds on a kvrealloc()ed buffer: vrealloc() reused its vmap area in place without unpoisoning the grown part (or poisoning the given-up part)
Arch: any (seen on x86_64)
Platform: CONFIG_KASAN_VMALLOC kernels; vrealloc()/kvrealloc() users (BPF verifier instruction history)
Evidence: console
# A vmalloc-shadow report ...
Require: line /BUG: KASAN: vmalloc-out-of-bounds (Write |Read )?in /
# ... on an area that KASAN says kvrealloc()/vrealloc() created: the
# reallocation kept the area and its old poisoning.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /^\s*k?vrealloc(_node)?(_noprof)?(\.[\w.]+)?\+0x/
Support: line /The buggy address belongs to the virtual mapping at/
# The BPF verifier's instruction history was the user that hit it.
Support: frame /^(push_insn_history|vrealloc_noprof|kvrealloc_noprof)$/
# Mainline has the fix from v6.13 (above): a later kernel reporting this is
# another bug, such as vrealloc's missing requested size of 6.15
# (vmalloc-vrealloc-requested-size-kasan-oob), whose reports look the same.
Reject: release /^(6\.(1[3-9]|[2-9][0-9])|[7-9]\.|[1-9][0-9]\.)/
Introduced-By: 3ddc2fefe6f3 ("mm: vmalloc: implement vrealloc()")
Fixed-By: d699440f58ce9bd71103cc7b692e3ab76a20bfcd ("mm: fix vrealloc()'s KASAN poisoning logic")
Fixed-In: v6.13
Link: https://lore.kernel.org/bpf/67450f9b.050a0220.21d33d.0004.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=5ca500b6e0bdb0d11dbc
Link: https://lkml.kernel.org/r/20241126005206.3457974-1-andrii@kernel.org
Test-Log: tests/data/signatures/vmalloc-vrealloc-reuse-no-kasan-unpoison-oob.log
Test-Not: tests/data/signatures/vmalloc-vrealloc-requested-size-kasan-oob.log
Test-Not: tests/data/signatures/occurrences/vmalloc-vrealloc-requested-size-kasan-oob.2.log
Test-Not: tests/data/signatures/occurrences/vmalloc-vrealloc-requested-size-kasan-oob.3.log
Description:
 vrealloc() resizes a vmalloc()ed buffer in place when the new size still
 fits in the pages already allocated, but did not update KASAN's vmalloc
 shadow: the part beyond the original size stayed poisoned when growing,
 and the part given up was not poisoned when shrinking.  A caller using
 its grown buffer (the BPF verifier's instruction history) was then
 reported as writing out of bounds, as was vrealloc's own clearing of the
 area.  A false positive of KASAN, not a memory corruption; the fix
 poisons the tail and unpoisons the requested size on in-place reuse.
