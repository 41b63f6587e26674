/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * strbuf: the one growable string type of ktriage.
 *
 * Invariants:
 *  - buf is never NULL: an empty strbuf points at a shared "" and alloc == 0;
 *  - buf[len] == '\0' always, so buf can be handed to C string functions;
 *  - len < alloc whenever alloc > 0;
 *  - the strbuf owns buf; strbuf_detach() is the only way to take it over,
 *    and the caller then frees it with free().
 * Allocation failure aborts (see util.h), so no function here fails.
 */
#ifndef KT_STRBUF_H
#define KT_STRBUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

struct strbuf {
	size_t alloc;
	size_t len;
	char *buf;
};

extern char strbuf_empty[];
#define STRBUF_INIT { 0, 0, strbuf_empty }

void strbuf_init(struct strbuf *sb, size_t hint);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_reset(struct strbuf *sb);
void strbuf_setlen(struct strbuf *sb, size_t len);

/* The appends, inline: callers build output a byte or a field at a time,
 * and the call cost more than the copy.  Room is checked as
 * len >= alloc - sb->len, which cannot overflow (len < alloc, or both 0). */
static inline void
strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
	if (!len)
		return;
	if (len >= sb->alloc - sb->len)
		strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

static inline void
strbuf_addstr(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

static inline void
strbuf_addch(struct strbuf *sb, int c)
{
	if (1 >= sb->alloc - sb->len)
		strbuf_grow(sb, 1);
	sb->buf[sb->len++] = (char)c;
	sb->buf[sb->len] = '\0';
}
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Append dir/name, with one slash between them however dir ends. */
void strbuf_add_path(struct strbuf *sb, const char *dir, const char *name);
/* Remove trailing ASCII whitespace. */
void strbuf_rtrim(struct strbuf *sb);

#endif
