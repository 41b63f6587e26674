# Facts: research/known-bugs.yaml id x86-cpa-conflict-text-ro-hardened (entry 26).
Id: x86-cpa-conflict-text-ro-hardened
Version: 2
Title: x86 CPA conflict "Text RO" and WARNING in __change_page_attr_set_clr (linux-hardened 4.20-rc1, kernel_set_to_readonly made __ro_after_init)
Arch: x86_64
Platform: linux-hardened 4.20-rc1
Evidence: console
Require: context /CPA conflict +Text RO: /
Require: line /at arch\/x86\/mm\/pageattr\.c:[0-9]+ /
Require: guilty /^__change_page_attr_set_clr$/
Support: release /^4\.20/
Support: line /Comm: swapper/
Workaround: Drop the downstream patch that marks kernel_set_to_readonly __ro_after_init (no upstream fix established)
Link: https://github.com/anthraxx/linux-hardened/issues/4
Test-Log: tests/data/signatures/x86-cpa-conflict-text-ro-hardened.log
Test-Not: tests/data/signatures/lookalikes/x86-cpa-conflict-text-ro-hardened.dev-mem-ioremap-zero-pte-2.6.26-mm1.log
Description:
 A linux-hardened patch made kernel_set_to_readonly __ro_after_init.  In 4.20
 the CPA code gained static-protection conflict checks, and with the patch
 applied a later attribute change on the kernel text mapping is reported as a
 conflict with the text read-only protection and warns.  Only kernels
 carrying the downstream patch are affected.
