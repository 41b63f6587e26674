#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# CLI behaviour: exit codes, formats, stdin, compression, errors, and what a
# reader of the five seed reports would say about each.
. "$SRCDIR/tests/lib.sh"
S="$DATA/seeds"

# --- the seeds, as a reader of the logs would describe them ---
kt scan -f json "$S/000_67590d50e4aaf037.txt"
check "seed 000: one report" [ "$(wc -l <"$TMP/out")" = 1 ]
check "seed 000: instruction fetch title" [ "$(json_get "$TMP/out" 0 title)" = "BUG: Unable to handle kernel instruction fetch in update_rq_clock" ]
check "seed 000: powerpc oops" [ "$(json_get "$TMP/out" 0 arch)/$(json_get "$TMP/out" 0 kind)" = "powerpc/oops" ]
check "seed 000: fault at 0xc000000000004400, exec" [ "$(json_get "$TMP/out" 0 fault_address)/$(json_get "$TMP/out" 0 access)" = "0xc000000000004400/exec" ]
check "seed 000: pid 347 kworker/2:1" [ "$(json_get "$TMP/out" 0 pid) $(json_get "$TMP/out" 0 comm)" = "347 kworker/2:1" ]
check "seed 000: xmon vector 400" [ "$(json_get "$TMP/out" 0 trap)" = "400 (Instruction Access)" ]
check "seed 000: first frame update_rq_clock" [ "$(json_get "$TMP/out" 0 frames.0.function)" = update_rq_clock ]
check "seed 000: last frame ret_from_kernel_thread" [ "$(json_get "$TMP/out" 0 frames.10.function)" = ret_from_kernel_thread ]
kt scan -v --color=never "$S/000_67590d50e4aaf037.txt"
check "seed 000: the T1 line is not part of the T347 report" sh -c "! grep -q 'Run /sbin/init' '$TMP/out'"
check "seed 000: the T347 lines are" grep -q 'Faulting instruction address' "$TMP/out"

kt scan -f json "$S/001_6f164741997502bb.txt"
check "seed 001: one report" [ "$(wc -l <"$TMP/out")" = 1 ]
check "seed 001: kernel BUG in assert_pte_locked" [ "$(json_get "$TMP/out" 0 title)" = "kernel BUG in assert_pte_locked" ]
check "seed 001: Radix, 6.1.0-rc2+" [ "$(json_get "$TMP/out" 0 mmu) $(json_get "$TMP/out" 0 release)" = "Radix 6.1.0-rc2+" ]
check "seed 001: the panic belongs to the report" [ "$(json_get "$TMP/out" 0 panicked)" = true ]
check "seed 001: patch_instruction and register_kprobe in the trace" \
	sh -c "grep -q '\"function\":\"patch_instruction\"' '$TMP/out' && grep -q '\"function\":\"register_kprobe\"' '$TMP/out'"

kt scan -f json "$S/002_5d49e262595e473a.txt"
check "seed 002: paging request in kvmppc_add_revmap_chain" [ "$(json_get "$TMP/out" 0 title)" = "BUG: unable to handle kernel paging request in kvmppc_add_revmap_chain" ]
check "seed 002: kvm_hv frames" grep -q '"module":"kvm_hv"' "$TMP/out"
check "seed 002: powerpc" [ "$(json_get "$TMP/out" 0 arch)" = powerpc ]

kt scan -f json "$S/003_5e61664e416bb910.txt"
check "seed 003: riscv paging request" [ "$(json_get "$TMP/out" 0 arch)/$(json_get "$TMP/out" 0 kind)" = riscv/oops ]
check "seed 003: instruction fetch at badaddr == epc" [ "$(json_get "$TMP/out" 0 access) $(json_get "$TMP/out" 0 fault_address)" = "exec ffffffda23b0d000" ]
check "seed 003: ra in machine_kexec" [ "$(json_get "$TMP/out" 0 guilty)" = machine_kexec ]
check "seed 003: release 6.4.0-rc6" [ "$(json_get "$TMP/out" 0 release)" = 6.4.0-rc6 ]

