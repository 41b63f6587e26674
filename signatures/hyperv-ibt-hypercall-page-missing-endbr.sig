# Facts: research/known-bugs.yaml id hyperv-ibt-hypercall-page-missing-endbr.
# No console log of this bug is known; hyperv_init is the research's inferred
# frame.  The "Missing ENDBR" line precedes the oops header and is kept by
# ktriage as context, hence the two Support forms.
Id: hyperv-ibt-hypercall-page-missing-endbr
Version: 2
Title: x86 Hyper-V guest with IBT panics on the first hypercall: the hypercall page lacks ENDBR64
Arch: x86_64
Platform: Hyper-V ConfigVersion 9.3 or later, CPUs with IBT, CONFIG_X86_KERNEL_IBT
Evidence: frames-only
Require: frame /^hyperv_init$/
Require: header /invalid opcode|control protection/i
Require: arch /^x86_64$/
# v2, after the held-out sweep of guest logs: the bug is an IBT violation, a
# control-protection fault on the indirect call into the hypercall page, and
# the kernel's #CP handler always prints "Missing ENDBR: <target>" before its
# BUG() (or the header names the control-protection fault).  An invalid
# opcode raised by an instruction of the Hyper-V code itself during
# hyperv_init (a VMMCALL executed on an Intel CPU by the SEV-SNP hypercall
# path, Dexuan Cui's report on 6.5-rc4) is another bug with the same header
# and frame.
Require: log /Missing ENDBR: |control protection/i
Support: line /Microsoft Corporation Virtual Machine/
Introduced-By: 991625f3dd2cbc4b787deb0213e2bcf8fa264b21
Fixed-By: d5ace2a776442d80674eff9ed42e737f7dd95056 ("x86/hyperv: Disable IBT when hypercall page lacks ENDBR instruction")
Fixed-In: v6.5
Fixed-In: stable 6.1.45
Fixed-In: stable 6.4.10
# ibt=off clears X86_FEATURE_IBT (ibt_setup(), added with kernel IBT), which is
# what the fix does when the hypercall page lacks ENDBR.
Workaround: boot with ibt=off
Link: https://git.kernel.org/stable/c/d5ace2a776442d80674eff9ed42e737f7dd95056
Link: https://cve.org/CVERecord/?id=CVE-2023-54172
Test-Log: tests/data/signatures/synthetic/hyperv-ibt-hypercall-page-missing-endbr.log
Test-Not: tests/data/signatures/lookalikes/hyperv-ibt-hypercall-page-missing-endbr.tboot-shutdown-entry.log
Test-Not: tests/data/signatures/lookalikes/hyperv-ibt-hypercall-page-missing-endbr.hyperv-snp-vmmcall-hypercall-on-intel.log
Test-Not: tests/data/signatures/lookalikes/hyperv-ibt-hypercall-page-missing-endbr.vboxdrv-kallsyms-lookup-name-endbr.log
Test-Not: tests/data/signatures/lookalikes/hyperv-ibt-hypercall-page-missing-endbr.vmnet-init-module-cet-6.8.log
Description:
 Hypercalls are indirect calls into the executable hypercall page that
 Hyper-V provides.  Current Hyper-V versions do not start that page with an
 ENDBR64 instruction, so with kernel IBT enabled every hypercall raises a
 control-protection fault and the guest dies early in boot.  The fix clears
 X86_FEATURE_IBT when the page lacks ENDBR.
