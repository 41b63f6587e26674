/* markdown writer: placeholder until it lands. */
#include "config.h"

#include "output.h"

static void
markdown_report(struct out_file *f, const struct kt_report *r, const struct kt_matches *m)
{
	(void)f;
	(void)r;
	(void)m;
}

const struct out_writer out_markdown = {
	"markdown", "not implemented yet",
	NULL, NULL, markdown_report, NULL, NULL,
};
