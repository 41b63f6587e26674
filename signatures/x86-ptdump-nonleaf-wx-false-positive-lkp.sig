# Facts: research/known-bugs.yaml id x86-ptdump-nonleaf-wx-false-positive-lkp.
# The introducing commit is on an lkp test branch (series not merged); no fix.
# The W+X message precedes the WARNING line and is kept by ktriage as context,
# hence the two Support forms.
Id: x86-ptdump-nonleaf-wx-false-positive-lkp
Version: 2
Title: x86 false "Found insecure W+X mapping" for a page-table (non-leaf) entry with the unmerged non-leaf ptdump series
Arch: x86_64
Platform: any with CONFIG_DEBUG_WX, kernels carrying the ARCH_SUPPORTS_NON_LEAF_PTDUMP series
Evidence: console
Require: line /at arch\/x86\/mm\/dump_pagetables\.c:\d+ /
Require: guilty /^note_page$/
Require: frame /^ptdump_p4d_entry$/
Support: context /x86\/mm: Found insecure W\+X mapping at address 0xffff[0-9a-f]{3}0{9}$/
Support: line /x86\/mm: Found insecure W\+X mapping at address 0xffff[0-9a-f]{3}0{9}$/
Support: release /-g14095f3901f4\b/
Introduced-By: 14095f3901f4e6cf7be49ce2b0b6477bcc9613b8 ("[PATCH v5 1/6] mm: add ARCH_SUPPORTS_NON_LEAF_PTDUMP (lkp test branch, unmerged)")
Workaround: triage as a false positive if the kernel carries this series
Link: https://lore.kernel.org/oe-lkp/202407051002.96bf438-oliver.sang@intel.com
Test-Log: tests/data/signatures/x86-ptdump-nonleaf-wx-false-positive-lkp.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.linuxkit-azure-4.4.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.its-thunks-no-modules.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.syzbot-ci-multikernel-directmap.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.i386-lowmem-bios-area-wx-4.15.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.xen-dom0-4.14-gvt.log
Test-Not: tests/data/signatures/lookalikes/x86-ptdump-nonleaf-wx-false-positive-lkp.opensuse-4.4-xen46-dom0.log
Description:
 A proposed generic change reported non-leaf page-table entries to ptdump.
 The x86 W+X checker then judged upper-level table entries, which are RW and
 executable because they only point to lower tables, as if they were leaf
 mappings, and warned about the base of the direct map from
 ptdump_p4d_entry().  The series was not merged as tested.
