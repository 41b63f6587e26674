# Facts: fix, introducing commit and first fixed releases from
# research/cna-fixes.tsv (CVE-2024-53105: mainline fix 66edc3a5894c, the
# introducing commit b109b87050df, mainline 6.12, stable 6.1.120, 6.6.66 and
# 6.11.10); subjects, Reported-by: syzbot+e985d3026c4fd041578e and Closes:
# <6729f475.050a0220.701a.0019.GAE@google.com> from the fix as queued in -mm
# (mm-commits, "added to mm-hotfixes-unstable", v3
# <20241106195354.270757-1-roman.gushchin@linux.dev>), whose message quotes
# the Test-Log and names b109b87050df and the KVM free_page() use.
# The further occurrence is the log Roman Gushchin's v2 of the same patch
# quoted <20241021173455.2691973-1-roman.gushchin@linux.dev> (another syzbot
# run of the reproducer, syz.0.15 on a 64-bit task): an excerpt that stops
# after the page_owner stacks, without the freeing call trace.
# Parser note: ktriage takes the page_owner "page last allocated" and
# "page last free" stacks as the report's frames and leaves out the real
# "Call Trace:" that follows, so the KVM corroboration below names both the
# allocating and the freeing KVM functions.
Id: free-page-mlocked-flag-not-cleared-bad-page-state
Version: 3
Title: BUG: Bad page state (PG_mlocked set) when a driver page that was mapped into a VM_LOCKED VMA, such as KVM's coalesced-MMIO ring, is freed with free_page(): munlock cleared the flag only on the folio release path
Arch: any (seen on x86_64)
Platform: KVM (or another driver mapping its own pages into user space) in a process with mlockall()/VM_LOCKED mappings; syzkaller
Evidence: console
# The page freed still carries PG_mlocked ...
Require: line /BUG: Bad page state in process/
Require: line /^\s*flags: 0x[0-9a-f]+\([^)]*\bmlocked\b/
Require: line /page dumped because: PAGE_FLAGS_CHECK_AT_FREE/
# Before the munlock rework (b109b87050df, 5.18) munlock cleared the flag
# itself (clear_page_mlock()), and a page left mlocked at free was another
# race, such as 2015's munlock vs try_to_unmap_one() one.  Kernels that old
# print bad_page()'s "bad because of flags:" line; current bad_page() takes
# only a reason and the 6.12 Test-Log has no such line (the release that
# dropped it was not looked up; it is believed to be well before 5.18).  A
# Reject on the release instead would cap the release-less excerpt among the
# Test-Logs at medium.
Reject: line /^\s*bad because of flags:/
# ... and is a KVM page: allocated for the VM (coalesced MMIO ring, vCPU run
# page) and freed directly when the VM is destroyed.
Support: function /^(kvm_coalesced_mmio_init|kvm_create_vm|kvm_vm_ioctl_create_vcpu|kvm_destroy_vm|kvm_put_kvm|kvm_vcpu_release|kvm_coalesced_mmio_free)$/
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Support: line /\bfree_unref_page(\.[\w.]+)?\+0x/
Introduced-By: b109b87050df5438ee745b2bddfa3587970025bb ("mm/munlock: replace clear_page_mlock() by final clearance")
Fixed-By: 66edc3a5894c74f8887c8af23b97593a0dd0df4d ("mm: page_alloc: move mlocked flag clearance into free_pages_prepare()")
Fixed-In: v6.12
Fixed-In: stable 6.1.120
Fixed-In: stable 6.6.66
Fixed-In: stable 6.11.10
Link: https://lore.kernel.org/all/6729f475.050a0220.701a.0019.GAE@google.com
Link: https://lkml.kernel.org/r/20241106195354.270757-1-roman.gushchin@linux.dev
Link: https://lore.kernel.org/all/20241021173455.2691973-1-roman.gushchin@linux.dev/
Link: https://cve.org/CVERecord/?id=CVE-2024-53105
Test-Log: tests/data/signatures/free-page-mlocked-flag-not-cleared-bad-page-state.log
Test-Log: tests/data/signatures/occurrences/free-page-mlocked-flag-not-cleared-bad-page-state.2.log
Test-Not: tests/data/signatures/lookalikes/free-page-mlocked-flag-not-cleared-bad-page-state.thp-munlock-race-trinity-4.3-next.log
Test-Not: tests/data/signatures/lookalikes/free-page-mlocked-flag-not-cleared-bad-page-state.trinity-shmem-fallocate-i-mmap-rwsem-3.18-next.log
Description:
 Since the munlock rework, PG_mlocked left on a page when its VMA stops
 being VM_LOCKED is cleared in the final release of a page-cache or
 anonymous folio.  Pages that a driver allocates with alloc_page() and maps
 into user space, such as KVM's coalesced-MMIO ring or vCPU run page, are
 mlocked like any other page of a VM_LOCKED mapping but are freed with
 free_page(), which bypasses that release path; free_pages_prepare() then
 finds PG_mlocked set and reports a bad page (and leaks it).  The fix
 clears a leftover PG_mlocked, with its statistics, in
 free_pages_prepare() itself.
