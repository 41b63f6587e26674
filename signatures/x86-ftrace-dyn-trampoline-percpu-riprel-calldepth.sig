# Facts: research/known-bugs.yaml id x86-ftrace-dyn-trampoline-percpu-riprel-calldepth.
# ktriage reads no frames from this log (the trace lines carry no offsets),
# so the signature keys on the faulting instruction in the Code: line: the
# %gs-relative, %rip-relative "sarq $5" of call depth accounting.
Id: x86-ftrace-dyn-trampoline-percpu-riprel-calldepth
Version: 2
Title: x86 call depth tracking: page fault on the first call through a dynamic ftrace trampoline (unrelocated %rip-relative per-CPU reference)
Arch: x86_64
Platform: CONFIG_CALL_DEPTH_TRACKING with retbleed=stuff (Skylake-class CPUs)
Evidence: console
Require: line /Code: [0-9a-f ]+<65> 48 c1 3d( [0-9a-f]{2}){4} 05/
Require: access /^write$/
Support: frame /^call_depth_return_thunk$/
Support: line /#PF: supervisor write access in kernel mode/
Introduced-By: 59bec00ace28d565ae0a68b23063ef3b961d82d5
Fixed-By: a17dc12bfed8868e6a86f3b45c16065a70641acb ("x86/ftrace: Relocate %rip-relative percpu refs in dynamic trampolines")
Fixed-In: v7.1
Fixed-In: stable 6.12.93
Fixed-In: stable 6.18.35
Fixed-In: stable 7.0.12
# The fix's message: the crash needs CONFIG_CALL_DEPTH_TRACKING and
# retbleed=stuff; its Kconfig help says the mitigation "is off by default and
# needs to be enabled on the kernel command line via the retbleed=stuff option".
Workaround: do not boot with retbleed=stuff (choose another retbleed mitigation), or build with CONFIG_MITIGATION_CALL_DEPTH_TRACKING=n (CONFIG_CALL_DEPTH_TRACKING in older kernels)
Link: https://git.kernel.org/stable/c/a17dc12bfed8868e6a86f3b45c16065a70641acb
Link: https://cve.org/CVERecord/?id=CVE-2026-64235
Test-Log: tests/data/signatures/x86-ftrace-dyn-trampoline-percpu-riprel-calldepth.log
Description:
 Dynamic ftrace trampolines are copies of a template.  With call depth
 tracking the template contains %rip-relative per-CPU references, and the
 copy kept them without relocating them, so the first call through the copy
 writes to a bogus address and faults.
