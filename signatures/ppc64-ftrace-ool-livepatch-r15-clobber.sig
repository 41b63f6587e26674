# Facts: CVE-2025-38233 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console log from the CVE announcement for CVE-2025-38233 (kernel-security-vulns cve/published/2025/CVE-2025-38233.mbox), which quotes the fix's commit message.
Id: ppc64-ftrace-ool-livepatch-r15-clobber
Version: 2
Title: powerpc64 livepatch with out-of-line ftrace stubs: r15 clobbered and not restored, kernel data access faults in a live-patched (taint K) kernel
Arch: powerpc64
Platform: live-patched kernels (taint K) using the out-of-line ftrace sequence, 6.13 to 6.15
# Evidence partial: a data access fault in a livepatched (K) kernel;
# the trace shows the victim (seq_read_iter), not the out-of-line ftrace stub.
Evidence: partial
Require: line /Unable to handle kernel data access/
Require: arch /^powerpc$/
Require: line /Tainted: [A-Z ]*K[A-Z ]*\(/
Support: release /^6\.1[3-5]\./
Reject: release /^([0-5]\.|6\.[0-9]\.|6\.1[0-2]\.|6\.(1[6-9]|[2-9][0-9])\.|[7-9]\.)/
Introduced-By: eec37961a56aa4f3fe1c33ffd48eec7d1bb0c009
Fixed-By: cb5b691f8273432297611863ac142e17119279e0 ("powerpc64/ftrace: fix clobbered r15 during livepatching")
Fixed-In: v6.16
Fixed-In: stable 6.15.4
Link: https://git.kernel.org/stable/c/cb5b691f8273432297611863ac142e17119279e0
Link: https://cve.org/CVERecord/?id=CVE-2025-38233
Test-Log: tests/data/signatures/ppc64-ftrace-ool-livepatch-r15-clobber.log
Test-Not: tests/data/signatures/lookalikes/ppc64-ftrace-ool-livepatch-r15-clobber.klp-convert-strict-module-rwx-create-stub-5.14.log
Test-Not: tests/data/signatures/lookalikes/ppc64-ftrace-ool-livepatch-r15-clobber.klp-clear-relocate-add-ro-text-5.19.log
Description:
 The out-of-line ftrace sequence always uses r15, but the livepatch path
 did not restore it, so a function reached through a live patch returned
 to its caller with a corrupted non-volatile register.  What breaks next
 depends on the caller; here a later write through the stale value faults
 in unrelated code.  The fix always restores r15.  Because the faulting
 site varies, this signature only narrows it down to data access faults on
 live-patched powerpc kernels of the affected releases; confirm by
 checking whether a live patch was loaded.
