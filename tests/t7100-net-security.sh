#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Security of the update and network paths: files written through planted
# symbolic links, the stored ETag, the bearer token's host, scheme and
# redirects, credentials in URLs in every output and the history, https to
# http redirects, --insecure, file modes, rollback against the newest
# database of the machine, control characters in file names in messages.
# Servers on 127.0.0.1 only (tests/net-server.sh).
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/net-server.sh"
umask 022
start_server "$TMP/port"
U="http://127.0.0.1:$port"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
	-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1,DNS:localhost \
	-keyout "$TMP/tls.key" -out "$TMP/ca.pem" >/dev/null 2>&1
start_server "$TMP/tlsport" "$TMP/ca.pem" "$TMP/tls.key"
tport=$port
T="https://127.0.0.1:$tport"
LOG="$DATA/seeds/001_6f164741997502bb.txt"
cp "$LOG" "$ROOT/log.txt"
"$KTRIAGE" scan --label L "$LOG" >/dev/null 2>&1; lrc=$?

# --- the update's files: symbolic links planted in the data directory ---
openssl genpkey -algorithm ed25519 -out "$TMP/key.pem" 2>/dev/null
openssl pkey -in "$TMP/key.pem" -pubout -out "$TMP/pub.pem"
mkdir -p "$TMP/small"
for f in $(ls "$SRCDIR/signatures"/*.sig | head -n 2); do cp "$f" "$TMP/small/"; done
pub() { # pub NAME VERSION: a feed of the small set in $ROOT/NAME
	"$KTRIAGE" signatures publish "$TMP/small" --key "$TMP/key.pem" -o "$ROOT/$1" --db-version "$2" >/dev/null
}
pub v2 2
pub v3 3
export XDG_DATA_HOME="$TMP/xdg/data"
D="$XDG_DATA_HOME/ktriage"
mkdir -p "$D"
echo "precious" >"$TMP/victim"
ln -s "$TMP/victim" "$D/signatures.db.etag.tmp"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
check "symlink at signatures.db.etag.tmp: the update succeeds" sh -c "[ $rc -eq 0 ] && [ -s '$D/signatures.db.etag' ]"
check "symlink at signatures.db.etag.tmp: its target is not written" sh -c "[ \"\$(cat '$TMP/victim')\" = precious ]"
check "the stored ETag is a regular file, not the link's target" sh -c "[ ! -L '$D/signatures.db.etag' ] && ! grep -q precious '$D/signatures.db.etag'"
: >"$ROOT/access.log"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
check "positive control: the genuine stored ETag is sent (304)" \
	sh -c "[ $rc -eq 0 ] && grep -F v2/ktriage.manifest '$ROOT/access.log' | grep -q '^[^ ]* \"'"
printf '"topsecret"\nsecond line\n' >"$TMP/secret"
rm "$D/signatures.db.etag"
ln -s "$TMP/secret" "$D/signatures.db.etag"
: >"$ROOT/access.log"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
check "symlink at signatures.db.etag: its target's first line is not sent as If-None-Match" \
	sh -c "[ $rc -eq 0 ] && grep -F v2/ktriage.manifest '$ROOT/access.log' | grep -q . && ! grep -q topsecret '$ROOT/access.log'"
check "symlink at signatures.db.etag: a warning says it is not followed" grep -q 'symbolic link, not following it' "$TMP/err"
rm -f "$D/signatures.db.etag"
printf '"abc" , W/"x"\r\nIf-Match: *\n' >"$D/signatures.db.etag"
: >"$ROOT/access.log"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
check "a stored ETag that is no RFC 7232 entity-tag is not sent" \
	sh -c "[ $rc -eq 0 ] && grep -F v2/ktriage.manifest '$ROOT/access.log' | grep -q '^[^ ]* - ' && grep -q 'not a valid entity-tag' '$TMP/err'"
python3 -c 'import sys; open(sys.argv[1], "w").write("\"" + "a" * 300 + "\"\n")' "$D/signatures.db.etag"
: >"$ROOT/access.log"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
check "an over-long stored ETag is not sent" sh -c "grep -F v2/ktriage.manifest '$ROOT/access.log' | grep -q '^[^ ]* - '"
rm -f "$D/signatures.db" "$D/signatures.db.etag"
kt update --pubkey "$TMP/pub.pem" --url "$U/badetag/v2"
check "an ETag from the server that is no entity-tag is not stored" sh -c "[ $rc -eq 0 ] && [ ! -e '$D/signatures.db.etag' ]"
# the updated copy is never read through a link: a planted one is ignored
ln -s "$ROOT/v3/signatures.db" "$TMP/planted.db"
mv "$D/signatures.db" "$TMP/real.db"
ln -s "$TMP/planted.db" "$D/signatures.db"
kt signatures list
check "a symlink at the updated copy is not used (warning, built-in database)" \
	sh -c "[ $rc -eq 0 ] && grep -q 'symbolic link' '$TMP/err' && [ \$(wc -l <'$TMP/out') -gt 2 ]"
rm "$D/signatures.db"
mv "$TMP/real.db" "$D/signatures.db"
# the database itself: a link at its name is replaced, its target untouched
rm -f "$D/signatures.db" "$D/signatures.db.etag"
ln -s "$TMP/victim" "$D/signatures.db"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v3"
check "symlink at signatures.db: replaced by the new database, its target untouched" \
	sh -c "[ $rc -eq 0 ] && [ ! -L '$D/signatures.db' ] && [ \"\$(cat '$TMP/victim')\" = precious ]"

# --- modes: directories 0700, files 0600 (umask 022) ---
mode() { stat -c %a "$1"; }
export XDG_DATA_HOME="$TMP/fresh/data"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/v2"
for f in "$TMP/fresh/data:700" "$TMP/fresh/data/ktriage:700" \
    "$TMP/fresh/data/ktriage/signatures.db:600" "$TMP/fresh/data/ktriage/signatures.db.etag:600"; do
	check "update: mode of ${f%:*} is ${f##*:}" [ "$(mode "${f%:*}")" = "${f##*:}" ]
done
XDG_STATE_HOME="$TMP/fresh/state" "$KTRIAGE" scan --record "$LOG" >/dev/null 2>&1
for f in "$TMP/fresh/state:700" "$TMP/fresh/state/ktriage:700" "$TMP/fresh/state/ktriage/history.db:600"; do
	check "history: mode of ${f%:*} is ${f##*:}" [ "$(mode "${f%:*}")" = "${f##*:}" ]
done
"$KTRIAGE" signatures compile "$TMP/small" -o "$TMP/out.db" >/dev/null 2>&1
check "compile -o: a file the user names follows the umask (644)" [ "$(mode "$TMP/out.db")" = 644 ]

# --- compile -o and publish replace a planted link, never write through it ---
ln -s "$TMP/victim" "$TMP/link.db"
kt signatures compile "$TMP/small" -o "$TMP/link.db"
check "compile -o onto a symlink: the link is replaced, its target untouched" \
	sh -c "[ $rc -eq 0 ] && [ ! -L '$TMP/link.db' ] && [ \"\$(cat '$TMP/victim')\" = precious ]"
mkdir -p "$TMP/feed"
for n in signatures.db ktriage.manifest ktriage.manifest.sig; do ln -sf "$TMP/victim" "$TMP/feed/$n"; done
kt signatures publish "$TMP/small" --key "$TMP/key.pem" -o "$TMP/feed" --db-version 9
check "publish onto symlinks: all three replaced, the target untouched" \
	sh -c "[ $rc -eq 0 ] && [ ! -L '$TMP/feed/signatures.db' ] && [ ! -L '$TMP/feed/ktriage.manifest' ] && [ ! -L '$TMP/feed/ktriage.manifest.sig' ] && [ \"\$(cat '$TMP/victim')\" = precious ]"
check "publish: no temporary file left" sh -c "[ \$(ls -A '$TMP/feed' | wc -l) -eq 3 ]"

# --- rollback: against the newest database of the machine, built-in included ---
BUILTIN=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select value from meta where key=\"db_version\"").fetchone()[0])' "$BUILDDIR/db/signatures.db")
"$KTRIAGE" signatures publish "$TMP/small" --key "$TMP/key.pem" -o "$ROOT/older" --db-version $((BUILTIN - 1)) >/dev/null
"$KTRIAGE" signatures publish "$TMP/small" --key "$TMP/key.pem" -o "$ROOT/same" --db-version "$BUILTIN" >/dev/null
export XDG_DATA_HOME="$TMP/empty/data"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/older"
check "no updated copy, feed older than the built-in database: rollback refused" \
	sh -c "[ $rc -eq 2 ] && grep -q 'rollback refused.*built into ktriage' '$TMP/err' && [ ! -e '$XDG_DATA_HOME/ktriage/signatures.db' ]"
kt update --pubkey "$TMP/pub.pem" --url "$U/files/same"
check "feed offering the built-in version: up to date, nothing installed" \
	sh -c "[ $rc -eq 0 ] && grep -q 'up to date (version $BUILTIN)' '$TMP/out' && [ ! -e '$XDG_DATA_HOME/ktriage/signatures.db' ]"

# --- the feed from the configuration file ---
mkdir -p "$TMP/cfg2/ktriage"
printf 'feed-url = %s/files/v3\nfeed-key = %s\n' "$U" "$TMP/pub.pem" >"$TMP/cfg2/ktriage/config"
XDG_DATA_HOME="$TMP/cfgdata"
export XDG_CONFIG_HOME="$TMP/cfg2"
kt update
check "feed-url and feed-key of the configuration file: update installs from that feed" \
	sh -c "[ $rc -eq 0 ] && grep -q 'version 3' '$TMP/out' && [ -f '$TMP/cfgdata/ktriage/signatures.db' ]"
unset XDG_CONFIG_HOME
XDG_DATA_HOME="$TMP/empty/data"

# --- KTRIAGE_TOKEN: bound to a host, https only, not across redirects ---
export KTRIAGE_TOKEN=tok-7100
: >"$ROOT/access.log"
kt scan --label L "$T/files/log.txt" --cacert "$TMP/ca.pem"
check "a token bound to no host: refused, says how to bind it" \
	sh -c "[ $rc -eq 2 ] && grep -q 'KTRIAGE_TOKEN_HOST' '$TMP/err' && ! grep -q tok-7100 '$ROOT/access.log'"
export KTRIAGE_TOKEN_HOST=127.0.0.1
: >"$ROOT/access.log"
kt scan --label L --cacert "$TMP/ca.pem" "$T/files/log.txt"
check "positive control: https to the token's host carries it" \
	sh -c "[ $rc -eq $lrc ] && grep -F /files/log.txt '$ROOT/access.log' | grep -q 'Bearer tok-7100'"
: >"$ROOT/access.log"
kt scan --label L "$U/files/log.txt"
check "the token's host over plain http: refused, nothing sent" \
	sh -c "[ $rc -eq 2 ] && grep -q 'over plain http' '$TMP/err' && ! grep -q tok-7100 '$ROOT/access.log'"
: >"$ROOT/access.log"
kt scan --label L --cacert "$TMP/ca.pem" "$T/to/https://localhost:$tport/files/log.txt"
check "a redirect to another host does not carry the token" \
	sh -c "[ $rc -eq $lrc ] && grep -F /to/ '$ROOT/access.log' | grep -q 'Bearer tok-7100' && [ \$(grep -c '^/files/log.txt ' '$ROOT/access.log') -eq 1 ] && ! grep '^/files/log.txt ' '$ROOT/access.log' | grep -q tok-7100"
KTRIAGE_TOKEN_HOST=ci.example.org
: >"$ROOT/access.log"
kt scan --label L --cacert "$TMP/ca.pem" "$T/files/log.txt"
check "a token bound to another host is not sent" sh -c "[ $rc -eq $lrc ] && ! grep -q tok-7100 '$ROOT/access.log'"
unset KTRIAGE_TOKEN_HOST
mkdir -p "$TMP/cfg/ktriage"
echo "token-host = 127.0.0.1:$tport" >"$TMP/cfg/ktriage/config"
: >"$ROOT/access.log"
XDG_CONFIG_HOME="$TMP/cfg" "$KTRIAGE" scan --label L --cacert "$TMP/ca.pem" "$T/files/log.txt" >/dev/null 2>&1
check "token-host of the configuration file binds it (host:port)" sh -c "grep -F /files/log.txt '$ROOT/access.log' | grep -q 'Bearer tok-7100'"
unset KTRIAGE_TOKEN

# --- https to http redirects; --insecure ---
: >"$ROOT/access.log"
kt scan --label L --cacert "$TMP/ca.pem" "$T/to/$U/files/log.txt"
check "https to http redirect: refused" \
	sh -c "[ $rc -eq 2 ] && grep -q 'redirect from https to another scheme refused' '$TMP/err' && ! grep -q '^/files/log.txt' '$ROOT/access.log'"
kt scan --label L "$U/to/$U/files/log.txt"
check "positive control: an http to http redirect is followed" sh -c "[ $rc -eq $lrc ]"
kt scan --label L --insecure "$T/files/log.txt"
check "--insecure: works and warns" sh -c "[ $rc -eq $lrc ] && grep -q 'warning: --insecure' '$TMP/err'"
XDG_DATA_HOME="$TMP/insecure"
kt update --insecure --pubkey "$TMP/pub.pem" --url "$T/files/v2"
check "update --insecure warns too" grep -q 'warning: --insecure' "$TMP/err"
XDG_DATA_HOME="$TMP/empty/data"

# --- credentials in URLs: never shown, never stored ---
CRED="http://alice:pw7100@127.0.0.1:${U##*:}/files/log.txt?x=1&token=SECRET7100&access_token=AT7100&Sig=SIG7100"
for w in $(writers); do
	kt scan -f "$w" "$CRED"
	check "$w: the URL input is triaged (exit $rc)" [ "$rc" -eq "$lrc" ]
	check "$w: no user, password or secret parameter of the URL in the output" \
		sh -c "! grep -aqE 'alice|pw7100|SECRET7100|AT7100|SIG7100' '$TMP/out' '$TMP/err'"
	# raw prints the log's own lines only, no source name
	[ "$w" = raw ] && continue
	check "$w: the URL is still named, credentials replaced" \
		sh -c "grep -aq '127.0.0.1:${U##*:}/files/log.txt' '$TMP/out' && grep -aq 'token=REDACTED' '$TMP/out'"
done
kt scan "http://bob:pw404@127.0.0.1:${U##*:}/status/404?key=K404"
check "error messages: the URL without its credentials" \
	sh -c "[ $rc -eq 2 ] && grep -q 'status/404?key=REDACTED: server returned HTTP 404' '$TMP/err' && ! grep -qE 'bob|pw404|K404' '$TMP/err'"
H="$TMP/hist.db"
kt scan --record --history "$H" "$CRED"
"$KTRIAGE" history --history "$H" -f json >"$TMP/hist.json" 2>&1
check "history: the stored source has no credentials" \
	sh -c "[ $rc -eq $lrc ] && grep -q 'token=REDACTED' '$TMP/hist.json' && ! grep -qE 'alice|pw7100|SECRET7100' '$TMP/hist.json'"
check "history: not in the file's bytes either" sh -c "! cat '$H'* | grep -aqE 'alice|pw7100|SECRET7100'"
kt scan --label "https://carol:pwL@ci.example.org/job/1?private_token=PT1" "$LOG"
check "a URL given as --label is stripped too" sh -c "grep -q 'ci.example.org/job/1?private_token=REDACTED' '$TMP/out' && ! grep -qE 'carol|pwL|PT1' '$TMP/out'"

# --- file names in messages are cleaned like log text ---
kt scan "$TMP/$(printf 'no\033]0;pwned\007such\033[2Jfile')"
check "a file name's control sequences never reach the terminal" \
	sh -c "[ $rc -eq 2 ] && grep -q 'nosuchfile\\|no.*such.*file' '$TMP/err' && ! grep -q \"\$(printf '\\033')\" '$TMP/err' && ! grep -q \"\$(printf '\\007')\" '$TMP/err'"
done_testing
