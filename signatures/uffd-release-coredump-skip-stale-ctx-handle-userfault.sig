# Facts: the fix's full id from the stable backports ("[ Upstream commit
# 46d0b24c5ee10a15dfb25e20642f5a5ed59c5003 ]"); its subject, Fixes:
# 04f5866e41fb (12 digits, as the fix gives it), Reported-by and Tested-by
# Kefeng Wang from the -mm merge notice <20190826213145.YOKQLV6pE%akpm@linux-foundation.org>.
# The mechanism (a page fault finds userfaultfd_missing() true and uses a
# userfaultfd_ctx that userfaultfd_release() freed without clearing the VMA,
# because it skipped the VMA walk while the mm was being core-dumped) from
# the fix's description and Oleg Nesterov's reply <20190815095409.GC32051@redhat.com>.
# 04f5866e41fb was backported to stable trees (the reporter reproduced on
# 4.4 LTS), so no release bound; no CVE row and no source naming the first
# release with the fix: no Fixed-In.
# The Test-Logs are Kefeng Wang's report <d4583416-5e4a-95e7-a08a-32bf2c9a95fb@huawei.com>
# and his KASAN run in the same thread <0cfded81-6668-905f-f2be-490bf7c750fb@huawei.com>.
Id: uffd-release-coredump-skip-stale-ctx-handle-userfault
Version: 3
Title: kernel BUG in handle_userfault(): userfaultfd_release() skipped clearing the VMAs' uffd flags and context while the mm was being core-dumped, so a later fault used the freed userfaultfd_ctx
Arch: any (seen on x86_64)
Platform: closing a userfaultfd while its process is core dumping, then faulting on a registered range (e.g. UFFDIO_COPY from a registered source)
Evidence: console
# The fault on a registered VMA enters handle_userfault() with the stale
# context.
Require: function /^handle_userfault$/
Support: frame /^(__handle_mm_fault|handle_mm_fault)$/
Support: frame /^(mcopy_atomic|userfaultfd_ioctl)$/
# the fault comes after the core dump, from a task faulting on the range:
# a fault the core dump itself takes there (get_dump_page) is another bug,
# Andrea Arcangeli's 2017 shmem report on 4.11
Reject: frame /^(get_dump_page|elf_core_dump|do_coredump)$/
Variant: bug-on
# Without KASAN: the BUG_ON on the context's mm in handle_userfault()
# itself, not in a helper it calls (a refcount BUG in userfaultfd_ctx_get()
# reached from handle_userfault() is the 2017 fork-event bug, fixed by
# 0cbb4b4f4c44).
Require: line /kernel BUG at \S*fs\/userfaultfd\.c:\d+!/
Require: pc /^handle_userfault$/
Variant: kasan-uaf
# With KASAN: the read of the freed context in handle_userfault(), the
# object freed by userfaultfd_release() (the fork-event bug frees it from
# the fork path, other handle_userfault() use-after-frees free a VMA).
Require: line /KASAN: use-after-free (Read |Write )?in handle_userfault\b/
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\buserfaultfd_release(\.[\w.]+)?\+0x[0-9a-f]+\/0x[0-9a-f]+/
Support: line /cache userfaultfd_ctx_cache\b/
Introduced-By: 04f5866e41fb ("coredump: fix race condition between mmget_not_zero()/get_task_mm() and core dumping")
Fixed-By: 46d0b24c5ee10a15dfb25e20642f5a5ed59c5003 ("userfaultfd_release: always remove uffd flags and clear vm_userfaultfd_ctx")
Link: https://lore.kernel.org/linux-mm/d4583416-5e4a-95e7-a08a-32bf2c9a95fb@huawei.com/
Link: http://lkml.kernel.org/r/20190820160237.GB4983@redhat.com
Link: https://lore.kernel.org/linux-mm/0cfded81-6668-905f-f2be-490bf7c750fb@huawei.com/
Test-Log: tests/data/signatures/uffd-release-coredump-skip-stale-ctx-handle-userfault.log
Test-Log: tests/data/signatures/occurrences/uffd-release-coredump-skip-stale-ctx-handle-userfault.2.log
Test-Not: tests/data/signatures/lookalikes/uffd-release-coredump-skip-stale-ctx-handle-userfault.fork-event-ctx-get-bug.log
Test-Not: tests/data/signatures/lookalikes/uffd-release-coredump-skip-stale-ctx-handle-userfault.shmem-coredump-no-mmap-sem-4.11.log
Description:
 A change that made code working on another process's mm back off while
 that mm is being core-dumped also made userfaultfd_release() skip its walk
 over the VMAs when the mm was dumping.  The VMAs then kept their uffd flags
 and a pointer to the userfaultfd context, which release freed anyway.  A
 later page fault on such a VMA saw it as userfaultfd-registered and entered
 handle_userfault() with the freed context, tripping its sanity BUG_ON (or,
 under KASAN, a use-after-free).  The fix always clears the flags and the
 context, and only skips the merging of VMAs.
