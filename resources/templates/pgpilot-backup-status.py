#!/usr/bin/python3
"""pgpilot backup status: what pgpilot's dashboard shows of the pgBackRest backups kept on this
repository host, printed as one JSON object (format 1). pgpilot's monitor runs it over SSH as the
repository's owner (pgbackrest) every 30 s or so:

    pgpilot-backup-status --stanza STANZA --repo PATH

It reads local things only: `pgbackrest info` (the repository), the state of the backup timers and
their services (systemctl show), the repository's file system (statvfs) and the names of the WAL
files in its archive (os.scandir). It changes nothing, needs no network, ends within DEADLINE
seconds and always exits 0; what went wrong is in the object: "error" for arguments it refuses,
"infoError" for pgBackRest, "timersError" for systemd, "repo.error" for the file system,
"wal.error" for the archive.

    {"format": 1, "stanza": "main", "pgbackrest": "2.45", "info": [...] | null, "infoError": "",
     "timers": {"full": {"nextUsec": 0, "lastTriggerUsec": 0, "result": "success",
                         "exitStatus": 0, "active": false}, "diff": {...}},
     "timersError": "", "repo": {"freeBytes": 0, "totalBytes": 0},
     "wal": {"checked": true, "error": "", "archiveId": "17-1", "segmentBytes": 16777216,
             "files": 120, "timelines": [{"timeline": 1, "from": "...", "to": "...", "present": 40}],
             "gaps": [{"timeline": 1, "first": "...", "last": "...", "count": 3,
                       "before": "...", "beforeTime": 0, "after": "...", "afterTime": 0,
                       "breaks": ["20240602-013002F"], "healedBy": "", "healedAt": 0}],
             "gapsTotal": 1},
     "now": 1700000000, "error": ""}

"timers" holds the units that exist (pgpilot-backup-full.timer, pgpilot-backup-diff.timer). Times
are microseconds since the epoch, 0 for none.

"wal": the WAL archive of the stanza's current database (<repo>/archive/<stanza>/<archiveId>/)
checked for missing segments, see wal_gaps(). An older script has no "wal" member: its reader
then knows the archive was not checked.
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


# ---- the WAL archive -----------------------------------------------------------------------------
# pgBackRest keeps each archived segment as <archiveId>/<its first 16 hex>/<24 hex>-<sha1>[.gz|.lz4|
# .zst|.bz2], the last, unfinished segment of a timeline another one replaced as
# <24 hex>.partial-<sha1>[.ext], and <timeline>.history files in <archiveId>/ itself (encrypted
# like everything else when the repository is, then unreadable here).
SEGMENT_BYTES = 16 * 1024 * 1024  # pgpilot's initdb default; see segments_per_log_id()
MAX_GAPS = 50
ARCHIVE_ID = re.compile(r"^[0-9]{1,4}-[0-9]{1,9}$")
WAL_DIR = re.compile(r"^[0-9A-F]{16}$")
ARCHIVED = re.compile(r"^([0-9A-F]{24})(\.partial)?-[0-9a-f]{40}(?:\.[a-z0-9]{1,8})?$")
HISTORY = re.compile(r"^([0-9A-F]{8})\.history$")
SEGMENT = re.compile(r"^[0-9A-F]{24}$")
SWITCH = re.compile(r"^\s*(\d+)\s+([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})\b")


def segments_per_log_id():
    """Segments in one log id (the middle 8 hex digits of a name: 4 GiB of WAL): 256 with
    SEGMENT_BYTES of 16 MiB. The only place that knows the segment size: a cluster made with
    another initdb --wal-segsize has other names (64 MiB: segments 00 to 3F in each log id), and
    every count below would be wrong; pgpilot's monitor compares SEGMENT_BYTES ("segmentBytes")
    with the primary's wal_segment_size before it believes a gap."""
    return 0x100000000 // SEGMENT_BYTES


def wal_position(name):
    """(timeline, segment number counted from the start of WAL) of a 24-hex segment name; None
    for a name that cannot be a segment of SEGMENT_BYTES."""
    if not SEGMENT.match(name):
        return None
    per_log = segments_per_log_id()
    log, seg = int(name[8:16], 16), int(name[16:24], 16)
    if seg >= per_log:
        return None
    return int(name[:8], 16), log * per_log + seg


