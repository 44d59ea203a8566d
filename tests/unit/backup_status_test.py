#!/usr/bin/env python3
"""The repository host's status script (resources/templates/pgpilot-backup-status.py) on this
machine, with fake `pgbackrest` and `systemctl` executables first on PATH: one JSON object and exit
status 0 whatever happens; the arguments checked before anything runs; `pgbackrest info` parsed or
its failure reported; the timers read from systemctl's unix timestamps, from pretty UTC ones when
systemctl does not know --timestamp=unix, "n/a" as none, a missing diff timer left out; the
repository's file system measured; a hanging pgbackrest cut off within the script's deadline.
Usage: backup_status_test.py TEMPLATES_DIR"""

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


if __name__ == "__main__":
    unittest.main()
