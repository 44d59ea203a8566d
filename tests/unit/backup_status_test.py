#!/usr/bin/env python3
"""The repository host's status script (resources/templates/pgpilot-backup-status.py) on this
machine, with fake `pgbackrest` and `systemctl` executables first on PATH: one JSON object and exit
status 0 whatever happens; the arguments checked before anything runs; `pgbackrest info` parsed or
its failure reported; the timers read from systemctl's unix timestamps, from pretty UTC ones when
systemctl does not know --timestamp=unix, "n/a" as none, a missing diff timer left out; the
repository's file system measured; a hanging pgbackrest cut off within the script's deadline.
The WAL archive's gaps on real directory trees made here (as pgBackRest lays them out): none, one
between backups (healed by the later one) and one after the newest, a gap across a log id
boundary, two timelines with a .partial and a readable or encrypted .history, an archive that is
not there, names of another segment size, thousands of files read quickly and left untouched.
Usage: backup_status_test.py TEMPLATES_DIR"""

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import unittest

TEMPLATES = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__),
                                                                     "../../resources/templates")
SCRIPT = os.path.join(TEMPLATES, "pgpilot-backup-status.py")

# What pgBackRest 2.45's `info --output=json` prints for a stanza with one full and one
# differential backup (fields as src/command/info/info.c renders them).
INFO = [{
    "archive": [{"database": {"id": 1, "repo-key": 1}, "id": "15-1",
                 "max": "000000010000000000000012", "min": "000000010000000000000003"}],
    "backup": [
        {"annotation": None, "archive": {"start": "000000010000000000000003",
                                         "stop": "000000010000000000000003"},
         "backrest": {"format": 5, "version": "2.45"}, "database": {"id": 1, "repo-key": 1},
         "error": False,
         "info": {"delta": 31200000, "repository": {"delta": 4100000, "size": 4100000}, "size": 31200000},
         "label": "20240602-013002F", "link": None, "lsn": {"start": "0/3000028", "stop": "0/3000138"},
         "prior": None, "reference": None, "tablespace": None,
         "timestamp": {"start": 1717291802, "stop": 1717291810}, "type": "full"},
        {"annotation": None, "archive": {"start": "000000010000000000000010",
                                         "stop": "000000010000000000000010"},
         "backrest": {"format": 5, "version": "2.45"}, "database": {"id": 1, "repo-key": 1},
         "error": False,
         "info": {"delta": 90000, "repository": {"delta": 12000, "size": 4100000}, "size": 31300000},
         "label": "20240602-013002F_20240603-013001D", "link": None,
         "lsn": {"start": "0/10000028", "stop": "0/10000100"}, "prior": "20240602-013002F",
         "reference": ["20240602-013002F"], "tablespace": None,
         "timestamp": {"start": 1717378201, "stop": 1717378204}, "type": "diff"}],
    "cipher": "aes-256-cbc",
    "db": [{"id": 1, "repo-key": 1, "system-id": 7375545645612345678, "version": "15"}],
    "name": "main",
    "repo": [{"cipher": "aes-256-cbc", "key": 1, "status": {"code": 0, "message": "ok"}}],
    "status": {"code": 0, "lock": {"backup": {"held": False}}, "message": "ok"}}]

FAKE_PGBACKREST = r'''#!%(python)s
import os, sys, time
d = %(dir)r
with open(os.path.join(d, "calls"), "a") as f:
    f.write(" ".join(sys.argv[1:]) + "\n")
def read(name, default=""):
    try:
        with open(os.path.join(d, name)) as f:
            return f.read()
    except OSError:
        return default
if sys.argv[1:] == ["version"]:
    sys.stdout.write("pgBackRest 2.45\n")
    sys.exit(0)
if sys.argv[-1] == "info":
    time.sleep(float(read("info.sleep", "0")))
    sys.stdout.write(read("info.out"))
    sys.stderr.write(read("info.err"))
    sys.exit(int(read("info.code", "0")))
sys.exit(125)
'''

