#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Pause automatic failover (issue 20) on the built cluster: `pgpilot pause --window 1m` pauses
# repmgrd on every node (repmgr's own flag, read on each node, and `pgpilot status --json`), the
# window is in the cluster; then PostgreSQL stops on the primary and NO standby is promoted for
# twice as long as repmgrd's failover would take with this cluster's repmgr settings; the primary
# starts again and takes its pause flag back; once the window has passed the monitor raises the
# critical alarm; `pgpilot unpause` resumes every node and the cluster is healthy (status, phase
# 3's checkpoint). Pausing a paused cluster and unpausing a running one say so and succeed.
# A pause with a standby's PostgreSQL down is refused, naming it. Every exit path unpauses and
# starts PostgreSQL on the nodes it stopped again.
#   tests/lab/pause-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Last line:
# "pause-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: pause-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-pause-test.XXXXXX)
TEST=pause-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
v=$LAB_PG_VERSION
run_on() { "$lab" exec "$1" sh -c "$2" 2>&1; }
# repmgr's flag on a node, over its own socket: t or f (empty: PostgreSQL does not answer).
paused_on() {
  run_on "$1" "runuser -u postgres -- psql -X -A -t -q -d repmgr -c 'SELECT repmgr.repmgrd_is_paused()'" | tail -n 1
}
in_recovery() {
  run_on "$1" "runuser -u postgres -- psql -X -A -t -q -c 'SELECT pg_is_in_recovery()'" | tail -n 1
}

# Whatever happens below: PostgreSQL on pg1 started again and failover resumed on every node.
cleanup() {
  for n in pg1 pg3; do
    run_on "$n" "pg_ctlcluster $v main status >/dev/null 2>&1 || pg_ctlcluster $v main start" >/dev/null
  done
  "$pgpilot" unpause "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/cleanup-unpause.json" 2>&1 \
    || for n in pg1 pg2 pg3; do
      run_on "$n" "runuser -u postgres -- psql -X -A -t -q -d repmgr -c 'SELECT repmgr.repmgrd_pause(false)'" >/dev/null
    done
}
trap 'cleanup; ops_finish; exit $?' EXIT

# Refusals that touch nothing: a window pgpilot does not take, a window for unpause.
"$pgpilot" pause "$LAB_CLUSTER_FILE" --window 3d --yes "${args[@]}" >"$work/bad.out" 2>"$work/bad.err"
rc=$?
[ "$rc" = 2 ] && grep -q '30m, 2h or 1h30m' "$work/bad.err" \
  && ok "pause --window 3d refused (exit 2): $(head -n 1 "$work/bad.err")" || bad "pause --window 3d: exit $rc, $(cat "$work/bad.err")"
"$pgpilot" unpause "$LAB_CLUSTER_FILE" --window 5m --yes "${args[@]}" >/dev/null 2>"$work/bad2.err"
rc=$?
[ "$rc" = 2 ] && ok "unpause --window refused (exit 2)" || bad "unpause --window: exit $rc, $(cat "$work/bad2.err")"

# A node whose PostgreSQL is down: the pre-checks refuse, name it, and nothing is paused or recorded.
run_on pg3 "pg_ctlcluster $v main stop -m fast" >/dev/null
"$pgpilot" pause "$LAB_CLUSTER_FILE" --window 1m --yes --json "${args[@]}" >"$work/refused.json" 2>"$work/refused.err"
rc=$?
refused=$(result "$work/refused.json" 'r.get("refused")')
why=$(result "$work/refused.json" 'r.get("error", "")')
if [ "$rc" = 1 ] && [ "$refused" = True ] && [[ $why == *pg3* ]]; then
  ok "pg3's PostgreSQL down: pause refused (exit 1), naming it: ${why:0:300}"
else
  bad "pause with pg3 down: exit $rc, refused '$refused', error '$why'; $(tail -n 2 "$work/refused.err")"
  grep -v '"event":"narration"' "$work/refused.json" | head -c 3000
fi
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    o = json.loads(l)
    for c in o.get("checks", []) if o.get("event") == "prechecks" else []:
        print("note  pre-check %s [%s]: %s, %s" % (c["id"], c["node"], "PASS" if c["ok"] else "FAIL", c["seen"].replace("\n", " | ")[:300]))' "$work/refused.json"
flags="$(paused_on pg1)$(paused_on pg2)"
[ "$flags" = ff ] && ok "nothing paused after the refusal (pg1, pg2: $flags)" || bad "after the refusal repmgrd_is_paused() on pg1, pg2: '$flags'"
run_on pg3 "pg_ctlcluster $v main start" >/dev/null
wait_status 60 "pg3 back: healthy, nothing paused, no window recorded" \
  's["healthy"] and not s["pause"]["paused"] and s["pause"]["window"] is None'

