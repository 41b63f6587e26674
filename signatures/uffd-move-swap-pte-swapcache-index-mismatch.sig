# Facts: research/known-bugs.yaml id uffd-move-swap-pte-swapcache-index-mismatch (entry 120).
Id: uffd-move-swap-pte-swapcache-index-mismatch
Version: 3
Title: kernel BUG at mm/rmap.c in __page_check_anon_rmap after UFFDIO_MOVE of a swap PTE whose folio is still in the swap cache
Arch: arm64 (generic)
Platform: userfaultfd UFFDIO_MOVE, swap
Evidence: console
Require: line /kernel BUG at mm\/rmap\.c/
# The assertion's left side is page_pgoff(folio, page) in the fix's 6.14-rc
# log, a helper of that release; the rule keeps only the side that names the
# faulting address, so a release that spells the page offset otherwise
# (the fix went to 6.12 and 6.13 stable) still corroborates.
Support: context /VM_BUG_ON_PAGE\(.* != linear_page_index\(vma, address\)\)/
Support: frame /^do_swap_page/
Variant: check-frame
Require: guilty /^__page_check_anon_rmap/
# __page_check_anon_rmap is static in mm/rmap.c: a build may inline it into its caller
# (__folio_add_anon_rmap, folio_add_anon_rmap_ptes/pmd, page_add_anon_rmap); there the
# VM_BUG_ON_PAGE of the index check tells it from the other rmap.c BUGs
Variant: check-inlined
Require: guilty /^(__folio_add_anon_rmap|folio_add_anon_rmap_(ptes|pmd)|page_add_anon_rmap)/
Require: log /VM_BUG_ON_PAGE\(.* != linear_page_index\(vma, address\)\)/
Introduced-By: adef440691bab824e39c1b17382322d195e1fab0
Fixed-By: c50f8e6053b0503375c2975bf47f182445aebb4c ("mm: fix kernel BUG when userfaultfd_move encounters swapcache")
Fixed-In: v6.14
Fixed-In: stable 6.12.20
Fixed-In: stable 6.13.8
Link: https://git.kernel.org/stable/c/c50f8e6053b0503375c2975bf47f182445aebb4c
Link: https://cve.org/CVERecord/?id=CVE-2025-21984
Test-Log: tests/data/signatures/uffd-move-swap-pte-swapcache-index-mismatch.log
Test-Not: tests/data/signatures/lookalikes/uffd-move-swap-pte-swapcache-index-mismatch.uprobe-folio-add-new-anon-rmap-range.log
Description:
 move_pages_pte() moved a swap PTE to the destination without updating the
 folio's index and anon_vma while the folio was still in the swap cache
 (after try_to_unmap, before swap-cache removal).  A later swap-in at the
 destination found the folio with the source index and the anon rmap sanity
 check fired.
