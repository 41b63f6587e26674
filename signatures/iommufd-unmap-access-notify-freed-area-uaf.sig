# Facts: the fix's id, subject, trailers (Reported-by:
# syzbot+1ad12d16afca0e7d2dde, Closes: the report, Fixes: 51fe6141f0f6)
# from the 6.4-stable review of it <20230716194959.142133347@linuxfoundation.org>
# ("[ Upstream commit 804ca14d04df09bf7924bacc5ad22a4bed80c94f ]").  The
# introducing commit's subject as that Fixes: line gives it (12 hex only).
# No CVE row and no release read: no Fixed-In.
# The Test-Log is syzbot's report <0000000000001d40fc05fe385332@google.com>
# (extid 1ad12d16afca0e7d2dde, upstream 6.4-rc5, no reproducer yet); the
# second is the crash of the reproducer syzbot found later in the same thread
# <000000000000a9e20505fef4b35a@google.com> (6.4-rc7).  The Test-Not is the
# sibling syzbot report "KASAN: slab-use-after-free Read in
# iommufd_access_unpin_pages" <000000000000905eba05fe38e9f2@google.com>
# (extid 6c8d756f238a75fc3eb8, same kernel): Jason Gunthorpe marked it
# "#syz dup" of this bug <ZJCZrSE6QQtp03l1@ziepe.ca>, but it is the other
# half of the same series, fixed by dbe245cdf518 ("iommufd: Call
# iopt_area_contig_done() under the lock"), whose stable review
# <20230709111459.095503474@linuxfoundation.org> names that extid: the
# access's own unpin read the area after dropping iova_rwsem.
Id: iommufd-unmap-access-notify-freed-area-uaf
Version: 2
Title: KASAN use-after-free in iopt_unmap_iova_range(): after dropping the locks to tell in-kernel accesses (VFIO mdev, selftest) to unpin, the unmap loop read the area a concurrent unmap had freed
Arch: any (seen on x86_64)
Platform: iommufd with an access object (emulated VFIO device, iommufd selftest) pinning pages of an IOAS while two threads unmap it
Evidence: console
# The read of the freed area (its num_accesses) in the unmap loop; the
# static helper may be inlined into its callers on other builds, which then
# print it on an "[inline]" line of the header.
# iopt_unmap_iova_range is static in drivers/iommu/iommufd/io_pagetable.c: a build may inline it into iopt_unmap_all or iopt_unmap_iova
Require: line /KASAN: [\w-]*use-after-free (Read )?in (iopt_unmap_iova_range|iopt_unmap_all|iopt_unmap_iova)\b/
# An IOAS unmap from user space (IOMMU_IOAS_UNMAP, all or a range, or the
# VFIO type1 compatibility ioctl).
Require: frame /^(iopt_unmap_all|iopt_unmap_iova|iommufd_ioas_unmap|iommufd_vfio_unmap_dma|iommufd_vfio_ioctl)$/
# The area was freed by the concurrent unmap's abort of it.
Support: line /\biopt_abort_area\b/
Support: frame /^iommufd_fops_ioctl$/
Introduced-By: 51fe6141f0f6 ("iommufd: Data structure to provide IOVA to PFN mapping")
Fixed-By: 804ca14d04df09bf7924bacc5ad22a4bed80c94f ("iommufd: Do not access the area pointer after unlocking")
Link: https://lore.kernel.org/r/0000000000001d40fc05fe385332@google.com
Link: https://syzkaller.appspot.com/bug?extid=1ad12d16afca0e7d2dde
Link: https://lore.kernel.org/r/1-v2-9a03761d445d+54-iommufd_syz2_jgg@nvidia.com
Test-Log: tests/data/signatures/iommufd-unmap-access-notify-freed-area-uaf.log
Test-Log: tests/data/signatures/occurrences/iommufd-unmap-access-notify-freed-area-uaf.2.log
Test-Not: tests/data/signatures/lookalikes/iommufd-unmap-access-notify-freed-area-uaf.access-unpin-contig-done.log
Test-Not: tests/data/signatures/lookalikes/iommufd-unmap-access-notify-freed-area-uaf.dmabuf-unpin-no-resv-lock-warn.log
Description:
 When an IOAS range that an in-kernel access (an emulated VFIO device, the
 iommufd selftest) has pages pinned from is unmapped, iopt_unmap_iova_range()
 marks the area, drops the IOVA and domain locks and notifies the accesses
 so they unpin, then checks the area's access count again.  Another thread
 unmapping the same IOAS can meanwhile remove and free the area, so that
 re-check read freed memory.  The fix computes what the notification needs
 before unlocking and no longer touches the area afterwards, retrying with
 a bounded counter instead.
