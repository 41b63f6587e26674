# Facts: the fix's id, subject, description and Fixes: from the 6.18 stable
# review mail '[PATCH 6.18 224/312] kasan: unpoison vms[area] addresses with
# a common tag' <20260106170555.956155037@linuxfoundation.org> ("commit
# 6a0e5b333842cf65d6f4e4f0a2a4386504802515 upstream"; "It was reported on
# arm64 and reproduced on x86"; Cc: stable 6.1+).  It needs the refactor
# before it, 'kasan: refactor pcpu kasan vmalloc unpoison' (6f13db031e27 in
# the same mainline revlist).  No release statement read: no Fixed-In.
# The Test-Log is Baoquan He's arm64 report 'System is broken in KASAN
# sw_tags mode during bootup' <aKMLgHdTOEf9B92E@MiWiFi-R3L-srv> (HPE Apollo
# 70, two NUMA nodes, 6.17.0-rc2, SW_TAGS).  He tied it to this fix in
# <aMUrW1Znp1GEj7St@MiWiFi-R3L-srv>, his Tested-by on the series version of
# these two patches ('[PATCH v5 17/19] mm: Unpoison pcpu chunks with base
# address tag' and the next one, same five-point description): "After
# applying this patch 17 and patch 18 in this series, I can confirm the
# breakage is gone".  The log of that reply, already kept here as a look-alike
# of arm64-hibernate-swsusp-save-nomap-fault, is a further Test-Log.
Id: kasan-tags-pcpu-vm-areas-chunk-tag-mismatch
Version: 2
Title: tag-based KASAN invalid-access in the percpu allocator on NUMA machines: pcpu_get_vm_areas() gave each chunk area a different tag, but the chunk is used through the first area's tagged base address
Arch: any (reported on arm64, SW_TAGS; reproduced on x86 by the fix's author)
Platform: tag-based KASAN (SW_TAGS or HW_TAGS) with CONFIG_KASAN_VMALLOC on a machine whose percpu chunks span several vmalloc areas (more than one NUMA node); seen at boot when systemd creates cgroups
Evidence: console
# A tag mismatch ...
Require: line /BUG: KASAN: invalid-access in /
# ... on a percpu chunk's vmalloc area: the areas pcpu_get_vm_areas()
# returns were unpoisoned each with its own random tag, while the chunk is
# addressed from the first area's base address and so carries its tag.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /buggy address belongs to a \d+-page vmalloc region .*allocated at pcpu_get_vm_areas(\.[\w.]+)?\+/
# The percpu allocator clearing a new allocation in a later area.
Support: function /^(pcpu_alloc(_noprof)?|pcpu_alloc_area|pcpu_populate_chunk|__alloc_percpu(_gfp)?)$/
Introduced-By: 1d96320f8d53 ("kasan, vmalloc: add vmalloc tagging for SW_TAGS")
Fixed-By: 6a0e5b333842cf65d6f4e4f0a2a4386504802515 ("kasan: unpoison vms[area] addresses with a common tag")
Link: https://lore.kernel.org/all/aKMLgHdTOEf9B92E@MiWiFi-R3L-srv/
Link: https://lore.kernel.org/all/aMUrW1Znp1GEj7St@MiWiFi-R3L-srv/
Link: https://lkml.kernel.org/r/873821114a9f722ffb5d6702b94782e902883fdf.1764874575.git.m.wieczorretman@pm.me
Test-Log: tests/data/signatures/kasan-tags-pcpu-vm-areas-chunk-tag-mismatch.log
Test-Log: tests/data/signatures/lookalikes/arm64-hibernate-swsusp-save-nomap-fault.kasan-swtags-pcpu-chunk-tag.log
Description:
 On NUMA machines the percpu allocator's chunks are made of several vmalloc
 areas, one per group of CPUs, obtained together from pcpu_get_vm_areas().
 With tag-based KASAN each area was unpoisoned with its own random tag, but
 the chunk is used through its base address, which carries the first
 area's tag, and offsets from it reach the other areas.  The first access
 to a later area, such as the memset() that clears a new percpu
 allocation, is reported as an invalid access, and the report itself then
 faults while dumping the memory tags around the address.  The fix gives
 all the areas the tag of the first one.
