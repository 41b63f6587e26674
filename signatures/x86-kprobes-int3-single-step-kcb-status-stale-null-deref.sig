# Facts: fix, introducing commit and first fixed releases from
# research/cna-fixes.tsv (CVE-2022-50096: fix dec8784c9088, introduced by
# 6256e668b7af, mainline 6.0, stable 5.15.61, 5.18.18, 5.19.2); the
# subjects, Reported-by/Tested-by: Daniel Müller and the Link to his report
# from the 5.19-stable review of the fix and from tip-bot2's perf/urgent
# mail <165943818693.15455.252081735537091891.tip-bot2@tip-bot2>; the patch
# is <165942025658.342061.12452378391879093249.stgit@devnote2>.
# The Test-Log is Daniel Müller's report
# <20220727210136.jjgc3lpqeq42yr3m@muellerd-fedora-PC2BDTX9> ("[BUG] kernel
# NULL pointer dereference in kprobe_int3_handler", BPF CI, 5.19.0-rc7),
# indented as posted.
Id: x86-kprobes-int3-single-step-kcb-status-stale-null-deref
Version: 1
Title: x86 kprobes: NULL pointer dereference in kprobe_int3_handler() on an int3 that is not a kprobe's: the per-CPU kprobe status was left at "single-stepping" when the probe had no post handler
Arch: x86
Platform: kprobes without a post handler (BPF kprobe programs, kprobe events) in use while another int3 user, such as text patching, hits its int3 on the same CPU
Evidence: console
# A NULL (small offset) read in the kprobe int3 handler: kprobe_running()
# is NULL but the stale "single-stepping" status makes the handler treat
# the trap as the end of a single step and read the probe's instruction
# slot ...
Require: line /(BUG: kernel NULL pointer dereference|unable to handle (page fault|kernel paging request)|general protection fault)/
Require: pc /^kprobe_int3_handler$/
# ... reached from the int3 exception entry, on whatever code trapped.
Support: frame /^(do_int3|exc_int3|asm_exc_int3|do_int3_user|noist_exc_int3)$/
Require: arch /^(x86_64|i386)$/
Introduced-By: 6256e668b7af9d81472e03c6a171630c08f8858a ("x86/kprobes: Use int3 instead of debug trap for single-step")
Fixed-By: dec8784c9088b131a1523f582c2194cfc8107dc0 ("x86/kprobes: Update kcb status flag after singlestepping")
Fixed-In: v6.0
Fixed-In: stable 5.15.61
Fixed-In: stable 5.18.18
Fixed-In: stable 5.19.2
Link: https://lore.kernel.org/all/20220727210136.jjgc3lpqeq42yr3m@muellerd-fedora-PC2BDTX9
Link: https://lore.kernel.org/r/165942025658.342061.12452378391879093249.stgit@devnote2
Link: https://cve.org/CVERecord/?id=CVE-2022-50096
Test-Log: tests/data/signatures/x86-kprobes-int3-single-step-kcb-status-stale-null-deref.log
Description:
 Since x86 kprobes single-step the copied instruction by planting a
 second int3 after it, the per-CPU kprobe control block records that a
 probe is being single-stepped, and the int3 handler checks that status
 first.  When the probe had no post handler, the status was never moved
 on after the step, so the next int3 on that CPU that belonged to another
 int3 user (kernel text being patched) was taken for the end of a single
 step; the handler then
 used the current kprobe, which was NULL, and faulted on a small address.
 The fix sets the status to "single-step done" whether or not a post
 handler runs.