# Unpausing a cluster that runs: says so, succeeds, changes nothing.
if "$pgpilot" unpause "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/unpause0.json" 2>"$work/unpause0.err"; then
  grep -q 'already acts on failures on every node' <<<"$(narration "$work/unpause0.json")" \
    && ok "unpause of a running cluster says so and succeeds: $(result "$work/unpause0.json" 'r["summary"]')" \
    || bad "unpause of a running cluster did not say so: $(narration "$work/unpause0.json" | tr '\n' '|')"
else
  bad "unpause of a running cluster failed: $(result "$work/unpause0.json" 'r.get("summary") or r') $(tail -n 3 "$work/unpause0.err")"
fi

# The pause, with a one-minute window.
t_pause=$(date +%s)
if "$pgpilot" pause "$LAB_CLUSTER_FILE" --window 1m --reason "lab: pause-test" --yes --json "${args[@]}" \
  >"$work/pause.json" 2>"$work/pause.err"; then
  ok "pause: $(result "$work/pause.json" 'r["summary"]')"
else
  bad "pause failed: $(result "$work/pause.json" 'r.get("summary") or r') $(tail -n 5 "$work/pause.err")"
  exit 1
fi
echo "figure pause duration_ms=$(result "$work/pause.json" 'r.get("duration_ms")')"
narr=$(narration "$work/pause.json")
grep -q 'repmgrd on pg3 is paused' <<<"$narr" && grep -q 'Window recorded on' <<<"$narr" \
  && ok "narration: $(grep -E 'is paused|Window recorded' <<<"$narr" | tr '\n' '|')" || bad "narration: $(tr '\n' '|' <<<"$narr")"
flags="$(paused_on pg1)$(paused_on pg2)$(paused_on pg3)"
[ "$flags" = ttt ] && ok "repmgr.repmgrd_is_paused() is true on pg1, pg2 and pg3" || bad "repmgrd_is_paused() on pg1..pg3: '$flags'"
wait_status 30 "pgpilot status --json: paused on every node, window of about 1 min by this user with the reason" \
  's["pause"]["paused"] and not s["pause"]["mixed"] and sorted(s["pause"]["paused_nodes"])==["pg1","pg2","pg3"] and all(n["postgres"]["repmgrd_paused"] for n in s["nodes"]) and 0 < s["pause"]["window"]["seconds_left"] <= 60 and s["pause"]["window"]["reason"]=="lab: pause-test" and "@" in s["pause"]["window"]["by"] and not s["alarms"]'
"$pgpilot" status "$LAB_CLUSTER_FILE" --secrets-file "$secrets" 2>/dev/null | grep 'Automatic failover PAUSED' >"$work/status.txt" \
  && ok "status (text): $(cat "$work/status.txt")" || bad "status text shows no pause"

# Pausing a paused cluster: says so, succeeds, keeps the pause's start.
since=$(status_json | field 's["pause"]["window"]["since"]')
if "$pgpilot" pause "$LAB_CLUSTER_FILE" --window 1m --yes --json "${args[@]}" >"$work/pause2.json" 2>"$work/pause2.err"; then
  grep -q 'already paused on every node' <<<"$(narration "$work/pause2.json")" \
    && ok "pause of a paused cluster says so and succeeds: $(narration "$work/pause2.json" | grep 'already paused')" \
    || bad "pause of a paused cluster did not say so: $(narration "$work/pause2.json" | tr '\n' '|')"
else
  bad "pause of a paused cluster failed: $(result "$work/pause2.json" 'r.get("summary") or r')"
fi
since2=$(status_json | field 's["pause"]["window"]["since"]')
[ -n "$since" ] && [ "$since" = "$since2" ] && ok "the pause's start stays $since" || bad "pause start moved: '$since' -> '$since2'"

# How long repmgrd's failover would take with this cluster's settings (repmgr.conf on a standby):
# the primary checked every monitor_interval_secs, reconnect_attempts tries each of
# reconnect_interval plus libpq's connect_timeout, then the validation's gate (--blip), plus the
# promotion and the followers (2 s). The test waits twice that, at least 30 s.
conf=$(run_on pg2 "cat /etc/repmgr.conf")
budget=$(python3 - "$conf" <<'PY'
import re, sys
c = sys.argv[1]
def num(pattern, default):
    m = re.search(pattern, c, re.M)
    return float(m.group(1)) if m else default
interval = num(r"^monitor_interval_secs=([0-9.]+)", 2)
attempts = num(r"^reconnect_attempts=([0-9.]+)", 6)
reconnect = num(r"^reconnect_interval=([0-9.]+)", 10)
connect = num(r"connect_timeout=([0-9.]+)", 2)
blip = num(r"--blip ([0-9.]+)", 0)
print(round(interval + attempts * (reconnect + connect) + blip + 2))
PY
)
hold=$((budget * 2 > 30 ? budget * 2 : 30))
echo "figure failover_budget_s=$budget hold_s=$hold"

