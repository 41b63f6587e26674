# Facts: the fix's id, subject, description, Fixes: and Reported-by: from the
# tip-bot2 mail '[tip: x86/mm] x86/kasan: Populate shadow for shared chunk of
# the CPU entry area' <167130332944.4906.9099433993827830759.tip-bot2@tip-bot2>
# (Commit-ID 1cfaac2400c73378e78182a706be0f3ac8b93cd7); the same id is listed
# under this subject in a mainline revlist.  No release statement read for
# it, so no Fixed-In and no release Reject.
# The Test-Log is the report the fix names in Reported-by: syzbot's
# "BUG: unable to handle kernel paging request in vmx_handle_exit_irqoff"
# <000000000000a4496905ec7f35b7@google.com> (extid 8cdd16fd5a6c0565e227,
# linux-next 20221102, no reproducer yet).  Further occurrences: syzbot's
# reproducer crash and the fix's own quoted oops (tests/data/signatures/EVIDENCE.tsv).
# The sibling bug of the same change, the per-CPU GDT left without a shadow,
# is x86-kasan-cea-percpu-shadow-gdt-get-desc-fault (another fix).
Id: x86-kasan-cea-shared-idt-shadow-vmx-irq-fault
Version: 1
Title: x86-64 KASAN oops on the shadow of the read-only IDT in the CPU entry area: the shared CEA chunk was left without a KASAN shadow, so a software IDT lookup (KVM VMX external-interrupt exit) faults
Arch: x86_64
Platform: CONFIG_KASAN kernels with 9fd429c28073 (KASAN shadow for the CPU entry area mapped per chunk); seen with KVM on Intel (VMX) handling an external interrupt exit
Evidence: console
# A not-present fault on the KASAN shadow of the first page of the CPU entry
# area (fffffe0000000000, the read-only IDT mapping shared by all CPUs), whose
# shadow is fffffbc000000000-fffffbc0000001ff: KASAN checking a read of an
# IDT entry whose shadow was never populated.
Require: line /unable to handle page fault for address: fffffbc000000[01][0-9a-f]{2}\b|\bCR2: fffffbc000000[01][0-9a-f]{2}\b/
# The fix: "when software attempts to lookup an IDT entry, e.g. when KVM is
# handling IRQs on Intel CPUs (KVM performs direct CALL to the IRQ handler)":
# the gate's offset read from the IDT on a VM exit for an external interrupt.
Support: function /^(gate_offset|handle_external_interrupt_irqoff|vmx_handle_exit_irqoff)$/
Support: frame /^(vcpu_enter_guest|vcpu_run|kvm_arch_vcpu_ioctl_run)$/
Support: line /not-present page/
Support: line /^Oops: .*\bKASAN\b/
Introduced-By: 9fd429c28073 ("x86/kasan: Map shadow for percpu pages on demand")
Fixed-By: 1cfaac2400c73378e78182a706be0f3ac8b93cd7 ("x86/kasan: Populate shadow for shared chunk of the CPU entry area")
Link: https://lore.kernel.org/all/000000000000a4496905ec7f35b7@google.com/
Link: https://syzkaller.appspot.com/bug?extid=8cdd16fd5a6c0565e227
Link: https://lore.kernel.org/all/20221110203504.1985010-6-seanjc@google.com/
Test-Log: tests/data/signatures/x86-kasan-cea-shared-idt-shadow-vmx-irq-fault.log
Test-Log: tests/data/signatures/occurrences/x86-kasan-cea-shared-idt-shadow-vmx-irq-fault.2.log
Test-Log: tests/data/signatures/occurrences/x86-kasan-cea-shared-idt-shadow-vmx-irq-fault.3.log
Description:
 When the CPU entry areas were to be randomised across a 512 GiB range,
 KASAN stopped mapping a shadow for the whole range and mapped one for each
 per-CPU chunk on demand, forgetting the chunk shared by all CPUs at the
 start of the area: the read-only IDT mapping.  Software that reads an IDT
 entry through that mapping, as KVM on Intel does on an external-interrupt
 VM exit to call the interrupt handler directly, has the read checked by
 KASAN, which touches the missing shadow, and the kernel oopses on a
 not-present page.  The fix populates the shadow of the shared part of the
 CPU entry area at KASAN initialisation.
