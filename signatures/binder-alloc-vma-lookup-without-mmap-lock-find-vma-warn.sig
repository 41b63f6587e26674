# Facts: the mainline id, subject and trailers (Fixes: a43cfc87caaf,
# Reported-by: Ondrej Mosnacek and syzbot+a7b60a176ec13cafb793, Link:
# 20220810160209.1630707-1-Liam.Howlett@oracle.com) from the 5.19-stable
# review <20220829105814.857786586@linuxfoundation.org> ("commit
# 44e602b4e52f... upstream"); research/cna-fixes.tsv (CVE-2022-50240) gives
# a43cfc87caaf as the mainline commit of "android: binder: stop saving a
# pointer to the VMA", itself a fix backported to stable, and (CVE-2022-49947)
# 44e602b4e52f as the commit a later binder fix corrects.  No release is
# stated for 44e602b4e52f by a source read, so no Fixed-In.
# The Test-Logs are syzbot's report <00000000000085cb1705e5b5d9f6@google.com>
# and its reproducer crash <0000000000007cda2705e5bfe389@google.com>, both on
# linux-next next-20220808; occurrence 3 is Casey Schaufler's 6.0-rc2 report
# as quoted in Paul Moore's reply <CAHC9VhRtO78=N2acDrsMqXE-oSWGmPGRPqRRwH+CPZy2ZQ6gMA@mail.gmail.com>.
Id: binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn
Version: 3
Title: WARNING (or, without lockdep, kernel BUG) in find_vma (mmap_assert_locked) from binder_alloc_new_buf(): binder looked up its VMA without holding the mmap lock after it stopped caching the VMA pointer
Arch: any (seen on x86_64)
Platform: Android binder (CONFIG_ANDROID_BINDER_IPC), lockdep/mmap_lock assertions enabled
Evidence: console
# The mmap_lock assertion of the VMA lookup ... mmap_assert_locked() is a
# lockdep assertion (a WARNING) followed by VM_BUG_ON_MM() on the rwsem, so a
# CONFIG_DEBUG_VM kernel without lockdep stops at "kernel BUG at
# include/linux/mmap_lock.h" instead (Casey Schaufler's 6.0-rc2 SELinux
# testsuite report, occurrence 3) ...
Require: line /(WARNING: .*at|kernel BUG at) include\/linux\/mmap_lock\.h:[0-9]+/
# ... reached from binder's buffer allocator (or its debugfs page dump), which
# looks up its own VMA in the target's mm.
Require: frame /^(binder_alloc_new_buf(_locked)?|binder_alloc_get_vma|binder_alloc_print_pages)$/
Support: function /^(find_vma|vma_lookup|mmap_assert_locked)$/
# The same binder path reaches another mmap_lock assertion that is another
# bug: syzbot's "WARNING in track_pfn_remap" of next-20230428, where
# vm_insert_page() -> track_pfn_remap() -> vm_flags_set() asserts the write
# lock (bisected to 4406ea87ff20 "mm: keep memory type same on DEVMEM
# Page-Fault"; the Test-Not below).  This bug's assertion is the lookup's,
# on the read lock.
Reject: function /^(mmap_assert_write_locked|vm_insert_page)$/
Support: frame /^(binder_transaction|binder_ioctl)$/
Introduced-By: a43cfc87caaf46710c8027a8c23b8a55f1078f19 ("android: binder: stop saving a pointer to the VMA")
Fixed-By: 44e602b4e52f70f04620bbbf4fe46ecb40170bde ("binder_alloc: add missing mmap_lock calls when using the VMA")
Link: https://lore.kernel.org/all/00000000000085cb1705e5b5d9f6@google.com/
Link: https://syzkaller.appspot.com/bug?extid=a7b60a176ec13cafb793
Link: https://lkml.kernel.org/r/20220810160209.1630707-1-Liam.Howlett@oracle.com
Test-Log: tests/data/signatures/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.log
Test-Log: tests/data/signatures/occurrences/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.2.log
Test-Log: tests/data/signatures/occurrences/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.3.log
Test-Log: tests/data/signatures/occurrences/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.4.log
# the .4 log again, kept in the corpus for its golden report (the trace
# after the panic_on_warn dump's register lines is the report's)
Test-Log: tests/data/corpus/x86/syzkaller-warn-cut-short-panic-on-warn-dump-binder-find-vma.log
Test-Not: tests/data/signatures/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.log
Test-Not: tests/data/signatures/occurrences/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.2.log
Test-Not: tests/data/signatures/occurrences/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.3.log
Test-Not: tests/data/syzbot-mail/reports/368
Description:
 Binder used to keep a pointer to the VMA of its mapping; a change made it
 look the VMA up in the owning mm each time instead.  The lookup in the
 buffer allocation path (and in the debugfs page statistics) was done
 without taking the mmap lock, so with the VMA lookup asserting that the
 lock is held, every binder transaction needing a buffer warned; without
 the assertion the lookup raced with munmap().  The fix takes the mmap read
 lock around the lookups.
