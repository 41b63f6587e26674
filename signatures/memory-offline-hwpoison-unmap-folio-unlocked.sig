# Facts: CVE-2025-21931 (research/cna-fixes.tsv row: fixes, introducing commits, releases); mainline commit id and console log from the CVE announcement for CVE-2025-21931 (kernel-security-vulns cve/published/2025/CVE-2025-21931.mbox), which quotes the fix's commit message.
Id: memory-offline-hwpoison-unmap-folio-unlocked
Version: 3
Title: Memory offline of a hwpoisoned page: kernel BUG at include/linux/swapops.h in try_to_unmap_one, do_migrate_range() unmaps the folio without locking it
Arch: arm64 (generic)
Platform: memory hot-remove / offline (sysfs memoryN/state) of a block containing a hwpoisoned, still mapped page
Evidence: console
Require: line /kernel BUG at (\.\/)?include\/linux\/swapops\.h:[0-9]+/
# do_migrate_range is static in mm/memory_hotplug.c: a build may inline it into offline_pages
Require: frame /^(do_migrate_range|offline_pages)$/
# The symptom is the swapops.h BUG_ON, a kernel BUG; a WARNING on the same
# offline path (do_migrate_range -> unmap_poisoned_folio) is another bug of
# the same series (the TTU_HWPOISON flag, patch 1/3).
Require: kind /^bug$/
Support: frame /^unmap_poisoned_folio$/
Support: guilty /^try_to_unmap_one$/
Support: frame /^offline_pages$/
Support: frame /^(memory_block_action|memory_subsys_offline|device_offline)$/
Introduced-By: b15c87263a69272423771118c653e9a1d0672caa
Fixed-By: af288a426c3e3552b62595c6138ec6371a17dbba ("hwpoison, memory_hotplug: lock folio before unmap hwpoisoned folio")
Fixed-In: v6.14
Fixed-In: stable 6.1.140
Fixed-In: stable 6.6.92
Fixed-In: stable 6.12.19
Fixed-In: stable 6.13.7
Link: https://git.kernel.org/stable/c/af288a426c3e3552b62595c6138ec6371a17dbba
Link: https://cve.org/CVERecord/?id=CVE-2025-21931
Test-Log: tests/data/signatures/memory-offline-hwpoison-unmap-folio-unlocked.log
Test-Not: tests/data/signatures/lookalikes/memory-offline-hwpoison-unmap-folio-unlocked.ttu-flag-rmap-warn.log
Test-Not: tests/data/signatures/lookalikes/memory-offline-hwpoison-unmap-folio-unlocked.ppc32-pte-bits-reorder-swapops.log
Test-Not: tests/data/signatures/lookalikes/memory-offline-hwpoison-unmap-folio-unlocked.large-folio-null-deref.log
Test-Not: tests/data/signatures/lookalikes/memory-offline-hwpoison-unmap-folio-unlocked.amdkfd-svm-hmm-vma-walk-pmd-revert-6.6.log
Description:
 To let blocks holding hwpoisoned pages go offline, do_migrate_range()
 isolates such a page and unmaps it with try_to_unmap(), but it did so
 without taking the folio lock.  try_to_unmap() requires a locked folio,
 and the lock assertion in the swap-entry helpers of swapops.h turns the
 offline request into a kernel BUG.  The fix locks the folio around the
 unmap.
