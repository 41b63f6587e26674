# Facts: research/known-bugs.yaml id ppc-hash-kvm-pr-native-hpte-remove-irq.
# Releases: the torvalds/linux post-receive mail of 2023-07-16 pushes the fix
# to master after v6.5-rc1; its 6.4 backport (9fd9644c5f3d) is in the revlist
# of Linux 6.4.5-rc1.  The fix's patch mail (Fixes: 35159b5717fa, "Cc: stable
# # v6.1+") quotes the trace taking hpte_lock with interrupts on from
# kvmppc_mmu_map_page() [kvm_pr] and suspects kvm_pr is the only such caller.
Id: ppc-hash-kvm-pr-native-hpte-remove-irq
Version: 1
Title: powerpc/64s Hash: lockdep "inconsistent lock state" on hpte_lock from native_hpte_remove() called by KVM PR
Arch: powerpc
Platform: Hash MMU host running KVM PR
Evidence: console
Require: line /\(hpte_lock\)\{/
Require: frame /^native_hpte_remove$/
Support: frame /^(kvmppc_mmu_map_page|kvmppc_handle_pagefault)$/
Support: line /\[kvm_pr\]/
Introduced-By: 35159b5717fa ("powerpc/64s: make HPTE lock and native_tlbie_lock irq-safe")
Fixed-By: 8bbe9fee5848371d4af101be445303cac8d880c5 ("powerpc/64s: Fix native_hpte_remove() to be irq-safe")
Fixed-In: v6.5
Fixed-In: stable 6.4.5
Workaround: do not run guests under KVM PR (the kvm_pr module), whose page-fault path is the caller in the fix's trace; KVM HV does not use it
Link: https://msgid.link/20230517123033.18430-1-mpe@ellerman.id.au
Test-Log: tests/data/signatures/ppc-hash-kvm-pr-native-hpte-remove-irq.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-kvm-pr-native-hpte-remove-irq.ppc64s-pmi-irq-save-native-hpte-insert-hard-lockup.log
Description:
 After the HPTE lock was made irq-safe, native_hpte_remove() was still
 called by KVM PR (kvmppc_mmu_map_page()) with interrupts enabled, while the
 same lock is taken from hash faults in softirq context.  Lockdep reports the
 inconsistent usage of hpte_lock.
