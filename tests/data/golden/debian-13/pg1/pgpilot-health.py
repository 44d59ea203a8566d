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

    def status(self, fresh=False):
        with self.lock:
            now = time.monotonic()
            if fresh or self.cached is None or now - self.cached_at > self.args.cache:
                self.cached = self._query()
                self.cached_at = time.monotonic()
            return dict(self.cached)


PEER_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       (SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming')
"""

STREAMING_QUERY = "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"

# Written when a primary stops itself for want of a quorum: its timeline and WAL position then.
# Such a primary starts again by itself once a majority is back and none of it is ahead
# (QuorumGuard.restart_after_quorum_stop); a stale one, or one fenced by pgpilot, never does.
QUORUM_STOP_MARKER = os.path.expanduser("~/pgpilot-quorum-stop.json")

POSITION_QUERY = """
SELECT pg_is_in_recovery(),
       CASE WHEN pg_is_in_recovery()
            THEN coalesce((SELECT received_tli FROM pg_stat_wal_receiver WHERE received_tli > 0),
                          (SELECT timeline_id FROM pg_control_checkpoint()))
            ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END,
       CASE WHEN pg_is_in_recovery()
            THEN coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0')
            ELSE pg_current_wal_lsn() END - '0/0'::pg_lsn
"""


def run_psql(args, conninfo, sql, timeout):
    """Runs one query with psql; returns its fields (split on |) or None."""
    cmd = [args.psql, "-X", "-A", "-t", "-q", "-F", "|", "-d", conninfo, "-c", sql]
    env = {"PGCONNECT_TIMEOUT": str(max(2, int(timeout))), "PGAPPNAME": "pgpilot-health",
           "PATH": "/usr/bin:/bin", "LC_ALL": "C", "HOME": os.path.expanduser("~")}
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except (subprocess.TimeoutExpired, OSError):
        return None
    if res.returncode != 0:
        return None
    return res.stdout.strip().split("|")


def repmgrd_running():
    """True when a repmgrd process of this host's postgres user exists."""
    try:
        res = subprocess.run(["pgrep", "-x", "repmgrd"], capture_output=True, timeout=5, check=False)
        return res.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return True  # unknown: leave it to repmgrd


class QuorumGuard:
    """Keeps a primary honest, once a second, whether or not anybody asks (so it works with
    repmgrd dead and HAProxy silent):
    - quorum: a primary that had --fence-below streaming standbys and has seen fewer for longer
      than --quorum-grace is not on a majority side of the cluster: /primary answers 503 and
      --fence-command stops its PostgreSQL. A primary that has not had them since it became one
      answers 503 (a returning old primary, started by hand), or with --grace-from-start only after
      --quorum-grace (a new primary whose standbys are about to follow it).
    - stale: a primary whose peers' PostgreSQL (asked with the repmgr credentials from ~/.pgpass,
      never their unauthenticated HTTP answers) report a newer timeline, at least --stale-votes of
      them, was failed over while away: 503 at once, and fenced.
    Both are off when --fence-below is 0."""

    def __init__(self, args, prober):
        self.args, self.prober = args, prober
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.last_quorum = None  # monotonic time the quorum was last seen
        self.streaming = None
        self.stale_reason = None
        self.last_fence = 0.0
        self.not_streaming_since = None
        self.last_follow = 0.0
        self.last_restart_try = 0.0

    def enabled(self):
        return self.args.fence_below > 0

    def _peer_timelines(self):
        out = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            conninfo = "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, self.args.peer_user,
                                                             self.args.peer_db)
            fields = run_psql(self.args, conninfo, PEER_QUERY, self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit() and fields[2].isdigit():
                out[peer] = (fields[0] == "t", int(fields[1]), int(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        return dict(out)

    def check_once(self):
        st = self.prober.status(fresh=True)
        now = time.monotonic()
        if st.get("reachable") and os.path.exists(QUORUM_STOP_MARKER):
            # Running again (restarted, rejoined) well after the stop: the marker has done its
            # job. Not at once: the stop it records may still be under way.
            try:
                with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                    at = float(json.load(f).get("at", 0))
                if time.time() - at > 30:
                    os.unlink(QUORUM_STOP_MARKER)
            except (OSError, ValueError, TypeError, AttributeError):
                pass
        if not st.get("reachable") or st.get("in_recovery"):
            with self.lock:
                self.last_quorum, self.streaming, self.stale_reason = None, None, None
                self.started = now
            if st.get("reachable"):
                self.follow_if_orphaned(st, now)
            else:
                self.restart_after_quorum_stop(now)
            return
        self.not_streaming_since = None
        if not self.enabled():
            return
        fields = run_psql(self.args, "host=%s port=%d user=%s dbname=%s" % (
            self.args.socket_dir, self.args.pg_port, self.args.user, self.args.dbname),
            STREAMING_QUERY, self.args.timeout)
        streaming = int(fields[0]) if fields and fields[0].isdigit() else None
        stale = None
        rogue = None
        if self.args.stale_votes > 0 and st.get("timeline") is not None:
            peers = self._peer_timelines()
            newer = sorted(p for p, (_, tl, _) in peers.items() if tl > st["timeline"])
            if len(newer) >= self.args.stale_votes:
                stale = "%d peers (%s) are on a timeline newer than our %d" % (
                    len(newer), ", ".join(newer), st["timeline"])
            # only a primary that holds its own quorum of standbys counts as the right one
            others = sorted(p for p, (rec, _, streams) in peers.items()
                            if not rec and streams >= self.args.fence_below)
            if others:
                rogue = ", ".join(others)
        with self.lock:
            self.streaming = streaming
            if streaming is not None and streaming >= self.args.fence_below:
                self.last_quorum = now
            self.stale_reason = stale
            lost = self.lost_reason_locked(now)
            # A primary that never had its standbys while another primary has its quorum of them
            # (promoted by hand, or started by hand after a failover) is the wrong one.
            if not lost and rogue and self.last_quorum is None and now - self.started > self.args.quorum_grace:
                lost = "rogue primary: no standby since it became one %.0f s ago, and %s is a primary with its standbys" % (
                    now - self.started, rogue)
        if lost:
            self.fence(lost)

    def lost_reason_locked(self, now):
        if self.stale_reason:
            return "stale primary: " + self.stale_reason
        # Armed once the quorum was seen (as repmgr's child-node check): a primary whose standbys are
        # still starting is not stopped, only kept from writes by verdict().
        if self.last_quorum is not None and now - self.last_quorum > self.args.quorum_grace:
            return "no quorum: %s of the %d streaming standbys a majority side has, for %.1f s" % (
                "?" if self.streaming is None else self.streaming, self.args.fence_below,
                now - self.last_quorum)
        return None

    def verdict(self):
        """(ok, reason) for /primary: ok when this primary may take writes."""
        if not self.enabled():
            return True, None
        with self.lock:
            if self.stale_reason:
                return False, "stale primary: " + self.stale_reason
            if self.last_quorum is None and not (self.args.grace_from_start and
                                                 time.monotonic() - self.started <= self.args.quorum_grace):
                return False, "no quorum yet: %s of the %d streaming standbys a majority side has" % (
                    "?" if self.streaming is None else self.streaming, self.args.fence_below)
            lost = self.lost_reason_locked(time.monotonic())
            return (lost is None), lost

    def fence(self, why):
        """Runs the fence command, at most once every 30 s. A quorum loss (not staleness) leaves
        the marker that lets this primary start again when its majority is back."""
        if not self.args.fence_command or time.monotonic() - self.last_fence < 30:
            return
        self.last_fence = time.monotonic()
        if why.startswith("no quorum"):
            write_quorum_stop_marker(self.args)
        sys.stderr.write("pgpilot-health: %s: running %s\n" % (why, self.args.fence_command))
        sys.stderr.flush()
        try:
            subprocess.Popen(self.args.fence_command.split(), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            sys.stderr.write("pgpilot-health: cannot run %s: %s\n" % (self.args.fence_command, exc))

    def restart_after_quorum_stop(self, now):
        """A primary that stopped itself because it lost its standbys (all of them down, or a
        partition) starts again once --fence-below peers answer over PostgreSQL, all as standbys,
        none on a newer timeline and none with more WAL than it stopped with: nobody was promoted
        meanwhile, so it still is the primary and its standbys (whose repmgrd will not start
        without a running upstream) can stream again. If a standby was promoted, it stays down
        until pgpilot rejoins it. Every 5 s at most."""
        if not self.args.start_command or not os.path.exists(QUORUM_STOP_MARKER):
            return
        if os.path.exists(self.args.fence_file) or now - self.last_restart_try < 5:
            return
        self.last_restart_try = now
        try:
            with open(QUORUM_STOP_MARKER, encoding="utf-8") as f:
                mark = json.load(f)
            my_tl, my_lsn = int(mark["timeline"]), int(mark["lsn"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        answers = {}

        def ask(peer):
            host, _, port = peer.rpartition(":")
            fields = run_psql(self.args, "host=%s port=%s user=%s dbname=%s" % (
                host.strip("[]"), port, self.args.peer_user, self.args.peer_db), POSITION_QUERY,
                self.args.peer_timeout)
            if fields and len(fields) == 3 and fields[1].isdigit():
                answers[peer] = (fields[0] == "t", int(fields[1]), lsn_bytes(fields[2]))

        threads = [threading.Thread(target=ask, args=(p,), daemon=True) for p in self.args.peer_pg]
        for t in threads:
            t.start()
        for t in threads:
            t.join(self.args.peer_timeout + 1)
        answers = dict(answers)
        blockers = sorted(p for p, (rec, tl, lsn) in answers.items()
                          if not rec or tl > my_tl or (lsn is not None and lsn > my_lsn))
        if blockers:
            sys.stderr.write("pgpilot-health: stopped for want of a quorum, and %s moved on (a primary, "
                             "a newer timeline or more WAL): staying down until pgpilot rejoins this "
                             "node\n" % ", ".join(blockers))
            sys.stderr.flush()
            try:
                os.unlink(QUORUM_STOP_MARKER)
            except OSError:
                pass
            return
        if len(answers) < self.args.fence_below:
            return
        sys.stderr.write("pgpilot-health: %d standbys are back, none ahead: starting PostgreSQL again (%s)\n"
                         % (len(answers), self.args.start_command))
        sys.stderr.flush()
        try:
            os.unlink(QUORUM_STOP_MARKER)
            subprocess.run(self.args.start_command.split(), stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: start failed: %s\n" % exc)

    def follow_if_orphaned(self, st, now):
        """A standby whose repmgrd missed a failover (it was down, and repmgrd refuses to start while
        its old upstream is gone) streams from nobody. When that lasts --follow-after seconds, repmgrd
        is not running here and a peer answers as a primary, run --follow-command (repmgr standby
        follow, which finds that primary itself), at most every 30 s."""
        if not self.args.follow_command:
            return
        if st.get("wal_receiver") == "streaming":
            self.not_streaming_since = None
            return
        if self.not_streaming_since is None:
            self.not_streaming_since = now
        if now - self.not_streaming_since < self.args.follow_after or now - self.last_follow < 30:
            return
        if repmgrd_running():
            return
        primaries = [p for p, (in_recovery, _, _) in self._peer_timelines().items() if not in_recovery]
        if len(primaries) != 1:
            return
        self.last_follow = now
        sys.stderr.write("pgpilot-health: no upstream for %.0f s and repmgrd not running; %s is the primary: "
                         "running %s\n" % (now - self.not_streaming_since, primaries[0], self.args.follow_command))
        sys.stderr.flush()
        try:
            res = subprocess.run(self.args.follow_command.split(), stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=120, check=False)
            tail = (res.stderr.strip().splitlines() or [""])[-1]
            sys.stderr.write("pgpilot-health: follow exited %d %s\n" % (res.returncode, tail[:300]))
        except (OSError, subprocess.TimeoutExpired) as exc:
            sys.stderr.write("pgpilot-health: follow failed: %s\n" % exc)
        sys.stderr.flush()

    def run_forever(self):
        while True:
            started = time.monotonic()
            try:
                self.check_once()
            except Exception as exc:  # the guard must outlive any one bad answer
                sys.stderr.write("pgpilot-health: quorum check failed: %s\n" % exc)
            time.sleep(max(0.1, self.args.check_interval - (time.monotonic() - started)))


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


CANDIDATE_QUERY = """
SELECT pg_is_in_recovery(),
       coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0') - '0/0'::pg_lsn,
       CASE WHEN pg_is_in_recovery() THEN repmgr.get_upstream_last_seen() END
"""


def lsn_bytes(text):
    try:
        return int(float(text))
    except (TypeError, ValueError):
        return None


def probe_tcp(host, port, timeout):
    """'up' (accepts), 'refused' (host answers, nothing listens) or 'silent' (no answer, or an
    error of our own routing: the network between us is not there)."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return "up"
    except ConnectionRefusedError:
        return "refused"
    except OSError:
        return "silent"


def validate_candidate(argv):
    """repmgr's failover_validation_command: runs on the standby repmgrd elected, before it
    promotes; exit 0 lets it promote, anything else makes repmgrd run the election again.
    It promotes only when
    - the old primary has been gone long enough not to be a network blip: unreachable (no answer)
      for --blip seconds since repmgrd last saw it, or refusing connections for --refused-for;
      any answer from it meanwhile cancels;
    - a majority of the cluster's --nodes is with us: we and the standbys that answer over
      PostgreSQL with the repmgr credentials (never an unauthenticated answer);
    - no node that answers is already a primary, and none has received more WAL than we have
      (with synchronous quorum commit every acknowledged commit is on one of us: the one with the
      most WAL has them all)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py validate-candidate")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--nodes", type=int, required=True)
    p.add_argument("--peer-pg", action="append", default=[], help="every other node, HOST:PORT")
    p.add_argument("--peer-user", default="repmgr")
    p.add_argument("--peer-db", default="repmgr")
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--blip", type=float, default=6.5)
    p.add_argument("--refused-for", type=float, default=2.0)
    p.add_argument("--peer-timeout", type=float, default=2.0)
    p.add_argument("rest", nargs="*", help="repmgr's %%v %%t (logged only)")
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-validate: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    row = run_psql(args, local, "SELECT u.conninfo, coalesce(repmgr.get_upstream_last_seen(), -1) "
                   "FROM repmgr.nodes l JOIN repmgr.nodes u ON u.node_id = l.upstream_node_id "
                   "WHERE l.node_id = %d" % args.node_id, args.peer_timeout)
    if not row or len(row) != 2:
        say("cannot read the old primary from repmgr.nodes: not promoting")
        return 1
    info = dict(kv.split("=", 1) for kv in row[0].split() if "=" in kv)
    old_host, old_port = info.get("host", ""), int(info.get("port", "5432") or 5432)
    last_seen = lsn_bytes(row[1])
    gone_since = t0 - (last_seen if last_seen is not None and last_seen >= 0 else 0)
    say("candidate %d; old primary %s:%d last seen %s s ago; repmgr says %s"
        % (args.node_id, old_host, old_port, last_seen, " ".join(args.rest)))

    # 1. Not a blip: the old primary stays away long enough.
    refused_since = None
    while True:
        state = probe_tcp(old_host, old_port, 0.5)
        now = time.monotonic()
        if state == "up":
            say("the old primary %s accepts connections again: a blip, not promoting" % old_host)
            return 1
        if state == "refused":
            refused_since = refused_since or now
            if now - refused_since >= args.refused_for:
                break
        else:
            refused_since = None
            if now - gone_since >= args.blip:
                break
        time.sleep(0.25)
    say("the old primary %s is gone (%s)" % (old_host, state))

    # 2. The others, asked over PostgreSQL with the repmgr credentials.
    answers = {}

    def ask(peer):
        host, _, port = peer.rpartition(":")
        fields = run_psql(args, "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, args.peer_user,
                                                                       args.peer_db),
                          CANDIDATE_QUERY, args.peer_timeout)
        if fields and len(fields) == 3:
            answers[peer] = (fields[0] == "t", lsn_bytes(fields[1]), lsn_bytes(fields[2]))

    # The old primary is gone (above): asking it again would only wait out its connect timeout.
    others = [peer for peer in args.peer_pg if peer.rpartition(":")[0].strip("[]") != old_host]
    threads = [threading.Thread(target=ask, args=(peer,), daemon=True) for peer in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join(args.peer_timeout + 1)
    answers = dict(answers)
    mine = run_psql(args, local, CANDIDATE_QUERY, args.peer_timeout)
    my_lsn = lsn_bytes(mine[1]) if mine and len(mine) == 3 else None
    if my_lsn is None:
        say("cannot read our own WAL position: not promoting")
        return 1
    primaries = sorted(p for p, (rec, _, _) in answers.items() if not rec)
    if primaries:
        say("%s already answer as primary: not promoting" % ", ".join(primaries))
        return 1
    # repmgr's primary_visibility_consensus, asked after the wait instead of the moment one
    # standby misses the primary (which cancels the election for good when a sibling's last check
    # was a second ago): a standby whose repmgrd saw the primary lately still reaches it.
    # A refusing primary is down for everybody, a silent one maybe only for us: a sibling whose
    # last successful check is younger than that (whole seconds, checks every second) reaches it.
    seen_limit = 1 if state == "refused" else 3
    seeing = sorted(p for p, (rec, _, seen) in answers.items()
                    if rec and seen is not None and 0 <= seen < seen_limit)
    if seeing:
        say("%s saw the old primary less than %d s ago: it is not gone, not promoting"
            % (", ".join(seeing), seen_limit))
        return 1
    standbys = {p: lsn for p, (rec, lsn, _) in answers.items() if rec}
    visible = 1 + len(standbys)
    need = args.nodes // 2 + 1
    if visible < need:
        say("only %d of %d nodes are with us (%s), a majority is %d: not promoting"
            % (visible, args.nodes, ", ".join(sorted(standbys)) or "none", need))
        return 1
    ahead = sorted(p for p, lsn in standbys.items() if lsn is not None and lsn > my_lsn)
    if ahead:
        say("%s received more WAL than we did: not promoting" % ", ".join(ahead))
        return 1
    say("promoting: %d of %d nodes with us, none ahead of our WAL" % (visible, args.nodes))
    return 0


def promote(argv):
    """repmgr's promote_command for repmgrd's failovers. `repmgr standby promote` first looks for
    a running primary among the nodes, old primary first, and pays the whole connect timeout
    (2 s) on a silent one: repmgrd's validation (validate_candidate) has just established it is
    gone. So this promotes PostgreSQL and then records what `repmgr standby promote` records:
    the old primary inactive, this node the active primary without upstream, and a
    standby_promote event. repmgrd then notifies the other standbys as usual. Planned
    switchovers do not come here (repmgr runs its own promotion)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py promote")
    p.add_argument("--node-id", type=int, required=True)
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    p.add_argument("--timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    t0 = time.monotonic()

    def say(msg):
        sys.stderr.write("pgpilot-promote: %s (%.1f s)\n" % (msg, time.monotonic() - t0))
        sys.stderr.flush()

    local = "host=%s port=%d dbname=repmgr" % (args.socket_dir, args.pg_port)
    state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
    if not state or state[0] not in ("t", "f"):
        say("the local PostgreSQL does not answer: not promoting")
        return 1
    if state[0] == "t":
        cmd = ["sudo", "-n", "/usr/bin/pg_ctlcluster", args.pg_version, "main", "promote"]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            say("%s failed: %s" % (" ".join(cmd), exc))
            return 1
        if res.returncode != 0:
            say("%s exited %d: %s" % (" ".join(cmd), res.returncode, res.stderr.strip()[-300:]))
            return 1
        while True:
            state = run_psql(args, local, "SELECT pg_is_in_recovery()", 5)
            if state and state[0] == "f":
                break
            if time.monotonic() - t0 > args.timeout:
                say("still in recovery after %.0f s" % args.timeout)
                return 1
            time.sleep(0.1)
    # repmgr's metadata, as repmgr standby promote writes it; committed locally (the standbys
    # have not followed yet, a synchronous commit would wait for them).
    sql = ("SET synchronous_commit = 'local'; BEGIN; "
           "UPDATE repmgr.nodes SET active = FALSE WHERE type = 'primary' AND active AND node_id <> %(n)d; "
           "UPDATE repmgr.nodes SET type = 'primary', upstream_node_id = NULL, active = TRUE "
           "WHERE node_id = %(n)d; "
           "INSERT INTO repmgr.events (node_id, event, successful, details) VALUES (%(n)d, "
           "'standby_promote', TRUE, 'promoted by repmgrd through pgpilot-health.py promote'); "
           "COMMIT; SELECT 'ok'") % {"n": args.node_id}
    out = run_psql(args, local, sql, 10)
    if not out or out[-1] != "ok":
        say("PostgreSQL promoted, but repmgr's node records could not be updated")
        return 1
    say("promoted; repmgr's records updated")
    return 0


def write_quorum_stop_marker(args):
    """Records the local primary's timeline and WAL position before it stops for want of a quorum."""
    local = "host=%s port=%d dbname=postgres" % (args.socket_dir, args.pg_port)
    fields = run_psql(args, local, POSITION_QUERY, 5)
    if not fields or len(fields) != 3 or fields[0] != "f" or not fields[1].isdigit():
        return False
    try:
        tmp = QUORUM_STOP_MARKER + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump({"timeline": int(fields[1]), "lsn": lsn_bytes(fields[2]), "at": time.time()}, f)
        os.replace(tmp, QUORUM_STOP_MARKER)
    except OSError:
        return False
    return True


def quorum_stop(argv):
    """repmgr's child_nodes_disconnect_command: records the marker, then stops PostgreSQL (fast)."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py quorum-stop")
    p.add_argument("--pg-version", required=True)
    p.add_argument("--psql", default="psql")
    p.add_argument("--socket-dir", default="/var/run/postgresql")
    p.add_argument("--pg-port", type=int, default=5432)
    args = p.parse_args(argv)
    write_quorum_stop_marker(args)
    res = subprocess.run(["/usr/bin/pg_ctlcluster", args.pg_version, "main", "stop", "-m", "fast"],
                         stdin=subprocess.DEVNULL, check=False)
    return res.returncode


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
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)

    class Server(ThreadingHTTPServer):
        address_family = socket.AF_INET6 if ":" in args.listen else socket.AF_INET
        daemon_threads = True

    httpd = Server((args.listen, args.port), Handler)
    httpd.prober = Prober(args)
    httpd.verbose = args.verbose
    httpd.fence_file = args.fence_file
    httpd.guard = QuorumGuard(args, httpd.prober)
    if httpd.guard.enabled() or args.follow_command:
        httpd.guard.check_once()  # a verdict before the first request
        threading.Thread(target=httpd.guard.run_forever, daemon=True).start()
    sys.stderr.write("pgpilot-health listening on %s:%d\n" % (args.listen, args.port))
    sys.stderr.flush()
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    httpd.server_close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "validate-candidate":
        sys.exit(validate_candidate(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "promote":
        sys.exit(promote(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "quorum-stop":
        sys.exit(quorum_stop(sys.argv[2:]))
    sys.exit(main())
