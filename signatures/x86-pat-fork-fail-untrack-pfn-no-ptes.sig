# Facts: research/known-bugs.yaml id x86-pat-fork-fail-untrack-pfn-no-ptes (entry 122).
Id: x86-pat-fork-fail-untrack-pfn-no-ptes
Version: 5
Title: x86 PAT: WARNING in get_pat_info via untrack_pfn when fork() fails after track_pfn_copy() (VM_PAT set without PTEs)
Arch: x86_64
Platform: PAT-tracked PFNMAP VMAs (VM_PAT)
Evidence: console
# the WARN site and its function, read apart: a mail client may wrap the header
Require: guilty /^get_pat_info$/
Require: line /arch\/x86\/mm\/pat\/memtype\.c:[0-9]+/
Require: frame /^untrack_pfn/
Support: frame /^copy_process/
Support: frame /^unmap_single_vma/
# the remap_pfn_range() failure path reaches the same WARN: another bug
Reject: frame /^remap_pfn_range(_notrack)?$/
# and a file-mapping zap without mmap_lock reaches get_pat_info() too
# (x86-pat-zap-path-untrack-pfn-get-pat-info-warn)
Reject: frame /^unmap_mapping_range/
# and a NULL dereference inside the PFN lookup get_pat_info() calls (the
# follow_pfnmap API's lockdep assertion on a file-less VMA, 6.12-rc) is
# another bug (follow-pfnmap-lockdep-assert-null-vm-file-gpf), not this
# WARN
Reject: pc /^(follow_pfnmap_start|pfnmap_lockdep_assert)$/
Introduced-By: 2ab640379a0ab4cef746ced1d7e04a0941774bcb
Fixed-By: dc84bc2aba85a1508f04a936f9f9a15f64ebfb31 ("x86/mm/pat: Fix VM_PAT handling when fork() fails in copy_page_range()")
Fixed-In: v6.15
Fixed-In: stable 6.1.160
Fixed-In: stable 6.6.87
Fixed-In: stable 6.12.23
Fixed-In: stable 6.13.11
Fixed-In: stable 6.14.2
Link: https://git.kernel.org/stable/c/dc84bc2aba85a1508f04a936f9f9a15f64ebfb31
Link: https://cve.org/CVERecord/?id=CVE-2025-22090
Test-Log: tests/data/signatures/x86-pat-fork-fail-untrack-pfn-no-ptes.log
Test-Log: tests/data/signatures/occurrences/x86-pat-fork-fail-untrack-pfn-no-ptes.3.log
Test-Log: tests/data/signatures/occurrences/x86-pat-fork-fail-untrack-pfn-no-ptes.2.log
Test-Not: tests/data/signatures/lookalikes/x86-pat-fork-fail-untrack-pfn-no-ptes.remap-pfn-range-fail.log
Test-Not: tests/data/signatures/follow-pfnmap-lockdep-assert-null-vm-file-gpf.log
Test-Not: tests/data/signatures/lookalikes/x86-pat-fork-fail-untrack-pfn-no-ptes.io-uring-mmap-remap-fail-5.15.log
Description:
 If track_pfn_copy() or copying the page tables failed during fork(), the
 child VMA kept VM_PAT although no reservation and no PTEs existed.  The
 cleanup in exit_mmap() then asked untrack_pfn() to recover the PAT
 information from empty page tables and get_pat_info() warned.  The fix sets
 VM_PAT only after a successful reservation and undoes it on failure.
