# Facts: the fix's subject, id and trailers from its 6.x-stable review mail
# ("commit 0143d148d1e882fb1538dc9974c94d63961719b9 upstream", Ruihan Li,
# Reported-by: syzbot+fcf1a817ceb50935ce99, Closes: the report below, Fixes:
# f7d34b445abc and ff2437befd8f, Acked-by: Alan Stern); the subject also from
# syzbot's "syzbot suspects this issue was fixed by commit" mail.  The same
# series added BUG_ON(PageSlab(page)) to page_table_check (44d0fb387b53 "mm:
# page_table_check: Ensure user pages are not slab pages", Fixes: df4e817b7108
# "mm: page table check"): with it the misuse is caught when the page is
# mapped, not when it is unmapped.  No release statement was read: no Fixed-In.
# The Test-Log is syzbot's report <000000000000258e5e05fae79fc1@google.com>
# ("kernel BUG in page_table_check_clear", extid fcf1a817ceb50935ce99,
# 6.3.0-syzkaller-11733-g825a0714d2b3).
Id: usbfs-mmap-slab-pages-page-table-check-anon-confusion
Version: 3
Title: kernel BUG in page_table_check_clear when a usbfs zerocopy buffer is unmapped: usbdev_mmap() mapped kmalloc'ed (slab) memory into user space and page_table_check took the slab page for an anonymous one
Arch: any (seen on x86_64)
Platform: CONFIG_PAGE_TABLE_CHECK; usbfs (/dev/bus/usb) mmap on a host controller without DMA (e.g. dummy_hcd, USB/IP), which made usb_alloc_coherent() fall back to kmalloc
Evidence: console
Variant: ptc-clear-at-zap
# page_table_check's map counters disagree with the page's anon/file type
# when a PTE is cleared: the page's PageAnon() changed between map and unmap
# because slab reuses page->mapping for its own state.
Require: title /^kernel BUG in page_table_check_clear$/
# ... while zapping PTEs (munmap, or exit_mmap at exit): the usbfs buffer is
# a remap_pfn_range() mapping of small pages, not a huge PMD.
Require: frame /^(zap_pte_range|zap_present_ptes?|zap_present_folio_ptes)$/
Support: frame /^__page_table_check_pte_clear$/
Support: frame /^(unmap_vmas|exit_mmap|unmap_region|do_vmi_align_munmap)$/
# The other page_table_check_clear BUGs clear a huge PMD (THP split of a
# hugetlb PMD through GUP, arm64 khugepaged collapse of a page table, and
# syzbot's memfd-related "(2)" of 6.12 that zaps a huge PMD in zap_huge_pmd()
# on a kernel long past this fix).
Reject: frame /^(split_huge_pmd_locked|pmdp_collapse_flush|pmdp_huge_clear_flush|zap_huge_pmd|zap_huge_pud|(__)?page_table_check_p[mu]d_clear)$/
# Added after the held-out test on syzbot's "kernel BUG in workingset_activation
# (2)" (extid 644848628d5e12d5438c, 5.17-rc3), which syzbot's fix bisection
# tied to this fix and Ruihan Li confirmed ("Correct."): when a KVM guest's
# memory is backed by the usbfs mapping, KVM takes the slab page for a normal
# page and marks it accessed when it zaps its SPTEs; workingset_activation()
# then asks for the memcg of a slab folio and folio_memcg_rcu() BUGs.
Variant: kvm-accessed-slab-memcg
Require: line /kernel BUG at include\/linux\/memcontrol\.h:\d+/
Require: function /^(folio_memcg_rcu|workingset_activation)$/
# ... reached from KVM's accessed-bit propagation for a pfn it got from a
# VM_PFNMAP mapping (hva_to_pfn_remapped), not from the page's own LRU life.
Require: frame /^(kvm_set_pfn_accessed|kvm_set_page_accessed)$/
Support: frame /^(folio_mark_accessed|mark_page_accessed)$/
Support: frame /^(handle_changed_spte_acc_track|kvm_mmu_zap_all|kvm_mmu_notifier_release|zap_gfn_range)$/
Introduced-By: f7d34b445abc ("USB: Add support for usbfs zerocopy.")
Introduced-By: ff2437befd8f ("usb: host: Fix excessive alignment restriction for local memory allocations")
Fixed-By: 0143d148d1e882fb1538dc9974c94d63961719b9 ("usb: usbfs: Enforce page requirements for mmap")
Link: https://lore.kernel.org/lkml/000000000000258e5e05fae79fc1@google.com/
Link: https://syzkaller.appspot.com/bug?extid=fcf1a817ceb50935ce99
Link: https://lore.kernel.org/r/20230515130958.32471-2-lrh2000@pku.edu.cn
Link: https://syzkaller.appspot.com/bug?extid=644848628d5e12d5438c
Test-Log: tests/data/signatures/usbfs-mmap-slab-pages-page-table-check-anon-confusion.log
Test-Log: tests/data/signatures/occurrences/usbfs-mmap-slab-pages-page-table-check-anon-confusion.2.log
Test-Not: tests/data/signatures/lookalikes/usbfs-mmap-slab-pages-page-table-check-anon-confusion.memfd-zap-huge-pmd-6.12.log
Description:
 usbdev_mmap() allocated the zerocopy buffer with usb_alloc_coherent(), which
 falls back to kmalloc() on host controllers that do not use DMA, and mapped
 it into user space with remap_pfn_range().  Slab pages reuse the struct page
 fields that PageAnon() reads, so with CONFIG_PAGE_TABLE_CHECK the page was
 counted as one type when mapped and the other when the PTE was cleared (on
 munmap or at exit), and page_table_check_clear() hit its BUG_ON.  When the
 mapping backed a KVM guest's memory, KVM marked the slab page accessed as it
 zapped its SPTEs and folio_memcg_rcu() BUGged on the slab folio in
 workingset_activation().  The fix
 allocates the buffer with whole pages (__get_free_pages(), or a page-aligned
 gen_pool allocation) instead.
