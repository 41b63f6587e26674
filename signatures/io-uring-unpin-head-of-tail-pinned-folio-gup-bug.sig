# Facts: fix commit, subject and trailers from the 6.15-stable review of it
# ('[PATCH 6.15 117/263] io_uring/rsrc: fix folio unpinning', 3 Jul 2025:
# "commit 5afb4bf9fc62... upstream", Reported-by:
# syzbot+1d335893772467199ab6, Closes: the report, Fixes: a8edbb424b139);
# first fixed releases and the full introducing id from
# research/cna-fixes.tsv (CVE-2025-38256: mainline 6.16, stable 6.12.36 and
# 6.15.5).  The Test-Log is syzbot's report
# <683f1551.050a0220.55ceb.0017.GAE@google.com> ("kernel BUG in
# sanity_check_pinned_pages", arm64, no reproducer yet).
# The third is David Hildenbrand's run of syzbot's reproducer in the same
# thread <b79acb4e-8a50-4d72-9aaa-0ec5dba25678@redhat.com> (arm64 QEMU,
# 6.16.0-rc2-syzkaller), the log the fix's message quotes trimmed.
Id: io-uring-unpin-head-of-tail-pinned-folio-gup-bug
Version: 3
Title: kernel BUG in sanity_check_pinned_pages: io_uring unpins the head page of a folio whose tail page it pinned (coalesced huge-page buffers)
Arch: any (seen on arm64)
Platform: io_uring registered buffers backed by large folios, CONFIG_DEBUG_VM
Evidence: console
# GUP's debug check that an unpinned anonymous page is the exclusive one that
# was pinned ...
Require: line /kernel BUG at mm\/gup\.c:\d+/
# The page dump naming the assertion precedes the BUG line; a report cut at
# the BUG line (David Hildenbrand's reproduction, the third Test-Log) lacks
# it, and the BUG in mm/gup.c with sanity_check_pinned_pages as the guilty
# function is that assertion already (both of its VM_BUG_ONs test
# PageAnonExclusive of the page being unpinned).
Support: log /VM_BUG_ON_PAGE\(!PageAnonExclusive\(&folio->page\) && !PageAnonExclusive\(page\)\)/
# sanity_check_pinned_pages is static inline in mm/gup.c: a build may inline it into unpin_user_page(s)
Require: guilty /^(sanity_check_pinned_pages|unpin_user_pages?)$/
# ... failing for io_uring's release of a coalesced registered buffer, which
# kept the head page of each folio and unpinned that instead of the pinned
# tail page.
Require: frame /^(io_release_ubuf|io_buffer_unmap|io_free_rsrc_node|io_sqe_buffer_register)$/
Support: frame /^(unpin_user_page|unpin_user_pages)$/
Introduced-By: a8edbb424b1391b077407c75d8f5d2ede77aa70d ("io_uring/rsrc: enable multi-hugepage buffer coalescing")
Fixed-By: 5afb4bf9fc62d828647647ec31745083637132e4 ("io_uring/rsrc: fix folio unpinning")
Fixed-In: v6.16
Fixed-In: stable 6.12.36
Fixed-In: stable 6.15.5
Link: https://lore.kernel.org/io-uring/a28b0f87339ac2acf14a645dad1e95bbcbf18acd.1750771718.git.asml.silence@gmail.com/
Link: https://lkml.kernel.org/r/683f1551.050a0220.55ceb.0017.GAE@google.com
Link: https://cve.org/CVERecord/?id=CVE-2025-38256
Test-Log: tests/data/signatures/io-uring-unpin-head-of-tail-pinned-folio-gup-bug.log
Test-Log: tests/data/signatures/occurrences/io-uring-unpin-head-of-tail-pinned-folio-gup-bug.2.log
Test-Log: tests/data/signatures/occurrences/io-uring-unpin-head-of-tail-pinned-folio-gup-bug.3.log
Test-Not: tests/data/signatures/lookalikes/io-uring-unpin-head-of-tail-pinned-folio-gup-bug.arm64-gup-longterm-cont-pmd-follow-page-mask-6.9.log
Test-Not: tests/data/signatures/lookalikes/io-uring-unpin-head-of-tail-pinned-folio-gup-bug.syzbot-mm-populate-uselib-4.18.log
Description:
 io_uring coalesces a registered buffer that spans huge pages into one
 bio_vec per folio and keeps the folio's head page there, although GUP had
 pinned the tail pages the user range covered.  Releasing the buffer then
 unpinned the head page; for anonymous memory GUP's debug check requires the
 unpinned page (or its folio) to be the exclusively mapped one that was
 pinned, and hit its VM_BUG_ON.  The fix unpins by folio.
