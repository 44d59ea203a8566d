#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `pgpilot history` as the real binary on a history this script writes in the format of
# docs/history.md (one JSON object a line, in <data>/history/<cluster>/YYYY-MM-DD.jsonl), so the
# format the recorder writes and the command reads is checked from outside:
#  - the timeline (text and --json): events, the gap between a "stopped" and the next "started",
#    the incident; --events alone; a damaged line is skipped and said so on stderr;
#  - --at: the cluster as it was (status's text and JSON), inside a gap (said so), before anything
#    was stored (exit 1);
#  - --bundle: a new 0600 tar that tar lists, never written over an existing file, no planted
#    secret in it;
#  - bad times and a cluster without history.
#   tests/cli/cli-history-test.sh PGPILOT
set -uo pipefail
PGPILOT=${1:?usage: $0 PGPILOT}
export LANGUAGE=C LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/pgpilot-cli-history.XXXXXX)
trap 'rm -rf "$work"' EXIT
start=$(date +%s%N)
pass=0 fails=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fails=$((fails + 1)); echo "FAIL  $*"; }

home=$work/home
mkdir -p "$home"
unset DBUS_SESSION_BUS_ADDRESS
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
  XDG_STATE_HOME=$home/state XDG_RUNTIME_DIR=$home/run
history=$XDG_DATA_HOME/io.github.pgpilot/pgpilot/history/clitest
run() {
  local name=$1
  shift
  "$PGPILOT" "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
}
show() { tail -n "${2:-5}" "$work/$1.out" "$work/$1.err" 2>/dev/null | tr '\n' '|'; }

# The cluster file and a day of history: started 10:00, healthy; pg1 down at 10:01:00 (critical
# alarm, an event), pg2 promoted 10:01:30, healthy 10:02:00; stopped 10:03; started again 11:00.
python3 - "$work" "$history" <<'EOF'
import json, os, sys
work, history = sys.argv[1], sys.argv[2]
nodes = [{"name": "pg%d" % i, "address": "192.0.2.%d" % (10 + i), "role": "primary" if i == 1 else "standby",
          "interface": "eth0",
          "ssh": {"user": "root", "port": 22, "auth": "key", "keyFile": work + "/id_ed25519", "sudo": "none",
                  "secretRef": "", "hostKeyFingerprint": ""}} for i in (1, 2, 3)]
c = {"format": "pgpilot-cluster", "schemaVersion": 1, "name": "clitest", "platform": "debian-13",
     "postgresVersion": 17, "install": {"source": "distro"},
     "network": {"subnet": "192.0.2.0/24", "vip": "192.0.2.100", "vipPrefixLength": 24, "vrrpRouterId": 51},
     "ports": {"postgres": 5432, "write": 5000, "read": 5001, "health": 8008, "haproxyStats": 7000},
     "replication": {"mode": "async", "syncQuorum": 1, "maxSlotWalKeepSize": "10GB"},
     "archiving": {"mode": "off", "directory": ""},
     "application": {"subnet": "192.0.2.0/24", "database": "", "role": ""},
     "ssh": {"knownHostsFile": work + "/known_hosts"},
     "repmgrPasswordRef": "pgpilot:clitest:repmgr-password", "nodes": nodes}
json.dump(c, open(work + "/cluster.json", "w"), indent=2)
other = dict(c, name="nohistory")
json.dump(other, open(work + "/other.json", "w"), indent=2)

def frame(t, primary, down=None, alarms=()):
    ns = []
    for i in (1, 2, 3):
        name = "pg%d" % i
        state = "down" if name == down else ("primary" if name == primary else "standby")
        n = {"name": name, "address": "192.0.2.%d" % (10 + i), "state": state,
             "pg": {"polled": True, "reachable": state != "down", "timeline": 1}}
        if state == "down":
            n["pg"]["error"] = "connection refused password=Pl4ntedPw"
        if state == "standby":
            n["lagBytes"] = 0
        ns.append(n)
    f = {"v": 1, "tick": 1, "time": t, "cluster": "clitest", "vip": "192.0.2.100", "nodes": ns,
         "vipHolder": primary, "writeTarget": primary}
    if alarms:
        f["alarms"] = [{"kind": "no-primary", "severity": "critical", "title": a} for a in alarms]
    return f

def line(t, typ, **rest):
    return json.dumps(dict({"time": t, "type": typ}, **rest), separators=(",", ":"))

