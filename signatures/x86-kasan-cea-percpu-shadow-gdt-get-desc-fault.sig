# Facts: the fix's subject, description, Fixes: and Reported-by: from Sean
# Christopherson's patch mail '[PATCH v2 2/5] x86/mm: Populate KASAN shadow
# for entire per-CPU range of CPU entry area'
# <20221110203504.1985010-3-seanjc@google.com> (kasan-dev copy); the id
# 97650148a15e0b30099d6175ffe278b9f55ec66a from the stable backport mail
# <20250130002741.66796-4-kovalev@altlinux.org> ("commit 97650148a15e...
# upstream") and a mainline revlist that lists it under this subject.  No
# release statement read for it, so no Fixed-In and no release Reject.
# The Test-Log is the report the fix names in Reported-by: syzbot's
# "BUG: unable to handle kernel paging request in get_desc"
# <00000000000035fba305eca64106@google.com> (extid ffb4f000dc2872c93f62,
# linux-next 20221103).  A further occurrence is the oops of the fix's own
# reproducer quoted in the patch (see tests/data/signatures/EVIDENCE.tsv).
Id: x86-kasan-cea-percpu-shadow-gdt-get-desc-fault
Version: 1
Title: x86-64 KASAN oops on the shadow of the CPU entry area: the per-CPU GDT mapping was left without a KASAN shadow, so a software GDT lookup (UMIP/IOPL #GP fixup) faults
Arch: x86_64
Platform: CONFIG_KASAN kernels with 9fd429c28073 (KASAN shadow for the CPU entry area mapped per chunk); triggered from user space by a #GP with a bogus segment (sigreturn with a garbage CS, iopl(3))
Evidence: console
# A not-present fault on the KASAN shadow of the CPU entry area
# (fffffe0000000000-fffffe7fffffffff, whose shadow lies at fffffbc000000000-
# fffffbcfffffffff): KASAN checking an access to a CEA page whose shadow was
# never populated.
Require: line /unable to handle page fault for address: fffffbc[0-9a-f]{9}\b|\bCR2: fffffbc[0-9a-f]{9}\b/
# The first page of the area is the read-only IDT shared by all CPUs
# (shadow fffffbc000000000-fffffbc0000001ff): its missing shadow is the
# sibling bug x86-kasan-cea-shared-idt-shadow-vmx-irq-fault (another fix).
Reject: line /unable to handle page fault for address: fffffbc000000[01][0-9a-f]{2}\b/
# ... while the kernel looks a segment descriptor up in the GDT by software
# (the fix: "if the kernel performs a software lookup into the GDT"), which
# the instruction decoder does for the #GP fixups.
Require: function /^(get_desc|insn_get_seg_base)$/
Support: frame /^(insn_get_effective_ip|insn_fetch_from_user(_inatomic)?|insn_get_addr_ref|fixup_umip_exception|fixup_iopl_exception|(__)?exc_general_protection)$/
Support: line /not-present page/
Support: line /^Oops: .*\bKASAN\b/
Introduced-By: 9fd429c28073 ("x86/kasan: Map shadow for percpu pages on demand")
Fixed-By: 97650148a15e0b30099d6175ffe278b9f55ec66a ("x86/mm: Populate KASAN shadow for entire per-CPU range of CPU entry area")
Link: https://lore.kernel.org/all/00000000000035fba305eca64106@google.com/
Link: https://syzkaller.appspot.com/bug?extid=ffb4f000dc2872c93f62
Link: https://lore.kernel.org/all/20221110203504.1985010-3-seanjc@google.com/
Test-Log: tests/data/signatures/x86-kasan-cea-percpu-shadow-gdt-get-desc-fault.log
Test-Log: tests/data/signatures/occurrences/x86-kasan-cea-percpu-shadow-gdt-get-desc-fault.2.log
Test-Log: tests/data/signatures/occurrences/x86-kasan-cea-percpu-shadow-gdt-get-desc-fault.3.log
Description:
 When the CPU entry areas were to be randomised across a 512 GiB range,
 KASAN stopped mapping a shadow for the whole range and instead mapped one
 for each per-CPU chunk as cea_map_percpu_pages() mapped it.  The per-CPU
 GDT is mapped with cea_set_pte() instead, so its shadow was never
 populated.  When a user #GP makes the kernel decode the faulting
 instruction (UMIP fixup, IOPL=3 CLI/STI emulation) it reads the segment
 descriptor from the GDT in software; KASAN's check of that read touches
 the missing shadow and the kernel oopses on a not-present page.  The fix
 populates the shadow for the whole per-CPU part of each CPU's entry area
 in one go.
