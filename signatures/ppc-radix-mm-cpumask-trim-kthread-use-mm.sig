# Facts: research/known-bugs.yaml id ppc-radix-mm-cpumask-trim-kthread-use-mm (entry 37).
# No console log of this bug is known.  In the affected releases the IPI
# handler do_exit_flush_lazy_tlb() has BUG_ON(current->mm) (the fix's diff in
# <20200914045219.3736466-5-npiggin@gmail.com>, which has Fixes: 0cef77c7798a7,
# turns it into a WARN_ON_ONCE); the rule also accepts a WARNING at the same file.
Id: ppc-radix-mm-cpumask-trim-kthread-use-mm
Version: 2
Title: powerpc/64s Radix: mm_cpumask trimming IPI (do_exit_flush_lazy_tlb) races with kthread_use_mm() of an io_uring kernel thread
Arch: powerpc64
Platform: Book3S-64 Radix MMU; io_uring SQ threads (kthread_use_mm)
Evidence: frames-only
# the WARNING header of kernels before and after 6.19 ("WARNING: path:N at func+0x.., CPU#N: comm/pid")
Require: line /(kernel BUG at |WARNING: (?:CPU: [0-9]+ PID: [0-9]+ at )?)arch\/powerpc\/mm\/book3s64\/radix_tlb\.c/
Require: frame /^do_exit_flush_lazy_tlb$/
Support: mmu /^Radix$/
Support: line /Comm: (io_uring|iou-sqp)/
Introduced-By: 0cef77c7798a7 ("powerpc/64s/radix: flush remote CPUs out of single-threaded mm_cpumask")
Fixed-By: a665eec0a22e11cdde708c1c256a465ebe768047 ("powerpc/64s/radix: Fix mm_cpumask trimming race vs kthread_use_mm")
# a665eec0a22e came in the powerpc-5.10-1 pull (5.10 merge window); a later
# fix with Fixes: a665eec0a22e is tagged "Cc: stable # v5.10+".  The fix is to
# Radix-only code (its subject), and disable_radix exists
# (known-bugs-corrections.yaml).
Fixed-In: v5.10
Fixed-In: stable 4.19.153
Workaround: boot with disable_radix to use the hash MMU
Link: https://lore.kernel.org/r/20200914045219.3736466-5-npiggin@gmail.com
Link: https://git.kernel.org/torvalds/c/a665eec0a22e11cdde708c1c256a465ebe768047
Test-Log: tests/data/signatures/synthetic/ppc-radix-mm-cpumask-trim-kthread-use-mm.log
Test-Not: tests/data/signatures/lookalikes/ppc-radix-mm-cpumask-trim-kthread-use-mm.vas-window-close-mm-ref-flush-all-mm.log
Description:
 When a process becomes single-threaded, radix sends an IPI so that other
 CPUs still holding its mm as a lazy TLB context drop it, and then trims
 mm_cpumask.  That assumed nobody else could start using the mm, but io_uring
 kernel threads take it with mmget_not_zero() and kthread_use_mm().  The IPI
 handler could then find the mm in real use and hit its assertion, or a CPU
 could keep using the mm without receiving TLB flushes.
