#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The guide's baseline on the built lab cluster (issue 14, item 7): the runbook's repmgr settings
# (ha-cluster-guide.txt Step 3.2) and asynchronous replication, on the cluster pgpilot built, so
# that the fault suite's guide mode and tests/bench/bench-ops.sh measure "plain repmgr with the
# guide's timers" beside pgpilot's default on the same nodes.
#
#   tests/lab/faults/guide-settings.sh apply PGPILOT_BINARY SECRETS_FILE [CLUSTER_FILE]
#       on every node: /etc/repmgr.conf gets the guide's failover settings, PostgreSQL's
#       synchronous_standby_names is emptied, the health service loses its guards; then repmgrd
#       and the health service are restarted and the script waits (deadline 90 s) until repmgrd
#       runs on every node and `pgpilot status` shows one primary holding the VIP.
#
# What changes (the rest stays pgpilot's; the guide's errors stay corrected, guide-errata.md):
#   - repmgr.conf: failover=automatic, promote_command `repmgr standby promote` and follow_command
#     `repmgr standby follow ... --upstream-node-id=%n` (full paths, erratum 4),
#     reconnect_attempts=3, reconnect_interval=5, monitor_interval_secs=2, monitoring_history=yes;
#     pgpilot's failover_validation_command, child_nodes_* fence, connection_check_type,
#     primary_visibility_consensus, primary_notification_timeout and election_rerun_interval are
#     removed (repmgr's defaults). conninfo stays pgpilot's (TCP keepalives): the node records in
#     the repmgr database carry it, and changing it would mean registering every node again.
#   - PostgreSQL: synchronous_standby_names = '' in pgpilot's drop-in conf.d/pgpilot.conf (the
#     guide has no synchronous replication), reloaded.
#   - pgpilot-health: a systemd drop-in gives it --fence-below 0 --stale-votes 0 and no
#     --fence/--start/--follow-command, --grace-from-start, --quorum-grace: it only answers
#     HAProxy's and Keepalived's /primary and /replica (the guide's pgchk, done right: errata 1, 2).
#   - HAProxy, Keepalived, start.conf = manual (erratum 15), sudoers, SSH between nodes: pgpilot's.
# The changes live in the nodes' overlay: the next fixture restore takes them away.
# Follows PGPILOT_LAB_INSTANCE. Last line: "guide-settings: ..." with the time.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab
t0=$(date +%s%N)
ms() { echo $((($(date +%s%N) - t0) / 1000000)); }
die() {
  echo "guide-settings: ERROR: $*" >&2
  exit 1
}
usage="usage: guide-settings.sh apply PGPILOT_BINARY SECRETS_FILE [CLUSTER_FILE]"
[ "${1:-}" = apply ] || die "$usage"
pgpilot=${2:?$usage}
secrets=${3:?$usage}
e=$("$lab" env 2>&1) || die "the lab is not up (${e##*$'\n'})"
eval "$e"
cluster=${4:-$LAB_CLUSTER_FILE}
v=$LAB_PG_VERSION
bin=/usr/lib/postgresql/$v/bin

# repmgr.conf: pgpilot's file without the failover keys the guide does not set, plus the guide's.
# Run inside a node (python3 is part of every lab node).
repmgr_conf_py='
import re, sys
path, bindir = "/etc/repmgr.conf", sys.argv[1]
drop = {"failover", "promote_command", "follow_command", "reconnect_attempts", "reconnect_interval",
        "monitor_interval_secs", "monitoring_history", "connection_check_type",
        "primary_visibility_consensus", "primary_notification_timeout", "election_rerun_interval",
        "failover_validation_command", "child_nodes_check_interval", "child_nodes_connected_min_count",
        "child_nodes_disconnect_timeout", "child_nodes_disconnect_command"}
keep = [l for l in open(path).read().splitlines()
        if l.strip() and not l.lstrip().startswith("#") and l.split("=", 1)[0].strip() not in drop]
keep += ["", "# guide baseline (tests/lab/faults/guide-settings.sh): ha-cluster-guide.txt Step 3.2",
         "failover=automatic",
         "promote_command=\x27%s/repmgr standby promote -f /etc/repmgr.conf --log-to-file\x27" % bindir,
         "follow_command=\x27%s/repmgr standby follow -f /etc/repmgr.conf --log-to-file --upstream-node-id=%%n\x27" % bindir,
         "reconnect_attempts=3", "reconnect_interval=5", "monitor_interval_secs=2", "monitoring_history=yes"]
