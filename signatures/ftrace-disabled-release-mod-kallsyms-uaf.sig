# Facts: CVE-2025-38346 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console log from the CVE announcement
# (kernel-security-vulns cve/published/2025/CVE-2025-38346.mbox), which quotes
# the fix's message.
Id: ftrace-disabled-release-mod-kallsyms-uaf
Version: 2
Title: ftrace: use-after-free in ftrace_mod_get_kallsym() reading /proc/kallsyms after a module was removed while ftrace was disabled (ftrace_release_mod() returned early)
Arch: any (seen on x86_64)
Platform: function tracing of module init code, after an ftrace_bug()/ftrace_kill()
Evidence: console
Require: frame /^ftrace_mod_get_kallsym$/
Require: kind /^(oops|sanitizer)$/
Support: frame /^(update_iter_mod|s_next|kallsyms_lookup\w*)$/
# the copy of the freed module's name faults in the string copy, whatever
# the arch prints the program counter as (RIP:, pc :, NIP)
Support: pc /^(sized_strscpy|strscpy|strlcpy)$/
Introduced-By: aba4b5c22cbac296f4081a0476d0c55828f135b4
Fixed-By: f914b52c379c12288b7623bb814d0508dbe7481d ("ftrace: Fix UAF when lookup kallsym after ftrace disabled")
Fixed-In: v6.16
Fixed-In: stable 5.4.295
Fixed-In: stable 5.10.239
Fixed-In: stable 5.15.186
Fixed-In: stable 6.1.142
Fixed-In: stable 6.6.95
Fixed-In: stable 6.12.35
Fixed-In: stable 6.15.4
Link: https://git.kernel.org/stable/c/f914b52c379c12288b7623bb814d0508dbe7481d
Link: https://cve.org/CVERecord/?id=CVE-2025-38346
Test-Log: tests/data/signatures/ftrace-disabled-release-mod-kallsyms-uaf.log
Test-Not: tests/data/signatures/lookalikes/ftrace-disabled-release-mod-kallsyms-uaf.trampoline-left-on-list-5.9.log
Description:
 ftrace keeps the names of a module's traced init functions on a list so
 traces can still name them after the init text is freed.  Once ftrace has
 disabled itself after an anomaly it stops all text modification, but
 ftrace_release_mod() also returned early on module removal and left the
 module's entries on that list.  Reading /proc/kallsyms then walks into
 ftrace_mod_get_kallsym(), which copies the name of the freed module and
 faults.  The fix still releases the module's entries when ftrace is
 disabled.
