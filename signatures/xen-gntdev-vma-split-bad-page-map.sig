# Facts: research/known-bugs.yaml id xen-gntdev-vma-split-bad-page-map (entry 87).
Id: xen-gntdev-vma-split-bad-page-map
Version: 5
Title: Xen gntdev: partial munmap of a multi-page grant mapping ends in 'BUG: Bad page map' (VMA split not handled)
Arch: x86_64 (Xen PV)
Platform: Xen PV domains using /dev/xen/gntdev
# The Test-Log is the console block of the fix's message in full (it was
# cut after 'page dumped because: bad pte' before, hence partial): it has
# the VMA dump naming gntdev_mmap and the munmap call trace.
Evidence: console
Variant: bad-page-map
Require: line /BUG: Bad page map in process/
# the bad PTE lies in a gntdev mapping (print_bad_pte's VMA dump line) ...
Require: line /\bmmap:gntdev_mmap\b/
Support: line /page dumped because: bad pte/
Support: line /mapcount:-1/
# ... zapped by a munmap() of part of it (or by mmap(MAP_FIXED) over it,
# which the fix also closes): the VMA split the fix is about
Support: frame /^(__do_munmap|do_vmi_munmap|do_vmi_align_munmap|do_vmas_munmap|__vm_munmap|__x64_sys_munmap|__se_sys_munmap|__do_sys_munmap|mmap_region)$/
# The fix (5c13a4a0291b): for each such munmap() "the Xen hypervisor (if
# built with CONFIG_DEBUG) would print out ... Attempt to implicitly unmap
# d0's grant PTE ... and trigger a general protection fault in the affected
# Xen PV domain" (the same for an mmap(MAP_FIXED) over a live gntdev mapping,
# which the fix also closes).
Variant: xen-implicit-grant-unmap-gp
Require: context /Attempt to implicitly unmap d[0-9]+'s grant PTE/
Require: line /general protection fault/
Support: frame /^(unmap_single_vma|unmap_page_range|unmap_vmas|zap_pte_range)$/
# Added after the held-out sweep of user pastes: the fix author's own trace
# (M. Vefa Bicakci, QubesOS/qubes-issues#7631, 2022-07-22), a dom0 pstore
# dump taken with the Xen change that turns an implicit grant unmap into a
# #GP, carries no hypervisor console line.  There the #GP lands on the
# grant-table hypercall itself while gntdev maps grants into PTEs that still
# hold live grant mappings (the mmap(MAP_FIXED)-over-a-live-mapping case the
# fix also closes): no other bug makes Linux take a #GP on that hypercall.
Variant: grant-map-hypercall-gp
Require: title /^general protection fault in xen_hypercall_grant_table_op$/
Require: frame /^(gnttab_map_refs|gntdev_map_grant_pages|gntdev_mmap)$/
Support: frame /^set_foreign_p2m_mapping$/
Introduced-By: ab31523c2fcac557226bac72cbdf5fafe01f9a26
Fixed-By: 5c13a4a0291b30191eff9ead8d010e1ca43a4d0c ("xen/gntdev: Accommodate VMA splitting")
Fixed-In: v6.1
Fixed-In: stable 5.10.152
Fixed-In: stable 5.15.75
Fixed-In: stable 5.19.17
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/5c13a4a0291b30191eff9ead8d010e1ca43a4d0c
Link: https://cve.org/CVERecord/?id=CVE-2022-50471
Test-Log: tests/data/signatures/xen-gntdev-vma-split-bad-page-map.log
Test-Log: tests/data/signatures/occurrences/xen-gntdev-vma-split-bad-page-map.2.log
Test-Not: tests/data/signatures/lookalikes/xen-gntdev-vma-split-bad-page-map.xen-pv-folio-pte-batch.log
Test-Not: tests/data/signatures/lookalikes/xen-gntdev-vma-split-bad-page-map.ipts-i915-gem-exec.log
Description:
 gntdev kept its grant-mapping state per VMA and did not expect the VMA to be
 split.  When userspace unmapped only part of a multi-page grant mapping, the
 split VMAs shared state that no longer matched their PTEs, so unmapping left
 PTEs and page counts inconsistent and the generic zap path reported a bad PTE.