open(path, "w").write("\n".join(keep) + "\n")
'
# pgpilot-health: the unit's ExecStart without the guard arguments, as a drop-in.
health_py='
import re, shlex
unit = open("/etc/systemd/system/pgpilot-health.service").read()
line = [l for l in unit.splitlines() if l.startswith("ExecStart=")][0]
words = shlex.split(line[len("ExecStart="):])
valued = {"--fence-below", "--stale-votes", "--quorum-grace", "--fence-command", "--start-command",
          "--follow-command", "--follow-after"}
out, skip = [], False
for w in words:
    if skip:
        skip = False
    elif w in valued:
        skip = True
    elif w != "--grace-from-start" and w.split("=", 1)[0] not in valued:
        out.append(w)
out += ["--fence-below", "0", "--stale-votes", "0"]
import os
os.makedirs("/etc/systemd/system/pgpilot-health.service.d", exist_ok=True)
open("/etc/systemd/system/pgpilot-health.service.d/guide-baseline.conf", "w").write(
    "# guide baseline (tests/lab/faults/guide-settings.sh): no guard, only /primary and /replica\n"
    "[Service]\nExecStart=\nExecStart=%s\n" % " ".join(shlex.quote(w) for w in out))
'

for n in $LAB_NODE_NAMES; do
  out=$("$lab" exec "$n" python3 -c "$repmgr_conf_py" "$bin" 2>&1) || die "repmgr.conf on $n: $out"
  out=$("$lab" exec "$n" python3 -c "$health_py" 2>&1) || die "health unit drop-in on $n: $out"
  out=$("$lab" exec "$n" sh -c "sed -i \"s/^synchronous_standby_names *=.*/synchronous_standby_names = ''/\" /etc/postgresql/$v/main/conf.d/pgpilot.conf &&
    grep -q \"^synchronous_standby_names = ''\$\" /etc/postgresql/$v/main/conf.d/pgpilot.conf &&
    { pg_ctlcluster $v main status >/dev/null 2>&1 || exit 0; pg_ctlcluster $v main reload; }" 2>&1) ||
    die "synchronous_standby_names on $n: $out"
done
# repmgrd reads its configuration at start; the primary's first, so the standbys find it monitored.
for n in $LAB_NODE_NAMES; do
  out=$("$lab" exec "$n" sh -c 'systemctl daemon-reload && systemctl restart pgpilot-health pgpilot-repmgrd' 2>&1) ||
    die "restarting pgpilot-health and pgpilot-repmgrd on $n: $out"
done

# Wait until every node runs the new repmgrd and health service with the guide's settings, and
# pgpilot status shows one primary holding the VIP, writes routed to it, standbys streaming.
deadline=$(($(date +%s) + 90))
while :; do
  seen=""
  for n in $LAB_NODE_NAMES; do
    r=$("$lab" exec "$n" sh -c "pgrep -x repmgrd >/dev/null && echo repmgrd || echo no-repmgrd
      tr '\0' ' ' </proc/\$(systemctl show -p MainPID --value pgpilot-health)/cmdline 2>/dev/null | grep -q -- '--fence-below 0 --stale-votes 0' && echo guardless || echo guarded
      grep -q '^reconnect_interval=5' /etc/repmgr.conf && echo guide-conf || echo pgpilot-conf
      runuser -u postgres -- psql -XAtq -c 'SHOW synchronous_standby_names' 2>/dev/null | sed 's/^\$/sync=none/'" 2>&1 | tr '\n' ' ')
    seen+="$n: $r; "
  done
  status=$("$pgpilot" status "$cluster" --json --secrets-file "$secrets" 2>/dev/null | tail -n 1 | python3 -c '
import json, sys
try: s = json.loads(sys.stdin.read() or "{}")
except ValueError: s = {}
p = [n["name"] for n in s.get("nodes", []) if n.get("state") == "primary"]
st = [n["name"] for n in s.get("nodes", []) if n.get("state") == "standby" and n.get("postgres", {}).get("wal_receiver") == "streaming"]
ok = len(p) == 1 and s.get("vip_holder") == p[0] and s.get("write_target") == p[0] and len(st) == len(s.get("nodes", [])) - 1
print(("ok " if ok else "waiting ") + "primaries=%s vip=%s writes=%s streaming=%s alarms=%s" % (p, s.get("vip_holder"), s.get("write_target"), st, [a.get("kind") for a in s.get("alarms", [])]))' 2>&1)
  if [[ "$status" == ok* ]] && ! [[ "$seen" =~ no-repmgrd|guarded|pgpilot-conf ]] && [[ "$seen" != *ANY* ]]; then
    echo "guide-settings: nodes: $seen"
    echo "guide-settings: ${status#ok }"
    echo "guide-settings: applied in $(ms) ms"
    exit 0
  fi
  [ "$(date +%s)" -ge "$deadline" ] && die "not settled within 90 s: $seen status: $status"
  sleep 1
done
