# Facts: research/known-bugs.yaml id zap-nonpresent-device-private-file-vma-warn (entry 170).
Id: zap-nonpresent-device-private-file-vma-warn
Version: 3
Title: WARNING in unmap_page_range (zap_nonpresent_ptes) for a device-private/exclusive entry in a private file-backed VMA
Arch: x86_64 (generic)
Platform: HMM device-private / device-exclusive entries (test_hmm, GPU drivers)
# Evidence partial: a WARNING in unmap_page_range is a generic
# header plus one frame; the rest of the trace is the ordinary munmap path.
Evidence: partial
Require: guilty /^unmap_page_range/
Require: kind /^warning$/
# v3: a WARN that syzbot's symbolised registers place in
# zap_present_ptes() is about a present PTE, not the non-present
# device-private/exclusive entries this bug is about (the pte-marker
# look-alike, a Test-Log of zap-present-ptes-uffd-wp-non-normal-page-warn).
Reject: pc /^zap_present_ptes$/
Support: line /mm\/memory\.c:[0-9]+/
Support: line /hmm-tests|test_hmm/
Introduced-By: 999dad824c39ed14dee7c4412aae531ba9e74a90
Fixed-By: be3f38d05cc5a7c3f13e51994c5dd043ab604d28 ("mm/memory: fix spurious warning when unmapping device-private/exclusive pages")
Fixed-In: v7.1
Fixed-In: stable 6.1.176
Fixed-In: stable 6.6.143
Fixed-In: stable 6.12.93
Fixed-In: stable 6.18.34
Fixed-In: stable 7.0.11
Link: https://git.kernel.org/stable/c/be3f38d05cc5a7c3f13e51994c5dd043ab604d28
Link: https://cve.org/CVERecord/?id=CVE-2026-64131
Test-Log: tests/data/signatures/zap-nonpresent-device-private-file-vma-warn.log
# The PAGEMAP_SCAN look-alike (syzbot, 6.7: a uffd-wp marker WARN in the
# non-present branch then inlined into zap_pte_range) stays evidence, named
# at medium: the guilty function of a WARN in inlined code is the one it is
# inlined into, as syzbot titles it (unmap_page_range), and before 6.10 this
# bug's own WARN sat in that same branch: no console line tells them apart.
Test-Not: tests/data/signatures/lookalikes/zap-nonpresent-device-private-file-vma-warn.syzbot-pte-marker.log
Description:
 Devices may migrate any anonymous folio, including COWed pages of a
 MAP_PRIVATE file mapping, but zap_nonpresent_ptes() asserted
 vma_is_anonymous() for device-private and device-exclusive entries, so
 tearing down such a VMA warned.  The fix checks folio_test_anon() instead.
