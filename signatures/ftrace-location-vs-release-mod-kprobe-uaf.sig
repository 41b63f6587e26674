# Facts: CVE-2024-38588 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases, including stable releases newer than the announcement); mainline
# commit and console log from the CVE announcement
# <2024061950-CVE-2024-38588-f908@gregkh> (kernel-security-vulns
# cve/published/2024/CVE-2024-38588.mbox), which quotes the fix's message.
Id: ftrace-location-vs-release-mod-kprobe-uaf
Version: 3
Title: ftrace: KASAN use-after-free in ftrace_location() (lookup_rec) while a module's ftrace pages are freed on unload, e.g. registering a kprobe
Arch: any (seen on x86_64)
Platform: DYNAMIC_FTRACE; kprobe registration (or another ftrace_location() user) racing module removal
Evidence: console
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /KASAN: (slab-)?use-after-free in (ftrace_location|lookup_rec|ftrace_location_range)(\.[\w.]+)?\+/
Require: guilty /^(ftrace_location|lookup_rec|ftrace_location_range)$/
Support: frame /^(register_kprobe|check_kprobe_address_safe|arch_check_ftrace_location)$/
# The fix (e60b613df8b6) waits for readers before ftrace pages are freed in
# ftrace_release_mod() (module removal), and also in ftrace_process_locs()
# and ftrace_free_mem(): a KASAN report's free stack naming one of them.
Support: line /\b(ftrace_release_mod|ftrace_free_mem|ftrace_free_init_mem|ftrace_process_locs)(\.[\w.]+)?\+0x/
Introduced-By: ae6aa16fdc163afe6b04b6c073ad4ddd4663c03b
Fixed-By: e60b613df8b6253def41215402f72986fee3fc8d ("ftrace: Fix possible use-after-free issue in ftrace_location()")
Fixed-In: v6.10
Fixed-In: stable 5.4.286
Fixed-In: stable 5.10.227
Fixed-In: stable 5.15.162
Fixed-In: stable 6.1.93
Fixed-In: stable 6.6.33
Fixed-In: stable 6.8.12
Fixed-In: stable 6.9.3
Link: https://git.kernel.org/stable/c/e60b613df8b6253def41215402f72986fee3fc8d
Link: https://cve.org/CVERecord/?id=CVE-2024-38588
Test-Log: tests/data/signatures/ftrace-location-vs-release-mod-kprobe-uaf.log
Test-Not: tests/data/signatures/lookalikes/ftrace-location-vs-release-mod-kprobe-uaf.lookup-rec-index-zero.log
Test-Not: tests/data/signatures/lookalikes/ftrace-location-vs-release-mod-kprobe-uaf.syzbot-ocfs2-dx-dir-lookup-rec-uaf-6.17.log
Description:
 ftrace_location() looked an address up in the ftrace record pages
 (lookup_rec()) without any protection against ftrace_release_mod(), which
 frees a module's ftrace pages while the module is being deleted.  A
 kprobe registered at the same time (check_kprobe_address_safe() asks
 ftrace_location() whether the address is an ftrace site) could read the
 freed pages.  The fix walks the pages under RCU and waits for a grace
 period before freeing them.
