#!/usr/bin/python3
"""pgpilot health service: tells HAProxy, Keepalived and pgpilot's dashboard what this node's
PostgreSQL is doing.

GET /primary (or /master)  200 when the local PostgreSQL is a primary, else 503
GET /replica               200 when it is a standby (optional ?max_lag_bytes=N), else 503
GET /health                200 when PostgreSQL answers at all, else 503
A fenced node (pgpilot fence: the mark file exists) answers 503 to everything, role "fenced",
so HAProxy on every node and Keepalived keep it out even if PostgreSQL is started by hand.
A stale primary (another node's health service reports a primary on a newer timeline: this one
was failed over while cut off) answers 503 on /primary, role "stale-primary", and runs
--on-stale-primary (stops its PostgreSQL) so it takes no more writes, not even direct ones.
Each answer carries a small JSON body: role, timeline, LSNs, lag, server version.

Runs as the postgres OS user and talks to PostgreSQL through psql over the local socket (Debian's
peer authentication). Every query is bounded by a timeout; answers are cached briefly so the
checks of every HAProxy in the cluster cost one query. Python 3 standard library only.
Managed by pgpilot: rewritten whole on every run.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from urllib.request import urlopen

QUERY = """
SELECT pg_is_in_recovery(),
       current_setting('server_version'),
       CASE WHEN pg_is_in_recovery() THEN (SELECT timeline_id FROM pg_control_checkpoint())
            -- a primary's current timeline: the checkpoint's lags minutes behind a promotion
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END,
       pg_last_wal_receive_lsn(),
       pg_last_wal_replay_lsn(),
       CASE WHEN pg_is_in_recovery() THEN
           pg_wal_lsn_diff(GREATEST(pg_last_wal_receive_lsn(),
                                    (SELECT latest_end_lsn FROM pg_stat_wal_receiver)),
                           pg_last_wal_replay_lsn())
       END,
       (SELECT status FROM pg_stat_wal_receiver),
       EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())
"""


class Prober:
    """Runs the status query with a timeout; concurrent callers share one result for cache_s."""

    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.cached_at = 0.0
        self.cached = None

    def _query(self):
        cmd = [self.args.psql, "-X", "-A", "-t", "-q", "-F", "|",
               "-h", self.args.socket_dir, "-p", str(self.args.pg_port),
               "-U", self.args.user, "-d", self.args.dbname, "-c", QUERY]
        env = {"PGCONNECT_TIMEOUT": str(max(1, int(self.args.timeout))),
               "PGAPPNAME": "pgpilot-health", "PATH": "/usr/bin:/bin",
               "LC_ALL": "C"}
        try:
            res = subprocess.run(cmd, capture_output=True, text=True,
                                 timeout=self.args.timeout, env=env, check=False)
        except subprocess.TimeoutExpired:
            return {"reachable": False, "error": "query timed out after %ss" % self.args.timeout}
        except OSError as exc:
            return {"reachable": False, "error": "cannot run psql: %s" % exc}
        if res.returncode != 0:
            err = (res.stderr.strip().splitlines() or ["psql exit %d" % res.returncode])[-1]
            return {"reachable": False, "error": err[:300]}
        fields = res.stdout.strip().split("|")
        if len(fields) != 9:
            return {"reachable": False, "error": "unexpected answer from PostgreSQL"}
        in_recovery = fields[0] == "t"

        def num(text, cast):
            try:
                return cast(text) if text != "" else None
            except ValueError:
                return None

        return {
            "reachable": True,
            "in_recovery": in_recovery,
            "server_version": fields[1],
            "timeline": num(fields[2], int),
            "wal_lsn": fields[3] or None,
            "receive_lsn": fields[4] or None,
            "replay_lsn": fields[5] or None,
            "lag_bytes": num(fields[6], lambda t: int(float(t))),
            "wal_receiver": fields[7] or None,
            "replay_delay_seconds": num(fields[8], float),
        }

    def status(self):
        with self.lock:
            now = time.monotonic()
            if self.cached is None or now - self.cached_at > self.args.cache:
                self.cached = self._query()
                self.cached_at = time.monotonic()
            return dict(self.cached)


class PeerGuard:
    """Asks the other nodes' health services (/health) for their role and timeline, in parallel,
    each bounded by a timeout; concurrent callers share one answer for cache_s."""

    def __init__(self, peers, timeout, cache_s, command):
        self.peers, self.timeout, self.cache_s, self.command = peers, timeout, cache_s, command
        self.lock = threading.Lock()
        self.cached_at = 0.0
        self.cached = []
        self.last_command = 0.0

    def _fetch(self, peer, out):
        try:
            with urlopen("http://%s/health" % peer, timeout=self.timeout) as resp:
                out[peer] = json.loads(resp.read().decode() or "{}")
        except Exception as exc:  # HTTPError (503) still carries the body
            try:
                out[peer] = json.loads(exc.read().decode() or "{}")
            except Exception:
                out[peer] = None

    def newer_primary(self, my_timeline):
        """(peer, timeline) of a primary on a newer timeline than ours, or None."""
        with self.lock:
            if time.monotonic() - self.cached_at > self.cache_s:
                out = {}
                threads = [threading.Thread(target=self._fetch, args=(p, out), daemon=True)
                           for p in self.peers]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(self.timeout + 0.5)
                self.cached = [(p, b) for p, b in out.items() if isinstance(b, dict)]
                self.cached_at = time.monotonic()
            for peer, body in self.cached:
                tl = body.get("timeline")
                if body.get("role") == "primary" and isinstance(tl, int) and my_timeline is not None \
                        and tl > my_timeline:
                    return peer, tl
        return None

    def fence(self, why):
        """Runs the stale-primary command, at most once every 30 s."""
        if not self.command or time.monotonic() - self.last_command < 30:
            return
        self.last_command = time.monotonic()
        sys.stderr.write("pgpilot-health: stale primary (%s): running %s\n" % (why, self.command))
        sys.stderr.flush()
        try:
            subprocess.Popen(self.command.split(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            sys.stderr.write("pgpilot-health: cannot run %s: %s\n" % (self.command, exc))


class Handler(BaseHTTPRequestHandler):
    server_version = "pgpilot-health/1"
    protocol_version = "HTTP/1.0"

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
        except (BrokenPipeError, ConnectionResetError):
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
            newer = self.server.guard.newer_primary(st["timeline"]) if ok and self.server.guard.peers else None
            if newer:
                ok = False
                body["role"] = "stale-primary"
                body["reason"] = "%s is a primary on timeline %d, newer than ours" % newer
                self.server.guard.fence(body["reason"])
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


def main(argv=None):
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
    parser.add_argument("--peer", action="append", default=[],
                        help="another node's health service, HOST:PORT (repeatable)")
    parser.add_argument("--peer-timeout", type=float, default=1.0, help="seconds per peer")
    parser.add_argument("--on-stale-primary", default="",
                        help="command run (at most every 30 s) when this primary is stale")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in args.listen else socket.AF_INET
        daemon_threads = True

    httpd = Server((args.listen, args.port), Handler)
    httpd.prober = Prober(args)
    httpd.verbose = args.verbose
    httpd.fence_file = args.fence_file
    httpd.guard = PeerGuard(args.peer, args.peer_timeout, max(args.cache, 1.0), args.on_stale_primary)
    sys.stderr.write("pgpilot-health listening on %s:%d\n" % (args.listen, args.port))
    sys.stderr.flush()
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    httpd.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
