"""repmgr's hooks: failover_validation_command (validate-candidate), promote_command (promote)
and child_nodes_disconnect_command (quorum-stop).
Managed by pgpilot: rewritten whole on every run."""

import argparse
import subprocess
import sys
import threading
import time

from .common import lsn_bytes, probe_tcp, run_psql
from .guard import write_quorum_stop_marker

CANDIDATE_QUERY = """
SELECT pg_is_in_recovery(),
       coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn(), '0/0') - '0/0'::pg_lsn,
       CASE WHEN pg_is_in_recovery() THEN repmgr.get_upstream_last_seen() END
"""



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

