/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The crash formats ktriage recognises, as tables.  Sources for the forms:
 * the header list of syzkaller's pkg/report (research/crash-parsers.md
 * §2.10), ABRT's and kerneloops' start markers, the guilty-frame skip
 * rules of §2.11, and the real logs under tests/data/.  Every row is
 * exercised by the golden tests.
 */
#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats.h"
#include "multilit.h"
#include "strbuf.h"
#include "util.h"

/* A source position as decode_stacktrace.sh and syzbot print it: "mm/gup.c:1101", "lib/dump_stack.c:?" */
#define SRC_POS "(?:\\S+/)?\\S+\\.[chS]:(?:\\d+|\\?)"
/* What stands between "[<" and ">]": the address, or the source positions a
 * symbolising script of 2013-14 printed in its place (Sasha Levin's trinity
 * reports): "[<mm/memory.c:1231 mm/memory.c:1265>] unmap_page_range+0x2c6/0x410" */
#define SRC_POSITIONS "(?:\\S+\\.[chS]:\\d+ ?)+"
#define BRACKETED "(?:[0-9a-f]+|" SRC_POSITIONS ")"
#define FN "(?<func>[A-Za-z_.$][\\w.$#]*\\+0x[0-9a-f]+/0x[0-9a-f]+)"
/* ... or as decode_stacktrace.sh rewrote it, "func (path/file.c:123)" (the name alone) */
#define FN_OR_DECODED "(?<func>[A-Za-z_.$][\\w.$#]*(?:\\+0x[0-9a-f]+/0x[0-9a-f]+|(?= \\(" SRC_POS "[ )])))"
#define B "^\\s*\\[?\\s*"	/* start of a line, allowing lockdep's "[ " */

/* Frames skipped by lock / deadlock reports. */
#define SKIP_LOCKDEP "lock_sock|release_sock|process_one_work|worker_thread|flush_workqueue|drain_workqueue|" \
	"destroy_workqueue|^raw_spin_rq_|^mark_lock|^check_usage|^lockdep_hardirqs|^trace_hardirqs"
/* Frames KMSAN reports pass through to the uninit use that matters: the
 * crypto library's own (syzkaller-dev 699: aes_encrypt under fscrypt),
 * the socket buffers it copies (research/crash-parsers.md, per-format). */
#define SKIP_KMSAN "alloc_skb|netlink_ack|netlink_rcv_skb|_encrypt$|^(?:crypto|cipher|drbg|rng)_"
/* Frames of the stall detectors themselves (RCU, soft lockup, NMI backtraces). */
#define SKIP_STALL "apic_timer_interrupt|rcu|sched_show_task|print_other_cpu_stall|print_cpu_stall|" \
	"check_cpu_stall|dump_cpu_task|nmi_cpu_backtrace|nmi_trigger_cpumask_backtrace|show_regs|" \
	"watchdog_timer_fn|update_process_times|tick_sched|hrtimer|tick_nohz_handler"

struct header_form kt_header_forms[] = {
	/* ---- Xen hypervisor console ---- */
	{ "Xen BUG at", "^\\s*Xen BUG at (\\S+)", "xen", "xen",
	    "Xen BUG", HF_XEN | HF_GUILTY, NULL, NULL, NULL },
	{ "Assertion '", "^\\s*Assertion '(.+)' failed at (\\S+)", "xen", "xen",
	    "Xen assertion '{1}' failed", HF_XEN | HF_GUILTY, NULL, NULL, NULL },
	{ "Panic on CPU", "^\\s*Panic on CPU \\d+:\\s*$", "xen", "xen",
	    "Xen panic", HF_XEN | HF_FOLLOWUP | HF_GUILTY | HF_NOSTACK | HF_TITLE_FROM_NEXT, NULL, NULL, NULL },
	{ "----[ Xen-", "^\\s*-+\\[ Xen-\\S+", "xen", "xen",
	    "Xen crash", HF_XEN | HF_FOLLOWUP | HF_GUILTY | HF_YIELD_TITLE, NULL, NULL, NULL },
	{ "called from", "^\\s*domain_crash(?:_sync)? called from (?:" FN "|\\S+)", "xen", "xen",
	    "Xen: domain crash", HF_XEN | HF_FOLLOWUP | HF_GUILTY | HF_NOSTACK | HF_YIELD_TITLE, NULL, NULL, NULL },
	{ ") crashed on cpu#", "^\\s*Domain \\d+ \\(vcpu#\\d+\\) crashed on cpu#\\d+", "xen", "xen",
	    "Xen: domain crash", HF_XEN | HF_FOLLOWUP | HF_GUILTY | HF_NOSTACK | HF_YIELD_TITLE, NULL, NULL, NULL },
	/* Xen refusing a PV guest's page-table update ("mm.c:2429:d0 Bad type (saw ...) for mfn ..."):
	 * the guest's page tables are corrupt even when no domain crash follows */
	{ "mm.c:", "^\\s*(?:x86/)?mm\\.c:\\d+:d\\d+(?:v\\d+)? ((?:Bad|Error|Could not|Failed|Attempt)[a-z ]*?)(?= [^a-z]|\\s*$)",
	    "xen", "xen", "Xen: {1}", HF_XEN | HF_NOSTACK | HF_ONLY_START | HF_WEAK, NULL, NULL, NULL },

	/* ---- Trusty, the secure-world OS whose log the arm64 driver relays ("trusty: "
	 * lines): its panic halts it, then the driver's own WARNING follows.  Its
	 * caller address may be cut by another relayed line's time ("(caller
	 * [ 1117.140866] trusty: 0xffffffffe000fbb8)"); an assertion's expression
	 * may go on the next line, leaving the title without it. ---- */
#define TRUSTY_PANIC "^\\s*trusty: panic \\(caller (?:\\[[\\d. ]+\\] trusty: )?\\S+\\): "
	{ "trusty: panic (caller ", TRUSTY_PANIC "(?:DEBUG )?ASSERT FAILED at \\(\\S+\\):\\s*(.*?)\\s*$",
	    "panic", NULL, "trusty: ASSERT FAILED: {1}", HF_NOSTACK, NULL, NULL, NULL },
	{ "trusty: panic (caller ", TRUSTY_PANIC "(.*?)\\s*$",
	    "panic", NULL, "trusty: panic: {1}", HF_NOSTACK, NULL, NULL, NULL },
#undef TRUSTY_PANIC