T = "2026-11-26T%s.000Z"
lines = [line(T % "10:00:00", "started", keyframeSeconds=60, pid=1),
         line(T % "10:00:00", "frame", frame=frame(T % "10:00:00", "pg1")),
         line(T % "10:01:00", "frame", frame=frame(T % "10:01:00", "", down="pg1", alarms=["No primary"])),
         line(T % "10:01:00", "event", kind="role", node="pg1", severity="warning", text="pg1: primary \u2192 down"),
         line(T % "10:01:00", "event", kind="alarm-raised", severity="critical", text="No primary"),
         line(T % "10:01:30", "frame", frame=frame(T % "10:01:30", "pg2", down="pg1")),
         line(T % "10:01:30", "event", kind="role", node="pg2", severity="warning", text="pg2: standby \u2192 primary"),
         line(T % "10:01:30", "event", kind="alarm-cleared", severity="critical", text="cleared: No primary"),
         line(T % "10:01:30", "event", kind="operation", node="pg2", severity="warning",
              text="webhook https://u:S3cretUrlPw@hooks.example/x?token=Qu3ryTok"),
         "this line was damaged",
         line(T % "10:02:00", "frame", frame=frame(T % "10:02:00", "pg2", down="pg1")),
         line(T % "10:03:00", "stopped"),
         line(T % "11:00:00", "started", keyframeSeconds=60, pid=2),
         line(T % "11:00:00", "frame", frame=frame(T % "11:00:00", "pg2")),
         line(T % "11:00:30", "stopped")]
os.makedirs(history, mode=0o700)
with open(history + "/2026-11-26.jsonl", "w") as f:
    f.write("\n".join(lines) + "\n")
EOF
cluster=$work/cluster.json
span=(--since 2026-11-26T09:00:00Z --until '2026-11-26 12:00')

# ---- the timeline
run timeline history "$cluster" "${span[@]}"
want=("pg1: primary → down" "pg2: standby → primary" "gap           -        nothing recorded until 2026-11-26T11:00:00Z"
  "incidents: 1" "2026-11-26T10:01:00Z .. 2026-11-26T10:01:30Z  critical  No primary")
