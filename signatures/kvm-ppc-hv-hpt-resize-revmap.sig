# Facts: research/known-bugs.yaml id kvm-ppc-hv-hpt-resize-revmap, seed 002.
# The seed cites the introducing commit as 5e9859699a ("KVM: PPC: Book3S HV:
# Outline of KVM-HV HPT resizing implementation"): 10 hex digits, all the
# source gives.
Id: kvm-ppc-hv-hpt-resize-revmap
Version: 3
Title: KVM-HV on POWER: host oops in kvmppc_add_revmap_chain() after an HPT resize races with guest page faults
Arch: powerpc
Platform: KVM-HV host (PowerNV) running a guest with a hashed page table (HPT) that is being resized
Evidence: console
Require: function /^kvmppc_add_revmap_chain$/
Require: arch /^powerpc$/
Support: frame /^kvmppc_book3s_hv_page_fault$/
Support: line /Unable to handle kernel paging request for data at address/
# No Reject on mmu: the host MMU does not decide this bug (radix hosts run HPT guests too).
Introduced-By: 5e9859699a ("KVM: PPC: Book3S HV: Outline of KVM-HV HPT resizing implementation")
Fixed-By: 38c53af85306 ("KVM: PPC: Book3S HV: Fix exclusion between HPT resizing and other HPT updates")
# Paul Mackerras, the fix's author, tagged a later fix with Fixes: 38c53af85306
# as "Cc: stable@vger.kernel.org # v4.14+".  QEMU's pseries machine has the
# property resize-hpt ("Resizing of the Hash Page Table (enabled, disabled,
# required)"); the fix is to exclusion between HPT resizing and HPT updates.
Fixed-In: v4.14
Workaround: disable HPT resizing for the guest (QEMU -machine pseries,resize-hpt=disabled)
Link: https://lore.kernel.org/r/1570519271221165@kroah.com
Test-Log: tests/data/seeds/002_5d49e262595e473a.txt
Test-Not: tests/data/signatures/lookalikes/kvm-ppc-hv-hpt-resize-revmap.radix-dirty-track-flush-unmap-free-pte-warn.log
Description:
 HPT resizing tried to keep every other user off the hashed page table by
 clearing hpte_setup_done and sending an IPI, but a vCPU already in the guest
 or handling a hypervisor page fault could re-enter and make present again an
 HPTE the rehash had just removed.  The guest's rmap then points into the old
 reverse-map array, possibly beyond the end of a smaller new one, and a later
 page fault walks out of bounds in kvmppc_add_revmap_chain().
