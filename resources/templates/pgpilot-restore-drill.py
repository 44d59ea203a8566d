#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Managed by pgpilot: rewritten whole on every run of phase 6, local edits are lost.
"""pgpilot's restore drill, run as root on the backup repository host (or, with a repository
mounted on every node, on the node that takes the backups: --repo-user postgres).

Restores a pgBackRest backup of the stanza into a scratch PostgreSQL cluster on this host
(Debian's pg_createcluster, socket only, never started at boot), starts it, waits until it is
out of recovery, reads the newest row of pgpilot's marker table and the recovery point, then
stops and removes the scratch cluster whatever happened.

  pgpilot-restore-drill --stanza NAME --pg-version N [--port P] [--mode immediate|archive|time]
                        [--target "YYYY-MM-DD HH:MM:SS[.ffffff]+00"] [--timeout SECONDS]
                        [--repo-user pgbackrest|postgres]

immediate: the newest backup, consistent at its end (phase 6's checkpoint).
archive:   the newest backup and then every archived WAL segment (proves the WAL chain too).
time:      the newest backup that ended before --target, replayed up to it (pgpilot restore's
           rehearsal): fails when the repository cannot reach that time.

Progress goes to stdout line by line; the last line is "drill-result " and one JSON object.
Exit status 0 when the drill passed, 1 when it failed (the JSON says where), 2 for bad usage.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

CLUSTER = "pgpilot_drill"
MARKER = "public.pgpilot_backup_marker"
LOCK_PATH = "/tmp/pgpilot-drill-lock"


class Failure(Exception):
    pass


def say(text):
    print(text, flush=True)


def run(cmd, user=None, timeout=600, check=True):
    if user:
        cmd = ["runuser", "-u", user, "--"] + cmd
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure("%s did not finish within %d s" % (" ".join(cmd), timeout))
    if check and p.returncode != 0:
        detail = (p.stderr.strip() or p.stdout.strip())[-1200:]
        raise Failure("%s exited with status %d: %s" % (" ".join(cmd), p.returncode, detail))
    return p


def cluster_exists(version):
    p = run(["pg_lsclusters", "-h"], check=False)
    for line in p.stdout.splitlines():
        f = line.split()
        if len(f) >= 2 and f[0] == version and f[1] == CLUSTER:
            return True
    return False


def drop_cluster(version):
    if cluster_exists(version):
        run(["pg_dropcluster", "--stop", version, CLUSTER], timeout=300, check=False)


def psql(version, port, sql):
    return run(["/usr/lib/postgresql/%s/bin/psql" % version, "-X", "-A", "-t", "-q", "-p", str(port),
                "-h", "/var/run/postgresql", "-d", "postgres", "-c", sql], user="postgres", timeout=60)


def newest_backup(stanza, before=None, repo_user="pgbackrest"):
    """The newest backup, or with before (epoch seconds) the newest that ended before it, as
    pgBackRest's restore picks it for a time target."""
    p = run(["pgbackrest", "--stanza=" + stanza, "--output=json", "info"], user=repo_user, timeout=300)
    try:
        info = json.loads(p.stdout)
        backups = info[0].get("backup") or []
        status = info[0].get("status", {})
    except (ValueError, IndexError, AttributeError):
        raise Failure("pgbackrest info printed no readable JSON")
    if not backups:
        raise Failure("the repository holds no backup of stanza %s yet (%s)" % (stanza, status.get("message", "")))
    if before is None:
        return backups[-1]
    earlier = [b for b in backups if (b.get("timestamp", {}).get("stop") or 0) < before]
    if not earlier:
        oldest = time.strftime("%Y-%m-%d %H:%M:%S+00", time.gmtime(backups[0].get("timestamp", {}).get("stop", 0)))
        raise Failure("the oldest backup ended at %s, after the target: nothing in the repository reaches back "
                      "that far" % oldest)
    return earlier[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stanza", required=True)
    ap.add_argument("--pg-version", required=True)
    ap.add_argument("--port", type=int, default=5499)
    ap.add_argument("--mode", choices=["immediate", "archive", "time"], default="immediate")
    ap.add_argument("--target", default="")
    ap.add_argument("--timeout", type=int, default=3600)
    # Who reads the repository: pgbackrest on a repository host, postgres on a node (mounted).
    ap.add_argument("--repo-user", choices=["pgbackrest", "postgres"], default="pgbackrest")
    a = ap.parse_args()
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,31}", a.stanza) or not re.fullmatch(r"[0-9]{2}", a.pg_version):
        print("pgpilot-restore-drill: bad --stanza or --pg-version", file=sys.stderr)
        return 2
    if (a.mode == "time") != bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\+00", a.target)):
        print("pgpilot-restore-drill: --mode time needs --target \"YYYY-MM-DD HH:MM:SS+00\" (and only it)", file=sys.stderr)
        return 2
    if not 1024 <= a.port <= 65535 or not 60 <= a.timeout <= 86400:
        print("pgpilot-restore-drill: --port 1024-65535, --timeout 60-86400", file=sys.stderr)
        return 2

    result = {"ok": False, "stanza": a.stanza, "mode": a.mode}
    data_dir = "/var/lib/postgresql/%s/%s" % (a.pg_version, CLUSTER)
    t0 = time.time()
    deadline = t0 + a.timeout
    try:
        target_epoch = None
        if a.mode == "time":
            base = a.target[:-3].split(".")[0]
            target_epoch = time.mktime(time.strptime(base, "%Y-%m-%d %H:%M:%S")) - time.timezone
            result["target"] = a.target
        backup = newest_backup(a.stanza, target_epoch, a.repo_user)
        result["backup"] = {
            "label": backup.get("label"), "type": backup.get("type"),
            "start": backup.get("timestamp", {}).get("start"), "stop": backup.get("timestamp", {}).get("stop"),
            "size": backup.get("info", {}).get("size"), "error": backup.get("error", False),
        }
        say("restoring backup %s (%s, %s bytes) of stanza %s, mode %s"
            % (backup.get("label"), backup.get("type"), backup.get("info", {}).get("size"), a.stanza, a.mode))
        size = int(backup.get("info", {}).get("size") or 0)
        parent = os.path.dirname(data_dir)
        os.makedirs(parent, exist_ok=True)
        free = shutil.disk_usage(parent).free
        if free < size * 1.1 + 256 * 1024 * 1024:
            raise Failure("%s has %d MB free, the restore needs about %d MB: free space there first"
                          % (parent, free // 2**20, (size * 1.1) // 2**20 + 256))
        drop_cluster(a.pg_version)  # the leftover of an interrupted drill
        say("creating the scratch cluster %s/%s on port %d (socket only)" % (a.pg_version, CLUSTER, a.port))
        run(["pg_createcluster", "--start-conf", "manual", "-p", str(a.port),
             "-o", "listen_addresses=", "-o", "hot_standby=off", "-o", "archive_mode=off",
             a.pg_version, CLUSTER], timeout=300)
        cmd = ["pgbackrest", "--stanza=" + a.stanza, "--reset-pg1-host", "--pg1-path=" + data_dir,
               "--delta", "--archive-mode=off", "--log-level-console=info", "--log-level-file=off",
               "--lock-path=" + LOCK_PATH]
        if a.mode == "immediate":
            cmd += ["--type=immediate", "--target-action=promote"]
        elif a.mode == "time":
            cmd += ["--type=time", "--target=" + a.target, "--target-action=promote"]
        cmd += ["restore"]
        restore_start = time.time()
        run(cmd, user="postgres", timeout=max(60, int(deadline - time.time())))
        result["restoreSeconds"] = round(time.time() - restore_start, 1)
        say("restored in %.1f s; starting PostgreSQL on it" % result["restoreSeconds"])
        run(["pg_ctlcluster", a.pg_version, CLUSTER, "start"], timeout=300, check=False)
        seen = ""
        while True:
            p = psql(a.pg_version, a.port, "SELECT pg_is_in_recovery()") if cluster_exists(a.pg_version) else None
            if p is not None and p.returncode == 0 and p.stdout.strip() == "f":
                break
            seen = (p.stderr.strip() if p is not None else "no cluster") or p.stdout.strip()
            if time.time() > deadline:
                raise Failure("the restored copy did not leave recovery within the deadline (last seen: %s); "
                              "see /var/log/postgresql/postgresql-%s-%s.log" % (seen, a.pg_version, CLUSTER))
            status = run(["pg_ctlcluster", a.pg_version, CLUSTER, "status"], check=False)
            if status.returncode == 3:  # not running: recovery ended in an error
                log = "/var/log/postgresql/postgresql-%s-%s.log" % (a.pg_version, CLUSTER)
                tail = ""
                try:
                    with open(log, encoding="utf-8", errors="replace") as f:
                        tail = " | ".join(line.strip() for line in f.readlines()[-6:])
                except OSError:
                    pass
                raise Failure("the restored copy stopped during recovery: %s" % (tail or seen))
            time.sleep(1)
        result["readySeconds"] = round(time.time() - t0, 1)
        p = psql(a.pg_version, a.port,
                 "SELECT coalesce(extract(epoch FROM pg_last_xact_replay_timestamp())::text, ''), "
                 "to_regclass('%s') IS NOT NULL" % MARKER)
        recovery_point, has_marker = (p.stdout.strip().split("|") + ["", ""])[:2]
        result["recoveryPoint"] = float(recovery_point) if recovery_point else None
        result["marker"] = {"max": 0, "at": None}
        if has_marker == "t":
            p = psql(a.pg_version, a.port,
                     "SELECT coalesce(max(id), 0), coalesce(extract(epoch FROM max(at))::text, '') FROM %s" % MARKER)
            mid, mat = (p.stdout.strip().split("|") + ["0", ""])[:2]
            result["marker"] = {"max": int(mid or 0), "at": float(mat) if mat else None}
        say("the copy answers: newest marker row %d, recovery point %s"
            % (result["marker"]["max"], result["recoveryPoint"]))
        result["ok"] = True
    except Failure as e:
        result["error"] = str(e)
        say("drill failed: %s" % e)
    finally:
        try:
            drop_cluster(a.pg_version)
        except Exception as e:  # a drill that cannot clean up says so, but keeps its verdict
            result["cleanup"] = str(e)
        result["seconds"] = round(time.time() - t0, 1)
    print("drill-result " + json.dumps(result, sort_keys=True), flush=True)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