	/* ---- kernel panics: attach to the report that caused them ---- */
	/* alone, the report they end lost its header: titled as syzkaller does,
	 * without a function (research/crash-parsers.md; syzbot's mail of a
	 * KFENCE fault cut to its panic), the guilty one still chosen */
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?(Fatal exception|"
	    "panic_on_warn set|Oops - BUG)",
	    "panic", NULL, "kernel panic: {1}",
	    HF_FOLLOWUP | HF_PANIC | HF_ANYWHERE | HF_CORRUPT | HF_NAMES_GUILTY, NULL, NULL, NULL },
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?(hung_task: blocked tasks|softlockup: hung tasks)",
	    "panic", NULL, "kernel panic: {1}",
	    HF_FOLLOWUP | HF_PANIC | HF_ANYWHERE | HF_CORRUPT, NULL, NULL, NULL },
	/* arm64's overflow handler (syzkaller-dev 663) */
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?kernel stack overflow",
	    "panic", NULL, "kernel stack overflow", HF_PANIC | HF_ANYWHERE | HF_GUILTY | HF_DISPATCHED,
	    "^_*bad_stack$|^panic_bad_stack$|^handle_bad_stack$|^nmi_panic$", NULL, NULL },
	/* the scheduler found the stack end overwritten (syzkaller-dev 330) */
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?corrupted stack end detected inside scheduler",
	    "panic", NULL, "kernel panic: corrupted stack end", HF_PANIC | HF_ANYWHERE | HF_GUILTY | HF_DISPATCHED,
	    "^_*schedule|panic|dump_stack|schedule_debug|preempt_schedule", NULL, NULL },
	/* a stack canary found overwritten on return: the function it names
	 * (even a helper: it is the one whose frame was overwritten), else the
	 * trace past __stack_chk_fail (research/crash-parsers.md) */
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?stack-protector: Kernel stack is corrupted in: ?"
	    "([A-Za-z_$][\\w$]*)(?:\\.[\\w.]+)?\\+0x[0-9a-f]+/0x[0-9a-f]+",
	    "panic", NULL, "kernel panic: stack is corrupted in {1}", HF_PANIC | HF_ANYWHERE | HF_NAMES_GUILTY, "stack_chk", NULL, NULL },
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?stack-protector: Kernel stack is corrupted in:",
	    "panic", NULL, "kernel panic: stack is corrupted", HF_PANIC | HF_ANYWHERE | HF_GUILTY, "stack_chk", NULL, NULL },
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?(Attempted to kill (?:init|the idle task)!)",
	    "panic", NULL, "kernel panic: {1}", HF_FOLLOWUP | HF_PANIC | HF_ANYWHERE, NULL, NULL, NULL },
	{ "Kernel panic - not syncing", "Kernel panic - not syncing: ?(.*?)\\s*$",
	    "panic", NULL, "kernel panic: {1}", HF_FOLLOWUP | HF_PANIC | HF_ANYWHERE, NULL, NULL, NULL },

	/* ---- sanitizers ---- */
	/* KASAN before 4.11 printed the address in the header: "BUG: KASAN:
	 * slab-out-of-bounds in f+0x1/0x2 at addr ffff8800b46111c0"; titled with
	 * it when no access line followed (syzkaller-dev 104, 106); its function,
	 * the access's, names it when the trace names no other, even a lock
	 * helper (syzkaller-dev 107: "in do_raw_write_lock", the trace lost) */
	{ "BUG: KASAN:", B "BUG: KASAN: ([\\w-]+) in " FN " at addr [0-9a-f]+", "sanitizer", NULL,
	    "KASAN: {1}{rw}{in}{addr}", HF_GUILTY | HF_BARE_WHEN_LOST | HF_HEADER_LAST, NULL, NULL, NULL },
	/* "double-free or invalid-free", and since 5.19 "double-free" alone, is
	 * titled by the wider kind (syzkaller-dev 5), in the caller of the
	 * freeing functions (research/crash-parsers.md) */
	{ "BUG: KASAN:", B "BUG: KASAN: (?:double-free or invalid-free|double-free|invalid-free)(?: in " FN_OR_DECODED ")?",
	    "sanitizer", NULL, "KASAN: invalid-free", HF_GUILTY, "slab_|kfree|vunmap|vfree", NULL, NULL },
	{ "BUG: KASAN:", B "BUG: KASAN: ([\\w-]+)(?: in " FN_OR_DECODED ")?", "sanitizer", NULL,
	    "KASAN: {1}{rw}", HF_GUILTY | HF_BARE_WHEN_LOST, NULL, NULL, NULL },
	{ "BUG: KFENCE:", B "BUG: KFENCE: ([\\w -]+?) in (?:" FN ")?", "sanitizer", NULL,
	    "KFENCE: {1}", HF_GUILTY, "kfence", NULL, NULL },
	/* data sent to a USB device: named by the driver, not by the USB core's
	 * message helpers (research/crash-parsers.md); not its "-after-free"
	 * kind, which the generic form names (syzbot-mail 825) */
	{ "BUG: KMSAN:", B "BUG: KMSAN: (kernel-usb-infoleak)(?![\\w-])(?: in " FN ")?", "sanitizer", NULL,
	    "KMSAN: {1}", HF_GUILTY | HF_BARE_WHEN_LOST,
	    SKIP_KMSAN "|^usb_(?:\\w+_msg(?:_send|_recv)?|submit_urb|start_wait_urb)$", NULL, NULL },
	{ "BUG: KMSAN:", B "BUG: KMSAN: ([\\w-]+)(?: in " FN ")?", "sanitizer", NULL,
	    "KMSAN: {1}", HF_GUILTY | HF_BARE_WHEN_LOST, SKIP_KMSAN, NULL, NULL },
	/* the title is the header's own ("data-race in f / g"); its first
	 * function is the guilty one (syzkaller-dev 428, 750) */
	{ "BUG: KCSAN:", B "BUG: KCSAN: (?=[\\w: -]+? in (?<func>[A-Za-z_.$][\\w.$]*))?(.+?)\\s*$", "sanitizer", NULL,
	    "KCSAN: {2}", HF_NAMES_GUILTY, NULL, NULL, NULL },
	{ "UBSAN:", "^\\s*UBSAN: Undefined behaviou?r in", "sanitizer", NULL,
	    "UBSAN: undefined-behaviour", HF_GUILTY, "ubsan|overflow", NULL, NULL },
	{ "UBSAN:", "^\\s*UBSAN: ([\\w-]+) in", "sanitizer", NULL,
	    "UBSAN: {1}", HF_GUILTY, "ubsan|overflow", NULL, NULL },
	{ "BUG: memory leak", B "BUG: memory leak", "sanitizer", NULL,
	    "memory leak", HF_GUILTY, "kmemleak|mmap|kmem|slab|alloc|create_object|strdup|memdup", NULL, NULL },
	/* kmemleak's own record (/sys/kernel/debug/kmemleak); after syzkaller's "BUG: memory leak" it joins that report */
	{ "unreferenced object 0x", "^\\s*unreferenced object 0x[0-9a-f]+ \\(size \\d+\\):", "sanitizer", NULL,
	    "memory leak", HF_GUILTY | HF_FOLLOWUP, "kmemleak|mmap|kmem|slab|alloc|create_object|strdup|memdup", NULL, NULL },

	/* ---- page faults and oopses ---- */
	{ "Unable to handle kernel instruction fetch", B "BUG: Unable to handle kernel instruction fetch",
	    "oops", "powerpc", "BUG: Unable to handle kernel instruction fetch", HF_GUILTY | HF_FAULT, NULL, NULL, NULL },
	{ "BUG: Unable to handle kernel data access", B "BUG: Unable to handle kernel data access",
	    "oops", "powerpc", "BUG: unable to handle kernel paging request", HF_GUILTY | HF_FAULT, NULL, NULL, NULL },
	{ "BUG: unable to handle kernel paging request", "BUG: unable to handle kernel paging request",
	    "oops", NULL, "BUG: unable to handle kernel paging request", HF_GUILTY | HF_FAULT | HF_ANYWHERE, NULL, NULL, NULL },
	{ "BUG: unable to handle page fault", "BUG: unable to handle page fault",
	    "oops", NULL, "BUG: unable to handle kernel paging request", HF_GUILTY | HF_FAULT | HF_ANYWHERE, NULL, NULL, NULL },
	{ "NULL pointer dereference", "BUG: (?:unable to handle kernel|kernel|Kernel) NULL pointer dereference",
	    "oops", NULL, "BUG: unable to handle kernel NULL pointer dereference", HF_GUILTY | HF_FAULT | HF_ANYWHERE, NULL, NULL, NULL },
	/* the catch-all: a header cut before its kind ("BUG: unable to handle
	 * kernel " and the rest on a later line) is titled as far as it goes,
	 * with no function (syzkaller-dev 99) */
	{ "BUG: unable to handle kernel", B "BUG: [Uu]nable to handle kernel",
	    "oops", NULL, "BUG: unable to handle kernel", HF_FAULT | HF_CORRUPT, NULL, NULL, NULL },
	/* (arm64 names a fault status it has no name for "unknown 43": LKFT's
	 * corpus/arm64/sweep-lkft-qemu-arm64-... wrapped after "at virtual") */
	{ "Unable to handle kernel ", "Unable to handle kernel (paging request|NULL pointer dereference|"
	    "access to user memory|execute from non-executable memory|write to read-only memory|"
	    "read from unreadable memory|pointer dereference|unknown \\d+(?= at))",
	    "oops", NULL, "BUG: unable to handle kernel {1}", HF_GUILTY | HF_FAULT | HF_ANYWHERE, NULL, NULL, NULL },
	{ "general protection fault", "general protection fault(?:, (?:(?:maybe|probably) for (?:non-canonical )?address|"
	    "kernel NULL pointer dereference) 0x[0-9a-f]+)?(?:: [0-9a-f]+)? ?(?:\\[#|$)",
	    "oops", NULL, "general protection fault", HF_GUILTY | HF_ANYWHERE, NULL, NULL, NULL },
	/* its second line, KASAN's reading of the address, when an excerpt starts
	 * there (corpus/x86/sweep-io-uring-pbuf-alloc-iserr-remove-buffers-kasan-null-excerpt.log);
	 * inside the report it is body */
	{ "KASAN: ", "^\\s*KASAN: (?:null-ptr-deref|maybe wild-memory-access|probably user-memory-access) "
	    "in range \\[0x[0-9a-f]+-0x[0-9a-f]+\\]$", "oops", NULL,
	    "general protection fault", HF_GUILTY | HF_ONLY_START | HF_CORRUPT, NULL, NULL, NULL },
	/* since 6.12 die() prints "Oops: " first (syzbot-mail 823) */
	{ "stack segment: ", "^\\s*(?:Oops: )?stack segment: [0-9a-f]+ \\[#", "oops", NULL,
	    "stack segment fault", HF_GUILTY, NULL, NULL, NULL },
	/* the #DF handler's own frames are never the culprit (syzkaller-dev 315) */
	{ "double fault", "PANIC: double fault", "oops", NULL,
	    "PANIC: double fault", HF_GUILTY | HF_ANYWHERE, "^df_debug$|double_fault$", NULL, NULL },
	/* x86's fault before the exception handlers are set up (early_fixup_exception):
	 * "PANIC: early exception 0x0e IP 10:ffffffffa96679b6 error 0 cr2 0x20" (a Xen
	 * HVM kdump kernel, corpus/xen/sweep-xen-hvm-kdump-vcpu32-pvclock-early-exception-panic.log) */
	{ "PANIC: early exception", "PANIC: early exception 0x[0-9a-f]+ IP [0-9a-f]+:[0-9a-f]+ error [0-9a-f]+ cr2 0x[0-9a-f]+",
	    "oops", NULL, "PANIC: early exception", HF_GUILTY, NULL, NULL, NULL },
	{ "error: ", "^\\s*(?:Oops: )?divide(?: |_)error: [0-9a-f]+ \\[#", "oops", NULL,
	    "divide error", HF_GUILTY, NULL, NULL, NULL },
	{ "int3: ", "^\\s*(?:Oops: )?int3: [0-9a-f]+ \\[#", "oops", NULL, "int3", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },
	/* i386's fault on the return to user mode, and x86's other die() traps
	 * ("iret exception: 0000 [#1] PREEMPT SMP", the permission sweep's
	 * corpus/x86/sweep-i386-optimize-nops-iret-exception-qemu-excerpt.log) */
	{ "iret exception: ", "^\\s*(?:Oops: )?(iret exception): [0-9a-f]+ \\[#", "oops", NULL, "{1}", HF_GUILTY, NULL, NULL, NULL },
	{ "segment not present: ", "^\\s*(?:Oops: )?(segment not present): [0-9a-f]+ \\[#", "oops", NULL, "{1}", HF_GUILTY,
	    NULL, NULL, NULL },
	/* arm prints this for user-mode faults too (then only a signal follows):
	 * a report only when "Internal error" or a trace confirms it */
	{ "Unhandled fault:", "^\\s*Unhandled fault: .* at 0x[0-9a-f]+", "oops", "arm",
	    "Unhandled fault", HF_GUILTY | HF_FAULT | HF_TENTATIVE, NULL, NULL, NULL },
	/* always followed by "Kernel panic - not syncing: bad mode", which names it (syzkaller-dev 542) */
	{ "Bad mode in ", "^\\s*Bad mode in (.+?) handler detected", "oops", "arm64",
	    "kernel panic: bad mode", 0, NULL, NULL, NULL },
	{ "SError Interrupt", "^\\s*SError Interrupt on CPU\\d+", "oops", "arm64",
	    "SError Interrupt", HF_GUILTY, NULL, NULL, NULL },
	/* arm64 __panic_unhandled(): "Unhandled 64-bit el1h sync exception on CPU0, ESR 0x.. -- BTI" */
	{ "-bit el", "^\\s*Unhandled (?:32|64)-bit (el[01][ht]?) (sync|irq|fiq|error) exception on CPU\\d+, "
	    "ESR 0x[0-9a-f]+ -- (.+?)\\s*$", "oops", "arm64",
	    "Unhandled {1} {2} exception: {3}", HF_GUILTY, NULL, NULL, NULL },
	/* pKVM / nVHE hypervisor BUG_ON or panic, printed by the host: "kvm [141]: nVHE hyp BUG at: file.c:N!" */
	{ "nVHE hyp ", "nVHE hyp (BUG|panic) at: ", "bug", "arm64",
	    "kvm: nVHE hyp {1}", HF_GUILTY | HF_ANYWHERE, "hyp_panic|assert", NULL, NULL },
	{ "CFI failure", "CFI failure at (?:" FN "|\\S+)", "bug", NULL,
	    "CFI failure", HF_GUILTY | HF_ANYWHERE, "__cfi_|cfi_|report_cfi", NULL, NULL },

	/* ---- secondary headers: normally the second line of a report ---- */
	{ "invalid opcode: ", "invalid opcode: [0-9a-f]+ \\[#\\d+\\]", "oops", NULL,
	    "invalid opcode", HF_GUILTY | HF_FOLLOWUP | HF_ANYWHERE, NULL, NULL, NULL },
	/* s390 program checks: "illegal operation: 0001 ilc:1 [#1]" (after "kernel BUG at"),
	 * "addressing exception: 0005 ilc:2 [#1]", "specification exception: ..." */
	{ " ilc:", "^\\s*([a-z][a-z -]*(?:operation|exception|event)): [0-9a-f]{4} ilc:\\d \\[#\\d+\\]", "oops", "s390",
	    "{1}", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },
	{ "illegal operation", "^\\s*illegal operation: [0-9a-f]+ \\[#\\d+\\]", "oops", "s390",
	    "illegal operation", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },
	{ "Internal error:", "^\\s*Internal error: .*\\[#\\d+\\]", "oops", NULL,
	    "Internal error", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },
	{ "Kernel BUG", "^\\s*Kernel BUG(?: at|\\s*\\[#)", "bug", NULL,
	    "kernel BUG", HF_GUILTY | HF_FOLLOWUP, "^skb_", NULL, NULL },
	{ "Oops", "^\\s*Oops: ([A-Za-z][^,\\[]*?)(?:, sig: \\d+)? ?\\[#\\d+\\]", "oops", NULL,
	    "Oops: {1}", HF_GUILTY | HF_FOLLOWUP | HF_FAULT, NULL, NULL, NULL },
	{ "Oops - ", "^\\s*Oops - ([\\w ]+?) ?\\[#\\d+\\]", "oops", NULL,
	    "Oops: {1}", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },
	{ "Oops", "^\\s*Oops(?:: [0-9a-f]+)?(?: ilc:\\d)? ?\\[#\\d+\\]", "oops", NULL,
	    "Oops", HF_GUILTY | HF_FOLLOWUP, NULL, NULL, NULL },

	/* ---- BUG_ON ---- */
	{ "kernel BUG at", "kernel BUG at lib/list_debug\\.c", "bug", NULL,
	    "BUG: corrupted list", HF_GUILTY | HF_ANYWHERE, "^skb_", NULL, NULL },
	{ "kernel BUG at", "kernel BUG at mm/usercopy\\.c", "bug", NULL,
	    "BUG: bad usercopy", HF_GUILTY | HF_ANYWHERE, "usercopy|__check", NULL, NULL },
	{ "kernel BUG at", "kernel BUG at \\S+", "bug", NULL,
	    "kernel BUG", HF_GUILTY | HF_ANYWHERE, "^skb_", NULL, NULL },

	/* ---- lockdep and locking ---- */
	{ "locking dependency detected", B "(?:WARNING|INFO): possible circular locking dependency detected",
	    "lockdep", NULL, "possible deadlock", HF_GUILTY | HF_AT2 | HF_CHAIN_FIRST, SKIP_LOCKDEP, NULL, NULL },
	{ "recursive locking detected", "(?:WARNING|INFO): possible recursive locking detected",
	    "lockdep", NULL, "possible deadlock", HF_GUILTY | HF_AT2, SKIP_LOCKDEP, NULL, NULL },
	{ "lock inversion dependency detected", B "(?:WARNING|INFO): possible irq lock inversion dependency detected",
	    "lockdep", NULL, "possible deadlock", HF_GUILTY | HF_AT2, SKIP_LOCKDEP, NULL, NULL },
	{ "-unsafe lock order detected", B "(?:WARNING|INFO): [\\w-]+-safe -> [\\w-]+-unsafe lock order detected",
	    "lockdep", NULL, "possible deadlock", HF_GUILTY | HF_AT2 | HF_AT_LAST, SKIP_LOCKDEP, NULL, NULL },
	{ "inconsistent lock state", B "(?:WARNING|INFO): inconsistent lock state",
	    "lockdep", NULL, "inconsistent lock state", HF_GUILTY | HF_AT1 | HF_AT_LAST, SKIP_LOCKDEP, NULL, NULL },
	/* the 4.x banner "WARNING: suspicious RCU usage" is titled bare when its
	 * trace is lost (syzkaller-dev 114), the older "[ INFO: ... ]" not (91) */
	{ "suspicious ", B "(WARNING): suspicious (?:RCU|rcu_dereference_\\w+\\(\\)) usage",
	    "lockdep", NULL, "{1}: suspicious RCU usage", HF_GUILTY | HF_BARE_WHEN_LOST, "rcu|kmem|slab|lockdep", NULL, NULL },
	{ "suspicious ", B "(INFO): suspicious (?:RCU|rcu_dereference_\\w+\\(\\)) usage",
	    "lockdep", NULL, "{1}: suspicious RCU usage", HF_GUILTY, "rcu|kmem|slab|lockdep", NULL, NULL },
	{ "non-static key", B "INFO: trying to register non-static key",
	    "lockdep", NULL, "INFO: trying to register non-static key", HF_GUILTY, "stack|lock|IRQ", NULL, NULL },
	{ "bad unlock balance", B "(BUG|WARNING): bad unlock balance detected",
	    "lockdep", NULL, "{1}: bad unlock balance", HF_GUILTY | HF_AT1, NULL, NULL, NULL },
	{ "held lock freed", B "(BUG|WARNING): held lock freed",
	    "lockdep", NULL, "{1}: held lock freed", HF_GUILTY | HF_AT1, NULL, NULL, NULL },
	{ "lock held when returning to user space", B "(BUG|WARNING): lock held when returning to user space",
	    "lockdep", NULL, "{1}: lock held when returning to user space", HF_GUILTY | HF_AT1 | HF_NOSTACK, NULL, NULL, NULL },
	{ "still has locks held", B "(BUG|WARNING): .* still has locks held",
	    "lockdep", NULL, "{1}: still has locks held", HF_GUILTY | HF_AT1, NULL, NULL, NULL },
	{ "Nested lock was not taken", B "WARNING: Nested lock was not taken",
	    "lockdep", NULL, "WARNING: nested lock was not taken", HF_GUILTY | HF_AT1 | HF_AT_LAST, NULL, NULL, NULL },
	/* a lock taken in a context it may not be (a spinlock_t under a
	 * raw_spinlock_t): the "is trying to lock ... at:" site names it, and
	 * syzkaller calls it a locking bug (research/crash-parsers.md;
	 * syzkaller-dev 546, syzbot's arm64 mail in tests/data/syzbot-mail) */
	{ "Invalid wait context", B "BUG: Invalid wait context",
	    "lockdep", NULL, "WARNING: locking bug", HF_GUILTY | HF_AT1, SKIP_LOCKDEP, NULL, NULL },
	/* titled by the line, its number normalised, as syzbot's ("BUG: looking
	 * up invalid subclass: ADDR", syzbot's mail in tests/data/syzbot-mail) */
	{ "invalid subclass", B "BUG: looking up invalid subclass: (\\S+)",
	    "lockdep", NULL, "BUG: looking up invalid subclass: {1}", HF_NAMES_GUILTY, "lockdep|lock_", NULL, NULL },
	{ "invalid subclass", B "BUG: looking up invalid subclass",
	    "lockdep", NULL, "BUG: looking up invalid subclass", HF_GUILTY, "lockdep|lock_", NULL, NULL },
	{ "BUG: spinlock", B "BUG: (spinlock|rwlock) ([a-z ]+?) on CPU",
	    "lockdep", NULL, "BUG: {1} {2}", HF_GUILTY, "spin_|_lock|_unlock", NULL, NULL },
	{ "BUG: rwlock", B "BUG: (rwlock) ([a-z ]+?) on CPU",
	    "lockdep", NULL, "BUG: {1} {2}", HF_GUILTY, "spin_|_lock|_unlock", NULL, NULL },

	/* ---- stalls and hangs ---- */
	/* "WARN: soft lockup": Huawei's kernels (openEuler), in reports upstream */
	{ "soft lockup - CPU#", "(?:BUG|WARN): soft lockup - CPU#\\d+ stuck", "stall", NULL,
	    "BUG: soft lockup", HF_GUILTY | HF_ANYWHERE | HF_STALL | HF_REGS_TRACE, SKIP_STALL, NULL, NULL },
	{ "hard LOCKUP", "^\\s*(?:NMI )?watchdog: Watchdog detected hard LOCKUP", "stall", NULL,
	    "watchdog: hard lockup", HF_GUILTY, NULL, NULL, NULL },
	/* powerpc's own watchdog (arch/powerpc/kernel/watchdog.c): the stuck CPU
	 * reports itself, "watchdog: CPU 16 Hard LOCKUP" when the SMP checker's
	 * IPI reached it, "watchdog: CPU 3 self-detected hard LOCKUP @ f+0x1/0x2"
	 * from the soft-NMI; show_regs follows */
	{ "ard LOCKUP", "^\\s*watchdog: CPU \\d+ (?:Hard LOCKUP\\s*$|self-detected hard LOCKUP @ )", "stall",
	    "powerpc", "watchdog: hard lockup", HF_GUILTY, NULL, NULL, NULL },
	{ "INFO: rcu", "^\\s*(?:rcu: )?INFO: rcu_\\w+ (?:self-)?detected (?:expedited )?stall",
	    "stall", NULL, "INFO: rcu detected stall", HF_GUILTY | HF_STALL | HF_TIMER_START, SKIP_STALL, NULL, NULL },
	/* CONFIG_CSD_LOCK_WAIT_DEBUG: a CPU waited seconds for another to run the
	 * function of a cross-CPU call ("for CPU#17 do_kernel_range_flush+0x0/0xb0(...)");
	 * the target CPU's backtrace follows, then the waiter's own stack.  Early
	 * versions of the debug patch print "%Ld.%03Ld secs" where mainline prints
	 * "ns".  The title names the waited-for function: the target's trace may
	 * hold no reliable frame (a 3.10 "Task dump for CPU") */
	{ "non-responsive CSD lock", "^\\s*(?:smp:\\s*)?csd: Detected non-responsive CSD lock \\(#\\d+\\) on CPU#\\d+, "
	    "waiting [\\d.]+ (?:ns|secs) for CPU#\\d+ ([A-Za-z_.$][\\w.$]*?)(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?\\(", "stall", NULL,
	    "csd: non-responsive CSD lock waiting for {1}", HF_STALL | HF_NAMES_GUILTY, SKIP_STALL, NULL, NULL },
	{ "INFO: task ", "^\\s*INFO: task .+:\\d+ blocked for more than \\d+ seconds", "hang", NULL,
	    "INFO: task hung", HF_GUILTY,
	    /* where a blocked task sleeps, not what it waits for: a lock's or a
	     * grace period's name (rtnl_lock, synchronize_rcu) is the title */
	    "sched|^console_lock$|_slowlock|^_*mutex_lock|down|rwsem|completion|^kthread|wait|"
	    "context_switch|__switch_to|cancel_delayed_work|rcu_barrier|^_*lock_page|^_*folio_lock|"
	    "^bit_wait|^flush_work|^__flush_work|"
	    /* any other lock taking but RTNL's (research/crash-parsers.md) */
	    "^(?!rtnl_lock$).*_lock", NULL, NULL },
	{ "can't die for more than", "^\\s*INFO: task .+:\\d+ can't die for more than \\d+ seconds", "hang", NULL,
	    "INFO: task can't die", HF_GUILTY,
	    "sched|^console_lock$|_slowlock|^_*mutex_lock|down|rwsem|completion|^kthread|wait|"
	    "context_switch|__switch_to", NULL, NULL },
	/* a network device whose references never drop (syzkaller-dev 233) */
	{ "unregister_netdevice: waiting for", "^\\s*unregister_netdevice: waiting for \\S+ to become free", "hang", NULL,
	    "unregister_netdevice: waiting for DEV to become free", HF_NOSTACK, NULL, NULL, NULL },
	{ "BUG: workqueue lockup", B "BUG: workqueue lockup", "stall", NULL,
	    "BUG: workqueue lockup", 0, NULL, NULL, NULL },

	/* ---- other BUG: forms ---- */
	{ "BUG: scheduling while atomic", B "BUG: scheduling while atomic", "bug", NULL,
	    "BUG: scheduling while atomic", HF_GUILTY | HF_NO_OWN_REGS, "schedule", NULL, NULL },
	{ "BUG: sleeping function called from invalid context", B "BUG: sleeping function called from invalid context",
	    "bug", NULL, "BUG: sleeping function called from invalid context", HF_GUILTY | HF_NO_OWN_REGS, NULL, NULL, NULL },
	/* its third line, when a quote cut the header off (occurrence 2 of
	 * kasan-populate-vmalloc-pte-lazy-mmu-sleep); inside the report it is body */
	{ "preempt_count: ", "^\\s*preempt_count: [0-9a-f]+, expected: \\d+$", "bug", NULL,
	    "BUG: sleeping function called from invalid context", HF_GUILTY | HF_ONLY_START | HF_CORRUPT | HF_NO_OWN_REGS,
	    NULL, NULL, NULL },
	{ "BUG: using ", B "BUG: using ([\\w]+\\(\\)) in preemptible", "bug", NULL,
	    "BUG: using {1} in preemptible code", HF_GUILTY | HF_NO_OWN_REGS,
	    "dump_stack|preemption|preempt|debug_|processor_id|this_cpu", NULL, NULL },
	{ "BUG: workqueue leaked lock", B "BUG: workqueue leaked lock or atomic", "bug", NULL,
	    "BUG: workqueue leaked lock or atomic", HF_GUILTY | HF_AT1, NULL, NULL, NULL },
	/* syzkaller names a bad page map by its header alone (syzbot-mail 1216;
	 * the syzbot bug of x86-set-ptes-protnone-inverted-pfn-bad-page-map) */
	{ "BUG: Bad page map", B "BUG: Bad page map", "bug", NULL,
	    "BUG: Bad page map", HF_NAMES_GUILTY, NULL, NULL, NULL },
	{ "BUG: Bad page", B "BUG: Bad page (state|cache)", "bug", NULL,
	    "BUG: Bad page {1}", HF_GUILTY,
	    "(free|put|get|update|release)_page|free_unref|^_*folio|truncate_inode_pages|page_frag_free|alloc|vmap|page_owner|"
	    "^bad_page$|free_frozen_pages|free_pages_prepare|free_page_is_bad|free_pcp",
	    NULL, NULL },
	{ "stack guard page was hit", "BUG: (?:TASK|IRQ) stack guard page was hit", "bug", NULL,
	    "BUG: stack guard page was hit", HF_GUILTY | HF_ANYWHERE | HF_DISPATCHED, NULL, NULL, NULL },
	{ "BUG: stack guard page was hit", "BUG: stack guard page was hit", "bug", NULL,
	    "BUG: stack guard page was hit", HF_GUILTY | HF_ANYWHERE | HF_DISPATCHED, NULL, NULL, NULL },
	/* old SLUB debugging's object history, when the report around it was lost
	 * (syzkaller-dev 123); inside an open report it is that report's body */
	{ "INFO: Freed in ", "^\\s*INFO: (Freed) in ([A-Za-z_][\\w.]*)\\+0x[0-9a-f]+/0x[0-9a-f]+ (age=\\d+ cpu=\\d+ pid=\\d+)",
	    "bug", NULL, "INFO: {1} in {2} {3}", HF_ONLY_START | HF_NOSTACK, NULL, NULL, NULL },
	/* (one literal each: "INFO: " alone is in clean logs, Xen's "ACPI: SLEEP INFO:") */
	{ "INFO: Allocated in ", "^\\s*INFO: (Allocated) in ([A-Za-z_][\\w.]*)\\+0x[0-9a-f]+/0x[0-9a-f]+ (age=\\d+ cpu=\\d+ pid=\\d+)",
	    "bug", NULL, "INFO: {1} in {2} {3}", HF_ONLY_START | HF_NOSTACK, NULL, NULL, NULL },
	/* the name and mm of these are the instance's, not the bug's (syzkaller-dev 39, 87) */
	{ "BUG: Bad rss-counter state", B "BUG: Bad rss-counter state", "bug", NULL,
	    "BUG: Bad rss-counter state", HF_NOSTACK, NULL, NULL, NULL },
	/* an inode still referenced at unmount: the kernel BUG that generic_shutdown_super
	 * raises next is its consequence, a report of its own (syzbot-mail 1300) */
	{ "VFS: Busy inodes after unmount", B "VFS: Busy inodes after unmount", "bug", NULL,
	    "VFS: Busy inodes after unmount (use-after-free)", HF_NOSTACK, NULL, NULL, NULL },
	{ "BUG: Dentry ", B "BUG: Dentry .* still in use .*\\[unmount of ", "bug", NULL,
	    "BUG: Dentry still in use in unmount", 0, NULL, NULL, NULL },
	{ "BUG ", "^\\s*BUG ([\\w.:-]+)(?: \\((?:Not tainted|Tainted: [A-Z ]*)\\))?: (.+?)\\s*$", "bug", NULL,
	    "BUG: {2}", HF_GUILTY | HF_BARE_WHEN_LOST, "slab|slub|kmem_cache|^_*k[mzc]alloc|^kfree$|free_debug|set_track|object", NULL, NULL },
	{ "BUG: ", "^\\s*\\[?\\s*BUG: (.+?)\\s*\\]?\\s*$", "bug", NULL,
	    "BUG: {1}", 0, NULL, NULL, NULL },

	/* ---- warnings ---- */
	/* an allocation the allocator refuses: a size (syzkaller-dev 153, 204,
	 * 209), gfp flags it fixes up (vmalloc_fix_flags, syzbot-mail 1187);
	 * syzkaller's rule, a WARNING in mm/ code at " kmalloc", " kvmalloc",
	 * " vmalloc..." ("__kvmalloc_node" is not one: syzbot-mail 1050) */
	{ "WARNING:", B "WARNING: .*mm/.*\\.c.* k?.?malloc", "warning", NULL,
	    "WARNING: kmalloc bug", HF_GUILTY | HF_FRAME_FROM_STACK,
	    "kmalloc|kvmalloc|kzalloc|kvzalloc|kcalloc|kvcalloc|vmalloc|vzalloc|memdup|krealloc|kvrealloc", NULL, NULL },
	/* vmalloc of zero bytes (syzkaller-dev 609, 686) */
	{ "WARNING:", B "WARNING: .*mm/vmalloc\\.c:\\d+ (?:at )?__vmalloc_node_range", "warning", NULL,
	    "WARNING: zero-size vmalloc", HF_GUILTY | HF_FRAME_FROM_STACK,
	    "vmalloc|vzalloc|kvmalloc|kvzalloc|kvcalloc|bpf_map_area_alloc", NULL, NULL },
	/* a driver submitting a bad URB: usb_submit_urb's checks name the
	 * driver, not the site (syzkaller-dev 389, 500) */
	{ "WARNING:", B "WARNING: .*drivers/usb/core/urb\\.c:\\d+ (?:at )?usb_submit_urb", "warning", NULL,
	    "WARNING{in}/usb_submit_urb", HF_GUILTY | HF_FRAME_FROM_STACK,
	    "^usb_submit_urb$|^usb_start_wait_urb$|^usb_\\w*_msg$", NULL, NULL },
	/* a bad /proc entry name (syzkaller-dev 181) */
	{ "WARNING:", B "WARNING: .*fs/proc/generic\\.c:\\d+ (?:at )?proc_register", "warning", NULL,
	    "WARNING: proc registration bug", HF_GUILTY | HF_FRAME_FROM_STACK, "^_*proc_|create_proc|proc_create", NULL, NULL },
	/* the x86 frame-pointer unwinder's complaints (syzkaller-dev 80, 245) */
	{ "WARNING: kernel stack", B "WARNING: kernel stack regs at [0-9a-f]+ in .* has bad 'bp' value", "warning", "x86_64",
	    "WARNING: kernel stack regs has bad 'bp' value", HF_NOSTACK, NULL, NULL, NULL },
	/* with hashed pointers, and the frame-pointer variant (245, 246) */
	{ "WARNING: kernel stack", B "WARNING: kernel stack (?:regs|frame pointer) at .* has bad ", "warning", "x86_64",
	    "WARNING: kernel stack regs has bad value", HF_NOSTACK, NULL, NULL, NULL },
	{ "WARNING:", B "WARNING: .*lib/refcount\\.c", "warning", NULL,
	    "WARNING: refcount bug", HF_GUILTY, "refcount|kobject_", NULL, NULL },
	{ "WARNING:", B "WARNING: .*kernel/locking/lockdep\\.c", "warning", NULL,
	    "WARNING: locking bug", HF_GUILTY, SKIP_LOCKDEP, NULL, NULL },
	{ "WARNING:", B "WARNING: .*mm/usercopy\\.c", "warning", NULL,
	    "WARNING: bad usercopy", HF_GUILTY, "usercopy|__check", NULL, NULL },
	{ "WARNING:", B "WARNING: .*lib/debugobjects\\.c", "warning", NULL,
	    "WARNING: ODEBUG bug", HF_GUILTY,
	    "debug_|rcu|hrtimer_|timer_|work_|percpu_|vunmap|vfree|__free_|kobject_", NULL, NULL },
	{ "WARNING:", B "WARNING: .*lib/kobject\\.c", "warning", NULL,
	    "WARNING: kobject bug", HF_GUILTY, "kobject_", NULL, NULL },
	/* a PID may print negative when the task struct is corrupt (syzkaller-dev 239) */
	{ "WARNING:", "^\\s*WARNING: (?:CPU: \\d+ PID: -?\\d+ at |at ?|\\[.*?\\] )?[\\w./+~-]+:\\d+"
	    "(?: at)?(?: (?<func>[A-Za-z_.$][\\w.$]*)(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?)?",
	    "warning", NULL, "WARNING", HF_GUILTY | HF_FRAME_FROM_STACK, NULL, NULL, NULL },
	{ "WARNING:", "^\\s*WARNING: CPU: \\d+ PID: -?\\d+ at ",
	    "warning", NULL, "WARNING", HF_GUILTY | HF_FRAME_FROM_STACK, NULL, NULL, NULL },
	{ "Badness at", "^\\s*Badness at (?:" FN "|\\S+)", "warning", "powerpc",
	    "WARNING", HF_GUILTY, NULL, NULL, NULL },
	{ "nobody cared", "^\\s*irq \\d+: nobody cared", "warning", NULL,
	    "irq: nobody cared", 0, NULL, NULL, NULL },
	/* the task's name may hold blanks ("Web Content: "), or be cut off a paste */
	{ "page allocation failure", "^\\s*(?:\\S.*?: )?page allocation failure: order:\\d+", "warning", NULL,
	    "page allocation failure", HF_GUILTY, "warn_alloc|alloc|kmalloc|kmem|slab", NULL, NULL },

	/* ---- machine checks ---- */
	{ "Machine check events logged", "mce: \\[Hardware Error\\]: Machine check events logged", "mce", NULL,
	    "mce: Machine check events logged", HF_NOSTACK | HF_ANYWHERE, NULL, NULL, NULL },
	{ "Machine Check Exception", "Machine Check Exception: ", "mce", NULL,
	    "Machine Check Exception", HF_NOSTACK | HF_ANYWHERE, NULL, NULL, NULL },

	/* ---- powerpc xmon ---- */
	{ "Vector: ", "^\\s*cpu 0x[0-9a-f]+: Vector: (300|380|400|480) \\(([^)]*)\\)", "xmon", "powerpc",
	    "xmon: Vector {1} ({2})", HF_GUILTY | HF_FOLLOWUP | HF_XMON | HF_FAULT, NULL, NULL, NULL },
	{ "Vector: ", "^\\s*cpu 0x[0-9a-f]+: Vector: ([0-9a-f]+) \\(([^)]*)\\)", "xmon", "powerpc",
	    "xmon: Vector {1} ({2})", HF_GUILTY | HF_FOLLOWUP | HF_XMON, NULL, NULL, NULL },
	{ "--- Exception: ", "^\\s*--- Exception: (?!(?:3000|c00|c01)\\b)([0-9a-f]+)(?: \\(([^)]*)\\))? at (?:" FN "|\\S+)",
	    "xmon", "powerpc", "xmon: Exception {1}", HF_GUILTY | HF_ONLY_START | HF_XMON, NULL, NULL, NULL },
	{ "enter ? for help", "^\\s*enter \\? for help", "xmon", "powerpc",
	    "xmon", HF_GUILTY | HF_ONLY_START | HF_XMON | HF_YIELD_TITLE, "^xmon(?:_core)?$", NULL, NULL },

	/* ---- the machine restarted under a running kernel (syzkaller-dev 317):
	 * the first firmware or boot-loader line after kernel output, with no
	 * orderly shutdown nor report in between (HF_REBOOT) ---- */
	{ "SeaBIOS (version", "^\\s*SeaBIOS \\(version ", "reboot", NULL,
	    "unexpected kernel reboot", HF_NOSTACK | HF_REBOOT, NULL, NULL, NULL },
	{ "iPXE (", "^\\s*iPXE \\(https?://ipxe\\.org\\)", "reboot", NULL,
	    "unexpected kernel reboot", HF_NOSTACK | HF_REBOOT, NULL, NULL, NULL },
	{ "U-Boot ", "^\\s*U-Boot (?:SPL )?20\\d\\d\\.\\d\\d", "reboot", NULL,
	    "unexpected kernel reboot", HF_NOSTACK | HF_REBOOT, NULL, NULL, NULL },
	{ "Decompressing Linux", "^\\s*Decompressing Linux\\.\\.\\.", "reboot", NULL,
	    "unexpected kernel reboot", HF_NOSTACK | HF_REBOOT, NULL, NULL, NULL },
};
const size_t kt_nheader_forms = ARRAY_SIZE(kt_header_forms);

/* Lines that contain a header literal but are not kernel reports. */
static const char not_header_pattern[] =
	"ODEBUG:|Boot_DEBUG:|xlog_status:|(?<!O)DEBUG:|traps: .*(?:general protection|invalid opcode|divide error)|"
	"general protection fault ip:|segfault at|WARNING: /etc/ssh|WARNING: workqueue cpumask|"
	"WARNING: (?:The|the) mand mount option|(?<!not syncing: )EXT4-fs|XFS \\(|uses deprecated|wireless extensions|"
	"WARNING: Unprivileged eBPF|WARNING: See https|WARNING: kernel not compiled with|"
	"INFO: lockdep is turned off|Stall ended before|INFO: NMI handler|took too long|"
	"BUG: no syscalls can create resource|-+\\[ end (?:Kernel panic|trace)";

