# Facts: research/known-bugs.yaml id hugetlb-gup-pte-lock-mismatch-cont-pte.
Id: hugetlb-gup-pte-lock-mismatch-cont-pte
Version: 7
Title: mm: WARNING in try_grab_folio() at mm/gup.c, GUP takes the split PTE lock while hugetlb uses mm->page_table_lock
Arch: generic (arm64 with 64K hugetlb on 4K pages seen)
Platform: hugetlb folios spanning several PTEs/PMDs (cont-PTE), SPLIT_PTE_PTLOCKS
Evidence: console
# the WARN site: its file, and the function by name (both WARNING header forms)
Require: line /mm\/gup\.c:\d+/
Require: guilty /^try_grab_folio$/
# the generic GUP page-table walk (follow_page_mask and below) that since
# 9cb28da54643 also walks hugetlb entries under the split PTE/PMD lock
Support: frame /^(follow_page_pte|follow_pmd_mask|follow_page_mask)$/
# follow_trans_huge_pmd is the THP leaf path of kernels before the hugetlb
# walk was merged (the vmw_vmci look-alike): not a hugetlb folio
Reject: frame /^follow_trans_huge_pmd$/
# the VMCI driver's notify-page pin racing a second IOCTL_VMCI_SET_NOTIFY
# warns at the same site on a hugetlb folio too (its fix quotes one): that
# is vmci-notify-page-gup-race-put-page-try-grab-folio-warn
Reject: frame /^vmci_host_(unlocked_ioctl|do_set_notify|setup_notify)$/
# The bug came with 9cb28da54643, first released in v6.10 (the CNA dyad of
# CVE-2024-45024, research/known-bugs.yaml): an older kernel warning here
# has another refcount bug, such as the iommufd batch-carry pfn corruption
# of 6.3-rc (fix "iommufd: Do not corrupt the pfn list when doing batch
# carry", CVE-2023-53236), whose pin went through gup-fast.
Reject: release /^([0-5]\.|6\.[0-9](\.|-|$))/
# the mismatch needs a hugetlb folio that spans several PTEs or PMDs
# (research: mmu_platform); x86's hugetlb pages are one PMD or one PUD
# entry each, locked the same way by GUP and hugetlb, so an x86 WARN here
# is another refcount bug (a KSM/KVM hva_to_pfn pin on 6.11-next)
Reject: arch /^(x86_64|i386)$/
Introduced-By: 9cb28da54643ad464c47585cd5866c30b0218e67
Fixed-By: 5f75cfbd6bb02295ddaed48adf667b6c828ce07b ("mm/hugetlb: fix hugetlb vs. core-mm PT locking")
Fixed-In: v6.11
Fixed-In: stable 6.10.7
Link: https://git.kernel.org/stable/c/5f75cfbd6bb02295ddaed48adf667b6c828ce07b
Link: https://cve.org/CVERecord/?id=CVE-2024-45024
Test-Log: tests/data/signatures/hugetlb-gup-pte-lock-mismatch-cont-pte.log
Test-Not: tests/data/signatures/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-gup-pte-lock-mismatch-cont-pte.iommufd-batch-carry.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-gup-pte-lock-mismatch-cont-pte.ksm-bad-page-kvm-hva-to-pfn-next-20240829.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-gup-pte-lock-mismatch-cont-pte.lkp-static-pmd-zero-page-try-grab-folio.log
Description:
 Generic GUP took the split PTE-table lock for hugetlb mappings while
 hugetlb itself changes the same entries under mm->page_table_lock.  The
 walker could race with a concurrent change and grab a folio whose refcount
 had already dropped to zero, which try_grab_folio() warns about.
