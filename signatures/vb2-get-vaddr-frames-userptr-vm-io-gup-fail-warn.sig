# Facts: the introducing commit from syzbot's cause bisection in the thread
# ("syzbot has bisected this issue to: commit 6647e76ab623 v4l2: don't fall
# back to follow_pfn() if pin_user_pages_fast() fails"), which Linus Torvalds
# confirmed ("Yeah, that warning is kind of expected")
# <CAHk-=wh0=KdGcRGn4tMASp0ZMJH215Dw+5cFZgKZ=+ry5Kh7Rg@mail.gmail.com>; the fix
# from syzbot's fix bisection <0000000000001ff5ed06089d37f1@google.com>
# ("syzbot suspects this issue was fixed by commit 735de5caf79e...") and from
# the fix's 6.1-stable review <20231004175225.875791462@linuxfoundation.org>
# ("Upstream commit 735de5caf79e06cc9fb96b1b4f4974674ae3e917", Reported-by:
# Yikebaer Aizezi).  No CVE row and no release read: no Fixed-In.
# The Test-Log is syzbot's report <0000000000003a5c4905ef1044d6@google.com>
# (extid 59a71007ccac79e8bb69, upstream 6.1-rc7); the second is Yikebaer
# Aizezi's own report <CALcu4rYL4DJdGR=0Uk8Z9q9N2ihX5Y+mkeEjqrdjE62WL+98CA@mail.gmail.com>
# (Healer fuzzer, 6.5-rc6, mail-wrapped lines), the Reported-by of the fix.
# The third is the same warning in Hans Verkuil's 2023-03-02 patch dropping
# saa7146 USERPTR support <20230302130330.1125172-17-hverkuil-cisco@xs4all.nl>
# (v4l2-compliance, 6.2-rc7, modular vb2 dma-sg), a driver-side workaround
# before the fix removed the warning for all.
# The fourth is KernelCI's v4l2-compliance-uvc run on 5.15.91 stable
# (kernelci/kernelci-project#173, Chromebook arm64, LAVA log with line
# numbers and kernel log levels), the same WARN_ONCE text at the same site.
Id: vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn
Version: 1
Title: WARNING "get_vaddr_frames() cannot follow VM_IO mapping": a V4L2 USERPTR buffer whose pin_user_pages_fast() failed (no follow_pfn() fallback any more) warned for any bad user address
Arch: any (seen on x86_64)
Platform: videobuf2 USERPTR buffers (QBUF/PREPARE_BUF) on a user range GUP cannot pin: VM_IO/VM_PFNMAP mappings, or simply an unmapped address
Evidence: console
# The WARN_ONCE text itself, printed just before the WARNING line (so read
# as context when no cut-here line opens the report) ...
Require: log /get_vaddr_frames\(\) cannot follow VM_IO mapping/
# ... from videobuf2's frame vector helper on a USERPTR buffer.
Require: function /^(get_vaddr_frames|vb2_create_framevec)$/
Support: frame /^(vb2_create_framevec|vb2_vmalloc_get_userptr|vb2_dma_sg_get_userptr|vb2_dc_get_userptr|__prepare_userptr)$/
Introduced-By: 6647e76ab623b2b3fb2efe03a86e9c9046c52c33 ("v4l2: don't fall back to follow_pfn() if pin_user_pages_fast() fails")
Fixed-By: 735de5caf79e06cc9fb96b1b4f4974674ae3e917 ("media: vb2: frame_vector.c: replace WARN_ONCE with a comment")
Link: https://lore.kernel.org/all/0000000000003a5c4905ef1044d6@google.com/
Link: https://syzkaller.appspot.com/bug?extid=59a71007ccac79e8bb69
Link: https://lore.kernel.org/all/CAHk-=wh0=KdGcRGn4tMASp0ZMJH215Dw+5cFZgKZ=+ry5Kh7Rg@mail.gmail.com/
Test-Log: tests/data/signatures/vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn.log
Test-Log: tests/data/signatures/occurrences/vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn.2.log
Test-Log: tests/data/signatures/occurrences/vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn.3.log
Test-Log: tests/data/signatures/occurrences/vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn.4.log
Test-Not: tests/data/signatures/lookalikes/vb2-get-vaddr-frames-userptr-vm-io-gup-fail-warn.frame-vec-foll-longterm-pin-user-pages-locked.log
Workaround: none needed beyond the warning itself (the buffer is refused with an error); on panic_on_warn systems avoid USERPTR buffers on unpinnable ranges, or use DMABUF/MMAP buffers
Description:
 get_vaddr_frames() used to fall back to follow_pfn() when
 pin_user_pages_fast() could not pin a USERPTR buffer, which could hand the
 driver raw, unreferenced page frames of VM_IO/VM_PFNMAP mappings that might
 be freed under it.  The fallback was removed and replaced by a WARN_ONCE
 saying VM_IO mappings can no longer be followed, but that warning fired
 for every pin failure, including a plain bad address from user space, so
 fuzzers hit it at will.  The fix drops the warning and keeps only the
 error return and a comment.
