# Facts: the introducing commit's id and subject from Uladzislau Rezki's
# listing in the linux-next merge thread <ZfLElrAT3RMLuWdB@pc636> ("commit
# 3e49a866c9dcbd8173e4f3e491293619a9e81fa4 ... mm: Enforce VM_IOREMAP flag and
# range in ioremap_page_range.") and the fix's mainline id from the same
# listing ("commit d7bca9199a27b8690ae1c71dc11f825154af7234 ... mm: Introduce
# vmap_page_range() to map pages in PCI address space"), which mainline
# revlists also show.  That this commit is the fix of the report: Alexei
# Starovoitov in the report thread <CAADnVQ+zbZ1M_uvWmyWUdomAedP+LWMhQX-5bGajzJ0GYzme9g@mail.gmail.com>
# ("And now applied the fix to bpf-next", after testing it on an arm64 VM),
# the bpf-next push that followed listing that subject.  Both commits went
# to net-next in the same bpf-next pull ("for-netdev", 2024-03-11) and the
# merge-conflict thread lists both as "currently in the Linus tree", so the
# warning was seen in linux-next and bpf-next builds: no Fixed-In.
# The Test-Log is Miguel Ojeda's report
# <CANiq72ka4rir+RTN2FQoT=Vvprp_Ao-CvoYEkSNqtSY+RZj+AA@mail.gmail.com>; the
# second is Marek Szyprowski's independent report on the patch itself
# (2024-03-08, "on all my test machines with PCI bridges", QEMU arm64 virt),
# in reply to <20240305030516.41519-2-alexei.starovoitov@gmail.com>.
Id: ioremap-page-range-vm-ioremap-check-pci-iospace-warn
Version: 1
Title: WARNING in ioremap_page_range() (mm/vmalloc.c) at PCI host bridge probe: the new VM_IOREMAP check rejected pci_remap_iospace()'s fixed PCI I/O window, so the I/O space was not mapped (linux-next, March 2024)
Arch: any (seen on arm64)
Platform: PCI host bridges with an I/O window mapped by pci_remap_iospace() (e.g. pci-host-generic on QEMU virt), linux-next/bpf-next builds carrying 3e49a866c9dc without its fix
Evidence: console
# The check's own message: the address is not inside a get_vm_area(VM_IOREMAP)
# area ...
Require: line /vm_area at addr [0-9a-f]+ is not marked as VM_IOREMAP/
# ... in ioremap_page_range(), reached from the PCI I/O space mapping.
Require: function /^ioremap_page_range$/
Support: frame /^(pci_remap_iospace|devm_pci_remap_iospace|devm_of_pci_bridge_init)$/
Support: line /mm\/vmalloc\.c:\d+/
Support: log /failed to map resource \[io /
Introduced-By: 3e49a866c9dcbd8173e4f3e491293619a9e81fa4 ("mm: Enforce VM_IOREMAP flag and range in ioremap_page_range.")
Fixed-By: d7bca9199a27b8690ae1c71dc11f825154af7234 ("mm: Introduce vmap_page_range() to map pages in PCI address space")
Link: https://lore.kernel.org/all/CANiq72ka4rir+RTN2FQoT=Vvprp_Ao-CvoYEkSNqtSY+RZj+AA@mail.gmail.com/
Link: https://lore.kernel.org/all/CAADnVQ+zbZ1M_uvWmyWUdomAedP+LWMhQX-5bGajzJ0GYzme9g@mail.gmail.com/
Test-Log: tests/data/signatures/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.log
Test-Log: tests/data/signatures/occurrences/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.2.log
Test-Log: tests/data/signatures/occurrences/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.3.log
Test-Log: tests/data/signatures/occurrences/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.4.log
Test-Not: tests/data/signatures/lookalikes/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.acpi-pci-iospace-vmap-pte-bug-6.6-guest.log
Test-Not: tests/data/signatures/lookalikes/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.ppc-xive-lsi-esb-bogus-ioremap-bug.log
Test-Not: tests/data/signatures/lookalikes/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.kvmtool-unaligned-ioport-window-lib-ioremap-bug-5.5.log
Test-Not: tests/data/signatures/lookalikes/ioremap-page-range-vm-ioremap-check-pci-iospace-warn.mips-ralink-no-pci-iobase-warn-5.10.log
Description:
 A change queued for 6.9 made ioremap_page_range() refuse (with a warning)
 any address that does not lie in a vm_area created with VM_IOREMAP.  The
 PCI core maps the I/O port window at the fixed PCI_IOBASE range through
 pci_remap_iospace(), which is managed by PCI's own resource allocator and
 never comes from get_vm_area(), so every host bridge with an I/O window
 hit the warning at probe and its I/O space stayed unmapped.  The fix adds
 vmap_page_range() for the PCI I/O space and uses it there.