# The primary's PostgreSQL stops: with failover paused, nobody is promoted.
run_on pg1 "pg_ctlcluster $v main stop -m fast" >/dev/null
t_stop=$(date +%s)
promoted=""
samples=0
while [ "$(date +%s)" -lt $((t_stop + hold)) ]; do
  for n in pg2 pg3; do
    [ "$(in_recovery "$n")" = f ] && promoted="$promoted $n"
  done
  samples=$((samples + 1))
  [ -n "$promoted" ] && break
  sleep 1
done
[ -z "$promoted" ] && ok "pg1 stopped: no standby promoted in $(($(date +%s) - t_stop)) s ($samples samples of pg2 and pg3; failover would take about $budget s)" \
  || bad "a standby was promoted while failover was paused:$promoted"
snap=$(status_json)
[ "$(printf '%s' "$snap" | field '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==[] and s["pause"]["paused"]')" = True ] \
  && ok "status: no primary, failover still paused on $(printf '%s' "$snap" | field 's["pause"]["paused_nodes"]')" \
  || bad "status during the stop: $(printf '%s' "$snap" | status_describe)"
run_on pg2 "journalctl -u pgpilot-repmgrd --since @$t_stop --no-pager" | grep -i 'paused' | tail -n 1 | sed 's/^/note  repmgrd on pg2: /'

# The primary starts again: pg1 the primary, its repmgrd paused again (from its state file).
run_on pg1 "pg_ctlcluster $v main start" >/dev/null
wait_status 60 "pg1 started again: the only primary, every node paused again (pg1's flag from its state file)" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==["pg1"] and sorted(s["pause"]["paused_nodes"])==["pg1","pg2","pg3"] and not s["pause"]["mixed"]'

# The window (1 min from the pause) passes: the critical alarm, naming who, since when, the reason.
wait_left=$((t_pause + 60 + 45 - $(date +%s)))
wait_status $((wait_left > 20 ? wait_left : 20)) "past the window: the critical alarm failover-paused-too-long" \
  'any(a["kind"]=="failover-paused-too-long" and a["severity"]=="critical" and "lab: pause-test" in a["meaning"] and "pgpilot unpause" in a["action"] for a in s["alarms"]) and s["pause"]["overdue"]'
echo "figure alarm_after_pause_s=$(($(date +%s) - t_pause))"

# Unpause: every node resumed, the cluster healthy.
if "$pgpilot" unpause "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/unpause.json" 2>"$work/unpause.err"; then
  ok "unpause: $(result "$work/unpause.json" 'r["summary"]')"
else
  bad "unpause failed: $(result "$work/unpause.json" 'r.get("summary") or r') $(tail -n 5 "$work/unpause.err")"
fi
echo "figure unpause duration_ms=$(result "$work/unpause.json" 'r.get("duration_ms")')"
grep -q 'repmgrd on pg3 acts on failures again' <<<"$(narration "$work/unpause.json")" \
  && ok "narration: $(narration "$work/unpause.json" | grep -E 'acts on failures again|window is closed' | tr '\n' '|')" \
  || bad "unpause narration: $(narration "$work/unpause.json" | tr '\n' '|')"
flags="$(paused_on pg1)$(paused_on pg2)$(paused_on pg3)"
[ "$flags" = fff ] && ok "repmgr.repmgrd_is_paused() is false on pg1, pg2 and pg3" || bad "repmgrd_is_paused() on pg1..pg3: '$flags'"
wait_status 60 "status: nothing paused, repmgrd running unpaused on every node, no alarm" \
  'not s["pause"]["paused"] and s["pause"]["window"] is None and all(n["postgres"]["repmgrd_running"] and n["postgres"]["repmgrd_paused"] is False for n in s["nodes"]) and s["healthy"]'
if "$pgpilot" check "$LAB_CLUSTER_FILE" --phase 3 "${args[@]}" >"$work/check.out" 2>&1; then
  ok "phase 3's checkpoint passes after the unpause"
else
  bad "phase 3's checkpoint: $(grep -E 'FAIL' "$work/check.out" | head -n 3)"
fi
