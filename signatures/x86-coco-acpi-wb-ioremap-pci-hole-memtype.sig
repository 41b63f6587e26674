# Facts: research/known-bugs.yaml id x86-coco-acpi-wb-ioremap-pci-hole-memtype (entry 134).
Id: x86-coco-acpi-wb-ioremap-pci-hole-memtype
Version: 4
Title: TDX/SNP guests: memtype_reserve WARN and failed TPM/HPET ioremap after ACPI maps the legacy PCI hole write-back
Arch: x86_64
Platform: KVM TDX or SEV-SNP guest with MTRRs overridden to WB
Evidence: console
# memtype_reserve itself: memtype_reserve_io's WARN (an eGPU bridge window
# on bare metal) is another bug
Require: line /memtype\.c:[0-9]+ memtype_reserve\b/
# The bug's path: ACPI's own WB mapping of the region (acpi_os_map_iomem,
# through x86_acpi_os_ioremap where that wrapper exists).
Support: frame /^(x86_acpi_os_ioremap|acpi_os_map_iomem)$/
Support: context /Mapping TPM TIS/
# remap_pfn_range() of a bogus range (usbfs DMA mmap, 5.7) reaches the same
# memtype_reserve WARN: another bug
Reject: frame /^remap_pfn_range$/
Introduced-By: 8e690b817e38769dc2fa0e7473e5a5dc1fc25795
Fixed-By: 0dccbc75e18df85399a71933d60b97494110f559 ("x86/kvm: Force legacy PCI hole to UC when overriding MTRRs for TDX/SNP")
Fixed-In: v6.18
Fixed-In: stable 6.12.54
Fixed-In: stable 6.17.4
Link: https://git.kernel.org/stable/c/0dccbc75e18df85399a71933d60b97494110f559
Link: https://cve.org/CVERecord/?id=CVE-2025-40181
Test-Log: tests/data/signatures/x86-coco-acpi-wb-ioremap-pci-hole-memtype.log
Test-Log: tests/data/signatures/occurrences/x86-coco-acpi-wb-ioremap-pci-hole-memtype.2.log
Test-Not: tests/data/signatures/lookalikes/x86-coco-acpi-wb-ioremap-pci-hole-memtype.usbfs-dma-mmap.log
Test-Not: tests/data/signatures/lookalikes/x86-coco-acpi-wb-ioremap-pci-hole-memtype.egpu-bridge-window-memtype-reserve-io.log
Description:
 With MTRRs forced to write-back for confidential guests, ACPI's
 ioremap_cache() of a SystemMemory region in the legacy PCI hole got a WB
 memtype reservation.  The device driver's later UC-/WC request for the same
 range conflicted, memtype_reserve() warned and the ioremap failed.  The fix
 forces the hole to UC in the overriding MTRR setup.
