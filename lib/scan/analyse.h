/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * analyse: fill a finished report's derived fields from its segment (see
 * segment.h): kind, identity (cpu, pid, comm, taint, release, hardware),
 * arch, fault address and access, PC/LR, call trace frames, guilty function,
 * title, corruption and fingerprint.  Driven by the tables of formats.h.
 */
#ifndef KT_ANALYSE_H
#define KT_ANALYSE_H

#include "ktriage.h"
#include "segment.h"

/*
 * Fill r from seg.  r already holds what the segmenter recorded (lines,
 * context, header, caller, first/last line, panicked, truncated); every
 * other field must be in its initial state (NULL, cpu = pid = -1).  At most
 * lim->max_frames frames are kept.  The strings set here are owned by r.
 */
void kt_analyse(const struct segment *seg, const struct kt_limits *lim, struct kt_report *r);
/* Do now what the first report would (loading libcrypto for fingerprints);
 * thread-safe. */
void kt_analyse_warm_up(void);

#endif
