# Facts: CVE-2022-48943 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2024082227-CVE-2022-48943-8e11@gregkh> (kernel-security-vulns cve/published/2022/CVE-2022-48943.mbox), which quotes the fix's commit message.
Id: kvm-x86-async-pf-zero-token-lost-ready
Version: 1
Title: KVM x86 async page fault: guest task hung forever in kvm_async_pf_task_wait_schedule because the host issued token 0 and the READY event was lost
Arch: x86_64
Platform: KVM guest with paravirtual async page faults (host kernel affected), host memory overcommitted/swapping
Evidence: console
Require: line /INFO: task .* blocked for more than [0-9]+ seconds/
Require: frame /^kvm_async_pf_task_wait_schedule$/
Support: frame /^__kvm_handle_async_pf$/
Support: frame /^exc_page_fault$/
Introduced-By: 2635b5c4a0e407b84f68e188c719f28ba0e9ae1b
Fixed-By: 6f3c1fc53d86d580d8d6d749c4af23705e4f6f79 ("KVM: x86/mmu: make apf token non-zero to fix bug")
Fixed-In: v5.17
Fixed-In: stable 5.10.103
Fixed-In: stable 5.15.26
Fixed-In: stable 5.16.12
# kernel-parameters.txt: "no-kvmapf [X86,KVM] Disable paravirtualized
# asynchronous page fault handling."  The lost event is an async page fault
# READY event, so a guest that does not enable them is not exposed.
Workaround: boot the guest with no-kvmapf, so the host never sends it async page faults
Link: https://git.kernel.org/stable/c/6f3c1fc53d86d580d8d6d749c4af23705e4f6f79
Link: https://cve.org/CVERecord/?id=CVE-2022-48943
Test-Log: tests/data/signatures/kvm-x86-async-pf-zero-token-lost-ready.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-async-pf-zero-token-lost-ready.apf-lapic-disabled-5.10.log
Description:
 The host only delivers a new async page fault READY event once the guest
 has written zero back to the token field of the shared apf data, so zero
 means "slot free".  kvm_arch_setup_async_pf() could hand out a valid
 token whose value was zero; a READY event carrying it looks already
 consumed, so the host may deliver the next event over it and the wakeup
 is lost.  The guest task waiting for the page stays blocked in
 kvm_async_pf_task_wait_schedule() for good.  The fix never generates a
 zero token.  The hang shows in the guest, but the bug and the fix are in
 the host.
