# Facts: research/known-bugs.yaml id riscv-patch-text-local-icache-before-remote-fence (entry 151).
Id: riscv-patch-text-local-icache-before-remote-fence
Version: 3
Title: RISC-V boot 'Oops - illegal instruction' while ftrace patches text: remote fence.i requested before the local icache is flushed
Arch: riscv64
Platform: SiFive Unmatched, SBI remote fence.i
Evidence: console
Require: line /Oops - illegal instruction/
Require: frame /^(patch_text_nosync|ftrace_init_nop|flush_icache_all)/
Require: arch /^riscv$/
# The illegal instruction is taken inside flush_icache_all()'s request for a
# remote fence.i, i.e. before the local hart has flushed its own icache: the
# trace names that call.  Other riscv illegal-instruction oopses (missing ISA
# extensions, bad kprobe slots) do not run through it.
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\b(flush_icache_all|sbi_remote_fence_i)(\.[\w.]+)?\+0x[0-9a-f]+\/0x[0-9a-f]+/
Support: frame /^sbi_remote_fence_i/
Support: guilty /^riscv_cpuid_to_hartid_mask/
Introduced-By: fab957c11efe2f405e08b9f0d080524bc2631428
Fixed-By: bb8958d5dc79acbd071397abb57b8756375fe1ce ("riscv: Flush current cpu icache before other cpus")
Fixed-In: v5.15
Fixed-In: stable 5.10.73
Fixed-In: stable 5.14.12
Link: https://git.kernel.org/stable/c/bb8958d5dc79acbd071397abb57b8756375fe1ce
Link: https://cve.org/CVERecord/?id=CVE-2021-47414
Test-Log: tests/data/signatures/riscv-patch-text-local-icache-before-remote-fence.log
Test-Not: tests/data/signatures/lookalikes/riscv-patch-text-local-icache-before-remote-fence.zdinx-isa-string-fstate-restore.log
Test-Not: tests/data/signatures/lookalikes/riscv-patch-text-local-icache-before-remote-fence.tagged-addr-ctrl-no-supm.log
Test-Not: tests/data/signatures/lookalikes/riscv-patch-text-local-icache-before-remote-fence.bpf-prog-pack-invalidate-remote-fence-flood-soft-lockup.log
Description:
 flush_icache_all() asked SBI to run fence.i on the other harts before syncing
 the local instruction cache.  The code on that path (here
 riscv_cpuid_to_hartid_mask) had itself just been patched by ftrace, so the
 CPU executed stale instructions.  The fix flushes the local icache first.
