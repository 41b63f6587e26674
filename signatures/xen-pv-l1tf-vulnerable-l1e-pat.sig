# Facts: research/known-bugs.yaml id xen-pv-l1tf-vulnerable-l1e-pat.
# No fix and no introducing commit are established (a downstream Xen PAT patch).
Id: xen-pv-l1tf-vulnerable-l1e-pat
Version: 3
Title: Xen crashes a PV guest with "L1TF-vulnerable L1e ... - Crashing" on a Xen carrying a non-standard PAT patch
Arch: x86_64 (Xen PV)
Platform: Xen PV domU (Qubes OS), Xen built with a PAT-layout patch that is not PV-ABI compliant
# Evidence partial: the Test-Logs are real Xen excerpts without a guest call trace:
# nothing in them can corroborate the symptom, so matches stay at medium.
Evidence: partial
Require: context /L1TF-vulnerable L1e [0-9a-f]+ - Crashing/
Require: kind /^xen$/
Support: line /domain_crash called from [^ ]*shadow\.h:\d+/
Support: line /CONTEXT: pv guest/
Workaround: run the domain as PVH/HVM, or use a Xen without the PAT patch (per the issue discussion)
Link: https://github.com/QubesOS/qubes-issues/issues/8593
Link: https://github.com/QubesOS/qubes-issues/issues/7935
Test-Log: tests/data/signatures/xen-pv-l1tf-vulnerable-l1e-pat.log
Test-Log: tests/data/signatures/occurrences/xen-pv-l1tf-vulnerable-l1e-pat.2.log
Description:
 Xen's L1TF protection crashes a PV guest that writes an L1 page-table entry
 Xen considers unsafe to expose to speculation.  In the Qubes reports this
 happened only with a Xen carrying a downstream patch that changes the PAT
 layout in a way that is not PV-ABI compliant; the maintainer could not
 reproduce it on an unpatched Xen.
