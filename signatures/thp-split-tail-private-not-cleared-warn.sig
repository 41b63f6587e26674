# Facts: the fix's full id and subject from Dave Chinner's reply
# <20221030214703.GG3600936@dread.disaster.area> (a link to the mainline
# commit 5aae9265ee1a30cf716d6caf6b29fe99b9d55130); its description and
# Fixes: 71e2d666ef85 from the patch Hugh Dickins quotes in the syzbot thread
# <cc37ae88-e526-2bec-d727-a748f6bd69ec@google.com>, where he answers the
# report with it; 71e2d666ef85's full id, mainline 6.1 and stable 6.0.7 from
# research/cna-fixes.tsv (CVE-2022-50517).  No source names the first
# release with this fix: no Fixed-In.
# The Test-Logs are the syzbot report <000000000000aa2b2805ebea9137@google.com>
# and Zorro Lang's xfstests report, kernel bugzilla 216639
# <bug-216639-201763@https.bugzilla.kernel.org/>, which Dave Chinner ties to the fix.
Id: thp-split-tail-private-not-cleared-warn
Version: 3
Title: WARNING in __split_huge_page_tail(): a THP tail page still has page->private set (never cleared when the compound page was made), tripping the check 71e2d666ef85 added
Arch: any (seen on x86_64)
Platform: any THP split (deferred split shrinker, truncation of large page-cache folios) on 6.1-rc and 6.0.7+ stable kernels before the fix
Evidence: console
# ... reached from splitting a huge page.
Support: frame /^(__split_huge_page|split_huge_page_to_list|split_huge_page_to_list_to_order)$/
Support: frame /^deferred_split_scan$/
# The page dump the check prints before the warning names it.
Support: line /page dumped because: VM_WARN_ON_ONCE_PAGE\(page_tail->private\b/
# The warning in the tail-page loop of the THP split, in the function that
# holds the loop: __split_huge_page_tail is static in mm/huge_memory.c, a
# build may inline it into __split_huge_page ...
Variant: split-tail-frame
Require: line /mm\/huge_memory\.c:\d+ (at )?(__split_huge_page_tail|__split_huge_page)\b/
Require: pc /^(__split_huge_page_tail|__split_huge_page)$/
# ... or both into split_huge_page_to_list (i915 CI's 6.1-rc2 build, held-out
# occurrence .3): the WARNING and RIP lines then name only the caller, and
# the page dump's reason line, the check's own condition, says which warning
# of that function it is (it comes before the cut-here line: log, not line).
Variant: inlined-into-split-huge-page
Require: log /page dumped because: VM_WARN_ON_ONCE_PAGE\(page_tail->private\b/
Require: line /mm\/huge_memory\.c:\d+ (at )?split_huge_page_to_list(_to_order)?(\.[\w.]+)?\+0x/
Require: pc /^split_huge_page_to_list(_to_order)?$/
# The check came with 71e2d666ef85 (mainline 6.1, stable 6.0.7); before it
# __split_huge_page_tail() had only VM_BUG_ONs, whose "kernel BUG at" line
# names no function, so no release Reject is needed (and reports whose
# banner line was wrapped by a mailer still reach high).
Introduced-By: 71e2d666ef85d51834d658830f823560c402b8b6 ("mm/huge_memory: do not clobber swp_entry_t during THP split")
Fixed-By: 5aae9265ee1a30cf716d6caf6b29fe99b9d55130 ("mm: prep_compound_tail() clear page->private")
Link: https://lore.kernel.org/linux-mm/000000000000aa2b2805ebea9137@google.com/
Link: https://syzkaller.appspot.com/bug?extid=273b547b15eb58ea35e8
Link: https://lore.kernel.org/linux-mm/cc37ae88-e526-2bec-d727-a748f6bd69ec@google.com/
Link: https://bugzilla.kernel.org/show_bug.cgi?id=216639
Link: https://lore.kernel.org/linux-xfs/20221030214703.GG3600936@dread.disaster.area/
Link: https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=5aae9265ee1a30cf716d6caf6b29fe99b9d55130
Test-Log: tests/data/signatures/thp-split-tail-private-not-cleared-warn.log
Test-Log: tests/data/signatures/occurrences/thp-split-tail-private-not-cleared-warn.2.log
Test-Log: tests/data/signatures/occurrences/thp-split-tail-private-not-cleared-warn.3.log
Test-Not: tests/data/signatures/lookalikes/thp-split-tail-private-not-cleared-warn.syzbot-unmap-page-mapped-warn-5.14.log
Test-Not: tests/data/signatures/lookalikes/thp-split-tail-private-not-cleared-warn.syzbot-hwpoison-huge-zero-page-is-hzp-arm64.log
Test-Not: tests/data/signatures/lookalikes/thp-split-tail-private-not-cleared-warn.trinity-split-vs-zap-mapcount-bug-3.14-next.log
Description:
 Page allocation clears page->private of the head page but never made a
 point of clearing it in the tail pages of a compound page.  A fix for THP
 splits clobbering swap entries started warning (and clearing it) when a
 tail page's private field is found non-zero while splitting a THP that is
 not in the swap cache, and stale values left there by earlier users of the
 pages tripped the warning on ordinary splits.  The fix clears private when
 preparing each tail page and makes the warning dump the tail page.
