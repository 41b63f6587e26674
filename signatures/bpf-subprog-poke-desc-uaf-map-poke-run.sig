# Facts: research/known-bugs.yaml id bpf-subprog-poke-desc-uaf-map-poke-run (entry 150).
Id: bpf-subprog-poke-desc-uaf-map-poke-run
Version: 2
Title: KASAN use-after-free in prog_array_map_poke_run: subprogram poke descriptors stay tracked after the program is freed
Arch: x86_64 (generic)
Platform: BPF JIT tail-call direct jumps (text poking of JIT images)
Evidence: console
Require: line /KASAN: use-after-free in prog_array_map_poke_run/
# prog_array_map_poke_run() is the prog array's map_poke_run op: it walks the
# tracked poke descriptors whenever a slot changes, on update and on delete
# (and when the array is cleared), so any of these callers corroborates.
Support: frame /^(bpf_fd_array_map_update_elem|fd_array_map_delete_elem|__fd_array_map_delete_elem|prog_array_map_clear_deferred|map_poke_run)$/
Introduced-By: a748c6975dea325da540610c2ba9b5f332c603e6 ("bpf: propagate poke descriptors to subprograms")
Fixed-By: f263a81451c12da5a342d90572e317e611846f2c ("bpf: Track subprog poke descriptors correctly and fix use-after-free")
Fixed-In: v5.14
Fixed-In: stable 5.10.53
Fixed-In: stable 5.13.5
Link: https://git.kernel.org/stable/c/f263a81451c12da5a342d90572e317e611846f2c
Link: https://cve.org/CVERecord/?id=CVE-2021-47303
Test-Log: tests/data/signatures/bpf-subprog-poke-desc-uaf-map-poke-run.log
Test-Not: tests/data/signatures/lookalikes/bpf-subprog-poke-desc-uaf-map-poke-run.fd-array-map-clear-rcu-stall.log
Description:
 Subprograms registered their poke descriptors with a prog array map but never
 untracked them, so after the program was released the map's poke list
 pointed at freed aux data.  A later map update walked that list to re-patch
 JIT text and read freed memory.  The fix shares the main program's poke table
 and untracks it before the JIT image is freed.