def wal_name(timeline, number):
    """The inverse of wal_position()."""
    log, seg = divmod(number, segments_per_log_id())
    return "%08X%08X%08X" % (timeline, log, seg)


class ScanTimeout(Exception):
    pass


def scan_archive(path, deadline):
    """What the archive directory holds: ({timeline: {"segments": {number: file name}, "partial":
    {number: file name}}}, {timeline: switch segment number read from its .history file}, files
    seen). Raises OSError when path cannot be read, ScanTimeout past deadline (time.monotonic())."""
    timelines, switches, files = {}, {}, 0
    with os.scandir(path) as top:
        entries = list(top)
    for entry in entries:
        h = HISTORY.match(entry.name)
        if h:
            switch = history_switch(entry.path)
            if switch is not None:
                switches[int(h.group(1), 16)] = switch
    for entry in sorted(entries, key=lambda e: e.name):
        if not WAL_DIR.match(entry.name) or not entry.is_dir(follow_symlinks=False):
            continue
        if time.monotonic() > deadline:
            raise ScanTimeout()
        timeline = int(entry.name[:8], 16)
        with os.scandir(entry.path) as segments:
            for f in segments:
                m = ARCHIVED.match(f.name)
                if not m or not m.group(1).startswith(entry.name):
                    continue
                position = wal_position(m.group(1))
                if position is None:
                    raise ValueError("%s is not a name of %d MiB segments: this cluster's "
                                     "wal_segment_size is another" % (f.name, SEGMENT_BYTES >> 20))
                files += 1
                kept = timelines.setdefault(timeline, {"segments": {}, "partial": {}})
                kept["partial" if m.group(2) else "segments"][position[1]] = f.name
    return timelines, switches, files


def history_switch(path):
    """Where the timeline of a .history file begins (the segment number of its last line's switch
    point), or None when the file cannot be read as text (an encrypted repository)."""
    try:
        with open(path, "rb") as f:
            text = f.read(65536).decode("ascii")
    except (OSError, UnicodeDecodeError):
        return None
    switch = None
    for line in text.splitlines():
        m = SWITCH.match(line)
        if m:
            lsn = (int(m.group(2), 16) << 32) | int(m.group(3), 16)
            switch = lsn // SEGMENT_BYTES
    return switch


def file_time(directory, name):
    """When a file of the archive was written (seconds since the epoch), 0 when unknown."""
    if not name:
        return 0
    try:
        return int(os.stat(os.path.join(directory, name[:16], name)).st_mtime)
    except OSError:
        return 0


def kept_backups(entry, database_id):
    """The stanza's backups of the current database, oldest first: dicts with label, good, stop,
    and position (timeline, number) of their first WAL segment; those without one left out."""
    found = []
    for b in entry.get("backup") or []:
        if not isinstance(b, dict) or (b.get("database") or {}).get("id") != database_id:
            continue
        start = wal_position(str((b.get("archive") or {}).get("start") or ""))
        if start is None:
            continue
        found.append({"label": str(b.get("label", "")), "good": b.get("error") is not True,
                      "stop": int((b.get("timestamp") or {}).get("stop") or 0), "position": start})
    found.sort(key=lambda b: (b["stop"], b["position"]))
    return found


