#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Compressed logs are recognised by their magic bytes whatever their name
# (gzip and zstd in t4000-cli): xz, bzip2 and lz4 (frame format), each also
# as concatenated streams, zstd with the largest window (--long=31), and a
# cut stream of each is an input error.  A binary file (an executable,
# mostly NUL bytes) is refused as no log, never reported clean.
. "$SRCDIR/tests/lib.sh"
SEED="$DATA/seeds/001_6f164741997502bb.txt"
"$KTRIAGE" scan -f json --label seed "$SEED" >"$TMP/plain.json" 2>/dev/null

# compress NAME COMMAND...: the seed through COMMAND into $TMP/NAME (the tool may be missing)
compress() {
	out=$1
	shift
	command -v "$1" >/dev/null 2>&1 || return 1
	"$@" <"$SEED" >"$TMP/$out"
}
for c in "xz xz -c" "bzip2 bzip2 -c" "lz4 lz4 -q -c" "zstd-long zstd -q --long=31 -c"; do
	set -- $c
	name=$1
	shift
	if ! compress "$name.bin" "$@"; then
		ok "# SKIP $1 not installed"
		continue
	fi
	kt scan -f json --label seed "$TMP/$name.bin"
	check "$name: the same reports as the plain seed, exit 1" sh -c "[ $rc = 1 ] && cmp -s '$TMP/out' '$TMP/plain.json'"
	cat "$TMP/$name.bin" "$TMP/$name.bin" >"$TMP/$name.twice"
	kt scan -f json "$TMP/$name.twice"
	check "$name: two concatenated streams, both read" [ "$(wc -l <"$TMP/out")" = 2 ]
	head -c 600 "$TMP/$name.bin" >"$TMP/$name.cut"
	kt scan "$TMP/$name.cut"
	check "$name: a cut stream is an input error (exit 2), not a shorter log" \
		sh -c "[ $rc = 2 ] && grep -q 'stream ends early (truncated file?)' '$TMP/err'"
done
# zstd --long=31 from a pipe: the frame asks for a 2 GiB window (libzstd's
# default limit is 128 MiB, so this was "corrupt zstd data" before)
if command -v zstd >/dev/null 2>&1; then
	check "zstd --long=31: the frame asks for a 2 GiB window" sh -c "zstd -lv '$TMP/zstd-long.bin' 2>&1 | grep -q 'Window Size: 2.00 GiB'"
else
	ok "# SKIP zstd not installed"
fi
printf '\3757zXZ\0 this is no xz stream' >"$TMP/bad.xz"
kt scan "$TMP/bad.xz"
check "xz: corrupt data is an input error naming the format" sh -c "[ $rc = 2 ] && grep -q 'bad.xz: corrupt xz data' '$TMP/err'"

# binaries
kt scan "$KTRIAGE"
check "an ELF binary (ktriage itself): exit 2, said to be no log" \
	sh -c "[ $rc = 2 ] && grep -q 'a binary file, not a log: an ELF executable' '$TMP/err' && ! grep -q 'no crash report found' '$TMP/out'"
gzip -c "$KTRIAGE" >"$TMP/elf.gz"
kt scan "$TMP/elf.gz"
check "an ELF binary inside gzip: exit 2 too" [ "$rc" = 2 ]
head -c 65536 /dev/zero >"$TMP/zeros"
kt scan "$TMP/zeros"
check "mostly NUL bytes: exit 2, 'mostly NUL bytes'" sh -c "[ $rc = 2 ] && grep -q 'mostly NUL bytes' '$TMP/err'"
rc=0; "$KTRIAGE" scan <"$KTRIAGE" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "a binary on stdin: exit 2" [ "$rc" = 2 ]
kt scan -f json "$KTRIAGE" "$SEED"
check "a binary among logs: the logs are still triaged, exit 2" sh -c "[ $rc = 2 ] && [ \$(wc -l <'$TMP/out') = 1 ]"
done_testing
