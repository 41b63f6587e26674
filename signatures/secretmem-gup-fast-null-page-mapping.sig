# Facts: CVE-2021-47463 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); which fix commit is mainline and which stable, from the CVE
# announcement <2024052226-CVE-2021-47463-c131@gregkh> (kernel-security-vulns
# cve/published/2021/CVE-2021-47463.mbox).  The log that fix quotes is a cut of
# Darrick J. Wong's report (same CPU/PID/RIP), stored in full as the first
# Test-Log; the second is Stephen's report, whom the fix credits (Reported-by,
# as recorded in tests/data/signatures/EVIDENCE.tsv).
Id: secretmem-gup-fast-null-page-mapping
Version: 2
Title: GUP-fast NULL pointer dereference in page_is_secretmem(): page->mapping cleared by reclaim or truncation during the lockless walk (5.14)
Arch: x86_64
Platform: any with memfd_secret support (5.14), seen from KVM's get_user_pages_fast_only()
Evidence: console
Require: pc /^(internal_get_user_pages_fast|lockless_pages_from_mm|gup_pte_range|gup_pgd_range)$/
Require: line /NULL pointer dereference/
# the device-dax PUD bug in the same function is a general protection fault
Reject: line /general protection fault/
# page_is_secretmem() in GUP-fast arrived in 5.14 (the introducing commit)
Reject: release /^([0-4]\.|5\.([0-9]|1[0-3])(\.|-|$))/
Support: frame /^(get_user_pages_fast_only|get_user_pages_fast|pin_user_pages_fast)$/
Support: frame /^hva_to_pfn$/
Introduced-By: 1507f51255c9ff07d75909a84e7c0d7f3c4b2f49
Fixed-By: 79f9bc5843142b649575f887dccdf1c07ad75c20 ("mm/secretmem: fix NULL page->mapping dereference in page_is_secretmem()")
Fixed-In: v5.15
Fixed-In: stable 5.14.15
Link: https://git.kernel.org/stable/c/79f9bc5843142b649575f887dccdf1c07ad75c20
Link: https://cve.org/CVERecord/?id=CVE-2021-47463
Test-Log: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.secretmem-null-mapping-darrick.log
Test-Log: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.secretmem-null-mapping-stephen.log
Test-Log: tests/data/signatures/occurrences/secretmem-gup-fast-null-page-mapping.2.log
Test-Not: tests/data/signatures/gup-fast-pud-devmap-dax-gpf.log
Test-Not: tests/data/signatures/lookalikes/secretmem-gup-fast-null-page-mapping.i915-userptr-gup-fast-flags-warn-5.7.log
Description:
 GUP-fast walks page tables without locks and, since memfd_secret() was
 added, asks page_is_secretmem() about every page it grabs.  That helper
 read page->mapping->flags without checking the mapping, which reclaim or
 truncation can clear while the walk runs, so GUP-fast (for example KVM
 faulting guest memory in with get_user_pages_fast_only()) oopses on a
 NULL pointer a few bytes into the mapping.  The fix checks for a NULL
 mapping first.
