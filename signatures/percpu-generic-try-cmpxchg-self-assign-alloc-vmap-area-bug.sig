# Facts: the fix's id, subject and trailers from the tip-bot mail announcing
# it in tip locking/core ("Commit-ID: 093d9b240a1f...", Fixes: c5c0ba953b8c,
# Closes: ClangBuiltLinux issue 1868).  The Test-Log is Konrad Dybcio's
# report <f320f021-88c4-c5c9-0781-c82d0b88f67d@linaro.org> (Qualcomm RB1,
# clang 15, next-20230606, bisected to c5c0ba953b8c), to which Nathan
# Chancellor replied <20230609161340.GA4019185@dev-arch.thelio-3990X> that
# 093d9b240a1f fixes it; Konrad Dybcio then booted next-20230609 with it.
# The introducing commit's full id and the BUG_ON that fires
# (!IS_ALIGNED(va->va_start, align)) from Nathan Chancellor's issue 1868.
# The second Test-Log is Nathan Chancellor's own log as the fix's commit
# message quotes it (arm64 QEMU virt, Arch Linux ARM config).
# Both commits went to linux-next in June 2023 and no release read was
# found: no Fixed-In.  No CVE row.
Id: percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug
Version: 1
Title: kernel BUG in alloc_vmap_area() at boot on clang-built arm/arm64: the generic per-CPU try_cmpxchg fallback assigned its old value to itself, so the vmalloc preload cmpxchg misbehaved
Arch: arm64, arm (clang builds)
Platform: linux-next of June 2023 built with clang and CONFIG_INIT_STACK_NONE, architectures using the generic per-CPU cmpxchg fallbacks
Evidence: console
# A BUG_ON in the vmalloc area allocator ...
Require: line /kernel BUG at mm\/vmalloc\.c:\d+!/
Require: pc /^alloc_vmap_area$/
# ... on an architecture without its own per-CPU cmpxchg, ...
Require: arch /^(arm64|arm)$/
# ... hit by the first vmalloc() of the boot.
Support: line /Comm: swapper\/0 /
Support: frame /^(__get_vm_area_node|__vmalloc_node_range|__vmalloc_node_range_noprof)$/
Support: line /Kernel panic - not syncing: Attempted to kill the idle task/
Introduced-By: c5c0ba953b8c969c5d51bf1c57f239866a97c47c ("percpu: Add {raw,this}_cpu_try_cmpxchg()")
Fixed-By: 093d9b240a1fa261ff8aeb7c7cc484dedacfda53 ("percpu: Fix self-assignment of __old in raw_cpu_generic_try_cmpxchg()")
Link: https://git.kernel.org/tip/093d9b240a1fa261ff8aeb7c7cc484dedacfda53
Link: https://github.com/ClangBuiltLinux/linux/issues/1868
Link: https://lore.kernel.org/all/f320f021-88c4-c5c9-0781-c82d0b88f67d@linaro.org/
Test-Log: tests/data/signatures/percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug.log
Test-Log: tests/data/signatures/occurrences/percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug.2.log
Test-Log: tests/data/signatures/occurrences/percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug.3.log
Test-Not: tests/data/signatures/lookalikes/percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug.lkp-x86-kprobes-ainsn-vmalloc-to-page.log
Test-Not: tests/data/signatures/lookalikes/percpu-generic-try-cmpxchg-self-assign-alloc-vmap-area-bug.lkp-vmap-area-revert-free-vm-area-i386.log
Description:
 A rework of the generic per-CPU cmpxchg helpers defined
 raw_cpu_generic_cmpxchg() on top of a new try_cmpxchg helper, whose local
 "__old" shadowed the caller's: through macro expansion the inner variable
 was initialised from itself, so with clang and no stack auto-initialisation
 it held garbage and the cmpxchg compared against a random value.  The
 vmalloc allocator uses such a per-CPU cmpxchg for its preloaded
 vmap_area; with it broken, alloc_vmap_area() ended up with an area whose
 start was not aligned and hit BUG_ON(!IS_ALIGNED(va->va_start, align)) on
 the first vmalloc() of the boot (from init_IRQ on arm64).  The fix
 renames the inner variable so the value really comes from the caller.
