# Facts: research/known-bugs.yaml id ppc-hash-lpar-hprotect-rodata, seed 000.
Id: ppc-hash-lpar-hprotect-rodata
Version: 3
Title: powerpc/64s Hash LPAR: H_PROTECT briefly unmaps kernel text while mark_rodata_ro() runs, other CPUs fault on valid text
Arch: powerpc
Platform: pseries LPAR under PowerVM (phyp), Hash MMU; not seen on KVM
# Evidence partial: the seed is an xmon session quoted in a commit message, and
# xmon prints no MMU line: the Reject on mmu cannot be checked, which costs a step.
Evidence: partial
# The fault hits another CPU in the window of mark_rodata_ro(), which runs
# right after free_initmem() prints its "Freeing unused kernel" line: that
# line, just before the report or printed into it, times the fault.  The
# fault is a valid access to kernel text or data (0xc000... addresses), an
# instruction fetch or a read, often in the exception entry code the CPU
# runs first; a write fault there is a real write to read-only memory.
Require: log /Freeing unused kernel (image \(initmem\) )?memory/
Require: line /Unable to handle kernel (instruction fetch|data access on read at 0xc0{7})|Vector: 400 \(Instruction Access\)/
Require: arch /^powerpc$/
Support: context /Freeing unused kernel (image \(initmem\) )?memory/
Support: mmu /^Hash$/
Support: platform /^pSeries$/
Support: line /exc_virt_0x4400_instruction_access|data_access_common_virt|Faulting instruction address: 0xc0000000000044/
Reject: mmu /^Radix$/
# A fault whose NIP has no symbol is not on kernel text: not this bug.
Reject: line /^NIP +\[[0-9a-f]+\] 0x[0-9a-f]+$/
# An execute of a no-exec page is a real bug: here the text is executable.
Reject: log /kernel tried to execute exec-protected page/
Reject: frame /^(do_entry_flush_fixups|entry_flush_set)$/
Fixed-By: 87e65ad7bd3a84a992723753fcc23d31c2d063c2 ("powerpc/mm/64s/hash: Add real-mode change_memory_range() for hash LPAR")
# The fix came in the powerpc-5.13-1 pull (5.13 merge window).  Its message
# names hash__mark_rodata_ro() as the cause and STRICT_KERNEL_RWX as what
# exposed it; init/main.c mark_readonly() calls mark_rodata_ro() only when
# rodata is enabled ("Kernel memory protection disabled." otherwise).
Fixed-In: v5.13
Workaround: build without CONFIG_STRICT_KERNEL_RWX, or boot with rodata=off so mark_rodata_ro() is skipped; the symptom is intermittent and may be a silent hang
Link: https://lore.kernel.org/r/20210331003845.216246-5-mpe@ellerman.id.au
Test-Log: tests/data/seeds/000_67590d50e4aaf037.txt
Test-Log: tests/data/signatures/occurrences/ppc-hash-lpar-hprotect-rodata.2.log
Test-Log: tests/data/signatures/occurrences/ppc-hash-lpar-hprotect-rodata.3.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-lpar-hprotect-rodata.e500-free-initmem-jump-label-write-5.18-next.log
Test-Not: tests/data/signatures/lookalikes/ppc-hash-lpar-hprotect-rodata.ppc64-bpf-jit-extra-pass-pseudo-func-callback-5.14.log
Description:
 Late in boot hash__mark_rodata_ro() makes kernel text and rodata read-only
 with the H_PROTECT hypercall.  PowerVM implements it by briefly removing the
 HPTE of the text; any other CPU executing in that window takes an
 instruction (or data) fault on perfectly valid kernel text.
 .
 The fix stops all other CPUs in real mode while the mapping changes.