struct body_form kt_body_forms[] = {
	{ "^\\s*(?:-+\\[ end (?:trace|Kernel panic)|(?:smp:\\s*)?csd: CSD lock \\(#\\d+\\) got unstuck)", BODY_END, NULL },
	{ "^\\s*(?:\\d+:)?mon>", BODY_PROMPT, NULL },
	{ "^\\s*stack backtrace:", BODY_STACK_RESET, NULL },
	/* a stall's own CPU: its backtrace replaces a secondary stack printed
	 * before it (the RCU grace-period kthread's, syzkaller-dev 278); after
	 * the report's own trace it is another CPU's (433); "Task dump for CPU"
	 * where no NMI backtrace could be taken */
	{ "^\\s*(?:NMI backtrace for cpu \\d+|Task dump for CPU \\d+:)\\s*$", BODY_STACK_CPU, NULL },
	/* RCU's starved grace-period kthread: the CPU it last ran on, not the
	 * stalled one; a self-detected stall prints its own trace after it */
	{ "^\\s*(?:rcu: )?Stack dump where RCU GP kthread last ran:", BODY_STACK_OTHER_CPU, NULL },
	{ "^\\s*(?:Allocated by task \\d+|Freed by task \\d+|Last potentially related work creation|"
	    "Second to last potentially related|(?:Allocated|Freed):$|Uninit was (?:created|stored)|"
	    "Local variable .* created at|(?:allocated|freed) by task \\d+ on cpu|"
	    "Xen stack trace from|the existing dependency chain|-> #\\d+|Showing all locks held|"
	    "Showing busy workqueues|INFO: Freed in |Last Breaking-Event-Address:|(?:rcu: )?RCU grace-period kthread stack dump:)",
	    BODY_STACK_OTHER, NULL },
	/* where something happened, printed before the report's own trace: "Preemption disabled at:",
	 * lockdep's "{IN-SOFTIRQ-W} state was registered at:", "IN-HARDIRQ-W at:" */
	{ "^\\s*(?:Preemption disabled|\\{[\\w-]+\\} state was registered|[A-Z][A-Z -]*[A-Z]) at:\\s*$",
	    BODY_LOCATION, NULL },
	{ "^\\s*(?:Call Trace:?|Call trace:|Backtrace:|Xen call trace:|enter \\? for help|kvm \\[\\d+\\]: nVHE call trace:|"
	    "Function entered at|status: [0-9a-f]+ badaddr: [0-9a-f]+ cause: [0-9a-f]+|"
	    /* KFENCE, KCSAN and SLUB stacks */
	    "(?:Out-of-bounds|Use-after-free|Invalid) (?:read|write) at|Corrupted memory at|Invalid free of|"
	    "(?:race at unknown origin, with )?(?:read|write)(?: \\(marked\\))? to 0x[0-9a-f]+ of \\d+ bytes by|"
	    "INFO: Allocated in )", BODY_STACK, NULL },
	{ "^\\s*(?:</?(?:IRQ|TASK|NMI|EOI|SOFTIRQ|#DF|#MC|#VC|#DB)>|<<EOE>>|--- interrupt: |--- Exception: |Exception stack\\(|"
	    "\\[link register\\s*\\]|Last Breaking-Event-Address:|\\((?:XEN|d\\d+)\\)|Exception: [0-9a-f]+ at|"
	    " ---- | \\.\\.\\.|"
	    /* addr2line's reading of the frame above, inlined functions first:
	     * "kvmppc_pmd_alloc at arch/powerpc/kvm/book3s_64_mmu_radix.c:366",
	     * "(inlined by) kvmppc_create_pte at ...:590" (a kmemleak record in
	     * corpus/powerpc/sweep-ppc-kvm-radix-pgtable-kmemleak.log) */
	    "(?:\\(inlined by\\) )?[A-Za-z_$][\\w.$]* at (?:\\S+/)?\\S+\\.[chS]:\\d+(?: \\(discriminator \\d+\\))?\\s*$)",
	    BODY_MARK, NULL },
	{ "^\\s*(?:Code: |Instruction dump:|Krnl Code|Kernel Offset:|Dumping ftrace|Rebooting in|Reboot in|"
	    "note: .* exited|Fixing recursive fault|SP \\([0-9a-f]+\\) is in userspace|Disabling lock debugging|"
	    "Memory state around|The buggy address|Manual reset required|Resetting with|"
	    "(?:[0-9a-f]{8} ){3,}|(?:[0-9a-f]{4} ){6,}|>?[0-9a-f]{8,16}: (?:[0-9a-f]{2,16} ?)+|"
	    "(?:[0-9a-f]{16} ?){2,}|(?:<?[0-9a-f]{8}>? ?){4,}|#\\d+ ?: |[0-9a-f]{16}: |"
	    "\\(ftrace buffer empty\\)|CPU: \\d+ PID:|---\\[ end|Stack: ?$|Stack from|"
	    "[A-Z][A-Z0-9_]{1,7}: +[0-9a-f]{4,16}|Krnl GPRS|\\s*[0-9a-f]{16} [0-9a-f]{16}|"
	    /* stack and memory dumps with an offset column: arm "9dc0: 00000020 ...", arm64 "b730  09770000 ..." */
	    "[0-9a-f]{4}:?(?:\\s+(?:[0-9a-f]{8}|[0-9a-f]{16}|\\*{8}))+\\s*$|[A-Z]+\\d*: 0x[0-9a-f]+:$|"
	    /* scripts/decodecode output */
	    "All code$|Code starting with the faulting instruction|[0-9a-f]+:\\*?\\s+(?:[0-9a-f]{2} )+|"
	    /* old x86 trailer: "RIP  [<ffffffff81>] func+0x1/0x2", " RSP <ffff8800>" */
	    "RIP {1,2}\\[<" BRACKETED ">\\]|RSP <[0-9a-f]+>|"
	    /* the end of an arm64 nVHE hypervisor trace */
	    "kvm \\[\\d+\\]: (?:---\\[ end nVHE call trace|Hyp Offset:))", BODY_TAIL, NULL },
	{ "^\\s*(?:CPU: +\\d|Pid: |(?:smp:\\s*)?csd: (?:CSD lock \\(#|cnt|Re-sending CSD lock)|Hardware name: |Modules linked in|task: |Workqueue: |Process |Comm: |"
	    "NIP[: ]|LR |REGS: |MSR: |CFAR: |GPR\\d\\d: |SOFTE|DAR: |DSISR|TRAP: |Faulting instruction address|"
	    "(?:LE|BE) |pc ?: |lr ?: |sp ?: |pstate: |x\\d+ ?: [0-9a-f]|Mem abort info|ESR = |EC = |SET = |FSC = |EA = |"
	    "S1PTW|FnV|Data abort info|ISV = |CM = |WnR|ISS|user pgtable|swapper pgtable|\\[[0-9a-f]+\\] (?:pgd|p4d)=|"
	    "epc ?: |ra ?: |gp ?: [0-9a-f]|t\\d ?: [0-9a-f]|s\\d+ ?: [0-9a-f]|a\\d ?: [0-9a-f]|status: |Krnl PSW|PC is at|LR is at|psr: |"
	    "r\\d+ ?: [0-9a-f]|sl ?: [0-9a-f]|fp ?: [0-9a-f]|Flags: |Control: |Table: |DAC: |#PF: |PGD |P4D |PUD |PMD |PTE |IP: |"
	    "\\*p[dt]e? = |\\*pdpt = |Read of size|Write of size|Read at addr|Write at addr|Failing address|"
	    "Fault in |AS:|current = |paca +=|pid +=|cpu 0x|dar: |dsisr: |msr: |Linux version|\\.\\.\\.$|"
	    "Hardware name|irq event stamp|hardirqs last|softirqs last|\\*\\*\\* DEADLOCK|"
	    "Possible (?:unsafe locking scenario|interrupt unsafe|irq lock inversion)|lock\\(|"
	    "<Interrupt>|\\(&|[\\w&.>-]*\\{|#\\d+:|\\d+ locks? held|other info that might|"
	    /* the same lines broken at each printk continuation (syzbot, 2024): " #0:
	     * ffff8880b943e698", " (rcu_read_lock", "){....}-{1:2}", ", at: f+0x1/0x2";
	     * "  lock(&rq->__lock", ");" */
	    "\\([\\w&.>:/-]+$|\\)\\{[.?+\\-]{4}\\}|, at: |\\);$|"
	    "Chain exists of|\\[ INFO|=+$|-+$|\\*+$|\\[ cut here|"
	    "RIP: |RSP: |RAX: |RDX: |RBP: |R\\d+: |FS: |CS: |CR2: |EIP: |EAX: |ESI: |DS: |CR0: |DR\\d: |"
	    "Stack:|BUG: |WARNING: |INFO: |Oops(?![#\\w])|Internal error|Unable to handle|Faulting|ESR|"
	    "Pagetable walk|L[1-4]\\[0x|[a-z][a-z0-9]{1,2}: [0-9a-f]{16}|ldttr|cr[0-4]: |ds: |"
	    "Xen code around|Xen stack|Tainted|taint|\\w+ \\(pid|Call Trace|mce:|\\[Hardware Error\\]|"
	    "Object |Redzone |Padding |INFO: |FIX |Slab |Bytes b4|kmemleak|Kernel panic|"
	    "sched: |preempt_count|Preemption disabled|in_atomic|Last function|"
	    "caller is |\\S+ is trying to acquire|but task is already holding|which lock already depends|"
	    "and the lock|\\s*\\(\\S+\\)|\\d+: \\(|Memory state|page:|flags:|raw: |page dumped|Kernel BUG|"
	    "illegal operation|invalid opcode|general protection|KASAN|KFENCE|UBSAN|shift exponent|"
	    "index \\d+ is out of range|load of value|cause: [0-9a-f]+|May be due to missing lock|"
	    "value changed:|Reported by Kernel Concurrency Sanitizer|kfence-#\\d+|Kernel attempted to|"
	    "\\S+ is trying to release lock|but there are no more locks to release|"
	    /* lockdep's nested-lock report: "syz/123 is trying to lock:", "but this task is not holding:" */
	    "\\S+ is trying to lock:|but this task is not holding:|is leaving the kernel with locks|"
	    "rcu_scheduler_active|no locks held|\\d+ locks? held|Mem abort info|Data abort info|irqmask|"
	    "\\S+ kthread starved|pgd = |\\[[0-9a-f]+\\] \\*pgd=|\\[[0-9a-f]+\\] address between|"
	    /* MIPS: "Cpu 0", "$ 0   : 0000...", "Hi    : ", "epc   : ffffffff881b0cf0 func+0x10/0x64",
	     * "Status: 3004cce3", "Cause : 1000401c", "PrId  : 00000460", "Stack : ffffffff8831a898 ..." */
	    "Cpu \\d+\\s*$|\\$\\s?\\d+\\s+: [0-9a-f]|(?:Hi|Lo|epc|ra|Cause|PrId|BadVA|Stack) +: [0-9a-f]|"
	    "Status: [0-9a-f]{8}\\b|"
	    /* the condition of a VM_BUG_ON_*() / VM_WARN_ON_*() */
	    "VM_(?:BUG|WARN)_ON\\w*\\()", BODY_INFO, NULL },
	/* generic shapes (indented, "word:", source positions): part of a report
	 * until its trace is complete, the log moving on after that */
	{ "^(?:\\s*(?:CPU\\d|rcu: |\\t|\\w+:\\s*$|Showing|showing|\\S+\\.c:\\d+)|\\s{2})", BODY_WEAK, NULL },
};
const size_t kt_nbody_forms = ARRAY_SIZE(kt_body_forms);

#define SYM "[A-Za-z_.$][\\w.$#]*\\+0x[0-9a-f]+/0x[0-9a-f]+"
/* arm's "PC is at" and "LR is at" lines as syzbot's arm32 boot reports print
 * a symbol at its start: "update_sd_lb_stats.constprop.0+0/0" (syzbot-mail 1211) */
#define SYM_ARM_AT "[A-Za-z_.$][\\w.$#]*\\+(?:0x)?[0-9a-f]+/(?:0x)?[0-9a-f]+"
/* syzbot's annotated registers name the innermost inlined function first,
 * "RIP: 0010:zap_present_ptes mm/memory.c:1539 [inline]", then the
 * function it is in, "RIP: 0010:zap_pte_range+0x.../0x... mm/memory.c:1700"
 * (arm64 "pc : ", riscv "epc : ": syzbot-mail 797) */
#define RIP_INLINE "^\\s*(?:RIP: [0-9a-f]{4}:|pc : |epc : )(?<pc>[A-Za-z_.$][\\w.$]*) (?:\\S+/)?\\S+\\.[chS]:-?\\d+ \\[inline\\]\\s*$"
#define RIP_OUTER "^\\s*(?:RIP: [0-9a-f]{4}:|pc : |epc : )(?<func>[A-Za-z_.$][\\w.$]*)\\+0x[0-9a-f]+/0x[0-9a-f]+"

struct field_form kt_field_forms[] = {
	/* task identity: every arch prints one of these */
	/* the release may be wrapped to the next line, or follow RHEL's "--------------" */
	{ "CPU: (?<cpu>\\d+) (?:UID: \\d+ )?PID: (?<pid>\\d+) Comm: (?<comm>.+?)(?: Kdump: loaded)? +"
	    "(?:Not tainted|Tainted: (?<taint>[A-Z ]*?))(?: +(?:-+ +)*(?<release>\\d[^\\s)]*)| *$| +(?=[^\\sA-Z]))",
	    "CPU: ", NULL, false, NULL },
	/* (before 2.6.27 the release is in parentheses: "Not tainted (2.6.28-rc5 #1) X7DWA") */
	{ "Pid: (?<pid>\\d+), comm: (?<comm>.+?) +(?:Not tainted|Tainted: (?<taint>[A-Z ]*?))"
	    "(?: +(?:-+ +)*\\(?(?<release>\\d[^\\s)]*)| *$)",
	    "Pid: ", NULL, false, NULL },
	{ "^\\s*CPU: (?<cpu>\\d+) (?:Not tainted|Tainted: (?<taint>[A-Z ]*?)) +(?:-+ +)*(?<release>\\d[^\\s)]*)",
	    "CPU: ", NULL, false, NULL },
	/* "4.4.89-01529-gb29bace #1 Not tainted" (lockdep banners) and wrapped CPU: lines
	 * (distributions number builds "#67.3": secretmem-gup-fast-null-page-mapping's
	 * log wrapped by mail, tests/measure-robustness) */
	{ "^\\s*(?<release>\\d+\\.\\d+[\\w.+~-]*) #\\d+(?:\\.\\d+)*(?: +(?:Not tainted|Tainted: (?<taint>[A-Z ]*?)) *$| \\w+$|$)",
	    " #", NULL, false, NULL },
	/* the CPU: line wrapped before its taint: "Tainted: G        W   6.16.0-rc1 #1 PREEMPT" */
	{ "^\\s*(?:Not tainted|Tainted: (?<taint>[A-Z ]*?)) +(?:-+ +)*(?<release>\\d+\\.\\d+[^\\s)]*) #\\d+",
	    "ainted", NULL, false, NULL },
	/* old i386: "EFLAGS: 00010202   (2.6.18-1.2798.fc6 #1)" */
	{ "^\\s*EFLAGS: [0-9a-f]+ +\\((?<release>\\d[^\\s)]*)",
	    "EFLAGS: ", NULL, false, NULL },
	{ "^\\s*Process (?<comm>\\S+) \\(pid: (?<pid>\\d+)",
	    "Process ", NULL, false, NULL },
	/* kmemleak: '  comm "kmodloader", pid 326, jiffies 4294937906 (age 20379.570s)' */
	{ "^\\s*comm \"(?<comm>[^\"]*)\", pid (?<pid>\\d+), jiffies",
	    "comm \"", NULL, false, NULL },
	{ "^\\s*CPU: +(?<cpu>\\d+)\\s*$",
	    "CPU: ", NULL, false, NULL },
	/* the newer WARNING header names the task itself: "WARNING: arch/arm64/mm/
	 * physaddr.c:15 at __virt_to_phys+0x64/0x90, CPU#57: stress-ng-dev/250254"
	 * (a report without its CPU: line, corpus/arm64/sweep-vhost-dev-cleanup-...) */
	{ "WARNING: \\S+:\\d+ at \\S.*, CPU#(?<cpu>\\d+): (?<comm>.+)/(?<pid>\\d+)\\s*$",
	    ", CPU#", NULL, false, NULL },
	/* spinlock debugging names the task in its header, "BUG: spinlock bad
	 * magic on CPU#0, jfsCommit/101" (rwlocks add the lock's address) */
	{ "BUG: (?:spin|rw)lock [\\w ]+ on CPU#(?<cpu>\\d+), (?<comm>.+)/(?<pid>\\d+)(?:, \\S+)?\\s*$",
	    " on CPU#", NULL, false, NULL },
	{ "^\\s*Hardware name: (?<hw>.+?)\\s*$",
	    "Hardware name: ", NULL, true, NULL },
	{ "Linux version (?<release>\\d\\S*)",
	    "Linux version ", NULL, true, NULL },
	{ "-+\\[ Xen-(?<release>\\d[^\\s]*) +\\S+ +debug=\\S+ +(?:Not tainted|Tainted: +(?<taint>\\S+))",
	    "[ Xen-", NULL, false, NULL },
	{ "^\\s*Modules linked in: ?(?<modules>.*)$",
	    "Modules linked in:", NULL, false, NULL },

	/* MMU mode and platform */
	{ "^\\s*(?:(?:LE|BE) |(?=(?:PREEMPT )?SMP NR_CPUS=))(?:.*?MMU=(?<mmu>Radix|Hash))?.*?"
	    "(?<platform>PowerNV|pSeries|PowerMac|CHRP|PS3|Maple|Cell)?\\s*$",
	    "LE |BE |SMP NR_CPUS=", "powerpc", true, NULL },
	/* the platform ends powerpc's hardware line too: "Hardware name: IBM,9080-HEX
	 * Power11 (architected) 0x820200 0xf000007 of:IBM,FW1110.01 (NH1110_069)
	 * hv:phyp pSeries", "... 0x4e1200 opal:v7.0 PowerNV" */
	{ "^\\s*Hardware name: .* (?:of|opal):.*\\b(?<platform>pSeries|PowerNV)\\s*$",
	    "Hardware name: ", "powerpc", true, NULL },
	{ "radix-mmu: Initializing (?<mmu>Radix) MMU",
	    "radix-mmu: Initializing ", "powerpc", true, NULL },
	{ "hash-mmu: Initializing (?<mmu>hash) mmu",
	    "hash-mmu: Initializing ", "powerpc", true, NULL },
	{ "Using (?<mmu>Radix|Hash) MMU under hypervisor",
	    " MMU under hypervisor", "powerpc", true, NULL },
	{ "(?:satp mode|SATP mode|MMU mode)[: =]+(?:riscv,)?(?<mmu>sv\\d\\d)",
	    " mode", "riscv", true, NULL },
	{ "MMU_(?<mmu>sv\\d\\d)",
	    "MMU_sv", "riscv", true, NULL },

	/* fault address and access type: addr as stated by the report, faddr from
	 * registers (applies to memory access faults only) */
	{ "BUG: unable to handle kernel (?:paging request|NULL pointer dereference) at (?:virtual address )?(?<addr>(?:0x)?[0-9a-f]+)",
	    "BUG: unable to handle kernel ", NULL, false, NULL },
	{ "BUG: kernel NULL pointer dereference, address: (?<addr>[0-9a-f]+)",
	    "BUG: kernel NULL pointer dereference, address: ", NULL, false, NULL },
	{ "BUG: unable to handle page fault for address: (?<addr>[0-9a-f]+)",
	    "BUG: unable to handle page fault for address: ", NULL, false, NULL },
	/* "#PF: supervisor write access in kernel mode", "#PF: supervisor instruction fetch in kernel mode" */
	{ "#PF: (?:supervisor|user) (?<access>read|write|instruction fetch)\\b",
	    "#PF: ", NULL, false, NULL },
	/* (before 5.4 without "on read|write": "BUG: Unable to handle kernel data access at 0xfe205150") */
	{ "BUG: (?:Unable to handle kernel data access|Kernel NULL pointer dereference)(?: on (?<access>read|write))? at (?<addr>0x[0-9a-f]+)",
	    "BUG: ", "powerpc", false, NULL },
	{ "BUG: Unable to handle kernel (?<access>instruction fetch)",
	    "BUG: Unable to handle kernel instruction fetch", "powerpc", false, NULL },
	{ "Unable to handle kernel paging request for (?<access>data|instruction fetch) at address (?<addr>0x[0-9a-f]+)",
	    "Unable to handle kernel paging request for ", "powerpc", false, NULL },
	{ "Unable to handle kernel (?:(?<access>execute|write|read)\\b)?.*? at virtual address (?<addr>(?:0x)?[0-9a-f]+)",
	    " at virtual address ", NULL, false, NULL },
	{ "Faulting instruction address: (?<addr>0x[0-9a-f]+)",
	    "Faulting instruction address: ", "powerpc", false, NULL },
	{ "^\\s*cpu 0x(?<xcpu>[0-9a-f]+): Vector: (?<trap>[0-9a-f]+ \\((?<access>[^)]*)\\))",
	    ": Vector: ", "powerpc", false, NULL },
	{ "DAR: (?<faddr>[0-9a-f]+)",
	    "DAR: ", "powerpc", false, NULL },
	{ "^\\s*dar: (?<faddr>[0-9a-f]+)",
	    "dar: ", "powerpc", false, NULL },
	{ "DSISR: (?<dsisr>[0-9a-f]+)",
	    "DSISR: ", "powerpc", false, NULL },
	{ "^\\s*dsisr: (?<dsisr>[0-9a-f]+)",
	    "dsisr: ", "powerpc", false, NULL },
	{ "WnR = (?<wnr>[01])",
	    "WnR = ", "arm64", false, NULL },
	{ "EC = 0x2[01]: (?<access>IABT)",
	    "EC = 0x2", "arm64", false, NULL },
	{ "status: [0-9a-f]+ badaddr: (?<faddr>[0-9a-f]+) cause: (?<rvcause>[0-9a-f]+)",
	    " badaddr: ", "riscv", false, NULL },
	{ "Failing address: (?<addr>[0-9a-f]+)(?: TEID: (?<teid>[0-9a-f]+))?",
	    "Failing address: ", "s390", false, NULL },
	{ "Faulting linear address: (?<addr>[0-9a-f]+)",
	    "Faulting linear address: ", NULL, false, NULL },
	{ "^\\s*CR2: (?<faddr>[0-9a-f]+)",
	    "CR2: ", NULL, false, NULL },
	/* x86 page fault error code: "Oops: 0002 [#1]" */
	{ "^\\s*Oops: (?<pferr>[0-9a-f]{4}) (?:\\[#|ilc)",
	    "Oops: ", NULL, false, NULL },
	/* KASAN, KFENCE */
	{ "^\\s*(?<access>Read|Write) (?:of size|at addr)",
	    " of size| at addr", NULL, false, NULL },
	{ "REGS: [0-9a-f]+ TRAP: (?<trap>[0-9a-f]+)\\s+(?:Not tainted|Tainted: (?<taint>[A-Z ]*?))\\s+\\((?<release>[^)]+)\\)",
	    "REGS: ", "powerpc", false, NULL },

	/* program counter and link register */
	/* (the segment edited out of a quoted copy: "RIP: free_pcppages_bulk+0xcc/0x450") */
	{ "RIP: +(?:[0-9a-f]{4}:)?(?:\\[<" BRACKETED ">\\] +(?:\\[<" BRACKETED ">\\] +)?)?(?<pc>" SYM ")",
	    "RIP: ", NULL, false, NULL },
	{ "^\\s*IP: (?:\\[<[0-9a-f]+>\\] +)?(?<pc>" SYM ")",
	    "IP: ", NULL, false, NULL },
	{ "EIP: (?:[0-9a-f]{4}:)?(?:\\[<[0-9a-f]+>\\] +)?(?<pc>" SYM ")",
	    "EIP: ", "i386", false, NULL },
	/* "RIP: 0010:func" with the offset edited out */
	{ "^\\s*RIP: [0-9a-f]{4}:(?<pc>[A-Za-z_][\\w.$]*)\\s*$",
	    "RIP: ", NULL, false, NULL },
	/* syzbot's annotated registers: the first "RIP:" line names the innermost
	 * inlined function: "RIP: 0010:zap_present_ptes mm/memory.c:1539 [inline]" */
	{ RIP_INLINE,
	    " [inline]", NULL, false, NULL },
	/* decode_stacktrace.sh output: "RIP: 0010:func (file.c:123)", "(file.c:?)";
	 * its 2014 form without the segment, "RIP: __split_huge_page (mm/huge_memory.c:1829
	 * (discriminator 1))" */
	{ "^\\s*(?:RIP: (?:[0-9a-f]{4}:)?|EIP: |pc : )(?<pc>[A-Za-z_.$][\\w.$]*) \\(" SRC_POS,
	    "RIP: |EIP: |pc : ", NULL, false, NULL },
	/* old x86's trailer after "Code:" repeats the faulting function,
	 * "RIP  [<ffffffff8135854a>] vmalloc_fault+0x15a/0x2a0": the pc when a
	 * mail client wrapped the "RIP: e030:[<...>]  [<...>]" line before it */
	{ "^\\s*RIP {1,2}\\[<" BRACKETED ">\\] (?<pc>" SYM ")",
	    "RIP  [<|RIP [<", NULL, false, NULL },
	/* unsymbolised kernel program counters (used when nothing better is printed) */
	{ "RIP: (?:0010|e008|e030):(?<pcaddr>0x[0-9a-f]+|\\[<[0-9a-f]+>\\])\\s*$",
	    "RIP: ", NULL, false, NULL },
	{ "^\\s*NIP: +(?<pcaddr>c[0-9a-f]{7}(?:[0-9a-f]{8})?) ",
	    "NIP: ", "powerpc", false, NULL },
	{ "^\\s*pc : (?<pcaddr>0x[0-9a-f]+)\\s*$",
	    "pc : ", NULL, false, NULL },
	{ "EIP is at (?<pc>" SYM ")",
	    "EIP is at ", "i386", false, NULL },
	/* the address may be gone from a quoted copy: "NIP note_page+0x484/0x4c0"
	 * (the W+X report quoted in the ppc64 look-alike of arm64-kprobes-insn-page-wx) */
	{ "^\\s*NIP:? +(?:\\[[0-9a-f]+\\] +)?(?<pc>" SYM ")",
	    "NIP", "powerpc", false, NULL },
	{ "^\\s*LR +(?:\\[[0-9a-f]+\\] +)?(?<lr>" SYM ")",
	    "LR ", "powerpc", false, NULL },
	{ "^\\s*pc: [0-9a-f]+: (?<pc>" SYM ")",
	    "pc: ", "powerpc", false, NULL },
	{ "^\\s*lr: [0-9a-f]+: (?<lr>" SYM ")",
	    "lr: ", "powerpc", false, NULL },
	{ "^\\s*\\[link register\\s*\\] [0-9a-f]+ (?<lr>" SYM ")",
	    "[link register", "powerpc", false, NULL },
	{ "^\\s*pid += (?<pid>\\d+), comm = (?<comm>\\S+)",
	    ", comm = ", "powerpc", false, NULL },
	{ "^\\s*pc : (?<pc>" SYM ")",
	    "pc : ", NULL, false, NULL },
	{ "^\\s*lr : (?<lr>" SYM ")",
	    "lr : ", NULL, false, NULL },
	{ "^\\s*PC is at (?<pc>" SYM_ARM_AT ")",
	    "PC is at ", NULL, false, NULL },
	{ "^\\s*LR is at (?<lr>" SYM_ARM_AT ")",
	    "LR is at ", NULL, false, NULL },
	{ "^\\s*epc ?: (?<pc>" SYM "|0x[0-9a-f]+)\\s*$",
	    "epc", "riscv", false, NULL },
	{ "^\\s*epc ?: (?<pcaddr>[0-9a-f]{8,16}) ra ?: ",
	    "epc", "riscv", false, NULL },
	{ "^\\s*ra ?: (?<lr>" SYM ")\\s*$",
	    "ra:|ra :", "riscv", false, NULL },
	{ "Krnl PSW : [0-9a-f]+ [0-9a-f]+ \\((?<pc>[^)\\s]+)",
	    "Krnl PSW : ", "s390", false, NULL },
	/* s390 prints the return address register (r14) in parentheses in the trace */
	{ "^\\s*\\(\\[<[0-9a-f]+>\\] (?<lr>" SYM ")",
	    "([<", "s390", false, NULL },
	{ "^\\s*epc\\s+: [0-9a-f]+ (?<pc>" SYM ")",
	    "epc", "mips", false, NULL },
	{ "^\\s*ra +: [0-9a-f]+ (?<lr>" SYM ")",
	    "ra ", "mips", false, NULL },
	/* loongarch: "  ERA: 90000000004eaf1c func+0x6f4/0x7d0", "   ra: 9000000000485538 func+0x130/0x218" */
	{ "^\\s*ERA: [0-9a-f]+ (?<pc>" SYM ")",
	    "ERA: ", "loongarch", false, NULL },
	{ "^\\s*ra: [0-9a-f]{16} (?<lr>" SYM ")",
	    "ra: ", "loongarch", false, NULL },
	{ "^\\s*BADV: (?<faddr>[0-9a-f]+)",
	    "BADV: ", "loongarch", false, NULL },
};
const size_t kt_nfield_forms = ARRAY_SIZE(kt_field_forms);

