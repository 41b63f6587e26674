/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "config.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "filemap.h"
#include "util.h"

/* Maps open at once, over every thread (--jobs); past it a file is read. */
#define GUARD_SLOTS 64

struct kt_filemap {
	char *data;
	size_t size;
	int slot;
};

/* What the SIGBUS handler may look at: written before a slot is published
 * (used set last), read in the handler without locks. */
static struct guard_slot {
	volatile sig_atomic_t used;	/* 0 free, 1 claimed, 2 published */
	uintptr_t start, end;
	volatile sig_atomic_t shrank;
} slots[GUARD_SLOTS];

static struct sigaction previous;
static uintptr_t page_mask;
static bool guard_ok;
static pthread_once_t guard_once = PTHREAD_ONCE_INIT;

static void
pass_on(int sig, siginfo_t *si, void *uc)
{
	if (previous.sa_flags & SA_SIGINFO) {
		previous.sa_sigaction(sig, si, uc);
	} else if (previous.sa_handler == SIG_DFL || previous.sa_handler == SIG_IGN) {
		/* the faulting access runs again and the default action ends
		 * the process, as it would have without the guard */
		signal(sig, SIG_DFL);
	} else {
		previous.sa_handler(sig);
	}
}

static void
on_sigbus(int sig, siginfo_t *si, void *uc)
{
	uintptr_t addr = (uintptr_t)si->si_addr;

	for (int i = 0; i < GUARD_SLOTS; i++) {
		struct guard_slot *g = &slots[i];
		uintptr_t page;

		if (g->used != 2 || addr < g->start || addr >= g->end)
			continue;
		/* zero pages from the fault to the end of the map: mmap(2) is a
		 * plain system call, safe here although POSIX does not list it */
		page = addr & page_mask;
		if (mmap((void *)page, g->end - page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		    -1, 0) == MAP_FAILED)
			break;
		g->shrank = 1;
		return;
	}
	pass_on(sig, si, uc);
}

static void
guard_install(void)
{
	struct sigaction sa = { 0 };
	long page = sysconf(_SC_PAGESIZE);

	if (page <= 0)
		return;
	page_mask = ~((uintptr_t)page - 1);
	sa.sa_sigaction = on_sigbus;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	guard_ok = sigaction(SIGBUS, &sa, &previous) == 0;
}

static int
slot_claim(void)
{
	for (int i = 0; i < GUARD_SLOTS; i++) {
		sig_atomic_t free_slot = 0;

		if (__atomic_compare_exchange_n(&slots[i].used, &free_slot, 1, false,
		    __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
			return i;
	}
	return -1;
}

struct kt_filemap *
kt_filemap_open(int fd, size_t min_size)
{
	struct kt_filemap *m;
	struct stat st;
	void *data;
	int slot;

	if (fstat(fd, &st) || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    (uintmax_t)st.st_size < min_size || (uintmax_t)st.st_size > SIZE_MAX)
		return NULL;
	pthread_once(&guard_once, guard_install);
	if (!guard_ok || (slot = slot_claim()) < 0)
		return NULL;
	data = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (data == MAP_FAILED) {
		__atomic_store_n(&slots[slot].used, 0, __ATOMIC_RELEASE);
		return NULL;
	}
	madvise(data, (size_t)st.st_size, MADV_SEQUENTIAL);
	m = xmalloc(sizeof(*m));
	m->data = data;
	m->size = (size_t)st.st_size;
	m->slot = slot;
	slots[slot].start = (uintptr_t)data;
	slots[slot].end = (uintptr_t)data + m->size;
	slots[slot].shrank = 0;
	__atomic_store_n(&slots[slot].used, 2, __ATOMIC_RELEASE);
	return m;
}

const char *
kt_filemap_data(const struct kt_filemap *m)
{
	return m->data;
}

size_t
kt_filemap_size(const struct kt_filemap *m)
{
	return m->size;
}

bool
kt_filemap_shrank(const struct kt_filemap *m)
{
	return slots[m->slot].shrank != 0;
}

void
kt_filemap_drop(struct kt_filemap *m, size_t off, size_t len)
{
	uintptr_t from, to;

	if (off >= m->size)
		return;
	if (len > m->size - off)
		len = m->size - off;
	/* the pages wholly before off + len (data is page-aligned); dropping
	 * one still needed costs only a fault from the page cache */
	from = ((uintptr_t)m->data + off) & page_mask;
	to = ((uintptr_t)m->data + off + len) & page_mask;
	if (to > from)
		madvise((void *)from, to - from, MADV_DONTNEED);
}

void
kt_filemap_close(struct kt_filemap *m)
{
	if (!m)
		return;
	/* unpublished before the unmap: no fault can name these pages after */
	__atomic_store_n(&slots[m->slot].used, 1, __ATOMIC_RELEASE);
	munmap(m->data, m->size);
	__atomic_store_n(&slots[m->slot].used, 0, __ATOMIC_RELEASE);
	free(m);
}
