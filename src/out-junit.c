/* junit writer: placeholder until it lands. */
#include "config.h"

#include "output.h"

static void
junit_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	(void)f;
	(void)r;
	(void)m;
}

const struct out_writer out_junit = {
	"junit", "not implemented yet",
	NULL, NULL, junit_report, NULL, NULL,
};
