# Facts: CVE-2024-49873 (research/cna-fixes.tsv row: fixes, introducing commit, releases); mainline commit id and console lines from the CVE announcement for CVE-2024-49873 (kernel-security-vulns cve/published/2024/CVE-2024-49873.mbox), which quotes the fix's commit message.
Id: memfd-pin-thp-unaligned-xarray-sibling-null-deref
Version: 2
Title: memfd_pin_folios() on THP-backed memfd with an unaligned start: NULL pointer dereference in filemap_get_folios_contig (xarray sibling entry taken for a folio)
Arch: x86_64 (generic)
Platform: memfd backed by shmem THP, pinned with memfd_pin_folios() from an offset that is not huge-page aligned
# Evidence partial: the Test-Log is a real excerpt without call trace: nothing in it can
# corroborate the symptom, so matches stay at medium until a fuller log is found.
Evidence: partial
Require: line /BUG: kernel NULL pointer dereference/
Require: guilty /^filemap_get_folios_contig$/
Support: line /BUG: kernel NULL pointer dereference, address: 0+36$/
Support: line /^RAX: 0+2 /
Support: frame /^(memfd_pin_folios|udmabuf_create|udmabuf_ioctl)$/
Introduced-By: 89c1905d9c140372b7f50ef48f42378cf85d9bc5
Fixed-By: c225c4f6056b46a8a5bf2ed35abf17a2d6887691 ("mm/filemap: fix filemap_get_folios_contig THP panic")
Fixed-In: v6.12
Fixed-In: stable 6.11.3
Link: https://git.kernel.org/stable/c/c225c4f6056b46a8a5bf2ed35abf17a2d6887691
Link: https://cve.org/CVERecord/?id=CVE-2024-49873
Test-Log: tests/data/signatures/memfd-pin-thp-unaligned-xarray-sibling-null-deref.log
Description:
 memfd_pin_folios() rounded the range it hands to
 filemap_get_folios_contig() to huge-page boundaries only for hugetlbfs,
 not for THP.  Starting in the middle of a huge folio, the xarray walk
 loads a sibling entry (the value 2) and treats it as a folio pointer, so
 folio_try_get() faults at a small address.  The fix recognises sibling
 entries and restarts from the next index.
