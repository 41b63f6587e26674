# Facts: the fix's id, subject and trailers (Fixes: eb298605705a,
# Reported-by: Fabio Coatti, Closes: his report) and the splat it quotes,
# from Greg Kroah-Hartman's 6.3-stable review of it, "[PATCH 6.3 272/286]
# KVM: x86/mmu: Grab memslot for correct address space in NX recovery
# worker" <20230607200932.185264623@linuxfoundation.org> ("commit
# 817fa998362d6ea9fabd5e97af8e9e2eb5f0e6f2 upstream").  No CVE row and no
# source at hand names the first release with the fix, so no Fixed-In.
# The Test-Log is the splat the fix's message quotes (mm/mmu.c:7015, PID
# 3911, indented as there); the second is Fabio Coatti's report that the fix
# names (Closes:), 6.3.4, dmesg -T timestamps, lines wrapped by his mail
# client.
Id: kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn
Version: 3
Title: KVM x86: WARNING in kvm_nx_huge_page_recovery_worker(): NX huge page recovery looked up an SMM shadow page's gfn in the non-SMM memslots and found no memslot while dirty logging
Arch: x86_64
Platform: KVM with NX huge page recovery running (the NX huge page mitigation), a guest that has used SMM, and a memslot being dirty logged
# Evidence partial: kvm_recover_nx_huge_pages() (inlined into the worker)
# has several sanity WARNs, and other bugs trip them; Sean Christopherson
# needed the WARN's line number to tell which one fired.  Nothing on the
# console but the source line of a given build says it is the memslot WARN,
# so matches stay at medium.
Evidence: partial
# A WARN raised by the NX huge page recovery worker itself ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /WARNING: .* at (arch\/x86\/kvm\/mmu\/mmu\.c:\d+|kvm_(nx_huge_page_recovery_worker|recover_nx_huge_pages)(\.[\w.]+)?\+0x)/
# ... and the worker named with its offset on a report line: the RIP line,
# or the WARNING line itself when the build prints no file:line.  (When a
# mail client wraps a dmesg -T log, ktriage keeps only the header of the
# report, so the header may be the only line naming the worker.)
Require: line /\bkvm_(nx_huge_page_recovery_worker|recover_nx_huge_pages)(\.[\w.]+)?\+0x/
# A WARN in another mmu.c helper called from the worker is something else:
# when the program counter is known it must be the worker's.
Reject: pc /^(?!(kvm_nx_huge_page_recovery_worker|kvm_recover_nx_huge_pages)$)/
Support: pc /^(kvm_nx_huge_page_recovery_worker|kvm_recover_nx_huge_pages)$/
# ... running in its kthread.
Support: frame /^kvm_vm_worker_thread$/
Support: line /Comm: kvm-nx-lpage-re/
Introduced-By: eb298605705a ("KVM: x86/mmu: Do not recover dirty-tracked NX Huge Pages")
Fixed-By: 817fa998362d6ea9fabd5e97af8e9e2eb5f0e6f2 ("KVM: x86/mmu: Grab memslot for correct address space in NX recovery worker")
Link: https://lore.kernel.org/all/20230607200932.185264623@linuxfoundation.org/
Link: https://lore.kernel.org/all/CADpTngX9LESCdHVu_2mQkNGena_Ng2CphWNwsRGSMxzDsTjU2A@mail.gmail.com/
Link: https://lore.kernel.org/r/20230602010137.784664-1-seanjc@google.com
Test-Log: tests/data/signatures/kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn.log
Test-Log: tests/data/signatures/occurrences/kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn.2.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn.injected-gfn-pte-list-remove-warn.log
Description:
 The NX huge page recovery worker periodically zaps shadow pages that
 were split to enforce the NX huge page mitigation.  When a memslot is
 being dirty logged it looks up the shadow page's memslot, but it always
 used the non-SMM address space, so for shadow pages created for SMM it
 found no memslot and hit WARN_ON_ONCE(!slot); worse, it could unaccount
 the page without stopping KVM from installing a huge page in a dirty
 logged SMM slot.  Since KVM began keeping SMM TDP MMU roots until they
 are invalidated, such pages live on after boot, so the warning showed up
 in ordinary use.  The fix picks the memslots by the shadow page's role.
