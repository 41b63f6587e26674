# Facts: the fix's id, subject, trailers (CVE: CVE-2022-45869, Fixes:
# a2855afc7ee8) and the two crashes it quotes from the 5.15-stable review of
# it, "[PATCH 5.15 093/120] KVM: x86/mmu: Fix race condition in
# direct_page_fault" <20221205190809.364947544@linuxfoundation.org> ("commit
# 47b0c2e4c220f2251fd8dcfbb44479819c715e15 upstream"); the fix has no row in
# research/cna-fixes.tsv and no source at hand names its first release, so
# no Fixed-In (research/known-bugs.yaml id kvm-x86-mmu-direct-page-fault-race
# had no console log for it).
# The Test-Log is the first crash the fix quotes (the reporter's BUG in
# pte_list_remove(), repeatedly starting and stopping a nested VM on AMD);
# the second Test-Log is the other crash it quotes, a general protection
# fault on list poison in kvm_mmu_commit_zap_page() (a separate oops, [#1]).
Id: kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race
Version: 3
Title: KVM x86: kernel BUG in pte_list_remove() or GPF in kvm_mmu_commit_zap_page() from kvm_mmu_zap_oldest_mmu_pages(): a TDP MMU page fault reclaimed shadow pages (nested TDP) holding mmu_lock only for read
Arch: x86_64
Platform: KVM with the TDP MMU and nested virtualization (L1 running its own guests, so KVM keeps shadow pages for nested TDP), many shadow pages in use
Evidence: console
# Common to both symptoms: the zap of the oldest shadow pages ran from the
# TDP page fault path, which holds mmu_lock for read when the TDP MMU is in
# use.
Require: frame /^(kvm_mmu_zap_oldest_|make_)mmu_pages(_available)?$/
Require: frame /^(direct|kvm_tdp)_page_fault$/
Support: frame /^(npf_interception|handle_ept_violation|kvm_mmu_page_fault)$/
# The rmap of a shadow page is corrupted while zapping it ("pte_list_remove:
# ... many->many" then the BUG in the rmap helpers of mmu.c).
Variant: rmap-bug
Require: line /kernel BUG at arch\/x86\/kvm\/mmu\/mmu\.c:\d+/
# pte_list_remove is static in arch/x86/kvm/mmu/mmu.c: a build may inline it into drop_spte
Require: pc /^((__)?pte_list_(desc_)?remove(_entry)?|drop_spte)$/
# The rmap helper prints its complaint just before the cut-here line.
Support: log /pte_list_remove: [0-9a-f]+ /
Support: frame /^(mmu_page_zap_pte|__kvm_mmu_prepare_zap_page|drop_spte)$/
# The second crash the fix quotes: two zappers moved the same shadow page
# onto their invalid lists, and committing the zap followed a list pointer
# already poisoned by list_del() (0xdead000000000122 is LIST_POISON2), a
# general protection fault in the commit step.
Variant: zap-list-poison
Require: line /(general protection fault|unable to handle page fault|BUG: KASAN: [\w-]*use-after-free)/
Require: pc /^(kvm_mmu_commit_zap_page|kvm_mmu_free_shadow_page|kvm_mmu_free_page|__kvm_mmu_prepare_zap_page)$/
Support: line /\b0xdead0000000001(00|22)\b/
Introduced-By: a2855afc7ee8 ("KVM: x86/mmu: Allow parallel page faults for the TDP MMU")
Fixed-By: 47b0c2e4c220f2251fd8dcfbb44479819c715e15 ("KVM: x86/mmu: Fix race condition in direct_page_fault")
# kvm.tdp_mmu exists (research/known-bugs-corrections.yaml); the race is in
# the TDP-MMU-enabled fault path only, so turning it off avoids it by
# construction, which no source tested.
# Workaround: the kvm.tdp_mmu parameter exists (research/known-bugs-corrections.yaml,
# kvm-x86-mmu-direct-page-fault-race: kernel-parameters.txt and KVM developers'
# mails); that N avoids the race follows from the fix (the racy path is the TDP MMU's)
Workaround: load kvm with tdp_mmu=N (kvm.tdp_mmu=N on the command line) so faults take the shadow MMU path that holds mmu_lock for write
Link: https://lore.kernel.org/all/20221205190809.364947544@linuxfoundation.org/
Link: https://git.kernel.org/stable/c/47b0c2e4c220f2251fd8dcfbb44479819c715e15
Link: https://cve.org/CVERecord/?id=CVE-2022-45869
Test-Log: tests/data/signatures/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.2.log
# the two crashes again, as a stable review quoted them: mail-wrapped (not an independent occurrence)
Test-Log: tests/data/signatures/occurrences/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.3.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.sev-mmu-present-bit-queue-regression.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.syzbot-thp-adjust-5.5.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race.shadow-paging-zap-debug-warn-5.10.log
Description:
 make_mmu_pages_available() reclaims the oldest shadow pages when too many
 are in use and must run with mmu_lock held for write.  With the TDP MMU,
 direct_page_fault() holds mmu_lock only for read, yet still called it
 before mapping.  That is harmless without shadow pages, but nested TDP
 (an L1 hypervisor running its own guests) uses shadow pages even with the
 TDP MMU, so concurrent TDP faults on several vCPUs zapped the same shadow
 pages at once, corrupting their rmaps and the zap list.  The fix calls it
 only on the shadow MMU path, which takes the write lock.
