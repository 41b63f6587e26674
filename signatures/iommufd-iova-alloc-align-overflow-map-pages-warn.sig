# Facts: the fix's id, subject and trailers (Reported-by:
# syzbot+16073ebbc4c64b819b47, Closes: the report, Fixes: 51fe6141f0f6) from
# the 6.10-stable review of it <20241002125830.050977053@linuxfoundation.org>
# ("commit 8f6887349b2f829a4121c518aeb064fc922714e4 upstream"); the first
# fixed releases and the introducing commit from research/cna-fixes.tsv
# (CVE-2024-47719: mainline 6.12, stable 6.6.54, 6.10.13 and 6.11.2,
# introduced by 51fe6141f0f6).
# The Test-Log is syzbot's report <000000000000388410061a74f014@google.com>
# (extid 16073ebbc4c64b819b47, upstream 6.10-rc2); the second is the other
# syzbot crash (6.10-rc5, another PID and build) that the fix's own commit
# message quotes, from the same stable review mail.  The Test-Not is the later
# "WARNING in iopt_map_pages (2)" report <685af644.a00a0220.2e5631.0094.GAE@google.com>
# (extid c2f65e2801743ca64e08, 6.16-rc3): the same WARN from IOAS_MAP on a
# kernel with this fix, another ALIGN() wrap in the hole search that
# b42497e3c0e7 ("iommufd: Prevent ALIGN() overflow") fixed (its 6.12-stable
# review, 18 Aug 2025, "[PATCH 6.12 381/444]", carries that Reported-by); kept
# below medium by Fixed-In, as nothing on the console tells the two apart.
Id: iommufd-iova-alloc-align-overflow-map-pages-warn
Version: 1
Title: WARNING in iopt_map_pages() (iopt_alloc_area_pages): an automatic IOVA alignment taken from a huge user address overflowed ALIGN() and corrupted the range chosen for the new area
Arch: any (seen on x86_64)
Platform: iommufd IOMMU_IOAS_MAP or IOMMU_IOAS_COPY without a fixed IOVA, a user address or length with a very large alignment; the WARN is a CONFIG_IOMMUFD_TEST check
Evidence: console
# The sanity WARN on the area range in iopt_alloc_area_pages(), which is
# inlined into iopt_map_pages() (either may be named).
Require: line /WARNING: .* at drivers\/iommu\/iommufd\/io_pagetable\.c:\d+ (iopt_alloc_area_pages|iopt_map_pages)\b/
Require: function /^(iopt_alloc_area_pages|iopt_map_pages)$/
# Only a mapping whose IOVA the kernel allocates: IOAS_COPY or IOAS_MAP
# without IOMMU_IOAS_MAP_FIXED_IOVA.
Support: frame /^(iommufd_ioas_copy|iommufd_ioas_map|iopt_map_user_pages|iopt_map_common)$/
Support: frame /^iommufd_fops_ioctl$/
Introduced-By: 51fe6141f0f64ae0bbc096a41a07572273e8c0ef ("iommufd: Data structure to provide IOVA to PFN mapping")
Fixed-By: 8f6887349b2f829a4121c518aeb064fc922714e4 ("iommufd: Protect against overflow of ALIGN() during iova allocation")
Fixed-In: v6.12
Fixed-In: stable 6.6.54
Fixed-In: stable 6.10.13
Fixed-In: stable 6.11.2
Link: https://lore.kernel.org/r/000000000000388410061a74f014@google.com
Link: https://syzkaller.appspot.com/bug?extid=16073ebbc4c64b819b47
Link: https://patch.msgid.link/r/0-v1-8009738b9891+1f7-iommufd_align_overflow_jgg@nvidia.com
Link: https://cve.org/CVERecord/?id=CVE-2024-47719
Test-Log: tests/data/signatures/iommufd-iova-alloc-align-overflow-map-pages-warn.log
Test-Log: tests/data/signatures/occurrences/iommufd-iova-alloc-align-overflow-map-pages-warn.2.log
Test-Not: tests/data/signatures/lookalikes/iommufd-iova-alloc-align-overflow-map-pages-warn.prevent-align-overflow-6.16.log
Test-Not: tests/data/signatures/lookalikes/iommufd-iova-alloc-align-overflow-map-pages-warn.vtd-qi-batch-null-cache-tag-flush-ioas-map.log
Description:
 When user space maps memory into an iommufd IOAS and lets the kernel pick
 the IOVA, iopt_alloc_iova() aligns the candidate range to an alignment
 derived from the user address and length.  A user address with a very
 large natural alignment made that alignment so big that ALIGN() wrapped
 around, so the range selected for the new area was corrupt; the test
 build's check in iopt_alloc_area_pages() then warned while mapping.  The
 fix caps the automatic alignment at the huge page size.
