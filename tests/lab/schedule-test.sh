#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Scheduled operations (issue 20 item 5) on the built cluster: `pgpilot switchover --to pg2 --at
# TIME --remind 1m` about 75 s ahead records the request in the cluster and runs nothing; refusals
# (a time in the past, without a zone, --at for fence, no --yes) record nothing; `pgpilot schedule`
# lists it; a second one is cancelled (and a second cancel says it is cancelled). Then `pgpilot
# watch` runs beside it: `pgpilot status --json` shows the reminder alarm (operation-scheduled-soon)
# before the time, the watcher claims the row when it is due and runs the switchover, the row ends
# done with the result's summary, pg2 is the primary, and the watcher's output and its timeline (its
# history) have the result. The watcher is stopped by its PID in every exit path.
#   tests/lab/schedule-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Last line:
# "schedule-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: schedule-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-schedule-test.XXXXXX)
TEST=schedule-test
watch_pid=
stop_watch() {
  if [ -n "${watch_pid:-}" ]; then
    kill -TERM "$watch_pid" 2>/dev/null
    wait "$watch_pid" 2>/dev/null
    watch_pid=
  fi
}
trap 'stop_watch; ops_finish; exit $?' EXIT
ops_setup || exit 1
schedule_json() { "$pgpilot" schedule "$LAB_CLUSTER_FILE" --json "${args[@]}" 2>"$work/schedule.err" | tail -n 1; }
rows() { schedule_json | field "$1"; }

# Refusals that record nothing (exit 2, a message saying what to write).
refuse() { # DESCRIPTION EXPECTED_TEXT ARGS...
  local what=$1 expect=$2
  shift 2
  "$pgpilot" "$@" "${args[@]}" >"$work/refuse.out" 2>"$work/refuse.err"
  local rc=$?
  if [ "$rc" = 2 ] && grep -q -- "$expect" "$work/refuse.err"; then
    ok "$what refused (exit 2): $(head -n 1 "$work/refuse.err")"
  else
    bad "$what: exit $rc, $(head -n 3 "$work/refuse.err")"
  fi
}
refuse "--at in the past" "in the past" switchover "$LAB_CLUSTER_FILE" --to pg2 --at "$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)" --yes
refuse "--at without a zone" "zone" switchover "$LAB_CLUSTER_FILE" --to pg2 --at "$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%S)" --yes
refuse "--at 40 days ahead" "30 days" switchover "$LAB_CLUSTER_FILE" --to pg2 --at "$(date -u -d '+40 days' +%Y-%m-%dT%H:%M:%SZ)" --yes
refuse "--at for fence" "switchover, rolling-restart and upgrade" fence "$LAB_CLUSTER_FILE" --node pg3 --at "$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)" --yes
refuse "--at without --yes" "Add --yes" switchover "$LAB_CLUSTER_FILE" --to pg2 --at "$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)"
n=$(rows 'len(s["scheduled"])')
[ "$n" = 0 ] && ok "nothing recorded by the refusals (pgpilot schedule lists none)" || bad "after the refusals pgpilot schedule lists '$n' rows: $(cat "$work/schedule.err")"

# The switchover to pg2, about 75 s ahead, with a reminder a minute before.
at=$(date -u -d '+75 seconds' +%Y-%m-%dT%H:%M:%SZ)
at_s=$(date -u -d "$at" +%s)
if "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to pg2 --at "$at" --remind 1m --yes --json "${args[@]}" \
  >"$work/at.json" 2>"$work/at.err"; then
  id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).read().splitlines()[-1])["id"])' "$work/at.json")
  ok "scheduled #$id: $(tail -n 1 "$work/at.json")"
else
  bad "switchover --at: $(cat "$work/at.json") $(tail -n 3 "$work/at.err")"
  exit 1
fi
primary=$(status_json | field "$ONLY_PRIMARY")
[ "$primary" = pg1 ] && ok "nothing ran: pg1 is still the primary" || bad "after --at the primary is '$primary'"

# A second one two hours ahead, listed, then cancelled; cancelling it again says what it is.
"$pgpilot" rolling-restart "$LAB_CLUSTER_FILE" --at "$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)" --yes --json "${args[@]}" \
  >"$work/at2.json" 2>"$work/at2.err" || bad "rolling-restart --at: $(tail -n 3 "$work/at2.err")"
id2=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).read().splitlines()[-1])["id"])' "$work/at2.json" 2>/dev/null)
listed=$(rows '" ".join("%s:%s:%s" % (r["id"], r["operation"], r["state"]) for r in s["scheduled"])')
[ "$listed" = "$id:switchover:scheduled $id2:rolling-restart:scheduled" ] \
  && ok "pgpilot schedule lists both: $listed" || bad "pgpilot schedule lists '$listed' (want #$id and #$id2)"
"$pgpilot" schedule "$LAB_CLUSTER_FILE" --cancel "$id2" --yes "${args[@]}" >"$work/cancel.out" 2>"$work/cancel.err" \
  && ok "cancel #$id2: $(cat "$work/cancel.out")" || bad "cancel #$id2: $(cat "$work/cancel.err")"
"$pgpilot" schedule "$LAB_CLUSTER_FILE" --cancel "$id2" --yes "${args[@]}" >"$work/cancel2.out" 2>"$work/cancel2.err"
rc=$?
[ "$rc" = 1 ] && grep -q "is cancelled" "$work/cancel2.err" && ok "cancelling it again: exit 1, $(cat "$work/cancel2.err")" \
  || bad "second cancel: exit $rc, $(cat "$work/cancel2.err")"
