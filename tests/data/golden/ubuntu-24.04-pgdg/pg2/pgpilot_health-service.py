"""The health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing.

GET /primary (or /master)  200 when the local PostgreSQL is a primary, else 503
GET /replica               200 when it is a standby (optional ?max_lag_bytes=N), else 503
GET /health                200 when PostgreSQL answers at all, else 503; says whether this node
                           holds the VIP (--vip) too, so that the dashboard need not ask over SSH
A fenced node (pgpilot fence: the mark file exists) answers 503 to everything, role "fenced",
so HAProxy on every node and Keepalived keep it out even if PostgreSQL is started by hand.
A primary without its quorum of standbys answers 503 on /primary (role "primary-without-quorum"),
a stale one (enough peers' PostgreSQL report a newer timeline: it was failed over while cut off)
too (role "stale-primary"); the quorum guard (see guard) then runs --fence-command.
Each answer carries a small JSON body: role, timeline, LSNs, lag, server version.

Runs as the postgres OS user and talks to PostgreSQL through one psql kept open on the local
socket (Debian's peer authentication; common.PsqlSession), the peers through one each. Every
query is bounded by a timeout; answers are cached briefly so the checks of every HAProxy in the
cluster cost one query. Python 3 standard library only.
Who may connect and how much: see listener.
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import io
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from .guard import QuorumGuard
from .listener import Gate, Listener, close_now
from .localaddr import vip_report
from .prober import Prober

MAX_HEAD = 8192  # bytes: a request head is one line and a few headers


class Handler(BaseHTTPRequestHandler):
    """One connection. An HTTP/1.0 request (HAProxy's and Keepalived's checks) is answered in
    HTTP/1.0 and the connection closed, as always; an HTTP/1.1 one (pgpilot's dashboard, every
    second) keeps the connection for the next request unless it says "Connection: close". A kept
    connection waiting for its next request is evictable again and is closed after
    --head-timeout seconds without one."""

    server_version = "pgpilot-health/1"
    protocol_version = "HTTP/1.1"

    def __init__(self, conn, client_address, server, ticket):
        self.ticket = ticket  # the connection's slot at the gate: _next_head() says when a head is in
        self._pending = b""  # what came after the last head (a pipelined request)
        self._first = True
        super().__init__(conn, client_address, server)

    def setup(self):
        self.connection = self.request
        self.wfile = self.request.makefile("wb", 0)
        self._has_head = self._next_head()

    def _next_head(self):
        """Reads the next request head within --head-timeout seconds and MAX_HEAD bytes into rfile.
        False when none comes: the connection is then reset unanswered if a head was begun (a slow
        or endless sender holds its slot that long, no longer) or was the first one, and closed
        quietly if it was a kept connection left idle."""
        limit = self.server.args.head_timeout
        deadline = time.monotonic() + limit
        head, cut = self._pending, None
        try:
            while b"\r\n\r\n" not in head and b"\n\n" not in head:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                if len(head) > MAX_HEAD:
                    cut = "a request head over %d bytes" % MAX_HEAD
                    break
                self.request.settimeout(left)
                chunk = self.request.recv(4096)
                if not chunk:  # the client went away, or its slot was given to a newer one
                    cut = ""
                    break
                head += chunk
        except TimeoutError:
            cut = "no whole request head within %g s" % limit if self._first or head else None
            if cut is None:  # an idle kept connection: closed like any finished one
                self.rfile = io.BytesIO(b"")
                return False
        except OSError:  # a reset
            cut = ""
        if cut is not None:
            if cut:
                self.server.gate.note("cut", self.client_address[0], cut)
            close_now(self.request)
            self.rfile, self.wfile = io.BytesIO(b""), io.BytesIO()
            return False
        end = min(i + n for i, n in ((head.find(b"\r\n\r\n"), 4), (head.find(b"\n\n"), 2)) if i >= 0)
        self._pending = head[end:]
        self._first = False
        self.server.gate.head_read(self.ticket)
        self.request.settimeout(limit)  # bounds each write of the answer too
        self.rfile = io.BytesIO(head[:end])
        return True

    def handle(self):
        self.close_connection = True
        if not self._has_head:
            return
        self.handle_one_request()
        while not self.close_connection:
            self.server.gate.head_wait(self.ticket)
            if not self._next_head():
                return
            if not self.server.gate.still_allowed(self.ticket):  # taken off --allow-file meanwhile
                self.server.gate.note("refused", self.ticket.source, "no longer allowed")
                close_now(self.request)
                return
            self.handle_one_request()

    def parse_request(self):
        self.protocol_version = Handler.protocol_version
        if not super().parse_request():
            return False
        if self.request_version != "HTTP/1.1":  # answered in its own version, one a connection
            self.protocol_version = "HTTP/1.0"
            self.close_connection = True
        return True

    def _answer(self, code, body, head_only=False):
        data = (json.dumps(body, sort_keys=True) + "\n").encode()
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
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
        # Only /health (the dashboard's) reads the addresses: HAProxy's and Keepalived's checks
        # ask /primary and /replica many times a second.
        vip = {}
        if path == "/health" and self.server.args.vip:
            vip["vip"] = vip_report(self.server.args.vip)
        if os.path.exists(self.server.fence_file):
            self._answer(503, dict(vip, role="fenced", fenced=True,
                                   error="fenced by pgpilot: rejoin the node to lift it"), head_only)
            return
        st = self.server.prober.status()
        body = {k: v for k, v in st.items() if k != "reachable"}
        body.update(vip)
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


class Service:
    """What the handlers share: the settings, the prober, the guard and the gate."""

    def __init__(self, args):
        self.args = args
        self.verbose = args.verbose
        self.fence_file = args.fence_file
        self.gate = Gate(args)
        self.prober = Prober(args)
        self.guard = QuorumGuard(args, self.prober)

    def serve(self, conn, ticket):
        Handler(conn, (ticket.source, 0), self, ticket)


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
    parser.add_argument("--vip", default="",
                        help="the cluster's virtual IP: /health says whether this node holds it")
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
    parser.add_argument("--also-listen", action="append", default=[],
                        help="another address to bind on the same port (loopback: Keepalived's check)")
    parser.add_argument("--allow-node", action="append", default=[],
                        help="a cluster node's address: may connect, never counted against --max-connections")
    parser.add_argument("--allow", action="append", default=[],
                        help="a monitoring workstation's address or network (CIDR) that may connect (repeatable)")
    parser.add_argument("--allow-file", action="append", default=[],
                        help="a file of such addresses or networks, one a line, read again when it changes")
    parser.add_argument("--max-connections", type=int, default=64,
                        help="connections at once from the monitoring workstations together")
    parser.add_argument("--max-per-source", type=int, default=16, help="connections at once from one address")
    parser.add_argument("--head-timeout", type=float, default=3.0,
                        help="seconds within which the whole request head must arrive")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    service = Service(args)
    addresses = [args.listen] + [a for a in args.also_listen if a != args.listen]
    listeners = [Listener(a, args.port, service.gate, service.serve) for a in addresses]
    if service.guard.enabled() or args.follow_command:
        service.guard.check_once()  # a verdict before the first request
        threading.Thread(target=service.guard.run_forever, daemon=True).start()
    for extra in listeners[1:]:
        threading.Thread(target=extra.accept_forever, daemon=True).start()
    sys.stderr.write("pgpilot-health listening on %s port %d\n" % (", ".join(addresses), args.port))
    sys.stderr.flush()
    try:
        listeners[0].accept_forever()
    except KeyboardInterrupt:
        pass
    return 0
