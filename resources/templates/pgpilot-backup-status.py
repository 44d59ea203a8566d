#!/usr/bin/python3
"""pgpilot backup status: what pgpilot's dashboard shows of the pgBackRest backups kept on this
repository host, printed as one JSON object (format 1). pgpilot's monitor runs it over SSH as the
repository's owner (pgbackrest) every 30 s or so:

    pgpilot-backup-status --stanza STANZA --repo PATH

It reads local things only: `pgbackrest info` (the repository), the state of the backup timers and
their services (systemctl show) and the repository's file system (statvfs). It changes nothing,
needs no network, ends within DEADLINE seconds and always exits 0; what went wrong is in the
object: "error" for arguments it refuses, "infoError" for pgBackRest, "timersError" for systemd,
"repo.error" for the file system.

    {"format": 1, "stanza": "main", "pgbackrest": "2.45", "info": [...] | null, "infoError": "",
     "timers": {"full": {"nextUsec": 0, "lastTriggerUsec": 0, "result": "success",
                         "exitStatus": 0, "active": false}, "diff": {...}},
     "timersError": "", "repo": {"freeBytes": 0, "totalBytes": 0}, "now": 1700000000, "error": ""}

"timers" holds the units that exist (pgpilot-backup-full.timer, pgpilot-backup-diff.timer). Times
are microseconds since the epoch, 0 for none.
Managed by pgpilot: rewritten whole on every run of phase 6."""

import calendar
import json
import os
import re
import subprocess
import sys
import time

FORMAT = 1
DEADLINE = 4.0  # seconds for everything; pgpilot waits longer
STANZA = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
REPO = re.compile(r"^/[A-Za-z0-9/._-]{0,254}$")
TIMERS = ("full", "diff")
STARTED = time.monotonic()


def remaining(cap):
    return max(0.1, min(cap, DEADLINE - (time.monotonic() - STARTED)))


def environment():
    env = {"LC_ALL": "C", "TZ": "UTC", "PATH": os.environ.get("PATH") or "/usr/bin:/bin:/usr/sbin:/sbin"}
    if "HOME" in os.environ:
        env["HOME"] = os.environ["HOME"]
    return env


def run(cmd, cap):
    """(exit code, stdout, stderr) of cmd; exit code None when it could not run or took too long
    (stderr then says why)."""
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=remaining(cap),
                             env=environment(), stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        return None, "", "%s did not answer within %.1f s" % (cmd[0], remaining(cap))
    except OSError as e:
        return None, "", "%s: %s" % (cmd[0], e.strerror or e)
    return res.returncode, res.stdout, res.stderr


def short(text, limit=2000):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."


def parse_args(argv):
    """{"stanza": ..., "repo": ...} or an error text."""
    if len(argv) != 4:
        return "usage: pgpilot-backup-status --stanza STANZA --repo PATH"
    values = {}
    for flag, value in ((argv[0], argv[1]), (argv[2], argv[3])):
        if flag not in ("--stanza", "--repo") or flag in values:
            return "usage: pgpilot-backup-status --stanza STANZA --repo PATH"
        values[flag] = value
    if not STANZA.match(values["--stanza"]):
        return "--stanza must be lower-case letters, digits and '-', at most 32, not starting with '-'"
    repo = values["--repo"]
    if not REPO.match(repo) or "/../" in repo + "/" or "/./" in repo + "/":
        return "--repo must be an absolute path of letters, digits and /._- without . or .. parts"
    return {"stanza": values["--stanza"], "repo": repo}


def pgbackrest_version():
    code, out, err = run(["pgbackrest", "version"], 1.5)
    if code != 0:
        return "", short(err or out) or "pgbackrest version exited with %s" % code
    text = out.strip()
    if text.startswith("pgBackRest "):
        text = text[len("pgBackRest "):]
    return text, ""


def pgbackrest_info(stanza):
    """(parsed info array or None, error text)."""
    code, out, err = run(["pgbackrest", "--stanza=" + stanza, "--output=json", "info"], 3.0)
    if code is None:
        return None, short(err)
    try:
        info = json.loads(out) if out.strip() else None
    except ValueError:
        info = None
    if code != 0 or not isinstance(info, list):
        detail = short(err or out) or "no output"
        return None, "pgbackrest info exited with %s: %s" % (code, detail)
    return info, ""


