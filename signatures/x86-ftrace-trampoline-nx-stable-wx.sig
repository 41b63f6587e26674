# Facts: research/known-bugs.yaml id x86-ftrace-trampoline-nx-stable-wx.
Id: x86-ftrace-trampoline-nx-stable-wx
Version: 4
Title: x86 4.19.47/4.19.48: "kernel tried to execute NX-protected page" in an ftrace trampoline after the W^X module-loading backport
Arch: x86_64
Platform: any; seen on 4.19.47 and 4.19.48 stable with LTP ftrace-stress-test and with kprobes (bcc tools, kprobe_events)
Evidence: console
# the fetch faults in the module area: ffffffffc0... with KASLR, ffffffffa0... without
Require: header /unable to handle kernel paging request at ffffffff[a-f][0-9a-f]{7}\b/
Require: line /Oops: 0011 /
Support: context /kernel tried to execute NX-protected page/
# the backport came with 4.19.47 (both stable reports), the fix with 4.19.49
Support: release /^4\.19\.4[78]\b/
Support: context /ftrace/
# the 5.1 compaction regression (an invalid PFN isolated) also jumped into the
# module area: another bug
Reject: frame /^(compact_zone|isolate_freepages_block)$/
# a trampoline or a kprobe's instruction slot is in no module's symbols: its
# RIP prints as a bare address ("RIP: 0010:0xffffffffc0428000"); an NX fetch
# whose RIP names a function ran into a module's own text (a held-out ZFS
# report on 2.6.38, its module's pages left non-executable), another bug
Reject: pc /^[A-Za-z_.]/
Introduced-By: f2c65fb3221a ("x86/modules: Avoid breaking W^X while loading modules")
Introduced-By: 8715ce033eb3 ("x86/modules: Avoid breaking W^X while loading modules")
Fixed-By: 3c0dab44e22782359a0a706cbce72de99a22aa75 ("x86/ftrace: Set trampoline pages as executable")
Fixed-By: 7298e24f9042 ("x86/kprobes: Set instruction page as executable")
Fixed-By: d2a68c4effd8 ("x86/ftrace: Do not call function graph from dynamic trampolines")
Fixed-In: v5.2-rc1
Fixed-In: stable 4.19.49
Workaround: upgrade to 4.19.49 or later, or revert 8715ce033eb3 (the reporter's test); avoid ftrace and kprobes on 4.19.47 and 4.19.48
Link: https://lore.kernel.org/stable/20190606131558.GJ29739@sasha-vm/
Link: https://lore.kernel.org/r/5817eaac-29cc-6331-af3b-b9d85a7c1cd7@linux.alibaba.com
Test-Log: tests/data/signatures/x86-ftrace-trampoline-nx-stable-wx.log
Test-Log: tests/data/signatures/occurrences/x86-ftrace-trampoline-nx-stable-wx.2.log
Test-Log: tests/data/signatures/occurrences/x86-ftrace-trampoline-nx-stable-wx.3.log
Test-Not: tests/data/signatures/lookalikes/x86-ftrace-trampoline-nx-stable-wx.compaction-5.1.7.log
Test-Not: tests/data/signatures/lookalikes/x86-ftrace-trampoline-nx-stable-wx.zfs-2.6.38-kworker-znvpair-module-text.log
Test-Not: tests/data/signatures/lookalikes/x86-ftrace-trampoline-nx-stable-wx.reptile-khook-debian-4.19.67-usermodehelper.log
Test-Not: tests/data/signatures/lookalikes/x86-ftrace-trampoline-nx-stable-wx.deepflow-uprobe-tracefs-directmap-fetch.log
Description:
 "x86/modules: Avoid breaking W^X while loading modules" (upstream
 f2c65fb3221a, in 4.19.47 as 8715ce033eb3) keeps module_alloc() memory NX
 until it is finalised.  Ftrace dynamic trampolines and kprobe instruction
 pages also come from module_alloc(), and the companion patches that make
 them executable were not backported, so the first call into a trampoline is
 an instruction fetch from an NX page in the module area (Oops 0011).