"$pgpilot" schedule "$LAB_CLUSTER_FILE" "${args[@]}" >"$work/list.txt" 2>&1
grep -q "#$id2 Rolling restart.*: cancelled: Cancelled by" "$work/list.txt" && grep -q "#$id Switchover to pg2 at .*: scheduled" "$work/list.txt" \
  && ok "pgpilot schedule (text): $(tr '\n' '|' <"$work/list.txt")" || bad "pgpilot schedule (text): $(cat "$work/list.txt")"

# The watcher: reminder, claim, switchover, result.
XDG_DATA_HOME=$work/watch-data "$pgpilot" watch "$LAB_CLUSTER_FILE" --secrets-file "$secrets" \
  >"$work/watch.out" 2>"$work/watch.err" &
watch_pid=$!
deadline=$(($(date +%s) + 60))
until grep -q "^watching " "$work/watch.err" || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.2; done
grep -q "^watching " "$work/watch.err" && ok "pgpilot watch runs (PID $watch_pid)" \
  || { bad "pgpilot watch did not start: $(tail -n 3 "$work/watch.err")"; exit 1; }

wait_status $((at_s - $(date +%s) + 20)) "status --json: the reminder (operation-scheduled-soon) before the time, #$id scheduled" \
  "any(a[\"kind\"] == \"operation-scheduled-soon\" and \"Switchover to pg2\" in a[\"title\"] for a in s[\"alarms\"]) and any(r[\"id\"] == $id and r[\"state\"] == \"scheduled\" for r in s[\"scheduled\"])"
seen=$(date +%s)
echo "figure reminder_seen_s_before_time=$((at_s - seen))"
title=$(status_json | field '[a["title"] for a in s["alarms"] if a["kind"] == "operation-scheduled-soon"][0]' 2>/dev/null)
echo "note  reminder: $title"

# Due: the watcher claims and runs it; done within 2 minutes of its time, pg2 the primary.
deadline=$((at_s + 150))
state=
while [ "$(date +%s)" -lt "$deadline" ]; do
  state=$(rows "[r[\"state\"] for r in s[\"scheduled\"] if r[\"id\"] == $id][0]" 2>/dev/null)
  case "$state" in done | failed) break ;; esac
  sleep 2
done
finished=$(date +%s)
summary=$(rows "[r[\"summary\"] for r in s[\"scheduled\"] if r[\"id\"] == $id][0]" 2>/dev/null)
started=$(rows "[r[\"started_at\"] for r in s[\"scheduled\"] if r[\"id\"] == $id][0]" 2>/dev/null)
claimed=$(rows "[r[\"claimed_by\"] for r in s[\"scheduled\"] if r[\"id\"] == $id][0]" 2>/dev/null)
if [ "$state" = done ] && [[ $summary == "Switchover to pg2: done and verified"* ]]; then
  ok "#$id done: claimed by $claimed, started $started (scheduled $at): $summary"
else
  bad "#$id: state '$state', summary '$summary'; watcher: $(tail -n 5 "$work/watch.out" | tr '\n' '|') $(tail -n 3 "$work/watch.err")"
fi
started_s=$(date -u -d "$started" +%s 2>/dev/null || echo 0)
echo "figure start_delay_s=$((started_s - at_s)) finished_after_time_s=$((finished - at_s))"
[ "$started_s" -ge "$at_s" ] && [ "$started_s" -le $((at_s + 30)) ] \
  && ok "started $((started_s - at_s)) s after its time (not before, within 30 s)" || bad "started at $started for $at"
wait_status 60 "pg2 is the primary, pg1 a standby, no alarm" \
  "[n[\"name\"] for n in s[\"nodes\"] if n[\"state\"] == \"primary\"] == [\"pg2\"] and not s[\"alarms\"]"
grep -q "scheduled #$id: claimed: Switchover to pg2" "$work/watch.out" && grep -q "scheduled #$id: recorded as done" "$work/watch.out" \
  && ok "the watcher's output: $(grep "scheduled #$id: \(claimed\|Switchover\|recorded\)" "$work/watch.out" | cut -c1-200 | tr '\n' '|')" \
  || bad "the watcher's output: $(grep 'scheduled' "$work/watch.out" | tail -n 8 | tr '\n' '|')"
# The reminder went out as the watcher's notification too (printed on its stdout).
grep -q "warning.*Switchover to pg2 at .*requested by" "$work/watch.out" \
  && ok "the watcher notified the reminder: $(grep -m 1 "Switchover to pg2 at" "$work/watch.out" | cut -c1-220)" \
  || bad "no reminder notification in the watcher's output: $(grep -v scheduled "$work/watch.out" | tail -n 3 | tr '\n' '|')"
# The result in the watcher's timeline (its history, kept where XDG_DATA_HOME points).
deadline=$(($(date +%s) + 60))
until XDG_DATA_HOME=$work/watch-data "$pgpilot" history "$LAB_CLUSTER_FILE" --events --since -15m 2>/dev/null \
  | grep -q "Scheduled #$id: Switchover to pg2: done"; do
  [ "$(date +%s)" -ge "$deadline" ] && break
  sleep 2
done
XDG_DATA_HOME=$work/watch-data "$pgpilot" history "$LAB_CLUSTER_FILE" --events --since -15m >"$work/history.txt" 2>&1
grep -q "Scheduled #$id: Switchover to pg2: done" "$work/history.txt" \
  && ok "the timeline has the result: $(grep "Scheduled #$id" "$work/history.txt" | head -n 1 | cut -c1-200)" \
  || bad "the watcher's timeline has no result: $(tail -n 8 "$work/history.txt" | tr '\n' '|')"
stop_watch
ok "pgpilot watch stopped"
