#!/usr/bin/python3
"""pgpilot backup runner: with a pgBackRest repository mounted on every node (the worksheet's
backup.repository "mount"), every node has the same backup timers, and this script decides which
one node takes the backup, so that a failover never leaves the schedule without a runner and two
nodes never write a backup into the repository at once. Run as postgres:

    pgpilot-backup-run --stanza S --repo PATH --nodes pg1,pg2,pg3 --me pg2 --type full|diff|incr
    pgpilot-backup-run --stanza S --repo PATH --nodes pg1,pg2,pg3 --me pg2 --am-runner

The runner is the first node of --nodes (the worksheet's order) that the primary sees streaming
(pg_stat_replication, state streaming): the backup's files are then read on that standby, and
the primary only starts and stops the backup. With no standby streaming, the primary itself
(--backup-standby=n). A node asks the primary found in repmgr's metadata (repmgr.nodes, the
conninfo and password repmgr uses), so every node reaches the same answer; a backup also holds
an exclusive lock on PATH/.pgpilot-backup.lock in the repository itself, so two nodes that
disagree during a failover still never back up at the same time (the second says so and exits 0).

--am-runner exits 0 on the runner, 1 elsewhere, 2 when it cannot tell (no primary found). With
--type the runner backs up (pgBackRest's exit status); every other node prints who runs it and
exits 0. Managed by pgpilot: rewritten whole on every run of phase 6."""

import errno
import fcntl
import os
import re
import subprocess
import sys

STANZA = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
NODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$")
REPO = re.compile(r"^/[A-Za-z0-9/._-]{0,254}$")
TYPES = ("full", "diff", "incr")


class Failure(Exception):
    pass


def psql(sql, conninfo=None, database="repmgr"):
    """Rows (lists of fields) of sql, locally over the socket or through conninfo."""
    cmd = ["psql", "-X", "-A", "-t", "-q", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql]
    cmd += [conninfo] if conninfo else ["-d", database]
    try:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        raise Failure("psql did not answer within 20 s")
    if p.returncode != 0:
        raise Failure("psql: " + " ".join(p.stderr.split())[-400:])
    return [line.split("\t") for line in p.stdout.splitlines() if line]


def runner(nodes, me):
    """(runner's name, this node is the primary)."""
    local_primary = psql("SELECT NOT pg_is_in_recovery()")[0][0] == "t"
    if local_primary:
        streaming = psql("SELECT application_name FROM pg_stat_replication WHERE state = 'streaming'")
    else:
        rows = psql("SELECT node_name, conninfo FROM repmgr.nodes WHERE type = 'primary' AND active "
                    "ORDER BY node_id")
        streaming = None
        seen = []
        for name, conninfo in rows:
            try:
                if psql("SELECT NOT pg_is_in_recovery()", conninfo)[0][0] != "t":
                    seen.append("%s is in recovery" % name)
                    continue
                streaming = psql("SELECT application_name FROM pg_stat_replication "
                                 "WHERE state = 'streaming'", conninfo)
                break
            except Failure as e:
                seen.append("%s: %s" % (name, e))
        if streaming is None:
            raise Failure("no primary answers (%s)" % ("; ".join(seen) or "none in repmgr.nodes"))
    names = {row[0] for row in streaming}
    for n in nodes:
        if n in names:
            return n, local_primary
    # Nobody streams: the primary backs up from itself.
    return (me if local_primary else "the primary"), local_primary


def backup(stanza, repo, kind, on_primary):
    lock_path = os.path.join(repo, ".pgpilot-backup.lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o640)
    except OSError as e:
        raise Failure("cannot open %s: %s (is the repository mounted and writable by postgres?)"
                      % (lock_path, e.strerror))
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if e.errno in (errno.EACCES, errno.EAGAIN):
            print("pgpilot-backup-run: another node is taking a backup into %s now: nothing to do" % repo)
            return 0
        raise Failure("cannot lock %s: %s" % (lock_path, e.strerror))
    cmd = ["pgbackrest", "--stanza=" + stanza, "--type=" + kind]
    if on_primary:
        cmd.append("--backup-standby=n")
    cmd.append("backup")
    print("pgpilot-backup-run: %s" % " ".join(cmd), flush=True)
    return subprocess.run(cmd, stdin=subprocess.DEVNULL).returncode  # the lock holds until we exit


def main(argv):
    args = {}
    flags = {"--stanza", "--repo", "--nodes", "--me", "--type"}
    i = 0
    while i < len(argv):
        if argv[i] == "--am-runner":
            args["am"] = True
            i += 1
        elif argv[i] in flags and i + 1 < len(argv) and argv[i] not in args:
            args[argv[i]] = argv[i + 1]
            i += 2
        else:
            print(__doc__.split("\n\n")[1], file=sys.stderr)
            return 2
    stanza, repo = args.get("--stanza", ""), args.get("--repo", "")
    nodes = args.get("--nodes", "").split(",")
    kind = args.get("--type", "")
    me = args.get("--me", "")
    if (not STANZA.match(stanza) or me not in nodes or not REPO.match(repo) or "/../" in repo + "/"
            or not all(NODE.match(n) for n in nodes) or ("am" in args) == bool(kind)
            or (kind and kind not in TYPES)):
        print("pgpilot-backup-run: bad arguments (--stanza, --repo, --nodes, --me (one of the nodes), "
              "and one of --type or --am-runner)", file=sys.stderr)
        return 2
    try:
        chosen, primary = runner(nodes, me)
    except Failure as e:
        print("pgpilot-backup-run: cannot tell which node backs up: %s" % e, file=sys.stderr)
        return 2
    if "am" in args:
        print("pgpilot-backup-run: the backups run on %s%s" % (chosen, " (this node)" if chosen == me else ""))
        return 0 if chosen == me else 1
    if chosen != me:
        print("pgpilot-backup-run: %s takes the %s backup, not %s" % (chosen, kind, me))
        return 0
    try:
        return backup(stanza, repo, kind, primary)
    except Failure as e:
        print("pgpilot-backup-run: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