def wal_gaps(timelines, switches, backups):
    """Each timeline's range that must be complete, and the gaps in it.

    A timeline is checked from where WAL is needed to its newest segment (a .partial counts as
    present: the timeline ended there). Needed: from the first segment of the oldest backup kept
    (its timeline and earlier ones are not checked below it; without backups, from the archive's
    oldest segment); a later timeline from its switch point (its .history file; when that cannot
    be read, from the .partial its parent left, else from its own oldest segment, so that a gap
    at the very start of such a timeline is not seen). Every gap names the backups whose restore
    has to cross it ("breaks") and the oldest good backup that starts after it ("healedBy"): WAL
    from that backup on is complete, so point-in-time recovery works again from its stop on."""
    if not timelines:
        return [], []
    if backups:
        base_timeline, base = backups[0]["position"]
    else:
        base_timeline = min(timelines)
        kept = timelines[base_timeline]
        base = min(list(kept["segments"]) + list(kept["partial"]))
    ranges, gaps = [], []
    previous = None
    for timeline in sorted(timelines):
        kept = timelines[timeline]
        present = set(kept["segments"]) | set(kept["partial"])
        parent, previous = previous, timeline
        if timeline < base_timeline or not present:
            continue
        if timeline == base_timeline:
            low = base
        elif timeline in switches:
            low = min(switches[timeline], min(present))
        elif parent is not None and timelines[parent]["partial"]:
            low = min(max(timelines[parent]["partial"]), min(present))
        else:
            low = min(present)
        high = max(present)
        if high < low:
            continue
        inside = sorted(n for n in present if n >= low)
        ranges.append({"timeline": timeline, "from": wal_name(timeline, low),
                       "to": wal_name(timeline, high), "present": len(inside),
                       "partial": wal_name(timeline, max(kept["partial"])) if kept["partial"] else ""})
        expected = low
        last_seen = None
        for number in inside:
            if number > expected:
                gaps.append(describe_gap(timeline, expected, number - 1, last_seen, number, backups))
            expected, last_seen = number + 1, number
    return ranges, gaps


def describe_gap(timeline, first, last, before, after, backups):
    breaks = [b["label"] for b in backups
              if b["position"][0] <= timeline and b["position"][1] <= last]
    healed = [b for b in backups
              if b["good"] and b["position"][0] >= timeline and b["position"][1] > last]
    return {"timeline": timeline, "first": wal_name(timeline, first), "last": wal_name(timeline, last),
            "count": last - first + 1,
            "before": wal_name(timeline, before) if before is not None else "",
            "after": wal_name(timeline, after), "breaks": breaks,
            "healedBy": healed[0]["label"] if healed else "",
            "healedAt": healed[0]["stop"] if healed else 0}


def wal_archive(repo, stanza, info):
    """The "wal" member: the archive of the stanza's current database checked for gaps."""
    out = {"checked": False, "error": "", "archiveId": "", "segmentBytes": SEGMENT_BYTES, "files": 0,
           "timelines": [], "gaps": [], "gapsTotal": 0}
    entry = next((e for e in info or [] if isinstance(e, dict) and e.get("name") == stanza), None)
    if entry is None:
        out["error"] = "not checked: pgbackrest info did not describe the stanza"
        return out
    archives = [a for a in entry.get("archive") or [] if isinstance(a, dict)]
    if not archives:
        out["error"] = "the stanza has no archive yet"
        return out
    current = max(archives, key=lambda a: (a.get("database") or {}).get("id") or 0)
    archive_id = str(current.get("id", ""))
    if not ARCHIVE_ID.match(archive_id):
        out["error"] = "pgbackrest info gave the archive id %r, not VERSION-ID" % archive_id
        return out
    out["archiveId"] = archive_id
    path = os.path.join(repo, "archive", stanza, archive_id)
    try:
        timelines, switches, out["files"] = scan_archive(path, STARTED + DEADLINE - 0.3)
    except ScanTimeout:
        out["error"] = "the archive %s was not read within the script's %.0f s" % (path, DEADLINE)
        return out
    except OSError as e:
        out["error"] = "%s: %s" % (path, e.strerror or e)
        return out
    except ValueError as e:
        out["error"] = str(e)
        return out
    backups = kept_backups(entry, (current.get("database") or {}).get("id"))
    out["timelines"], gaps = wal_gaps(timelines, switches, backups)
    for gap in gaps[-MAX_GAPS:]:  # the newest ones when there are very many
        kept = timelines[gap["timeline"]]
        for key in ("before", "after"):
            number = wal_position(gap[key])[1] if gap[key] else None
            gap[key + "Time"] = file_time(path, kept["segments"].get(number) or kept["partial"].get(number))
        out["gaps"].append(gap)
    out["gapsTotal"] = len(gaps)
    out["checked"] = True
    return out


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
        try:
            out["wal"] = wal_archive(args["repo"], args["stanza"], out["info"])
        except Exception as e:  # noqa: BLE001 - the rest of the object is still worth sending
            out["wal"] = {"checked": False, "error": "the archive check failed: %r" % e}
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
