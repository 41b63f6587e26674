# Facts: CVE-2022-49851 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# <2025050144-CVE-2022-49851-6309@gregkh> (kernel-security-vulns
# cve/published/2022/CVE-2022-49851.mbox), which quotes the fix's message.
# Introduced-By is the mainline commit; the CNA also lists its 5.3.8 stable
# backport f18ed5bee7bb.
Id: riscv-reserved-mem-early-dtb-va-print-oops
Version: 2
Title: riscv boot oops printing reserved-memory regions in paging_init(): their names still point into the early, pre-paging DT mapping
Arch: riscv
Platform: riscv64 with reserved-memory nodes in the device tree (seen on PolarFire SoC), CONFIG_BUILTIN_DTB unset
Evidence: console
Require: arch /^riscv$/
# The Test-Log: the debug print_reserved_mem() from paging_init() that the
# report added to show the stale name pointer.
Variant: print-reserved-mem
Require: frame /^print_reserved_mem$/
Support: frame /^(paging_init|setup_arch)$/
Support: line /Unable to handle kernel paging request at virtual address 0000000/
# The report's own first symptom, written from its text (Conor Dooley,
# "RISC-V reserved memory problems", <8e10bf15-9fa9-fe90-1656-35bf3e87e7f8@microchip.com>,
# 2022-08-16, quoted in <Y2Ou8OjB8Ag5oViI@wendy>, 2022-11-03): a remoteproc
# driver's of_reserved_mem_lookup() compares reserved_mem[i].name, which
# points into the early mapping (0x4000_0000 range), and panics with "the
# same crash"; Evgenii Shatokhin hit it the same way on another RISC-V SoC
# and confirmed the fix.  No console log of this path was posted, so the
# fault and the name comparison are required as described.
Variant: reserved-mem-lookup
Require: frame /^of_reserved_mem_lookup$/
Require: line /Unable to handle kernel paging request at virtual address 00000000[0-9a-f]{8}/
Support: pc /^(strcmp|of_reserved_mem_lookup)$/
Introduced-By: 922b0375fc93fb1a20c5617e37c389c26bbccb70
Fixed-By: 50e63dd8ed92045eb70a72d7ec725488320fb68b ("riscv: fix reserved memory setup")
Fixed-In: v6.1
Fixed-In: stable 5.10.155
Fixed-In: stable 5.15.79
Fixed-In: stable 6.0.9
Link: https://git.kernel.org/stable/c/50e63dd8ed92045eb70a72d7ec725488320fb68b
Link: https://cve.org/CVERecord/?id=CVE-2022-49851
Test-Log: tests/data/signatures/riscv-reserved-mem-early-dtb-va-print-oops.log
Description:
 riscv scanned reserved memory from the copy of the device tree it reached
 through the early, pre-paging mapping (dtb_early_va), so the recorded
 region names pointed at addresses that are no longer mapped once the
 kernel runs on its final page tables.  Printing the regions in
 paging_init() (print_reserved_mem) or looking one up by name faults on
 a low physical-looking address during boot.  The fix scans reserved
 memory after setup_arch() has re-validated the device tree at its proper
 virtual address.
