# Facts: research/known-bugs.yaml id ppc-hash-kfence-native-tlbie-lock-irqsafe
# (with known-bugs-corrections.yaml applied).
Id: ppc-hash-kfence-native-tlbie-lock-irqsafe
Version: 4
Title: powerpc/64s Hash: lockdep "inconsistent lock state" on native_tlbie_lock/hpte_lock when KFENCE unmaps pages from softirq
Arch: powerpc
Platform: Hash MMU running natively (PowerMac, PowerNV), CONFIG_KFENCE, lockdep
Evidence: console
Require: line /inconsistent \{IN-SOFTIRQ-W\} -> \{SOFTIRQ-ON-W\} usage/
Require: frame /^(hash__change_memory_range|native_hpte_updateboltedpp|native_hpte_invalidate)$/
Require: line /\((native_tlbie_lock|hpte_lock)\)\{/
# The softirq taker (KFENCE) is in the "state was registered at" trace, which a
# quoted report often cuts short: the lock and its HPTE functions are the bug.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Support: line /\.?(kfence_protect|hash__kernel_map_pages)(\.[\w.]+)?\+0x/
Support: frame /^(hash__mark_initmem_nx|hash__mark_rodata_ro)$/
Reject: frame /^native_hpte_remove$/
Fixed-By: 35159b5717fa9c6031fdd6a2193c7a3dc717ce33 ("powerpc/64s: make HPTE lock and native_tlbie_lock irq-safe")
Fixed-By: be83d5485da549d934ec65463ea831709f2827b1 ("powerpc/64s: Add lockdep for HPTE lock")
Fixed-By: b12eb279ff552bd67c167b0fe701ae602aa7311e ("powerpc/64s: make linear_map_hash_lock a raw spinlock")
Fixed-In: v6.1
Workaround: kfence.sample_interval=0 disables KFENCE (parameter and meaning verified)
Link: https://patchwork.ozlabs.org/project/linuxppc-dev/patch/20221013230710.1987253-1-npiggin@gmail.com/
Test-Log: tests/data/signatures/ppc-hash-kfence-native-tlbie-lock-irqsafe.log
Test-Log: tests/data/signatures/occurrences/ppc-hash-kfence-native-tlbie-lock-irqsafe.2.log
Test-Log: tests/data/signatures/occurrences/ppc-hash-kfence-native-tlbie-lock-irqsafe.3.log
Test-Log: tests/data/signatures/occurrences/ppc-hash-kfence-native-tlbie-lock-irqsafe.4.log
Description:
 KFENCE changes kernel mappings (hash__kernel_map_pages()) from softirq
 context, taking the HPTE and tlbie locks, while process-context permission
 changes (hash__change_memory_range(), e.g. from mark_initmem_nx) take the
 same locks with interrupts enabled.  Lockdep reports the inversion, which is
 a real deadlock risk.
