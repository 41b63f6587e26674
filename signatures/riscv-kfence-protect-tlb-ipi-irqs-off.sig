# Facts: research/known-bugs.yaml id riscv-kfence-protect-tlb-ipi-irqs-off (entry 114).
Id: riscv-kfence-protect-tlb-ipi-irqs-off
Version: 3
Title: RISC-V WARNING in smp_call_function_many_cond from kfence_protect: kernel TLB flush IPIs sent with interrupts disabled
Arch: riscv64
Platform: KFENCE
Evidence: console
# kfence_protect is static in mm/kfence/core.c: a build may inline it into kfence_guarded_free
Require: frame /^(kfence_protect|kfence_guarded_free)$/
Require: frame /^flush_tlb_kernel_range/
Require: arch /^riscv$/
# smp_call_function_many_cond is static in kernel/smp.c: a build may inline it into on_each_cpu_cond_mask or smp_call_function_many
Require: line /at kernel\/smp\.c:[0-9]+ (smp_call_function_many_cond|on_each_cpu_cond_mask|smp_call_function_many)\b/
Introduced-By: 47513f243b452a5e21180dcf3d6ac1c57e1781a6
Fixed-By: b3431a8bb336cece8adc452437befa7d4534b2fd ("riscv: Fix IPIs usage in kfence_protect_page()")
Fixed-In: v6.13
Fixed-In: stable 6.6.67
Fixed-In: stable 6.12.6
# Documentation/dev-tools/kfence.rst (see known-bugs-corrections.yaml):
# "Setting kfence.sample_interval=0 disables KFENCE".
Workaround: boot with kfence.sample_interval=0, which disables KFENCE and so kfence_protect_page()
Link: https://git.kernel.org/stable/c/b3431a8bb336cece8adc452437befa7d4534b2fd
Link: https://cve.org/CVERecord/?id=CVE-2024-53687
Test-Log: tests/data/signatures/riscv-kfence-protect-tlb-ipi-irqs-off.log
Test-Not: tests/data/signatures/lookalikes/riscv-kfence-protect-tlb-ipi-irqs-off.pmu-sbi-ctr-start-broadcast.log
Test-Not: tests/data/signatures/lookalikes/riscv-kfence-protect-tlb-ipi-irqs-off.ppc32-fsl-book3e-kfence-pool-not-page-mapped.log
Test-Not: tests/data/signatures/lookalikes/riscv-kfence-protect-tlb-ipi-irqs-off.x86-clocksource-watchdog-tsc-unstable-static-key.log
Test-Not: tests/data/signatures/lookalikes/riscv-kfence-protect-tlb-ipi-irqs-off.cpumask-check-range-patch-riscv32.log
Description:
 kfence_protect_page() cleared a kernel PTE and then called
 flush_tlb_kernel_range(), which on RISC-V IPIs every hart.  It can run from
 kfree() in hard-IRQ context with interrupts disabled, where
 smp_call_function_many_cond() warns.  The fix flushes only the local TLB and
 relies on KFENCE tolerating stale remote entries.
