#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Report names against syzkaller's: the first report of each log of the
# development half of syzkaller's report corpus (data/syzkaller) scored by
# measure-syzkaller.  Each figure is a ratchet: it may rise, never fall.
# After an improvement, raise its floor here to the new figure.
# The same for syzbot's mailed reports (data/syzbot-mail), on three figures.
. "$SRCDIR/tests/lib.sh"
floor() {
	case $1 in
	detection) echo 99.2 ;;
	clean) echo 100.0 ;;
	header) echo 98.6 ;;
	title) echo 95.6 ;;
	corrupted) echo 95.0 ;;
	frame) echo 100.0 ;;
	esac
}
python3 "$SRCDIR/tests/measure-syzkaller" --ktriage "$KTRIAGE" --figures >"$TMP/figures" 2>"$TMP/err"
check "measure-syzkaller ran over the corpus" test -s "$TMP/figures"
for name in detection clean header title corrupted frame; do
	got=$(awk -v n="$name" '$1 == n { print $2 }' "$TMP/figures")
	min=$(floor "$name")
	check "$name agreement ${got:-?}% is at least ${min}%" \
		awk -v g="${got:-0}" -v m="$min" 'BEGIN { exit !(g + 0 >= m + 0) }'
done
# syzbot's own mailed reports (data/syzbot-mail): detection, header, title
python3 "$SRCDIR/tests/measure-syzkaller" --ktriage "$KTRIAGE" --figures \
    --dir "$DATA/syzbot-mail/reports" >"$TMP/mail" 2>"$TMP/err"
for pair in detection:100.0 header:100.0 title:95.0; do
	name=${pair%%:*} min=${pair#*:}
	got=$(awk -v n="$name" '$1 == n { print $2 }' "$TMP/mail")
	check "syzbot mails: $name agreement ${got:-?}% is at least ${min}%" \
		awk -v g="${got:-0}" -v m="$min" 'BEGIN { exit !(g + 0 >= m + 0) }'
done
done_testing
