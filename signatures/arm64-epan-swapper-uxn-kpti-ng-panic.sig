# Facts: research/known-bugs.yaml id arm64-epan-swapper-uxn-kpti-ng-panic (entry 63),
# completed by research/cna-fixes.tsv CVE-2022-50230 (mainline commit c3cee924bd85, v6.0;
# stable 5.19.1 commit 9283e708a9b8) and CVE-2022-50232, the same fix's record
# for the 5.15 branch (stable commit 775871d4be0d, 5.15.60).
# No console log of this bug is known; the fault shape is inferred from the
# fix's description (a privileged read of __idmap_kpti_flag denied by EPAN).
Id: arm64-epan-swapper-uxn-kpti-ng-panic
Version: 1
Title: arm64 with FEAT_EPAN: boot-time oops in idmap_kpti_install_ng_mappings because swapper/idmap PTEs lack UXN
Arch: arm64
Platform: CPUs implementing FEAT_EPAN with KPTI nG remapping at boot
Evidence: frames-only
Require: frame /^idmap_kpti_install_ng_mappings$/
Require: arch /^arm64$/
Support: line /FSC = 0x0[cdef]: level [0-3] permission fault/
Support: log /Enhanced Privileged Access Never/
Introduced-By: 18107f8a2df6bf1c6cac8d0713f757f866d5af51 ("arm64: Support execute-only permissions with Enhanced PAN")
Fixed-By: 9283e708a9b8529e7aafac9ab5c5c79a9fab8846 ("arm64: set UXN on swapper page tables")
Fixed-By: 775871d4be0d75e219cca937af843a4a1b60489a ("arm64: set UXN on swapper page tables")
Fixed-By: c3cee924bd855184d15bc4aa6088dcf8e2c1394c ("arm64: head: cover entire kernel image in initial ID map")
Fixed-In: v6.0
Fixed-In: stable 5.15.60
Fixed-In: stable 5.19.1
Link: https://git.kernel.org/stable/c/9283e708a9b8529e7aafac9ab5c5c79a9fab8846
Link: https://lore.kernel.org/r/20220719234909.1398992-1-pcc@google.com
Link: https://lore.kernel.org/r/20220808125321.32598-1-will@kernel.org
Link: https://cve.org/CVERecord/?id=CVE-2022-50230
Link: https://cve.org/CVERecord/?id=CVE-2022-50232
Link: https://git.kernel.org/stable/c/775871d4be0d75e219cca937af843a4a1b60489a
Test-Log: tests/data/signatures/synthetic/arm64-epan-swapper-uxn-kpti-ng-panic.log
Description:
 With FEAT_EPAN, privileged reads and writes are refused on pages that user
 space may execute.  The early swapper and identity-map entries were built
 without UXN, so when KPTI rewrote the kernel mappings as non-global at boot,
 idmap_kpti_install_ng_mappings() faulted on its own __idmap_kpti_flag and
 the kernel panicked.  The stable fix sets UXN on those entries; mainline
 lost the bug as a side effect of the rework of the initial ID map.
