# Facts: the fix's message and trailers from the patch mail
# <20240412151258.9171-5-jgross@suse.com> as merged into tip x86/mm (Ingo
# Molnar's Signed-off-by and Link; Fixes: 652c5bf380ad "x86/mm: Refuse W^X
# violations"; Reported-by: Jason Andryuk, the only reporter), the commit id
# 5bc8b0f5dac04cd4ebe47f8090a5942f2f2647ef from the kernel test robot's
# "[tip:x86/mm] BUILD SUCCESS" mail whose branch HEAD it is; stable
# revlists list backports under other ids.  No release statement read: no
# Fixed-In.  The series' first two patches (lookup_address_in_pgd_attr(),
# _lookup_address_cpa() restructuring) prepare it and are not named here.
# The Test-Log is Jason Andryuk's report <20240124165401.35784-1-jandryuk@gmail.com>
# ("Linux Xen PV CPA W^X violation false-positives", xen-devel, 24 Jan 2024;
# 6.1.38 Xen PV domain, BPF program freed from a workqueue).  Anthony PERARD
# later wrote that osstest serial logs show many such messages from dom0,
# but no second console report of this bug was found to hold out.
Id: xen-pv-cpa-wx-false-positive-shared-pte-nx-in-pmd-warn
Version: 1
Title: Xen PV guest: spurious "CPA detected W^X violation" WARNING in __change_page_attr_set_clr() because verify_rwx() looked only at the PTE, not at the NX bit Xen sets in the direct map's PMDs
Arch: x86_64 (Xen PV)
Platform: Xen PV domains (dom0 or domU) on kernels with the CPA W^X check (6.1 on); seen when a vmalloc'ed BPF image is freed and its direct-map alias reset
Evidence: console
# The CPA W^X check's warning ...
Require: log /CPA (detected|refuse) W\^X violation: /
# ... in a Xen PV guest: the kernel runs with the PV code selector e030 in
# RIP/CS; the direct-map PMDs carry NX while the PTEs they share with the
# kernel high map do not, which only Xen PV's early page tables set up.
Require: line /RIP: e030:/
# A native kernel (selector 0010) warns for real W+X requests: other bugs.
Reject: line /RIP: 0010:/
# Linux runs as a Xen PV guest only as x86_64 (32-bit PV support is gone).
Require: arch /^x86_64$/
Require: pc /^(__change_page_attr_set_clr|__change_page_attr|verify_rwx|__cpa_process_fault)$/
Support: frame /^(set_direct_map_default_noflush|set_direct_map_invalid_noflush|set_memory_x|set_memory_nx|set_memory_rw|set_memory_ro|change_page_attr_set_clr)$/
Support: log /Workqueue: events bpf_prog_free_deferred/
Introduced-By: 652c5bf380ad ("x86/mm: Refuse W^X violations")
Fixed-By: 5bc8b0f5dac04cd4ebe47f8090a5942f2f2647ef ("x86/pat: Fix W^X violation false-positives when running as Xen PV guest")
Link: https://lore.kernel.org/all/20240124165401.35784-1-jandryuk@gmail.com/
Link: https://lore.kernel.org/r/20240412151258.9171-5-jgross@suse.com
Test-Log: tests/data/signatures/xen-pv-cpa-wx-false-positive-shared-pte-nx-in-pmd-warn.log
Test-Not: tests/data/signatures/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.log
Test-Not: tests/data/signatures/occurrences/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.2.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.i386-pcbios-area.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.ftrace-trampoline.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-cpa-wx-false-positive-shared-pte-nx-in-pmd-warn.tip-set-memory-rox-checkalias.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-cpa-wx-false-positive-shared-pte-nx-in-pmd-warn.native-efi-memattr-vmware-6.8.log
Description:
 The x86 CPA code warns when a permission change would leave a kernel
 mapping both writable and executable.  verify_rwx() judged that from the
 leaf PTE alone, but the effective NX and RW bits combine all levels of the
 walk.  In a Xen PV guest the direct-map PMDs and the kernel high-map PMDs
 share the same PTE pages, and Xen's early setup sets NX in the direct-map
 PMDs, not in the shared PTEs; so restoring a direct-map alias to RW (for
 example when a vmalloc'ed BPF image is freed) looked W+X although the
 mapping was NX.  The fix makes the lookup return the effective NX/RW of
 the non-leaf entries and has verify_rwx() (and the NX-fault message) use
 them.  The warning is harmless on affected kernels.
