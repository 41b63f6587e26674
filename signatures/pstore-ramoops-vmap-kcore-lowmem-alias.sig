# Facts: research/known-bugs.yaml id pstore-ramoops-vmap-kcore-lowmem-alias (entry 106).
Id: pstore-ramoops-vmap-kcore-lowmem-alias
Version: 2
Title: arm64 oops in vread/read_kcore on /proc/kcore: pstore/ramoops pages vmap()ed with no linear-map alias
Arch: arm64
Platform: pstore/ramoops reserved no-map memory, /proc/kcore readers
Evidence: console
Require: frame /^read_kcore/
Require: arch /^arm64$/
Require: line /lr : vread/
Support: line /level 2 translation fault/
Introduced-By: 404a6043385de17273624b076599669db5ad891f
Fixed-By: e6b842741b4f39007215fd7e545cb55aa3d358a2 ("pstore: Avoid kcore oops by vmap()ing with VM_IOREMAP")
Fixed-In: v6.2
Fixed-In: stable 4.9.337
Fixed-In: stable 4.14.303
Fixed-In: stable 4.19.270
Fixed-In: stable 5.4.229
Fixed-In: stable 5.10.163
Fixed-In: stable 5.15.86
Fixed-In: stable 6.0.16
Fixed-In: stable 6.1.2
Link: https://git.kernel.org/stable/c/e6b842741b4f39007215fd7e545cb55aa3d358a2
Link: https://cve.org/CVERecord/?id=CVE-2022-50849
Test-Log: tests/data/signatures/pstore-ramoops-vmap-kcore-lowmem-alias.log
Test-Not: tests/data/signatures/lookalikes/pstore-ramoops-vmap-kcore-lowmem-alias.arm64-kimage-vmalloc-overlap.log
Test-Not: tests/data/signatures/lookalikes/pstore-ramoops-vmap-kcore-lowmem-alias.x86-kern-addr-valid-not-present-pmd.log
Test-Not: tests/data/signatures/lookalikes/pstore-ramoops-vmap-kcore-lowmem-alias.x86-kern-addr-valid-pud-large-3.0.log
Test-Not: tests/data/signatures/lookalikes/pstore-ramoops-vmap-kcore-lowmem-alias.mips-ip22-kcore-gio-bus-error.log
Description:
 ramoops vmap()s its reserved (no-map) memory with a chosen memory type, and
 those pages have no linear mapping.  read_kcore() walks vmalloc space,
 vmalloc_to_page() returns the ramoops pages and the copy goes through
 kmap_atomic(), i.e. through __va(), an address with no PMD behind it.  The
 fix maps the region with VM_IOREMAP so vread() skips it.
