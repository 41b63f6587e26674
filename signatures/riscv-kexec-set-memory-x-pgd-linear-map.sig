# Facts: research/known-bugs.yaml id riscv-kexec-set-memory-x-pgd-linear-map
# (with known-bugs-corrections.yaml applied), seed 003.
Id: riscv-kexec-set-memory-x-pgd-linear-map
Version: 2
Title: riscv: kexec dies after "Bye..." because set_memory_x() on a PGD/PUD leaf of the linear map is not propagated
Arch: riscv
Platform: Sv39 (seen on Sophgo Mango / SG2042), linear map built from 1 GB PUD/PGD leaf entries
Evidence: console
Require: function /^machine_kexec$/
Require: arch /^riscv$/
Require: access /^exec$/
Support: context /Bye\.\.\.|kexec_core: Starting new kernel/
Support: line /cause: 0+c$/
Introduced-By: 3335068f87217ea59d08f462187dc856652eea15 ("riscv: Use PUD/P4D/PGD pages for the linear mapping")
Fixed-By: 629db01c64ff6cea08fc61b52426362689ef8618 ("riscv: Don't use PGD entries for the linear mapping")
Fixed-By: 311cd2f6e25380cff0abc2884dc6a3d33bc9b5c3 ("riscv: Fix set_memory_XX() and set_direct_map_XX() by splitting huge linear mappings")
# Both fixes were pushed to the riscv for-next branch on 2023-11-08 (kernel.org
# post-receive mail), after v6.6 (2023-10-30), and were in mainline by
# 2023-11-21 (research), before v6.7.  No boot parameter avoids the bug; the
# former Workaround (carry an unmerged patch) was dropped.
Fixed-In: v6.7
Workaround: do not load a kexec or kdump kernel on affected kernels: the fault follows set_memory_x() of the kexec control page in machine_kexec_prepare()
Link: https://lore.kernel.org/r/20230714103659.3146949-1-guoren@kernel.org
Test-Log: tests/data/seeds/003_5e61664e416bb910.txt
Description:
 machine_kexec_prepare() makes the kexec control page executable with
 set_memory_x() on its linear-map address.  set_memory_*() did not split huge
 linear mappings, and a permission change on a PGD leaf is not propagated to
 the other page tables, so the jump into the relocation code right after
 "Bye..." takes an instruction page fault (cause 0xc).