#define OFFSZ "\\+(?<off>0x[0-9a-f]+)/(?<size>0x[0-9a-f]+)"
#define MOD "(?:\\s+\\[(?<mod>[\\w-]+)(?:\\s+[0-9a-f]+)?\\])?"

struct frame_form kt_frame_forms[] = {
	/* Xen: "[<ffff82d0402e2b38>] R credit2.c#csched2_free_domdata+0x2b/0x40" */
	{ "^\\s*\\[<(?<addr>[0-9a-f]+)>\\] (?<rs>[RS]) (?<func>[\\w.$#]+)" OFFSZ,
	    "[<", FW_ANY, NULL },
	/* arm: "[<c0306010>] (shmem_getpage_gfp+0x0/0x40) from [<...>] (caller+0x1/0x2)" */
	{ "^\\s*\\[<(?<addr>[0-9a-f]+)>\\] \\((?<func>[\\w.$]+)(?:" OFFSZ ")?" MOD "\\) from "
	    "(?:\\[<[0-9a-f]+>\\] \\((?<from>[A-Za-z_][\\w.$]*))?",
	    "[<", FW_ANY, NULL },
	/* arm without CONFIG_BACKTRACE_VERBOSE: " func from caller+0x3/0x4", the verbose form
	 * with its addresses edited out: " (func) from (caller+0x3/0x4)", and either as
	 * decode_stacktrace.sh prints it: " func from caller (arch/arm/kernel/traps.c:258)" */
	{ "^\\s*\\(?(?<func>[A-Za-z_][\\w.$]*)(?:" OFFSZ ")?" MOD "\\)? from (?:\\[<[0-9a-f]+>\\] )?\\(?"
	    "(?<from>[A-Za-z_][\\w.$]*)(?:\\+0x[0-9a-f]+/0x[0-9a-f]+| \\(" SRC_POS ")",
	    " from ", FW_ANY, NULL },
	/* powerpc: "[sp] [pc] func+off/size [mod] (unreliable)", xmon "[sp] pc func", and the
	 * form that lost its "] " in mail archives: "[spPC func" */
	{ "^\\s*\\[[0-9a-fA-F]{8,16}(?:\\]\\s*\\[?)?(?<addr>[0-9a-fA-F]{8,16})\\]?\\s+(?:\\.?(?<func>[A-Za-z_$][\\w.$]*)"
	    OFFSZ MOD "|0x[0-9a-f]+)(?<unrel>\\s+\\(unreliable\\))?",
	    "[", FW_ANY, NULL },
	/* x86, riscv, s390, arm64 with addresses: "[<ffffffff81>] ? func+off/size [mod]",
	 * also after an x86 "<IRQ>"/"<EOI>" marker on the same line, and in the
	 * arm64 nVHE hypervisor trace the host prints as "kvm [141]:  [<...>] func" */
	{ "^\\s*(?:<\\w+>\\s+|kvm \\[\\d+\\]:\\s+)?(?<paren>\\()?\\[<(?<addr>[0-9a-f]+)>\\]\\s*(?:\\[<[0-9a-f]+>\\]\\s*)?(?<q>\\? )?"
	    "\\.?(?<func>[A-Za-z_$][\\w.$]*)" OFFSZ MOD,
	    "[<", FW_ANY, NULL },
	/* the same with source positions for the address (BRACKETED, above) */
	{ "^\\s*\\[<" SRC_POSITIONS ">\\]\\s*(?<q>\\? )?\\.?(?<func>[A-Za-z_$][\\w.$]*)" OFFSZ MOD,
	    "[<", FW_ANY, NULL },
	/* the same with its address edited out of a quoted copy, "[...] func+off/size" or
	 * "[<...>] func+off/size" (the x86 hot-remove look-alike of arm64-hotremove-pgtable-missing-dtor) */
	{ "^\\s*\\[<?\\.\\.\\.>?\\]\\s*(?<q>\\? )?\\.?(?<func>[A-Za-z_$][\\w.$]*)" OFFSZ MOD,
	    "...", FW_STACK, NULL },
	/* bare: "  ? func+off/size [mod]" (x86 4.x+, arm64, riscv); arm64 marks the
	 * frame taken from pc, lr or the current frame with "(P)", "(L)", "(C)",
	 * after the source position in syzbot's annotated traces
	 * ("kvm_s2_put_page+0x374/0x3a0 arch/arm64/kvm/mmu.c:264 (P)"); a line
	 * number the symboliser did not know is -1 ("fs/read_write.c:-1"); its
	 * KMSAN reports of 2021-22 print the position twice ("move_addr_to_user
	 * +0x3f6/0x600 net/socket.c:287 net/socket.c:287").
	 * A whole line of exactly this shape is a frame even before a "Call Trace:" */
	{ "^\\s*(?<q>\\? )?\\.?(?<func>[A-Za-z_$][\\w.$]*)" OFFSZ MOD "(?:\\s+\\([CLP]\\))?"
	    "\\s*(?:\\S+\\.[chS]:-?\\d+(?: \\S+\\.[chS]:-?\\d+)?)?(?:\\s+\\([CLP]\\))?\\s*$",
	    "+0x", FW_STACK_OR_HEAD, NULL },
	/* decode_stacktrace.sh: "? func (path/file.c:123 path/other.h:45)"; a line
	 * it could not find is "?" ("dump_stack_lvl (lib/dump_stack.c:?)"), and
	 * a function it could not place "(??:?)" */
	{ "^\\s*(?<q>\\? )?\\.?(?<func>[A-Za-z_$][\\w.$]*)(?:" OFFSZ ")?" MOD " \\((?:" SRC_POS "|\\?\\?:\\?\\))",
	    ".c:|.h:|.S:|(??:?)", FW_STACK, NULL },
	/* syzbot's annotated traces: an inlined function has its source line and
	 * "[inline]" instead of an offset: " __mmput kernel/fork.c:1346 [inline]"
	 * (arm64: then its "(P)" mark); in kmemleak's backtrace after the address
	 * of the frame it is inlined into: "[<ffffffff8499f31f>] batadv_iv_ogm_emit
	 * net/batman-adv/bat_iv_ogm.c:420 [inline]"; KMSAN's of 2021-22 add the
	 * caller's position ("copy_to_user include/linux/uaccess.h:209 [inline]
	 * net/socket.c:287") */
	{ "^\\s*(?:\\[<(?<addr>[0-9a-f]+)>\\]\\s+)?(?<func>[A-Za-z_$][\\w.$]*) (?:\\S+/)?\\S+\\.[chS]:-?\\d+ (?<inl>\\[inline\\])"
	    "(?: \\S+\\.[chS]:-?\\d+)?(?:\\s+\\([CLP]\\))?\\s*$",
	    " [inline]", FW_STACK, NULL },
	/* s390 and others: address-only frames "([<000003ff8001d2e4>] 0x3ff8001d2e4)" */
	{ "^\\s*(?<paren>\\()?\\[<(?<addr>[0-9a-f]+)>\\]\\s+0x[0-9a-f]+\\)?\\s*$",
	    "[<", FW_ANY, NULL },
	/* unsymbolised frames in a trace: x86 " ? 0xffffffffc02d6000", arm64 " 0xffff366ec804fa00" */
	{ "^\\s*(?<q>\\? )?0x(?<addr>[0-9a-f]{8,16})(?:\\s+\\([CLP]\\))?\\s*$",
	    "0x", FW_RUN, NULL },
	/* symbol without offset (edited or stripped traces): " ? efi_mokvar_table_init" */
	{ "^\\s*(?<q>\\? )?(?<func>[a-z_][A-Za-z0-9_]*(?:\\.[a-z0-9_.]+)?)\\s*$",
	    NULL, FW_RUN, NULL },
};
const size_t kt_nframe_forms = ARRAY_SIZE(kt_frame_forms);

/*
 * Evidence of the architecture, strongest first: the first row that matches
 * any line of a report wins.  Weak rows (release strings, address widths,
 * emulated hardware) count only when no strong row matches, and are also
 * looked for in the lines before the report.
 */
struct arch_marker kt_arch_markers[] = {
	/* (an excerpt without the registers still has s390's fault lines: "Failing
	 * address: 0000000000000000 TEID: 0000000000000483", "Fault in home space
	 * mode while using kernel ASCE.", "Oops: 0004 ilc:2 [#1] SMP") */
	{ "Krnl PSW|Krnl GPRS|Krnl Code|__do_pgm_check\\+|\\bpgm_check_handler\\+|\\bTEID: [0-9a-f]{16}|"
	    "mode while using (?:kernel|user) ASCE|\\bilc:\\d \\[#\\d+\\]",
	    "Krnl PSW|Krnl GPRS|Krnl Code|__do_pgm_check+|pgm_check_handler+|TEID: |using kernel ASCE|using user ASCE|ilc:",
	    "s390", false, NULL },
	/* loongarch exception registers; its syscall entry */
	{ "^\\s*(?:ERA|BADV|PRMD|ESTAT|EUEN|ECFG|CRMD): +[0-9a-f]|\\bhandle_syscall\\+0x",
	    "ERA:|BADV:|PRMD:|ESTAT:|EUEN:|ECFG:|CRMD:|handle_syscall+0x", "loongarch", false, NULL },
	{ "^\\s*NIP[: \\[]|GPR\\d\\d: |--- interrupt: |\\(unreliable\\)|Oops: Kernel access of bad area|"
	    "MSR: [0-9a-f]+ <|cpu 0x[0-9a-f]+: Vector:|enter \\? for help|(?:LE|BE) PAGE_SIZE|"
	    "REGS: [0-9a-f]+ TRAP:|Faulting instruction address:",
	    "NIP|GPR|--- interrupt: |(unreliable)|Oops: Kernel access of bad area|MSR: |cpu 0x|"
	    "enter ? for help| PAGE_SIZE|REGS: |Faulting instruction address:", "powerpc", false, NULL },
	{ "^\\s*epc ?: |badaddr: [0-9a-f]+|^\\s*gp : [0-9a-f]+ tp : |riscv-virtio",
	    "epc|badaddr: | tp : |riscv-virtio", "riscv", false, NULL },
	{ "SMP ARM|\\) from \\[<|ret_fast_syscall|vector_swi|__dabt_svc|__irq_svc|psr: [0-9a-f]{8}\\b|"
	    "ARM-Versatile|^\\s*\\w+ from \\w+(?:\\+0x| \\(" SRC_POS ")",
	    "SMP ARM| from |ret_fast_syscall|vector_swi|__dabt_svc|__irq_svc|psr: |ARM-Versatile", "arm", false, NULL },
	/* (pc a bare address after a jump to data: corpus/arm64/sweep-espressobin-...) */
	{ "^\\s*(?:pc|lr) : (?:[\\w.]+\\+|0x[0-9a-f]{16}\\s*$)|x29: |__arm64_|el0_svc|el1h_64|ESR = 0x|invoke_syscall\\+|pstate: |"
	    "Mem abort info|Internal error: .*: (?:0{8})?(?:96|8a|92|86)[0-9a-f]{6}|Internal error: Oops - BTI: |^\\s*Call trace:",
	    "pc : |lr : |x29: |__arm64_|el0_svc|el1h_64|ESR = 0x|invoke_syscall+|pstate: |Mem abort info|"
	    "Internal error: |Call trace:", "arm64", false, NULL },
	{ "^\\s*PC is at ",
	    "PC is at ", "arm", false, NULL },
	/* not asm_exc_*: 32-bit x86 has those entry points too (occurrence 2 of
	 * x86-pti-clone-pgtable-alignment-i386, an "EIP: asm_exc_page_fault") */
	{ "RIP: |entry_SYSCALL_64|__x64_sys_|do_syscall_64|RSP: [0-9a-f]{4}:|RAX: |x86_64_start_kernel|"
	    "\\bstart_cpu\\+|secondary_startup_64|system_call_fastpath|stub_execve|\\btracesys\\+",
	    "RIP: |entry_SYSCALL_64|__x64_sys_|do_syscall_64|RSP: |RAX: |"
	    "x86_64_start_kernel|start_cpu+|secondary_startup_64|system_call_fastpath|stub_execve|"
	    "tracesys+", "x86_64", false, NULL },
	{ "EIP: |EAX: |sysenter_past_esp|sysenter_do_call|entry_INT80_32|entry_SYSENTER_32|i386_start_kernel|"
	    "startup_32_smp",
	    "EIP: |EAX: |sysenter_past_esp|sysenter_do_call|entry_INT80_32|entry_SYSENTER_32|"
	    "i386_start_kernel|startup_32_smp", "i386", false, NULL },
	/* the o32 system call entry */
	{ "^\\s*epc\\s+: |[Oo]cteon|\\bsyscall_common\\+0x",
	    "epc|cteon|syscall_common+0x", "mips", false, NULL },
	/* weak: release strings (Fedora/RHEL ".x86_64", Debian "-amd64"), emulated machines */
	{ "\\.ppc64|\\bppc64le\\b|-powerpc64(?:le)?\\b",
	    "ppc64|-powerpc64", "powerpc", true, NULL },
	{ "\\.aarch64\\b|\\d-arm64\\b",
	    ".aarch64|-arm64", "arm64", true, NULL },
	{ "\\.armv7|\\barmv7l\\b|\\d-armmp\\b",
	    "armv7|-armmp", "arm", true, NULL },
	{ "\\briscv\\d*\\b",
	    "riscv", "riscv", true, NULL },
	/* RISC-V boards by their vendor, for excerpts without the registers */
	{ "Hardware name: (?:SiFive|StarFive|Sophgo|Milk-V|Microchip PolarFire-SoC|T-HEAD|Canaan Kendryte|BeagleV|"
	    "Sipeed Lichee|Allwinner D1)\\b",
	    "Hardware name: ", "riscv", true, NULL },
	{ "\\.s390x\\b|\\d-s390x\\b|QEMU \\d{4} QEMU|Hardware name: IBM \\d{4} [0-9A-Z]{3} ",
	    "s390x|QEMU |Hardware name: IBM ", "s390", true, NULL },
	/* loongarch64 kernel addresses (the direct-mapped window 0x9000...) and release strings */
	{ "\\[<9000[0-9a-f]{12}>\\]|\\.loongarch64\\b|\\bloongarch",
	    "[<9000|loongarch", "loongarch", true, NULL },
	{ "\\bmips",
	    "mips", "mips", true, NULL },
	{ "\\.i[3-6]86\\b|\\bi[3-6]86\\b|\\d-686(?:-pae)?\\b|__ia32_sys",
	    "i386|i486|i586|i686|-686|__ia32_sys", "i386", true, NULL },
	{ "\\.x86_64\\b|\\bx86_64\\b|\\d-amd64\\b",
	    "x86_64|-amd64", "x86_64", true, NULL },
	/* 64-bit x86 kernel text (0xffffffff81... on: it is linked 16 MiB above
	 * 0xffffffff80000000, and KASLR moves it only up) and modules
	 * (0xffffffffa/c...); riscv64 links its kernel at 0xffffffff80000000 */
	{ "\\[<ffffffff(?:8[1-9a-f]|[9a-f][0-9a-f])[0-9a-f]{6}>\\]\\s+(?:\\? )?[A-Za-z_.]",
	    "[<ffffffff", "x86_64", true, NULL },
	/* x86_64 direct map and vmemmap addresses */
	{ "\\b(?:0x)?(?:ffff88[0-9a-f]{10}|ffffea0[0-9a-f]{9})\\b",
	    "ffff88|ffffea0", "x86_64", true, NULL },
	/* 32-bit frames with the symbol after the address (arm puts it in parentheses) */
	{ "^\\s*(?:<\\w+>\\s+)?\\[<[0-9a-f]{8}>\\]\\s+(?:\\? )?[A-Za-z_.]",
	    "[<", "i386", true, NULL },
	{ "general protection fault|invalid opcode:|#PF: |mce: \\[Hardware Error\\]|QEMU Standard PC|"
	    "Google Compute Engine|SeaBIOS|masked ExtINT|APIC 0x[0-9a-f]+",
	    "general protection fault|invalid opcode:|#PF: |mce: [Hardware Error]|QEMU Standard PC|"
	    "Google Compute Engine|SeaBIOS|masked ExtINT|APIC 0x", "x86_64", true, NULL },
};
const size_t kt_narch_markers = ARRAY_SIZE(kt_arch_markers);

/* Prefixes that wrap a kernel line (lines.c), in the order they are tried. */
struct prefix_form kt_prefix_forms[] = {
	/* e-mail quoting: "> ", "> > ", ">>", also "| " used by commit messages */
	{ PFX_QUOTE, ">|", "[ \\t]*(?:>[ \\t]?)+|[ \\t]*\\|[ \\t]", NULL },
	/* dmesg --time-format iso: "2022-12-17T12:01:07,123456+00:00 " (the
	 * comma tells it from a CI's ISO time): the kernel's own clock */
	{ PFX_DMESG_TIME, "0123456789", "[ \\t]*\\d{4}-(?<mon>\\d\\d)-(?<day>\\d\\d)T(?<hh>\\d\\d):(?<mm>\\d\\d):"
	    "(?<ss>\\d\\d)(?<frac>,\\d{1,9})[+-]\\d\\d:?\\d\\d ", NULL },
	/* CI / journal short-iso / short-full timestamps at line start
	 * ("Sat 2022-12-17 12:01:07 UTC host kernel: "), GitLab's stream
	 * marker after its time ("2022-12-17T12:01:07.030390Z 00O ") */
	{ PFX_CI_TIME, "0123456789MTWFS", "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?"
	    "\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?"
	    "(?:Z|[+-]\\d\\d:?\\d\\d| (?:UTC|GMT|[A-Z]{1,3}[SD]?T))?[ \\t]+(?:[0-9a-f]{2}[OE](?:\\+[ \\t]*|[ \\t]+))?"
	    "(?:(?:[\\w.-]+ )?(?<prog>kernel): )?", NULL },
	/* Jenkins' timestamper: "[2022-12-17T12:01:07.030Z] ", or the time of day alone */
	{ PFX_CI_TIME, "[", "\\[\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)?\\][ \\t]*", NULL },
	/* ... also before journalctl's "kernel: " with the date and host cut
	 * away: "18:49:56 kernel: BUG: Bad page map in process ..." */
	{ PFX_CI_TIME, "0123456789", "\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d{1,9})?[ \\t]+(?:(?<prog>kernel): )?", NULL },
	/* syslog / journalctl: "Mar 10 12:00:00 host prog[pid]: " (host optional;
	 * a paste may indent it: " Mar 22 18:58:13 eric-air kernel: ") */
	{ PFX_SYSLOG, "ADFJMNOS", "[ \\t]*(?:[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? )"
	    "(?:[\\w.-]+ )?(?<prog>[^\\s:\\[\\]]+)(?:\\[\\d+\\])?: ?", NULL },
	/* ... with the month named in the reader's language, as journalctl
	 * prints it under LC_TIME: "déc. 03 ...", "дек 03 ...", "12月 03 ...",
	 * "Mär 03 ..." (other capitalised names are the row above's: most
	 * report lines start with a capital, and need not try this one); at
	 * the start of a line only: kernel messages often start with a word */
	{ PFX_SYSLOG_LOCALE, "abcdefghijklmnopqrstuvwxyzM0123456789\xc3\xc4\xc5\xce\xcf\xd0\xd1",
	    "[ \\t]*(?:(?:[a-z\\x{c0}-\\x{24f}\\x{370}-\\x{4ff}][a-zA-Z\\x{c0}-\\x{24f}\\x{370}-\\x{4ff}]{2,4}|M\\x{e4}r)\\.?|\\d{1,2}[\\x{6708}\\x{C6D4}]) +[ \\d]?\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? "
	    "(?:[\\w.-]+ )?(?<prog>[^\\s:\\[\\]]+)(?:\\[\\d+\\])?: ?", NULL },
	/* journalctl -o short-unix: "1671278467.123456 host kernel: " */
	{ PFX_SYSLOG, "123456789", "\\d{9,11}\\.\\d{6} [\\w.-]+ (?<prog>[^\\s:\\[\\]]+)(?:\\[\\d+\\])?: ?", NULL },
	/* journalctl with the time and host cut away: "kernel: WARNING: ..." (first prefix only) */
	{ PFX_JOURNAL, "k", "kernel: ", NULL },
	/* dmesg -x: "kern  :warn  : " */
	{ PFX_DMESG_X, "acdklmnsu", "[ \\t]*(?<fac>kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|"
	    "authpriv|ftp|local[0-7]) *:(?<flvl>emerg|alert|crit|err|warn|notice|"
	    "info|debug) *: ?", NULL },
	{ PFX_LEVEL, "<", "[ \\t]*<(?<lvl>\\d{1,3})>", NULL },
	/* printk time, optionally with the caller id: "[  14.1][ T347]", "[ 0.04 ][ T0 ]";
	 * dmesg -d adds the delta ("[    1.234567 <    0.000123>]"), journalctl
	 * -o short-monotonic the host and "kernel: " (the host cut away by some reporters) */
	{ PFX_PRINTK, "[", "[ \\t]*\\[ *(?<ts>\\d{1,12}\\.\\d{1,9})(?: *< *\\d{1,12}\\.\\d{1,9}>)? *\\]"
	    "(?: ?\\[ *(?<caller>[TC]\\d{1,7}) *\\])? ?(?:(?:[\\w.-]+ )?kernel: )?", NULL },
	/* dmesg -T (ctime): "[Mon Dec 17 12:01:07 2022] " */
	{ PFX_DMESG_TIME, "[", "[ \\t]*\\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<mon>[A-Z][a-z]{2}) +(?<day>\\d{1,2}) "
	    "(?<hh>\\d\\d):(?<mm>\\d\\d):(?<ss>\\d\\d) \\d{4}\\] ?", NULL },
	/* dmesg -H / --time-format reltime: "[Dec17 12:01] ", then "[  +0.000123] " */
	{ PFX_DMESG_TIME, "[", "[ \\t]*\\[(?<mon>[A-Z][a-z]{2})(?<day>\\d{1,2}) (?<hh>\\d\\d):(?<mm>\\d\\d)\\] ?", NULL },
	/* the delta alone ("[  +0.000123]", "[<    0.000123>]"), or a blanked stamp ("[ ]"):
	 * the time goes on from the line before */
	{ PFX_DMESG_TIME, "[", "[ \\t]*\\[ *(?:\\+(?<delta>\\d{1,12}\\.\\d{1,9})|< *(?<delta2>\\d{1,12}\\.\\d{1,9})>|) *\\] ?", NULL },
	{ PFX_CALLER, "[", "[ \\t]*\\[ *(?<caller>[TC]\\d{1,7}) *\\] ?", NULL },
	/* MediaTek's printk caller after the time: "(cpu)[pid:comm]", "(1)[10406:Thread-6]" */
	{ PFX_CALLER, "(", "[ \\t]*\\(\\d{1,4}\\)\\[\\d{1,7}:[^\\]]{1,24}\\] ?", NULL },
	/* Samsung's Android kernels after the time: "[cpu:comm:pid]", the
	 * comm right-aligned and free to hold a colon: "[4:     netbpfload:  825]" */
	{ PFX_CALLER, "[", "[ \\t]*\\[ *\\d{1,4}: *[^\\]]{1,16}: *\\d{1,7}\\] ?", NULL },
	/* Xen's own console, optionally with its time stamp */
	{ PFX_XEN, "(", "[ \\t]*\\(XEN\\) ?(?:\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\] ?)?", NULL },
	{ PFX_GUEST, "(", "[ \\t]*\\((?<dom>d\\d{1,5}(?:v\\d{1,4})?)\\) ?", NULL },
	{ PFX_DROPPED, "*", "\\*\\* \\d+ printk messages dropped \\*\\* ?", NULL },
};
const size_t kt_nprefix_forms = ARRAY_SIZE(kt_prefix_forms);
_Static_assert(ARRAY_SIZE(kt_prefix_forms) <= KT_MAX_PREFIX_FORMS, "raise KT_MAX_PREFIX_FORMS");
_Static_assert(KT_MAX_PREFIX_FORMS <= 32, "kt_prefix_first has a bit per form");
uint32_t kt_prefix_first[256];
/* kt_prefix_pair(): the mask of pair a, b at [a << 8 | b], valid once its
 * bit in pair_known is set (threads may derive one pair twice: the same) */
