#!/usr/bin/env python3
"""The runner script of a repository mounted on every node (resources/templates/pgpilot-backup-run.py)
with fake `psql` and `pgbackrest` executables first on PATH: the arguments checked before anything
runs; the runner is the first node of --nodes the primary sees streaming, asked locally on the
primary and through repmgr's conninfo on a standby; the primary itself with --backup-standby=n when
no standby streams; every other node says who backs up and exits 0; --am-runner's exit statuses;
no primary found is an error (2); a second backup while the repository's lock is held does nothing.
Usage: backup_run_test.py TEMPLATES_DIR"""

import fcntl
import json
import os
import stat
import subprocess
import sys
import tempfile
import unittest

TEMPLATES = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__),
                                                                     "../../resources/templates")
SCRIPT = os.path.join(TEMPLATES, "pgpilot-backup-run.py")

# The fake psql answers from a JSON file: {"local_primary": bool, "streaming": [...],
# "primaries": [[name, conninfo]], "remote": {conninfo: {"primary": bool, "streaming": [...]}}}.
FAKE_PSQL = r'''#!/usr/bin/env python3
import json, os, sys
world = json.load(open(os.environ["FAKE_WORLD"]))
sql = sys.argv[sys.argv.index("-c") + 1]
target = sys.argv[-1] if "-d" not in sys.argv else None
if target is None:
    primary, streaming = world["local_primary"], world["streaming"]
else:
    remote = world["remote"].get(target)
    if remote is None:
        print("psql: error: connection to server failed", file=sys.stderr)
        sys.exit(2)
    primary, streaming = remote["primary"], remote["streaming"]
if "pg_is_in_recovery" in sql:
    print("t" if primary else "f")
elif "pg_stat_replication" in sql:
    print("\n".join(streaming))
elif "repmgr.nodes" in sql:
    print("\n".join("%s\t%s" % tuple(p) for p in world["primaries"]))
'''
FAKE_PGBACKREST = r'''#!/bin/sh
echo "$@" >>"$FAKE_CALLS"
[ -z "$FAKE_HOLD" ] || sleep "$FAKE_HOLD"
exit 0
'''


class RunnerTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="backup-run-test.")
        self.bin = os.path.join(self.dir, "bin")
        self.repo = os.path.join(self.dir, "repo")
        os.makedirs(self.bin)
        os.makedirs(self.repo)
        for name, text in (("psql", FAKE_PSQL), ("pgbackrest", FAKE_PGBACKREST)):
            path = os.path.join(self.bin, name)
            with open(path, "w") as f:
                f.write(text)
            os.chmod(path, stat.S_IRWXU)
        self.world = os.path.join(self.dir, "world.json")
        self.calls = os.path.join(self.dir, "calls")

    def tearDown(self):
        subprocess.run(["rm", "-rf", self.dir], check=False)

    def run_script(self, world, *args, hold=""):
        with open(self.world, "w") as f:
            json.dump(world, f)
        env = {"PATH": self.bin + ":/usr/bin:/bin", "FAKE_WORLD": self.world, "FAKE_CALLS": self.calls,
               "FAKE_HOLD": hold}
        return subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True,
                              env=env, timeout=60)

    def base(self, me):
        return ["--stanza", "lab", "--repo", self.repo, "--nodes", "pg1,pg2,pg3", "--me", me]

    def calls_made(self):
        try:
            with open(self.calls) as f:
                return f.read().splitlines()
        except FileNotFoundError:
            return []

    # pg1 primary, pg3 and pg2 streaming (in that order in pg_stat_replication): pg2 runs.
    PRIMARY_PG1 = {"local_primary": True, "streaming": ["pg3", "pg2"], "primaries": [], "remote": {}}
    STANDBY_ASKS = {"local_primary": False, "streaming": [],
                    "primaries": [["pg9", "host=gone"], ["pg1", "host=pg1"]],
                    "remote": {"host=pg1": {"primary": True, "streaming": ["pg3", "pg2"]}}}

    def test_bad_arguments_run_nothing(self):
        for args in ([], ["--stanza", "Bad!"] + self.base("pg1")[2:] + ["--am-runner"],
                     self.base("pg4") + ["--am-runner"], self.base("pg1") + ["--type", "weekly"],
                     self.base("pg1") + ["--type", "full", "--am-runner"], self.base("pg1"),
                     ["--stanza", "lab", "--repo", "rel/path", "--nodes", "pg1", "--me", "pg1", "--am-runner"]):
            r = self.run_script(self.PRIMARY_PG1, *args)
            self.assertEqual(r.returncode, 2, (args, r.stdout, r.stderr))
        self.assertEqual(self.calls_made(), [])

    def test_first_streaming_standby_in_worksheet_order(self):
        r = self.run_script(self.PRIMARY_PG1, *self.base("pg1"), "--am-runner")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("the backups run on pg2", r.stdout)
        r = self.run_script(self.STANDBY_ASKS, *self.base("pg2"), "--am-runner")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("pg2 (this node)", r.stdout)
        r = self.run_script(self.STANDBY_ASKS, *self.base("pg3"), "--am-runner")
        self.assertEqual(r.returncode, 1, r.stderr)

    def test_runner_backs_up_others_say_who(self):
        r = self.run_script(self.STANDBY_ASKS, *self.base("pg3"), "--type", "diff")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("pg2 takes the diff backup, not pg3", r.stdout)
        self.assertEqual(self.calls_made(), [])
        r = self.run_script(self.STANDBY_ASKS, *self.base("pg2"), "--type", "diff")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.calls_made(), ["--stanza=lab --type=diff backup"])
        self.assertTrue(os.path.exists(os.path.join(self.repo, ".pgpilot-backup.lock")))

    def test_primary_backs_up_when_no_standby_streams(self):
        alone = dict(self.PRIMARY_PG1, streaming=["pg7"])  # not a node of the worksheet
        r = self.run_script(alone, *self.base("pg1"), "--type", "full")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.calls_made(), ["--stanza=lab --type=full --backup-standby=n backup"])
        standby = dict(self.STANDBY_ASKS, remote={"host=pg1": {"primary": True, "streaming": []}})
        r = self.run_script(standby, *self.base("pg2"), "--am-runner")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("the primary", r.stdout)

    def test_no_primary_is_an_error(self):
        lost = dict(self.STANDBY_ASKS, remote={"host=pg1": {"primary": False, "streaming": []}})
        r = self.run_script(lost, *self.base("pg2"), "--type", "full")
        self.assertEqual(r.returncode, 2)
        self.assertIn("no primary answers", r.stderr)
        self.assertIn("pg1 is in recovery", r.stderr)
        self.assertEqual(self.calls_made(), [])

    def test_held_lock_means_nothing_to_do(self):
        fd = os.open(os.path.join(self.repo, ".pgpilot-backup.lock"), os.O_RDWR | os.O_CREAT, 0o640)
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            r = self.run_script(self.STANDBY_ASKS, *self.base("pg2"), "--type", "incr")
        finally:
            os.close(fd)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("another node is taking a backup", r.stdout)
        self.assertEqual(self.calls_made(), [])

    def test_unwritable_repository_says_so(self):
        r = self.run_script(self.STANDBY_ASKS, "--stanza", "lab", "--repo", self.repo + "/missing", "--nodes",
                            "pg1,pg2,pg3", "--me", "pg2", "--type", "full")
        self.assertEqual(r.returncode, 2)
        self.assertIn("is the repository mounted", r.stderr)


if __name__ == "__main__":
    unittest.main()
