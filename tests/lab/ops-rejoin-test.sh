#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash failover, then rejoin through pgpilot: the primary's whole node is killed at once (its
# PID 1, so every process of the node dies with it and PostgreSQL needs crash recovery), repmgrd
# promotes a standby, the node boots again, and `pgpilot rejoin` brings the crashed old primary
# back as a standby (clean shutdown in single-user mode, pg_rewind). A client writer and a probe
# run throughout: no moment may have two writable primaries, also not during the rejoin. And
# `pgpilot watch` beside it sends the webhook (issue 18) one critical notification for the crash
# and one recovery once all is well again, nothing more (a local receiver, tools/webhook-receiver).
# A `pgpilot status --events` started after the failover shows it from repmgr's event files on
# the nodes (issue 18), the events no database took included.
#   tests/lab/ops-rejoin-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Last line:
# "ops-rejoin-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: ops-rejoin-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-ops-rejoin-test.XXXXXX)
TEST=ops-rejoin-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1

"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1 \
  && ok "client writer and probe running" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

# pgpilot watch runs beside it all (issue 18): a local receiver gets its webhook notifications.
"$here/tools/webhook-receiver" --out "$work/hooks.jsonl" --port-file "$work/hook.port" >"$work/receiver.log" 2>&1 &
receiver_pid=$!
deadline=$(($(date +%s) + 10))
until [ -s "$work/hook.port" ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.1; done
# Its history on disk (docs/history.md) goes to this run's own data directory.
XDG_DATA_HOME=$work/watch-data "$pgpilot" watch "$LAB_CLUSTER_FILE" --webhook "http://127.0.0.1:$(cat "$work/hook.port")/hook/lab-token" --clear-hold 20 \
  --json --secrets-file "$secrets" >"$work/watch.out" 2>"$work/watch.err" &
watch_pid=$!
watch_started=$(date +%s)
stop_watch() {
  [ -n "${watch_pid:-}" ] && kill -TERM "$watch_pid" 2>/dev/null && wait "$watch_pid" 2>/dev/null
  watch_pid=
  [ -n "${receiver_pid:-}" ] && kill -TERM "$receiver_pid" 2>/dev/null && wait "$receiver_pid" 2>/dev/null
  receiver_pid=
}
trap 'stop_watch; ops_finish; exit $?' EXIT
deadline=$(($(date +%s) + 30))
until grep -q "^watching " "$work/watch.err" || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.2; done
grep -q "^watching " "$work/watch.err" && ok "pgpilot watch runs with a webhook to a local receiver" \
  || { bad "pgpilot watch did not start: $(tail -n 3 "$work/watch.err")"; exit 1; }

crash_node pg1 && ok "pg1's node crashed (all its processes killed at once)" || { bad "could not crash pg1"; exit 1; }
wait_status 90 "failover: a standby promoted, VIP and writes follow it" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"] in (["pg2"],["pg3"]) and s["vip_holder"]==s["write_target"]!="pg1" and s["write_target"]!=""'
status_value new 30 "the new primary" "$ONLY_PRIMARY" || exit 1


boot_node pg1 && ok "pg1's node booted again (PostgreSQL stays down: start.conf manual)" || { bad "pg1 did not boot"; exit 1; }
# The unit, not `pg_ctlcluster status`: that reads the crashed server's postmaster.pid, whose PID a
# process of the freshly booted node may have again (seen once: "running" with nothing started).
st=$("$lab" exec pg1 sh -c "systemctl is-active --quiet postgresql@$LAB_PG_VERSION-main && echo running || echo stopped" 2>/dev/null)
[ "$st" = stopped ] && ok "pg1's PostgreSQL did not start by itself after the crash" || bad "pg1's PostgreSQL is $st after boot"
cstate=$("$lab" exec pg1 sh -c "LC_ALL=C /usr/lib/postgresql/$LAB_PG_VERSION/bin/pg_controldata -D /var/lib/postgresql/$LAB_PG_VERSION/main | sed -n 's/^Database cluster state: *//p'" 2>/dev/null)
[ "$cstate" = "in production" ] && ok "pg1's data directory was not shut down cleanly ($cstate): a real crash" \
  || bad "pg1's control file says '$cstate' (expected 'in production' after a crash)"

# Issue 18: repmgr's own events, recorded on each node by its event_notification_command, also
# those no database could take (the standbys losing their upstream). A `pgpilot status` is a
# monitor of its own started now, which watched none of the failover (the watcher above is
# another process with its own timeline): the failover must be on its timeline from the nodes'
# files, each event once although the promotion is in repmgr.events too. (After pg1's boot: its
# SSH answers again, so status need not wait for a connection to a dead node to fail.)
events_file=/var/lib/postgresql/pgpilot-repmgr-events.jsonl
deadline=$(($(date +%s) + 30))
until "$lab" exec "$new" grep -q '"event":"repmgrd_failover_promote"' "$events_file" 2>/dev/null \
  || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.5; done
mode=$("$lab" exec "$new" stat -c '%a %U' "$events_file" 2>/dev/null)
"$lab" exec "$new" grep -q '"event":"repmgrd_failover_promote"' "$events_file" 2>/dev/null && [ "$mode" = "644 postgres" ] \
  && ok "repmgr recorded the promotion in $new's $events_file ($mode)" \
  || bad "no repmgrd_failover_promote in $new's $events_file (mode '$mode') within 30 s"
t_events=$(date +%s%N)
"$pgpilot" status "$LAB_CLUSTER_FILE" --events --json --secrets-file "$secrets" 2>/dev/null | tail -n 1 >"$work/events.json"
events_ms=$(( ($(date +%s%N) - t_events) / 1000000 ))
verdict=$(python3 -c '
import json, sys
new = sys.argv[2]
evs = [e for e in json.load(open(sys.argv[1])).get("events", []) if e.get("kind") == "repmgr"]
mark = "(recorded on the node while pgpilot was not watching)"
# The promotion is also a row of repmgr.events: whichever source answered first has it, the
# other is dropped (file: "repmgr on pg2: ... (recorded ...)"; table: "repmgr: ... on node 2: ...").
promote = [e for e in evs if "repmgrd_failover_promote" in e["text"]]
ours = lambda e: (e["node"] == new and mark in e["text"]) or (e["node"] == "" and " on node %s:" % new[2:] in e["text"])
# Only the files on the nodes have these: repmgr records them while no database answers.
lost = [e for e in evs if "repmgrd_upstream_disconnect" in e["text"] and e["node"] in ("pg2", "pg3")]
problems = []
if len(promote) != 1 or not ours(promote[0]):
    problems.append("promotion: %s" % [e["node"] + ": " + e["text"] for e in promote])
if not lost or any(mark not in e["text"] for e in lost):
    problems.append("no upstream_disconnect (in no database) from a standby: %s" % [e["text"] for e in lost])
print("; ".join(problems) or "ok %d repmgr events; %s" % (len(evs), " | ".join(e["time"] + " " + e["text"] for e in promote + lost)))
' "$work/events.json" "$new" 2>&1)
case $verdict in
  ok*) ok "status --events (a pgpilot that did not watch, $events_ms ms) shows the failover (what no database took from the nodes' files), the promotion once: ${verdict#ok }" ;;
  *) bad "status --events: $verdict" ;;
