# Facts: the fix's subject, description, Fixes:, Reported-by: and Closes:
# from Maciej Wieczor-Retman's posting '[PATCH v5 1/3] mm/kasan: Fix
# incorrect unpoisoning in vrealloc for KASAN' (author Jiayuan Chen)
# <3f851f7704ab8468530f384b901b22cdef94aa43.1765978969.git.m.wieczorretman@pm.me>
# (kasan-dev copy).  The id 007f5da43b3d0ecff972e2616062b8da1f862f5e from a
# mainline revlist that lists it under this subject next to 6a0e5b333842
# ("kasan: unpoison vms[area] addresses with a common tag"), which the 6.18
# stable review mail gives as that patch's upstream id.  No release
# statement read: no Fixed-In and no release Reject.
# The Test-Log is the report the fix closes: syzbot's "KASAN: invalid-access
# Write in do_bad_area" <68e243a2.050a0220.1696c6.007d.GAE@google.com>
# (extid 997752115a851cb0cf36, arm64 MTE, upstream cbf33b8e0b36, Oct 2025).
# The log ends in a second oops in the KASAN report's own memory dump
# (kasan_metadata_fetch_row on the unmapped page before the region), which
# this signature does not claim.  syzbot's reproducer crash is a further
# occurrence (tests/data/signatures/EVIDENCE.tsv).
Id: vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access
Version: 3
Title: tag-based KASAN invalid-access on a vrealloc()ed vmalloc buffer: in-place growth left the new part poisoned (no KASAN_VMALLOC_VM_ALLOC) or gave it a new tag
Arch: any (seen on arm64 with MTE, KASAN_HW_TAGS)
Platform: tag-based KASAN (HW_TAGS, SW_TAGS) with CONFIG_KASAN_VMALLOC; vrealloc()/kvrealloc() users such as the BPF verifier's per-instruction data
Evidence: console
# A tag-mismatch report ...
Require: line /BUG: KASAN: invalid-access in /
Variant: vmalloc-region
# ... on memory KASAN places in a vmalloc region: vrealloc() kept the area
# and (for HW tags) never unpoisoned the grown part, so it still carries
# the invalid tag, or (SW tags) tagged it anew, so the caller's pointer tag
# no longer matches.
Require: line /buggy address belongs to a \d+-page vmalloc region/
Support: line /Pointer tag: \[[0-9a-f]{2}\], memory tag: \[fe\]/
# A tag mismatch on the percpu allocator's vmalloc areas is another bug:
# pcpu_get_vm_areas() gave each NUMA node's chunk area its own tag
# (kasan-tags-pcpu-vm-areas-chunk-tag-mismatch, fixed by 6a0e5b333842).
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Reject: line /vmalloc region .*allocated at pcpu_get_vm_areas(\.[\w.]+)?\+/
# The BPF verifier grows its per-instruction array with vrealloc() when
# it patches instructions and then writes into it, from whichever rewrite
# pass runs next (convert_ctx_accesses in the Test-Log, do_misc_fixups in
# syzbot's reproducer run; the latter added after the held-out test), all
# under bpf_check(), which allocated the array.
Support: frame /^(convert_ctx_accesses|do_misc_fixups|bpf_patch_insn_data|adjust_insn_aux_data|opt_subreg_zext_lo32_rnd_hi32|bpf_check|vrealloc_node_align_noprof|vrealloc_noprof|kvrealloc_noprof)$/
# HW tags: the grown part was never unpoisoned, so it still carries the
# invalid tag 0xfe, and the BPF verifier writes into it from a rewrite pass
# under bpf_check().  An excerpt that stops at the end of the trace (the
# patch "kasan: hw_tags: fix a false positive case of vrealloc in alloced
# size", held out in batch E) does not name the vmalloc region.
Variant: verifier-grown-array-invalid-tag
Require: line /Pointer tag: \[[0-9a-f]{2}\], memory tag: \[fe\]/
Require: frame /^(convert_ctx_accesses|do_misc_fixups|bpf_patch_insn_data|adjust_insn_aux_data|opt_subreg_zext_lo32_rnd_hi32)$/
Support: frame /^bpf_check$/
Introduced-By: a0309faf1cb0 ("mm: vmalloc: support more granular vrealloc() sizing")
Fixed-By: 007f5da43b3d0ecff972e2616062b8da1f862f5e ("mm/kasan: fix incorrect unpoisoning in vrealloc for KASAN")
Link: https://lore.kernel.org/all/68e243a2.050a0220.1696c6.007d.GAE@google.com/
Link: https://syzkaller.appspot.com/bug?extid=997752115a851cb0cf36
Link: https://lore.kernel.org/all/3f851f7704ab8468530f384b901b22cdef94aa43.1765978969.git.m.wieczorretman@pm.me/
Test-Log: tests/data/signatures/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.2.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.3.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.4.log
Test-Log: tests/data/signatures/occurrences/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.5.log
Test-Not: tests/data/signatures/lookalikes/vmalloc-vrealloc-reuse-new-kasan-tag-invalid-access.wireguard-netdev-uaf-mte-5.11.log
Description:
 When vrealloc() grows a buffer within the pages it already has, it
 unpoisons the new part in place.  It did so without KASAN_VMALLOC_VM_ALLOC,
 which hardware-tag KASAN needs before it unpoisons a vmalloc range, so the
 grown part kept the invalid tag; and the unpoisoning picked a new random
 tag instead of keeping the one in the caller's pointer.  The caller's next
 access to the grown part (the BPF verifier writing its per-instruction data
 after patching a program) is then reported as an invalid access, pointer
 tag against memory tag.  The fix passes KASAN_VMALLOC_VM_ALLOC and a new
 KASAN_VMALLOC_KEEP_TAG flag so the existing tag is reused.
