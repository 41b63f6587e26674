# Facts: research/known-bugs.yaml id xen-pv-l1tf-vulnerable-l1e-pat, as corrected by
# known-bugs-corrections.yaml (cause KFENCE, not the Xen PAT patch first suspected;
# fix and introducing commit); the full fix id is from Andrew Cooper's comment on
# Qubes issue #7935 (2026-06-22), which also ties that issue's crash to KFENCE.
Id: xen-pv-l1tf-vulnerable-l1e-pat
Version: 4
Title: Xen crashes a PV guest with "L1TF-vulnerable L1e ... - Crashing": KFENCE leaves a not-present PTE that still holds a page address
Arch: x86_64 (Xen PV)
Platform: Xen PV domU (Qubes OS) with CONFIG_KFENCE, where Xen cannot shadow the guest
# Evidence partial: the Test-Logs are real Xen excerpts without a guest call trace:
# nothing in them can corroborate the symptom, so matches stay at medium.
Evidence: partial
Require: context /L1TF-vulnerable L1e [0-9a-f]+ - Crashing/
Require: kind /^xen$/
Support: line /domain_crash called from [^ ]*shadow\.h:\d+/
Support: line /CONTEXT: pv guest/
Introduced-By: 1dc0da6e9ec0 ("x86, kfence: enable KFENCE for x86")
Fixed-By: b505f1944535f83d369ae68813e7634d11b990d3 ("x86/kfence: avoid writing L1TF-vulnerable PTEs")
Fixed-In: v6.19
# Qubes' 'Disable KFENCE, as it breaks PV guests' (QubesOS/qubes-linux-kernel pull
# request 694, 'Fixes: QubesOS/qubes-issues#7935') is this workaround
Workaround: build the PV guest kernel without CONFIG_KFENCE until it has the fix
Link: https://github.com/torvalds/linux/commit/b505f1944535f83d369ae68813e7634d11b990d3
Link: https://lkml.kernel.org/r/20260106180426.710013-1-andrew.cooper3@citrix.com
Link: https://github.com/QubesOS/qubes-issues/issues/8593
Link: https://github.com/QubesOS/qubes-issues/issues/7935
Test-Log: tests/data/signatures/xen-pv-l1tf-vulnerable-l1e-pat.log
Test-Log: tests/data/signatures/occurrences/xen-pv-l1tf-vulnerable-l1e-pat.2.log
Description:
 Xen treats a not-present L1 entry that still points at real memory (Linux
 inverts the address of its own not-present PTEs against L1TF) as
 L1TF-vulnerable, and a PV guest that writes one is shadowed or, where Xen
 cannot shadow it, crashed.  kfence_protect_page() protected a KFENCE page
 by clearing only _PAGE_PRESENT, leaving exactly such an entry.  The Qubes
 reports first blamed a downstream Xen PAT patch; the fix makes KFENCE write
 its not-present PTEs in a form Xen accepts.
