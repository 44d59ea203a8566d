"""The quorum guard: keeps a primary honest (quorum of standbys, a newer timeline among the
peers), restarts one that stopped for want of a quorum, and lets an orphaned standby follow.
The peers are asked over PostgreSQL with the repmgr credentials of ~/.pgpass, never over HTTP.
Managed by pgpilot: rewritten whole on every run."""

import json
import os
import subprocess
import sys
import threading
import time

from .common import local_conninfo, lsn_bytes, repmgrd_running, run_psql, session

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
            fields = session(self.args, conninfo).query(PEER_QUERY, self.args.peer_timeout)
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
        fields = session(self.args, local_conninfo(self.args)).query(STREAMING_QUERY, self.args.timeout)
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
