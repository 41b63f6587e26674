/* SPDX-License-Identifier: GPL-2.0-or-later */
/* ktriage-stage1 has no built-in database: it is the tool that builds it. */
#include "cli-db.h"

const unsigned char kt_builtin_db[] = { 0 };
const size_t kt_builtin_db_len = 0;
