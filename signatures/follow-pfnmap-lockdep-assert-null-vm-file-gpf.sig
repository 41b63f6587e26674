# Facts: the report is syzbot's <66fbc2d9.050a0220.6bad9.0057.GAE@google.com>
# ("[syzbot] [kernel?] general protection fault in follow_pfnmap_start",
# extid 093d096417e7038a689b, 6.11.0-syzkaller-11558-g075dbe9f6e3c, the 6.12
# merge window).  Cause from Manas's patch thread ("Fixes: null pointer
# dereference in pfnmap_lockdep_assert", Reported-by: that syzbot id): the
# lockdep assertion of the new follow_pfnmap API dereferences vma->vm_file,
# which is NULL here.  Linus Torvalds fixed it in mainline as b1b46751671b
# ("mm: fix follow_pfnmap API lockdep assert"), listed under his name in the
# Linux 6.12-rc4 announcement; Stephen Rothwell's linux-next merge mail
# <20241021085522.1da72792@canb.auug.org.au> shows it and the mm-hotfixes
# version of Manas's patch (dc68a7b3e7b4) changing the same NULL vm_file
# handling in pfnmap_lockdep_assert().  The fix's own trailers were not read.
Id: follow-pfnmap-lockdep-assert-null-vm-file-gpf
Version: 1
Title: general protection fault (NULL vm_file) in follow_pfnmap_start(): the lockdep assertion of the new follow_pfnmap API assumed every PFN-map VMA has a file
Arch: any (seen on x86_64, through x86 PAT's untrack_pfn())
Platform: CONFIG_LOCKDEP; a VM_PFNMAP VMA without vm_file walked by follow_pfnmap_start() (x86 PAT untrack on an mmap() error path), 6.12-rc kernels
Evidence: console
# The NULL dereference ...
Require: line /general protection fault|KASAN: null-ptr-deref|NULL pointer dereference/
# ... in follow_pfnmap_start()'s lockdep assertion (inlined helper named
# first by syzbot's annotated RIP).
Require: pc /^(pfnmap_lockdep_assert|follow_pfnmap_start)$/
# Reached from the x86 PAT code looking up the PFN of a PFN map it untracks.
Support: frame /^(follow_phys|get_pat_info|untrack_pfn)$/
Support: frame /^(unmap_single_vma|unmap_region|mmap_region)$/
Fixed-By: b1b46751671be5a426982f037a47ae05f37ff80b ("mm: fix follow_pfnmap API lockdep assert")
Fixed-In: v6.12
Link: https://lore.kernel.org/all/66fbc2d9.050a0220.6bad9.0057.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=093d096417e7038a689b
Link: https://lore.kernel.org/all/20241021085522.1da72792@canb.auug.org.au/
Test-Log: tests/data/signatures/follow-pfnmap-lockdep-assert-null-vm-file-gpf.log
Description:
 The follow_pfnmap API added in the 6.12 merge window asserts under lockdep
 that the caller holds the mmap lock or the i_mmap lock of the VMA's file,
 and reached the file through vma->vm_file without checking it.  A PFN-map
 VMA can lack a file: here mmap() failed after mapping, and while unmapping
 the new VMA x86 PAT's untrack_pfn() looked its PFN up through
 follow_pfnmap_start(), which oopsed on the NULL vm_file.  The fix tests
 vm_file before using it in the assertion.
