# SPDX-License-Identifier: GPL-2.0-or-later
# Shared helpers for the TAP shell tests. Source it; then call ok/not_ok and
# finish with done_testing.  Needs KTRIAGE and SRCDIR (set by make check).
set -u
: "${KTRIAGE:?KTRIAGE must point at the ktriage binary}"
: "${SRCDIR:?SRCDIR must point at the source tree}"
DATA="$SRCDIR/tests/data"
TAP_N=0
TAP_FAILED=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ktriage-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
# Tests never see the user's own signature databases, configuration, token,
# kernel tree or caches.
HOME="$TMP/home"
mkdir -p "$HOME"
unset KTRIAGE_DB XDG_DATA_HOME XDG_STATE_HOME XDG_CONFIG_HOME XDG_CACHE_HOME KTRIAGE_TOKEN KTRIAGE_TOKEN_HOST \
	KTRIAGE_UPDATE_URL KTRIAGE_KERNEL_TREE
export HOME

ok() { TAP_N=$((TAP_N + 1)); echo "ok $TAP_N - $*"; }
not_ok() { TAP_N=$((TAP_N + 1)); TAP_FAILED=$((TAP_FAILED + 1)); echo "not ok $TAP_N - $*"; }
# check DESCRIPTION COMMAND...: ok when the command succeeds
check() { d=$1; shift; if "$@"; then ok "$d"; else not_ok "$d"; fi; }
done_testing() { echo "1..$TAP_N"; [ "$TAP_FAILED" -eq 0 ]; }
# run ktriage, keep stdout/stderr in $TMP/out, $TMP/err and the status in $rc
kt() { rc=0; "$KTRIAGE" "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?; }
# json_get FILE INDEX KEY: a key of the INDEX-th JSON line (python3 keeps it exact)
json_get() {
	python3 -c 'import json,sys
lines=[l for l in open(sys.argv[1]) if l.strip()]
v=json.loads(lines[int(sys.argv[2])])
for k in sys.argv[3].split("."):
    v=v[int(k)] if isinstance(v,list) else v[k]
print("null" if v is None else (json.dumps(v) if isinstance(v,(list,dict,bool)) else v))' "$@"
}
# match_get FILE ID KEY: KEY of the first match of signature ID in the
# JSON Lines FILE (any report), "none" when no report matches ID
match_get() {
	python3 -c 'import json,sys
m=[m for l in open(sys.argv[1]) if l.strip() for m in json.loads(l)["matches"] if m["id"]==sys.argv[2]]
print(m[0][sys.argv[3]] if m else "none")' "$@"
}
# same_reports A B [KEY...]: the JSON Lines files A and B hold the same
# reports (at least one), compared without "source" and the KEYs named
same_reports() {
	python3 - "$@" <<'PY'
import json, sys
ignored = {"source"} | set(sys.argv[3:])
def load(p):
    out = []
    for l in open(p, encoding="utf-8"):
        if l.strip():
            out.append({k: v for k, v in json.loads(l).items() if k not in ignored})
    return out
a, b = load(sys.argv[1]), load(sys.argv[2])
sys.exit(0 if a and a == b else 1)
PY
}
# writers: the output formats ktriage has, from its writer table
# (ktriage scan --list-formats: tests never keep a copy of the list)
writers() {
	"$KTRIAGE" scan --list-formats
}
