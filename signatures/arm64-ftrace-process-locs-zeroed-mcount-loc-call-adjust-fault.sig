# Facts: the fix's subject, Fixes: and trailers from Steven Rostedt's patch
# mail <20250225182054.290128736@goodmis.org> ('[PATCH 1/4] ftrace: Test
# mcount_loc addr before calling ftrace_call_addr()': Fixes: ef378c3b8233,
# Reported-by Nathan Chancellor and Arnd Bergmann, Tested-by Nathan
# Chancellor, Closes: both their mails); the mainline ids of the fix and of
# the commit it fixes from the torvalds/linux post-receive revlist of
# 2025-03-28 (merge of 'trace-sorttable-v6.15'), which carries both, so no
# mainline release had the bug without its fix.  A 6.6.y backport of the
# series (Andrey Grodzovsky, 2026) carries both as well.  No release or tag
# statement was read: no Fixed-In.
# The Test-Log is the clang-built oops in Nathan Chancellor's report
# <20250225025631.GA271248@ax162> (next-20250224, QEMU virt, FTRACE and
# FUNCTION_TRACER).
# The gcc-built crash in the same mail (kernel BUG in the arm64 patching code,
# patch_map() from ftrace_init_nop()) was first left out; it was added as a
# variant (third Test-Log) after the sibling patch 2/4 of the series
# <20250225182054.471759017@goodmis.org> ('ftrace: Check against
# is_kernel_text() instead of kaslr_offset()') was read: that one closes
# Nathan Chancellor's earlier mail <20250224180805.GA1536711@ax162> and Mark
# Brown's, while only this fix closes the mail with both crashes, which its
# reporter calls the same crash and which he tested the fix on.  How the
# unskipped entry reached patch_map() is inferred from the fix's diff (the
# skip check used to run on the already adjusted address), not stated.
# The second Test-Log is Arnd Bergmann's oops from another build
# (next-20250225), named in the fix's Reported-by and Closes.
Id: arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault
Version: 3
Title: arm64 boot crash in ftrace_process_locs() (oops in ftrace_call_adjust(), or BUG in patch_map() via ftrace_init_nop()): mcount_loc entries of weak functions zeroed at build time and shifted by KASLR were adjusted before the validity check
Arch: arm64
Platform: CONFIG_FUNCTION_TRACER with KASLR, kernels built with the sorttable change that zeroes weak functions' mcount_loc entries (linux-next of late February 2025 and the 6.15 trace-sorttable merge)
Evidence: console
# While ftrace walks the mcount_loc table at boot (the function the fix
# changes) ...
# ftrace_process_locs is static in kernel/trace/ftrace.c (v6.13-v6.15): a build may inline it into ftrace_init
Require: frame /^(ftrace_process_locs|ftrace_init)$/
Require: arch /^arm64$/
# ... over vmlinux's table (the zeroed entries are in vmlinux).
Support: frame /^(ftrace_init|start_kernel)$/
Variant: call-adjust-fault
# A paging request fault inside ftrace_call_adjust(), which on arm64 reads
# the instruction at the mcount_loc address it is given.
Require: title /unable to handle kernel paging request in ftrace_call_adjust$/
# A zeroed entry plus the KASLR offset is a low address, far below the
# kernel's: arm64 reports it as a user address under swapper.
Support: log /user address but active_mm is swapper/
Variant: init-nop-patch-map-bug
# A BUG_ON in the arm64 text patching code (patch_map()) ...
Require: line /kernel BUG at arch\/arm64\/kernel\/patching\.c:\d+/
# ... reached from ftrace turning the bogus mcount site into a NOP.
Require: frame /^ftrace_init_nop$/
Support: guilty /^patch_map$/
Introduced-By: ef378c3b8233855497a414b9d67bf22592c928a4 ("scripts/sorttable: Zero out weak functions in mcount_loc table")
Fixed-By: 6eeca746fa5f1dd03c6ee05cb03f5eb1ddda1c81 ("ftrace: Test mcount_loc addr before calling ftrace_call_addr()")
Link: https://lore.kernel.org/all/20250225025631.GA271248@ax162/
Link: https://lore.kernel.org/all/91523154-072b-437b-bbdc-0b70e9783fd0@app.fastmail.com/
Link: https://lore.kernel.org/20250225182054.290128736@goodmis.org
Test-Log: tests/data/signatures/arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault.log
Test-Log: tests/data/signatures/occurrences/arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault.2.log
Test-Log: tests/data/signatures/occurrences/arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault.3.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault.buildtime-mcount-sort-unsorted-5.17.log
Test-Not: tests/data/signatures/lookalikes/arm64-ftrace-process-locs-zeroed-mcount-loc-call-adjust-fault.kasan-exit-text-patch-map-5.4.log
Description:
 The build-time sorttable step was changed to zero the __mcount_loc entries
 of weak functions that were overridden, and ftrace_process_locs() skips
 entries that are zero or equal to the KASLR offset.  But it called
 ftrace_call_adjust() on each entry before that check; on arm64 that
 function reads the instruction at the address to adjust it, so a zeroed
 entry moved by KASLR became a read of a low, unmapped address and the
 kernel oopsed in ftrace_init() early in boot.  On a gcc build of the same
 tree the report shows the entry going on to ftrace_init_nop() instead, where
 the arm64 patching code hit a BUG_ON in patch_map().  The fix reads the raw entry,
 runs the validity check first and adjusts only valid addresses.
