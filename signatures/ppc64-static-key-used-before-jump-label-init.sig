# Facts: research/known-bugs.yaml id ppc64-static-key-used-before-jump-label-init.
Id: ppc64-static-key-used-before-jump-label-init
Version: 2
Title: powerpc64: "static key used before call to jump_label_init()" when an early parameter (threadirqs) enables a static key
Arch: powerpc
Platform: any powerpc64
Evidence: console
# The fix (ca829e05d3d4): "static keys may be used in subroutines of
# parse_early_param()", threadirqs being its example; the check that warns
# sits in the static-key enable/disable/increment paths of
# kernel/jump_label.c (and, by a compiled jump_label.h read in the search,
# the decrement path), so the rule names the function (wherever the arch
# prints it, suffixes folded) instead of the "name+0x" bytes of one log.
Require: function /^static_key_(enable|disable|slow_inc|slow_dec)(_cpuslocked)?$/
Require: arch /^powerpc$/
Require: frame /^(parse_early_param|parse_early_options|early_init_devtree)$/
Support: context /used before call to jump_label_init\(\)/
Support: line /used before call to jump_label_init\(\)/
Support: frame /^setup_forced_irqthreads$/
Introduced-By: 91cc470e797828d779cd4c1efbe8519bcb358bae
Fixed-By: ca829e05d3d4f728810cc5e4b468d9ebc7745eb3 ("powerpc/64: Init jump labels before parse_early_param()")
Fixed-In: v6.0
Fixed-In: stable 5.15.63
Fixed-In: stable 5.19.4
Workaround: the warning appeared when booting with threadirqs; dropping that option avoids it
Link: https://git.kernel.org/stable/c/ca829e05d3d4f728810cc5e4b468d9ebc7745eb3
Link: https://cve.org/CVERecord/?id=CVE-2022-50012
Test-Log: tests/data/signatures/ppc64-static-key-used-before-jump-label-init.log
Test-Log: tests/data/signatures/occurrences/ppc64-static-key-used-before-jump-label-init.2.log
Test-Not: tests/data/signatures/lookalikes/ppc64-static-key-used-before-jump-label-init.s390-archrandom-4.19.log
Test-Not: tests/data/signatures/lookalikes/ppc64-static-key-used-before-jump-label-init.arm64-rng-seed-setup-machine-fdt.log
Test-Not: tests/data/signatures/lookalikes/ppc64-static-key-used-before-jump-label-init.arm-lsm-static-calls-early-security-init.log
Description:
 On powerpc64 jump_label_init() ran in setup_feature_keys(), after
 parse_early_param().  Early parameters such as threadirqs enable static
 keys, which then happens before the jump-label tables are initialised and
 the kernel warns from static_key_enable_cpuslocked().
