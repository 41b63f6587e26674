# Facts: CVE-2024-42317 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement for CVE-2024-42317 (kernel-security-vulns cve/published/2024/CVE-2024-42317.mbox), which quotes the fix's commit message.  Sibling fixes for the same warning: CVE-2024-41031, CVE-2024-42241 (cna-fixes.tsv titles).
Id: thp-collapse-pagecache-order-too-large-xas-split
Version: 4
Title: arm64 64K pages: WARNING at lib/xarray.c in xas_split_alloc from split_huge_page_to_list_to_order, a 512MB page-cache folio built by khugepaged/MADV_COLLAPSE exceeds what the xarray can split
Arch: arm64
Platform: 64KB base pages (PMD = 512MB), file THP collapse (CONFIG_READ_ONLY_THP_FOR_FS, MADV_COLLAPSE), then truncate or hole punch
# Evidence partial: the readahead sibling (CVE-2024-41031, 3390916aca7a) quotes
# a report with the very same trace (the folio came from a VM_HUGEPAGE fault's
# readahead, split by an xfs hole punch; lookalikes/...filemap-vm-hugepage-
# readahead.log): nothing on the console says who built the 512MB folio, so a
# match stays at medium.
Evidence: partial
# the WARNING header of kernels before and after 6.19 ("WARNING: path:N at func+0x.., CPU#N: comm/pid")
Require: line /WARNING: (?:CPU: [0-9]+ PID: [0-9]+ at )?lib\/xarray\.c:[0-9]+ (?:at )?xas_split_alloc/
# split_huge_page_to_list_to_order() since 6.8; the bug dates from the
# multi-index page cache (5.17), when the split was split_huge_page_to_list().
Require: frame /^(split_huge_page_to_list_to_order|split_huge_page_to_list)$/
Support: frame /^truncate_inode_partial_folio$/
Support: frame /^(truncate_inode_pages_range|truncate_pagecache_range)$/
Support: arch /^arm64$/
# A shmem folio split during shmem truncation or hole punch is shmem's own
# PMD-sized page cache, fixed separately by 9fd154ba926b ("mm/shmem: disable
# PMD-sized page cache if needed", CVE-2024-42241), whose commit quotes that
# trace (lookalikes/...shmem-pmd-sized-page-cache.log;
# Gavin Shan's cover-letter run ...shmem-cover-letter-run.log too).
Reject: frame /^shmem_(undo_range|fallocate|truncate_range|setattr|evict_inode)$/
Introduced-By: 6b24ca4a1a8d4ee3221d6d44ddbb99f542e4bda3
Fixed-By: d659b715e94ac039803d7601505d3473393fc0be ("mm/huge_memory: avoid PMD-size page cache if needed")
Fixed-In: v6.11
Fixed-In: stable 6.10.3
Link: https://git.kernel.org/stable/c/d659b715e94ac039803d7601505d3473393fc0be
Link: https://cve.org/CVERecord/?id=CVE-2024-42317
Link: https://cve.org/CVERecord/?id=CVE-2024-41031
Link: https://cve.org/CVERecord/?id=CVE-2024-42241
Test-Log: tests/data/signatures/thp-collapse-pagecache-order-too-large-xas-split.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-pagecache-order-too-large-xas-split.shmem-pmd-sized-page-cache.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-pagecache-order-too-large-xas-split.shmem-cover-letter-run.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-pagecache-order-too-large-xas-split.readahead-filemap-add-folio-6.6.log
Test-Not: tests/data/signatures/lookalikes/thp-collapse-pagecache-order-too-large-xas-split.readahead-original-report-6.6-rc2.log
Description:
 The xarray can only split entries up to MAX_PAGECACHE_ORDER, but with 64KB
 base pages a PMD-sized folio is 512MB, and the huge-page collapse path
 still allowed page-cache folios of that order.  When such a folio is later
 split, e.g. by a partial truncate or hole punch, xas_split_alloc() warns
 and the split fails.  The fix restricts the page-cache orders collapse may
 create.  The same warning on the same systems can instead come from
 readahead or shmem creating PMD-sized folios, fixed separately
 (CVE-2024-41031, CVE-2024-42241).  A shmem folio splits under shmem's own
 truncation, which sets that case apart; a folio read ahead on a fault splits
 on the very same path as a collapsed one, so a match stays at medium.
