# Facts: the fix's id, subject, Fixes: and Reported-by/Link trailers from its
# 6.1-stable review <20230328142626.215642889@linuxfoundation.org> ("commit
# 6db504ce55bd... upstream"; Reported-by: Pengfei Xu with Link to
# <ZAdUUhSbaa6fHS36@xpf.sh.intel.com>, Reported-by:
# syzbot+2ee18845e89ae76342c5 with the dashboard link; Fixes: a5f18ba07276).
# First fixed releases and the introducing commit from
# research/cna-fixes.tsv (CVE-2023-53614: mainline 6.3, stable 6.1.22 and
# 6.2.9, introduced by a5f18ba07276).
# The Test-Logs are the syzbot report <0000000000006b8dad05ddc47e92@google.com>
# (linux-next 20220428) and Pengfei Xu's syzkaller report on v6.3-rc1
# <ZAdUUhSbaa6fHS36@xpf.sh.intel.com>, both named by the fix.
Id: ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn
Version: 1
Title: "suspicious RCU usage" in the maple tree when writing 2 to /sys/kernel/mm/ksm/run: KSM's unmerge loop walked the VMA tree of an mm that exit_mmap() had already torn down
Arch: any (seen on x86_64)
Platform: KSM unmerge (echo 2 > /sys/kernel/mm/ksm/run) racing with the exit of a process that had MADV_MERGEABLE areas
Evidence: console
# The lockdep RCU splat of a maple-tree read without the mmap_lock the tree
# expects (its external-lock flag was cleared when exit_mmap() destroyed it) ...
Require: line /lib\/maple_tree\.c:\d+ suspicious rcu_dereference_check\(\) usage/
# ... from KSM's "unmerge all" loop, inlined into the sysfs run_store().
Require: frame /^(unmerge_and_remove_all_rmap_items|run_store)$/
Support: frame /^(mas_walk|mas_find|vma_find|vma_next)$/
Support: line /\(ksm_thread_mutex\)/
Introduced-By: a5f18ba0727656bd1fe3bcdb0d563f81790f9a04 ("mm/ksm: use vma iterators instead of vma linked list")
Fixed-By: 6db504ce55bdbc575723938fc480713c9183f6a2 ("mm/ksm: fix race with VMA iteration and mm_struct teardown")
Fixed-In: v6.3
Fixed-In: stable 6.1.22
Fixed-In: stable 6.2.9
Link: https://lore.kernel.org/all/0000000000006b8dad05ddc47e92@google.com/
Link: https://syzkaller.appspot.com/bug?extid=2ee18845e89ae76342c5
Link: https://lore.kernel.org/lkml/ZAdUUhSbaa6fHS36@xpf.sh.intel.com/
Link: https://lkml.kernel.org/r/20230308220310.3119196-1-Liam.Howlett@oracle.com
Link: https://cve.org/CVERecord/?id=CVE-2023-53614
Test-Log: tests/data/signatures/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.log
Test-Log: tests/data/signatures/occurrences/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.2.log
Test-Not: tests/data/signatures/lookalikes/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.syzbot-mbind-vma-find-rcu-3.log
Test-Not: tests/data/signatures/lookalikes/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.syzbot-mbind-vma-find-rcu-3-repro.log
Test-Not: tests/data/signatures/lookalikes/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.syzbot-anon-vma-prepare-vma-lock-rcu-2.log
# The same maple-tree RCU splat from munmap()'s validate_mm() with no lock
# held (syzbot 8645fe63c4d22c8d27b8, cause-bisected to a52f58b34afe on
# linux-next): another bug, kept apart by the KSM frames.
Test-Not: tests/data/signatures/lookalikes/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.munmap-validate-mm.log
Test-Log: tests/data/signatures/occurrences/ksm-unmerge-all-vma-iter-exiting-mm-rcu-warn.3.log
Description:
 Writing 2 to /sys/kernel/mm/ksm/run unmerges every KSM page: for each mm
 registered with KSM it takes the mmap_lock for reading and walks the VMAs.
 When KSM moved from the VMA linked list to the maple-tree VMA iterator,
 the check for an exiting mm stayed inside the loop, after the first
 iterator step.  exit_mmap() destroys the maple tree under the mmap_lock
 and clears the tree's external-lock flag, so the iterator then read a
 destroyed tree that no longer declared the mmap_lock as its lock, and
 lockdep reported a suspicious rcu_dereference_check() in mas_walk().  The
 fix checks for the exiting mm before iterating at all.
