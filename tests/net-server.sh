# SPDX-License-Identifier: GPL-2.0-or-later
# The network tests' local servers (sourced by t7000-net.sh, t7100-net-security.sh
# after lib.sh): an HTTP(S) server for $ROOT on 127.0.0.1 only (a free port
# picked by the kernel), killed on exit.  Its access log ($ROOT/access.log)
# has one line per request: path, If-None-Match and Authorization ("-" when absent).
# Paths: files/F (with an ETag), badetag/F (with an invalid one), gzip/F, redirect/F, loop/X, cut/N/F,
# stall/F, status/CODE, to/URL (a redirect to URL).  A query string is ignored.
# without python3 and openssl there is no server: the test is skipped
if ! command -v python3 >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
	ok "# SKIP python3 and openssl needed"
	done_testing
	exit 0
fi
PIDS=""
trap 'for p in $PIDS; do kill "$p" 2>/dev/null; done; rm -rf "$TMP"' EXIT
ROOT="$TMP/root"
mkdir -p "$ROOT"
cat >"$TMP/srv.py" <<'PY'
import gzip, hashlib, http.server, os, socketserver, ssl, sys, time, urllib.parse
root, portfile = sys.argv[1], sys.argv[2]
tls = sys.argv[3:5] if len(sys.argv) > 4 else None
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a):
        with open(os.path.join(root, "access.log"), "a") as f:
            f.write("%s %s %s\n" % (self.path, self.headers.get("If-None-Match", "-"),
                                   self.headers.get("Authorization", "-")))
    def body(self, rel):
        p = os.path.join(root, rel)
        if not os.path.isfile(p):
            return None
        return open(p, "rb").read()
    def send(self, code, data, extra=(), length=None):
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        self.end_headers()
        self.wfile.write(data)
    def do_GET(self):
        path = self.path
        if path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", path[4:])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        parts = urllib.parse.urlsplit(path).path.lstrip("/").split("/", 1)
        mode, rel = parts[0], parts[1] if len(parts) > 1 else ""
        if mode == "status":
            return self.send(int(rel), b"error page\n")
        if mode == "redirect":
            self.send_response(302)
            self.send_header("Location", "/files/" + rel)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if mode == "loop":
            self.send_response(302)
            self.send_header("Location", "/loop/" + rel)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if mode == "cut":	# cut/N/file: full Content-Length, N bytes, close
            n, rel = rel.split("/", 1)
            data = self.body(rel)
            if data is None:
                return self.send(404, b"")
            self.send(200, data[:int(n)], length=len(data))
            self.close_connection = True
            return
        data = self.body(rel)
        if data is None:
            return self.send(404, b"not found\n")
        if mode == "files":
            etag = '"%s"' % hashlib.sha256(data).hexdigest()[:16]
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            return self.send(200, data, [("ETag", etag)])
        if mode == "badetag":	# an ETag that is no RFC 7232 entity-tag
            return self.send(200, data, [("ETag", 'unquoted "x" y')])
        if mode == "gzip":
            return self.send(200, gzip.compress(data), [("Content-Encoding", "gzip")])
        if mode == "stall":
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[:100])
            self.wfile.flush()
            time.sleep(60)
            return
        self.send(404, b"")
class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
s = S(("127.0.0.1", 0), H)
if tls:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tls[0], tls[1])
    s.socket = ctx.wrap_socket(s.socket, server_side=True)
with open(portfile + ".tmp", "w") as f:
    f.write(str(s.server_address[1]))
os.rename(portfile + ".tmp", portfile)
s.serve_forever()
PY
# start_server PORTFILE [CERT KEY]: a server for $ROOT; sets $port
start_server() {
	python3 "$TMP/srv.py" "$ROOT" "$@" 2>>"$TMP/srv.err" &
	PIDS="$PIDS $!"
	i=0
	while [ ! -s "$1" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	port=$(cat "$1")
}
