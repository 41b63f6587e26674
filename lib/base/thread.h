/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * thread: start a helper thread on a CPU of its own.
 *
 * A scheduler may place a new thread on its creator's CPU and move it only
 * later: on this project's 2-vCPU VMs the scanner's second thread shared
 * the reader's vCPU for tens of milliseconds while the other vCPU idled,
 * which cost a one-report log all its parallelism.  kt_thread_start() pins
 * the new thread to another CPU of the process's affinity mask; the thread
 * calls kt_thread_unpin() once the work it was started for is under way,
 * leaving the scheduler free again.  Where affinity cannot be read or set,
 * or only one CPU is allowed, the thread starts unpinned.
 */
#ifndef KT_THREAD_H
#define KT_THREAD_H

#include <pthread.h>

/* pthread_create(t, fn, arg), the thread pinned to the next allowed CPU
 * after the caller's.  Returns what pthread_create() returns. */
int kt_thread_start(pthread_t *t, void *(*fn)(void *), void *arg);
/* Let the calling thread run on any CPU of the process's mask again. */
void kt_thread_unpin(void);

#endif
