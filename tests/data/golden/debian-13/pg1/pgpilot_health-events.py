"""repmgr's event_notification_command (record-event): one JSON line per repmgr event in a file on
this node, also when no database answers (repmgr then runs the command without writing
repmgr.events). pgpilot's monitor reads the file over SSH, so a failover during which no pgpilot
ran shows on its timeline once one connects. Never fails repmgr: errors go to stderr, the exit
status is always 0.
Managed by pgpilot: rewritten whole on every run."""

import argparse
import datetime
import fcntl
import json
import os
import re
import sys

# Rendered into repmgr.conf and read by the monitor (runbook/configfiles.cpp,
# nodepaths::repmgrEventsFile); --file is given there, this default only serves a hand run.
DEFAULT_FILE = "/var/lib/postgresql/pgpilot-repmgr-events.jsonl"
ROTATE_BYTES = 256 * 1024  # then the file becomes FILE.1 (the previous .1 is dropped)

EVENT = re.compile(r"[a-z_]{1,64}")
# What repmgr gives as %t: PostgreSQL's event_timestamp (DateStyle ISO: "2026-12-05
# 05:40:12.123456+00") or, with no database, its own strftime("%Y-%m-%d %H:%M:%S%z").
TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?"
                       r"(?:([+-])(\d{2})(?::?(\d{2}))?)?")


def parse_timestamp(text):
    """The UTC time of repmgr's %t, or None. Without an offset the node's local time is meant."""
    m = TIMESTAMP.fullmatch(text)
    if not m:
        return None
    y, mo, d, h, mi, s, frac, sign, oh, om = m.groups()
    try:
        t = datetime.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s),
                              int((frac or "0").ljust(6, "0")))
    except ValueError:
        return None
    if sign:
        offset = datetime.timedelta(hours=int(oh), minutes=int(om or 0))
        if offset >= datetime.timedelta(hours=24):
            return None
        t = t.replace(tzinfo=datetime.timezone(offset if sign == "+" else -offset))
    else:
        t = t.astimezone()  # naive: local time
    return t.astimezone(datetime.timezone.utc)


def validate(argv):
    """(record, None) or (None, what is wrong) for: NODE_ID EVENT SUCCESS TIMESTAMP."""
    if len(argv) != 4:
        return None, "expected NODE_ID EVENT SUCCESS TIMESTAMP (%%n %%e %%s \"%%t\"), got %d argument(s)" % len(argv)
    node, event, success, stamp = argv
    if not re.fullmatch(r"[1-9][0-9]{0,9}", node) or int(node) > 2147483647:
        return None, "node id %r is not a positive integer" % node[:40]
    if not EVENT.fullmatch(event):
        return None, "event name %r is not repmgr's (a-z and _)" % event[:80]
    if success not in ("0", "1"):
        return None, "success %r is not 0 or 1" % success[:20]
    t = parse_timestamp(stamp)
    if t is None:
        return None, "timestamp %r is not YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]" % stamp[:60]
    return {"node_id": int(node), "event": event, "successful": success == "1",
            "time": t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)}, None


def _open_append(path):
    """The file for appending, mode 0644 whatever the umask (pgpilot's SSH login reads it without
    sudo: it holds no secret), never through a link; a new file belongs to whoever owns the
    directory (the postgres user, also when root ran repmgr)."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o644)
    st = os.fstat(fd)
    if st.st_mode & 0o777 != 0o644:
        os.fchmod(fd, 0o644)
    if os.geteuid() == 0:
        parent = os.stat(os.path.dirname(path) or ".")
        if (st.st_uid, st.st_gid) != (parent.st_uid, parent.st_gid):
            os.fchown(fd, parent.st_uid, parent.st_gid)
    return fd


def append(path, record):
    """Appends one line under an exclusive lock (concurrent repmgr runs), rotating first when the
    file has reached ROTATE_BYTES."""
    line = (json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n").encode()
    # Read-only is enough for flock, so a lock file root created (0644) serves postgres too.
    lock = os.open(path + ".lock", os.O_RDONLY | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if os.lstat(path).st_size >= ROTATE_BYTES:
                os.replace(path, path + ".1")
        except FileNotFoundError:
            pass
        fd = _open_append(path)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    finally:
        os.close(lock)  # releases the lock


def record_event(argv):
    """repmgr's event_notification_command: record-event [--file F] NODE_ID EVENT SUCCESS TIMESTAMP."""
    p = argparse.ArgumentParser(prog="pgpilot-health.py record-event", add_help=False)
    p.add_argument("--file", default=DEFAULT_FILE)
    try:
        args, rest = p.parse_known_args(argv)
    except SystemExit:
        return 0
    record, error = validate(rest)
    if error:
        sys.stderr.write("pgpilot record-event: not recorded: %s\n" % error)
        return 0
    try:
        append(args.file, record)
    except OSError as exc:
        sys.stderr.write("pgpilot record-event: could not write %s: %s\n" % (args.file, exc))
    return 0
