# Facts: research/known-bugs.yaml id ppc64s-slb-fault-reported-as-write (entry 153).
Id: ppc64s-slb-fault-reported-as-write
Version: 3
Title: ppc64 Hash: Data SLB Access (0x380) faults reported as 'kernel data access on write' from a stale DSISR
Arch: powerpc64 (Book3S-64)
Platform: Hash MMU (SLB)
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
Require: line /Vector: 380 \(Data SLB Access\)/
# The stale DSISR picks "on write" for both messages of a data fault: the
# data access one and, for an address below PAGE_SIZE, the NULL pointer one
# (the fix: "only print read/write in the cases where we can determine it",
# its NULL example then printing no read/write)
Require: line /(kernel data access|Kernel NULL pointer dereference) on write/
Require: arch /^powerpc$/
Introduced-By: 46ddcb3950a28c0df4815e8dbb8d4b91d5d9f22d ("powerpc/mm: Show if a bad page fault on data is read or write.")
Fixed-By: d4679ac8ea2e5078704aa1c026db36580cc1bf9a ("powerpc/64s: Don't use DSISR for SLB faults")
Fixed-In: v5.18
Fixed-In: stable 5.15.33
Fixed-In: stable 5.16.19
Fixed-In: stable 5.17.2
Link: https://git.kernel.org/stable/c/d4679ac8ea2e5078704aa1c026db36580cc1bf9a
Link: https://cve.org/CVERecord/?id=CVE-2022-49214
Test-Log: tests/data/signatures/ppc64s-slb-fault-reported-as-write.log
Test-Not: tests/data/signatures/lookalikes/ppc64s-slb-fault-reported-as-write.btrfs-uaf-rb-insert.log
Test-Not: tests/data/signatures/lookalikes/ppc64s-slb-fault-reported-as-write.btrfs-fileattr-set-err-trans-read-5.13.log
Test-Not: tests/data/signatures/lookalikes/ppc64s-slb-fault-reported-as-write.debug-vm-pgtable-hash-pmdp-huge-get-and-clear-null-read-5.9.log
Description:
 __bad_page_fault() printed read or write from DSISR, but Data Segment (SLB)
 interrupts leave DSISR undefined and the entry code does not save it, so the
 message reused a stale value from an earlier fault.  On affected kernels an
 "on write" for a vector 380 fault says nothing about the access; this is a
 reporting bug, the real crash is elsewhere.
