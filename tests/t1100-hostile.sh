#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Hostile input: nothing may crash, hang or lose a report.
. "$SRCDIR/tests/lib.sh"
STRESS="$BUILDDIR/tests/scan-stress"
S="$DATA/seeds"

: >"$TMP/empty"
kt scan "$TMP/empty"
check "empty input: exit 0" [ "$rc" = 0 ]

head -c 4194304 /dev/urandom >"$TMP/garbage"
kt scan -f json "$TMP/garbage"
check "4 MiB of random bytes: no crash (exit $rc)" [ "$rc" = 0 -o "$rc" = 3 ]
check "random bytes: output is valid JSON Lines" python3 -c "
import json,sys
for l in open(sys.argv[1], encoding='utf-8'): json.loads(l)" "$TMP/out"

python3 -c "import sys; sys.stdout.write('A'*(16<<20) + '\n')" >"$TMP/longline"
cat "$S/002_5d49e262595e473a.txt" >>"$TMP/longline"
kt scan -f json "$TMP/longline"
check "16 MiB line then an oops: the oops is found" [ "$(json_get "$TMP/out" 0 kind)" = oops ]
check "16 MiB line: a warning says the line was cut" grep -q 'lines longer than 4096 bytes were cut' "$TMP/err"

python3 -c "
import sys
d=open(sys.argv[1],'rb').read().replace(b'\n', b'\x00\r\n').replace(b'Call Trace', b'Call\x00 Trace')
sys.stdout.buffer.write(d)" "$S/002_5d49e262595e473a.txt" >"$TMP/nul-crlf"
kt scan -f json "$TMP/nul-crlf"
check "NUL bytes and CRLF: same title as the clean seed" \
	[ "$(json_get "$TMP/out" 0 title)" = "BUG: unable to handle kernel paging request in kvmppc_add_revmap_chain" ]

# a quoted, timestamped line broken at a blank is joined with the next (mail's
# format=flowed); a run of 100,000 such breaks is still cut at one line's length
python3 -c "
import sys
w = sys.stdout.write
w('> [    1.000000] WARNING: CPU: 0 PID: 1 at mm/memory.c:100 zap_pte_range+0x10/0x20 \\n')
for i in range(100000): w('> word%d \\n' % i)
sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())" "$S/002_5d49e262595e473a.txt" >"$TMP/flowed"
kt scan -f json "$TMP/flowed"
check "100,000 flowed breaks: the report after them is still found" \
	[ "$(json_get "$TMP/out" 1 title)" = "BUG: unable to handle kernel paging request in kvmppc_add_revmap_chain" ]
check "100,000 flowed breaks: the joined header stops at the line limit" \
	python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).readline()); sys.exit(len(d['header']) > 4096)" "$TMP/out"

head -n 45 "$S/002_5d49e262595e473a.txt" >"$TMP/cut"
kt scan -f json "$TMP/cut"
check "log cut inside the call trace: reported and flagged truncated" \
	[ "$(json_get "$TMP/out" 0 truncated)" = true ]
check "cut report keeps its title" \
	[ "$(json_get "$TMP/out" 0 title)" = "BUG: unable to handle kernel paging request in kvmppc_add_revmap_chain" ]

out=$("$STRESS" reports 100000)
check "100,000 reports in one log: all returned ($out)" [ "${out%% *}" = 100000 ]
kt scan --max-reports 3 "$TMP/nul-crlf" "$TMP/cut"
check "--max-reports: within limits nothing is hidden" sh -c "! grep -q 'more reports not shown' '$TMP/out'"
if [ -n "${KTRIAGE_SANITIZED:-}" ]; then
	ok "# SKIP peak memory is not measured under sanitizers (their allocators keep freed memory)"
	done_testing
	exit
fi
python3 - "$STRESS" <<'PY' >"$TMP/mem"
import resource, subprocess, sys
def peak(n):
    subprocess.run([sys.argv[1], "bytes", str(n)], check=True, stdout=subprocess.DEVNULL)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
small = peak(16 << 20)
big = peak(256 << 20)   # ru_maxrss of children is the max so far
print(small, big)
PY
read small big <"$TMP/mem"
check "peak memory does not grow with input size (16 MiB: ${small} KiB, 256 MiB: ${big} KiB)" \
	[ "$big" -le $((small + small / 2 + 2048)) ]
done_testing
