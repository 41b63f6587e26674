# Facts: the fix's subject, Fixes: and cause from Marc Zyngier's patch
# <20230828153121.4179627-1-maz@kernel.org> as quoted in Philippe
# Mathieu-Daude's reply (2023-08-28: "Marek reports that his RPi4 spits out
# a warning at boot time, right at the point where the GICv2 virtual CPU
# interface gets mapped ... we never return the allocated VA"; Fixes:
# f156a7d13fc3); the id 3579dc742f76207a4854a87a8e3ce44434d7e308 from
# Stephen Rothwell's linux-next note that it is the kvm-fixes copy of the
# same patch as kvmarm/next's 169c0f23cacc, and from the push revlists that
# list it with the kvmarm-fixes-6.6-1 pull.  No release statement read: no
# Fixed-In.
# The Test-Log is Naresh Kamboju's LKFT report
# <CA+G9fYtC0iTRSRj8WSw5KMDwrx4Z3Djo89OXXdHjna9r3qy3Kg@mail.gmail.com>
# (6.6.0-rc1, Raspberry Pi 4 and Juno-r2), which Oliver Upton
# <ZQHndmjItuE7AOyz@linux.dev> ties to Marc's fix ("This came up already and
# Marc has a fix queued up").  It is not the original report (Marek
# Szyprowski's): that one is kept unread as the held-out log.
Id: kvm-arm64-hyp-private-va-range-unreturned-va-io-mapping-warn
Version: 2
Title: KVM arm64 boot WARNING in hyp_map_walker while mapping the GICv2 virtual CPU interface: hyp_alloc_private_va_range() did not return the VA it allocated, so the EL2 I/O mapping landed on a random, already mapped address
Arch: arm64
Platform: nVHE KVM hosts with a GICv2 (e.g. Raspberry Pi 4, Juno); KVM's vgic init then fails ("Cannot map VCTRL into hyp")
Evidence: console
Require: arch /^arm64$/
# The EL2 stage-1 page-table walker refuses to change an existing mapping ...
# (\.[\w.]+)? after a name: another build may print a clone of it (.isra.0, .constprop.0, .part.0).
Require: line /arch\/arm64\/kvm\/hyp\/pgtable\.c:\d+ hyp_map_walker(\.[\w.]+)?\+0x/
# ... while installing a private (I/O or exec) EL2 mapping, whose VA comes
# from hyp_alloc_private_va_range().
Require: frame /^(__create_hyp_private_mapping|create_hyp_io_mappings|create_hyp_exec_mappings|hyp_alloc_private_va_range)$/
Support: frame /^(vgic_v2_probe|kvm_vgic_hyp_init)$/
Support: log /Cannot map (VCTRL|GICV) into hyp/
Introduced-By: f156a7d13fc3 ("KVM: arm64: Remove size-order align in the nVHE hyp private VA range")
Fixed-By: 3579dc742f76207a4854a87a8e3ce44434d7e308 ("KVM: arm64: Properly return allocated EL2 VA from hyp_alloc_private_va_range()")
Link: https://lore.kernel.org/kvmarm/20230828153121.4179627-1-maz@kernel.org/
Link: https://lore.kernel.org/all/CA+G9fYtC0iTRSRj8WSw5KMDwrx4Z3Djo89OXXdHjna9r3qy3Kg@mail.gmail.com/
Test-Log: tests/data/signatures/kvm-arm64-hyp-private-va-range-unreturned-va-io-mapping-warn.log
Test-Not: tests/data/signatures/lookalikes/kvm-arm64-hyp-private-va-range-unreturned-va-io-mapping-warn.hyp-map-walker-rcu-sleeping-alloc-6.1.log
Description:
 A 6.6 merge-window change to the nVHE hypervisor's private VA allocator
 left hyp_alloc_private_va_range() without storing the VA it allocated, so
 its callers used whatever was on the stack.  At boot, mapping the GICv2
 virtual CPU interface into EL2 (create_hyp_io_mappings() from
 vgic_v2_probe()) then tried to install the mapping at that stray address;
 where it hit something already mapped, the EL2 page-table walker warned
 (hyp_map_walker) and KVM's vgic init failed.  The fix returns the
 allocated VA.
