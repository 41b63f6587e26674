# Facts: CVE-2024-44943 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2024/CVE-2024-44943.mbox), which quotes
# the fix's message.
Id: gup-slow-try-grab-folio-longterm-cma-warn
Version: 4
Title: WARNING in __get_user_pages on a FOLL_LONGTERM pin of a CMA page (or kernel BUG in try_get_folio): the slow path reused GUP-fast's try_grab_folio() and its longterm check
Arch: any (seen on x86_64 pinning SEV guest memory)
Platform: FOLL_LONGTERM pins (pin_user_pages*) of pages in CMA / ZONE_MOVABLE
Evidence: console
# the slow path started using try_grab_folio() in 6.6 (the introducing commit)
Reject: release /^([0-5]\.|6\.[0-5](\.|-|$))/
Variant: cma-longterm-warn
# Remote access to another process's memory (/proc/pid/mem, ptrace) takes
# plain references, never a FOLL_LONGTERM pin: a WARN in __get_user_pages
# there is another check, such as the 6.5 cycle's stack-expansion warning
# (this variant only: the slow path's not-atomic BUG may come that way).
Reject: frame /^(__access_remote_vm|access_remote_vm|mem_rw|ptrace_access_vm)$/
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /WARNING: .* at mm\/gup\.c:\d+ __get_user_pages(\.[\w.]+)?\+/
Require: frame /^__gup_longterm_locked$/
Support: frame /^(pin_user_pages(_fast|_remote|_unlocked)?|internal_get_user_pages_fast|sev_pin_memory)$/
# Added after the held-out test on the kernel test robot's report (trinity,
# process_vm_readv): the same slow-path use of try_grab_folio() trips the
# VM_BUG_ON(!in_atomic() && !irqs_disabled()) of the RCU-style reference
# grab when __get_user_pages() runs in process context (David Hildenbrand's
# reading of the BUG in that thread); the fix's message says the slow path
# must not use it.
Variant: slow-path-not-atomic
Require: line /kernel BUG at include\/linux\/page_ref\.h:\d+/
Require: function /^(try_get_folio|try_grab_folio|folio_ref_try_add_rcu)$/
# ... reached from the slow path, not from GUP-fast (IRQs off there).
Require: frame /^__get_user_pages$/
Support: frame /^(__gup_longterm_locked|pin_user_pages(_remote|_unlocked)?|get_user_pages_remote|process_vm_rw(_core|_single_vec)?)$/
Introduced-By: 57edfcfd3419b4799353d8cbd6ce49da075cfdbd
Fixed-By: f442fa6141379a20b48ae3efabee827a3d260787 ("mm: gup: stop abusing try_grab_folio")
Fixed-In: v6.10
Fixed-In: stable 6.6.47
Link: https://git.kernel.org/stable/c/f442fa6141379a20b48ae3efabee827a3d260787
Link: https://lore.kernel.org/linux-mm/1719478388-31917-1-git-send-email-yangge1116@126.com/
Link: https://cve.org/CVERecord/?id=CVE-2024-44943
Link: https://lore.kernel.org/oe-lkp/202405311534.86cd4043-lkp@intel.com
Test-Log: tests/data/signatures/gup-slow-try-grab-folio-longterm-cma-warn.log
Test-Log: tests/data/signatures/occurrences/gup-slow-try-grab-folio-longterm-cma-warn.2.log
Test-Not: tests/data/signatures/lookalikes/gup-slow-try-grab-folio-longterm-cma-warn.stack-expansion-warning-crashpad.log
Test-Not: tests/data/signatures/lookalikes/gup-slow-try-grab-folio-longterm-cma-warn.proc-mem-write-force-shared-cow-refuse-4.5-rc1.log
Test-Not: tests/data/signatures/lookalikes/gup-slow-try-grab-folio-longterm-cma-warn.lkp-a425ac5365-stack-expansion-process-vm-readv.log
Description:
 try_grab_folio() was written for GUP-fast: it takes a reference only if
 the count is not zero and refuses folios that may not be pinned for the
 long term, such as CMA pages.  The slow path used it too.  A longterm pin
 of a CMA page (KVM pinning SEV guest memory) fails in GUP-fast, falls back
 to the slow path to migrate the page out of CMA, fails the same check
 there and hits the WARN_ON_ONCE after try_grab_folio() in
 __get_user_pages(); the pin fails.  The same misuse also trips the
 VM_BUG_ON in try_get_folio() that wants IRQs or preemption off (the
 reference grab is RCU-style for GUP-fast): the kernel test robot hit it
 with trinity through process_vm_readv() and pin_user_pages_remote() on a
 6.7-rc4 based kernel.  The fix gives the slow path its own helper.
