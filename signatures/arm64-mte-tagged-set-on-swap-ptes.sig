# Facts: research/known-bugs.yaml id arm64-mte-tagged-set-on-swap-ptes (entry 157).
Id: arm64-mte-tagged-set-on-swap-ptes
Version: 2
Title: arm64 KASAN HW-tags invalid-access in copy_page: PG_mte_tagged set on pages behind swap/migration PTEs
Arch: arm64
Platform: MTE, CONFIG_KASAN_HW_TAGS, KVM guests with MTE
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
Require: line /KASAN: invalid-access in copy_page/
Support: line /arch\/arm64\/lib\/copy_page\.S/
Support: line /Pointer tag: \[[0-9a-f]+\], memory tag: \[[0-9a-f]+\]/
Introduced-By: 69e3b846d8a753f9f279f29531ca56b0f7563ad0 ("arm64: mte: Sync tags for pages where PTE is untagged")
Fixed-By: a8e5e5146ad08d794c58252bab00b261045ef16d ("arm64: mte: Avoid setting PG_mte_tagged if no tags cleared or restored")
Fixed-In: v6.1
Fixed-In: stable 5.15.82
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/a8e5e5146ad08d794c58252bab00b261045ef16d
Link: https://cve.org/CVERecord/?id=CVE-2022-50675
Test-Log: tests/data/signatures/arm64-mte-tagged-set-on-swap-ptes.log
Description:
 Because mte_sync_tags() also runs for untagged PTEs, a page reached through a
 swap-like PTE got PG_mte_tagged set even when no tags were cleared or
 restored.  A later copy (migration) then copied KASAN's tags into the
 destination page and the tag check failed in copy_page.  The fix sets the
 flag only where tags are actually initialised.