static uint32_t pair_mask[1 << 16];
static unsigned char pair_known[(1 << 16) / 8];

uint32_t
kt_prefix_pair(unsigned char a, unsigned char b)
{
	unsigned k = (unsigned)a << 8 | b;
	uint32_t first = kt_prefix_first[a], m = 0;
	char two[2] = { (char)a, (char)b };

	/* a non-ASCII byte would need the rest of its character: no refinement */
	if (!b || a >= 0x80 || b >= 0x80)
		return first;
	if (__atomic_load_n(&pair_known[k / 8], __ATOMIC_ACQUIRE) & (1u << (k % 8)))
		return __atomic_load_n(&pair_mask[k], __ATOMIC_RELAXED);
	for (size_t i = 0; i < kt_nprefix_forms; i++)
		if ((first >> i & 1) && kt_re_could_match(kt_prefix_forms[i].re, two, 2))
			m |= 1u << i;
	__atomic_store_n(&pair_mask[k], m, __ATOMIC_RELAXED);
	__atomic_fetch_or(&pair_known[k / 8], (unsigned char)(1u << (k % 8)), __ATOMIC_RELEASE);
	return m;
}

/*
 * kt_prefix_quad(): four bytes are too many for a table like pair_mask;
 * each thread remembers the masks of the starts it met last (a log's lines
 * start alike), in a small table indexed by a hash of the four bytes.
 */
static _Thread_local struct {
	uint32_t key, mask;
	bool set;
} quad_seen[1024];

uint32_t
kt_prefix_quad(const char *s)
{
	uint32_t key = 0, m, h;
	char four[KT_PREFIX_QUAD];

	memcpy(four, s, KT_PREFIX_QUAD);
	for (size_t i = 0; i < KT_PREFIX_QUAD; i++) {
		unsigned char c = (unsigned char)four[i];

		if (!c || c >= 0x80)	/* a character cut in two, or the end */
			return kt_prefix_pair((unsigned char)four[0], (unsigned char)four[1]);
		key = key << 8 | c;
	}
	h = (key * 2654435761u) >> 22;
	if (quad_seen[h].set && quad_seen[h].key == key)
		return quad_seen[h].mask;
	m = kt_prefix_pair((unsigned char)four[0], (unsigned char)four[1]);
	for (size_t i = 0; i < kt_nprefix_forms; i++)
		if ((m >> i & 1) && !kt_re_could_match(kt_prefix_forms[i].re, four, KT_PREFIX_QUAD))
			m &= ~(1u << i);
	quad_seen[h].key = key;
	quad_seen[h].mask = m;
	quad_seen[h].set = true;
	return m;
}
size_t kt_prefix_printk;
uint32_t kt_prefix_opening;

/*
 * The words the gates of the wrap forms test (struct wrap_gate).  Those of
 * a cut header are also what the skim looks for (kt_skim_literal);
 * "Hardware name: " is no header and only ever wrapped inside a report,
 * which is read whole anyway: the skim need not stop at every one; the
 * GPF header's longer cuts hold "probably for", which it already stops at.
 */
enum { WRAP_WARNING, WRAP_BUG, WRAP_FOR, WRAP_RANGE, WRAP_HEADER_WORDS, WRAP_HARDWARE = WRAP_HEADER_WORDS,
	WRAP_FOR_NON, WRAP_FOR_ADDRESS, WRAP_IN, WRAP_KASAN, WRAP_BIOS, WRAP_AT, WRAP_UNABLE, WRAP_TAINTED, WRAP_MODULES, WRAP_RIP, WRAP_PSW,
	WRAP_LOCK_AT, WRAP_WARNING_NEW, WRAP_NULL_POINTER, WRAP_OLD_PID, WRAP_AT_VIRTUAL, WRAP_KDUMP, WRAP_ADDRESS_END, WRAP_GPF, WRAP_INTERNAL, WRAP_SPACE_FOR, WRAP_UBSAN, WRAP_FLAGS, WRAP_PAGE_DUMPED, WRAP_CPU, WRAP_BAD_PAGE_MAP, WRAP_MCE_RIP, WRAP_UNHANDLED, WRAP_CODE, WRAP_WX };
static const char *const wrap_words[] = {
	[WRAP_WARNING] = "WARNING: CPU: ", [WRAP_BUG] = "kernel BUG at ",
	[WRAP_FOR] = "probably for", [WRAP_RANGE] = " in range", [WRAP_HARDWARE] = "Hardware name: ",
	[WRAP_FOR_NON] = "probably for non-", [WRAP_FOR_ADDRESS] = "probably for non-canonical address",
	[WRAP_IN] = " in", [WRAP_KASAN] = "BUG: KASAN: ", [WRAP_BIOS] = ", BIOS ",
	[WRAP_AT] = " at", [WRAP_UNABLE] = "Unable to handle kernel ",
	[WRAP_TAINTED] = " Tainted:", [WRAP_MODULES] = "Modules linked in:",
	[WRAP_RIP] = "RIP:", [WRAP_PSW] = "Krnl PSW : ",
	[WRAP_LOCK_AT] = "}, at:", [WRAP_WARNING_NEW] = "WARNING: ",
	[WRAP_NULL_POINTER] = "NULL pointer",
	[WRAP_OLD_PID] = "Pid: ", [WRAP_AT_VIRTUAL] = " at virtual", [WRAP_KDUMP] = " Kdump:",
	[WRAP_ADDRESS_END] = " address:", [WRAP_GPF] = "general protection fault",
	[WRAP_INTERNAL] = "Internal error: ", [WRAP_SPACE_FOR] = " for", [WRAP_UBSAN] = "UBSAN: ",
	[WRAP_FLAGS] = "flags:", [WRAP_PAGE_DUMPED] = "page dumped because: ", [WRAP_CPU] = "CPU: ",
	[WRAP_BAD_PAGE_MAP] = "BUG: Bad page map in process ", [WRAP_MCE_RIP] = "mce: [Hardware Error]: RIP ",
	[WRAP_UNHANDLED] = "Unhandled ",
	[WRAP_CODE] = "Code: ",
	[WRAP_WX] = "Found insecure W+X mapping at address",
};

/* By its first byte, rare in a line (an upper-case letter or a blank
 * before one): cheaper than memmem()'s set-up for lines this short. */
static bool
holds_word(const char *text, size_t len, int w)
{
	const char *word = wrap_words[w], *end = text + len;
	size_t n = strlen(word);

	for (const char *p = text; (size_t)(end - p) >= n && (p = memchr(p, word[0], (size_t)(end - p) - n + 1)); p++)
		if (!memcmp(p, word, n))
			return true;
	return false;
}

static bool
ends_with_word(const char *text, size_t len, int w)
{
	size_t n = strlen(wrap_words[w]);

	return len >= n && !memcmp(text + len - n, wrap_words[w], n);
}

static bool
starts_with_word(const char *text, int w)
{
	return !strncmp(text, wrap_words[w], strlen(wrap_words[w]));
}

/* Whether the line ends inside a module's "[name build-id]": a '[' after
 * the last ']' (a frame cut before its build id). */
static bool
module_left_open(const char *text, size_t len)
{
	const char *open = memrchr(text, '[', len);

	return open && open > text && open[-1] == ' ' && !memchr(open, ']', len - (size_t)(open - text));
}

/* A byte as struct wrap_gate's `last` names it. */
static char
byte_class(char c)
{
	return c >= '0' && c <= '9' ? '#' : c >= 'A' && c <= 'Z' ? 'A' : c;
}

/* Per byte, the wrap forms whose gate admits a line ending in it, and
 * a line whose first non-blank byte it is (bit i: kt_wrap_forms[i]). */
static uint64_t wrap_by_last[256], wrap_by_first[256];
static uint64_t wrap_timed_too;		/* the forms whose continuation may be timed */

static void
wrap_gate_masks(void)
{
	for (size_t i = 0; i < kt_nwrap_forms; i++) {
		const struct wrap_gate *g = &kt_wrap_forms[i].gate;

		if (kt_wrap_forms[i].timed_too)
			wrap_timed_too |= UINT64_C(1) << i;
		for (unsigned b = 0; b < 256; b++) {
			if (!g->last || (b && strchr(g->last, byte_class((char)b))))
				wrap_by_last[b] |= UINT64_C(1) << i;
			if (g->starts < 0 || (unsigned char)wrap_words[g->starts][0] == b)
				wrap_by_first[b] |= UINT64_C(1) << i;
		}
	}
}

/*
 * A line whose last word is a function's bare name (decode_stacktrace.sh
 * drops the offset) with nothing but blanks and a "?" before it, or a
 * source location ("mm/x.c:12 func"): what the decoded-frame wrap form's
 * pattern asks, tested without a regex on the many lines that end in a
 * word (every frame with an offset is out at its '+').
 */
static bool
function_last(const char *text, size_t len)
{
	size_t word = len, i;

	while (word && text[word - 1] != ' ' && text[word - 1] != '\t')
		word--;
	if (word == len || !(isalpha((unsigned char)text[word]) || text[word] == '_') ||
	    memchr(text + word, '+', len - word))
		return false;
	for (i = word; i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '?'); i--)
		;
	if (!i)
		return true;
	while (i > 0 && isdigit((unsigned char)text[i - 1]))
		i--;
	return i >= 3 && text[i - 1] == ':' && text[i - 3] == '.' && strchr("chS", text[i - 2]);
}

/* An unreliable frame's "?" alone on its line (its blanks before it). */
static bool
lone_question(const char *text, size_t len)
{
	return kt_blank_run(text, len) + 1 == len;
}

/* Lines a report pulls back from just before its header, per header family. */
/* Each with an example from a real report where the cut hid the header. */
/* Does the line end with a register's value and the next register's name
 * ("... 900000010edbc000 sp", "... ffffffda23b0d000 cause:")?  Checked
 * from the end, before any regex runs on the line. */