FAKE_SYSTEMCTL = r'''#!%(python)s
import os, sys
d = %(dir)r
args = sys.argv[1:]
if os.path.exists(os.path.join(d, "old-systemd")) and "--timestamp=unix" in args:
    sys.stderr.write("systemctl: unrecognized option '--timestamp=unix'\n")
    sys.exit(1)
if os.path.exists(os.path.join(d, "no-systemd")):
    sys.stderr.write("System has not been booted with systemd as init system (PID 1). Can't operate.\n")
    sys.exit(1)
assert args[0] == "show", args
unit = args[-1]
props = [args[i + 1] for i, a in enumerate(args) if a == "-p"]
style = "unix" if "--timestamp=unix" in args else "pretty"
path = os.path.join(d, "units", unit + "." + style)
values = {}
if os.path.exists(path):
    with open(path) as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            values[k] = v
else:
    values["LoadState"] = "not-found"
for p in props:
    sys.stdout.write("%%s=%%s\n" %% (p, values.get(p, "")))
'''


def write(path, text, mode=0o644):
    with open(path, "w") as f:
        f.write(text)
    os.chmod(path, mode)


class BackupStatusTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="pgpilot-backup-status-")
        self.bin = os.path.join(self.dir, "bin")
        self.data = os.path.join(self.dir, "data")
        self.repo = os.path.join(self.dir, "repo")
        for d in (self.bin, self.data, os.path.join(self.data, "units"), self.repo):
            os.mkdir(d)
        write(os.path.join(self.bin, "pgbackrest"), FAKE_PGBACKREST % {"dir": self.data, "python": sys.executable}, 0o755)
        write(os.path.join(self.bin, "systemctl"), FAKE_SYSTEMCTL % {"dir": self.data, "python": sys.executable}, 0o755)
        self.set("info.out", json.dumps(INFO))
        self.unit("pgpilot-backup-full.timer", "unix", LoadState="loaded",
                  NextElapseUSecRealtime="@1717896600", LastTriggerUSec="@1717291800")
        self.unit("pgpilot-backup-full.service", "unix", LoadState="loaded", Result="success",
                  ExecMainStatus="0", ActiveState="inactive")
        self.unit("pgpilot-backup-diff.timer", "unix", LoadState="loaded",
                  NextElapseUSecRealtime="@1717464600", LastTriggerUSec="n/a")
        self.unit("pgpilot-backup-diff.service", "unix", LoadState="loaded", Result="exit-code",
                  ExecMainStatus="50", ActiveState="failed")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def set(self, name, text):
        write(os.path.join(self.data, name), text)

    def unit(self, name, style, **values):
        write(os.path.join(self.data, "units", name + "." + style),
              "".join("%s=%s\n" % kv for kv in values.items()))

    def segment(self, name, partial=False, ext=".zst", mtime=None, archive_id="15-1"):
        """An archived segment as pgBackRest stores it: <archive id>/<16 hex>/<name>-<sha1><ext>."""
        d = os.path.join(self.repo, "archive", "main", archive_id, name[:16])
        os.makedirs(d, exist_ok=True)
        sha1 = hashlib.sha1(name.encode()).hexdigest()
        path = os.path.join(d, name + (".partial" if partial else "") + "-" + sha1 + ext)
        write(path, "wal")
        if mtime is not None:
            os.utime(path, (mtime, mtime))
        return path

    def segments(self, timeline, first, last, **kwargs):
        """Segments first..last (numbers counted over log ids of 256) on timeline."""
        for n in range(first, last + 1):
            self.segment("%08X%08X%08X" % (timeline, n // 256, n % 256), **kwargs)

    def history(self, timeline, text, archive_id="15-1"):
        d = os.path.join(self.repo, "archive", "main", archive_id)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "%08X.history" % timeline), "wb") as f:
            f.write(text)

    def info_with(self, backups, archive_max="000000010000000000000012"):
        """INFO with other backups: (label, type, first WAL segment, stop, error) each."""
        info = json.loads(json.dumps(INFO))
        template = info[0]["backup"][0]
        info[0]["backup"] = []
        for label, kind, start, stop, error in backups:
            b = json.loads(json.dumps(template))
            b.update({"label": label, "type": kind, "error": error,
                      "timestamp": {"start": stop - 8, "stop": stop}})
            b["archive"] = {"start": start, "stop": start}
            info[0]["backup"].append(b)
        info[0]["archive"][0]["max"] = archive_max
        self.set("info.out", json.dumps(info))

    def wal(self):
        out, took = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertLess(took, 5)
        return out["wal"]

    def calls(self):
        try:
            with open(os.path.join(self.data, "calls")) as f:
                return f.read().splitlines()
        except OSError:
            return []

    def run_script(self, *args, path=None):
        """(parsed object, seconds taken); asserts exit 0 and exactly one line of JSON."""
        env = {"PATH": path if path is not None else self.bin + ":/usr/bin:/bin", "HOME": self.dir}
        started = time.monotonic()
        res = subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True,
                             timeout=30, env=env, check=False)
        took = time.monotonic() - started
        self.assertEqual(res.returncode, 0, res.stderr)
        lines = res.stdout.splitlines()
        self.assertEqual(len(lines), 1, res.stdout)
        out = json.loads(lines[0])
        self.assertIsInstance(out, dict)
        self.assertEqual(out["format"], 1)
        return out, took

    def test_everything_read(self):
        out, took = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertEqual(out["error"], "")
        self.assertEqual(out["stanza"], "main")
        self.assertEqual(out["pgbackrest"], "2.45")
        self.assertEqual(out["info"], INFO)
        self.assertEqual(out["infoError"], "")
        self.assertEqual(out["timersError"], "")
        self.assertEqual(out["timers"]["full"], {"nextUsec": 1717896600000000,
                                                 "lastTriggerUsec": 1717291800000000,
                                                 "result": "success", "exitStatus": 0, "active": False})
        self.assertEqual(out["timers"]["diff"], {"nextUsec": 1717464600000000, "lastTriggerUsec": 0,
                                                 "result": "exit-code", "exitStatus": 50, "active": False})
        st = os.statvfs(self.repo)
        self.assertEqual(out["repo"]["totalBytes"], st.f_blocks * st.f_frsize)
        self.assertGreater(out["repo"]["freeBytes"], 0)
        self.assertLessEqual(out["repo"]["freeBytes"], out["repo"]["totalBytes"])
        self.assertLessEqual(abs(out["now"] - time.time()), 5)
        self.assertIn("--stanza=main --output=json info", self.calls())
        self.assertLess(took, 5)

    def test_pretty_timestamps_of_an_older_systemctl(self):
        self.set("old-systemd", "")
        self.unit("pgpilot-backup-full.timer", "pretty", LoadState="loaded",
                  NextElapseUSecRealtime="Sun 2024-06-09 01:30:00 UTC",
                  LastTriggerUSec="Sun 2024-06-02 01:30:00 UTC")
        self.unit("pgpilot-backup-full.service", "pretty", LoadState="loaded", Result="success",
                  ExecMainStatus="0", ActiveState="activating")
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertEqual(out["timersError"], "")
        self.assertEqual(out["timers"]["full"]["nextUsec"], 1717896600000000)
        self.assertEqual(out["timers"]["full"]["lastTriggerUsec"], 1717291800000000)
        self.assertTrue(out["timers"]["full"]["active"])
        self.assertNotIn("diff", out["timers"])  # no pretty file for it: not found

    def test_only_a_full_timer(self):
        os.remove(os.path.join(self.data, "units", "pgpilot-backup-diff.timer.unix"))
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertEqual(sorted(out["timers"]), ["full"])
        self.assertEqual(out["timersError"], "")

    def test_timestamp_not_understood(self):
        self.unit("pgpilot-backup-full.timer", "unix", LoadState="loaded",
                  NextElapseUSecRealtime="next Tuesday", LastTriggerUSec="@1717291800")
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertEqual(out["timers"]["full"]["nextUsec"], 0)
        self.assertIn("NextElapseUSecRealtime of pgpilot-backup-full.timer", out["timersError"])

    def test_no_systemd(self):
        self.set("no-systemd", "")
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertEqual(out["timers"], {})
        self.assertIn("has not been booted with systemd", out["timersError"])
        self.assertEqual(out["info"], INFO)  # the rest is still read

    def test_info_fails(self):
        self.set("info.out", "")
        self.set("info.err", "ERROR: [103]: unable to find a valid repository:\n"
                             "       repo1: [PathMissingError] missing '/var/lib/pgbackrest'\n")
        self.set("info.code", "103")
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertIsNone(out["info"])
        self.assertIn("exited with 103", out["infoError"])
        self.assertIn("unable to find a valid repository", out["infoError"])
        self.assertNotIn("\n", out["infoError"])

    def test_info_not_json(self):
        self.set("info.out", "stanza: main\n    status: ok\n")
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertIsNone(out["info"])
        self.assertIn("exited with 0", out["infoError"])

    def test_missing_stanza_is_passed_on(self):
        missing = [{"archive": [], "backup": [], "cipher": "none", "db": [], "name": "other",
                    "repo": [{"cipher": "none", "key": 1,
                              "status": {"code": 1, "message": "missing stanza path"}}],
                    "status": {"code": 1, "lock": {"backup": {"held": False}},
                               "message": "missing stanza path"}}]
        self.set("info.out", json.dumps(missing))
        out, _ = self.run_script("--stanza", "other", "--repo", self.repo)
        self.assertEqual(out["info"], missing)
        self.assertEqual(out["infoError"], "")

    def test_hanging_pgbackrest_is_cut_off(self):
        self.set("info.sleep", "30")
        out, took = self.run_script("--stanza", "main", "--repo", self.repo)
        self.assertLess(took, 5)
        self.assertIsNone(out["info"])
        self.assertIn("did not answer within", out["infoError"])

    def test_pgbackrest_not_installed(self):
        os.remove(os.path.join(self.bin, "pgbackrest"))
        empty = os.path.join(self.dir, "empty")
        os.mkdir(empty)
        shutil.copy(os.path.join(self.bin, "systemctl"), empty)
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo, path=empty)
        self.assertEqual(out["pgbackrest"], "")
        self.assertIsNone(out["info"])
        self.assertIn("pgBackRest is not usable here", out["infoError"])
        self.assertIn("full", out["timers"])

    def test_repository_missing(self):
        out, _ = self.run_script("--stanza", "main", "--repo", self.repo + "/gone")
        self.assertIn("No such file or directory", out["repo"]["error"])
        self.assertNotIn("freeBytes", out["repo"])

    def test_arguments_refused_before_anything_runs(self):
        bad = [
            [],
            ["--stanza", "main"],
            ["--stanza", "main", "--repo", self.repo, "--extra", "x"],
            ["--stanza", "main", "--stanza", "main"],
            ["--stanza", "Main", "--repo", self.repo],
            ["--stanza", "-main", "--repo", self.repo],
            ["--stanza", "main;id", "--repo", self.repo],
            ["--stanza", "a" * 33, "--repo", self.repo],
            ["--stanza", "main", "--repo", "relative/path"],
            ["--stanza", "main", "--repo", "/var/lib/pg backrest"],
            ["--stanza", "main", "--repo", "/var/lib/$(id)"],
            ["--stanza", "main", "--repo", "/var/lib/../../etc"],
            ["--stanza", "main", "--repo", "/var/./lib"],
            ["--stanza", "main", "--repo", ""],
        ]
        for args in bad:
            with self.subTest(args=args):
                out, _ = self.run_script(*args)
                self.assertNotEqual(out["error"], "")
                self.assertIsNone(out["info"])
                self.assertEqual(out["stanza"], "")
        self.assertEqual(self.calls(), [])

    def test_arguments_in_either_order(self):
        out, _ = self.run_script("--repo", self.repo, "--stanza", "db-2")
        self.assertEqual(out["error"], "")
        self.assertEqual(out["stanza"], "db-2")

    # ---- the WAL archive

    def test_archive_complete(self):
        # Segments 1..2 are older than the oldest backup (it starts at 3): not needed, and the
        # missing 0 before them is no gap.
        self.segments(1, 1, 0x12)
        self.segment("000000010000000000000013", ext="")
        self.segment("000000010000000000000014", ext=".gz")
        wal = self.wal()
        self.assertEqual(wal["error"], "")
        self.assertTrue(wal["checked"])
        self.assertEqual(wal["archiveId"], "15-1")
        self.assertEqual(wal["segmentBytes"], 16 * 1024 * 1024)
        self.assertEqual(wal["files"], 0x14)
        self.assertEqual(wal["timelines"], [{"timeline": 1, "from": "000000010000000000000003",
                                             "to": "000000010000000000000014", "present": 0x12,
                                             "partial": ""}])
        self.assertEqual(wal["gaps"], [])
        self.assertEqual(wal["gapsTotal"], 0)

    def test_gaps_between_and_after_the_backups(self):
        # The full backup starts at 3, the diff at 0x10. 8..A were dropped (before the diff) and
        # 0x13 (after both); the one before the full's start (1) is no concern.
        self.segment("000000010000000000000001")
        self.segments(1, 3, 7)
        self.segment("000000010000000000000007", mtime=1717300000)
        self.segments(1, 0xB, 0x12)
        self.segment("00000001000000000000000B", mtime=1717310000)
        self.segments(1, 0x14, 0x15)
        wal = self.wal()
        self.assertTrue(wal["checked"], wal["error"])
        self.assertEqual(wal["gapsTotal"], 2)
        first, second = wal["gaps"]
        self.assertEqual(first, {"timeline": 1, "first": "000000010000000000000008",
                                 "last": "00000001000000000000000A", "count": 3,
                                 "before": "000000010000000000000007", "beforeTime": 1717300000,
                                 "after": "00000001000000000000000B", "afterTime": 1717310000,
                                 "breaks": ["20240602-013002F"],
                                 "healedBy": "20240602-013002F_20240603-013001D",
                                 "healedAt": 1717378204})
        self.assertEqual((second["first"], second["last"], second["count"]),
                         ("000000010000000000000013", "000000010000000000000013", 1))
        self.assertEqual(second["breaks"], ["20240602-013002F", "20240602-013002F_20240603-013001D"])
        self.assertEqual((second["healedBy"], second["healedAt"]), ("", 0))
        self.assertGreater(second["beforeTime"], 0)
        self.assertEqual(wal["timelines"][0]["present"], 0x15 - 3 + 1 - 4)

    def test_gap_at_a_log_id_boundary(self):
        # ...00000000000000FF is followed by ...000000010000000100000000: two were dropped there.
        self.info_with([("20240610-010000F", "full", "0000000100000000000000FD", 1718000000, False)],
                       archive_max="000000010000000100000003")
        self.segments(1, 0xFD, 0xFF)
        self.segments(1, 0x102, 0x103)
        wal = self.wal()
        self.assertEqual(len(wal["gaps"]), 1, wal)
        gap = wal["gaps"][0]
        self.assertEqual((gap["first"], gap["last"], gap["count"]),
                         ("000000010000000100000000", "000000010000000100000001", 2))
        self.assertEqual((gap["before"], gap["after"]),
                         ("0000000100000000000000FF", "000000010000000100000002"))
        self.assertEqual(gap["breaks"], ["20240610-010000F"])
        # Complete across the boundary: no gap.
        self.segments(1, 0x100, 0x101)
        self.assertEqual(self.wal()["gaps"], [])

    def two_timelines(self, history=b"1\t0/D0000A0\tno recovery target specified\n"):
        # Timeline 1 from the full backup (3) to the failover in segment 0xD (left as .partial),
        # timeline 2 from 0xD on, its .history file in the archive id's directory.
        self.segments(1, 3, 0xC)
        self.segment("00000001000000000000000D", partial=True)
        self.segments(2, 0xD, 0x14)
        self.history(2, history)

    def test_two_timelines_with_a_partial(self):
        self.two_timelines()
        wal = self.wal()
        self.assertEqual(wal["gaps"], [], wal)
        self.assertEqual(wal["timelines"], [
            {"timeline": 1, "from": "000000010000000000000003", "to": "00000001000000000000000D",
             "present": 11, "partial": "00000001000000000000000D"},
            {"timeline": 2, "from": "00000002000000000000000D", "to": "000000020000000000000014",
             "present": 8, "partial": ""}])
        self.assertEqual(wal["files"], 11 + 8)

    def test_gap_at_the_start_of_a_timeline(self):
        # The new primary's first segments were dropped: the .history file says where it began.
        self.two_timelines()
        for n in ("00000002000000000000000D", "00000002000000000000000E"):
            for f in os.listdir(os.path.join(self.repo, "archive/main/15-1/0000000200000000")):
                if f.startswith(n):
                    os.remove(os.path.join(self.repo, "archive/main/15-1/0000000200000000", f))
        gaps = self.wal()["gaps"]
        self.assertEqual([(g["first"], g["count"], g["before"]) for g in gaps],
                         [("00000002000000000000000D", 2, "")])
        self.assertEqual(gaps[0]["breaks"], ["20240602-013002F"])  # the fixture's diff is not on this lineage
        # An encrypted repository: the .history is not text; the .partial timeline 1 left says it.
        self.history(2, bytes(range(256)))
        gaps = self.wal()["gaps"]
        self.assertEqual([(g["first"], g["count"]) for g in gaps], [("00000002000000000000000D", 2)])

    def test_gap_on_the_old_timeline_before_its_partial(self):
        # Archiving lagged when the primary failed: 0xB and 0xC of timeline 1 never arrived.
        self.two_timelines()
        shutil.rmtree(os.path.join(self.repo, "archive/main/15-1/0000000100000000"))
        self.segments(1, 3, 0xA)
        self.segment("00000001000000000000000D", partial=True)
        gaps = self.wal()["gaps"]
        self.assertEqual([(g["timeline"], g["first"], g["last"], g["after"]) for g in gaps],
                         [(1, "00000001000000000000000B", "00000001000000000000000C",
                           "00000001000000000000000D")])

    def test_a_new_full_backup_after_the_gap_heals_it(self):
        # The gap (timeline 2, 0x10 and 0x11) is before the new full backup's first segment (0x13):
        # reported, healed; the one after the new full (0x16) is not.
        self.info_with([("20240602-013002F", "full", "000000010000000000000003", 1717291810, False),
                        ("20240604-120000F", "full", "000000020000000000000013", 1717502400, False)])
        self.two_timelines()
        for n in ("10", "11", "16"):
            name = "0000000200000000000000" + n
            for f in os.listdir(os.path.join(self.repo, "archive/main/15-1/0000000200000000")):
                if f.startswith(name):
                    os.remove(os.path.join(self.repo, "archive/main/15-1/0000000200000000", f))
        self.segments(2, 0x15, 0x17)
        for f in os.listdir(os.path.join(self.repo, "archive/main/15-1/0000000200000000")):
            if f.startswith("000000020000000000000016"):
                os.remove(os.path.join(self.repo, "archive/main/15-1/0000000200000000", f))
        gaps = self.wal()["gaps"]
        self.assertEqual([(g["first"], g["count"], g["healedBy"], g["healedAt"]) for g in gaps],
                         [("000000020000000000000010", 2, "20240604-120000F", 1717502400),
                          ("000000020000000000000016", 1, "", 0)])
        self.assertEqual(gaps[1]["breaks"], ["20240602-013002F", "20240604-120000F"])
        # A backup with errors does not heal.
        self.info_with([("20240602-013002F", "full", "000000010000000000000003", 1717291810, False),
                        ("20240604-120000F", "full", "000000020000000000000013", 1717502400, True)])
        self.assertEqual(self.wal()["gaps"][0]["healedBy"], "")

    def test_archive_not_checked(self):
        # No archive directory.
        wal = self.wal()
        self.assertFalse(wal["checked"])
        self.assertIn("No such file or directory", wal["error"])
        self.assertIn(os.path.join(self.repo, "archive/main/15-1"), wal["error"])
        # pgbackrest info failed: nothing to check against.
        self.segments(1, 3, 5)
        self.set("info.out", "")
        self.set("info.code", "103")
        wal = self.wal()
        self.assertFalse(wal["checked"])
        self.assertIn("pgbackrest info did not describe the stanza", wal["error"])

    def test_other_segment_size_is_refused(self):
        # 64 MiB segments are named 00..3F per log id; a name beyond 16 MiB's 00..FF can only
        # come from a larger log id stride (1 GiB segments: 00..03) when the size is smaller.
        self.segments(1, 3, 5)
        self.segment("000000010000000000000100")  # not a 16 MiB name: in dir 0000000100000000
        wal = self.wal()
        self.assertFalse(wal["checked"])
        self.assertIn("wal_segment_size", wal["error"])

    def test_thousands_of_files_quickly_and_untouched(self):
        self.info_with([("20240601-010000F", "full", "000000010000000000000010", 1717203600, False)],
                       archive_max="000000010000001400000000")
        base = os.path.join(self.repo, "archive", "main", "15-1")
        for log in range(0, 0x14):
            d = os.path.join(base, "00000001%08X" % log)
            os.makedirs(d)
            for seg in range(256):
                name = "00000001%08X%08X" % (log, seg)
                open(os.path.join(d, name + "-" + "0" * 40 + ".zst"), "w").close()
        os.makedirs(os.path.join(base, "0000000100000014"))
        open(os.path.join(base, "0000000100000014", "000000010000001400000000-" + "0" * 40 + ".zst"),
             "w").close()
        os.remove(os.path.join(base, "0000000100000009", "000000010000000900000080-" + "0" * 40 + ".zst"))
        before = sorted((r, f, os.stat(os.path.join(r, f)).st_mtime_ns)
                        for r, _, fs in os.walk(self.repo) for f in fs)
        started = time.monotonic()
        wal = self.wal()
        took = time.monotonic() - started
        self.assertTrue(wal["checked"], wal["error"])
        self.assertEqual(wal["files"], 0x14 * 256)
        self.assertEqual([(g["first"], g["count"]) for g in wal["gaps"]], [("000000010000000900000080", 1)])
        self.assertLess(took, 3)
        after = sorted((r, f, os.stat(os.path.join(r, f)).st_mtime_ns)
                       for r, _, fs in os.walk(self.repo) for f in fs)
        self.assertEqual(before, after)


if __name__ == "__main__":
    unittest.main()
