# Facts: the fix's id, subject and trailers (Fixes: 44e602b4e52f, Reported-by:
# syzbot+f7dc54e5be28950ac459 and syzbot+a75ebe0452711c9e56d9, Cc: stable
# v5.15+) from Greg Kroah-Hartman's note that it was added to char-misc-linus
# <166204178844166@kroah.com> ("From 1da52815d5f1... Mon Sep 17 00:00:00
# 2001"), confirmed as the mainline id by the 5.15-stable review
# "[PATCH 5.15 047/107]" of 6 Sep 2022 ("commit 1da52815d5f1... upstream");
# research/cna-fixes.tsv (CVE-2022-49947) lists 1da52815d5f1 among the fix
# commits and 44e602b4e52f as the introducing commit, with no release, so
# no Fixed-In.
# The Test-Logs are syzbot's report <0000000000007e7b2605e6ba1a41@google.com>
# (linux-next next-20220819, gcc) and its report "general protection fault
# in binder_alloc_new_buf_locked" <000000000000ae694805e7b2bda3@google.com>
# (upstream 6.0-rc3, clang, bisected to 44e602b4e52f), which Carlos Llamas,
# the fix's author, marks "#syz dup:" of the first <YxIm8/d293sSuECc@google.com>.
# A third, syzbot's "general protection fault in binder_alloc_print_pages"
# <000000000000641ee505e6bc7e3c@google.com> (debugfs stats path), is the
# fix's second Reported-by.
Id: binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref
Version: 2
Title: NULL pointer dereference taking the mmap lock in binder_alloc_new_buf(): binder locked alloc->vma_vm_mm before mmap() had set it
Arch: any (seen on x86_64)
Platform: Android binder (CONFIG_ANDROID_BINDER_IPC): a transaction to, or a debugfs stats dump of, a binder_proc that never mmap()ed its buffer
Evidence: console
# A NULL pointer access ...
Require: line /(general protection fault|KASAN: null-ptr-deref|BUG: kernel NULL pointer dereference|Unable to handle kernel NULL pointer dereference)/
# ... while taking a read lock (lockdep or the rwsem itself) ...
Require: function /^(__lock_acquire|lock_acquire|down_read\w*|__down_read\w*|rwsem_down_read\w*|mmap_read_lock)$/
# ... on the mm that binder's buffer allocator (or its debugfs page dump)
# had not recorded yet.
Require: frame /^binder_alloc_(new_buf(_locked)?|print_pages)$/
Support: frame /^mmap_read_lock$/
Support: frame /^(binder_transaction|binder_ioctl|binder_ioctl_write_read)$/
# the same allocator looking its VMA up without the mmap lock WARNs in the
# lock assertion instead, or hits its VM_BUG_ON_MM without lockdep
# (binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn)
Reject: line /(WARNING: .*at|kernel BUG at) include\/linux\/mmap_lock\.h:\d+/
Introduced-By: 44e602b4e52f70f04620bbbf4fe46ecb40170bde ("binder_alloc: add missing mmap_lock calls when using the VMA")
Fixed-By: 1da52815d5f1b654c89044db0cdc6adce43da1f1 ("binder: fix alloc->vma_vm_mm null-ptr dereference")
Link: https://lore.kernel.org/all/0000000000007e7b2605e6ba1a41@google.com/
Link: https://syzkaller.appspot.com/bug?extid=f7dc54e5be28950ac459
Link: https://syzkaller.appspot.com/bug?extid=a75ebe0452711c9e56d9
Link: https://lore.kernel.org/r/20220829201254.1814484-2-cmllamas@google.com
Link: https://cve.org/CVERecord/?id=CVE-2022-49947
Test-Log: tests/data/signatures/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.log
Test-Log: tests/data/signatures/occurrences/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.2.log
Test-Log: tests/data/signatures/occurrences/binder-alloc-vma-vm-mm-unset-mmap-lock-null-deref.3.log
Test-Not: tests/data/signatures/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.log
Test-Not: tests/data/signatures/occurrences/binder-alloc-vma-lookup-without-mmap-lock-find-vma-warn.2.log
Description:
 To look up its VMA under the mmap lock, binder's buffer allocator (and
 its debugfs page statistics) took mmap_read_lock() on alloc->vma_vm_mm,
 but that pointer was only set when the process mmap()ed the binder
 device.  A transaction sent to a process that never mapped its buffer
 therefore took the lock of a NULL mm and faulted at a small offset.
 The fix records current->mm when the binder device is opened.
