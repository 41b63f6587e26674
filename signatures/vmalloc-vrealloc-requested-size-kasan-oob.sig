# Facts: the fix as backported to 6.14 ("[PATCH 6.14 075/197] mm: vmalloc:
# support more granular vrealloc() sizing", <20250512172047.430607157@linuxfoundation.org>:
# "commit a0309faf1cb0622cac7c820150b7abf2024acff5 upstream", Fixes:
# 3ddc2fefe6f3, Reported-by Erhard Furtner, Closes: his report
# <20250408192503.6149a816@outsider.home>).  No CVE record.
Id: vmalloc-vrealloc-requested-size-kasan-oob
Version: 3
Title: vrealloc() kept no requested size: KASAN vmalloc-out-of-bounds in vrealloc_noprof copying or zeroing the poisoned tail of its own area
Arch: generic (x86_64 reports)
Platform: CONFIG_KASAN_VMALLOC kernels, vrealloc()/kvrealloc() users (BPF verifier, fortify_kunit)
Evidence: console
# The bad access is vrealloc's own: KASAN flags vrealloc_noprof itself, not
# its caller.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /BUG: KASAN: vmalloc-out-of-bounds in vrealloc_noprof(\.[\w.]+)?\+/
# ... through the copy into a new area (grow) or the zeroing of the part
# given up (shrink), both sized by the whole area rather than the bytes
# last requested, which a previous shrink had poisoned.
Require: frame /^__asan_mem(cpy|set)$/
Support: frame /^vrealloc_noprof$/
Support: line /The buggy address belongs to the virtual mapping at/
Introduced-By: 3ddc2fefe6f3 ("mm: vmalloc: implement vrealloc()")
Fixed-By: a0309faf1cb0622cac7c820150b7abf2024acff5 ("mm: vmalloc: support more granular vrealloc() sizing")
# The 6.14 stable review of 12 May 2025 takes the fix from mainline, i.e. it
# was merged during the 6.15 rc phase (reports on 6.15-rc1/rc3/rc5 still
# crash): Andrew Morton's "[GIT PULL] hotfixes for 6.15-rc6"
# <20250510142536.5e56d771875c6357574a3b89@linux-foundation.org>, on top of
# 6.15-rc5, carries it; the "Linux 6.14.7" announcement
# <2025051800-extended-bullfrog-ae21@gregkh> lists it.
Fixed-In: v6.15
Fixed-In: stable 6.14.7
Link: https://lore.kernel.org/all/20250408192503.6149a816@outsider.home/
Link: https://lkml.kernel.org/r/20250426001105.it.679-kees@kernel.org
Link: https://lore.kernel.org/bpf/68213ddf.050a0220.f2294.0045.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=659fcc0678e5a1193143
Test-Log: tests/data/signatures/vmalloc-vrealloc-requested-size-kasan-oob.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-requested-size-kasan-oob.2.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-requested-size-kasan-oob.3.log
Description:
 vrealloc() took the old size from the vm_area (whole pages) because it did
 not remember how many bytes the caller had asked for.  A shrink poisons the
 KASAN shadow past the new size; a later shrink zeroes, or a grow into a new
 area copies, up to the area's full size and so touches those poisoned
 bytes, and KASAN reports an out-of-bounds access inside vrealloc_noprof
 (memset or memcpy).  The fix records the requested size in the vm_struct
 and uses it for zeroing, copying and (un)poisoning.
