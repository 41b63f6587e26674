# Facts: the fix's id, subject and Reported-by (Guenter Roeck) from its
# tip-bot2 mail <166490685372.401.8724006488941040622.tip-bot2@tip-bot2>
# ("Commit-ID: 8c4934f4754057e3577bb1536c6ecc0efa2c966e"); in mainline by the
# torvalds/linux push of 2022-10-11 that merged tag x86_mm_for_v6.1_rc1, whose
# pull request "[GIT PULL] x86/mm for 6.1"
# <f42d43fd-30b0-e661-4b47-61ab15ef76ab@intel.com> lists it: v6.1, the same
# merge that brought the refusing check, so no release ever had the bug (only
# tip x86/mm and linux-next of September 2022).  Introduced-By: Guenter's
# bisection in the Test-Log's mail ends at 652c5bf380ad ("x86/mm: Refuse W^X
# violations"), the commit that added the "CPA refuse W^X violation" check
# (its id and subject as the related fix a3d3163fbe69 cites it in Fixes:).
# The Test-Log is Guenter Roeck's i386 boot of next-20220921
# <20220921200726.GA3094503@roeck-us.net>, also a Test-Not of the BPF W^X
# signature: Dave Hansen answers it "The PCI BIOS code tried to make a RWX
# page.  The CPA code refused to do it".  Occurrence .2 is his EFI boot of
# the same kernel with pci=nobios <d8cd7c7e-24c1-7f70-24a9-91c77aa634af@roeck-us.net>
# (held out until these rules were written; HELDOUT.tsv).
Id: x86-wx-refuse-32bit-firmware-set-memory-x
Version: 1
Title: 32-bit x86 "CPA refuse W^X violation" when firmware code (PCI BIOS, EFI runtime) is made executable: the refused set_memory_x() leaves it NX and the firmware call faults
Arch: i386
Platform: 32-bit x86 (PAE) kernels of tip x86/mm and linux-next, September 2022, with the refusing W^X check; PCI BIOS or EFI runtime services
Evidence: console
# The refusing check's message for a change that clears NX (set_memory_x:
# 8000000000000063 -> 0000000000000063) on a page that stays writable ...
Require: log /CPA (refuse|detected) W\^X violation: 8[0-9a-f]{15} -> 0[0-9a-f]{15} /
# ... on a 32-bit kernel, which the fix exempts from the check ...
Require: arch /^i386$/
# ... asked for by set_memory_x() ...
Require: frame /^set_memory_x$/
# ... on behalf of firmware the kernel then calls into
Support: frame /^(pci_pcbios_init|pci_arch_init|efi_runtime_update_mappings|efi_enter_virtual_mode)$/
Support: line /PCI: PCI BIOS area is rw and x/
Introduced-By: 652c5bf380ad ("x86/mm: Refuse W^X violations")
Fixed-By: 8c4934f4754057e3577bb1536c6ecc0efa2c966e ("x86/mm: Disable W^X detection and enforcement on 32-bit")
Fixed-In: v6.1
Link: https://lore.kernel.org/all/20220921200726.GA3094503@roeck-us.net/
Link: https://lore.kernel.org/all/CAMj1kXHcF_iK_g0OZSkSv56Wmr=eQGQwNstcNjLEfS=mm7a06w@mail.gmail.com/
Test-Log: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.i386-pcbios-area.log
Test-Log: tests/data/signatures/occurrences/x86-wx-refuse-32bit-firmware-set-memory-x.2.log
Test-Not: tests/data/signatures/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.log
Test-Not: tests/data/signatures/lookalikes/bpf-jit-exec-page-writable-set-memory-x-cpa-wx.ftrace-trampoline.log
Test-Not: tests/data/signatures/lookalikes/xen-pv-cpa-wx-false-positive-shared-pte-nx-in-pmd-warn.native-efi-memattr-vmware-6.8.log
Description:
 The W^X check added to change_page_attr (652c5bf380ad) refused any change
 that would leave a page both writable and executable.  32-bit x86 makes
 firmware code executable that way: the PCI BIOS area (pci_pcbios_init) and
 the EFI runtime services (efi_runtime_update_mappings) are mapped RWX.  With
 the change refused the page stays NX, and the first call into the firmware
 faults on an instruction fetch ("kernel tried to execute NX-protected
 page", error code 0x0011), killing init at boot.  The fix turns W^X
 detection and enforcement off on 32-bit; the same pull made the check warn
 instead of refuse ("CPA detected W^X violation").
