# Facts: research/cna-fixes.tsv CVE-2024-26617 (fix, introducing commit,
# mainline and stable releases).  Tie to the report: syzbot's fix bisection on
# extid c74f40907a9c0479af10 points to 4cccb6221cae, and Sean Christopherson
# replies <Zec_J7VKp_4QAP0Z@google.com> "#syz fix: fs/proc/task_mmu: move mmu
# notification mechanism inside mm lock"; the fix itself, as applied to -mm
# (mm-commits notice, lfdr.de copy), carries Reported-by:
# syzbot+81227d2bd69e9dedb802 and Link: that report.  The introducing commit's
# subject is the one the reports' bisection names.
Id: pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn
Version: 3
Title: PAGEMAP_SCAN ioctl runs MMU-notifier invalidations outside mmap_lock, KVM's notifier WARNs (__kvm_handle_hva_range, kvm_mmu_notifier_change_pte)
Arch: generic (seen on x86_64 with KVM)
Platform: /proc/PID/pagemap PAGEMAP_SCAN on a process that has a KVM VM (or another MMU-notifier user)
Evidence: console
# Two crash sites, both KVM sanity WARNs on its MMU-notifier state: in the
# invalidate_range_start handler called from the PAGEMAP_SCAN walk itself, or
# later in the change_pte handler once KVM's count of active invalidations
# has underflowed (Sean Christopherson's analysis <ZZhTJ899Hzv8zuzX@google.com>;
# the fix quotes that WARN).
Variant: invalidate-range-start
# With the helper inlined the WARN is printed under either name.
Require: line /at [^ ]*virt\/kvm\/kvm_main\.c:\d+ (__kvm_handle_hva_range|kvm_mmu_notifier_invalidate_range_start)\b/
# The caller the fix changes: the PAGEMAP_SCAN walk.
# do_pagemap_scan is static in fs/proc/task_mmu.c: a build may inline it into do_pagemap_cmd
Require: frame /^(do_pagemap_scan|do_pagemap_cmd)$/
Support: frame /^__mmu_notifier_invalidate_range_start$/
Support: frame /^do_pagemap_cmd$/
Variant: change-pte-after-underflow
# The trace is that of an unrelated COW fault, so the WARN is tied to this bug
# by the kernels that have PAGEMAP_SCAN without the fix: the v6.7 merge window
# (6.6.0-N-gSHA builds), 6.7 and 6.8-rc.
Require: line /at [^ ]*virt\/kvm\/kvm_main\.c:\d+ kvm_mmu_notifier_change_pte\b/
Require: release /^6\.(6\.0-[a-z0-9-]*\d-g[0-9a-f]{7,}|7\.|8\.0-rc)/
Require: frame /^__mmu_notifier_change_pte$/
Support: frame /^(wp_page_copy|do_wp_page)$/
Introduced-By: 52526ca7fdb905a768a93f8faa418e9b988fc34b ("fs/proc/task_mmu: implement IOCTL to get and optionally clear info about PTEs")
Fixed-By: 4cccb6221cae6d020270606b9e52b1678fc8b71a ("fs/proc/task_mmu: move mmu notification mechanism inside mm lock")
Fixed-In: v6.8
Fixed-In: stable 6.7.3
Link: https://git.kernel.org/stable/c/4cccb6221cae6d020270606b9e52b1678fc8b71a
Link: https://lore.kernel.org/all/000000000000376d93060a5207ed@google.com/
Link: https://syzkaller.appspot.com/bug?extid=c74f40907a9c0479af10
Link: https://syzkaller.appspot.com/bug?extid=81227d2bd69e9dedb802
Link: https://lore.kernel.org/all/000000000000f6d051060c6785bc@google.com/
Link: https://cve.org/CVERecord/?id=CVE-2024-26617
Test-Log: tests/data/signatures/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.log
Test-Log: tests/data/signatures/occurrences/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.2.log
Test-Log: tests/data/signatures/occurrences/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.3.log
Test-Not: tests/data/signatures/lookalikes/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.syzbot-range-start-4-shmem-split.log
# The same empty-range WARN from two other callers, each fixed on the mm side:
# hugetlbfs hole punch (off-by-one in hugetlb_vmdelete_list()) and
# mremap() with old_len 0 (move_page_tables()).
Test-Not: tests/data/signatures/lookalikes/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.syzbot-hugetlb-vmdelete-empty-range.log
Test-Not: tests/data/signatures/lookalikes/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.syzbot-mremap-old-len-zero.log
Test-Not: tests/data/signatures/lookalikes/pagemap-scan-mmu-notifier-outside-mmap-lock-kvm-warn.uksm-out-of-tree-change-pte-5.15.log
Description:
 do_pagemap_scan() called mmu_notifier_invalidate_range_start() before it
 took mmap_lock and the matching end() only after the whole walk.  KVM could
 register its MMU notifier in between, so it saw an end() without a start()
 and its count of active invalidations underflowed; KVM's sanity WARNs fire
 in the invalidate handler reached from the walk or later in the change_pte
 handler of a COW fault.  The fix starts and ends the invalidation inside
 the mmap_lock section of each walk iteration.
