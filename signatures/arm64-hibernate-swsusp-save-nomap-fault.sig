# Facts: research/known-bugs.yaml id arm64-hibernate-swsusp-save-nomap-fault.
Id: arm64-hibernate-swsusp-save-nomap-fault
Version: 4
Title: arm64 hibernation: level 3 translation fault in swsusp_save() reading a MEMBLOCK_NOMAP range of the linear map
Arch: arm64
Platform: UEFI; linear map not forced to page granularity (rodata=off, debug_pagealloc=off, no KFENCE)
Evidence: console
Require: line /FSC = 0x07: level 3 translation fault/
Require: line /, pte=0{16}$/
Require: header /Unable to handle kernel paging request at virtual address ffff[0-9a-f]{12}/
Require: access /^read$/
# the hibernation snapshot copying every saveable page, NOMAP ones included:
# a level-3 fault on a kernel address with an empty PTE is common (KASAN
# shadow, bad page-table pointers), the hibernation path is what names the bug
Require: frame /^(swsusp_save|swsusp_arch_suspend|hibernation_snapshot)$/
Support: frame /^(swsusp_arch_suspend|hibernation_snapshot|hibernate)$/
Reject: frame /^swsusp_arch_resume$/
Introduced-By: a7d9f306ba7052056edf9ccae596aeb400226af8
Fixed-By: 50449ca66cc5a8cbc64749cf4b9f3d3fc5f4b457 ("arm64: hibernate: Fix level3 translation fault in swsusp_save()")
Fixed-In: v6.9
Fixed-In: stable 5.15.157
Fixed-In: stable 6.1.88
Fixed-In: stable 6.6.29
Fixed-In: stable 6.8.8
# The fix's message gives the reproduction settings (rodata=off,
# debug_pagealloc=off, CONFIG_KFENCE=n); that the default rodata=full avoids
# the fault is an inference from them no source states, hence (unverified).
Workaround: keep rodata=full (the arm64 default): the fix's message reproduces the fault only with rodata=off, debug_pagealloc=off and CONFIG_KFENCE=n (unverified)
Link: https://git.kernel.org/stable/c/50449ca66cc5a8cbc64749cf4b9f3d3fc5f4b457
Link: https://cve.org/CVERecord/?id=CVE-2024-26989
Test-Log: tests/data/signatures/arm64-hibernate-swsusp-save-nomap-fault.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-swsusp-save-nomap-fault.kasan-swtags-pcpu-chunk-tag.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-swsusp-save-nomap-fault.syzbot-ptoml-zap-exit-khugepaged.log
Test-Not: tests/data/signatures/lookalikes/arm64-hibernate-swsusp-save-nomap-fault.loongarch-kfence-no-set-direct-map.log
Description:
 swsusp_save() copied pages from ranges marked MEMBLOCK_NOMAP, which have no
 linear-map entry, and faulted at level 3.  The fault shows only when the
 linear map is not forced down to page granularity.
