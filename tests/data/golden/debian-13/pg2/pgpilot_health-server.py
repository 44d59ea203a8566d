"""The HTTP side: answers HAProxy, Keepalived, the peers and pgpilot's dashboard, and only them.

- Sources: a connection from an address outside --allow (the cluster's nodes and VIP, loopback,
  the monitoring workstations) is closed before anything is read.
- Bounds: at most --max-connections at once and --max-per-source from one address; beyond
  that a new connection is closed at once. The whole request head must arrive within
  --head-timeout seconds (8 KiB at most), or the connection is cut: a slow sender holds a slot
  for that long and no longer.
- Signing: a request with an X-Pgpilot-Nonce gets X-Pgpilot-Mac, HMAC-SHA256 of the nonce and the
  body with the cluster health key (see auth).
Managed by pgpilot: rewritten whole on every run."""

import argparse
import io
import ipaddress
import json
import os
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .auth import KEY_FILE, MAC_HEADER, NONCE_HEADER, answer_mac, load_key, valid_nonce
from .guard import QuorumGuard
from .prober import Prober

MAX_HEAD = 8192


class Allowlist:
    """Addresses and networks (CIDR) that may talk to the service; loopback always may."""

    def __init__(self, entries, files=()):
        self.networks = [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("::1/128")]
        for path in files:
            try:
                with open(path, encoding="utf-8") as f:
                    entries = list(entries) + [line.split("#", 1)[0] for line in f]
            except OSError as exc:
                sys.stderr.write("pgpilot-health: cannot read %s: %s\n" % (path, exc))
        for entry in entries:
            for part in entry.replace(",", " ").split():
                try:
                    self.networks.append(ipaddress.ip_network(part, strict=False))
                except ValueError:
                    sys.stderr.write("pgpilot-health: not an address or network, ignored: %r\n" % part[:60])

    def allows(self, address):
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip.version == n.version and ip in n for n in self.networks)


