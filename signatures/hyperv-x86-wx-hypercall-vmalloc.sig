# Facts: research/known-bugs.yaml id hyperv-x86-wx-hypercall-vmalloc.
# No fix is established; that the page is the hypercall page is an inference.
# That 4.x guests allocate the hypercall page writable and executable is not:
# hv_init() in drivers/hv/hv.c does __vmalloc(PAGE_SIZE, GFP_KERNEL, PAGE_KERNEL_EXEC).
Id: hyperv-x86-wx-hypercall-vmalloc
Version: 1
Title: x86 on Hyper-V/Azure: "Found insecure W+X mapping" for a vmalloc page (likely the hypercall page) on 4.4 guests
Arch: x86_64
Platform: Hyper-V / Azure guest with CONFIG_DEBUG_WX
Evidence: console
Require: line /x86\/mm: Found insecure W\+X mapping at address (ffffc9|ffff8800000)/
Require: line /Hardware name: Microsoft Corporation Virtual Machine/
Support: frame /^ptdump_walk_pgd_level_core$/
Support: release /^4\.4\./
Workaround: warning only
Link: https://github.com/linuxkit/linuxkit/issues/698
Link: https://github.com/linuxkit/linuxkit/issues/685
Test-Log: tests/data/signatures/hyperv-x86-wx-hypercall-vmalloc.log
# the same linuxkit report, kept under lookalikes/ as a Test-Not of x86-ptdump-nonleaf
Test-Log: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.linuxkit-azure-4.4.log
Description:
 The boot-time W+X check on Hyper-V and Azure guests reports a writable and
 executable page in the vmalloc area, most likely the Hyper-V hypercall page,
 which the guest allocates writable and executable (hv_init(),
 PAGE_KERNEL_EXEC in the vmalloc area).  A second
 report, on Docker for Windows, showed a low direct-map W+X page instead.
