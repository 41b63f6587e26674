/* history: placeholder until the history store lands (see history.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "history.h"
#include "util.h"

char *
kt_history_default_path(void)
{
	return NULL;
}

int
kt_history_record(const char *path, const struct kt_history_entry *e, size_t n,
    long long when, struct kt_error *err)
{
	(void)e;
	(void)n;
	(void)when;
	err->code = KT_EUSAGE;
	snprintf(err->msg, sizeof(err->msg), "%s: the crash history is not implemented yet", path);
	return -1;
}
