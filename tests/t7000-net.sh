#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Network inputs (scan URL) and "ktriage update", against servers this test
# starts on 127.0.0.1 only (free ports picked by the kernel), killed on exit.
. "$SRCDIR/tests/lib.sh"
. "$SRCDIR/tests/net-server.sh"
start_server "$TMP/port"
U="http://127.0.0.1:$port"
# a port nothing listens on: bind one, then close it
DOWN=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

LOG="$DATA/seeds/001_6f164741997502bb.txt"
cp "$LOG" "$ROOT/log.txt"
gzip -c "$LOG" >"$ROOT/log.txt.gz"
"$KTRIAGE" scan --label L "$LOG" >"$TMP/local" 2>/dev/null; lrc=$?

# --- scan URL ---
for path in files/log.txt gzip/log.txt files/log.txt.gz redirect/log.txt; do
	kt scan --label L "$U/$path"
	check "scan $path: same report and status as the local file" \
		sh -c "[ $rc -eq $lrc ] && cmp -s '$TMP/out' '$TMP/local' && [ ! -s '$TMP/err' ]"
done
for s in 404 500; do
	kt scan "$U/status/$s"
	check "HTTP $s is an input error naming URL and status" \
		sh -c "[ $rc -eq 2 ] && grep -q '$U/status/$s: server returned HTTP $s' '$TMP/err'"
done
kt scan "$U/loop/x"
check "redirect loop stops after 5 redirects" sh -c "[ $rc -eq 2 ] && grep -q 'more than 5 redirects' '$TMP/err'"
kt scan "http://127.0.0.1:$DOWN/log.txt"
check "connection refused is an input error" sh -c "[ $rc -eq 2 ] && grep -q '127.0.0.1:$DOWN/log.txt: download failed' '$TMP/err'"
start=$(date +%s)
kt scan --timeout 2 "$U/stall/log.txt"
end=$(date +%s)
check "stalled server: timed out within the --timeout" \
	sh -c "[ $rc -eq 2 ] && grep -q 'stall/log.txt: timed out' '$TMP/err' && [ $((end - start)) -lt 10 ]"
# the report starts at byte 4924 and ends at 7669: cut inside it
kt scan -f json "$U/cut/6000/log.txt"
check "body cut short: input error" sh -c "[ $rc -eq 2 ] && grep -q 'cut/6000/log.txt: download cut short' '$TMP/err'"
check "body cut short: the cut report is flagged truncated" \
	python3 -c 'import json,sys
r=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sys.exit(not (len(r) == 1 and r[0]["truncated"]))' "$TMP/out"
kt scan -f json "$U/cut/4000/log.txt"
check "body cut before any report: error, no report" sh -c "[ $rc -eq 2 ] && [ ! -s '$TMP/out' ]"
# Every request libcurl makes goes to a proxy when one is set: point the
# proxy at the test server, whose access log records each request.
# Positive control first: a URL input does reach it.
: >"$ROOT/access.log"
http_proxy="$U" HTTPS_PROXY="$U" ALL_PROXY="$U" "$KTRIAGE" scan "http://example.invalid/via-proxy.log" \
	>/dev/null 2>&1 || true
check "network check works: a URL input reaches the proxy" grep -q 'example.invalid/via-proxy.log' "$ROOT/access.log"
: >"$ROOT/access.log"
rc=0
http_proxy="$U" HTTPS_PROXY="$U" ALL_PROXY="$U" "$KTRIAGE" scan "$LOG" >"$TMP/out" 2>"$TMP/err" || rc=$?
check "local files never touch the network (exit $rc, $(wc -l <"$ROOT/access.log") requests)" \
	sh -c "[ $rc = 1 -o $rc = 3 ] && [ ! -s '$ROOT/access.log' ]"

# --- TLS: a self-signed server ---
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
	-subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
	-keyout "$TMP/tls.key" -out "$TMP/ca.pem" >/dev/null 2>&1
start_server "$TMP/tlsport" "$TMP/ca.pem" "$TMP/tls.key"
T="https://127.0.0.1:$port"
kt scan --label L "$T/files/log.txt"
check "TLS: self-signed server refused by default" sh -c "[ $rc -eq 2 ] && grep -q 'TLS certificate not trusted' '$TMP/err'"
kt scan --label L --cacert "$TMP/ca.pem" "$T/files/log.txt"
check "TLS: accepted with --cacert of the test CA" sh -c "[ $rc -eq $lrc ] && cmp -s '$TMP/out' '$TMP/local'"
kt scan --label L --insecure "$T/files/log.txt"
check "TLS: accepted with --insecure" sh -c "[ $rc -eq $lrc ]"

