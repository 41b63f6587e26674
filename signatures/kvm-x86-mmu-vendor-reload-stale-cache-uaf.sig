# Facts: CVE-2026-68428 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and KASAN report from the CVE announcement for CVE-2026-68428 (kernel-security-vulns cve/published/2026/CVE-2026-68428.mbox), which quotes the fix's commit message.
Id: kvm-x86-mmu-vendor-reload-stale-cache-uaf
Version: 3
Title: KVM x86 MMU: KASAN slab-use-after-free in kvm_mmu_vendor_module_init (kmem_cache_destroy of a stale cache pointer after a vendor module reload failed)
Arch: x86_64
Platform: kvm.ko kept loaded while kvm_intel/kvm_amd is unloaded and reloaded, cache creation failing on reload (seen with fault injection)
Evidence: console
Require: line /BUG: KASAN: (slab-)?use-after-free in/
# The fix went to 5.10 and 5.15 stable, whose arch/x86/kvm/mmu/mmu.c names
# the same pair kvm_mmu_module_init()/kvm_mmu_module_exit() (created and
# destroyed the caches the same way, with mmu_destroy_caches() on the
# failure path); later kernels renamed them kvm_mmu_vendor_module_*().
Require: function /^kvm_mmu_(vendor_)?module_init$/
Support: frame /^kmem_cache_destroy$/
Support: function /^kvm_mmu_(vendor_)?module_exit$/
Support: guilty /^kvm_mmu_(vendor_)?module_init$/
Introduced-By: cb498ea2ce1d3f3c0bc0a2522241dca10263e437
Fixed-By: 52f2f7c30126037975389aa04d24c506a5177c35 ("KVM: x86/mmu: Fix use-after-free on vendor module reload")
Fixed-In: v7.2
Fixed-In: stable 5.10.265
Fixed-In: stable 5.15.216
Fixed-In: stable 6.1.183
Fixed-In: stable 6.6.148
Fixed-In: stable 6.12.101
Fixed-In: stable 6.18.42
Fixed-In: stable 7.1.6
# The fix's message (as summarised in the Description): the stale cache
# pointers live in kvm.ko and survive a vendor module unload.
Workaround: when reloading kvm_intel/kvm_amd, unload and reload kvm.ko with it, so the stale cache pointers are not kept
Link: https://git.kernel.org/stable/c/52f2f7c30126037975389aa04d24c506a5177c35
Link: https://cve.org/CVERecord/?id=CVE-2026-68428
Test-Log: tests/data/signatures/kvm-x86-mmu-vendor-reload-stale-cache-uaf.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-mmu-vendor-reload-stale-cache-uaf.svm-init-mem-enc-ioctl-null-hook-warn-6.15.log
Test-Not: tests/data/signatures/lookalikes/kvm-x86-mmu-vendor-reload-stale-cache-uaf.hybrid-pmu-capability-warn-vmx-init-next-20250919.log
Description:
 mmu_destroy_caches() destroyed the shadow MMU's pte_list_desc and page
 header caches but left the pointers, which live in kvm.ko, unchanged, so
 they outlived a vendor module unload.  If creating the first cache then
 failed during the next vendor module load, the error path destroyed the
 second, already destroyed cache again through its stale pointer, a slab
 use-after-free.  The fix clears the pointers when the caches are
 destroyed.
