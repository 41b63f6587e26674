# Facts: the fix's subject, Fixes: and Closes: trailers from its patch mail
# <20250510033040.901582-1-mawupeng1@huawei.com> (Wupeng Ma, 2025-05-10,
# Closes: the Test-Log's report); the mainline id from the stable reviews of
# it ("commit 1bd6406fb5f36c2bb1e96e27d4c3e9f4d09edde4 upstream"); the
# introducing commit and the first fixed releases from research/cna-fixes.tsv
# (CVE-2025-38102: introduced by a1d88436d53a, mainline 6.16, stable
# 5.4.296, 5.10.240, 5.15.186, 6.1.142, 6.6.94, 6.12.34 and 6.15.3).
# The Test-Log is the report the fix closes, <e91da589-ad57-3969-d979-879bbd10dddd@huawei.com>
# (LKML 2025-05-07, 'WARNING in try_grab_folio caused by vmw_vmci',
# syzkaller on 6.6.0+), the same file as the look-alike
# hugetlb-gup-pte-lock-mismatch-cont-pte's Test-Not; the second is the
# crash the fix's commit message quotes (6.15.0-rc5, another run; a hugetlb
# folio on the newer GUP walk), which hugetlb-gup-pte-lock-mismatch-cont-pte
# now rejects by the vmci_host_* frames.
Id: vmci-notify-page-gup-race-put-page-try-grab-folio-warn
Version: 2
Title: WARNING in try_grab_folio() from the VMCI host driver's get_user_pages_fast(): a concurrent IOCTL_VMCI_SET_NOTIFY put the notify page that GUP had already stored in context->notify_page, so the slow path found it freed
Arch: any (seen on x86_64)
Platform: /dev/vmci (vmw_vmci host driver) with two threads setting the notify page at once, typically on a THP (huge PMD) user address
Evidence: console
# GUP's refcount sanity WARN on grabbing a page whose count already dropped
# to zero (try_grab_page/try_get_folio on older kernels) ...
Require: line /WARNING: .* at mm\/gup\.c:\d+ (try_grab_folio|try_grab_page|try_get_folio)\b/
# ... while the VMCI host driver pins the notify page (the setup helpers are
# inlined into the ioctl handler).
Require: frame /^(vmci_host_unlocked_ioctl|vmci_host_do_set_notify|vmci_host_setup_notify)$/
Support: frame /^(get_user_pages_fast|gup_fast_fallback|internal_get_user_pages_fast|__get_user_pages|__gup_longterm_locked)$/
Support: guilty /^(try_grab_folio|try_grab_page|try_get_folio)$/
# The same ioctl's other bug (1a726cb47fd2): a failed get_user_pages_fast()
# leaves context->notify_page NULL and the signal check faults on it
Reject: pc /^vmci_ctx_check_signal_notify$/
Introduced-By: a1d88436d53a75e950db15834b3d2f8c0c358fdc ("VMCI: Fix two UVA mapping bugs")
Fixed-By: 1bd6406fb5f36c2bb1e96e27d4c3e9f4d09edde4 ("VMCI: fix race between vmci_host_setup_notify and vmci_ctx_unset_notify")
Fixed-In: v6.16
Fixed-In: stable 5.4.296
Fixed-In: stable 5.10.240
Fixed-In: stable 5.15.186
Fixed-In: stable 6.1.142
Fixed-In: stable 6.6.94
Fixed-In: stable 6.12.34
Fixed-In: stable 6.15.3
Link: https://lore.kernel.org/all/e91da589-ad57-3969-d979-879bbd10dddd@huawei.com/
Link: https://lore.kernel.org/all/20250510033040.901582-1-mawupeng1@huawei.com/
Link: https://cve.org/CVERecord/?id=CVE-2025-38102
Test-Log: tests/data/signatures/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.log
Test-Log: tests/data/signatures/occurrences/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.2.log
Test-Not: tests/data/signatures/lookalikes/hugetlb-gup-pte-lock-mismatch-cont-pte.iommufd-batch-carry.log
Test-Not: tests/data/signatures/lookalikes/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.notify-page-null-gpf-check-signal-6.1.log
Test-Not: tests/data/signatures/lookalikes/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.lkp-block-folio-dio-try-grab-page.log
Test-Not: tests/data/signatures/lookalikes/vmci-notify-page-gup-race-put-page-try-grab-folio-warn.lkp-block-direct-io-pin-zero-page-try-get-folio.log
Description:
 The VMCI host driver pinned the user's notify page with
 get_user_pages_fast() straight into context->notify_page.  The lockless
 fast path can store the page there and then fall back to the slow path for
 the rest; meanwhile a second IOCTL_VMCI_SET_NOTIFY on the same context
 sees the half-set notify_page, unsets it and put_page()s it, freeing the
 page.  When the slow path then grabs a reference it finds a zero
 refcount and GUP warns in try_grab_folio().  The fix pins into a local
 variable and publishes the page only once get_user_pages_fast() returned.
