# Facts: the fix's subject and trailers from Alexandre Ghiti's patch
# <20250708-alex-fixes-v1-1-5b008d3f4d0c@rivosinc.com> as quoted in Han Gao's
# reply <CAAT7Ki-+xk-NDixFhSKNQ_zcfzkQMHfBODVuw_Q52ocJQAHaSQ@mail.gmail.com>
# (Reported-by: Han Gao, Vivian Wang, Yao Zi; Closes: Yao Zi's report; the
# diff moves text_mutex into ftrace_arch_code_modify_prepare()/post_process()
# and holds it over all of ftrace_init_nop()); the id
# e3f16d63d54e6fcf2b18812f2dd0a8d2782b5f3a from the torvalds/linux master
# post-receive of 2025-07-18 (merge of riscv-for-linus-6.16-rc7).  The patch
# carries no Fixes:; the report blames the 6.16-rc1 series merge 881dadf0792c
# ("riscv: ftrace: atmoic patching and preempt improvements"); in the same
# thread Masami Hiramatsu <CAFTtA3OONOk61uV8k4xTDtUaTKw2P8kaYBs_y=Z5tzXNCTBN0Q@mail.gmail.com>
# (quoted by Andy Chiu, the series' author, who agrees he removed
# ftrace_arch_code_modify_{prepare,post_process}) names 5aa4ef955884 as the
# commit that dropped the text_mutex from ftrace_module_enable()'s path: the
# Introduced-By below.  No release statement read: no Fixed-In.
# The Test-Log is the first lockdep log of Yao Zi's report <aGODMpq7TGINddzM@pie.lan>
# ('[REGRESSION] Random oops on SG2042 with Linux 6.16-rc and dynamic
# ftrace', 2025-07-01, QEMU virt 6.16.0-rc4), read from Alexandre Ghiti's
# reply <b060e694-caa0-4aa5-ac67-75531a5f60eb@ghiti.fr>; the variants
# module-enable-lockdep and ftrace-bug are written from the other two logs of
# the same mail (Test-Logs 2 and 3: same reporter and mail, not held out).
# The Test-Not is Guenter Roeck's next-20230210 boot warning, the same
# assertion from boot-time alternatives patching (another fix).
Id: riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race
Version: 2
Title: RISC-V 6.16-rc dynamic ftrace patches text without text_mutex (ftrace_init_nop, ftrace_module_enable): lockdep WARNING in __patch_insn_write, and random ftrace_bug/oops at module load from the shared patching fixmap race
Arch: riscv64
Platform: CONFIG_DYNAMIC_FTRACE kernels of the 6.16 release candidates; module loading (udev) or boot; the lockdep warning needs PROVE_LOCKING
Evidence: console
Require: arch /^riscv$/
# The writes under stop_machine() are another bug (riscv-ftrace-stop-machine-text-mutex-lockdep-warn).
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Reject: line /\bmulti_cpu_stop(\.[\w.]+)?\+0x/
# Boot-time alternatives patching without text_mutex is another bug (the Test-Not).
Reject: frame /^(apply_boot_alternatives|_apply_alternatives|riscv_cpufeature_patch_func|apply_early_boot_alternatives|apply_module_alternatives)$/
Variant: init-nop-lockdep
# The text_mutex assertion of the riscv text-patching writer ...
Require: header /at arch\/riscv\/kernel\/patch\.c:\d+ (__)?patch_insn_write/
# ... hit while ftrace turns call sites into nops (boot or module load),
# the path the fix puts under text_mutex.
Require: frame /^ftrace_init_nop$/
Support: frame /^(ftrace_process_locs|ftrace_module_init|ftrace_init)$/
Support: frame /^(patch_text_nosync|ftrace_rec_set_nop_ops)$/
Variant: module-enable-lockdep
# The same assertion when a module's call sites are enabled for a running
# tracer: ftrace_module_enable() no longer got text_mutex from
# ftrace_arch_code_modify_prepare().
Require: header /at arch\/riscv\/kernel\/patch\.c:\d+ (__)?patch_insn_write/
Require: frame /^ftrace_module_enable$/
Support: frame /^(ftrace_make_call|ftrace_make_nop|__ftrace_replace_code|ftrace_modify_call)$/
Variant: ftrace-bug
# Without lockdep: two writers share the patching fixmap, the nop
# initialisation of a loading module faults and ftrace_bug() warns (the
# reporter's analysis, the report the fix closes).  ftrace_bug() at module
# load has other causes, so this variant is held to the kernels with the bug.
Require: line /WARNING: .* at kernel\/trace\/ftrace\.c:\d+ ftrace_bug/
Require: frame /^ftrace_module_init$/
Require: release /^6\.16\.0-rc[1-7]\b/
Support: context /ftrace faulted on modifying/
Support: frame /^ftrace_process_locs$/
Introduced-By: 5aa4ef955884 ("riscv: ftrace: do not use stop_machine to update code")
Fixed-By: e3f16d63d54e6fcf2b18812f2dd0a8d2782b5f3a ("riscv: ftrace: Properly acquire text_mutex to fix a race condition")
Link: https://lore.kernel.org/linux-riscv/aGODMpq7TGINddzM@pie.lan/
Link: https://lore.kernel.org/all/20250708-alex-fixes-v1-1-5b008d3f4d0c@rivosinc.com/
Test-Log: tests/data/signatures/riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race.log
# the same report, kept earlier as a look-alike of riscv-ftrace-stop-machine-text-mutex-lockdep-warn
Test-Log: tests/data/signatures/lookalikes/riscv-ftrace-stop-machine-text-mutex-lockdep-warn.module-ftrace-init-nop-no-text-mutex.log
Test-Log: tests/data/signatures/occurrences/riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race.2.log
Test-Log: tests/data/signatures/occurrences/riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race.3.log
Test-Not: tests/data/signatures/lookalikes/riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race.boot-alternatives-no-text-mutex.log
Description:
 The 6.16-rc1 RISC-V ftrace rework took text_mutex only in
 arch_ftrace_update_code() and around part of ftrace_init_nop(), so
 ftrace_init_nop() wrote the per-site ops pointer, and ftrace_module_enable()
 patched a new module's call sites, without it.  All RISC-V text patching
 maps the target page through the same fixmap slots, so a module load racing
 with other patching can write through the wrong mapping: lockdep kernels
 warn in __patch_insn_write() on every such write, others fail at random
 with ftrace_bug() ("ftrace faulted on modifying") or oops while modules
 load.  The fix takes text_mutex in ftrace_arch_code_modify_prepare() and
 holds it across ftrace_init_nop().
