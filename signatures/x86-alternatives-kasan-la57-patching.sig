# Facts: research/known-bugs.yaml id x86-alternatives-kasan-la57-patching.
# The first Test-Log is the commit message's excerpt: ktriage ends it at
# the "..." line, so nothing in it corroborates the symptom (lint: a bare
# excerpt may stay at medium).  The second is Fei Yang's full report from
# v1 of the fix, whose trace holds the patching frames.
Id: x86-alternatives-kasan-la57-patching
Version: 4
Title: x86 5-level paging: KASAN out-of-bounds in rcu_is_watching() while apply_alternatives() patches the LA57 checks
Arch: x86_64
Platform: LA57 (5-level paging) with CONFIG_KASAN
Evidence: console
Require: kind /^sanitizer$/
Support: line /by task swapper\/0\/0\b/
Variant: rcu-is-watching
Require: line /KASAN: out-of-bounds in rcu_is_watching\b/
Support: frame /^(apply_alternatives|text_poke_early)$/
# The fix: "KASAN triggers during apply_alternatives()" on 5-level paging and
# is fixed "by disabling KASAN while the kernel is patching alternatives": a
# KASAN report in any function called while alternatives are patched.
Variant: any-kasan-while-patching
Require: line /KASAN: [a-z-]+ in /
Require: frame /^(apply_alternatives|text_poke_early)$/
Support: frame /^alternative_instructions$/
Introduced-By: 6657fca06e3ffab8d0b3f9d8b397f5ee498952d7
Fixed-By: d35652a5fc9944784f6f50a5c979518ff8dacf61 ("x86/alternatives: Disable KASAN in apply_alternatives()")
Fixed-In: v6.6
Fixed-In: stable 4.19.297
Fixed-In: stable 5.4.270
Fixed-In: stable 5.10.199
Fixed-In: stable 5.15.136
Fixed-In: stable 6.1.59
Fixed-In: stable 6.5.8
Workaround: KASAN-only; kernels without KASAN are unaffected
Link: https://git.kernel.org/stable/c/d35652a5fc9944784f6f50a5c979518ff8dacf61
Link: https://cve.org/CVERecord/?id=CVE-2023-52504
Test-Log: tests/data/signatures/x86-alternatives-kasan-la57-patching.log
Test-Log: tests/data/signatures/occurrences/x86-alternatives-kasan-la57-patching.2.log
Description:
 apply_alternatives() patches the users of cpu_feature_enabled(X86_FEATURE_LA57),
 among them the computation of KASAN_SHADOW_START, while KASAN
 instrumentation in the patching path (text_poke_early() ->
 trace_hardirqs_on()) is live.  KASAN then reads shadow memory with a
 half-patched layout and reports a bogus out-of-bounds access at boot.  The
 fix disables KASAN while alternatives are applied.
