# Facts: the fix's id and subject from a mainline mm revlist that lists
# af8ca1c149069176e6322a77b532e3ffd99ccffe "mm/mremap: optimize the start
# addresses in move_page_tables()" (the same id is the Fixes: of Jann Horn's
# later "mm/mremap: fix address wraparound in move_page_tables()").  Joel
# Fernandes's cover letter for the series (v2, "mremap start address
# optimization / fix for exec warning") says it addresses a warning that
# occurs due to a downward, overlapping move on a mutually-aligned offset
# within a PMD during exec, citing Michal Hocko's report
# <ZB2GTBD/LWTrkOiO@dhcp22.suse.cz> (SUSE QA, LTP thp01), which in turn says
# the warning had been brought up before and resulted in f81fdd0c4ab7 ("mm:
# document warning in move_normal_pmd() and make it warn only once").  The
# revlist lists b1e5a3dee255 "mm/mremap: allow moves within the same VMA for
# stack moves" right after it; whether the exec case also needs that commit
# was not read, so it is not named here.  No
# Fixes: tag read on the fix: no Introduced-By.  No release read: no Fixed-In.
# The Test-Log is LKFT's report <CA+G9fYt+6OeibZMD0fP=O3nqFbcN3O4xcLkjq0mpQbZJ2uxB9w@mail.gmail.com>
# (Naresh Kamboju, "WARNING: at mm/mremap.c:211 move_page_tables in i386",
# 5.8.0-rc4), where Kirill A. Shutemov <20200714073306.kq4zikkphqje2yzb@box>
# explains it as exec's stack shift calling move_page_tables() on overlapping
# ranges; the file is also a Test-Not of mremap-uffd-failed-move-recovery-pmd-warn.
# The second is LKFT's earlier report of the same WARN from the same LTP
# thp01 run on stable-rc 5.6.2-rc1 <CA+G9fYs1xStrrsvGbW7bc4h1a0Kjfz0_zn4c7LL7-bGZb0GH6g@mail.gmail.com>.
Id: exec-stack-shift-move-normal-pmd-overlap-warn
Version: 1
Title: WARNING in move_normal_pmd()/move_page_tables() at exec: the stack shift moves page tables downwards onto an overlapping, already populated PMD (mutually PMD-aligned offsets)
Arch: any with HAVE_MOVE_PMD (seen on i386 and x86_64)
Platform: exec of a program whose initial stack is shifted (setup_arg_pages) by an offset that keeps source and destination at the same position within a PMD; LTP thp01 and execve tests hit it
Evidence: console
# The pmd_none() sanity check of the whole-PMD move in mm/mremap.c (in
# move_normal_pmd(), inlined into move_pgt_entry() or move_page_tables()) ...
Require: line /WARNING: .* at (\.\.\/)?mm\/mremap\.c:\d+/
Require: function /^(move_normal_pmd|move_pgt_entry|move_page_tables)$/
# ... reached from exec moving the new stack down (shift_arg_pages(), later
# relocate_vma_down()), where source and destination overlap inside one VMA.
Require: frame /^(setup_arg_pages|shift_arg_pages|relocate_vma_down)$/
Support: frame /^(load_elf_binary|search_binary_handler|exec_binprm|bprm_execve|__do_execve_file|do_execveat_common)$/
# A move made by the mremap() system call is another path (e.g. the uffd
# recovery-move bug of mremap-uffd-failed-move-recovery-pmd-warn, whose two
# syzbot Test-Logs, same "WARNING in move_normal_pmd" headline, are this
# signature's Test-Nots).
Reject: frame /^(move_vma|copy_vma_and_data|mremap_to|do_mremap|__do_sys_mremap|__se_sys_mremap)$/
Fixed-By: af8ca1c149069176e6322a77b532e3ffd99ccffe ("mm/mremap: optimize the start addresses in move_page_tables()")
Workaround: harmless by itself (the move is still done correctly); with panic_on_warn it takes the system down, so avoid panic_on_warn on affected kernels
Link: https://lore.kernel.org/all/CA+G9fYt+6OeibZMD0fP=O3nqFbcN3O4xcLkjq0mpQbZJ2uxB9w@mail.gmail.com/
Link: https://lore.kernel.org/all/ZB2GTBD%2FLWTrkOiO@dhcp22.suse.cz/
Test-Log: tests/data/signatures/lookalikes/mremap-uffd-failed-move-recovery-pmd-warn.lkft-i386-exec-stack-shift.log
Test-Log: tests/data/signatures/occurrences/exec-stack-shift-move-normal-pmd-overlap-warn.2.log
Test-Log: tests/data/signatures/occurrences/exec-stack-shift-move-normal-pmd-overlap-warn.4.log
Test-Log: tests/data/signatures/occurrences/exec-stack-shift-move-normal-pmd-overlap-warn.6.log
Test-Log: tests/data/signatures/occurrences/exec-stack-shift-move-normal-pmd-overlap-warn.7.log
Test-Not: tests/data/signatures/mremap-uffd-failed-move-recovery-pmd-warn.log
Test-Not: tests/data/signatures/occurrences/mremap-uffd-failed-move-recovery-pmd-warn.2.log
Description:
 At exec the new stack is moved down by shift_arg_pages() (later
 relocate_vma_down()), which calls move_page_tables() on a source and a
 destination that overlap within one VMA.  When both lie at the same offset
 within a PMD and the move goes downwards, the destination PMD already holds
 a page table by the time move_page_tables() tries to move a whole PMD onto
 it, and the pmd_none() check in move_normal_pmd() warns (once, since
 f81fdd0c4ab7).  The fix starts such a mutually aligned move at the PMD boundary below, so the
 copy is done at PMD level from the start and no half-populated destination
 is left behind.