esac

if "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node pg1 --yes --json "${args[@]}" >"$work/rejoin.json" 2>"$work/rejoin.err"; then
  ok "rejoin: $(result "$work/rejoin.json" 'r["summary"]')"
else
  bad "rejoin failed: $(result "$work/rejoin.json" 'r.get("summary") or r') $(tail -n 5 "$work/rejoin.err")"
fi
echo "figure rejoin-after-crash duration_ms=$(result "$work/rejoin.json" 'r.get("duration_ms")')"
narr=$(narration "$work/rejoin.json")
grep -q "crash recovery in single-user mode" <<<"$narr" \
  && ok "the crash was recovered in single-user mode before the rewind" || bad "no single-user crash recovery in: $(narration "$work/rejoin.json" | tr '\n' '|')"
wait_status 60 "pg1 streams as a standby of $new, no alarm" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==["'"$new"'"] and [n["postgres"].get("wal_receiver") for n in s["nodes"] if n["name"]=="pg1"]==["streaming"] and not s["alarms"]'

# The webhook: one critical notification when the primary crashed, one when all was well again
# (after the clear hold), nothing more; the watcher printed the same two.
deadline=$(($(date +%s) + 90))
until python3 -c 'import json,sys; sys.exit(0 if any(json.loads(l)["body"].get("state") == "resolved" for l in open(sys.argv[1])) else 1)' "$work/hooks.jsonl" 2>/dev/null \
  || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.5; done
