#!/bin/sh
# build.sh [check]: install missing build dependencies (Debian), build in
# build/, and with "check" run the whole test suite twice — a normal build
# and one under AddressSanitizer/UndefinedBehaviorSanitizer (build-asan/) —
# and print "N passed, N failed" over both runs.
set -e
cd "$(dirname "$0")"
PKGS="autoconf automake pkg-config gcc make libpcre2-dev libsqlite3-dev libcurl4-openssl-dev
zlib1g-dev libzstd-dev libjansson-dev libssl-dev python3 python3-jsonschema mandoc zstd pmccabe"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "build.sh: installing:$missing" >&2
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	$SUDO apt-get update -qq || echo "build.sh: apt-get update had errors; trying with the lists we have" >&2
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
# Vectorscan for the skim where Debian packages it (not riscv64, s390x):
# without it configure picks the portable matcher, with the same results.
if ! dpkg-query -W -f='${Status}' libvectorscan-dev 2>/dev/null | grep -q "install ok installed"; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libvectorscan-dev >/dev/null 2>&1 ||
		echo "build.sh: libvectorscan-dev is not available: the skim uses the portable matcher" >&2
fi
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
	./autogen.sh >/dev/null 2>&1
fi

# build DIR [configure flags...]
build() {
	dir=$1
	shift
	# A build tree configured for another checkout (a copied tree) would
	# build and test that checkout's sources: configure afresh.
	if [ -f "$dir/Makefile" ] &&
		[ "$(cd "$(sed -n 's/^abs_top_srcdir = //p' "$dir/Makefile")" 2>/dev/null && pwd -P)" != "$(pwd -P)" ]; then
		echo "build.sh: $dir was configured for another source tree; configuring it again" >&2
		rm -rf "$dir"
	fi
	mkdir -p "$dir"
	(cd "$dir" && { [ -f Makefile ] || ../configure --enable-werror "$@" >/dev/null; } &&
		make -j"$(nproc)" >/dev/null)
}

# check DIR: run make check there; add its TAP counts to pass/fail
pass=0
fail=0
status=0
check() {
	dir=$1
	s=0
	make -C "$dir" -j"$(nproc)" check >"$dir/check.out" 2>&1 || s=$?
	# TAP results of every test log; SKIPs and TODOs (known, listed misreads) count as neither
	logs=$(find "$dir/tests" -name '*.log' ! -name 'test-suite.log')
	p=$(cat $logs 2>/dev/null | grep -E '^ok ' | grep -cvE '# (SKIP|TODO)' || true)
	f=$(cat $logs 2>/dev/null | grep -E '^not ok ' | grep -cvE '# TODO' || true)
	grep -hE '^(FAIL|ERROR|XPASS):' $logs 2>/dev/null | sed "s|^|$dir: |" | head -40 >&2 || true
	if [ "$s" -ne 0 ] && [ "$f" -eq 0 ]; then
		tail -30 "$dir/check.out" >&2
		f=1
	fi
	[ "$s" -eq 0 ] || status=$s
	pass=$((pass + p))
	fail=$((fail + f))
	echo "build.sh: $dir: $p passed, $f failed" >&2
}

build build
if [ "${1:-}" = check ]; then
	check build
	SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
	build build-asan CFLAGS="$SAN" LDFLAGS="-fsanitize=address,undefined"
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		KTRIAGE_SANITIZED=1 check build-asan
	echo "$pass passed, $fail failed"
	exit "$status"
fi
