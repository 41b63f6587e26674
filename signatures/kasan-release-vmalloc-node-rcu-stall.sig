# Facts: CVE-2026-43292 (research/cna-fixes.tsv row: fixes, introducing commit,
# releases); mainline/stable split and console excerpt from the CVE
# announcement <2026050853-CVE-2026-43292-a97d@gregkh> (kernel-security-vulns
# cve/published/2026/CVE-2026-43292.mbox), quoting the fix's message (a syzbot
# report, extid d8d4c31d40f868eaea30 per tests/data/signatures/EVIDENCE.tsv).
Id: kasan-release-vmalloc-node-rcu-stall
Version: 2
Title: RCU stall in kasan_release_vmalloc_node(): purging a long vmap list frees KASAN shadow pages without rescheduling (page_owner stack saves)
Arch: any with KASAN_VMALLOC
Platform: CONFIG_KASAN_VMALLOC with CONFIG_PAGE_OWNER
Evidence: console
Require: frame /^kasan_release_vmalloc_node$/
Require: kind /^stall$/
Support: frame /^purge_vmap_node$/
# the fix's message: each kasan_release_vmalloc() call frees shadow pages and,
# with page_owner, every free runs save_stack() under RCU
Support: frame /^(kasan_release_vmalloc|__kasan_release_vmalloc|save_stack|__reset_page_owner)$/
Support: line /rcu_preempt detected stalls/
Introduced-By: 282631cb2447318e2a55b41a665dbe8571c46d70
Fixed-By: 5747435e0fd474c24530ef1a6822f47e7d264b27 ("mm/vmalloc: prevent RCU stalls in kasan_release_vmalloc_node")
Fixed-In: v7.0
Fixed-In: stable 6.12.75
Fixed-In: stable 6.18.16
Fixed-In: stable 6.19.6
Link: https://git.kernel.org/stable/c/5747435e0fd474c24530ef1a6822f47e7d264b27
Link: https://cve.org/CVERecord/?id=CVE-2026-43292
Test-Log: tests/data/signatures/lookalikes/kasan-vmalloc-purge-per-area-tlb-flush-lockup.release-vmalloc-node-rcu-stall.log
Test-Not: tests/data/signatures/kasan-vmalloc-purge-per-area-tlb-flush-lockup.log
Test-Not: tests/data/signatures/lookalikes/kasan-vmalloc-purge-per-area-tlb-flush-lockup.depopulate-ptl-contention.log
Description:
 purge_vmap_node() hands each purged vmap area to
 kasan_release_vmalloc_node(), which frees the area's KASAN shadow pages.
 With page_owner enabled every free saves a stack trace under RCU, and a
 purge list of hundreds or thousands of areas was walked without ever
 rescheduling, so the worker held the CPU for seconds and RCU reported a
 stall.  The fix adds a cond_resched() every few areas.
