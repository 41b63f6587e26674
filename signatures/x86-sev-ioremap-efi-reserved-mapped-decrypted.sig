# Facts: research/known-bugs.yaml id x86-sev-ioremap-efi-reserved-mapped-decrypted (entry 97).
Id: x86-sev-ioremap-efi-reserved-mapped-decrypted
Version: 3
Title: SEV guest boot: general protection fault in efi_mokvar_entry_next, EFI-reserved memory ioremapped without the encryption bit
Arch: x86_64
Platform: AMD SEV guest (memory encryption C-bit), UEFI boot
Evidence: console
Require: pc /^efi_mokvar_entry_next/
Support: line /general protection fault/
Support: frame /^efi_mokvar_sysfs_init$/
Introduced-By: 58c909022a5a56cd1d9e89c8c5461fd1f6a27bb5
Fixed-By: 8d651ee9c71bb12fc0c8eb2786b66cbe5aa3e43b ("x86/ioremap: Map EFI-reserved memory as encrypted for SEV")
Fixed-In: v5.13
Fixed-In: stable 5.10.46
Fixed-In: stable 5.12.13
Link: https://git.kernel.org/stable/c/8d651ee9c71bb12fc0c8eb2786b66cbe5aa3e43b
Link: https://cve.org/CVERecord/?id=CVE-2021-47228
Test-Log: tests/data/signatures/x86-sev-ioremap-efi-reserved-mapped-decrypted.log
Test-Log: tests/data/signatures/occurrences/x86-sev-ioremap-efi-reserved-mapped-decrypted.2.log
Test-Not: tests/data/signatures/lookalikes/x86-sev-ioremap-efi-reserved-mapped-decrypted.rhel82-gce-sev-mokvar-runtime-data-985e537a.log
Description:
 Memory that efi_mem_reserve() keeps past ExitBootServices() is tagged
 EFI_MEMORY_RUNTIME, but __ioremap_check_other() did not treat it as
 encrypted, so an SEV guest mapped it without the C-bit.  Reads through that
 mapping return ciphertext, and the MOK variable table walker followed garbage
 pointers into a general protection fault.  The fix maps EFI-reserved memory
 encrypted.