PRETTY = re.compile(r"^(?:[A-Z][a-z]{2} )?(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$")


def usec(value):
    """A timestamp as systemctl show prints it: "@1717896600" (--timestamp=unix), a plain number
    of microseconds, "Sun 2024-06-09 01:30:00 UTC" (pretty, TZ=UTC), "n/a" or empty for none."""
    value = value.strip()
    if value in ("", "n/a", "0"):
        return 0
    if value.startswith("@") and value[1:].isdigit():
        return int(value[1:]) * 1000000
    if value.isdigit():
        return int(value)
    m = PRETTY.match(value)
    if m:
        return calendar.timegm(tuple(int(g) for g in m.groups()) + (0, 0, 0)) * 1000000
    return None


def show(unit, properties, unix_option):
    """The unit's properties as a dict, or an error text. unix_option: pass --timestamp=unix (a
    systemd that does not know it is asked again without)."""
    cmd = ["systemctl", "show"] + (["--timestamp=unix"] if unix_option else [])
    for p in ("LoadState",) + properties:
        cmd += ["-p", p]
    code, out, err = run(cmd + [unit], 1.0)
    if code != 0:
        return short(err or out) or "systemctl show %s exited with %s" % (unit, code)
    values = {}
    for line in out.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key] = value
    return values


def timers():
    """({"full": {...}, "diff": {...}} for the units that exist, error text)."""
    found, errors = {}, []
    unix_option = True
    for kind in TIMERS:
        timer = show("pgpilot-backup-%s.timer" % kind, ("NextElapseUSecRealtime", "LastTriggerUSec"),
                     unix_option)
        if isinstance(timer, str) and unix_option and "timestamp" in timer:
            unix_option = False  # an older systemctl: pretty timestamps, read in UTC
            timer = show("pgpilot-backup-%s.timer" % kind,
                         ("NextElapseUSecRealtime", "LastTriggerUSec"), unix_option)
        if isinstance(timer, str):
            errors.append(timer)
            continue
        if timer.get("LoadState") != "loaded":
            continue
        service = show("pgpilot-backup-%s.service" % kind, ("Result", "ExecMainStatus", "ActiveState"),
                       unix_option)
        if isinstance(service, str):
            errors.append(service)
            service = {}
        entry = {}
        for key, prop in (("nextUsec", "NextElapseUSecRealtime"), ("lastTriggerUsec", "LastTriggerUSec")):
            parsed = usec(timer.get(prop, ""))
            if parsed is None:
                errors.append("%s of pgpilot-backup-%s.timer not understood: %r"
                              % (prop, kind, timer.get(prop)))
                parsed = 0
            entry[key] = parsed
        entry["result"] = service.get("Result", "")
        status = service.get("ExecMainStatus", "")
        entry["exitStatus"] = int(status) if status.lstrip("-").isdigit() else 0
        entry["active"] = service.get("ActiveState", "") in ("active", "activating", "reloading")
        found[kind] = entry
    return found, "; ".join(errors)


def repository(path):
    try:
        st = os.statvfs(path)
    except OSError as e:
        return {"error": "%s: %s" % (path, e.strerror)}
    return {"freeBytes": st.f_bavail * st.f_frsize, "totalBytes": st.f_blocks * st.f_frsize}


def main(argv):
    out = {"format": FORMAT, "stanza": "", "pgbackrest": "", "info": None, "infoError": "",
           "timers": {}, "timersError": "", "repo": {}, "now": int(time.time()), "error": ""}
    args = parse_args(argv)
    if isinstance(args, str):
        out["error"] = args
    else:
        out["stanza"] = args["stanza"]
        out["pgbackrest"], version_error = pgbackrest_version()
        if version_error:
            out["infoError"] = "pgBackRest is not usable here: " + version_error
        else:
            out["info"], out["infoError"] = pgbackrest_info(args["stanza"])
        out["timers"], out["timersError"] = timers()
        out["repo"] = repository(args["repo"])
        out["now"] = int(time.time())
    sys.stdout.write(json.dumps(out, separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Exception as e:  # noqa: BLE001 - the monitor must get its one object whatever happens
        sys.stdout.write(json.dumps({"format": FORMAT, "error": "pgpilot-backup-status failed: %r" % e})
                         + "\n")
        sys.exit(0)