missing=()
for w in "${want[@]}"; do grep -qF -- "$w" "$work/timeline.out" || missing+=("$w"); done
[ "$rc" = 0 ] && [ ${#missing[@]} = 0 ] && grep -q '1 line(s) of the history were not valid' "$work/timeline.err" \
  && ok "history: events, the gap between stopped and started, the incident; the damaged line said on stderr" \
  || bad "history: exit $rc, missing: ${missing[*]}: $(show timeline 12)"
run timeline-json history "$cluster" "${span[@]}" --json
verdict=$(python3 -c 'import json,sys
rows = [json.loads(l) for l in open(sys.argv[1])]
types = [r["type"] for r in rows]
ok = types.count("event") == 5 and types.count("gap") == 2 and types.count("incident") == 1 \
  and [r["time"] for r in rows] == sorted(r["time"] for r in rows)
print("ok" if ok else "got %s" % types)' "$work/timeline-json.out" 2>&1)
[ "$rc" = 0 ] && [ "$verdict" = ok ] && ok "history --json: 5 events, 2 gaps (11:00 stop to now too), 1 incident, in time order" \
  || bad "history --json: exit $rc, $verdict: $(show timeline-json)"
run events history "$cluster" "${span[@]}" --events
[ "$rc" = 0 ] && [ "$(wc -l <"$work/events.out")" = 5 ] && ! grep -q gap "$work/events.out" \
  && ok "history --events: the 5 events only" || bad "history --events: exit $rc: $(show events 8)"
run window history "$cluster" --since 2026-11-26T10:01:15Z --until 2026-11-26T10:01:45Z --events
[ "$rc" = 0 ] && [ "$(wc -l <"$work/window.out")" = 3 ] && ok "history --since/--until: only the events in the window" \
  || bad "history window: exit $rc: $(show window)"

# ---- --at
run at history "$cluster" --at 2026-11-26T10:01:10Z
[ "$rc" = 0 ] && grep -q '^cluster clitest at 2026-11-26T10:01:00Z: 1 alarm(s)' "$work/at.out" \
  && grep -qE '^pg1 +192.0.2.11 +down' "$work/at.out" && ok "history --at: the cluster as it was (status's text)" \
  || bad "history --at: exit $rc: $(show at 8)"
run at-json history "$cluster" --at 2026-11-26T10:01:45Z --json
verdict=$(python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
ok = d["write_target"] == "pg2" and d["history"]["frame_time"] == "2026-11-26T10:01:30.000Z" and d["history"]["in_gap"] is False
print("ok" if ok else "got %s" % d)' "$work/at-json.out" 2>&1)
[ "$rc" = 0 ] && [ "$verdict" = ok ] && ok "history --at --json: status's JSON with the frame's time" \
  || bad "history --at --json: exit $rc, $verdict"
run at-gap history "$cluster" --at 2026-11-26T10:30:00Z
[ "$rc" = 0 ] && grep -q 'Nothing was recorded at 2026-11-26T10:30:00Z (from 2026-11-26T10:03:00Z to 2026-11-26T11:00:00Z' "$work/at-gap.out" \
  && ok "history --at in a gap: says so, then the cluster as last recorded" || bad "history --at in a gap: exit $rc: $(show at-gap)"
run at-before history "$cluster" --at 2026-11-25T10:00:00Z
[ "$rc" = 1 ] && grep -q 'Nothing is stored for clitest' "$work/at-before.err" && ok "history --at before the history: exit 1" \
  || bad "history --at before: exit $rc: $(show at-before)"

# ---- --bundle
bundle=$work/incident.tar
run bundle history "$cluster" --bundle "$bundle" --since 2026-11-26T10:00:00Z --until 2026-11-26T10:05:00Z
mode=$(stat -c %a "$bundle" 2>/dev/null)
members=$(tar -tf "$bundle" 2>/dev/null | sed 's|^[^/]*/||' | sort | tr '\n' ' ')
[ "$rc" = 0 ] && [ "$mode" = 600 ] && [ "$members" = " audit.jsonl events.csv events.jsonl frames.jsonl manifest.json summary.txt " ] \
  && ok "history --bundle: a 0600 tar that tar lists: $members" || bad "history --bundle: exit $rc, mode $mode, members '$members': $(show bundle)"
leaked=$(grep -c -a -E 'Pl4ntedPw|S3cretUrlPw|Qu3ryTok' "$bundle")
[ "$leaked" = 0 ] && ok "history --bundle: no planted secret in the tar" || bad "history --bundle: $leaked line(s) with a planted secret"
before=$(md5sum <"$bundle")
run bundle-again history "$cluster" --bundle "$bundle" --since 2026-11-26T10:00:00Z --until 2026-11-26T10:05:00Z
[ "$rc" = 3 ] && grep -q 'exists' "$work/bundle-again.err" && [ "$(md5sum <"$bundle")" = "$before" ] \
  && ok "history --bundle: an existing file is never replaced (exit 3)" || bad "history --bundle again: exit $rc: $(show bundle-again)"
run bundle-last history "$cluster" --bundle "$work/last.tar"
[ "$rc" = 0 ] && grep -q "The last incident's window: 2026-11-26T09:56:00Z to 2026-11-26T10:06:30Z" "$work/bundle-last.err" \
  && ok "history --bundle without a window: around the last incident" || bad "history --bundle (last incident): exit $rc: $(show bundle-last)"

# ---- refusals
run bad-time history "$cluster" --since yesterday
[ "$rc" = 2 ] && grep -q -- '--since yesterday: not a time' "$work/bad-time.err" && ok "history --since yesterday: usage error (exit 2)" \
  || bad "history --since yesterday: exit $rc: $(show bad-time)"
run relative history "$cluster" --since -2h --until=-1m --events
[ "$rc" = 0 ] && ok "history --since -2h --until=-1m: relative times, both spellings" || bad "history --since -2h: exit $rc: $(show relative)"
run at-and-since history "$cluster" --at now --since=-1h
[ "$rc" = 2 ] && grep -q -- "--at prints one moment" "$work/at-and-since.err" && ok "history --at with --since: usage error" || bad "history --at --since: exit $rc: $(show at-and-since)"
run none history "$work/other.json"
[ "$rc" = 1 ] && grep -q 'No history is stored for nohistory' "$work/none.err" && ok "history of a cluster never recorded: exit 1, says where it looked" \
  || bad "history without history: exit $rc: $(show none)"

echo "cli-history-test: $pass passed, $fails failed in $((($(date +%s%N) - start) / 1000000)) ms"
[ "$fails" -eq 0 ] && [ "$pass" -gt 0 ]
