"""Shared pieces: psql with a timeout, LSN text, TCP probes and the quorum-stop marker.
Managed by pgpilot: rewritten whole on every run."""

import json
import os
import socket
import subprocess
import time

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


def peer_conninfo(args, peer):
    host, _, port = peer.rpartition(":")
    return "host=%s port=%s user=%s dbname=%s" % (host.strip("[]"), port, args.peer_user, args.peer_db)


def peer_host(peer):
    return peer.rpartition(":")[0].strip("[]")


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


def repmgrd_running():
    """True when a repmgrd process of this host's postgres user exists."""
    try:
        res = subprocess.run(["pgrep", "-x", "repmgrd"], capture_output=True, timeout=5, check=False)
        return res.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return True  # unknown: leave it to repmgrd


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
