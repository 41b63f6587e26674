#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The configuration file $XDG_CONFIG_HOME/ktriage/config: each key takes
# effect, the command line wins over it, errors name FILE:LINE, every key is
# documented; "ktriage update" with no feed says how to configure one.
. "$SRCDIR/tests/lib.sh"
CFG="$TMP/cfg/ktriage/config"
mkdir -p "$TMP/cfg/ktriage"
export XDG_CONFIG_HOME="$TMP/cfg"
# a log whose only match is at medium confidence
MED="$DATA/signatures/synthetic/vmalloc-huge-split-page-private-swapoff.log"
SEED="$DATA/seeds/001_6f164741997502bb.txt"

kt scan "$MED"
check "no configuration file: medium match counts as known (exit 1)" [ "$rc" -eq 1 ]
printf '# ktriage configuration\n\n   # indented comment\nmin-confidence   =   high  \n' >"$CFG"
kt scan "$MED"
check "min-confidence = high: the medium match is dropped (exit 3)" [ "$rc" -eq 3 ]
kt scan --min-confidence medium "$MED"
check "--min-confidence on the command line wins over the file (exit 1)" [ "$rc" -eq 1 ]

printf 'history = ~/hist/h.db\n' >"$CFG"
kt scan --record "$SEED"
check "history = ~/...: scan --record writes there" sh -c "[ $rc -eq 1 ] && [ -f '$HOME/hist/h.db' ] && [ ! -e '$HOME/.local/state/ktriage/history.db' ]"
kt history
check "history = ~/...: ktriage history reads it" sh -c "[ $rc -eq 0 ] && grep -q '1 crash report in 1 recorded run' '$TMP/out'"
kt scan --record --history "$TMP/other.db" "$SEED"
check "--history on the command line wins over the file" sh -c "[ -f '$TMP/other.db' ]"

# update: the feed
: >"$CFG"
kt update
check "update with no feed configured: exit 2" [ "$rc" -eq 2 ]
check "update with no feed configured: says how to configure one" \
	sh -c "grep -q 'no feed configured' '$TMP/err' && grep -q 'feed-url' '$TMP/err' && grep -q -- '--url' '$TMP/err' && ! grep -q example.invalid '$TMP/err'"
DOWN=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
printf 'feed-url = http://127.0.0.1:%s/cfgfeed\n' "$DOWN" >"$CFG"
kt update
check "feed-url: update fetches from it" sh -c "[ $rc -eq 2 ] && grep -q '127.0.0.1:$DOWN/cfgfeed/ktriage.manifest' '$TMP/err'"
KTRIAGE_UPDATE_URL="http://127.0.0.1:$DOWN/envfeed" kt update
check "KTRIAGE_UPDATE_URL wins over feed-url" grep -q 'envfeed/ktriage.manifest' "$TMP/err"
printf 'feed-url = http://127.0.0.1:%s/cfgfeed\nfeed-key = %s/missing.pem\n' "$DOWN" "$TMP" >"$CFG"
kt update
check "feed-key: update loads the key from it" sh -c "[ $rc -eq 2 ] && grep -q '$TMP/missing.pem' '$TMP/err'"

# errors: FILE:LINE
bad() { # bad DESCRIPTION LINE_NUMBER MESSAGE_PATTERN CONTENT
	printf '%b' "$4" >"$CFG"
	kt scan "$SEED"
	check "$1: exit 2, 'config:$2: $3'" sh -c '[ "$1" -eq 2 ] && grep -qF -- "$2" "$3"' _ "$rc" "$CFG:$2: $3" "$TMP/err"
}
bad "unknown key" 2 "unknown key 'colour' (expected feed-url, " '# x\ncolour = always\n'
bad "bad min-confidence" 1 "min-confidence 'sure' must be low, medium or high" 'min-confidence = sure\n'
bad "no '='" 3 "expected 'key = value'" '\n\nmin-confidence high\n'
bad "a key twice" 2 "min-confidence given twice" 'min-confidence = low\nmin-confidence = high\n'
bad "relative history path" 1 "history 'h.db' must be an absolute path" 'history = h.db\n'
bad "feed-url not http(s)" 1 "feed-url 'ftp://x/feed' must be an http:// or https:// URL" 'feed-url = ftp://x/feed\n'
bad "token-host with a path" 1 "token-host 'a.example/x' must be a host name" 'token-host = a.example/x\n'
bad "empty value" 1 "history: no value" 'history =\n'
printf 'min-confidence = \033[31mhigh\n' >"$CFG"
kt scan "$SEED"
check "a value with control characters: the error does not echo them" \
	sh -c "[ $rc -eq 2 ] && grep -q '$CFG:1:' '$TMP/err' && ! grep -q \"\$(printf '\\033')\" '$TMP/err'"
rm -f "$CFG"

# documented: every key in the CONFIGURATION section of ktriage(1)
for key in feed-url feed-key token-host min-confidence history; do
	check "ktriage(1) documents configuration key $key" \
		sh -c "sed -n '/^\\.Sh CONFIGURATION/,/^\\.Sh [A-Z]/p' '$SRCDIR/man/ktriage.1' | grep -q '^\\.It Cm $key'"
done
done_testing