stop_watch
summary=$(python3 -c 'import json,sys; print(" ".join("%s/%s/%s" % (b["state"], b["severity"], b["reason"]) for b in (json.loads(l)["body"] for l in open(sys.argv[1]))))' "$work/hooks.jsonl" 2>/dev/null)
printed=$(grep -c '"state"' "$work/watch.out")
[ "$summary" = "firing/critical/opened resolved/critical/resolved" ] && [ "$printed" = 2 ] \
  && ok "webhook: one critical notification and one recovery, nothing more ($summary; watch printed $printed)" \
  || bad "webhook got '$summary' (watch printed $printed): $(tail -n 3 "$work/watch.err")"
python3 -c 'import json,sys,datetime
for l in open(sys.argv[1]):
    r = json.loads(l); b = r["body"]
    t = lambda k: datetime.datetime.fromisoformat(b[k].replace("Z", "+00:00")).timestamp()
    # firing: from the first snapshot with the alarm (opened_at, the group wait included); resolved: from the snapshot that closed it
    print("figure webhook state=%s alerts=%d after_the_monitor_saw_it_ms=%d" % (b["state"], len(b["alerts"]), (r["received"] - t("opened_at" if b["state"] == "firing" else "time")) * 1000))' "$work/hooks.jsonl"

# The watcher kept the history (issue 18): `pgpilot history` shows the crash as one critical
# incident, over, and the new primary's role change; `--at` shows the cluster without a primary.
XDG_DATA_HOME=$work/watch-data "$pgpilot" history "$LAB_CLUSTER_FILE" --since -1h --json >"$work/history.jsonl" 2>"$work/history.err"
hist=$(python3 - "$work/history.jsonl" "$new" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
incidents = [l for l in lines if l.get("type") == "incident"]
roles = [l for l in lines if l.get("type") == "event" and l.get("kind") == "role" and l.get("node") == sys.argv[2]]
crit = [i for i in incidents if i.get("severity") == "critical" and i.get("until")]
if len(crit) >= 1 and roles:
    print("ok %d incident(s), the first critical from %s to %s (%s); %d role change(s) of %s" % (len(incidents), crit[0]["time"], crit[0]["until"], "; ".join(crit[0]["alarms"][:2]), len(roles), sys.argv[2]))
else:
    print("incidents %s, role events of %s: %d" % ([(i.get("severity"), i.get("until")) for i in incidents], sys.argv[2], len(roles)))
PY
)
case "$hist" in
  ok*) ok "history on disk: ${hist#ok }" ;;
  *) bad "pgpilot history after the watch: $hist $(tail -n 2 "$work/history.err")" ;;
esac
at=$(python3 -c 'import json,sys; print([l for l in map(json.loads, open(sys.argv[1])) if l.get("type") == "incident"][0]["time"])' "$work/history.jsonl" 2>/dev/null)
if [ -n "$at" ] && XDG_DATA_HOME=$work/watch-data "$pgpilot" history "$LAB_CLUSTER_FILE" --at "$at" --json >"$work/history-at.json" 2>>"$work/history.err"; then
  st=$(python3 -c 'import json,sys; s=json.loads(open(sys.argv[1]).read().splitlines()[-1]); print(" ".join("%s=%s" % (n["name"], n["state"]) for n in s["nodes"]), "alarms=%d" % len(s["alarms"]))' "$work/history-at.json" 2>/dev/null)
  case "$st" in
    *alarms=0*|"") bad "history --at $at: $st" ;;
    *) ok "history --at the incident's start: $st" ;;
  esac
else
  bad "history --at '$at' failed: $(tail -n 2 "$work/history.err")"
fi
echo "figure history bytes_on_disk=$(du -sb "$work/watch-data" 2>/dev/null | cut -f1) watched_s=$(($(date +%s) - watch_started))"

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "never two writable primaries (direct and through every port 5000), also during the rejoin: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("max writable %s, max primaries on 5432 %s, %s probe samples" % (r["max_writable_via_write_port"], r["max_primaries_direct"], r["probe_samples"]))' "$work/report.json")"
else
  bad "two writable primaries seen: $(tail -n 10 "$work/report.json" "$work/report.err")"
fi
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("figure crash-failover acknowledged=%s missing_after_async_failover=%s write_outage_ms=%s" % (r["acknowledged"], r["missing"], r["write_outage_ms"]))' "$work/report.json" 2>/dev/null
