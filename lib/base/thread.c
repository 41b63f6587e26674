/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <sched.h>
#include <stdbool.h>

#include "thread.h"

/* The process's mask, which threads return to; false if it holds one CPU. */
static bool
allowed(cpu_set_t *set)
{
	CPU_ZERO(set);
	return sched_getaffinity(0, sizeof(*set), set) == 0 && CPU_COUNT(set) > 1;
}

int
kt_thread_start(pthread_t *t, void *(*fn)(void *), void *arg)
{
	pthread_attr_t attr;
	cpu_set_t set, one;
	int cur = sched_getcpu(), cpu = cur, rc;

	if (cur < 0 || cur >= CPU_SETSIZE || !allowed(&set) || pthread_attr_init(&attr))
		return pthread_create(t, NULL, fn, arg);
	do
		cpu = (cpu + 1) % CPU_SETSIZE;
	while (!CPU_ISSET(cpu, &set));
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	if (pthread_attr_setaffinity_np(&attr, sizeof(one), &one))
		rc = pthread_create(t, NULL, fn, arg);
	else
		rc = pthread_create(t, &attr, fn, arg);
	pthread_attr_destroy(&attr);
	return rc;
}

void
kt_thread_unpin(void)
{
	cpu_set_t set;

	if (allowed(&set))
		(void)pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
}
