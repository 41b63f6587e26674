# Facts: CVE-2025-40230 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement <2025120400-CVE-2025-40230-7b9d@gregkh> (kernel-security-vulns cve/published/2025/CVE-2025-40230.mbox), which quotes the fix's commit message.
Id: thp-split-poison-zeropage-scan-second-mce
Version: 3
Title: x86 memory failure on a user THP: fatal in-kernel machine check in memchr_inv while the THP split scans the poisoned page for zero-page remapping
Arch: x86_64
Platform: x86 servers with recoverable machine checks, anonymous THP, memory error (or injection) in a user mapping
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
Require: line /Machine Check Exception/
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /mce: \[Hardware Error\]: RIP [0-9a-f]+:<[0-9a-f]+> \{memchr_inv(\.[\w.]+)?\+/
Support: line /Data load in unrecoverable area of kernel/
Support: line /Kernel panic - not syncing: Fatal local machine check/
Introduced-By: b1f202060afeb7fcb98473929d26fd3d2093b067
Fixed-By: 841a8bfcbad94bb1ba60f59ce34f75259074ae0d ("mm: prevent poison consumption when splitting THP")
Fixed-In: v6.18
Fixed-In: stable 6.12.56
Fixed-In: stable 6.17.6
Link: https://git.kernel.org/stable/c/841a8bfcbad94bb1ba60f59ce34f75259074ae0d
Link: https://cve.org/CVERecord/?id=CVE-2025-40230
Test-Log: tests/data/signatures/thp-split-poison-zeropage-scan-second-mce.log
Description:
 A machine check on a poisoned page of a user THP is normally recovered by
 killing the process, but memory_failure() first splits the THP.  While
 remapping the pieces, the split looks for all-zero subpages to map to the
 shared zero page (try_to_map_unused_to_zeropage(), using memchr_inv()),
 and so reads the poisoned page from kernel mode: a second machine check in
 an unrecoverable kernel context, and the machine panics.  The fix skips
 the poisoned page in that scan.
