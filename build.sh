#!/bin/sh
# build.sh [check]: install missing build dependencies (Debian), build in
# build/, and with "check" run the test suite and print "N passed, N failed".
set -e
cd "$(dirname "$0")"
PKGS="autoconf automake pkg-config gcc make libpcre2-dev libsqlite3-dev libcurl4-openssl-dev
zlib1g-dev libzstd-dev libjansson-dev libssl-dev python3 mandoc"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "build.sh: installing:$missing" >&2
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
[ -x configure ] && [ configure -nt configure.ac ] && [ Makefile.in -nt Makefile.am ] || ./autogen.sh >/dev/null 2>&1
mkdir -p build
cd build
[ -f Makefile ] || ../configure --enable-werror ${CONFIGURE_FLAGS:-} >/dev/null
make -j"$(nproc)" >/dev/null
if [ "${1:-}" = check ]; then
	status=0
	make -j"$(nproc)" check >check.out 2>&1 || status=$?
	grep -E '^(PASS|FAIL|XFAIL|XPASS|ERROR|SKIP):' tests/*.log 2>/dev/null | grep -E '^[^:]*:(FAIL|ERROR|XPASS)' | head -50 || true
	pass=$(cat tests/*.log | grep -cE '^ok ' || true)
	fail=$(cat tests/*.log | grep -cE '^not ok ' || true)
	[ "$status" -eq 0 ] || [ "$fail" -gt 0 ] || { tail -30 check.out; fail=1; }
	echo "$pass passed, $fail failed"
	exit "$status"
fi
