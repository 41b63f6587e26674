# Facts: the syzbot report <68cd66b0.050a0220.139b6.000f.GAE@google.com>
# (kvmarm.git next, 19 Sep 2025) and its reproducer crash
# <6902734b.050a0220.3344a1.0430.GAE@google.com> (29 Oct 2025), to which
# Oliver Upton (KVM/arm64 maintainer) replied <aQJ4tQJPiGF6M9Wb@linux.dev>
# with '#syz fix: Revert "KVM: arm64: Reschedule as needed when destroying
# the stage-2 page-tables"', kvmarm/next being fast-forwarded to 6.18-rc3,
# which has it.  The two reverts' full ids from the mainline revlists that
# list them, and from the pull "KVM/arm64 changes for 6.17, round #3"
# (Oliver Upton), whose shortlog carries both reverts; the reverted
# commits' ids from the kvmarm.git fixes push that added them.  The pull
# is for the 6.17 cycle, but no source at hand names the first release
# with the reverts, so no Fixed-In.
Id: kvm-arm64-stage2-destroy-range-table-refcount-underflow
Version: 2
Title: KVM arm64: kernel BUG (VM_BUG_ON_PAGE page_ref_count == 0) in kvm_s2_put_page() when tearing down stage-2 page tables range by range
Arch: arm64
Platform: KVM on arm64 (seen on QEMU virt with syzkaller), VM destruction; kernels carrying "KVM: arm64: Reschedule as needed when destroying the stage-2 page-tables" before its revert (6.17 release candidates, kvmarm/next)
Evidence: console
# The table page's reference count is dropped below zero in the stage-2
# page-table page release helper ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /\bkvm_s2_put_page(\.[\w.]+)?\+0x[0-9a-f]+\/0x[0-9a-f]+/
# ... while the stage-2 tables are freed one range at a time, the walk the
# reverted commits added for rescheduling during teardown.
Require: frame /^(kvm_pgtable_stage2_destroy_range|stage2_destroy_range|kvm_stage2_destroy)$/
Require: arch /^arm64$/
# printed just before the BUG, so read from the report or its context
Support: log /VM_BUG_ON_PAGE\(page_ref_count\(page\) == 0\)/
Support: frame /^stage2_free_walker$/
Support: frame /^(kvm_free_stage2_pgd|kvm_uninit_stage2_mmu)$/
Introduced-By: e9abe311f35631a999fe38c86f26f0e48ffe46d5 ("KVM: arm64: Reschedule as needed when destroying the stage-2 page-tables")
Introduced-By: 0e89ca13ee5ff41b437bb2a003c0eaf34ea43555 ("KVM: arm64: Split kvm_pgtable_stage2_destroy()")
Fixed-By: fc670ad5966f999b970b2767f55ce9e978e44d9c ("Revert "KVM: arm64: Reschedule as needed when destroying the stage-2 page-tables"")
Fixed-By: e6157256ee1a6a500da42556e059d4dec2ade871 ("Revert "KVM: arm64: Split kvm_pgtable_stage2_destroy()"")
Link: https://lore.kernel.org/all/68cd66b0.050a0220.139b6.000f.GAE@google.com/
Link: https://lore.kernel.org/all/6902734b.050a0220.3344a1.0430.GAE@google.com/
Link: https://lore.kernel.org/all/aQJ4tQJPiGF6M9Wb@linux.dev/
Link: https://syzkaller.appspot.com/bug?extid=c41f3ddb8299a30a98b5
Test-Log: tests/data/signatures/kvm-arm64-stage2-destroy-range-table-refcount-underflow.log
Test-Log: tests/data/signatures/occurrences/kvm-arm64-stage2-destroy-range-table-refcount-underflow.2.log
Test-Not: tests/data/signatures/lookalikes/kvm-arm64-stage2-destroy-range-table-refcount-underflow.need-resched-latency-stage2-destroy-preempt-none-6.16.log
Description:
 To let a large VM's stage-2 teardown reschedule, kvm_pgtable_stage2_destroy()
 was split so that the tables are walked and freed one range at a time
 (kvm_pgtable_stage2_destroy_range()).  stage2_free_walker() drops a
 reference on each table page it visits, and walked range by range it also
 dropped them on tables that were not yet empty, so a table page's count
 reached zero early and a later put hit the VM_BUG_ON_PAGE in
 put_page() (with DEBUG_VM), or freed a page still in use.  Both commits
 were reverted; the rescheduling came back later together with a change
 that makes the walker drop references only on empty tables.
