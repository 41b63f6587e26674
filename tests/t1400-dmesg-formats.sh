#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# dmesg's time formats, journalctl's output modes and CI log wrappers: every
# seed rewritten into each must give the same reports as its plain form.
# The dmesg formats replace the printk time "[   14.068327] " of the lines
# that have one (a seed without any gets one on every line but Xen's own;
# that stamped seed is then the plain form); the wrappers go in front of
# every line as they find it.  Either goes after mail quoting ("> > "),
# as when such output is pasted into a mail and quoted.  Compared: every
# key but the source label, line numbers and times.
. "$SRCDIR/tests/lib.sh"

cat >"$TMP/conv.py" <<'PY'
import os, re, sys, time
seed, outdir = sys.argv[1], sys.argv[2]
BOOT = 1671278400  # 2022-12-17 12:00:00 UTC
lead_re = re.compile(r'^((?:> ?)*)')
stamp_re = re.compile(r'^(\s*)\[\s*(\d+\.\d+)\]\s?')
def gm(f, t): return time.strftime(f, time.gmtime(t))
def us(t): return int(round((t % 1) * 1e6)) % 1000000
def mono(t): return '[%5d.%06d]' % (int(t), us(t))
def reltime(t, d, st):
    mn = gm('%b%d %H:%M', BOOT + t)
    s = '[%s]' % mn if mn != st.get('min') else '[%+12.6f]' % d
    st['min'] = mn
    return s
