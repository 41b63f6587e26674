#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Code health: every test script is run, and a complexity gate (as curl
# gates its functions at 50): no function of the
# library or the CLI may have a modified McCabe complexity above 30
# (pmccabe's first column).  A function over it is split into named steps.
# Without pmccabe the gate is skipped, except in CI (CI=true), where
# build.sh has installed it and its absence is a failure.
. "$SRCDIR/tests/lib.sh"
LIMIT=30
# every numbered script runs: each one is listed in Makefile.am's KT_TESTS
for t in "$SRCDIR"/tests/t[0-9][0-9][0-9][0-9]-*.sh; do
	n=${t##*/}
	check "$n is in KT_TESTS of Makefile.am" grep -q "^	tests/$n" "$SRCDIR/Makefile.am"
done
# every source file states its licence (COPYING: GPL-2.0-or-later)
for f in "$SRCDIR"/lib/*/*.[ch] "$SRCDIR"/cli/*.[ch] "$SRCDIR"/include/ktriage/*.h "$SRCDIR"/tools/*.c \
	"$SRCDIR"/tests/*.[ch] "$SRCDIR"/tests/*.sh "$SRCDIR"/tests/helper/*.c "$SRCDIR"/tests/fuzz/*.[ch] \
	"$SRCDIR"/man/*.[15] "$SRCDIR"/Makefile.am "$SRCDIR"/configure.ac "$SRCDIR"/build.sh "$SRCDIR"/autogen.sh; do
	[ -f "$f" ] || continue
	head -n 3 "$f" | grep -q "SPDX-License-Identifier: GPL-2.0-or-later" || missing_spdx="$missing_spdx ${f#"$SRCDIR"/}"
done
check "every source file has an SPDX licence line${missing_spdx:+ (missing:$missing_spdx)}" [ -z "${missing_spdx:-}" ]
if ! command -v pmccabe >/dev/null 2>&1; then
	if [ "${CI:-}" = true ]; then
		not_ok "pmccabe is not installed (build.sh installs it)"
	else
		ok "# SKIP pmccabe not installed (apt-get install pmccabe)"
	fi
	done_testing
	exit $?
fi
cd "$SRCDIR" || exit 1
for dir in lib/* cli; do
	pmccabe "$dir"/*.c "$dir"/*.h 2>/dev/null | awk -v lim="$LIMIT" '$1 > lim' >"$TMP/over"
	n=$(pmccabe "$dir"/*.c "$dir"/*.h 2>/dev/null | wc -l)
	max=$(pmccabe "$dir"/*.c "$dir"/*.h 2>/dev/null | sort -n -r | head -n 1 | cut -f1)
	if [ -s "$TMP/over" ]; then
		not_ok "$dir: functions above complexity $LIMIT"
		sed 's/^/# /' "$TMP/over"
	else
		ok "$dir: $n functions, none above complexity $LIMIT (highest ${max:-0})"
	fi
done
done_testing
