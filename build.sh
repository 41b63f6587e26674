#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# build.sh [check|quick]: install missing build dependencies (Debian), build
# in build/ (with $CC when it is set: CC=clang ./build.sh), and
#   check: run the whole test suite twice — a normal build and one under
#          AddressSanitizer/UndefinedBehaviorSanitizer (build-asan/) — and
#          print "N passed, N failed" over both runs (15-20 minutes);
#   quick: run a quick subset (unit tests, CLI, formats, man pages; about a
#          minute) in build/ only.
# Each step is announced on stderr as "build.sh: ...".
set -e
cd "$(dirname "$0")"
say() { echo "build.sh: $*" >&2; }
PKGS="autoconf automake pkg-config gcc make libpcre2-dev libsqlite3-dev libcurl4-openssl-dev
zlib1g-dev libzstd-dev liblzma-dev libbz2-dev liblz4-dev libjansson-dev libssl-dev libgit2-dev python3
python3-jsonschema mandoc zstd xz-utils bzip2 lz4 pmccabe"
case ${CC:-} in
*clang*) PKGS="$PKGS clang" ;;
esac
say "checking the build dependencies"
if ! command -v dpkg-query >/dev/null 2>&1; then
	# Not Debian: no package names to check; the tools the build runs must be there.
	miss=""
	for t in autoreconf automake pkg-config "${CC:-cc}" make python3; do
		command -v "$t" >/dev/null 2>&1 || miss="$miss $t"
	done
	for m in libpcre2-8 sqlite3 libcurl zlib libzstd jansson libcrypto; do
		pkg-config --exists "$m" 2>/dev/null || miss="$miss $m(pkg-config)"
	done
	if [ -n "$miss" ]; then
		say "this system has no dpkg/apt, so build.sh cannot install what is missing:$miss"
		say "install the equivalents of the Debian packages: $(echo $PKGS)"
		say "then run ./build.sh again, or ./autogen.sh && ./configure && make"
		exit 1
	fi
else
	missing=""
	for p in $PKGS; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
	done
	if [ -n "$missing" ]; then
		if ! command -v apt-get >/dev/null 2>&1; then
			say "missing Debian packages:$missing; there is no apt-get to install them: install them and run again"
			exit 1
		fi
		say "installing with apt-get:$missing"
		SUDO=""
		[ "$(id -u)" -eq 0 ] || SUDO=sudo
		$SUDO apt-get update -qq || say "apt-get update had errors; trying with the lists we have"
		# shellcheck disable=SC2086
		DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
	fi
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
	say "./autogen.sh (configure and Makefile.in from configure.ac and Makefile.am)"
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
		say "$dir was configured for another source tree; configuring it again"
		rm -rf "$dir"
	fi
	# A tree configured with another compiler than $CC asks would keep using it.
	if [ -n "${CC:-}" ] && [ -f "$dir/Makefile" ] && [ "$(sed -n 's/^CC = //p' "$dir/Makefile")" != "$CC" ]; then
		say "$dir was configured with another compiler than $CC; configuring it again"
		rm -rf "$dir"
	fi
	mkdir -p "$dir"
	if [ ! -f "$dir/Makefile" ]; then
		say "configure --enable-werror${*:+ $*} in $dir/${CC:+ (CC=$CC)}"
		(cd "$dir" && ../configure --enable-werror "$@" >/dev/null)
	fi
	say "make in $dir/"
	(cd "$dir" && make -j"$(nproc)" >/dev/null)
}

# check DIR: run make check there; add its TAP counts to pass/fail
pass=0
fail=0
status=0
check() {
	dir=$1
	s=0
	say "make check in $dir/${TESTS:+ (TESTS=$TESTS)}"
	make -C "$dir" -j"$(nproc)" check ${TESTS:+TESTS="$TESTS"} >"$dir/check.out" 2>&1 || s=$?
	# TAP results of every test log; SKIPs and TODOs (known, listed misreads) count as neither
	logs=$(find "$dir/tests" -name '*.log' ! -name 'test-suite.log')
	if [ -n "${TESTS:-}" ]; then	# only this run's: others may be stale
		logs=""
		for t in $TESTS; do logs="$logs $dir/${t%.sh}.log"; done
	fi
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
	say "$dir: $p passed, $f failed"
}

build build
if [ "${1:-}" = quick ]; then
	TESTS="tests/unit-strbuf tests/unit-lines tests/unit-scanner tests/unit-multilit tests/t0010-internals.sh
tests/t3000-formats.sh tests/t4000-cli.sh tests/t4100-cli-conventions.sh tests/t9000-man.sh"
	TESTS=$(echo $TESTS)
	check build
	echo "$pass passed, $fail failed"
	exit "$status"
fi
if [ "${1:-}" = check ]; then
	check build
	SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1"
	build build-asan CFLAGS="$SAN" LDFLAGS="-fsanitize=address,undefined"
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		KTRIAGE_SANITIZED=1 check build-asan
	echo "$pass passed, $fail failed"
	exit "$status"
fi
