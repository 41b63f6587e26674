# Facts: the fix commit id and subject from syzbot's fix bisection
# <6824a16b.a70a0220.3e9d8.0015.GAE@google.com> ("syzbot suspects this issue
# was fixed by commit 36eed5400805...", bisected on the upstream tree); the
# introducing commit from syzbot's cause bisection in the report itself
# (d5c8aec0542e "mm/mremap: initial refactor of move_vma()"), which Lai Yi's
# own bisection also found.  The faulting statement (vrm->vma read after it
# was overwritten with the failed merge's NULL) from Lorenzo Stoakes's
# analysis of Lai Yi's report; he closed the syzbot bug with "#syz fix:" on
# that commit after checking both reproducers.  The bug came and went in the
# 6.15 merge window: no CVE row and no release read, so no Fixed-In.
# The Test-Logs are the syzbot report <67f1c7df.050a0220.0a13.0256.GAE@google.com>
# and Lai Yi's own syzkaller report on linux-next <Z+lcvEIHMLiKVR1i@ly-workstation>.
# The third is syzbot's other report of it, '[syzbot] [mm?] general protection
# fault in sys_mremap' <67ec7e14.050a0220.31979b.0030.GAE@google.com>
# (extid e3385f43b2897a19be24, linux-next 20250331, clang), which Lorenzo
# Stoakes answered with the mail carrying this fix.
Id: mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf
Version: 2
Title: GPF in mremap(): expanding a VMA in place cleared vrm->vma when the merge failed, then uncharging read its flags through NULL
Arch: any (seen on x86_64)
Platform: mremap() growing an accounted mapping in place when vma_merge_extend() fails (e.g. an injected allocation failure)
Evidence: console
# A NULL pointer access ...
Require: line /(general protection fault|KASAN: null-ptr-deref|BUG: kernel NULL pointer dereference)/
# ... in the mremap() syscall body: the uncharge helper and the in-place
# expand path are inlined into it, so a build without inline debug info
# names only __do_sys_mremap.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: \S+:(vrm_uncharge|expand_vma_in_place|expand_vma|mremap_at|do_mremap|__do_sys_mremap)(\.[\w.]+)?[+ ]/
Require: pc /^(vrm_uncharge|expand_vma_in_place|expand_vma|mremap_at|do_mremap|__do_sys_mremap)$/
Support: line /\b(vrm_uncharge|expand_vma_in_place)\b/
# The read of vm_flags through the NULL VMA pointer; the failed merge
# attempt is often still on the stack.
Support: line /KASAN: null-ptr-deref in range \[0x0+20-0x0+27\]/
Support: frame /^vma_merge_(new_range|extend)$/
# The vrm_* helpers arrived with the mremap refactor in the 6.15 merge
# window: released kernels up to 6.14 cannot have it.
Reject: release /^([0-5]\.|6\.([0-9]|1[0-3])(\.|-|$)|6\.14(\.\d+)?(-rc\d+)?$)/
Introduced-By: d5c8aec0542e2d79b64de9089b88fabdebe05c1e ("mm/mremap: initial refactor of move_vma()")
Fixed-By: 36eed5400805b294f1df39b0e3ebc5b7971b3c16 ("mm/mremap: do not set vrm->vma NULL immediately prior to checking it")
Link: https://lore.kernel.org/all/67f1c7df.050a0220.0a13.0256.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=5250c4727db03e3436cc
Link: https://syzkaller.appspot.com/bug?extid=e3385f43b2897a19be24
Link: https://lore.kernel.org/linux-mm/Z+lcvEIHMLiKVR1i@ly-workstation/
Test-Log: tests/data/signatures/mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf.log
Test-Log: tests/data/signatures/occurrences/mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf.2.log
Test-Log: tests/data/signatures/occurrences/mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf.3.log
Test-Log: tests/data/signatures/occurrences/mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf.4.log
Test-Not: tests/data/signatures/lookalikes/mremap-expand-in-place-merge-fail-null-vma-uncharge-gpf.lkp-5.17-maple-move-vma-uaf-gpf.log
Description:
 The mremap() refactor kept the VMA being worked on in a shared remap
 descriptor.  When growing a mapping in place, the result of trying to
 extend it by merging was written both to a local variable and to the
 descriptor's VMA pointer before being checked.  If the merge failed (for
 instance on an allocation failure) the descriptor's VMA was thus NULL,
 and the error path that undoes the memory-commit charge read the VMA's
 flags through it, faulting on a NULL pointer inside the mremap syscall.
 The fix assigns the descriptor only once the merge succeeded.
