# Facts: the fix's subject, Fixes:, Reported-by and Closes from the patch
# Sean Christopherson proposed in kernel bugzilla 219588
# <Z2C9VwCKz3ZjovjB@google.com> (2024-12-16) and posted as
# <20241218213611.3181643-1-seanjc@google.com> (his "applied" reply
# <173457570836.3297396.12144430815948289089.b4-ty@google.com>); the id
# 386d69f9f29b0814881fa4f92ac7b8dfa9b4f44a from kernel.org push revlists that
# list it next to the merge of kvm-x86-fixes-6.13-rcN (kvm-x86 next carried
# it as 55f60a6498e7).  No release statement read: no Fixed-In.
# The Test-Log is the bug report itself (Lei Yang, bugzilla 219588,
# 'WARNING ... tdp_mmu.c:1001 tdp_mmu_map_handle_target_level', 6.13.0-rc2+,
# Dell PowerEdge R760), read from the bugzilla mail to kvm@ (lines as the
# bugzilla mail wrapped them, quoted-printable decoded).
Id: kvm-x86-tdp-mmu-read-fault-race-writable-spte-clear-mmu-writable-warn
Version: 3
Title: KVM x86 WARNING in tdp_mmu_map_handle_target_level (6.13-rc): a read fault that raced with a write fault replaced the writable SPTE with a read-only one, tripping the new MMU-writable TLB-flush WARN
Arch: x86_64
Platform: KVM TDP MMU (EPT/NPT) on 6.13 release candidates, under guest load; benign apart from the warning and a needless TLB flush
Evidence: console
# The warning in the TDP MMU's installer of the faulting SPTE ...
Require: header /at arch\/x86\/kvm\/mmu\/tdp_mmu\.c:\d+\s+tdp_mmu_map_handle_target_level\b/
# ... on a vCPU's own page fault, where a read fault can race with a write
# fault to the same gfn.
Require: frame /^(kvm_tdp_page_fault|kvm_mmu_page_fault)$/
# KVM_PRE_FAULT_MEMORY and the TDX mirror (external) page tables reach the
# same function with other warnings there (other bugs).
Reject: frame /^(kvm_arch_vcpu_pre_fault_memory|kvm_vcpu_pre_fault_memory|kvm_tdp_map_page|set_external_spte_present|tdx_mem_page_aug)$/
# A KVM_PRE_FAULT_MEMORY failure also WARNs (KVM_BUG_ON) in
# kvm_vcpu_pre_fault_memory itself right after, so a report whose trace is
# missing still names that path on a WARNING line (Xiaoyao Li's TDX report,
# a Test-Not).
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Reject: line /\bkvm_(arch_)?vcpu_pre_fault_memory(\.[\w.]+)?\+0x/
Support: frame /^kvm_tdp_mmu_map$/
Support: arch /^x86_64$/
Introduced-By: 1a175082b190 ("KVM: x86/mmu: WARN and flush if resolving a TDP MMU fault clears MMU-writable")
Fixed-By: 386d69f9f29b0814881fa4f92ac7b8dfa9b4f44a ("KVM: x86/mmu: Treat TDP MMU faults as spurious if access is already allowed")
Link: https://bugzilla.kernel.org/show_bug.cgi?id=219588
Link: https://lore.kernel.org/all/20241218213611.3181643-1-seanjc@google.com/
Test-Log: tests/data/signatures/kvm-x86-tdp-mmu-read-fault-race-writable-spte-clear-mmu-writable-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-read-fault-race-writable-spte-clear-mmu-writable-warn.tdx-pre-fault-shared-gpa-mirror-root.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-pre-fault-memory-invalid-root-stale-check-oops.tdp-mmu-map-unmappable-gpa-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-read-fault-race-writable-spte-clear-mmu-writable-warn.walk-aborted-leaf-wrong-level-6.1.log
Description:
 A commit in the 6.13 cycle made the TDP MMU warn (and flush) when resolving
 a fault clears the MMU-writable bit of a present leaf SPTE.  If a read fault
 races with a write fault on the same gfn, the write fault installs a
 writable SPTE first, and the read fault, which could not get a writable PFN
 (fast GUP failing, e.g. on an Accessed-bit change), then overwrites it with
 a read-only SPTE: the warning fires, though nothing worse happens.  The fix
 treats a slow-path fault as spurious when the existing SPTE already allows
 the access.
