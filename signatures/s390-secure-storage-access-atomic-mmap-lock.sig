# Facts: research/known-bugs.yaml id s390-secure-storage-access-atomic-mmap-lock (entry 164).
# ktriage reads no s390 frames and no arch from this log, so the trace is matched on lines.
Id: s390-secure-storage-access-atomic-mmap-lock
Version: 2
Title: s390 'sleeping function called from invalid context' in do_secure_storage_access during an atomic uaccess to a protected-VM page
Arch: s390
Platform: Protected virtualization (Ultravisor secure storage), KVM host
Evidence: console
Require: line /do_secure_storage_access/
Require: line /sleeping function called from invalid context/
Support: frame /^copy_page_from_iter_atomic$/
Support: line /Hardware name: IBM/
Introduced-By: 084ea4d611a3d00ee3930400b262240e10895900
Fixed-By: 11709abccf93b08adde95ef313c300b0d4bc28f1 ("s390/mm: Fix in_atomic() handling in do_secure_storage_access()")
Fixed-In: v6.16
Fixed-In: stable 6.15.5
Link: https://git.kernel.org/stable/c/11709abccf93b08adde95ef313c300b0d4bc28f1
Link: https://cve.org/CVERecord/?id=CVE-2025-38359
Test-Log: tests/data/signatures/s390-secure-storage-access-atomic-mmap-lock.log
Description:
 A kernel uaccess in atomic context (copy_page_from_iter_atomic) that touches
 a guest page still owned by the Ultravisor raises a secure-storage-access
 exception.  The handler took mmap_lock to export the page, which may sleep.
 The fix treats the page as unmapped in atomic context so that the caller
 retries from process context.
