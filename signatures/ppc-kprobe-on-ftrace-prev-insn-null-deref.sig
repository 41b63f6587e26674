# Facts: CVE-2022-50635 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2022/CVE-2022-50635.mbox), which quotes
# the fix's message.
Id: ppc-kprobe-on-ftrace-prev-insn-null-deref
Version: 2
Title: powerpc kprobes: NULL dereference in arch_prepare_kprobe() probing the instruction after an ftrace-based kprobe (its ainsn.insn slot is NULL)
Arch: powerpc
Platform: ppc64 with KPROBES_ON_FTRACE
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /(NIP|LR)[: ]+(\[[0-9a-f]+\] )?arch_prepare_kprobe(\.[\w.]+)?\+/
Require: arch /^powerpc$/
Support: frame /^register_kprobe$/
Support: line /NULL pointer dereference/
Introduced-By: b4657f7650babc9bfb41ce875abe41b18604a105
Fixed-By: 97f88a3d723162781d6cbfdc7b9617eefab55b19 ("powerpc/kprobes: Fix null pointer reference in arch_prepare_kprobe()")
Fixed-In: v6.1
Fixed-In: stable 5.15.75
Fixed-In: stable 5.19.17
Fixed-In: stable 6.0.3
Link: https://git.kernel.org/stable/c/97f88a3d723162781d6cbfdc7b9617eefab55b19
Link: https://cve.org/CVERecord/?id=CVE-2022-50635
Test-Log: tests/data/signatures/ppc-kprobe-on-ftrace-prev-insn-null-deref.log
Test-Log: tests/data/signatures/occurrences/ppc-kprobe-on-ftrace-prev-insn-null-deref.2.log
Test-Not: tests/data/signatures/lookalikes/ppc-kprobe-on-ftrace-prev-insn-null-deref.next-execmem-alloc-null-kprobes-init.log
Test-Not: tests/data/signatures/lookalikes/ppc-kprobe-on-ftrace-prev-insn-null-deref.next-execmem-kprobes-vmalloc-fail-6.6-rc2.log
Description:
 To refuse a probe in the middle of a prefixed instruction,
 arch_prepare_kprobe() reads the instruction copy of a kprobe registered at
 the previous word.  A kprobe placed on an ftrace location does not get an
 instruction slot (ainsn.insn stays NULL), so probing the next instruction
 after such a probe dereferences NULL while registering.  The fix skips the
 check when the previous kprobe is ftrace-based.