def close_now(sock):
    """Closes with a reset: nothing is read, nothing lingers."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class HealthServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, args, handler):
        self.address_family = socket.AF_INET6 if ":" in args.listen else socket.AF_INET
        self.args = args
        self.allow = Allowlist(args.allow, args.allow_file)
        self.count_lock = threading.Lock()
        self.active = 0
        self.per_source = {}
        self.counts = {"refused": 0, "shed": 0, "cut": 0}
        self.key = load_key(args.key_file)
        self.verbose = args.verbose
        self.fence_file = args.fence_file
        super().__init__((args.listen, args.port), handler)

    def note(self, what, address):
        with self.count_lock:
            self.counts[what] += 1
            n = self.counts[what]
        if self.verbose or n in (1, 10, 100) or n % 1000 == 0:
            sys.stderr.write("pgpilot-health: %s a connection from %s (%d so far)\n" % (
                {"refused": "refused (source not allowed)", "shed": "closed at the connection cap",
                 "cut": "cut at the head timeout"}[what], address, n))
            sys.stderr.flush()

    def verify_request(self, request, client_address):
        if self.allow.allows(client_address[0]):
            return True
        self.note("refused", client_address[0])
        close_now(request)  # socketserver's own shutdown_request then finds it closed
        return False

    def process_request(self, request, client_address):
        src = client_address[0]
        with self.count_lock:
            full = (self.active >= self.args.max_connections
                    or self.per_source.get(src, 0) >= self.args.max_per_source)
            if not full:
                self.active += 1
                self.per_source[src] = self.per_source.get(src, 0) + 1
        if full:
            self.note("shed", src)
            close_now(request)
            return
        try:
            super().process_request(request, client_address)
        except Exception:  # no thread: give the slot back
            self._release(src)
            close_now(request)

    def _release(self, src):
        with self.count_lock:
            self.active -= 1
            left = self.per_source.get(src, 1) - 1
            if left > 0:
                self.per_source[src] = left
            else:
                self.per_source.pop(src, None)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._release(client_address[0])


class Handler(BaseHTTPRequestHandler):
    server_version = "pgpilot-health/1"
    protocol_version = "HTTP/1.0"

    def setup(self):
        """Reads the whole request head within the head timeout, or cuts the connection."""
        self.timeout = self.server.args.head_timeout  # also bounds each write of the answer
        super().setup()
        deadline = time.monotonic() + self.server.args.head_timeout
        head = b""
        try:
            while b"\r\n\r\n" not in head and b"\n\n" not in head:
                left = deadline - time.monotonic()
                if left <= 0 or len(head) > MAX_HEAD:
                    raise TimeoutError
                self.connection.settimeout(left)
                chunk = self.connection.recv(1024)
                if not chunk:
                    break
                head += chunk
        except OSError:  # the timeout, a reset
            self.server.note("cut", self.client_address[0])
            close_now(self.connection)
            head = b""
        self.rfile = io.BytesIO(head)

    def _answer(self, code, body, head_only=False):
        data = (json.dumps(body, sort_keys=True) + "\n").encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            nonce = self.headers.get(NONCE_HEADER, "") if self.headers else ""
            if self.server.key is not None and valid_nonce(nonce):
                self.send_header(MAC_HEADER, answer_mac(self.server.key, nonce, data))
            self.end_headers()
            if not head_only:
                self.wfile.write(data)
        except OSError:  # the asker is gone, or too slow to read
            pass

    def _handle(self, head_only):
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path not in ("/primary", "/master", "/replica", "/health"):
            self._answer(404, {"error": "unknown path; use /primary, /replica or /health"}, head_only)
            return
        query = parse_qs(url.query)
        max_lag = None
        if "max_lag_bytes" in query:
            try:
                max_lag = int(query["max_lag_bytes"][0])
                if max_lag < 0:
                    raise ValueError
            except ValueError:
                self._answer(400, {"error": "max_lag_bytes must be a non-negative integer"}, head_only)
                return
        if os.path.exists(self.server.fence_file):
            self._answer(503, {"role": "fenced", "fenced": True,
                               "error": "fenced by pgpilot: rejoin the node to lift it"}, head_only)
            return
        st = self.server.prober.status()
        body = {k: v for k, v in st.items() if k != "reachable"}
        if not st["reachable"]:
            body["role"] = "unknown"
            self._answer(503, body, head_only)
            return
        body["role"] = "replica" if st["in_recovery"] else "primary"
        del body["in_recovery"]
        if path == "/health":
            ok = True
        elif path in ("/primary", "/master"):
            ok = not st["in_recovery"]
            if ok:
                ok, reason = self.server.guard.verdict()
                if not ok:
                    body["role"] = "stale-primary" if reason.startswith("stale") else "primary-without-quorum"
                    body["reason"] = reason
        else:
            ok = st["in_recovery"]
            if ok and max_lag is not None:
                lag = st["lag_bytes"]
                if st["wal_receiver"] != "streaming" or lag is None or lag > max_lag:
                    ok = False
                    body["reason"] = "not streaming or lag above %d bytes" % max_lag
        self._answer(200 if ok else 503, body, head_only)

    def do_GET(self):  # noqa: N802 (http.server naming)
        self._handle(False)

    def do_HEAD(self):  # noqa: N802
        self._handle(True)

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))




def parse_args(argv=None):
    parser = argparse.ArgumentParser(description="pgpilot health service for HAProxy and Keepalived")
    parser.add_argument("--listen", default="127.0.0.1", help="address to bind")
    parser.add_argument("--port", type=int, default=8008)
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--socket-dir", default="/var/run/postgresql")
    parser.add_argument("--user", default="postgres")
    parser.add_argument("--dbname", default="postgres")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds per query")
    parser.add_argument("--cache", type=float, default=0.5, help="seconds an answer is reused")
    parser.add_argument("--fence-file", default="/var/lib/pgpilot/fenced",
                        help="when this file exists the node is fenced: 503 to everything")
    parser.add_argument("--peer-pg", action="append", default=[],
                        help="another node's PostgreSQL, HOST:PORT (repeatable); asked with the repmgr "
                             "credentials of ~/.pgpass")
    parser.add_argument("--peer-user", default="repmgr")
    parser.add_argument("--peer-db", default="repmgr")
    parser.add_argument("--peer-timeout", type=float, default=2.0, help="seconds per peer question")
    parser.add_argument("--fence-below", type=int, default=0,
                        help="a primary needs this many streaming standbys (0: no quorum guard)")
    parser.add_argument("--quorum-grace", type=float, default=5.0,
                        help="seconds a primary may lack them before it answers 503 and is fenced")
    parser.add_argument("--grace-from-start", action="store_true",
                        help="a new primary may take writes for --quorum-grace before its standbys follow "
                             "(safe only with synchronous quorum commit: its commits wait for them)")
    parser.add_argument("--stale-votes", type=int, default=0,
                        help="peers on a newer timeline that make this primary stale (0: not checked)")
    parser.add_argument("--check-interval", type=float, default=0.5, help="seconds between guard checks")
    parser.add_argument("--fence-command", default="",
                        help="command run (at most every 30 s) when this primary lost its quorum or is stale")
    parser.add_argument("--start-command", default="",
                        help="command that starts the local PostgreSQL again after a quorum stop")
    parser.add_argument("--follow-command", default="",
                        help="command a standby left without upstream (repmgrd not running) runs to follow "
                             "the primary the other nodes report")
    parser.add_argument("--follow-after", type=float, default=5.0,
                        help="seconds without a streaming WAL receiver before --follow-command")
    parser.add_argument("--allow", action="append", default=[],
                        help="address or network (CIDR) that may connect, besides loopback (repeatable)")
    parser.add_argument("--allow-file", action="append", default=[],
                        help="file of such addresses or networks, one a line (repeatable)")
    parser.add_argument("--max-connections", type=int, default=64, help="connections served at once")
    parser.add_argument("--max-per-source", type=int, default=16, help="connections at once from one address")
    parser.add_argument("--head-timeout", type=float, default=3.0,
                        help="seconds within which the whole request head must arrive")
    parser.add_argument("--key-file", default=KEY_FILE, help="the cluster health key (root:postgres 0640)")
    parser.add_argument("--health-port", type=int, default=0, help="the peers' health port (0: --port)")
    parser.add_argument("--peer-health", action="append", default=[],
                        help="HOST:PORT of the health service of the --peer-pg in the same position, when "
                             "not its host on --health-port (tests)")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)


def make_server(args):
    httpd = HealthServer(args, Handler)
    httpd.prober = Prober(args)
    httpd.guard = QuorumGuard(args, httpd.prober)
    return httpd


def main(argv=None):
    args = parse_args(argv)
    httpd = make_server(args)
    if httpd.key is None:
        sys.stderr.write("pgpilot-health: no cluster health key in %s: answers are not signed, and peers "
                         "cannot prove themselves to this node\n" % args.key_file)
    if httpd.guard.enabled() or args.follow_command:
        httpd.guard.check_once()  # a verdict before the first request
        threading.Thread(target=httpd.guard.run_forever, daemon=True).start()
    sys.stderr.write("pgpilot-health listening on %s:%d (allowed: loopback and %s)\n" % (
        args.listen, args.port, " ".join(str(n) for n in httpd.allow.networks[2:]) or "nothing else"))
    sys.stderr.flush()
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    httpd.server_close()
    return 0

