# Facts: the fix's id and subject from Thomas Gleixner's backport mail
# <87h6apcp9x.ffs@tglx> ("commit c48b5a4cf3125adb679e28ef093f66ff81368d05
# upstream", "[PATCH 6.6.y, 6.1.y, 5.10.y] x86/mm: Fix PTI for i386 some
# more"), which answers Jamie Heilman's report <Zt6Bh2J5xMcCETbb@audible.transient.net>
# ("Right. ... See backport below."); the fix's own message there names
# Guenter Roeck as reporter.  The introducing commit from Guenter Roeck's
# bisection <e541b49b-9cc2-47bb-b283-2de70ae3a359@roeck-us.net> and from
# Jamie Heilman's report (3db03fb4995e, "x86/mm: Fix pti_clone_entry_text()
# for i386", reached stable in 6.6.46).  No CVE row; no mainline release read,
# so no mainline Fixed-In.  The stable releases from the 6.6.51-rc1 and
# 6.10.10-rc1 stable review shortlogs listing "x86/mm: Fix PTI for i386 some
# more" (6.6.51's revlist has it before the "Linux 6.6.51" commit).
# The mechanism from the fix's message: the entry text is cloned twice into
# the user page tables, the second time from pti_finalize() after
# mark_readonly() may have split the kernel's PMDs; pti_clone_pgtable() then
# met a user PMD cloned as a large page where it now wanted a PTE table.
# The Test-Logs are Jamie Heilman's 6.6.50 report and Guenter Roeck's two quoted
# WARNING lines from v6.11-rc2 (see MANIFEST.tsv).
Id: x86-pti-late-entry-text-clone-split-pmd-warn
Version: 2
Title: i386 PTI: WARNINGs in pti_clone_pgtable() at boot, the late entry-text clone after mark_readonly() meets PMDs the RO marking split (pti_clone_entry_text() i386 fix)
Arch: x86 (32-bit)
Platform: i386 with PTI, stable kernels carrying 3db03fb4995e (6.6.46 and later) and 6.11-rc2
Evidence: console
# The WARN_ON_ONCE()s of the user page-table walk inlined into
# pti_clone_pgtable() (pti.c:256, the user PMD is a large page; pti.c:394,
# the walk gave no PMD).  Tolerant of the 6.19 header layout and of a build
# that does not inline the walk or the clone into each other.
# pti_clone_pgtable is static in arch/x86/mm/pti.c (v6.11): a build may inline it, with pti_clone_entry_text, into pti_finalize
Require: line /WARNING: (CPU: \d+ PID: \d+ at )?arch\/x86\/mm\/pti\.c:\d+ (at )?(pti_clone_pgtable|pti_user_pagetable_walk_pmd|pti_clone_entry_text|pti_finalize)\b/
# The second, late clone is the one that goes wrong.
Support: frame /^pti_finalize$/
Support: function /^(pti_clone_pgtable|pti_user_pagetable_walk_pmd|pti_clone_entry_text)$/
Support: arch /^i386$/
Introduced-By: 3db03fb4995ef85fc41e86262ead7b4852f4bcf0 ("x86/mm: Fix pti_clone_entry_text() for i386")
Fixed-By: c48b5a4cf3125adb679e28ef093f66ff81368d05 ("x86/mm: Fix PTI for i386 some more")
Fixed-In: stable 6.6.51
Fixed-In: stable 6.10.10
# Workaround not stated: no source checks this one: boot with pti=off, which leaves the user page-table clone out
Link: https://lore.kernel.org/all/Zt6Bh2J5xMcCETbb@audible.transient.net/
Link: https://lore.kernel.org/all/e541b49b-9cc2-47bb-b283-2de70ae3a359@roeck-us.net/
Link: https://lkml.kernel.org/r/20240806184843.GX37996@noisy.programming.kicks-ass.net
Link: https://lore.kernel.org/all/202408121253.8a1d34f7-lkp@intel.com/
Test-Log: tests/data/signatures/x86-pti-late-entry-text-clone-split-pmd-warn.log
Test-Log: tests/data/signatures/occurrences/x86-pti-late-entry-text-clone-split-pmd-warn.2.log
# the kernel test robot's boot test of the introducing commit (6.11-rc1, qemu): the warning it bisected to 3db03fb4995e, the regression c48b5a4cf312 fixes
Test-Log: tests/data/signatures/occurrences/x86-pti-late-entry-text-clone-split-pmd-warn.3.log
Test-Log: tests/data/signatures/occurrences/x86-pti-late-entry-text-clone-split-pmd-warn.4.log
Description:
 With PTI, the kernel entry text is cloned into the user page tables twice on
 i386: once before the initcalls, so that usermode helpers work, and once
 more from pti_finalize() after free_initmem() and mark_readonly().  A fix
 that made the i386 entry-text clone page granular at its tail end let the
 late clone find kernel PMDs that mark_readonly() had meanwhile split into
 PTE tables, while the user copy still held the earlier PMD-level clone;
 pti_clone_pgtable() then warned twice per pass (a large user PMD where a
 PTE table was expected, then no PMD).  The fix lets the late clone split the user PMDs so the page
 tables stay in sync.
