# Facts: research/known-bugs.yaml id arm64-bpf-trampoline-bti-return-blr (entry 158).
# ktriage does not start a report at 'Unhandled 64-bit el1h sync exception'; the BTI line is read from the
# context of the panic report.
Id: arm64-bpf-trampoline-bti-return-blr
Version: 4
Title: arm64 BTI exception on return from a BPF trampoline into the patched function (BLR instead of RET)
Arch: arm64
Platform: BTI-enabled kernel (guarded text pages), BPF fentry trampolines
Evidence: console
# the BTI exception in either console form: 'Unhandled 64-bit el1h sync exception
# ... ESR 0x... -- BTI' (the Test-Log), or 'Internal error: Oops - BTI: <esr>' on
# kernels with 830a2a4d853f ("arm64: rework BTI exception handling"), whose
# message shows both forms (the el1-bti-test-callee look-alikes)
Require: log /ESR 0x[0-9a-f]+ -- BTI|Oops - BTI: [0-9a-f]+/
# the LR is inside the trampoline image (named bpf_trampoline_<key>[_<n>]), not in the C code
# that builds it (bpf_trampoline_update() and friends, see the CKI look-alike)
Require: lr /^bpf_trampoline_[0-9]/
Support: frame /^bpf_fentry_test/
Support: line /Unhandled exception/
Introduced-By: efc9909fdce00a827a37609628223cd45bf95d0b
Fixed-By: 738a96c4a8c36950803fdd27e7c30aca92dccefd ("bpf, arm64: Fixed a BTI error on returning to patched function")
Fixed-In: v6.3
Fixed-In: stable 6.1.25
Fixed-In: stable 6.2.12
Link: https://git.kernel.org/stable/c/738a96c4a8c36950803fdd27e7c30aca92dccefd
Link: https://cve.org/CVERecord/?id=CVE-2023-53634
Test-Log: tests/data/signatures/arm64-bpf-trampoline-bti-return-blr.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.freplace-plt-bti-c.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.lkdtm-cfi-forward-landing-pad.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.el1-bti-test-callee-panic.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.el1-bti-test-callee-oops.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.jit-indirect-jump-table-v1.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.jit-indirect-jump-table-v3.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.cki-register-fentry-null-fops.log
Test-Not: tests/data/signatures/lookalikes/arm64-bpf-trampoline-bti-return-blr.jit-exception-boundary-fp-uninit.log
Description:
 With BPF_TRAMP_F_CALL_ORIG the trampoline returned to the instruction after
 the patched call site with BLR, an indirect branch checked by BTI.  Unless
 that instruction is a BTI or PACIASP landing pad, the guarded page raises a
 BTI exception and the kernel panics.  The fix returns with RET.