# --- update ---
openssl genpkey -algorithm ed25519 -out "$TMP/key.pem" 2>/dev/null
openssl pkey -in "$TMP/key.pem" -pubout -out "$TMP/pub.pem"
openssl genpkey -algorithm ed25519 -out "$TMP/other.pem" 2>/dev/null
SIGS="$SRCDIR/signatures"
# a smaller signature set, so that the databases differ in what they list
mkdir -p "$TMP/small"
for f in $(ls "$SIGS"/*.sig | head -n 2); do cp "$f" "$TMP/small/"; done
pub() { # pub NAME DIR VERSION [options]
	n=$1; d=$2; v=$3; shift 3
	"$KTRIAGE" signatures publish "$d" --key "$TMP/key.pem" -o "$ROOT/$n" --db-version "$v" "$@" >/dev/null
}
export XDG_DATA_HOME="$TMP/xdg"
DB="$XDG_DATA_HOME/ktriage/signatures.db"
upd() { kt update --pubkey "$TMP/pub.pem" "$@"; }
pub v2 "$TMP/small" 2
upd --url "$U/files/v2"
check "update: success" sh -c "[ $rc -eq 0 ] && [ -f '$DB' ] && grep -q 'version 2' '$TMP/out'"
"$KTRIAGE" signatures list >"$TMP/list.v2"
"$KTRIAGE" signatures list --db "$ROOT/v2/signatures.db" | tail -n +2 >"$TMP/list.want"
check "update: the new database is used" sh -c "tail -n +2 '$TMP/list.v2' | cmp -s - '$TMP/list.want' && head -n 1 '$TMP/list.v2' | grep -q '^# database $DB (version 2, '"
cp "$DB" "$TMP/db.v2"
: >"$ROOT/access.log"
upd --url "$U/files/v2"
check "update: unchanged manifest (ETag, 304) skips the download" \
	sh -c "[ $rc -eq 0 ] && grep -q 'up to date' '$TMP/out' && ! grep -q signatures.db '$ROOT/access.log' && grep -q 'ktriage.manifest \"' '$ROOT/access.log'"
# still_old DESC: the previous database is byte-identical and still in use
still_old() {
	"$KTRIAGE" signatures list >"$TMP/list.now" 2>/dev/null
	check "$1: exit 2" [ "$rc" -eq 2 ]
	check "$1: the old database is untouched and used" sh -c "cmp -s '$DB' '$TMP/db.v2' && cmp -s '$TMP/list.now' '$TMP/list.v2'"
	check "$1: no temporary file left" sh -c "[ -z \"\$(ls -A '$XDG_DATA_HOME/ktriage' | grep -v '^signatures.db')\" ]"
}
pub badsha "$SIGS" 3
python3 -c 'import sys; p=sys.argv[1]; b=bytearray(open(p,"rb").read()); b[-1]^=1; open(p,"wb").write(b)' "$ROOT/badsha/signatures.db"
upd --url "$U/files/badsha"
still_old "bad SHA-256"; check "bad SHA-256: says so" grep -q 'SHA-256 check failed' "$TMP/err"
pub badsig "$SIGS" 3
sed -i 's/^db-version: 3/db-version: 4/' "$ROOT/badsig/ktriage.manifest"
upd --url "$U/files/badsig"
still_old "bad signature"; check "bad signature: says so" grep -q 'signature check failed: bad signature' "$TMP/err"
"$KTRIAGE" signatures publish "$SIGS" --key "$TMP/other.pem" -o "$ROOT/wrongkey" --db-version 3 >/dev/null
upd --url "$U/files/wrongkey"
still_old "wrong key"; check "wrong key: says so" grep -q 'not signed by the trusted key' "$TMP/err"
kt update --url "$U/files/badsha"
check "built-in key does not trust the test key" sh -c "[ $rc -eq 2 ] && grep -q 'not signed by the trusted key' '$TMP/err'"
pub expired "$SIGS" 3 --expires -1
upd --url "$U/files/expired"
still_old "expired manifest"; check "expired manifest: says so" grep -q 'expiry check failed' "$TMP/err"
pub v1 "$SIGS" 1
upd --url "$U/files/v1"
still_old "rollback"; check "rollback: says so" grep -q 'rollback refused' "$TMP/err"
pub cut "$SIGS" 3 --base-url "$U/cut/1000/cut"
upd --url "$U/files/cut"
still_old "truncated download"; check "truncated download: says so" grep -q 'download cut short' "$TMP/err"
upd --url "http://127.0.0.1:$DOWN/feed"
still_old "server down"; check "server down: says so" grep -q 'cannot fetch the manifest' "$TMP/err"
upd --url "$T/files/v2"
still_old "TLS feed, self-signed"
pub v3 "$SIGS" 3
upd --from-dir "$ROOT/v3"
check "update --from-dir: success" sh -c "[ $rc -eq 0 ] && grep -q 'version 3' '$TMP/out'"
"$KTRIAGE" signatures list >"$TMP/list.now"
"$KTRIAGE" signatures list --db "$ROOT/v3/signatures.db" | tail -n +2 >"$TMP/list.want"
check "update --from-dir: the new database is used" sh -c "tail -n +2 '$TMP/list.now' | cmp -s - '$TMP/list.want' && head -n 1 '$TMP/list.now' | grep -q '^# database $DB (version 3, '"
# kill -9 in the middle of the download: the old database stays whole and in use
cp "$DB" "$TMP/db.before"
"$KTRIAGE" signatures list >"$TMP/list.before"
pub stalled "$SIGS" 4 --base-url "$U/stall/stalled"
"$KTRIAGE" update --pubkey "$TMP/pub.pem" --url "$U/files/stalled" >/dev/null 2>&1 &
kpid=$!
for i in 1 2 3 4 5 6 7 8 9 10; do
	grep -q '/stall/stalled/signatures.db' "$ROOT/access.log" 2>/dev/null && break
	sleep 0.3
done
sleep 0.5
kill -9 "$kpid" 2>/dev/null
wait "$kpid" 2>/dev/null
"$KTRIAGE" signatures list >"$TMP/list.now" 2>/dev/null
check "update killed mid-download: the old database is byte-identical and still used" \
	sh -c "grep -q '/stall/stalled/signatures.db' '$ROOT/access.log' && cmp -s '$DB' '$TMP/db.before' && cmp -s '$TMP/list.now' '$TMP/list.before'"
pub v5 "$TMP/small" 5
upd --url "$U/files/v5"
check "after the kill, the next update installs normally" sh -c "[ $rc -eq 0 ] && grep -q 'version 5' '$TMP/out'"
cp "$ROOT/v5/signatures.db" "$TMP/db.v5.want"
check "and the installed database is the published one" cmp -s "$DB" "$TMP/db.v5.want"
done_testing
