# Facts: research/known-bugs.yaml id arm64-ioremap-prot-user-pgprot-pan-fault (entry 135).
Id: arm64-ioremap-prot-user-pgprot-pan-fault
Version: 2
Title: arm64 'read from unreadable memory' in __memcpy_fromio via generic_access_phys: ioremap_prot() kept the user PTE permissions
Arch: arm64
Platform: PAN enabled; ptrace or /proc/PID/environ access to VM_IO/PFNMAP mappings
Evidence: console
# The fault is a permission (PAN) fault on the kernel ioremap() address that
# kept the user PTE bits, so the faulting address is a kernel VA (ffff...).
# arm64 prints the same headline for NULL-pointer reads (low addresses) in
# any driver: those are other bugs.
Require: line /Unable to handle kernel read from unreadable memory at virtual address ffff[0-9a-f]{12}\b/
Require: frame /^generic_access_phys/
Support: frame /^__memcpy_fromio/
Support: frame /^(environ_read|__access_remote_vm)/
Introduced-By: 893dea9ccd08dab924839354aba21d4ed7a9abc0
Fixed-By: 8f098037139b294050053123ab2bc0f819d08932 ("arm64: io: Extract user memory type in ioremap_prot()")
Fixed-In: v7.0
Fixed-In: stable 6.6.143
Fixed-In: stable 6.12.93
Fixed-In: stable 6.18.17
Fixed-In: stable 6.19.7
Link: https://git.kernel.org/stable/c/8f098037139b294050053123ab2bc0f819d08932
Link: https://cve.org/CVERecord/?id=CVE-2026-23346
Test-Log: tests/data/signatures/arm64-ioremap-prot-user-pgprot-pan-fault.log
Test-Not: tests/data/signatures/lookalikes/arm64-ioremap-prot-user-pgprot-pan-fault.mt76-wcid-cleanup-phy-idx-null.log
Test-Not: tests/data/signatures/lookalikes/arm64-ioremap-prot-user-pgprot-pan-fault.mtk-iommu-flush-iotlb-unattached-domain.log
Description:
 generic_access_phys() passes the user mapping's pgprot to ioremap_prot().
 On arm64 that value carries the user permission bits, so the kernel's
 temporary mapping was a user mapping and the kernel access faulted under PAN.
 The fix extracts only the memory type from the user pgprot.