kt scan -f json "$S/004_2068eff385394c5d.txt"
check "seed 004: one Xen report" [ "$(wc -l <"$TMP/out")/$(json_get "$TMP/out" 0 kind)" = 1/xen ]
kt scan -v --color=never "$S/004_2068eff385394c5d.txt"
check "seed 004: starts at Bad type, includes Error while pinning and Domain 0 crashed" \
	sh -c "grep -q 'Bad type' '$TMP/out' && grep -q 'Error while pinning mfn' '$TMP/out' && grep -q 'Domain 0 (vcpu#0) crashed' '$TMP/out'"

# --- exit codes and inputs ---
kt scan "$DATA/corpus/clean/lkp-acpi-rsdp-boot-fragment.log"
check "clean log: exit 0" [ "$rc" = 0 ]
check "clean log: says no report" grep -q 'no crash report found' "$TMP/out"
kt scan /nonexistent/file.log
check "missing file: exit 2" [ "$rc" = 2 ]
check "missing file: error names the file" grep -q '/nonexistent/file.log: cannot open' "$TMP/err"
kt scan --format yaml "$S/000_67590d50e4aaf037.txt"
check "unknown format: exit 2 with a message" sh -c "[ $rc = 2 ] && grep -q \"unknown format 'yaml'\" '$TMP/err'"
kt scan --bogus
check "unknown option: exit 2" [ "$rc" = 2 ]
kt scan "$DATA"
check "directory without -r: exit 2, 'is a directory'" sh -c "[ $rc = 2 ] && grep -q 'is a directory (use -r' '$TMP/err'"

# --- many logs at once: -r, --jobs, order, summary ---
mkdir -p "$TMP/many/sub"
for f in "$DATA"/corpus/x86/lkp-*.log; do cp "$f" "$TMP/many/"; done
cp "$S"/00*.txt "$TMP/many/sub/"
n=$(find "$TMP/many" -type f | wc -l)
kt scan -r -f json --jobs 1 "$TMP/many"
cp "$TMP/out" "$TMP/serial.json"
kt scan -r -f json --jobs 4 "$TMP/many"
check "-r --jobs 4: same output, same order as --jobs 1" cmp -s "$TMP/out" "$TMP/serial.json"
kt scan -r -f json --jobs 1 "$TMP/many/"
check "-r DIR/: the same sources as DIR, one slash in each" cmp -s "$TMP/out" "$TMP/serial.json"
check "-r reads every file under the directory ($n)" [ "$(python3 -c "import json,sys; print(len({json.loads(l)['source'] for l in open(sys.argv[1])}))" "$TMP/out")" -ge $((n - 2)) ]
check "sources come in name order" python3 -c "
import json,sys
src=[json.loads(l)['source'] for l in open(sys.argv[1])]
seen=[]
for s in src:
    if not seen or seen[-1]!=s: seen.append(s)
assert seen==sorted(seen), seen" "$TMP/out"
check "json: a summary of the run on stderr, naming the database" grep -q "^ktriage: $n logs read, [0-9]* crash reports: [0-9]* known, [0-9]* unknown; signature database <built-in> version [0-9]*; most frequent:" "$TMP/err"
kt scan -r --color=never "$TMP/many"
check "text: the summary ends the output" sh -c "tail -n 2 '$TMP/out' | grep -q '^$n logs read, [0-9]* crash reports: [0-9]* known, [0-9]* unknown' && tail -n 1 '$TMP/out' | grep -q '^most frequent: '"
# one log and spare cores: its reports are analysed on a second thread
# (kt_limits.pipeline) while it is read on; nothing may change but the speed
find "$TMP/many" -type f | sort | xargs cat >"$TMP/one.log"
kt scan -f json --jobs 1 "$TMP/one.log"
cp "$TMP/out" "$TMP/one-serial.json"
check "one log of many reports: more than 20 of them" [ "$(wc -l <"$TMP/one-serial.json")" -gt 20 ]
kt scan -f json --jobs 2 "$TMP/one.log"
check "one log, --jobs 2 (second thread): same reports, same order as --jobs 1" cmp -s "$TMP/out" "$TMP/one-serial.json"
rc=0; "$KTRIAGE" scan -f json --jobs 2 <"$TMP/one.log" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "the same from stdin with --jobs 2" sh -c "sed 's|\"source\":\"<stdin>\"|\"source\":\"$TMP/one.log\"|' '$TMP/out' | cmp -s - '$TMP/one-serial.json'"
kt scan -f json --jobs 1 --max-reports 7 "$TMP/one.log"
cp "$TMP/out" "$TMP/one-7.json"
kt scan -f json --jobs 2 --max-reports 7 "$TMP/one.log"
check "--max-reports 7 with the second thread: the same first 7" sh -c "[ \$(wc -l <'$TMP/out') = 7 ] && cmp -s '$TMP/out' '$TMP/one-7.json'"
kt scan -r -f json --jobs 0 "$TMP/many"
check "--jobs 0: usage error" [ "$rc" = 2 ]
kt scan -f json "$S/002_5d49e262595e473a.txt" /nonexistent.log "$S/001_6f164741997502bb.txt"
check "an unreadable input among others: the others are still triaged, exit 2" \
	sh -c "[ $rc = 2 ] && [ \$(wc -l <'$TMP/out') = 2 ] && grep -q 'nonexistent.log: cannot open' '$TMP/err'"