static bool
register_name_last(const char *text, size_t len)
{
	size_t i = len, name, hex;

	if (i && text[i - 1] == ':') {
		i--;
		if (i && text[i - 1] == ' ')
			i--;
	}
	for (name = 0; i && isalnum((unsigned char)text[i - 1]); i--)
		name++;
	if (!name || name > 8 || !i || !isalpha((unsigned char)text[i]) || (text[i - 1] != ' ' && text[i - 1] != '\t'))
		return false;
	while (i && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	for (hex = 0; i && isxdigit((unsigned char)text[i - 1]) && !isupper((unsigned char)text[i - 1]); i--)
		hex++;
	/* a whole word of hex digits, as the pattern wants it */
	return hex >= 8 && hex <= 16 && !(i && isalnum((unsigned char)text[i - 1]));
}

struct wrap_form kt_wrap_forms[] = {
	/* a long line continued after " \" on an indented line, as commit
	 * messages quote them (first: any line may end so, whatever
	 * else it is cut like): "general protection fault, probably for
	 * non-canonical address \" + "  0x200000000000010: 0000 [#1] PREEMPT SMP
	 * DEBUG_PAGEALLOC PTI" (corpus/x86/sweep-ftrace-register-direct-fail-gpf-blank-timestamps.log) */
	{ "\\s\\\\$", "^\\s+\\S", " ", NULL, NULL, false,
	    { "\\", 12, -1, -1, { -1, -1 }, -1, NULL }, true },
	/* "WARNING: CPU: 2 PID: 12458 at arch/x86/mm/pat/memtype.c:1002" +
	 * "get_pat_info+0x4b6/0x5c0 ..." (syzbot mail; occurrence 2 of
	 * x86-pat-fork-fail-untrack-pfn-no-ptes) */
	/* cut twice: "WARNING: CPU: 2 PID: 2987 at" + "arch/x86/kvm/../../../virt/kvm/kvm_main.c:173"
	 * + "kvm_is_zone_device_pfn.part.0+0x9e/0xd0" (occurrence 3 of
	 * kvm-x86-tdp-mmu-yield-restart-skips-spte): the path, then the function */
	/* an indented splat cut after "mmu.c:7015" goes on indented (the fix of
	 * kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn); cut after
	 * "at", the path and the function go on together: "WARNING: CPU: 0 PID:
	 * 0 at" + "arch/x86/include/asm/kfence.h:46 kfence_protect+0x7b/0x120"
	 * (LKFT's report, the Test-Log of x86-cpa-no-change-skips-force-split-kfence-init-warn) */
	/* (syzbot's decoded header an inlined function with its source: "WARNING: CPU: 1
	 * PID: 5288 at arch/x86/include/asm/pgtable.h:403" + "pte_uffd_wp
	 * arch/x86/include/asm/pgtable.h:403 [inline]", a wrap at 72 columns of an
	 * occurrence of uffd-wp-close-leftover-pte-bits-writable-warn) */
	/* (a decoded header names the function bare, a module's the module alone:
	 * "arch/x86/mm/dump_pagetables.c:248 note_page", "arch/x86/kvm/../../../virt/
	 * kvm/kvm_main.c:173 [kvm]", a wrap at 72 columns in tests/measure-robustness) */
	{ "WARNING: CPU: \\d+ PID: \\d+ at(?: \\S+:\\d+)?$",
	    "^\\s*(?:[\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+|[\\w.-]+(?:/[\\w.-]+)+\\.\\w+:\\d+(?: [\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+.*| [A-Za-z_][\\w.$]*\\w)?(?: \\[\\w+\\])?\\s*$|"
	    "[A-Za-z_][\\w.$]*\\w \\((?:\\S+/)?\\S+\\.[chS]:\\d+|[A-Za-z_][\\w.$]*\\w (?:\\S+/)?\\S+\\.[chS]:\\d+ \\[inline\\]\\s*$)",
	    " ", NULL, NULL, false,
	    { "t#", 12, -1, -1, { WRAP_WARNING, -1 }, -1, NULL }, false },
	/* x86's NULL-pointer header cut before its address: "BUG: kernel NULL pointer
	 * dereference, address:" + "00000000000000a0" (the same log); and its page
	 * fault header: "BUG: unable to handle page fault for address:" +
	 * "fffffbc00012de04" (a wrap at 72 columns, tests/measure-robustness) */
	{ "BUG: (?:kernel NULL pointer dereference,|unable to handle page fault for) address:$", "^[0-9a-f]{8,16}\\s*$",
	    " ", NULL, NULL, false,
	    { ":", 12, -1, WRAP_ADDRESS_END, { -1, -1 }, -1, NULL }, false },
	/* ... or before "dereference": "BUG: kernel NULL pointer" + "dereference,
	 * address: 0000000000000008" (a journal paste in the driver sweep,
	 * corpus/x86/sweep-ttm-resource-init-bulk-move-null-journal-wrapped.log) */
	{ "BUG: kernel NULL pointer$", "^dereference, address: [0-9a-f]{8,16}\\s*$", " ", NULL, NULL, false,
	    { "r", 12, -1, WRAP_NULL_POINTER, { -1, -1 }, -1, NULL }, false },
	/* the newer header, cut after "at": "WARNING: arch/x86/mm/fault.c:1276 at" +
	 * "do_user_addr_fault+0x18a/0x680, CPU#4: devlink/6490" (the recent
	 * sweep's corpus/x86/sweep-mlx5-ipsec-complete-all-fault-warn-wrapped-newfmt-header-excerpt.log) */
	{ "WARNING: \\S+:\\d+ at$", "^\\s*[\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+", " ", NULL, NULL, false,
	    { "t", 12, -1, WRAP_AT, { WRAP_WARNING_NEW, -1 }, -1, NULL }, false },
	/* "WARNING: CPU: 11 PID: 45522 at arch/powerpc/net/" + "bpf_jit_comp.c:961
	 * __arch_prepare_bpf_trampoline.isra.0+0xdc8/0xfe0" (occurrence 2 of
	 * ppc-bpf-trampoline-size-underestimate-warn): a path cut at a slash */
	{ "(?:WARNING: CPU: \\d+ PID: \\d+ at|kernel BUG at) \\S*/$", "^[\\w.-]+(?:/[\\w.-]+)*\\.\\w+:\\d+", "", NULL, NULL, false,
	    { "/", 12, -1, -1, { WRAP_WARNING, WRAP_BUG }, -1, NULL }, false },
	/* the task line cut inside "Kdump: loaded": "CPU: 22 UID: 0 PID: 1948 Comm:
	 * systemd-udevd Kdump:" + "loaded Tainted: G    B   6.18.0-rc5-next-20251112 #1"
	 * (the boards sweep's corpus/powerpc/sweep-power11-next-btrfs-...: no release) */
	{ "CPU: \\d+ (?:UID: \\d+ )?PID: \\d+ Comm: .* Kdump:$", "^loaded (?:Not tainted|Tainted: )", " ", NULL, NULL, false,
	    { ":", 12, -1, WRAP_KDUMP, { -1, -1 }, -1, NULL }, false },
	/* the old task line (before 2.6.36) cut before its release: "Pid: 343, comm:
	 * kksmd Not tainted" + "(2.6.28-rc5-linus-head-20081119-sparsemem #1) X7DWA"
	 * (corpus/x86/sweep-i386-2.6.28-ksm-v2-get-pte-missing-unmap-kmap-atomic-bug.log) */
	{ "^\\s*Pid: \\d+, comm: .* (?:Not tainted|Tainted: [A-Z ]+)$", "^\\(\\d+\\.\\d+[^\\s)]* #\\d+\\)", " ", NULL, NULL, false,
	    { "dA", 12, WRAP_OLD_PID, -1, { -1, -1 }, -1, NULL }, false },
	/* "Oops: general protection fault, probably for" + "non-canonical address
	 * 0xdffffc0000000001: 0000 [#1] ..." (occurrence 3 of
	 * static-call-del-module-init-failure-gp) */
	/* (a canonical address: "general protection fault, maybe for" + "address
	 * 0xffff88816c028040: 0000 [#1] ...", a wrap at 72 columns) */
	{ "general protection fault, (?:probably|maybe) for$", "^(?:non-canonical )?address ", " ", NULL, NULL, false,
	    { "r", 12, -1, WRAP_SPACE_FOR, { WRAP_GPF, -1 }, -1, NULL }, false },
	/* ... or before its error code: "Oops: general protection fault, kernel NULL
	 * pointer dereference 0x1:" + "0000 [#1] SMP NOPTI" (the same wrap) */
	{ "general protection fault\\b.*:$", "^[0-9a-f]{4} \\[#\\d+\\]", " ", NULL, NULL, false,
	    { ":", 12, -1, -1, { WRAP_GPF, -1 }, -1, NULL }, false },
	/* arm64's die() line cut before its count: "Internal error: UBSAN: array index
	 * out of bounds: 00000000f2005512" + "[#1] PREEMPT SMP" (the same wrap) */
	{ "^\\s*Internal error: .*: [0-9a-f]{8,16}$", "^\\[#\\d+\\]", " ", NULL, NULL, false,
	    { "#abcdef", 12, WRAP_INTERNAL, -1, { -1, -1 }, -1, NULL }, false },
	/* "general protection fault, probably for non-canonical address" +
	 * "0xdead000000000122: 0000 [#1] PREEMPT SMP NOPTI" (the KVM
	 * direct_page_fault race quoted in a stable review, occurrence 3 of
	 * kvm-x86-tdp-mmu-fault-zap-oldest-shadow-pages-read-lock-race) */
	{ "general protection fault, probably for non-canonical address$", "^0x[0-9a-f]+: [0-9a-f]{4} \\[#\\d+\\]",
	    " ", NULL, NULL, false,
	    { "s", 12, -1, WRAP_FOR_ADDRESS, { -1, -1 }, -1, NULL }, false },
	/* cut inside the word: "... probably for non-" + "canonical address 0x...: 0000 [#1]"
	 * (corpus/x86/btusb-hci-unregister-gpf-mail-wrapped-non-canonical.log) */
	{ "general protection fault, probably for non-$", "^canonical address 0x[0-9a-f]+: ", "", NULL, NULL, false,
	    { "-", 12, -1, WRAP_FOR_NON, { -1, -1 }, -1, NULL }, false },
	/* "Hardware name: QEMU Standard PC (Q35 + ICH9," + "2009), BIOS 0.0.0 02/06/2015"
	 * (occurrence 3 of kvm-x86-tdp-mmu-yield-restart-skips-spte) */
	{ "^\\s*Hardware name: .*,$", "^\\S", " ", NULL, NULL, false,
	    { ",", 0, WRAP_HARDWARE, -1, { -1, -1 }, -1, NULL }, false },
	/* cut after the board's "/": "Hardware name: Intel(R) Client Systems NUC12WSHi7/" +
	 * "NUC12WSBi7, BIOS ..." (corpus/x86/btusb-hci-unregister-gpf-mail-wrapped-non-canonical.log) */
	{ "^\\s*Hardware name: \\S.*/$", "^\\S", "", NULL, NULL, false,
	    { "/", 0, WRAP_HARDWARE, -1, { -1, -1 }, -1, NULL }, false },
	/* a frame's module with its build id cut off: "btusb_disconnect+0x67/0x170 [btusb" +
	 * "ce322bda915639979ec31f72a2b85eb752188d36]" (the same log) */
	{ "\\+0x[0-9a-f]+/0x[0-9a-f]+ \\[\\w+$", "^[0-9a-f]{40}\\]", " ", NULL, NULL, false,
	    { "#Aabcdefghijklmnopqrstuvwxyz_", 12, -1, -1, { -1, -1 }, -1, module_left_open }, false },
	/* "KASAN: null-ptr-deref in range" + "[0x0000000000000008-0x000000000000000f]" (the same) */
	{ "KASAN: [\\w-]+ in range$", "^\\[0x[0-9a-f]+-0x[0-9a-f]+\\]", " ", NULL, NULL, false,
	    { "e", 12, -1, WRAP_RANGE, { -1, -1 }, -1, NULL }, false },
	/* "BUG: KASAN: vmalloc-out-of-bounds in" + "hugepage_has_attrs+0x1ad/0x1d0 [kvm]"
	 * (occurrence 2 of kvm-x86-lpage-info-mixed-attr-overflow, Thunderbird) */
	{ "BUG: KASAN: [\\w-]+ in$", "^[\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+", " ", NULL, NULL, false,
	    { "n", 12, -1, WRAP_IN, { WRAP_KASAN, -1 }, -1, NULL }, false },
	/* UBSAN's header cut before its location: "UBSAN: misaligned-access in" +
	 * "arch/arm64/net/bpf_jit_comp.c:2571:3" (a wrap at 72 columns,
	 * tests/measure-robustness) */
	{ "^\\s*UBSAN: [\\w-]+ in$", "^(?:\\S+/)?\\S+\\.[chS]:\\d+", " ", NULL, NULL, false,
	    { "n", 12, WRAP_UBSAN, WRAP_IN, { -1, -1 }, -1, NULL }, false },
	/* a page dump's flags or reason cut inside its parentheses: "page dumped
	 * because: VM_BUG_ON_PAGE(compound &&" + "!PageHead(page))" (the same
	 * wrap); or its flags after the label: "flags:" +
	 * "0xfff00000080204(referenced|workingset|mlocked|node=0|zone=1|...)" */
	{ "^\\s*flags: 0x[0-9a-f]+\\((?:[^()]|\\([^()]*\\))*[^()\\s]$", "^[^()]*(?:\\([^()]*\\)[^()]*)*\\)",
	    " ", NULL, NULL, false,
	    { NULL, 12, WRAP_FLAGS, -1, { -1, -1 }, -1, NULL }, false },
	{ "^\\s*page dumped because: .*\\((?:[^()]|\\([^()]*\\))*[^()\\s]$", "^[^()]*(?:\\([^()]*\\)[^()]*)*\\)",
	    " ", NULL, NULL, false,
	    { NULL, 12, WRAP_PAGE_DUMPED, -1, { -1, -1 }, -1, NULL }, false },
	{ "^\\s*flags:$", "^0x[0-9a-f]+\\(", " ", NULL, NULL, false,
	    { ":", 0, WRAP_FLAGS, WRAP_FLAGS, { -1, -1 }, -1, NULL }, false },
	/* arm64's unhandled exception cut before its ESR class: "Unhandled 64-bit el1h
	 * sync exception on CPU0, ESR 0x0000000034000002 --" + "BTI" (a wrap at 72
	 * columns of arm64-bpf-trampoline-bti-return-blr's log, tests/measure-robustness) */
	{ "^\\s*Unhandled (?:32|64)-bit el[01][ht]? (?:sync|irq|fiq|error) exception on CPU\\d+, ESR 0x[0-9a-f]+ --$",
	    "^[A-Z][\\w/ ().-]{0,40}$", " ", NULL, NULL, false,
	    { "-", 12, WRAP_UNHANDLED, -1, { -1, -1 }, -1, NULL }, false },
	/* a bad page map's header cut before its pmd: "BUG: Bad page map in process
	 * syz-executor332  pte:fffff8ce8c120" + "pmd:79462067" (a wrap at 72 columns
	 * of x86-set-ptes-protnone-inverted-pfn-bad-page-map's log, tests/measure-robustness) */
	{ "^\\s*BUG: Bad page map in process .* pte:[0-9a-f]+$", "^pmd:[0-9a-f]+", " ", NULL, NULL, false,
	    { "#abcdef", 12, WRAP_BAD_PAGE_MAP, -1, { -1, -1 }, -1, NULL }, false },
	/* arm64: "Unable to handle kernel NULL pointer dereference at" + "virtual
	 * address 0000000000000010" (CKI's report quoted in a look-alike of
	 * arm64-bpf-trampoline-bti-return-blr) */
	/* (powerpc's goes on with the address alone: "BUG: Unable to handle kernel data
	 * access at" + "0xfe205150", corpus/powerpc/sweep-bz204819-g4-kasan-module-shadow-syslog-wrapped.log) */
	{ "Unable to handle kernel [\\w ]+ at$", "^virtual address [0-9a-f]+|^0x[0-9a-f]+\\s*$", " ", NULL, NULL, false,
	    { "t", 12, -1, WRAP_AT, { WRAP_UNABLE, -1 }, -1, NULL }, false },
	/* ... or inside "virtual address" (the LKFT report above) */
	{ "Unable to handle kernel [\\w ]+ at virtual$", "^address [0-9a-f]+", " ", NULL, NULL, false,
	    { "l", 12, -1, WRAP_AT_VIRTUAL, { WRAP_UNABLE, -1 }, -1, NULL }, false },
	/* "Hardware name: Oracle Corporation ORACLE SERVER X9-2c/TLA,MB" +
	 * "TRAY,X9-2c, BIOS 66090600 08/23/2023" (the same log): cut anywhere
	 * before the ", BIOS " the kernel prints, which goes on the next line */
	/* (powerpc's goes on with the processor and firmware: "Hardware name:
	 * IBM,9080-HEX Power11 (architected)" + "0x820200 0xf000007
	 * of:IBM,FW1110.01 (NH1110_069) hv:phyp pSeries", the recent sweep's
	 * corpus/powerpc/sweep-ppc64-next-ftrace-init-ool-stub-...) */
	{ "^\\s*Hardware name: (?!.*, BIOS(?: |$)).*\\S$", "^\\S.*, BIOS \\S|^0x[0-9a-f]+ (?:0x[0-9a-f]+ )?(?:of|opal):", " ", NULL, NULL, false,
	    { NULL, 0, WRAP_HARDWARE, -1, { -1, -1 }, WRAP_BIOS, NULL }, false },
	/* or right after it: "Hardware name: Supermicro SYS-5019S-ML/X11SSH-F, BIOS" +
	 * "2.0b 07/27/2017" (LKFT's report, a look-alike of mremap-uffd-failed-move-recovery-pmd-warn) */
	{ "^\\s*Hardware name: .*, BIOS$", "^\\S+(?: \\S+)* \\d\\d/\\d\\d/\\d{4}\\s*$", " ", NULL, NULL, false,
	    { NULL, 0, WRAP_HARDWARE, -1, { -1, -1 }, WRAP_BIOS, NULL }, false },
	/* the module list, wrapped by mail (lines without a time of their own)
	 * and split by printk (a record that starts with a blank): every piece
	 * is module names, taint flags and "[last unloaded: x]" (occurrence 2
	 * of kvm-x86-nx-recovery-smm-shadow-page-wrong-memslot-warn, dmesg -T) */
	{ "^\\s*Modules linked in:.*$",
	    "^\\s*[\\w.-]+(?:\\([A-Z+-]+\\))*(?: +[\\w.-]+(?:\\([A-Z+-]+\\))*)*(?: +\\[last unloaded: [\\w.-]+\\])?\\s*$",
	    " ", NULL, NULL, true,
	    { NULL, 0, WRAP_MODULES, -1, { -1, -1 }, -1, NULL }, false },
	/* the registers' RIP and an unreliable frame's "?" left alone on their
	 * line ("RIP:" + "0010:kvm_nx_huge_page_recovery_worker+0x38c/0x3d0 [kvm]",
	 * "?" + "__pfx_kvm_nx_huge_page_recovery_worker+0x10/0x10 [kvm]", the same log) */
	{ "\\bRIP:$", "^[0-9a-f]{4}:[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+/0x[0-9a-f]+", " ", NULL, NULL, false,
	    { ":", 0, -1, WRAP_RIP, { -1, -1 }, -1, NULL }, false },
	/* x86's older RIP line cut after its two addresses: "RIP: e030:[<ffffffff816271bf>]
	 * [<ffffffff816271bf>]" + "vmalloc_fault+0x11f/0x208" (a wrap at 72 columns of
	 * x86-vmalloc-fault-lazy-mmu-paravirt's log, tests/measure-robustness) */
	{ "^\\s*RIP: [0-9a-f]{4}:\\[<[0-9a-f]+>\\]\\s+\\[<[0-9a-f]+>\\]$", "^[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+/0x[0-9a-f]+",
	    " ", NULL, NULL, false,
	    { "]", 0, WRAP_RIP, -1, { -1, -1 }, -1, NULL }, false },
	/* a machine check's RIP cut before its symbol: "mce: [Hardware Error]: RIP
	 * 10:<ffffffff8372f8bc>" + "{memchr_inv+0x4c/0xf0}" (the same, of
	 * thp-split-poison-zeropage-scan-second-mce's log) */
	{ "^\\s*mce: \\[Hardware Error\\]: RIP [0-9a-f]+:<[0-9a-f]+>$", "^\\{[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+/0x[0-9a-f]+\\}",
	    " ", NULL, NULL, false,
	    { ">", 0, WRAP_MCE_RIP, -1, { -1, -1 }, -1, NULL }, false },
	{ "^\\s*\\?$", "^[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+/0x[0-9a-f]+", " ", NULL, NULL, false,
	    { "?", 0, -1, -1, { -1, -1 }, -1, lone_question }, false },
	/* powerpc's frame, its two addresses left alone by a wrap at 72 columns:
	 * "[c00000000d0dfa60] [c00000000003c10c]" + "patch_instruction+0x4c/0x70
	 * (unreliable)" (tests/measure-robustness mailwrap) */
	{ "^\\s*\\[[0-9a-f]{8,16}\\] \\[[0-9a-f]{8,16}\\]$", "^[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+/0x[0-9a-f]+",
	    " ", NULL, NULL, false,
	    { "]", 0, -1, -1, { -1, -1 }, -1, NULL }, false },
	/* a decoded frame cut before its source: "[ 158.117492][ T8416] insn_fetch_from_user"
	 * + "(arch/x86/lib/insn-eval.c:1476 arch/x86/lib/insn-eval.c:1505)" (the same
	 * wrap of occurrence 3 of x86-kasan-cea-percpu-shadow-gdt-get-desc-fault) */
	{ "(?:^\\s*(?:\\?\\s+)?|\\.[chS]:\\d+ )[A-Za-z_][\\w.$]*\\w$", "^\\((?:\\S+/)?\\S+\\.[chS]:\\d+[ )]",
	    " ", NULL, NULL, false,
	    { "#Aabcdefghijklmnopqrstuvwxyz_", 0, -1, -1, { -1, -1 }, -1, function_last }, false },
	/* s390's PSW line cut by an 80-column console before its symbol, then
	 * inside it: "Krnl PSW : 0704d00180000000 000000009df4a85a" +
	 * "(usercopy_abort+0xaa" + "/0xb0)" (Zorro Lang's report, the Test-Log of
	 * usercopy-vmalloc-check-vm-map-ram-no-area-bug) */
	{ "^\\s*Krnl PSW : [0-9a-f]{16} [0-9a-f]{16}$", "^\\([A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+", " ", NULL, NULL, false,
	    { NULL, 0, WRAP_PSW, -1, { -1, -1 }, -1, NULL }, false },
	{ "^\\s*Krnl PSW : [0-9a-f]{16} [0-9a-f]{16} \\([A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+$", "^/0x[0-9a-f]+\\)", "", NULL, NULL,
	    false,
	    { NULL, 0, WRAP_PSW, -1, { -1, -1 }, -1, NULL }, false },
	/* lockdep's held locks, cut after "at:" or after the function that took
	 * the lock: " #0: ffff888024542110 (sk_lock-AF_PACKET){+.+.}, at:" +
	 * "packet_setsockopt+0xdf1/0x2d90 net/packet/af_packet.c:3678", " #2: ...
	 * (free_vmap_area_lock){+.+.}, at: spin_lock" + "include/linux/spinlock.h:338
	 * [inline]" (syzbot's mail of the kasan_release_vmalloc sleep in
	 * corpus/x86/sweep-kasan-release-vmalloc-pte-alloc-sleep.log): left
	 * apart, the continuations read as a call trace before the real one */
	/* (lockdep's lock lines without a number, before its "but task is already
	 * holding": "ffffffffabe68910 (cpu_hotplug_lock){++++}-{0:0}, at:" +
	 * "static_key_slow_dec+0x16/0x60", a mail client's wrap at 72 columns) */
	{ "^\\s*(?:#\\d+: )?[0-9a-f]+ \\(.*\\)\\{[^}]*\\}(?:-\\{\\d+:\\d+\\})?, at:$",
	    "^[A-Za-z_.$][\\w.$]*(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?(?: (?:\\S+/)?\\S+\\.[chS]:\\d+(?: \\[inline\\])?)?\\s*$",
	    " ", NULL, NULL, false,
	    { ":", 12, -1, WRAP_LOCK_AT, { -1, -1 }, -1, NULL }, false },
	{ "^\\s*(?:#\\d+: )?[0-9a-f]+ \\(.*\\)\\{[^}]*\\}(?:-\\{\\d+:\\d+\\})?, at: [A-Za-z_.$][\\w.$]*(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?$",
	    "^(?:\\S+/)?\\S+\\.[chS]:\\d+(?: \\[inline\\])?\\s*$", " ", NULL, NULL, false,
	    { "#Aabcdefghijklmnopqrstuvwxyz_", 12, -1, -1, { WRAP_LOCK_AT, -1 }, -1, NULL }, false },
	/* a task banner cut after "Tainted:": "CPU: 56 PID: 8037 Comm: numa01 Kdump:
	 * loaded Tainted:" + "G            E      6.7.0-rc4+ #20" (a look-alike of
	 * hugetlb-migrate-large-rmappable-undo-deferred-list-oops), or among its
	 * flags: "... Tainted: G" + "W          6.1.0-rc2+ #1" (occurrence 2 of
	 * thp-split-tail-private-not-cleared-warn) */
	/* (a syslog paste indents the rest: "... Tainted: G" + "   W         5.3.0-rc8 #3",
	 * the same log) */
	{ "\\bCPU: \\d+ PID: \\d+ .*Tainted:(?: +[A-Z])*$", "^\\s*[A-Z](?: +[A-Z])* +\\d", " ", NULL, NULL, false,
	    { ":A", 12, -1, -1, { WRAP_TAINTED, -1 }, -1, NULL }, false },
	/* ... or cut before its release, after the taint: "CPU: 0 UID: 0 PID: 6221
	 * Comm: syz.2.42 Not tainted" + "6.16.0-syzkaller-11741-g5998f2bca43e #0
	 * PREEMPT(full)" (a mail client's wrap at 72 columns; tests/measure-robustness
	 * mailwrap); the release is what the banner is read for */
	/* (the wrap may leave the blanks of the taint column behind: "... Tainted:
	 * G        W      " + "5.14.1-67-server #67.3"; or cut inside the column:
	 * "... Tainted: G   " + "        E       6.16.0-rc3-pioneer #2025.06.24.16.00+074b194ff
	 * VOLUNTARY", a wrap at 72 columns of occurrence 3 of
	 * riscv-ftrace-init-nop-module-patch-no-text-mutex-fixmap-race) */
	{ "^\\s*CPU: \\d+ (?:UID: \\d+ )?PID: \\d+ Comm: .*(?:Not tainted|Tainted: [A-Z](?: +[A-Z])*) *$",
	    "^\\s*(?:[A-Z](?: +[A-Z])* +)?\\d+\\.\\d+\\.\\d+\\S*(?: #|\\s*$)", " ", NULL, NULL, false,
	    { "dA ", 12, WRAP_CPU, -1, { -1, -1 }, -1, NULL }, false },
	/* ... or inside "Not tainted": "CPU: 13 PID: 6734 Comm: qemu-kvm Kdump: loaded
	 * Not" + "tainted 6.6.33+ #6" (the same wrap) */
	{ "^\\s*CPU: \\d+ (?:UID: \\d+ )?PID: \\d+ Comm: .* Not$", "^tainted \\d+\\.\\d+", " ", NULL, NULL, false,
	    { "t", 12, WRAP_CPU, -1, { -1, -1 }, -1, NULL }, false },
	/* a register dump cut after a register's name, its value on the next
	 * line (register_name_last): riscv's "status: 0000000200000100 badaddr: ffffffda23b0d000
	 * cause:" + "000000000000000c" (the cause is the access type), arm64's
	 * "x29: ffff800080003d80 x28:" + "ffff0000c1a2b000" (a mail client's wrap
	 * at 72 columns, tests/measure-robustness mailwrap) */
	/* (LoongArch names its registers without a colon: "pc 90000000004eaf1c ra
	 * 9000000000485538 tp 900000010edbc000 sp" + "900000010edbf940") */
	{ "(?:^|[^0-9A-Za-z])[0-9a-f]{8,16}[ \\t]+[A-Za-z][A-Za-z0-9]{0,7}(?: ?:)?$", "^[0-9a-f]{8,16}\\s*$", " ", NULL, NULL, false,
	    { NULL, 12, -1, -1, { -1, -1 }, -1, register_name_last }, false },
	/* the code bytes cut anywhere: "Code: 24 78 00 00 ... 48 8b b4 24 b8 00 00 00" +
	 * "48 8b bc 24 b0 00 00 00 48 89 bc 24 80 00 00 00 48 83 ef 05 <65> 48 c1" +
	 * "3d 1f a8 b6 02 05 ..." (a wrap at 72 columns of the Test-Log of
	 * x86-ftrace-dyn-trampoline-percpu-riprel-calldepth, tests/measure-robustness
	 * mailwrap): a line of code bytes alone is no line the kernel prints */
#define CODE_WORD "[<(]?[0-9a-f]{2}(?:[0-9a-f]{2}){0,3}[>)]?"	/* "48", "<65>", "d503201f", "(b9400000)" */
	{ "^\\s*Code: (?:" CODE_WORD " )*" CODE_WORD "$",
	    "^(?:" CODE_WORD " )*" CODE_WORD "\\s*$", " ", NULL, NULL, false,
	    { "#abcdef>)", 12, WRAP_CODE, -1, { -1, -1 }, -1, NULL }, false },
	/* ptdump's W+X warning cut before its address: "x86/mm: Found insecure W+X
	 * mapping at address" + "ffffc90000014000/0xffffc90000014000" (a wrap at 72
	 * columns of hyperv-x86-wx-hypercall-vmalloc's untimed Test-Log,
	 * tests/measure-robustness mailwrap); the signatures read the address */
	{ "Found insecure W\\+X mapping at address$",
	    "^(?:0x[0-9a-f]+|[0-9a-f]{8,16}/0x[0-9a-f]+|\\(____ptrval____\\)/0x[0-9a-f]+|[\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+)\\s*$",
	    " ", NULL, NULL, false,
	    { "s", 12, -1, WRAP_WX, { -1, -1 }, -1, NULL }, false },
};
const size_t kt_nwrap_forms = ARRAY_SIZE(kt_wrap_forms);
_Static_assert(ARRAY_SIZE(kt_wrap_forms) <= 64, "one bit per wrap form (wrap_by_last, wrap_by_first)");
/*
 * Any other quoted, timestamped line a mail client broke at a blank (RFC 3676
 * format=flowed keeps the blank at the end of the line): it goes on in the
 * next line without a timestamp of its own (occurrence 2 of
 * ppc-bpf-trampoline-size-underestimate-warn: "[sp] [pc] " + "func+0x../0x..",
 * "Modules linked in: ... veth(E) " + "bonding(E) ...").
 */
struct wrap_form kt_flowed_wrap = { NULL, "^\\S", " ", NULL, NULL, false, { NULL, 0, -1, -1, { -1, -1 }, -1, NULL }, false };
/*
 * Any other timestamped line a mail client cut at its wrap width, when the
 * next line has no timestamp of its own and starts with the word that did
 * not fit (the line reader decides, without a pattern: lines.c mail_cut_*).  Seen with the
 * wrap widths of mail clients (72-80 columns): "vm_area at addr
 * ffffffffc0800000 is not marked as" + "VM_IOREMAP", "... pmd=...," +
 * "pte=0000000000000000".
 */
struct wrap_form kt_mailcut_wrap = { NULL, NULL, " ", NULL, NULL, false, { NULL, 0, -1, -1, { -1, -1 }, -1, NULL }, false };

struct pullback_form kt_pullback_forms[] = {
	{ 0, "^\\s*(?:-{4,}\\[ cut here ?\\]-{4,}|8<-+ cut here -+|={8,}|-{8,}|"
	    "Kernel attempted to \\w+ user page \\(.*|(?:NMI )?[Ww]atchdog detected hard LOCKUP on cpu \\d+|"
	    "kasan: CONFIG_KASAN_INLINE enabled|kasan: GPF could be caused by .*)\\s*$", NULL },
	{ HF_XEN, "^\\s*[\\w.#-]+\\.c:\\d+:d\\d+(?:v\\d+)? ", NULL },
	{ HF_XMON, "^\\s*(?:(?:pc|lr|sp|msr|dar|dsisr|current|paca|pid|cfar|trap)\\s*[:=]|"
	    "Linux version |.*\\birq_happened: |cpu 0x[0-9a-f]+: Vector: )", NULL },
};
const size_t kt_npullback_forms = ARRAY_SIZE(kt_pullback_forms);

static const char xen_msg_pattern[] = "^\\s*[\\w.#-]+\\.c:\\d+:d\\d+(?:v\\d+)? (?<msg>[^(:]+)";
/* A printk timestamp inside a line: kernel output glued after other output
 * ("root@host:~# [  12.345678] BUG: ...").  lines.c tries it only where a
 * '[', blanks and a digit occur (glued_possible): keep that true. */
static const char glued_pattern[] = "\\[ *\\d{1,12}\\.\\d{6} *\\]";

/* Register values that tell a memory fault's access type. */
const struct access_decoder kt_access_decoders[] = {
	/* riscv scause: instruction, load and store page / access faults */
	{ "rvcause", { NULL, NULL }, { { ~0UL, 1, KT_ACCESS_EXEC }, { ~0UL, 12, KT_ACCESS_EXEC },
	    { ~0UL, 5, KT_ACCESS_READ }, { ~0UL, 13, KT_ACCESS_READ },
	    { ~0UL, 7, KT_ACCESS_WRITE }, { ~0UL, 15, KT_ACCESS_WRITE } }, KT_ACCESS_UNKNOWN },
	/* arm64 ESR "WnR = 1": write not read */
	{ "wnr", { NULL, NULL }, { { 1, 1, KT_ACCESS_WRITE } }, KT_ACCESS_READ },
	/* s390 TEID fetch/store indication */
	{ "teid", { NULL, NULL }, { { 0xc00, 0x400, KT_ACCESS_WRITE }, { 0xc00, 0x800, KT_ACCESS_EXEC } },
	    KT_ACCESS_UNKNOWN },
	/* powerpc DSISR_ISSTORE */
	{ "dsisr", { NULL, NULL }, { { 0x02000000, 0x02000000, KT_ACCESS_WRITE } }, KT_ACCESS_READ },
	/* x86 #PF error code: instruction fetch, write */
	{ "pferr", { "x86_64", "i386" }, { { 0x10, 0x10, KT_ACCESS_EXEC }, { 2, 2, KT_ACCESS_WRITE } },
	    KT_ACCESS_READ },
};
const size_t kt_naccess_decoders = ARRAY_SIZE(kt_access_decoders);
_Static_assert(ARRAY_SIZE(kt_access_decoders) <= KT_MAX_ACCESS_DECODERS, "raise KT_MAX_ACCESS_DECODERS");

/* research/crash-parsers.md §2.11, global list, plus exception-entry paths per arch. */
/* An outlined sanitizer check: the link register may name a frameless
 * caller the unwinder does not show; the call trace decides (syzkaller-dev 734). */
static const char sanitizer_check_pattern[] = "^__(?:hwasan|asan|kasan|msan|tsan)_(?:check|load|store|report)";
static const char skip_pattern[] =
	"__sanitizer|__asan|kasan|hwasan|__msan|kmsan|kcsan_setup_watchpoint|check_memory_region|"
	"check_heap_object|check_object|read_word_at_a_time|(?:read|write)_once_.*nocheck|"
	"print_address_description|panic|invalid_op|report_bug|fixup_bug|print_report|print_usage_bug|"
	/* x86's #UD handler of BUG() and WARN() (5.8 and later): the trace of a
	 * WARNING that panics runs through it before the register dump */
	"^handle_bug$|"
	/* the reporter of "BUG: Bad page map": its caller found the bad entry */
	"^print_bad_pte$|"
	"do_error|_trap$|do_trap|show_stack|dump_stack|walk_stack|dump_backtrace|warn_slowpath|warn_alloc|"
	/* the stack printers of 2.6-era x86 (dump_stack -> show_trace -> show_trace_log_lvl),
	 * the DWARF2 unwinder of SUSE's kernels (dump_trace -> try_stack_unwind),
	 * and ARC's, which prints itself as the first frame */
	"show_trace|^dump_trace$|^print_context_stack$|^print_trace_address$|^try_stack_unwind$|"
	"^arc_unwind_core$|"
	"warn_bogus|__warn|print_tainted|^get_taint$|program_check_exception|program_check_common|"
	"assertfail|__fortify_report|stack_trace_consume_entry|arch_stack_walk|stack_trace_save|"
	"hex_dump_to_buffer|print_hex_dump|unwind_backtrace|"
	"alloc_page|^_*k?v?(?:m|z|c)alloc(?:_(?:node|trace|noprof|track_caller|array|order|large|buckets|slab|lru|cache))*$|"
	"^__do_kmalloc|krealloc|kmem_cache|allocate_slab|__alloc_frozen_pages|get_free_pages|slab_|"
	"folio_(?:alloc|unlock)|filemap_alloc_folio|__filemap_get_folio|find_or_create_page|"
	"do_read_cache_folio|read_cache_page|pagecache_get_page|grab_cache_page_write_begin|"
	"^kv?free$|kfree_skb|^(?:un)?lock_page|xas_(?:start|load|find)|find_lock_entries|"
	"truncate_inode_pages_range|__phys_addr|"
	"debug_object|timer_is_static_object|work_is_static_object|__might_fault|might_fault|might_sleep|"
	"__might_resched|print_unlock|imbalance_bug|lockdep|(?:trace|lockdep)_(?:hard|soft)irq|bh_enable|"
	"bh_disable|perf_trace|lock_acquire|lock_release|lock_class|mark_lock|(?:reacquire|mark)_held_locks|"
	/* lockdep and spinlock-debug internals; not valid_state, which
	 * syzkaller's list keeps and syzbot names inconsistent lock states
	 * by (syzbot-mail 40, 596, 1451) */
	"^validate_chain$|^check_prevs?_add$|^check_noncircular$|^print_circular_bug|^check_deadlock$|"
	"^print_deadlock_bug$|^mark_irqflags$|^spin_dump$|^spin_bug$|"
	"raw_spin_rq|spin_lock|spin_trylock|spin_unlock|read_lock|read_trylock|write_lock|write_trylock|"
	"read_unlock|write_unlock|^down$|down_read|down_write|down_read_trylock|down_write_trylock|"
	"down_trylock|up_read|up_write|^mutex_|^__mutex_|^rt_mutex_|owner_on_cpu|osq_lock|osq_unlock|"
	"atomic(?:64)?_(?:dec|inc|read|set|or|xor|and|add|sub|fetch|xchg|cmpxchg|try)|"
	"(?:set|clear|change|test)_bit|__wake_up|^refcount_|^kref_|ref_tracker|seqprop_assert|"
	"list_add|list_del|list_replace|list_move|list_splice|^rb_|^__rb_|^klist_|rhashtable_lookup|ida_free|"
	"memcpy|memcmp|memset|memchr|memmove|memdup|strcmp|strncmp|strcpy|strlcpy|strncpy|strscpy|strlen|"
	/* vsprintf's string() and pointer(), and as syzkaller reads these, any
	 * name holding them (bcachefs's bch2_print_string_as_lines, usb_get_string:
	 * syzbot-mail 1325, 1163) */
	"strstr|strnstr|strnlen|strchr|strdup|strndup|string|pointer|snprintf|scnprintf|kasprintf|"
	"kvasprintf|printk|va_format|dev_info|dev_notice|dev_warn|dev_err|dev_alert|dev_crit|dev_emerg|"
	"copy_to_user|copy_from_user|copy_to_iter|copy_from_iter|copy_page_to_iter|copy_page_from_iter|"
	"copy_folio_to_iter|^copyin$|^copyout$|put_user|get_user|extract_(?:user|iter)_to_sg|"
	"readb$|readw$|readl$|readq$|writeb$|writew$|writel$|writeq$|logic_in|logic_out|^crc\\d+|crc_itu_t|"
	"_indirect_thunk_|"
	"del_timer|lock_timer_base|__timer_delete_sync|sk_stop_timer_sync|__mod_timer|cleanup_srcu_struct|"
	"flush_work|__cancel_work_timer|cancel_work_sync|try_to_grab_pending|flush_workqueue|"
	"drain_workqueue|destroy_workqueue|queue_work|insert_work|__queue_delayed_work|"
	"queue_delayed_work_on|finish_wait|kthread_stop|^complete$|wait_for_completion|"
	"kobject_|add_uevent_var|get_device_parent|device_add|device_del|device_unregister|device_destroy|"
	"device_release|devres_release_all|device_for_each_child|device_remove_file|^put_device$|"
	"hwrng_unregister|i2c_del_adapter|__unregister_client|rollback_registered|unregister_netdev|"
	"sysfs_remove|tty_unregister_device|dummy_urb_enqueue|usb_kill_urb|usb_kill_anchored_urbs|"
	"usb_control_msg|usb_hcd_submit_urb|usb_submit_urb|^iput$|^iput_final$|^ihold$|drop_nlink|"
	"fast_dput|dput|mark_buffer_dirty|"
	"do_(?:kernel|translation)_fault|do_mem_abort|el1_abort|el1h_64_sync|"
	/* exception entry paths: powerpc, arm64, x86, s390, riscv, Xen (not
	 * the page fault handlers themselves, do_page_fault, exc_page_fault,
	 * do_user_addr_fault: a lock taken, a sleep or a WARN in them is
	 * theirs, as syzbot names it: syzbot-mail 199, 369, 372, 374) */
	"^exc_(?:virt|real)_|_common(?:_virt|_real)?$|^interrupt_return|^el1_|^el1h_|^asm_exc_|"
	"^page_fault$|pgm_check_handler|"
	"^handle_exception$|^ret_from_exception$|^bad_page_fault$|^__bad_page_fault$|"
	"^do_bad_area|^die$|^oops_end$|^__die|^bad_area|^do_trap_|"
	"^kernelmode_fixup_or_oops$|^page_fault_oops$|^no_context$|^__do_kernel_fault$|^die_kernel_fault$|"
	/* arm64's WARN/BUG is a BRK: its handler path sits above the WARN site */
	"^bug_handler$|^bug_brk_handler$|^brk_handler$|^call_(?:el1_)?break_hook$|^do_debug_exception$|"
	"^el1_dbg$|^el1_brk64$|^el1h_64_sync(?:_handler)?$|^early_brk64$|"
	/* arm64 MTE tag faults, vsprintf internals, lockdep's class registry,
	 * preemption checks and page helpers that only pass a bad pointer on */
	"^do_tag_check_fault$|^do_tag_recovery$|^report_tag_fault$|^hex_string$|^vsn?printf$|^vscnprintf$|"
	"^sprintf$|^format_decode$|^widen_string$|^register_lock_class$|^__lock_acquire$|"
	"^look_up_lock_class$|^__this_cpu_preempt_check$|^check_preemption_disabled$|^debug_smp_processor_id$|"
	"^_?compound_head$|^free_large_kmalloc$|^__hwasan_|^_*fortify_panic$|"
	/* arm64's CONFIG_DEBUG_VIRTUAL check (x86's, __phys_addr, is further down):
	 * the caller passed the address */
	"^__virt_to_phys$|"
	/* thread and system call entry: the bottom of every trace, never the culprit */
	"^system_call_fastpath$|^entry_SYSCALL|^entry_SYSENTER|^entry_INT80|^do_syscall_(?:64|32_irqs_on)$|"
	/* x86's system call table as a switch (6.9+): the __x64_sys_ stubs inline into it */
	"^x64_sys_call$|^ia32_sys_call$|"
	"^do_fast_syscall_32$|^ret_fast_syscall$|^ret_from_fork|^ret_from_kernel_thread$|^kthread$|"
	"^invoke_syscall$|^el0_svc|^el0t_64_sync|^__sys_trace_return$|^tracesys|^syscall_exit$";

/*
 * Stalls: the code that ran too long is named by its dispatcher.  Going out
 * from the interrupted frame, the first frame matching this pattern is
 * generic machinery that called the culprit (a system call's entry, the
 * VFS, the network receive path, netlink, a timer, hrtimer or work item runner); the
 * frame just inside it names the title: "INFO: rcu detected stall in
 * kvm_vcpu_ioctl" (syzkaller-dev 269: ... kvm_vcpu_ioctl < do_vfs_ioctl),
 * "in ipv6_rcv" (145: < __netif_receive_skb_core), "in snd_pcm_oss_write"
 * (171: < __vfs_write), "in ext4_file_read_iter" (612: < new_sync_read),
 * "in sys_futex" (278: __x64_sys_futex < do_syscall_64).  NAPI's poll loop
 * (net_rx_action) is no dispatcher: a soft lockup in a driver's poll run on
 * a timer interrupt's way out is named by the task's code under the
 * interrupt (syzbot-mail 464: "in dev_ioctl", not __napi_poll).
 */
static const char stall_anchor_pattern[] =
	"^(?:x64_sys_call|ia32_sys_call|do_syscall_(?:64|32_irqs_on)|do_fast_syscall_32|do_int80_syscall_32|"
	"entry_SYSCALL\\w*|entry_SYSENTER\\w*|"
	"ret_fast_syscall|system_call_fastpath|el0_svc\\w*|invoke_syscall|tracesys\\w*|"
	"(?:__)?vfs_(?:read|write|readv|writev|ioctl|iter_read|iter_write)|do_vfs_ioctl|new_sync_(?:read|write)|"
	"do_iter_(?:read|write)|do_iter_readv_writev|\\w+_compat_ioctl|"
	"__fput|____fput|task_work_run|"
	"__netif_receive_skb\\w*|netif_receive_skb\\w*|process_backlog|__do_softirq|"
	"rtnetlink_rcv_msg|nfnetlink_rcv_msg|"
	"sock_sendmsg|sock_recvmsg|"
	"sock_common_setsockopt|sock_common_getsockopt|"
	"call_timer_fn|expire_timers|__run_timers|run_timer_softirq|__run_hrtimer|__hrtimer_run_queues|process_one_work|worker_thread|kthread|"
	"run_ksoftirqd|smpboot_thread_fn|sock_do_ioctl|sock_ioctl|compat_sock_ioctl|"
	/* the system calls whose callee names the device or protocol (the
	 * names cleaned: __sys_connect_file is connect_file, __se_sys_ioctl is
	 * ioctl; syzbot-mail 539, 540), and the mmap path's own dispatchers
	 * (538: "in mas_preallocate" < __mmap_region) */
	"(?:sys_)?(?:socketpair|connect|ioctl)\\w*|blkdev_(?:driver_)?ioctl|\\w*mmap_region|do_mmap\\w*|"
	"call_mmap|do_dentry_open|vfs_open|__sock_release|sock_release|sk_common_release|kernel_(?:setsockopt|listen|accept)|"
	"netlink_dump\\w*|\\w*tasklet(?:_hi)?_action\\w*|"
	/* a page fault's entry (584: "in handle_mm_fault" < do_page_fault); not
	 * ret_from_fork, which would name every boot-time stall "in kernel_init" */
	"\\w*do_page_fault|__do_fault|page_fault|"
	/* the return to user mode running a signal's or task work's code
	 * (syzbot-mail 641: "in do_signal" < exit_to_usermode_loop) */
	"\\w*exit_to_usermode\\w*)$";

/* Stalls: frames that name a stall themselves wherever they are seen before
 * the dispatcher (a CPU waiting for the others: syzkaller-dev 65, 300). */
static const char stall_culprit_pattern[] = "^(?:smp_call_function|stop_machine|synchronize_rcu)$";

/* Lines that start another dump: inside a report's trace they mean two
 * tasks' output is mixed (fault injection prints its own dump_stack). */
static const char interleave_pattern[] = "^\\s*FAULT_INJECTION: forcing a failure";

static const char at_pattern[] =
	"(?:(?:, |^\\s*|\\) )at: +(?:\\[<[0-9a-f]+>\\] )?|^\\s*last function: )(?<func>[A-Za-z_.$][\\w.$]*+)"
	/* syzbot's annotation names an inlined site first, "at: lock_hrtimer_base
	 * kernel/time/hrtimer.c:175 [inline]", then on the next "at:" line the
	 * function it is in, the one that took the lock (as syzkaller reads it) */
	"(?!\\s+\\S+\\s+\\[inline\\])";

/* The outermost frames of a complete trace: kernel threads, syscall and
 * exception entry, CPU start-up. */
#define STACK_BOTTOM_NAMES \
	"ret_from_fork(?:_asm)?|ret_from_kernel_thread|kernel_thread(?:_exit|_helper)?|kthread|" \
	"ret_fast_syscall|ret_from_syscall|ret_to_user|entry_SYSCALL_64_after_hwframe|entry_SYSCALL_64|" \
	"entry_INT80_(?:32|compat)|entry_SYSENTER_(?:32|compat)|entry_SYSCALL_compat|sysenter_past_esp|" \
	"sysenter_do_call|system_call_fastpath|system_call|syscall_exit|sysc_\\w+|__sys_trace_return|" \
	"el0_svc\\w*|el0t_64_sync|el0_sync|ret_from_exception|handle_exception|start_kernel|" \
	"secondary_start_kernel|start_secondary|cpu_startup_entry|cpu_idle|rest_init|x86_64_start_\\w+|syscall_call|" \
	"i386_start_kernel|startup_32_smp|rewind_stack_do_exit|rewind_stack_and_make_dead|retint_user|" \
	"start_xen|\\w+#primary_switched|startup_continue|syscall_common"
static const char stack_bottom_pattern[] = "\\b(?:" STACK_BOTTOM_NAMES ")(?:\\+0x|\\b)";

/* Frames of a stall detector's own interrupt (the timer, RCU's and the
 * watchdog's checks, the backtrace it asks for): a trace that holds none
 * before its first interrupt frame starts at the interrupted code. */
static const char stall_detector_pattern[] =
	"^(?:\\w*apic_timer_interrupt\\w*|hrtimer_interrupt|__hrtimer_run_queues|tick_sched_\\w+|tick_nohz_handler|"
	"tick_handle_periodic|update_process_times|watchdog_timer_fn|rcu_sched_clock_irq|rcu_pending|"
	"rcu_check_callbacks|\\w*check_cpu_stall|print_(?:other_)?cpu_stall|rcu_dump_cpu_stacks|dump_cpu_task|"
	"nmi_cpu_backtrace|nmi_trigger_cpumask_backtrace|arch_trigger_cpumask_backtrace)$";

/* Frames of a stall detector printing its report (RCU's stall and task
 * dumps, the soft lockup watchdog's): a report raised inside one of them
 * was raised while the stall was being printed (analyse.c borrow_frames). */
static const char stall_printer_pattern[] =
	"^(?:\\w*check_cpu_stall|print_(?:other_)?cpu_stall|rcu_print_task_stall\\w*|rcu_dump_cpu_stacks|"
	"rcu_check_gp_kthread_starvation|watchdog_timer_fn)$";

/* An interrupt's exit, which runs pending softirqs: in a soft lockup's
 * trace (HF_REGS_TRACE) a timer interrupt below it is the one on whose way
 * out the stalled softirq ran, not the detector's (syzbot-mail 426: a timer
 * softirq, "in sctp_generate_timeout_event"). */
static const char irq_exit_pattern[] = "^(?:__)?irq_exit(?:_rcu)?$";

/* Where pending softirqs are run: a detector runs in a hard interrupt or
 * an NMI, never in a softirq, so timer frames below one of these are a
 * softirq's own hrtimers (syzbot-mail 484: the stalled "dummy_timer" run
 * by hrtimer_run_softirq), not the detector's. */
static const char softirq_run_pattern[] = "^(?:handle_softirqs|__do_softirq|do_softirq(?:_own_stack)?|run_ksoftirqd)$";

/* Frames after which a trace leaves interrupt context: x86 enters every
 * system vector through sysvec_* (syzbot-mail 542: sysvec_irq_work). */
static const char irq_end_pattern[] =
	"^(?:\\w*apic_timer_interrupt\\w*|asm_sysvec_\\w+|sysvec_\\w+|"
	"el1_irq|el1h_64_irq|__irq_svc|ret_from_intr|common_interrupt|asm_common_interrupt|"
	"handle_exception_return)$";

#define POSTEND_FIELDS \
	"RIP: |EIP: |Code: |RSP: |ESP: |RAX: |EAX: |RDX: |ESI: |RBP: |R\\d\\d: |FS: |CS: |DS: |" \
	"CR0: |CR2: |DR\\d: |PKRU: |Kernel Offset:"
#define POSTEND_OTHERS "note: \\S+\\[\\d+\\] exited|Fixing recursive fault"
static const char postend_pattern[] = "^\\s*(?:" POSTEND_FIELDS "|All code$|" POSTEND_OTHERS ")";
/* The same anywhere in raw text, where a skip must stop: a superset (the
 * prefixes are not stripped, "All code" need not end the line). */
static const char postend_raw_pattern[] = POSTEND_FIELDS "|All code|" POSTEND_OTHERS;

/* What the kernel prints when it stops on purpose: a firmware banner after
 * one of these is a planned restart (HF_REBOOT). */
static const char shutdown_pattern[] =
	"(?:reboot: |^\\s*)(?:Restarting system|Power down|System halted)|reboot: machine restart|"
	"Starting new kernel|sysrq: (?:SysRq : )?Resetting|Rebooting in \\d|"
	"systemd-shutdown|Reached target (?:System )?(?:Reboot|Power-Off|Shutdown)";
static const char boot_pattern[] =
	"^\\s*(?:Linux version \\d|Booting Linux on physical CPU|Initializing cgroup subsys cpuset)";

/*
 * How a frame is named in titles (first matching row wins; the match is
 * replaced).  The names follow syzkaller's titles, so that a title found
 * here is the one developers search syzbot and lore with:
 *  - arch syscall wrappers keep "sys_": __x64_sys_rmdir -> sys_rmdir
 *    (syzkaller-dev 264), __arm64_sys_rt_sigreturn -> sys_rt_sigreturn (529);
 *  - other syscall entry names lose their prefix: sys_openat2 -> openat2,
 *    __se_sys_mremap -> mremap (738),
 *    (549), ksys_mount and compat_SyS_mount -> mount (237, 296);
 *  - in a hung task's or a stall's title, every way of waiting for an RCU
 *    grace period is "synchronize_rcu": synchronize_sched, synchronize_srcu,
 *    synchronize_rcu_expedited (179, 435, 432); elsewhere the function is
 *    named as it is ("sleeping function called from invalid context in
 *    synchronize_net", syzbot's mail in tests/data/syzbot-mail);
 *  - arm64 nVHE hypervisor symbols lose their "__kvm_nvhe_" prefix.
 * Fingerprints read names with every row applied.
 */
struct frame_rename kt_frame_renames[] = {
	{ "^(?:__x64_|__ia32_|__arm64_|__s390x_|__riscv_)sys_", "sys_", NULL, NULL },
	{ "^(?:__se_sys_|__do_sys_|compat_SyS_|compat_sys_|SyS_|sys_|ksys_|____sys_|___sys_|__sys_|SYSC_|compat_SYSC_|"
	    "__x64_compat_sys_|__ia32_compat_sys_|__arm64_compat_sys_|__se_compat_sys_|__do_compat_sys_)", "", NULL, NULL },
	{ "^(?:__)?synchronize_(?:rcu|sched|srcu|net|rcu_expedited|rcu_normal|sched_expedited)$", "synchronize_rcu",
	    "hang stall", NULL },
	{ "^__kvm_nvhe_", "", NULL, NULL },
	/* waiting for other CPUs, however it is spelled (syzkaller-dev 65, 300) */
	{ "^smp_call_function(?:_single|_many|_many_cond|_any)?$", "smp_call_function", NULL, NULL },
};
const size_t kt_nframe_renames = ARRAY_SIZE(kt_frame_renames);

/*
 * Header prefilter: every form's literal under the form's index in one
 * multi-literal matcher, built once at init; a line is scanned once,
 * whatever the number of forms.
 */
static struct kt_multilit *header_lits;

static void
header_lits_build(void)
{
	header_lits = kt_multilit_new(0);
	for (size_t i = 0; i < kt_nheader_forms; i++)
		if (kt_multilit_add(header_lits, kt_header_forms[i].literal,
		    strlen(kt_header_forms[i].literal), (unsigned)i))
			abort();	/* an empty literal in the table: a bug every test catches */
	kt_multilit_build(header_lits);
}

/*
 * The row prefilters (formats.h): per table, its rows' literals in one
 * multi-literal matcher (id = row), and the rows that have none.
 */
static struct row_filter {
	struct kt_multilit *ml;
	unsigned char always[KT_NTABLES * KT_MAX_TABLE_ROWS];
	size_t nrows;
} row_filters[KT_NTABLES + 1];	/* the last: all the tables, rows after kt_table_base() */

_Static_assert(ARRAY_SIZE(kt_field_forms) <= KT_MAX_TABLE_ROWS, "raise KT_MAX_TABLE_ROWS");
_Static_assert(ARRAY_SIZE(kt_arch_markers) <= KT_MAX_TABLE_ROWS, "raise KT_MAX_TABLE_ROWS");
_Static_assert(ARRAY_SIZE(kt_frame_forms) <= KT_MAX_TABLE_ROWS, "raise KT_MAX_TABLE_ROWS");

size_t
kt_table_rows(enum kt_table t)
{
	switch (t) {
	case KT_TABLE_FIELD_FORMS: return kt_nfield_forms;
	case KT_TABLE_ARCH_MARKERS: return kt_narch_markers;
	default: return kt_nframe_forms;
	}
}

const pcre2_code *
kt_table_re(enum kt_table t, size_t i)
{
	switch (t) {
	case KT_TABLE_FIELD_FORMS: return kt_field_forms[i].re;
	case KT_TABLE_ARCH_MARKERS: return kt_arch_markers[i].re;
	default: return kt_frame_forms[i].re;
	}
}

static const char *
row_literals(enum kt_table t, size_t i)
{
	switch (t) {
	case KT_TABLE_FIELD_FORMS: return kt_field_forms[i].literals;
	case KT_TABLE_ARCH_MARKERS: return kt_arch_markers[i].literals;
	default: return kt_frame_forms[i].literals;
	}
}

size_t
kt_table_base(enum kt_table t)
{
	size_t base = 0;

	for (int u = 0; u < (int)t; u++)
		base += kt_table_rows((enum kt_table)u);
	return base;
}

/* Table t's rows into filter f, as ids base, base + 1, ... */
static void
row_filter_add(struct row_filter *f, enum kt_table t, size_t base)
{
	for (size_t i = 0; i < kt_table_rows(t); i++) {
		const char *p = row_literals(t, i);

		f->always[base + i] = !p;
		while (p) {
			const char *bar = strchr(p, '|');
			size_t n = bar ? (size_t)(bar - p) : strlen(p);

			if (kt_multilit_add(f->ml, p, n, (unsigned)(base + i)))
				abort();	/* an empty literal ("a||b") in a table: a bug every test catches */
			p = bar ? bar + 1 : NULL;
		}
	}
	f->nrows = base + kt_table_rows(t);
}

static void
row_filters_build(void)
{
	struct row_filter *all = &row_filters[KT_NTABLES];

	all->ml = kt_multilit_new(0);
	for (int t = 0; t < KT_NTABLES; t++) {
		row_filters[t].ml = kt_multilit_new(0);
		row_filter_add(&row_filters[t], (enum kt_table)t, 0);
		kt_multilit_build(row_filters[t].ml);
		row_filter_add(all, (enum kt_table)t, kt_table_base((enum kt_table)t));
	}
	kt_multilit_build(all->ml);
}

static void
rows_seen(const struct row_filter *f, const char *text, size_t len, unsigned char *cand)
{
	memcpy(cand, f->always, f->nrows);
	kt_multilit_seen(f->ml, text, len, cand, NULL);
}

void
kt_rows_possible(enum kt_table t, const char *text, size_t len, unsigned char *cand)
{
	rows_seen(&row_filters[t], text, len, cand);
}

struct lines_rows {
	const size_t *starts;	/* the offset of each line in the joined text */
	size_t n, stride;
	unsigned char *rows;
	size_t last;		/* the line of the hit before */
};

static int
mark_line_row(unsigned id, size_t start, size_t end, void *arg)
{
	struct lines_rows *lr = arg;
	size_t lo = 0, hi = lr->n;

	(void)end;
	/* a frame line holds several hits ("[<", "+0x"): most fall in the
	 * line of the hit before */
	if (lr->starts[lr->last] <= start && (lr->last + 1 == lr->n || start < lr->starts[lr->last + 1])) {
		lr->rows[lr->last * lr->stride + id] = 1;
		return 0;
	}
	/* the last line starting at or before start: hits are few, bytes many */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (lr->starts[mid] <= start)
			lo = mid;
		else
			hi = mid;
	}
	lr->rows[lo * lr->stride + id] = 1;
	lr->last = lo;
	return 0;
}

