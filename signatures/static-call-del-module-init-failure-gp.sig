# Facts: research/known-bugs.yaml id static-call-del-module-init-failure-gp.
# Written from Jinjie Ruan's two reports (occurrences/, see EVIDENCE.tsv): the fix
# names his thread; static_call_add_module() is inlined into the notifier there.
Id: static-call-del-module-init-failure-gp
Version: 4
Title: x86 static calls: general protection fault in static_call_del_module() after static_call_add_module() fails during module load
Arch: x86_64
Platform: HAVE_STATIC_CALL_INLINE kernels, module loading under memory pressure
Evidence: console
Require: function /^static_call_del_module$/
# the garbage pointer is a sites pointer with bit 0 set: its "->next" may
# lie in the first page ('mods == 1', address 0x9), which x86 reports as a
# NULL pointer dereference (Wang Hai's 2021 fault-injection report)
Require: header /general protection fault|kernel NULL pointer dereference/
Require: arch /^x86_64$/
Support: frame /^(static_call_module_notify|static_call_add_module|__static_call_init)$/
Support: frame /^load_module$/
Introduced-By: 9183c3f9ed710a8edf1a61e8a96d497258d26e08
Fixed-By: 4b30051c4864234ec57290c3d142db7c88f10d8a ("static_call: Handle module init failure correctly in static_call_del_module()")
Fixed-In: v6.12
Fixed-In: stable 5.15.168
Fixed-In: stable 6.1.113
Fixed-In: stable 6.6.55
Fixed-In: stable 6.10.14
Fixed-In: stable 6.11.3
Link: https://git.kernel.org/stable/c/4b30051c4864234ec57290c3d142db7c88f10d8a
Link: https://cve.org/CVERecord/?id=CVE-2024-50002
Test-Log: tests/data/signatures/occurrences/static-call-del-module-init-failure-gp.2.log
Test-Log: tests/data/signatures/occurrences/static-call-del-module-init-failure-gp.3.log
Test-Log: tests/data/signatures/occurrences/static-call-del-module-init-failure-gp.4.log
Test-Log: tests/data/signatures/occurrences/static-call-del-module-init-failure-gp.5.log
Test-Not: tests/data/signatures/lookalikes/static-call-del-module-init-failure-gp.fgraph-funcgraph-args-double-register-null-ip-6.16-rc2.log
Description:
 A static call key's mods and sites pointers share a union told apart by
 bit 0.  When __static_call_init() failed partway through loading a module,
 the cleanup in static_call_del_module() took a sites pointer for a
 static_call_mod list and dereferenced garbage.
