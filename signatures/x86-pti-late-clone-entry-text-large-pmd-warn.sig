# Facts: the fix's id, subject and trailers from Thomas Gleixner's 6.6.y/6.1.y/
# 5.10.y backport of it in reply to Jamie Heilman's report ("commit
# c48b5a4cf3125adb679e28ef093f66ff81368d05 upstream", Reported-by: Guenter
# Roeck, Link: 20240806184843.GX37996@noisy.programming.kicks-ass.net), which
# Jamie confirmed removes the warnings (Jamie's reply, In-Reply-To
# <87h6apcp9x.ffs@tglx>).  The introducing commit 3db03fb4995e ("x86/mm: Fix
# pti_clone_entry_text() for i386", backported to 6.6.46) from Jamie's report,
# which Thomas acknowledged ("Right."); its full id from the kernel test
# robot's bisection <202408121253.8a1d34f7-lkp@intel.com>.  Fixed-In
# stable 6.6.51 from the linux-6.6.y revlist that lists the fix just before
# "Linux 6.6.51"; no CVE row and no mainline release read, so no other Fixed-In.
# The Test-Log is Jamie Heilman's report <Zt6Bh2J5xMcCETbb@audible.transient.net>;
# the second is the kernel test robot's boot test of 3db03fb4995e itself on
# mainline (6.11.0-rc1-00006), which its bisection pins on that commit.
Id: x86-pti-late-clone-entry-text-large-pmd-warn
Version: 1
Title: i386 with PTI: WARNING in pti_clone_pgtable() at boot (pti_finalize): the late clone of the entry text met a large PMD that mark_readonly() had split in the kernel page tables
Arch: x86 (32-bit)
Platform: PTI enabled on i386, kernels carrying 3db03fb4995e without c48b5a4cf312 (6.11-rc1..rc2, stable backports from 6.6.46)
Evidence: console
# The WARN sites of the PTI cloning code (the large-PMD check in the PTE walk,
# and the missing target PTE after it), read by file so that both WARNING
# header forms hold.
Require: line /arch\/x86\/mm\/pti\.c:\d+/
# ... in the cloning function (the walk helpers may be inlined into it, or it
# into its callers).
Require: function /^(pti_clone_pgtable|pti_user_pagetable_walk_pte|pti_clone_entry_text|pti_clone_kernel_text)$/
# The late pass, after free_initmem()/mark_readonly(), from kernel_init.
Support: frame /^pti_finalize$/
Support: frame /^kernel_init$/
Support: arch /^i386$/
Introduced-By: 3db03fb4995ef85fc41e86262ead7b4852f4bcf0 ("x86/mm: Fix pti_clone_entry_text() for i386")
Fixed-By: c48b5a4cf3125adb679e28ef093f66ff81368d05 ("x86/mm: Fix PTI for i386 some more")
Fixed-In: stable 6.6.51
Link: https://lore.kernel.org/all/Zt6Bh2J5xMcCETbb@audible.transient.net/
Link: https://lkml.kernel.org/r/20240806184843.GX37996@noisy.programming.kicks-ass.net
Link: https://lore.kernel.org/oe-lkp/202408121253.8a1d34f7-lkp@intel.com
Test-Log: tests/data/signatures/x86-pti-late-clone-entry-text-large-pmd-warn.log
Test-Log: tests/data/signatures/occurrences/x86-pti-late-clone-entry-text-large-pmd-warn.2.log
Description:
 On i386 the entry text is cloned into the user (PTI) page tables twice: once
 before initcalls and once more from pti_finalize() after free_initmem() and
 mark_readonly().  Once 3db03fb4995e made that second pass clone the entry
 text at PTE level, it could meet PMDs that mark_readonly() had meanwhile
 split in the kernel page tables while the user copy still held the large
 mapping; pti_clone_pgtable() warned about the large PMD and then about the
 PTE it could not get.  The fix lets the late clone replace such a PMD, so
 the page tables stay in sync.  The boot continues; the user page tables may
 lack part of the entry text.