void
kt_rows_possible_lines(const char *const *texts, size_t n, unsigned char *rows, size_t stride)
{
	const struct row_filter *f = &row_filters[KT_NTABLES];
	struct strbuf all = STRBUF_INIT;
	size_t *starts = xmalloc((n ? n : 1) * sizeof(*starts));
	struct lines_rows lr = { starts, n, stride, rows, 0 };

	/* one walk over the lines joined by "\n", which no literal holds */
	for (size_t i = 0; i < n; i++) {
		starts[i] = all.len;
		strbuf_addstr(&all, texts[i]);
		strbuf_addch(&all, '\n');
		memcpy(rows + i * stride, f->always, f->nrows);
	}
	if (n)
		kt_multilit_each(f->ml, all.buf, all.len, mark_line_row, &lr);
	strbuf_release(&all);
	free(starts);
}

/*
 * Literal prefilters of patterns that are alternations of names, tried on
 * many lines that hold none of them: the literals kt_regex_literals finds
 * in each alternative (every match contains one of them), in one
 * case-insensitive multi-literal matcher; NULL when some alternative has
 * none (the pattern is then tried on every line).
 */
static struct kt_multilit *not_header_lits, *stack_bottom_lits;
static pcre2_code *stack_bottom_re;

static struct kt_multilit *
literal_prefilter(const char *alternatives)
{
	char **lits;
	size_t n = kt_regex_literals(alternatives, false, &lits);
	struct kt_multilit *ml;

	if (!n)
		return NULL;
	ml = kt_multilit_new(KT_MULTILIT_ICASE);
	for (size_t i = 0; i < n; i++) {
		kt_multilit_add(ml, lits[i], strlen(lits[i]), 0);
		free(lits[i]);
	}
	free(lits);
	kt_multilit_build(ml);
	return ml;
}

