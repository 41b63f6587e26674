# Facts: research/known-bugs.yaml id arm64-hibernate-resume-cfi-exit-text-unmapped (entry 171).
Id: arm64-hibernate-resume-cfi-exit-text-unmapped
Version: 2
Title: arm64 resume from hibernation: level 3 translation fault in swsusp_arch_resume from a kCFI hash read before the copied exit code
Arch: arm64
Platform: CONFIG_CFI_CLANG, hibernation
Evidence: console
Require: pc /^swsusp_arch_resume/
Support: line /level 3 translation fault/
Support: line /user address but active_mm is swapper/
Support: frame /^hibernation_restore/
Introduced-By: 89245600941e4e0f87d77f60ee269b5e61ef4e49
Fixed-By: e2f8216ca2d8e61a23cb6ec355616339667e0ba6 ("arm64: Set __nocfi on swsusp_arch_resume()")
Fixed-In: v6.19
Fixed-In: stable 6.1.162
Fixed-In: stable 6.6.122
Fixed-In: stable 6.12.68
Fixed-In: stable 6.18.8
Link: https://git.kernel.org/stable/c/e2f8216ca2d8e61a23cb6ec355616339667e0ba6
Link: https://cve.org/CVERecord/?id=CVE-2026-23128
Test-Log: tests/data/signatures/arm64-hibernate-resume-cfi-exit-text-unmapped.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-resume-cfi-exit-text-unmapped.daif-allint-debug-warn.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-resume-cfi-exit-text-unmapped.debug-virtual-lm-alias-restore-pblist.log
Description:
 swsusp_arch_resume() calls a copy of swsusp_arch_suspend_exit() placed at the
 start of a separately mapped page.  kCFI checks a type hash stored just before
 the call target, which lies in the preceding, unmapped page, so the check
 itself faulted.  The fix marks swsusp_arch_resume() __nocfi.