# an oops no signature knows
cp "$DATA/unknown-crash.log" "$TMP/unknown.log"
rc=0; "$KTRIAGE" <"$TMP/unknown.log" >"$TMP/out" 2>&1 || rc=$?
check "plain ktriage reads stdin; an unknown crash: exit 3" [ "$rc" = 3 ]
check "stdin source is named <stdin>" grep -q '^<stdin>:' "$TMP/out"
rc=0; "$KTRIAGE" scan -f json - <"$S/002_5d49e262595e473a.txt" >"$TMP/out" 2>&1 || rc=$?
check "'-' reads stdin" [ "$(json_get "$TMP/out" 0 source)" = "<stdin>" ]
gzip -c "$S/001_6f164741997502bb.txt" >"$TMP/seed.weird-name"
kt scan -f json "$TMP/seed.weird-name"
check "gzip detected by magic bytes" [ "$(json_get "$TMP/out" 0 title)" = "kernel BUG in assert_pte_locked" ]
if command -v zstd >/dev/null 2>&1; then
	zstd -q -c "$S/001_6f164741997502bb.txt" >"$TMP/seed.zst.bin"
	kt scan -f json "$TMP/seed.zst.bin"
	check "zstd detected by magic bytes" [ "$(json_get "$TMP/out" 0 title)" = "kernel BUG in assert_pte_locked" ]
else
	ok "# SKIP zstd not installed"
fi
head -c 300 "$TMP/seed.weird-name" >"$TMP/cut.gz"
kt scan "$TMP/cut.gz"
check "truncated gzip: exit 2 and a clear error" sh -c "[ $rc = 2 ] && grep -q 'gzip stream ends early' '$TMP/err'"
kt scan -f json --label job-77 "$S/003_5e61664e416bb910.txt"
check "--label names the source" [ "$(json_get "$TMP/out" 0 source)" = job-77 ]
kt scan -f json "$S/003_5e61664e416bb910.txt"
for key in source index first_line last_line kind title arch release hardware mmu cpu pid comm taint \
	fault_address access pc frames modules truncated corrupted fingerprint matches; do
	check "json has key $key" python3 -c "import json,sys; assert '$key' in json.loads(open(sys.argv[1]).readline())" "$TMP/out"
done
check "absent values are null" [ "$(json_get "$TMP/out" 0 taint)" = null ]

# --- help and version ---
kt --help
check "--help lists the scan command and exit codes" sh -c "grep -q '^  scan' '$TMP/out' && grep -q 'Exit status' '$TMP/out'"
kt scan --help
check "scan --help lists every option" sh -c "for o in format color label verbose max-line-length max-report-lines max-reports max-frames context-lines; do grep -q -- \"--\$o\" '$TMP/out' || exit 1; done"
kt help scan
check "help scan = scan --help" grep -q -- '--format' "$TMP/out"
kt --version
check "--version prints the version" grep -q '^ktriage [0-9]' "$TMP/out"
done_testing