# dmesg and friends: the stamp that replaces the printk time
STAMPS = {
    'plain': lambda t, d, st: mono(t),
    'dmesg-T': lambda t, d, st: '[%s]' % gm('%a %b %e %H:%M:%S %Y', BOOT + t),
    'dmesg-H': reltime,
    'dmesg-d': lambda t, d, st: '%s <%12.6f>]' % (mono(t)[:-1], d),
    'dmesg-delta': lambda t, d, st: '[<%12.6f>]' % d,
    'blanked': lambda t, d, st: '[ ]',
    'blanked-wide': lambda t, d, st: '[            ]',
    'dmesg-iso': lambda t, d, st: gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + ',%06d+00:00' % us(t),
    'dmesg-x': lambda t, d, st: 'kern  :warn  : ' + mono(t),
    'dmesg-x-T': lambda t, d, st: 'kern  :err   : [%s]' % gm('%a %b %e %H:%M:%S %Y', BOOT + t),
    'dmesg-r': lambda t, d, st: '<4>' + mono(t),
    'journal-short-monotonic': lambda t, d, st: mono(t) + ' host kernel:',
    'journal-short-monotonic-nohost': lambda t, d, st: mono(t) + ' kernel:',
    'mediatek-caller': lambda t, d, st: mono(t) + '  (1)[10406:Thread-6]',
    'samsung-process': lambda t, d, st: mono(t) + ' [1:  kworker/u16:3:  210]',
    'dmesg|ts': lambda t, d, st: gm('%b %d %H:%M:%S ', BOOT + t) + mono(t),
    # a VM's serial console in its monitor's syslog (cloud-hypervisor)
    'vmm-relayed-console': lambda t, d, st: gm('%b %d %H:%M:%S ', BOOT + t) + 'host1 microvm@vm1[15894]: ' + mono(t),
}
# what wraps a line whatever it is
WRAPPERS = {
    'dmesg-notime-x': lambda t: 'kern  :warn  : ',
    'dmesg-notime-r': lambda t: '<4>',
    'journal-short': lambda t: gm('%b %d %H:%M:%S', BOOT + t) + ' host kernel: ',
    'journal-short-iso': lambda t: gm('%Y-%m-%dT%H:%M:%S+0000', BOOT + t) + ' host kernel: ',
    'journal-short-precise': lambda t: gm('%b %d %H:%M:%S', BOOT + t) + '.%06d host kernel: ' % us(t),
    'journal-short-iso-precise': lambda t: gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + '.%06d+00:00 host kernel: ' % us(t),
    'journal-short-full': lambda t: gm('%a %Y-%m-%d %H:%M:%S UTC', BOOT + t) + ' host kernel: ',
    'journal-short-unix': lambda t: '%d.%06d host kernel: ' % (BOOT + int(t), us(t)),
    'journal-cat': lambda t: '',
    'journal-kernel': lambda t: 'kernel: ',
    'journal-time-of-day-kernel': lambda t: gm('%H:%M:%S', BOOT + t) + ' kernel: ',
    'journal-short-indented': lambda t: ' ' + gm('%b %d %H:%M:%S', BOOT + t) + ' host kernel: ',
    # journalctl under LC_TIME=fr_FR, ru_RU, ja_JP: the month in the reader's language
    'journal-short-fr': lambda t: 'déc. ' + gm('%d %H:%M:%S', BOOT + t) + ' host kernel: ',
    'journal-short-ru': lambda t: 'дек ' + gm('%d %H:%M:%S', BOOT + t) + ' host kernel: ',
    'journal-short-ja': lambda t: '12月 ' + gm('%d %H:%M:%S', BOOT + t) + ' host kernel: ',
    'github-actions': lambda t: gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + '.%07dZ ' % (us(t) * 10),
    'gitlab-raw': lambda t: gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + '.%06dZ 00O ' % us(t),
    'jenkins-timestamper': lambda t: '[' + gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + '.%03dZ] ' % (us(t) // 1000),
    'jenkins-time-of-day': lambda t: gm('%H:%M:%S ', BOOT + t),
    'docker-logs-t': lambda t: gm('%Y-%m-%dT%H:%M:%S', BOOT + t) + '.%09dZ ' % (us(t) * 1000),
}
lines = [l.rstrip('\n') for l in open(seed, encoding='utf-8', errors='surrogateescape')]
stamped = any(stamp_re.match(l[lead_re.match(l).end():]) for l in lines)
parsed, clock = [], 0.0
for line in lines:
    lead = lead_re.match(line).group(1)
    body = line[len(lead):]
    m = stamp_re.match(body)
    if m:
        clock = float(m.group(2))
        parsed.append((lead, m.group(1), body[m.end():], clock, True, line))
    elif not stamped and not re.match(r'\s*\((?:XEN|d\d+)', body):
        clock += 0.001013
        parsed.append((lead, '', body, clock, True, line))
    else:
        parsed.append((lead, '', body, clock, False, line))
def write(name, text):
    with open(os.path.join(outdir, name), 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.write('\n'.join(text) + '\n')
for name, stamp in STAMPS.items():
    st, prev, out = {}, None, []
    for lead, indent, body, t, has, line in parsed:
        if not has:
            out.append(line)
            continue
        out.append(lead + indent + stamp(t, 0.0 if prev is None else max(t - prev, 0.0), st) + ' ' + body)
        prev = t
    write('stamp.' + name, out)
for name, wrap in WRAPPERS.items():
    write('wrap.' + name, [p[0] + wrap(p[3]) + p[5][len(p[0]):] for p in parsed])
PY

for seed in "$DATA"/seeds/*.txt; do
	name=${seed##*/}
	rm -rf "$TMP/f" && mkdir "$TMP/f"
	python3 "$TMP/conv.py" "$seed" "$TMP/f"
	"$KTRIAGE" scan -f json "$seed" >"$TMP/seed.json" 2>/dev/null
	"$KTRIAGE" scan -f json "$TMP/f/stamp.plain" >"$TMP/plain.json" 2>/dev/null
	# the plain form is itself a report that a signature knows
	check "$name, plain dmesg form: a known bug" test "$(json_get "$TMP/plain.json" 0 matches.0.id)" != ""
	for f in "$TMP"/f/stamp.* "$TMP"/f/wrap.*; do
		form=${f##*/}
		[ "$form" = stamp.plain ] && continue
		base="$TMP/seed.json"
		case $form in stamp.*) base="$TMP/plain.json" ;; esac
		"$KTRIAGE" scan -f json "$f" >"$TMP/got.json" 2>/dev/null
		check "$name as ${form#*.}: the same reports as the plain form" same_reports "$base" "$TMP/got.json" first_line last_line time
	done
done
# the issue's own example: "dmesg -T | ktriage" keeps the seed's report and its exit status
python3 "$TMP/conv.py" "$DATA/seeds/002_5d49e262595e473a.txt" "$TMP/f"
kt <"$TMP/f/stamp.dmesg-T"
check "dmesg -T piped in: exit 1 (known bug), as the plain seed" test "$rc" = 1
check "dmesg -T piped in: the call trace is read" grep -q 'trace: kvmppc_book3s_hv_page_fault' "$TMP/out"
done_testing
