# Facts: research/known-bugs.yaml id gup-fast-pud-devmap-dax-gpf (entry 102).
Id: gup-fast-pud-devmap-dax-gpf
Version: 5
Title: GUP-fast general protection fault on device-dax huge PUDs: gup_pud_range() walks a PUD leaf as a PMD table
Arch: x86_64
Platform: device-dax PUD mappings
Evidence: console
Require: pc /^internal_get_user_pages_fast/
Require: kind /^oops$/
Support: line /general protection fault/
Support: frame /^get_user_pages_fast/
# KVM's get_user_pages_fast_only() is the path of the 5.14 secretmem bug
# (page_is_secretmem() on a NULL page->mapping), another GPF in the same function
Reject: frame /^get_user_pages_fast_only$/
# this walk reads a PUD leaf's data as a PMD table: a non-canonical
# address, not a NULL page (secretmem's page->mapping, with or without
# get_user_pages_fast_only() printed)
Reject: line /NULL pointer dereference/
# A devmap PUD needs HAVE_ARCH_TRANSPARENT_HUGEPAGE_PUD, which x86_64 and
# book3s64 powerpc selected and arm64 did not before the fix (arm64's was
# proposed later): an arm64 oops in internal_get_user_pages_fast is another
# bug, such as arm64-gup-fast-p4d-offset-lockless-runtime-folding's
Reject: arch /^arm64$/
Introduced-By: 414fd080d125408cb15d04ff4907e1dd8145c8c7 ("mm/gup: fix gup_pmd_range() for dax")
Fixed-By: fcd0ccd836ffad73d98a66f6fea7b16f735ea920 ("mm/gup: fix gup_pud_range() for dax")
Fixed-In: v6.1
Fixed-In: stable 5.4.227
Fixed-In: stable 5.10.159
Fixed-In: stable 5.15.83
Fixed-In: stable 6.0.13
Link: https://git.kernel.org/stable/c/fcd0ccd836ffad73d98a66f6fea7b16f735ea920
Link: https://cve.org/CVERecord/?id=CVE-2022-48986
Test-Log: tests/data/signatures/gup-fast-pud-devmap-dax-gpf.log
Test-Not: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.secretmem-null-mapping-darrick.log
Test-Not: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.secretmem-null-mapping-stephen.log
Test-Not: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.page-cache-get-speculative-false-positive-vm-bug.log
Test-Not: tests/data/signatures/lookalikes/gup-fast-pud-devmap-dax-gpf.try-grab-folio-aio-6.3.8.log
Description:
 gup_pud_range() recognised leaf PUDs with pud_huge(), which is only
 meaningful for hugetlb, so a devmap (device-dax) huge PUD was treated as a
 pointer to a PMD table.  The lockless GUP-fast walker then dereferenced the
 huge page's contents as page-table entries and took a general protection
 fault in internal_get_user_pages_fast().
