# Facts: research/known-bugs.yaml id x86-pat-cow-mapping-untrack-pfn-warn (entry 160).
Id: x86-pat-cow-mapping-untrack-pfn-warn
Version: 4
Title: x86 PAT: WARNING in untrack_pfn at exit (or track_pfn_copy at fork) of a COW PFNMAP mapping (PAT info read from a PTE that COW replaced)
Arch: x86_64
Platform: PAT-tracked PFNMAP VMAs mapped MAP_PRIVATE (e.g. io_uring rings)
Evidence: console
# The WARN site by file, and the function it fires in by name, read apart so
# both WARNING header forms (before and after 6.19) hold.
Require: line /arch\/x86\/mm\/pat\/memtype\.c:[0-9]+/
Support: frame /^unmap_single_vma/
Support: frame /^exit_mmap/
# the untrack_pfn WARN of an mremap() moving a PFNMAP (kernel bugzilla
# 97321, 4.0) is another bug: this one is at exit or fork
Reject: frame /^(move_vma|SyS_mremap|__do_sys_mremap|__x64_sys_mremap)$/
# a remap_pfn_range() that fails zaps what it mapped and untracks there
# (79a61cc3fc04, v6.11 on): x86-pat-zap-path-untrack-pfn-get-pat-info-warn,
# which a build that inlines get_pat_info() into untrack_pfn() prints as
# this WARN; this bug's mapping was set up and is torn down at exit or fork
Reject: frame /^remap_pfn_range_notrack$/
Variant: untrack-pfn
Require: guilty /^untrack_pfn$/
# The fix (04c35ab3bdae): a failing follow_phys() ends "triggering a
# WARN_ON_ONCE() in untrack_pfn() and track_pfn_copy()": the fork-time site.
Variant: track-pfn-copy
Require: function /^track_pfn_copy$/
Support: frame /^(copy_page_range|dup_mmap|copy_process)$/
Introduced-By: 5899329b19100c0b82dc78e9b21ed8b920c9ffb3
Fixed-By: 04c35ab3bdae7fefbd7c7a7355f29fa03a035221 ("x86/mm/pat: fix VM_PAT handling in COW mappings")
Fixed-In: v6.9
Fixed-In: stable 4.19.312
Fixed-In: stable 5.4.274
Fixed-In: stable 5.10.215
Fixed-In: stable 5.15.155
Fixed-In: stable 6.1.85
Fixed-In: stable 6.6.26
Fixed-In: stable 6.8.5
Link: https://git.kernel.org/stable/c/04c35ab3bdae7fefbd7c7a7355f29fa03a035221
Link: https://cve.org/CVERecord/?id=CVE-2024-35877
Test-Log: tests/data/signatures/x86-pat-cow-mapping-untrack-pfn-warn.log
Test-Log: tests/data/signatures/occurrences/x86-pat-cow-mapping-untrack-pfn-warn.2.log
Test-Log: tests/data/signatures/occurrences/x86-pat-cow-mapping-untrack-pfn-warn.3.log
Test-Not: tests/data/signatures/lookalikes/x86-pat-cow-mapping-untrack-pfn-warn.mremap-fixed-pfnmap-4.0.log
Description:
 untrack_pfn() and track_pfn_copy() recovered the PFN and cache mode by
 looking up the VMA's first PTE, but in a private (COW) mapping that PTE may
 now point to an anonymous folio or a swap entry.  The lookup failed or found
 the wrong PFN, so the memtype was not freed or the wrong range was, and
 untrack_pfn() warned at exit.