/* Whether text holds one of the literals (or there is no prefilter). */
static bool
may_hold(const struct kt_multilit *ml, const char *text, size_t len)
{
	return !ml || kt_multilit_holds(ml, text, len);
}

bool
kt_stack_bottom(const char *text, size_t len)
{
	return may_hold(stack_bottom_lits, text, len) && kt_re_match(stack_bottom_re, text, len) > 0;
}

/*
 * First-byte filters of the body forms, tried in turn on every line of a
 * report (most of them long alternations that PCRE2 tries one by one).  A
 * form written "^\\s*X" matches only a line whose first non-blank byte can
 * start X: the first code unit or start bitmap PCRE2 works out when it
 * compiles X alone (what its own start-up optimisation relies on).  When
 * X may start with a blank, or PCRE2 knows no such set, the form is tried
 * on every line.
 */
struct first_bytes {
	bool any;		/* no filter */
	uint8_t map[32];	/* bit c: a line whose first non-blank byte is c may match */
};

static struct first_bytes body_first[ARRAY_SIZE(kt_body_forms)];
/* By a line's first non-blank byte, the body forms that may match it (bit
 * i: kt_body_forms[i], from body_first), and the forms whose class a frame
 * does not override (outranks_frame): body_rows walks only those bits. */
static uint64_t body_by_first[256], body_outranking;
_Static_assert(ARRAY_SIZE(kt_body_forms) <= 64, "one bit per body form (body_by_first)");

/* The rows of kt_body_forms whose class a frame does not override come
 * first (checked at start-up): the one split both calls share. */
static bool
outranks_frame(enum body_class c)
{
	return c != BODY_INFO && c != BODY_WEAK && c != BODY_TAIL && c != BODY_MARK;
}


static const char blank_bytes[] = " \t\n\v\f\r";	/* PCRE2's \s */

/*
 * PCRE2's own start-up facts are made for searching: for "(?:rcu: )?RCU"
 * it gives the first code unit 'R' (a match can always be found starting
 * there), although a match at the line's start may begin with 'r'.  Its
 * start bitmap, made when a pattern has several alternatives, lists every
 * byte a match can begin with: X is compiled as "(?:X)|\x01" (a byte no
 * cleaned line holds, kt_clean_text) and that byte dropped again.
 */
static void
first_bytes_of(const char *pattern, struct first_bytes *fb)
{
	static const char lead[] = "^\\s*";
	uint32_t type = 0;
	const uint8_t *bitmap = NULL;
	struct strbuf x = STRBUF_INIT;
	pcre2_code *re;

	fb->any = true;
	if (strncmp(pattern, lead, strlen(lead)) || strstr(pattern, "(?i"))
		return;
	strbuf_addf(&x, "(?:%s)|\\x01", pattern + strlen(lead));
	re = kt_re_compile(x.buf, 0);
	strbuf_release(&x);
	pcre2_pattern_info(re, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 0 && !pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bitmap) && bitmap) {
		memcpy(fb->map, bitmap, sizeof(fb->map));
		fb->map[0] &= (uint8_t)~(1u << 1);
		fb->any = false;
	}
	for (const char *b = blank_bytes; *b && !fb->any; b++)
		fb->any = fb->map[(unsigned char)*b / 8] >> ((unsigned char)*b % 8) & 1;
	kt_re_free(re);
}

/* The first non-blank byte of text; NUL when it is all blanks. */
static unsigned char
first_nonblank(const char *text, size_t len)
{
	size_t i = 0;

	/* blank_bytes, spelt out: a strchr() per byte costs more than the rest */
	while (i < len && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r')))
		i++;
	return i < len ? (unsigned char)text[i] : 0;
}

/* Whether a line whose first non-blank byte is c may match (NUL: any line may). */
static bool
may_start(const struct first_bytes *fb, unsigned char c)
{
	return fb->any || !c || (fb->map[c / 8] >> (c % 8) & 1);
}

/*
 * A body form "^\\s*(?:A|B|...)T" (most of them: alternations of dozens of
 * line starts) is split by the first non-blank byte of a line: only the
 * alternatives that may start with that byte (first_bytes_of each alone;
 * those that may start with a blank, or whose start PCRE2 cannot tell,
 * with every byte) make up the pattern tried, "^\\s*(?:those)T".  Whether a
 * regex matches does not depend on the order of its alternatives, so the
 * class found is the same; PCRE2 tries a handful instead of all.  The
 * pattern of a byte is compiled the first time a line starts with it, once
 * the form has been tried on SPLIT_AFTER lines (its alternatives are read
 * then too): a log of a report or two would spend more on those compiles
 * than they save.
 */
#define SPLIT_AFTER 2048
struct body_split {
	char **alts;
	size_t nalts;
	struct first_bytes *first;	/* of each alternative */
	size_t tail;			/* offset in the pattern of T */
	bool set_up;			/* the fields above are (under lock) */
	_Atomic size_t tried;		/* lines so far (up to SPLIT_AFTER) */
	pthread_mutex_t lock;
	_Atomic(const pcre2_code *) by_byte[256];
	/* the patterns compiled so far: bytes with the same alternatives share one */
	struct { char *pattern; pcre2_code *re; } *made;
	size_t nmade, made_alloc;
};

static struct body_split body_splits[ARRAY_SIZE(kt_body_forms)];
/* by_byte[] of a byte no alternative can start with: no line starting so matches */
static const pcre2_code *const no_alternative = (const pcre2_code *)&no_alternative;

/* Under b->lock, the first time form i is split: its alternatives and
 * their first bytes, when its pattern has the shape (else none). */
static void
body_split_init(size_t i)
{
	static const char lead[] = "^\\s*(?:";
	const size_t open = strlen(lead) - strlen("(?:");	/* where the group starts */
	const char *p = kt_body_forms[i].pattern;
	struct body_split *b = &body_splits[i];
	size_t n = strlen(p), close;
	struct strbuf alt = STRBUF_INIT;

	b->set_up = true;
	if (strncmp(p, lead, strlen(lead)))
		return;
	/* the group opened by the lead: its alternatives, then the tail */
	close = open + kt_regex_group_len(p + open, n - open);
	if (close > n || p[close - 1] != ')')
		return;
	b->nalts = kt_regex_alternatives(p + strlen(lead), close - 1 - strlen(lead), &b->alts);
	b->first = xcalloc(b->nalts, sizeof(*b->first));
	b->tail = close;
	for (size_t k = 0; k < b->nalts; k++) {
		strbuf_reset(&alt);
		strbuf_addf(&alt, "^\\s*%s", b->alts[k]);
		first_bytes_of(alt.buf, &b->first[k]);
	}
	strbuf_release(&alt);
}

/* Under b->lock: the compiled pattern pat->buf, made once per form. */
static const pcre2_code *
body_split_compile(struct body_split *b, struct strbuf *pat)
{
	for (size_t k = 0; k < b->nmade; k++)
		if (!strcmp(b->made[k].pattern, pat->buf))
			return b->made[k].re;
	b->made = xgrow(b->made, sizeof(*b->made), b->nmade + 1, &b->made_alloc);
	b->made[b->nmade].re = kt_re_compile(pat->buf, 0);
	b->made[b->nmade].pattern = strbuf_detach(pat, NULL);
	return b->made[b->nmade++].re;
}

/* The pattern of form i for lines whose first non-blank byte is c (now:
 * whether or not the form has been tried on SPLIT_AFTER lines yet).  A form
 * of another shape keeps its whole pattern, remembered per byte as well. */
static const pcre2_code *
body_split_re(size_t i, unsigned char c, bool now)
{
	struct body_split *b = &body_splits[i];
	const pcre2_code *re;
	struct strbuf pat = STRBUF_INIT;
	const char *sep = "";

	if (!c)
		return kt_body_forms[i].re;
	if ((re = atomic_load_explicit(&b->by_byte[c], memory_order_acquire)))
		return re;
	if (!now && atomic_load_explicit(&b->tried, memory_order_relaxed) < SPLIT_AFTER) {
		atomic_fetch_add_explicit(&b->tried, 1, memory_order_relaxed);
		return kt_body_forms[i].re;
	}
	pthread_mutex_lock(&b->lock);
	if (!b->set_up)
		body_split_init(i);
	if (!(re = atomic_load_explicit(&b->by_byte[c], memory_order_relaxed))) {
		if (b->nalts) {
			strbuf_addstr(&pat, "^\\s*(?:");
			for (size_t k = 0; k < b->nalts; k++)
				if (may_start(&b->first[k], c)) {
					strbuf_addf(&pat, "%s%s", sep, b->alts[k]);
					sep = "|";
				}
			strbuf_addf(&pat, ")%s", kt_body_forms[i].pattern + b->tail);
			re = *sep ? body_split_compile(b, &pat) : no_alternative;
			strbuf_release(&pat);
		} else {
			re = kt_body_forms[i].re;
		}
		atomic_store_explicit(&b->by_byte[c], re, memory_order_release);
	}
	pthread_mutex_unlock(&b->lock);
	return re;
}

pcre2_code *kt_not_header_re;
pcre2_code *kt_skip_re;
pcre2_code *kt_sanitizer_check_re;
pcre2_code *kt_at_re;
pcre2_code *kt_interleave_re;
pcre2_code *kt_stall_anchor_re;
pcre2_code *kt_stall_culprit_re;
pcre2_code *kt_stall_printer_re;
pcre2_code *kt_irq_end_re;
pcre2_code *kt_stall_detector_re;
pcre2_code *kt_irq_exit_re;
pcre2_code *kt_softirq_run_re;
pcre2_code *kt_rip_inline_re, *kt_rip_outer_re;
pcre2_code *kt_symbolised_pos_re;
pcre2_code *kt_postend_re, *kt_postend_raw_re;
pcre2_code *kt_boot_re;
pcre2_code *kt_shutdown_re;
pcre2_code *kt_glued_re;
pcre2_code *kt_separator_re;
pcre2_code *kt_xen_msg_re;

static pthread_once_t formats_once = PTHREAD_ONCE_INIT;
static pthread_once_t header_once = PTHREAD_ONCE_INIT;
static pthread_once_t report_once = PTHREAD_ONCE_INIT;

/*
 * What tells whether a line is a header (the header forms, the lines that
 * are not, the separator), compiled when the first line containing a
 * header literal arrives.  Many logs with no report hold one ("WARNING:"
 * in a service's output): the tables that read reports wait for the first
 * header that matches (report_tables_compile), ten times the cost.
 */
static void
header_tables_compile(void)
{
	size_t i;

	for (i = 0; i < kt_nheader_forms; i++) {
		kt_header_forms[i].re = kt_re_compile(kt_header_forms[i].pattern, 0);
		if (kt_header_forms[i].skip)
			kt_header_forms[i].skip_re = kt_re_compile(kt_header_forms[i].skip, 0);
	}
	for (i = 0; i < kt_npullback_forms; i++)
		kt_pullback_forms[i].re = kt_re_compile(kt_pullback_forms[i].pattern, 0);
	kt_separator_re = kt_pullback_forms[0].re;	/* the kernel's */
	kt_not_header_re = kt_re_compile(not_header_pattern, 0);
	not_header_lits = literal_prefilter(not_header_pattern);
}

/*
 * The tables of reports (bodies, fields, frames, arch markers and the other
 * report patterns), compiled when the first header matches: before that no
 * report exists to read them, and a log that has none (or an empty input)
 * never pays for them.
 */
static void
report_tables_compile(void)
{
	size_t i;

	for (i = 0; i < kt_nbody_forms; i++) {
		kt_body_forms[i].re = kt_re_compile(kt_body_forms[i].pattern, 0);
		first_bytes_of(kt_body_forms[i].pattern, &body_first[i]);
		for (unsigned c = 0; c < 256; c++)
			if (may_start(&body_first[i], (unsigned char)c))
				body_by_first[c] |= UINT64_C(1) << i;
		if (outranks_frame(kt_body_forms[i].cls))
			body_outranking |= UINT64_C(1) << i;
		pthread_mutex_init(&body_splits[i].lock, NULL);
		/* kt_body_class would no longer be the first matching row */
		if (i && outranks_frame(kt_body_forms[i].cls) && !outranks_frame(kt_body_forms[i - 1].cls))
			abort();
	}
	for (i = 0; i < kt_nfield_forms; i++)
		kt_field_forms[i].re = kt_re_compile(kt_field_forms[i].pattern, 0);
	for (i = 0; i < kt_nframe_forms; i++)
		kt_frame_forms[i].re = kt_re_compile(kt_frame_forms[i].pattern, 0);
	for (i = 0; i < kt_narch_markers; i++)
		kt_arch_markers[i].re = kt_re_compile(kt_arch_markers[i].pattern, 0);
	row_filters_build();
	kt_xen_msg_re = kt_re_compile(xen_msg_pattern, 0);
	kt_skip_re = kt_re_compile(skip_pattern, 0);
	kt_sanitizer_check_re = kt_re_compile(sanitizer_check_pattern, 0);
	for (size_t r = 0; r < kt_nframe_renames; r++)
		kt_frame_renames[r].re = kt_re_compile(kt_frame_renames[r].pattern, 0);
	kt_at_re = kt_re_compile(at_pattern, 0);
	kt_interleave_re = kt_re_compile(interleave_pattern, 0);
	kt_stall_anchor_re = kt_re_compile(stall_anchor_pattern, 0);
	kt_stall_culprit_re = kt_re_compile(stall_culprit_pattern, 0);
	kt_stall_printer_re = kt_re_compile(stall_printer_pattern, 0);
	stack_bottom_re = kt_re_compile(stack_bottom_pattern, 0);
	stack_bottom_lits = literal_prefilter(STACK_BOTTOM_NAMES);
	kt_irq_end_re = kt_re_compile(irq_end_pattern, 0);
	kt_stall_detector_re = kt_re_compile(stall_detector_pattern, 0);
	kt_irq_exit_re = kt_re_compile(irq_exit_pattern, 0);
	kt_softirq_run_re = kt_re_compile(softirq_run_pattern, 0);
	kt_rip_inline_re = kt_re_compile(RIP_INLINE, 0);
	kt_rip_outer_re = kt_re_compile(RIP_OUTER, 0);
	kt_symbolised_pos_re = kt_re_compile("\\+0x[0-9a-f]+/0x[0-9a-f]+(?<pos> " SRC_POS ")\\s*$", 0);
	kt_postend_re = kt_re_compile(postend_pattern, 0);
	kt_postend_raw_re = kt_re_compile(postend_raw_pattern, 0);
	kt_boot_re = kt_re_compile(boot_pattern, 0);
	kt_shutdown_re = kt_re_compile(shutdown_pattern, 0);
}

/* The tables every line meets: prefixes, glued output, wrapped lines, and
 * the header literals. */
static void
formats_compile(void)
{
	size_t i;

	for (i = 0; i < kt_nprefix_forms; i++) {
		kt_prefix_forms[i].re = kt_re_compile(kt_prefix_forms[i].pattern, PCRE2_ANCHORED);
		kt_prefix_first[0] |= 1u << i;
		for (const char *c = kt_prefix_forms[i].first; *c; c++)
			kt_prefix_first[(unsigned char)*c] |= 1u << i;
		if (kt_prefix_forms[i].kind == PFX_PRINTK)
			kt_prefix_printk = i;
		if (kt_prefix_forms[i].kind == PFX_QUOTE || kt_prefix_forms[i].kind == PFX_JOURNAL ||
		    kt_prefix_forms[i].kind == PFX_SYSLOG_LOCALE)
			kt_prefix_opening |= 1u << i;
	}
	for (i = 0; i < kt_nwrap_forms; i++) {
		kt_wrap_forms[i].inc_re = kt_re_compile(kt_wrap_forms[i].incomplete, 0);
		kt_wrap_forms[i].cont_re = kt_re_compile(kt_wrap_forms[i].continuation, 0);
	}
	wrap_gate_masks();
	kt_flowed_wrap.cont_re = kt_re_compile(kt_flowed_wrap.continuation, 0);
	kt_glued_re = kt_re_compile(glued_pattern, 0);
	header_lits_build();
}

void
kt_formats_init(void)
{
	pthread_once(&formats_once, formats_compile);
}

static void
init_headers(void)
{
	kt_formats_init();
	pthread_once(&header_once, header_tables_compile);
}

void
kt_formats_init_reports(void)
{
	init_headers();
	pthread_once(&report_once, report_tables_compile);
}

/* A header matched: a report opens, and its tables are needed. */
static const struct header_form *
header_found(const struct header_form *h, void (*near)(void *arg), void *arg)
{
	if (near)
		near(arg);
	kt_formats_init_reports();
	return h;
}

const struct header_form *
kt_header_match(const char *text, size_t len, bool xen, void (*near)(void *arg), void *arg)
{
	unsigned char seen[ARRAY_SIZE(kt_header_forms)] = { 0 };
	bool checked_not = false;

	kt_formats_init();
	if (!kt_multilit_seen(header_lits, text, len, seen, NULL))
		return NULL;
	init_headers();
	for (size_t i = 0; i < kt_nheader_forms; i++) {
		const struct header_form *h = &kt_header_forms[i];

		if (!!(h->flags & HF_XEN) != xen || !seen[i])
			continue;
		if (!checked_not) {
			if (may_hold(not_header_lits, text, len) && kt_re_match(kt_not_header_re, text, len) > 0)
				return NULL;
			checked_not = true;
		}
		if (kt_re_match(h->re, text, len) > 0)
			return header_found(h, near, arg);
	}
	return NULL;
}

size_t
kt_offset_len(const char *s)
{
	size_t j = 0;

	if (s[j++] != '+' || s[j++] != '0' || s[j++] != 'x' || !isxdigit((unsigned char)s[j]))
		return 0;
	j += strspn(s + j, "0123456789abcdef");
	if (s[j++] != '/' || s[j++] != '0' || s[j++] != 'x' || !isxdigit((unsigned char)s[j]))
		return 0;
	return j + strspn(s + j, "0123456789abcdef");
}

bool
kt_line_of_its_own(const char *text, size_t len)
{
	kt_formats_init();
	if (kt_multilit_holds(header_lits, text, len) || kt_go_log_stamp(text, len))
		return true;
	init_headers();
	return kt_re_match(kt_separator_re, text, len) > 0;
}

bool
kt_go_log_stamp(const char *text, size_t len)
{
	static const char shape[] = "dddd/dd/dd dd:dd:dd ";

	if (len < sizeof(shape) - 1)
		return false;
	for (size_t i = 0; i < sizeof(shape) - 1; i++)
		if (shape[i] == 'd' ? !isdigit((unsigned char)text[i]) : text[i] != shape[i])
			return false;
	return true;
}

/*
 * What the skim looks for, from the tables themselves: every header
 * form's literal, then the words that the gates of the wrap forms whose
 * cut line may be a header test for (struct wrap_gate): a line holding
 * none of them cannot start a report, whole or joined to the next one.
 */
const char *
kt_skim_literal(size_t i)
{
	if (i < kt_nheader_forms)
		return kt_header_forms[i].literal;
	i -= kt_nheader_forms;
	return i < WRAP_HEADER_WORDS ? wrap_words[i] : NULL;
}

static char
last_class(const char *text, size_t len)
{
	return byte_class(len ? text[len - 1] : '\0');
}

/* The gate of g but for its last byte, the line's leading blanks counted (blanks). */
static bool
gate_words(const struct wrap_gate *g, const char *text, size_t len, size_t blanks)
{
	if (len < g->min_len)
		return false;
	if (g->ends >= 0 && !ends_with_word(text, len, g->ends))
		return false;
	if (g->starts >= 0 && !starts_with_word(text + blanks, g->starts))
		return false;
	if (g->holds[0] >= 0 && !holds_word(text, len, g->holds[0]) &&
	    (g->holds[1] < 0 || !holds_word(text, len, g->holds[1])))
		return false;
	if (g->lacks >= 0 && holds_word(text, len, g->lacks))
		return false;
	return !g->test || g->test(text, len);
}

bool
kt_wrap_gate_passes(const struct wrap_form *form, const char *text, size_t len)
{
	const struct wrap_gate *g = &form->gate;

	if (g->last && (!len || !strchr(g->last, last_class(text, len))))
		return false;
	return gate_words(g, text, len, kt_blank_run(text, len));
}

const struct wrap_form *
kt_wrap_incomplete(const char *text, size_t len)
{
	size_t blanks;
	uint64_t rows;

	if (!len)
		return NULL;
	kt_formats_init();
	blanks = kt_blank_run(text, len);
	/* the gates' last and first bytes rule out almost every row of almost
	 * every line before a word is looked for */
	rows = wrap_by_last[(unsigned char)text[len - 1]] & wrap_by_first[blanks < len ? (unsigned char)text[blanks] : 0];
	for (; rows; rows &= rows - 1) {
		const struct wrap_form *f = &kt_wrap_forms[__builtin_ctzll(rows)];

		/* the last byte passed already: wrap_by_last */
		if (gate_words(&f->gate, text, len, blanks) && kt_re_match(f->inc_re, text, len) > 0)
			return f;
	}
	return NULL;
}

bool
kt_wrap_timed_too_possible(const char *text, size_t len)
{
	size_t blanks;

	if (!len)
		return false;
	kt_formats_init();
	blanks = kt_blank_run(text, len);
	return wrap_timed_too & wrap_by_last[(unsigned char)text[len - 1]] &
	    wrap_by_first[blanks < len ? (unsigned char)text[blanks] : 0];
}

bool
kt_wrap_continues(const struct wrap_form *form, const char *text, size_t len)
{
	return kt_re_match(form->cont_re, text, len) > 0;
}

const pcre2_code *
kt_pullback_re(unsigned form_flags)
{
	for (size_t i = 1; i < kt_npullback_forms; i++)
		if (form_flags & kt_pullback_forms[i].family)
			return kt_pullback_forms[i].re;
	return kt_pullback_forms[0].re;	/* the kernel's */
}

enum split_use { SPLIT_AUTO, SPLIT_NEVER, SPLIT_ALWAYS };

static enum body_class
body_rows(const char *text, size_t len, bool outranking, enum split_use use)
{
	unsigned char c = first_nonblank(text, len);
	uint64_t forms = body_by_first[c] & (outranking ? body_outranking : ~body_outranking);

	for (; forms; forms &= forms - 1) {
		size_t i = (size_t)__builtin_ctzll(forms);
		const pcre2_code *re;

		re = use == SPLIT_NEVER ? kt_body_forms[i].re : body_split_re(i, c, use == SPLIT_ALWAYS);
		if (re != no_alternative && kt_re_match(re, text, len) > 0)
			return kt_body_forms[i].cls;
	}
	return BODY_NONE;
}

enum body_class
kt_body_class_outranking(const char *text, size_t len)
{
	return body_rows(text, len, true, SPLIT_AUTO);
}

enum body_class
kt_body_class_rest(const char *text, size_t len)
{
	return body_rows(text, len, false, SPLIT_AUTO);
}

static enum body_class
body_class(const char *text, size_t len, enum split_use use)
{
	enum body_class c = body_rows(text, len, true, use);

	return c ? c : body_rows(text, len, false, use);
}

enum body_class
kt_body_class_whole(const char *text, size_t len)
{
	return body_class(text, len, SPLIT_NEVER);
}

enum body_class
kt_body_class_split(const char *text, size_t len)
{
	return body_class(text, len, SPLIT_ALWAYS);
}

enum body_class
kt_body_class(const char *text, size_t len)
{
	return body_class(text, len, SPLIT_AUTO);
}
