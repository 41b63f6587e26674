# Facts: the fix from syzbot's fix bisection
# <0000000000006d819905fe07c52f@google.com> ("syzbot suspects this issue was
# fixed by commit a5b44c4adb16..."), accepted by Dmitry Vyukov with
# "#syz fix: drm/fbdev-generic: Always use shadow buffering"
# <CACT4Y+bvzX7METN=jCcmY96dF-XNysYtF0s70Y2nxNNeYDUpsg@mail.gmail.com>.
# Fixed-In from Dave Airlie's "[git pull] drm for 6.4-rc1"
# <CAPM=9txgxnFundgAa9LrveUVUU9_8A1RK8-hy+3pg7tDMJmSPQ@mail.gmail.com>, which
# lists the commit ("always use shadow buffer in fbdev emulation helpers").
# No CVE row.  Introduced-By is syzbot's cause bisection in the report's
# thread <00000000000079478a05cc4a7730@google.com> (2021-09-18, "syzbot has
# bisected this issue to: commit 8b93d1d7dbd5...", linux-next 20210917); no
# maintainer confirmed it in what was read, hence (unverified).
# The Test-Logs are syzbot's report <000000000000fe7dd005cc2d77c0@google.com>
# (extid 2d4f8693f438d2bd4bdb, linux-next 20210917) and the crash of its
# reproducer <0000000000004d23aa05cc471360@google.com> (same tree, a
# MAP_PRIVATE mapping of /dev/fb1).  The Test-Not is the later "(2)" report
# on 6.5-rc6, a kernel with the fix, which syzbot cause-bisected to the vgem
# driver's switch to the shmem helpers instead: the same BUG_ON from another
# driver's mmap path, kept below medium by Fixed-In.
Id: drm-fbdev-generic-shmem-private-mmap-pfnmap-cow-bug
Version: 3
Title: kernel BUG in vmf_insert_pfn_prot from drm_gem_shmem_fault: the DRM fbdev emulation let a private (copy-on-write) mapping of /dev/fbN reach the shmem GEM buffer's VM_PFNMAP fault handler
Arch: any (seen on x86_64)
Platform: DRM drivers using the GEM shmem helpers with the generic fbdev emulation, a process mapping the fbdev device MAP_PRIVATE
Evidence: console
# The BUG_ON of vmf_insert_pfn_prot() ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /RIP: \S+:vmf_insert_pfn_prot(\.[\w.]+)?\+/
# ... from the shmem GEM helper's fault handler ...
Require: frame /^drm_gem_shmem_fault$/
# ... on a copy-on-write fault (a VM_PFNMAP mapping must not be a COW one).
Support: frame /^do_cow_fault$/
Introduced-By: 8b93d1d7dbd578fd296e70008b29c0f62d09d7cb ("drm/shmem-helper: Switch to vmf_insert_pfn") (unverified)
Fixed-By: a5b44c4adb1699661d22e5152fb26885f30a2e4c ("drm/fbdev-generic: Always use shadow buffering")
Fixed-In: v6.4
Link: https://lore.kernel.org/all/000000000000fe7dd005cc2d77c0@google.com/
Link: https://syzkaller.appspot.com/bug?extid=2d4f8693f438d2bd4bdb
Link: https://lore.kernel.org/all/CACT4Y+bvzX7METN=jCcmY96dF-XNysYtF0s70Y2nxNNeYDUpsg@mail.gmail.com/
Test-Log: tests/data/signatures/drm-fbdev-generic-shmem-private-mmap-pfnmap-cow-bug.log
Test-Log: tests/data/signatures/occurrences/drm-fbdev-generic-shmem-private-mmap-pfnmap-cow-bug.2.log
Test-Not: tests/data/signatures/lookalikes/drm-fbdev-generic-shmem-private-mmap-pfnmap-cow-bug.vgem-6.5.log
Test-Not: tests/data/signatures/lookalikes/drm-fbdev-generic-shmem-private-mmap-pfnmap-cow-bug.vgem-6.6-repro.log
Description:
 The generic fbdev emulation of DRM drivers built on the GEM shmem helpers
 could hand mmap() of the framebuffer device straight to the GEM buffer
 object, whose fault handler inserts page frames with
 vmf_insert_pfn_prot() into a VM_PFNMAP mapping.  A VM_PFNMAP mapping must
 not be copy-on-write, so a process mapping /dev/fbN with MAP_PRIVATE and
 touching it hit the BUG_ON for a PFN-mapped COW mapping in
 vmf_insert_pfn_prot().  The fix makes the fbdev emulation always render
 into a vmalloc'ed shadow buffer handled by fbdev deferred I/O, so the
 device's mmap no longer exposes the GEM object's fault handler.
