# Facts: research/known-bugs.yaml id kvm-sev-snp-sync-vmsa-rmp-violation (entry 148).
Id: kvm-sev-snp-sync-vmsa-rmp-violation
Version: 2
Title: SEV-SNP host: RMP violation page fault in sev_es_sync_vmsa when syncing the VMSA of an already launched vCPU
Arch: x86_64
Platform: AMD SEV-SNP host
Evidence: console
Require: pc /^sev_es_sync_vmsa/
Support: line /RMP violation/
Support: frame /^snp_launch_update_vmsa/
Support: frame /^snp_launch_finish/
Introduced-By: ad27ce155566f2b4400fa865859834592bd18777
Fixed-By: 9b9f7962e3e879d12da2bf47e02a24ec51690e3d ("KVM: SEV: Reject attempts to sync VMSA of an already-launched/encrypted vCPU")
Fixed-In: v7.1
Fixed-In: stable 6.12.83
Fixed-In: stable 6.18.24
Fixed-In: stable 6.19.14
Fixed-In: stable 7.0.1
Link: https://git.kernel.org/stable/c/9b9f7962e3e879d12da2bf47e02a24ec51690e3d
Link: https://cve.org/CVERecord/?id=CVE-2026-31593
Test-Log: tests/data/signatures/kvm-sev-snp-sync-vmsa-rmp-violation.log
Test-Log: tests/data/signatures/occurrences/kvm-sev-snp-sync-vmsa-rmp-violation.2.log
Test-Not: tests/data/signatures/lookalikes/kvm-sev-snp-sync-vmsa-rmp-violation.avic-backing-page-in-use.log
Test-Not: tests/data/signatures/lookalikes/kvm-sev-snp-sync-vmsa-rmp-violation.sev-dbg-crypt-encrypt-page-overflow-kasan.log
Description:
 KVM allowed writing vCPU state into the VMSA after the vCPU had been
 launched and its VMSA had become guest-private.  On an SNP host that write
 hits an RMP-protected page and the resulting RMP #PF crashes the host.  The
 fix rejects syncing the VMSA of a launched or encrypted vCPU.
