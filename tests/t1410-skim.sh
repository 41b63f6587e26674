#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The skim (lib/scan/skim.c): lines without a header literal are counted,
# not read, while no report is open.  It must change nothing: every golden
# log gives the same reports skimmed with Vectorscan (KTRIAGE_SKIM=
# vectorscan: the portable matcher when not built with it), with the
# portable matcher (KTRIAGE_SKIM=portable, the automaton of lib/base) and
# with the skim off, at any size (by default logs under 256 KiB are read
# whole), and large
# logs (real boots with real crashes, CR-split and overlong lines, tabs,
# escapes) give byte-identical output, line counts and warnings included,
# with each matcher: Vectorscan (when configure found it), portable, off,
# the default's choice by the file's size, and read as a stream (size
# unknown).  unit-skim tests the choice itself.
. "$SRCDIR/tests/lib.sh"
mkdir -p "$TMP/nosigs"
"$KTRIAGE" signatures compile "$TMP/nosigs" -o "$TMP/empty.db" || exit 1
cd "$DATA" || exit 1
for mode in vectorscan portable off; do
	bad=""
	n=0
	for f in seeds/*.txt corpus/*/*.log boot/*.log; do
		[ -f "$f" ] || continue
		n=$((n + 1))
		KTRIAGE_SKIM=$mode "$KTRIAGE" scan --db "$TMP/empty.db" --format json --label "$f" "$f" >"$TMP/got.jsonl" 2>"$TMP/stderr"
		rc=$?
		"$SRCDIR/tests/golden-json" <"$TMP/got.jsonl" >"$TMP/got" && cmp -s "$TMP/got" "golden/$f.json" && continue
		bad="$bad $f"
		# what differed, for a difference seen once (exit status, stderr, the diff's start)
		echo "# $mode $f: exit $rc"
		sed 's/^/# stderr: /' "$TMP/stderr" | head -n 5
		diff "golden/$f.json" "$TMP/got" | sed 's/^/# /' | head -n 20
	done
	check "skim $mode: the $n golden logs give their golden reports${bad:+ (differ:$bad)}" [ -z "$bad" ]
done

# Large logs: the real clean boots with real crashes every ~12 KiB and
# every 256 KiB, and a clean one with lines the line reader splits at a
# bare CR, overlong lines (and lines just under the limit), "\r\n" endings,
# tabs and escapes around a header literal.
python3 "$SRCDIR/bench/gen-log.py" 3 12288 "$TMP/dense.log"
python3 "$SRCDIR/bench/gen-log.py" 6 262144 "$TMP/sparse.log"
python3 "$SRCDIR/bench/gen-log.py" 4 0 "$TMP/clean.log"
python3 - "$TMP/odd.log" <<'PY'
import sys
boot = open("boot/x86_64-clean.log", "rb").read()
crash = open("seeds/001_6f164741997502bb.txt", "rb").read()
with open(sys.argv[1], "wb") as f:
    for i in range(200):
        f.write(boot)
        f.write(b"progress 1%\r2%\r\r3%\r\n" + b"x" * (5000 + i) + b"\n")
        # around the line limit (4096), "\r\n"-ended or not, at every
        # alignment: the skipped lines are counted by blocks (scanner.c)
        f.write(b"y" * (4060 + i % 45) + (b"\r\n" if i % 2 else b"\n") + b"serial\r\r\n")
        # a piece at a line's start; a line over the limit whose pieces
        # are not (counted one by one), after a bare "\r" in its block
        f.write(b"\rfirst piece empty\n" + b"cr\r" * (i % 7) + b"z" * (3000 + i) + b"\r" + b"z" * 2000 + b"\n")
        f.write(b"[  1.000000] tab\there \x1b[1mBUG:\x1b[0m not at the start\n")
        f.write(b"[  1.000001] Kernel\tpanic - not syncing: tab-joined\n" if i % 50 == 7 else b"")
        # a tab where a literal has its space, at its end, at its start,
        # doubled, and tabs that stand where no literal has a space
        # (lib/scan/skim.c tab_may_open)
        f.write(b"[  1.000003] BUG:\tunable to handle page fault for address: 0000000000000000\n" if i % 50 == 9 else b"")
        f.write(b"[  1.000004] x\t\tin range [0x0-0x1] of the tab\r\n" if i % 50 == 11 else b"")
        f.write(b"[  1.000005] WARNING:\t\tCPU: 1 PID: 2 at kernel/x.c:1 f+0x1/0x2\n" if i % 50 == 13 else b"")
        # a tab for a literal's first byte, a space: only the byte after
        # it tells (tab_may_join)
        f.write(b"[  1.000007] addressing exception: 0005\tilc:2 [#1]\n" if i % 50 == 15 else b"")
        f.write(b"[  1.000006] rcu: \tRCU restricting CPUs\t(tab)\t\n")
        f.write(b"[  1.000002] a wrap word, probably for\nnon-canonical address nothing\n")
        if i % 40 == 3:
            f.write(crash)
PY
# Lines the skim must not pass while a report may still take them: a Xen
# report left open while dom0 goes on printing, then a lone "(XEN)" line;
# x86's registers printed again 0 to 45 boot lines after "---[ end trace"
# (reopening the report inside the follow-up window, not after it).
python3 - "$TMP/needles.log" <<'PY'
import sys
boot = open("boot/x86_64-clean.log", "rb").read().splitlines(True)
xen = open("corpus/xen/xen417-credit2-free-domdata-crash-excerpt.log", "rb").read()
gpf = open("corpus/x86/lkp-segment-gpf-bogus-timestamps.log", "rb").read().splitlines(True)
end = next(i for i, l in enumerate(gpf) if b"end trace" in l) + 1
with open(sys.argv[1], "wb") as f:
    for i in range(120):
        f.write(b"".join(boot))
        if i % 7 == 2:
            f.write(xen)
            f.write(b"".join(boot[:300 + i]))
            f.write(b"(XEN) d0v1 Unhandled invalid opcode fault/trap [#6, ec=0000]\n")
        if i % 5 == 1:
            f.write(b"".join(gpf[:end]) + b"".join(boot[:i % 46]) + b"".join(gpf[end:]))
PY
# dmesg's deltas ("[<    0.000100>]", "[  +0.000123]") between stretches
# of absolute times: a delta line's time adds to the line before's, so
# a skip ending on one is refused (scanner.c skipped_time), and a crash in
# deltas after a long clean stretch gets the time reading every line gives
# it.  The log opens with deltas.  Blanked stamps ("[          ]") and
# stretches of every length put each form at every offset of the skim's
# 16-byte steps.
python3 - "$TMP/deltas.log" <<'PY'
import re, sys
stamp = re.compile(rb"^\[ *\d+\.\d+\]")
boot = open("boot/x86_64-clean.log", "rb").read().splitlines(True)
crash = [l for l in open("seeds/001_6f164741997502bb.txt", "rb").read().splitlines(True) if stamp.match(l)]
def deltas(lines, form):
    return b"".join(stamp.sub(form, l) for l in lines)
with open(sys.argv[1], "wb") as f:
    f.write(deltas(boot[:30], b"[<    0.000100>]"))
    for i in range(100):
        f.write(b"".join(boot))
        if i % 9 == 2:
            f.write(deltas(boot[:40 + i], b"[<    0.000100>]") + deltas(crash, b"[<    0.000250>]"))
        if i % 9 == 5:
            f.write(deltas(boot[:200], b"[  +0.000123]") + b"".join(crash))
        if i % 9 == 7:
            f.write(deltas(crash, b"[  +0.002000]"))
        if i % 9 == 4:
            f.write(deltas(boot[:30 + i], b"[          ]") + deltas(crash, b"[  +0.001000]"))
PY
# The first delta of a log (no skip stopped for one before), after more
# untimed lines than the skim reads back before a hit (a Xen block, some
# with a "[" that is no stamp): the crash's blanked stamps take the time
# of the last timed line before the block, skipped (scanner.c skipped_time).
python3 - "$TMP/gaps.log" <<'PY'
import re, sys
stamp = re.compile(rb"^\[ *\d+\.\d+\]")
boot = open("boot/x86_64-clean.log", "rb").read().splitlines(True)
crash = [stamp.sub(b"[ ]", l) for l in open("seeds/001_6f164741997502bb.txt", "rb").read().splitlines(True) if stamp.match(l)]
with open(sys.argv[1], "wb") as f:
    for i in range(60):
        f.write(b"".join(boot[:400 + 7 * i]))
        # the last timed line: pieces split at a bare CR (the last timed
        # one counts), a firmware's colours before its stamp
        if i % 3 == 1:
            f.write(b"[  %d.000001] progress\r[  %d.500000] done\rC0100\n" % (100 + i, 100 + i))
        if i % 3 == 2:
            f.write(b"\x1b[0m\x1b[?25l[  %d.250000] coloured\r\n" % (100 + i))
        f.write(b"".join(b"(XEN) [VT-D] untimed line %d of the block\n" % k if k % 3 else b"(XEN) untimed %d\n" % k
                         for k in range(45 + i)))
        f.write(b"".join(crash))
PY
for log in dense sparse odd clean needles deltas gaps; do
	for fmt in json text; do
		"$KTRIAGE" scan --format $fmt "$TMP/$log.log" >"$TMP/$log.$fmt.default" 2>&1
		for mode in vectorscan portable off; do
			KTRIAGE_SKIM=$mode "$KTRIAGE" scan --format $fmt "$TMP/$log.log" >"$TMP/$log.$fmt.$mode" 2>&1
		done
		# a stream: its size unknown, skimmed as a large file is
		"$KTRIAGE" scan --format $fmt --label "$TMP/$log.log" <"$TMP/$log.log" >"$TMP/$log.$fmt.stream" 2>&1
		check "skim: $log log, $fmt: the same output with the default matcher and with the skim off" \
			cmp -s "$TMP/$log.$fmt.default" "$TMP/$log.$fmt.off"
		check "skim: $log log, $fmt: the same output with Vectorscan (or its stand-in) and with the skim off" \
			cmp -s "$TMP/$log.$fmt.vectorscan" "$TMP/$log.$fmt.off"
		check "skim: $log log, $fmt: the same output with the portable matcher and with the skim off" \
			cmp -s "$TMP/$log.$fmt.portable" "$TMP/$log.$fmt.off"
		check "skim: $log log, $fmt: the same output read as a stream and with the skim off" \
			cmp -s "$TMP/$log.$fmt.stream" "$TMP/$log.$fmt.off"
	done
done
check "skim: the needles log's reports were found (the test reads something)" \
	[ "$(grep -c '^{' "$TMP/needles.json.off")" -ge 20 ]
check "skim: the deltas log's reports were found, timed (the test reads something)" \
	[ "$(grep -c '"time":[0-9]' "$TMP/deltas.json.off")" -ge 20 ]
check "skim: the gaps log's reports were found, timed (the test reads something)" \
	[ "$(grep -c '"time":[1-9]' "$TMP/gaps.json.off")" -ge 50 ]
check "skim: the odd log's reports were found (the test reads something)" \
	[ "$(grep -c '^{' "$TMP/odd.json.off")" -ge 5 ]
check "skim: the odd log's overlong lines are counted as when read" grep -q "lines longer than" "$TMP/odd.text.default"
check "skim: the clean log's line count is printed (and compared above)" grep -q "no crash report found ([0-9]* lines)" "$TMP/clean.text.default"
done_testing
