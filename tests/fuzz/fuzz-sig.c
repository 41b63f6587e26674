/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-sig: the signature-file parser and linter.  The input is one .sig
 * file: kt_sig_parse, kt_sig_check, and when both are clean (as
 * "signatures compile" requires) kt_sigset_prepare, then the set is matched
 * against the reports of a fixed log (an x86_64 write to rodata).  Every
 * match result must be well formed.
 */
#include <stdint.h>

#include "common.h"
#include "signature.h"

static const char fixed_log[] =
"[   12.345678] BUG: unable to handle page fault for address: ffffffff82a00000\n"
"[   12.345679] #PF: supervisor write access in kernel mode\n"
"[   12.345680] #PF: error_code(0x0003) - permissions violation\n"
"[   12.345681] PGD 2e0f067 P4D 2e0f067 PUD 2e10063 PMD 80000000028001e1\n"
"[   12.345682] Oops: 0003 [#1] PREEMPT SMP NOPTI\n"
"[   12.345683] CPU: 1 PID: 347 Comm: insmod Tainted: G           O       6.1.0-rc3 #1\n"
"[   12.345684] Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2 04/01/2014\n"
"[   12.345685] RIP: 0010:lkdtm_WRITE_RO+0x1c/0x30\n"
"[   12.345686] Call Trace:\n"
"[   12.345687]  <TASK>\n"
"[   12.345688]  lkdtm_do_action+0x1f/0x40\n"
"[   12.345689]  direct_entry+0x9b/0xd0\n"
"[   12.345690]  full_proxy_write+0x53/0x80\n"
"[   12.345691]  vfs_write+0xc8/0x3e0\n"
"[   12.345692]  </TASK>\n"
"[   12.345693] Modules linked in: lkdtm(O)\n"
"[   12.345694] CR2: ffffffff82a00000\n"
"[   12.345695] ---[ end trace 0000000000000000 ]---\n"
"[   12.345696] WARNING: CPU: 0 PID: 1 at mm/pgtable-generic.c:80 ptep_clear_flush+0x5c/0x70\n"
"[   12.345697] Call Trace:\n"
"[   12.345698]  do_wp_page+0x1a4/0x5d0\n"
"[   12.345699] ---[ end trace 0000000000000001 ]---\n";

static int
on_report(const struct kt_report *r, void *arg)
{
	const struct kt_sigset *set = arg;
	struct kt_matches m;
	size_t errors = 0;

	kt_match_report(set, r, &m);
	for (size_t i = 0; i < m.n; i++) {
		FUZZ_CHECK(m.m[i].sig >= set->sigs && m.m[i].sig < set->sigs + set->nsigs, "match sig in set");
		FUZZ_CHECK(m.m[i].nheld <= m.m[i].sig->nconds, "held <= conds");
		touch_str(m.m[i].error);
		touch_str(kt_confidence_name(m.m[i].confidence));
		touch_str(m.m[i].fixed_release);
		errors += m.m[i].error != NULL;
	}
	FUZZ_CHECK(errors == m.errors, "error count");
	kt_matches_release(&m);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kt_sigset *set = kt_sigset_new();
	struct kt_diag diag = { 0 };
	int perr, cerr;

	perr = kt_sig_parse(set, "fuzz.sig", (const char *)data, size, &diag);
	cerr = kt_sig_check(set, &diag);
	cerr += kt_sig_check_cost(set, &diag);
	for (size_t i = 0; i < diag.n; i++) {
		FUZZ_CHECK(diag.msgs[i] && *diag.msgs[i], "diagnostic has text");
		touch_str(diag.msgs[i]);
	}
	if (!perr && !cerr && !diag.n && !kt_sigset_prepare(set, &diag)) {
		struct kt_limits lim;
		struct kt_scanner *s;

		for (size_t i = 0; i < set->nsigs; i++) {
			const struct kt_signature *sg = &set->sigs[i];

			touch_str(sg->id);
			touch_str(sg->title);
			touch_str(sg->workaround);
			touch_str(sg->description);
			touch_str(sg->test_log);
			for (size_t k = 0; k < sg->nconds; k++)
				touch_str(sg->conds[k].pattern);
		}
		kt_limits_default(&lim);
		s = kt_scanner_new(&lim, "fixed", on_report, set);
		kt_scanner_feed(s, fixed_log, sizeof(fixed_log) - 1);
		kt_scanner_finish(s);
		kt_scanner_free(s);
	}
	kt_diag_release(&diag);
	kt_sigset_free(set);
	return 0;
}
