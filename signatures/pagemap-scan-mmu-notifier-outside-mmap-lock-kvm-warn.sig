# Facts: research/cna-fixes.tsv CVE-2024-26617 (fix, introducing commit,
# mainline and stable releases).  Tie to the report: syzbot's fix bisection on
# extid c74f40907a9c0479af10 points to 4cccb6221cae, and Sean Christopherson
# replies <Zec_J7VKp_4QAP0Z@google.com> "#syz fix: fs/proc/task_mmu: move mmu
# notification mechanism inside mm lock"; the introducing commit's subject is
# the one the report's bisection names.
Id: pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn
Version: 1
Title: PAGEMAP_SCAN ioctl starts an MMU-notifier invalidation without mmap_lock, KVM's notifier WARNs in __kvm_handle_hva_range()
Arch: generic (seen on x86_64 with KVM)
Platform: /proc/PID/pagemap PAGEMAP_SCAN on a process that has a KVM VM (or another MMU-notifier user)
Evidence: console
# The WARN is KVM's sanity check in its invalidate_range_start handler; with
# the helper inlined it is printed under either name.
Require: line /at [^ ]*virt\/kvm\/kvm_main\.c:\d+ (__kvm_handle_hva_range|kvm_mmu_notifier_invalidate_range_start)\b/
# The caller the fix changes: the PAGEMAP_SCAN walk.
Require: frame /^do_pagemap_scan$/
Support: frame /^__mmu_notifier_invalidate_range_start$/
Support: frame /^do_pagemap_cmd$/
Introduced-By: 52526ca7fdb905a768a93f8faa418e9b988fc34b ("fs/proc/task_mmu: implement IOCTL to get and optionally clear info about PTEs")
Fixed-By: 4cccb6221cae6d020270606b9e52b1678fc8b71a ("fs/proc/task_mmu: move mmu notification mechanism inside mm lock")
Fixed-In: v6.8
Fixed-In: stable 6.7.3
Link: https://git.kernel.org/stable/c/4cccb6221cae6d020270606b9e52b1678fc8b71a
Link: https://lore.kernel.org/all/000000000000376d93060a5207ed@google.com/
Link: https://syzkaller.appspot.com/bug?extid=c74f40907a9c0479af10
Link: https://cve.org/CVERecord/?id=CVE-2024-26617
Test-Log: tests/data/signatures/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.log
Test-Log: tests/data/signatures/occurrences/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.2.log
Description:
 do_pagemap_scan() announced the invalidation of the scanned range to the
 MMU notifiers before it took mmap_lock, so secondary MMUs such as KVM ran
 their invalidate_range_start() handler without the mm lock they depend on,
 and KVM's handler (__kvm_handle_hva_range) tripped its sanity WARN.  The
 fix starts and ends the notifier invalidation inside the mmap_lock section
 of the walk.
