#!/usr/bin/env bash
# The fault suite (issue 10): one fault case on the built lab cluster, with the client writer and
# probe (tests/lab/tools/clientprobe) running through it and the monitor (`pgpilot status --watch
# --json`) recording what the dashboard showed.
#   tests/lab/faults/faults.sh PGPILOT_BINARY CASE [RESULTS_DIR]
# CASE: pg-stop, crash, net-cut, partial-partition, health-kill, proxy-kill, reboot-old-primary,
# disk-full, repmgrd-kill, switchover-kill. Each case restores the built cluster first
# (tests/lab/cluster-fixture.sh restore) and leaves it as the fault left it (the next case
# restores again). The figures go to RESULTS_DIR/CASE.json (default: none kept); see
# docs/reliability.md. Waits are conditions with deadlines; fixed "observe" windows only measure
# that something bad does NOT happen. Last line: "faults CASE: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: faults.sh PGPILOT_BINARY CASE [RESULTS_DIR]}
case_name=${2:?usage: faults.sh PGPILOT_BINARY CASE [RESULTS_DIR]}
results=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab
fixture=$here/../cluster-fixture.sh
probe=$here/../tools/clientprobe
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fail=$((fail + 1)); echo "FAIL  $*"; }
note() { echo "      $*"; }
work=$(mktemp -d /tmp/pgpilot-faults.XXXXXX)
secrets=$work/secrets
watch_pid="" bg_pid=""
t_case=$(date +%s.%N)
declare -A fig=()

finish() {
  [ -n "$bg_pid" ] && kill -KILL "$bg_pid" 2>/dev/null
  [ -f "$work/cp/meta.json" ] && "$probe" stop --out "$work/cp" >/dev/null 2>&1
  [ -n "$watch_pid" ] && kill -TERM "$watch_pid" 2>/dev/null && wait "$watch_pid" 2>/dev/null
  # a partition or a cut link must not outlive the case (the next case restores anyway)
  if [ -n "${LAB_NODE_NAMES:-}" ]; then
    for n in $LAB_NODE_NAMES; do
      "$lab" exec "$n" sh -c 'ip link set host0 up; ip route show type blackhole | while read -r _ dst _; do ip route del blackhole "$dst"; done; umount -l /var/lib/postgresql/faults-small 2>/dev/null; true' >/dev/null 2>&1
    done
  fi
  if [ -n "$results" ]; then
    mkdir -p "$results"
    fig[case]=$case_name fig[passed]=$pass fig[failed]=$fail
    fig[duration_s]=$(python3 -c "import time; print(round(time.time()-$t_case,1))")
    for k in "${!fig[@]}"; do printf '%s\t%s\n' "$k" "${fig[$k]}"; done | python3 -c '
import json, sys
d = {}
for line in sys.stdin:
    k, v = line.rstrip("\n").split("\t", 1)
    try: d[k] = json.loads(v)
    except ValueError: d[k] = v
json.dump(d, open(sys.argv[1], "w"), indent=1, sort_keys=True)' "$results/$case_name.json"
  fi
  [ "$fail" -gt 0 ] && [ -d "$work/cp" ] && { echo "--- clientprobe report:"; "$probe" report --out "$work/cp" --primary-timeout 5 2>&1 | sed 's/^/    /'; }
  if [ "$fail" -gt 0 ] && [ -n "${LAB_NODE_NAMES:-}" ]; then
    for n in $LAB_NODE_NAMES; do
      echo "--- $n: services, last repmgrd lines"
      "$lab" exec "$n" sh -c "for u in postgresql@$v-main pgpilot-repmgrd pgpilot-health haproxy keepalived; do printf '%s=%s ' \$u \$(systemctl is-active \$u); done; echo; journalctl -u pgpilot-repmgrd -n 8 --no-pager -o cat" 2>&1 | sed 's/^/    /'
    done
  fi
  rm -rf "$work"
  echo "faults $case_name: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
trap 'finish; exit $?' EXIT
trap 'exit 130' INT TERM

eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
v=$LAB_PG_VERSION
now() { date +%s.%N; }
ms_since() { python3 -c "import time; print(int((time.time()-$1)*1000))"; }
run_on() { "$lab" exec "$1" sh -c "$2" >/dev/null 2>&1; }

# ---- the monitor's view ----------------------------------------------------------------------
# The newest complete snapshot of `pgpilot status --watch --json` (one JSON object per line).
snap() { tail -n 2 "$work/status.jsonl" 2>/dev/null | python3 -c '
import json, sys
last = ""
for line in sys.stdin:
    try: json.loads(line); last = line.strip()
    except ValueError: pass
print(last)'; }
# Evaluates a Python condition over a snapshot `s` with helpers: P = primaries, st(n) = state of
# node n, kinds(n) = alarm kinds for node n ("" = cluster-wide), wal(n) = its WAL receiver status.
PYHELP='
import json, sys
def helpers(s):
    nodes = {n["name"]: n for n in s.get("nodes", [])}
    P = sorted(n for n, x in nodes.items() if x.get("state") == "primary")
    st = lambda n: nodes.get(n, {}).get("state")
    kinds = lambda n=None: [a["kind"] for a in s.get("alarms", []) if n is None or a.get("node") == n]
    wal = lambda n: (nodes.get(n, {}).get("postgres") or {}).get("wal_receiver")
    return dict(s=s, P=P, st=st, kinds=kinds, wal=wal, vip=s.get("vip_holder"), w=s.get("write_target"))
'
holds() { python3 -c "$PYHELP"'
try: s = json.loads(sys.stdin.read() or "{}")
except ValueError: s = {}
try: print(bool(eval(sys.argv[1], helpers(s))))
except Exception: print(False)' "$1"; }
describe() { python3 -c "$PYHELP"'
try: s = json.loads(sys.stdin.read() or "{}")
except ValueError: s = {}
h = helpers(s)
print("primaries=%s vip=%s writes=%s states=%s alarms=%s" % (h["P"], h["vip"], h["w"],
      {n["name"]: n.get("state") for n in s.get("nodes", [])}, sorted(set(h["kinds"]()))))'; }
# wait_for SECONDS DESCRIPTION CONDITION: until the newest snapshot satisfies CONDITION.
wait_for() {
  local deadline s t0
  t0=$(now)
  deadline=$(($(date +%s) + $1))
  while :; do
    s=$(snap)
    if [ "$(printf '%s' "$s" | holds "$3")" = True ]; then
      ok "$2 ($(ms_since "$t0") ms)"
      return 0
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      bad "$2: not seen within $1 s; last snapshot: $(printf '%s' "$s" | describe)"
      return 1
    fi
    sleep 0.3
  done
}
# dashboard_delay T0 CONDITION: ms from T0 to the first snapshot taken after T0 that satisfies
# CONDITION (from the recorded snapshots), or -1.
dashboard_delay() {
  python3 -c "$PYHELP"'
from datetime import datetime
t0, cond = float(sys.argv[1]), sys.argv[2]
for line in open(sys.argv[3]):
    try: s = json.loads(line)
    except ValueError: continue
    t = (datetime.strptime(s["time"], "%Y-%m-%dT%H:%M:%S.%fZ") - datetime(1970, 1, 1)).total_seconds()
    if t < t0: continue
    try:
        if eval(cond, helpers(s)): print(int((t - t0) * 1000)); sys.exit()
    except Exception: pass
print(-1)' "$1" "$2" "$work/status.jsonl"
}

# ---- the client's view -------------------------------------------------------------------------
acks_after() { awk -v t="$1" '$2 == "ack" && $5 > t { n++ } END { print n + 0 }' "$work/cp/writes.log" 2>/dev/null; }
# wait_writes SECONDS DESCRIPTION: until the writer got 20 acknowledged commits after now.
wait_writes() {
  local t0 deadline
  t0=$(now)
  deadline=$(($(date +%s) + $1))
  until [ "$(acks_after "$t0")" -ge 20 ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
      bad "$2: the writer got no 20 acknowledged commits within $1 s (last: $(tail -n 1 "$work/cp/writes.log"))"
      return 1
    fi
    sleep 0.2
  done
  ok "$2 ($(ms_since "$t0") ms)"
}
# observe SECONDS WHY: a measurement window (the probe records what clients could do meanwhile).
observe() { note "observing for $1 s: $2"; sleep "$1"; }

# ---- setup -----------------------------------------------------------------------------------
t0=$(now)
if ! "$fixture" restore "$secrets" >"$work/restore.log" 2>&1; then
  bad "restore of the built cluster: $(tail -n 3 "$work/restore.log")"
  exit 1
fi
# PostgreSQL does not start at boot on a pgpilot node (start.conf manual, so a rebooted old
# primary stays down); the restored nodes just booted: start it as an operator would, primary first.
for n in $LAB_NODE_NAMES; do
  "$lab" exec "$n" sh -c "pg_ctlcluster $v main status >/dev/null 2>&1 || pg_ctlcluster $v main start" >/dev/null 2>&1
done
"$pgpilot" status "$LAB_CLUSTER_FILE" --json --watch --secrets-file "$secrets" >"$work/status.jsonl" 2>"$work/status.err" &
watch_pid=$!
healthy='P == ["pg1"] and vip == "pg1" and w == "pg1" and wal("pg2") == "streaming" and wal("pg3") == "streaming" and not kinds()'
wait_for 120 "restored cluster healthy: pg1 primary with VIP and writes, pg2 and pg3 streaming" "$healthy" || exit 1
fig[restore_ms]=$(ms_since "$t0")
if ! "$probe" start --out "$work/cp" --secrets-file "$secrets" >"$work/cp-start.log" 2>&1; then
  bad "clientprobe start: $(cat "$work/cp-start.log")"
  exit 1
fi
wait_writes 30 "writer running through VIP:5000 before the fault" || exit 1

# ---- the cases ---------------------------------------------------------------------------------
new_primary_cond='len(P) == 1 and P[0] != "pg1" and vip == P[0] and w == P[0]'
new_primary() { snap | python3 -c "$PYHELP"'
s = json.loads(sys.stdin.read()); print(helpers(s)["P"][0])'; }
planned=false

case "$case_name" in
  pg-stop)
    fig[title]="PostgreSQL stopped on the primary"
    T=$(now)
    run_on pg1 "pg_ctlcluster $v main stop -m fast"
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    fig[dashboard_ms]=$(dashboard_delay "$T" 'st("pg1") != "primary"')
    np=$(new_primary)
    observe 5 "pg1 must stay down, $np the only primary"
    wait_for 5 "pg1 still not primary, $np the only primary" "P == ['$np'] and st('pg1') != 'primary'"
    ;;
  crash)
    fig[title]="primary's node crashes (SIGKILL, holding the VIP)"
    T=$(now)
    "$lab" crash pg1 >"$work/crash.log" 2>&1 || { bad "lab crash pg1: $(tail -n 2 "$work/crash.log")"; exit 1; }
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    fig[dashboard_ms]=$(dashboard_delay "$T" 'st("pg1") != "primary"')
    ;;
  net-cut)
    fig[title]="primary cut off from the network (inside the node), then back"
    T=$(now)
    run_on pg1 "ip link set host0 down"
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    fig[dashboard_ms]=$(dashboard_delay "$T" '"node-unreachable" in kinds("pg1")')
    np=$(new_primary)
    run_on pg1 "ip link set host0 up"
    wait_for 60 "pg1 reachable again and not a primary (it fenced itself: PostgreSQL stopped)" \
      "'node-unreachable' not in kinds('pg1') or st('pg1') not in ('primary', 'unreachable')"
    observe 15 "the returning old primary must not take writes"
    wait_for 5 "$np still the only primary, VIP and writes on it" "P == ['$np'] and vip == '$np' and w == '$np'"
    ;;
  partial-partition)
    fig[title]="primary cut off from its standbys only (clients still reach it)"
    T=$(now)
    run_on pg1 "ip route add blackhole $(echo "$LAB_NODE_IPS" | cut -d' ' -f2)/32; ip route add blackhole $(echo "$LAB_NODE_IPS" | cut -d' ' -f3)/32"
    run_on pg2 "ip route add blackhole $(echo "$LAB_NODE_IPS" | cut -d' ' -f1)/32"
    run_on pg3 "ip route add blackhole $(echo "$LAB_NODE_IPS" | cut -d' ' -f1)/32"
    wait_for 60 "the isolated primary pg1 stops taking writes (fences itself)" 'st("pg1") != "primary"' || exit 1
    fig[fence_ms]=$(ms_since "$T")
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    fig[dashboard_ms]=$(dashboard_delay "$T" 'st("pg1") != "primary" or kinds("pg1")')
    np=$(new_primary)
    for n in $LAB_NODE_NAMES; do run_on "$n" 'ip route show type blackhole | while read -r _ dst _; do ip route del blackhole "$dst"; done'; done
    observe 10 "partition healed: pg1 must stay fenced"
    wait_for 5 "$np still the only primary, pg1 not primary" "P == ['$np'] and st('pg1') != 'primary'"
    ;;
  health-kill)
    fig[title]="health service killed (SIGKILL) on the primary, then on a standby"
    for n in pg1 pg2; do
      T=$(now)
      run_on "$n" "systemctl kill -s KILL pgpilot-health"
      deadline=$(($(date +%s) + 30))
      until "$lab" exec "$n" sh -c "systemctl is-active -q pgpilot-health && python3 -c 'import urllib.request,sys; urllib.request.urlopen(\"http://$(echo "$LAB_NODE_IPS" | cut -d' ' -f"${n#pg}"):8008/health\", timeout=1)'" >/dev/null 2>&1; do
        [ "$(date +%s)" -ge "$deadline" ] && { bad "pgpilot-health on $n not answering again within 30 s"; break; }
        sleep 0.2
      done
      fig[health_restart_ms_$n]=$(ms_since "$T")
      ok "systemd restarted pgpilot-health on $n; answering after ${fig[health_restart_ms_$n]} ms"
      wait_for 60 "cluster healthy again after the health service on $n was killed" "$healthy"
      d=$(dashboard_delay "$T" 'kinds("'$n'")')
      fig[dashboard_ms_$n]=$d
      [ "$d" -ge 0 ] && note "dashboard showed an alarm for $n after $d ms" || note "the dashboard saw no alarm for $n (restarted between two polls)"
    done
    ;;
  proxy-kill)
    fig[title]="HAProxy killed on the VIP holder; then Keepalived killed on the VIP holder"
    T=$(now)
    run_on pg1 "systemctl kill -s KILL haproxy"
    wait_writes 60 "writes acknowledged again after HAProxy was killed on pg1"
    fig[haproxy_recovery_ms]=$(ms_since "$T")
    wait_for 60 "healthy again (HAProxy restarted by systemd, VIP on pg1)" "$healthy"
    out1=$("$probe" report --out "$work/cp" --json --primary-timeout 10 --until "$(now)" 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["write_outage_ms"])')
    fig[haproxy_outage_ms]=${out1:-?}
    T=$(now)
    run_on pg1 "systemctl kill -s KILL keepalived"
    observe 10 "Keepalived dead on the VIP holder"
    fig[keepalived_active_after_10s]=$("$lab" exec pg1 systemctl is-active keepalived 2>/dev/null)
    wait_writes 30 "writes acknowledged with Keepalived dead on pg1"
    wait_for 60 "VIP still reachable on pg1 and writes on pg1" 'vip == "pg1" and w == "pg1"'
    fig[dashboard_ms]=$(dashboard_delay "$T" 'kinds("pg1") or kinds("")')
    ;;
  reboot-old-primary)
    fig[title]="old primary reboots after a failover"
    T=$(now)
    "$lab" crash pg1 >"$work/crash.log" 2>&1 || { bad "lab crash pg1: $(tail -n 2 "$work/crash.log")"; exit 1; }
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    np=$(new_primary)
    Tb=$(now)
    "$lab" up >"$work/up.log" 2>&1 || { bad "lab up (boot pg1 again): $(tail -n 2 "$work/up.log")"; exit 1; }
    ok "pg1 booted again in $(ms_since "$Tb") ms"
    wait_for 60 "pg1 up again, not a primary, $np the only primary" "st('pg1') != 'primary' and P == ['$np']"
    observe 15 "the rebooted old primary must stay a non-primary"
    wait_for 5 "$np still the only primary, VIP and writes on it" "P == ['$np'] and vip == '$np' and w == '$np'"
    pgstate=$("$lab" exec pg1 sh -c "pg_lsclusters -h | awk '{print \$4}'" 2>/dev/null)
    [ "$pgstate" = down ] && ok "PostgreSQL on the rebooted pg1 stays down (start.conf manual): rejoin it with pgpilot rejoin" \
      || note "PostgreSQL on the rebooted pg1: $pgstate"
    fig[dashboard_ms]=$(dashboard_delay "$T" 'st("pg1") != "primary"')
    ;;
  disk-full)
    fig[title]="a standby's disk fills up (pg_wal on a small tmpfs); the slot must not fill the primary"
    psql1() { "$lab" exec pg1 su postgres -c "psql -XAtq -c \"$1\"" 2>&1; }
    # pg_wal of pg2 moved onto a tmpfs with 48 MB free (as root inside the node)
    "$lab" exec pg2 sh -c "set -e; d=/var/lib/postgresql/$v/main; s=/var/lib/postgresql/faults-small
      pg_ctlcluster $v main stop -m fast; mkdir -p \$s; used=\$(du -sm \$d/pg_wal | cut -f1)
      mount -t tmpfs -o size=\$((used + 48))m,mode=0700 tmpfs \$s; chown postgres:postgres \$s
      cp -a \$d/pg_wal/. \$s/; mv \$d/pg_wal \$d/pg_wal.faults; ln -s \$s \$d/pg_wal; chown -h postgres:postgres \$d/pg_wal
      pg_ctlcluster $v main start" >"$work/small.log" 2>&1 || { bad "moving pg2's pg_wal to a small tmpfs: $(tail -n 3 "$work/small.log")"; exit 1; }
    wait_for 60 "pg2 streaming again with its pg_wal on the small tmpfs" "wal('pg2') == 'streaming'" || exit 1
    slot=$(psql1 "SELECT slot_name FROM pg_replication_slots WHERE slot_name LIKE '%2'")
    cap=$(psql1 "SHOW max_slot_wal_keep_size")
    note "pg2's slot on pg1: $slot; max_slot_wal_keep_size=$cap, wal_keep_size=$(psql1 "SHOW wal_keep_size"); for this case 64MB and 0"
    # The worksheet's cap (10GB in the lab) would need 10 GB of WAL to show, and wal_keep_size
    # (1GB) keeps WAL regardless of slots; 64 MB and 0 show the same mechanism within seconds.
    psql1 "ALTER SYSTEM SET max_slot_wal_keep_size = '64MB'" >/dev/null
    psql1 "ALTER SYSTEM SET wal_keep_size = 0" >/dev/null
    psql1 "SELECT pg_reload_conf()" >/dev/null
    T=$(now)
    # 8 x 16 MB of WAL: fills pg2's 48 MB, then goes past the 64 MB cap
    for i in 1 2 3 4 5 6 7 8; do
      psql1 "CREATE TABLE IF NOT EXISTS faults_fill (x int); INSERT INTO faults_fill VALUES ($i); SELECT pg_switch_wal()" >/dev/null
    done
    psql1 "CHECKPOINT" >/dev/null
    deadline=$(($(date +%s) + 60))
    until "$lab" exec pg2 sh -c "journalctl -u postgresql@$v-main --since '-5min' --no-pager 2>/dev/null | grep -q 'No space left on device' || grep -rqs 'No space left on device' /var/log/postgresql/" >/dev/null 2>&1; do
      [ "$(date +%s)" -ge "$deadline" ] && { bad "pg2 never reported a full pg_wal (df: $("$lab" exec pg2 df -m /var/lib/postgresql/faults-small | tail -n 1))"; break; }
      psql1 "INSERT INTO faults_fill VALUES (0); SELECT pg_switch_wal()" >/dev/null
      sleep 0.5
    done
    ok "pg2's pg_wal is full: 'No space left on device' ($(ms_since "$T") ms)"
    wait_for 60 "the dashboard shows pg2 in trouble while pg1 stays primary with VIP and writes" \
      'P == ["pg1"] and vip == "pg1" and w == "pg1" and (kinds("pg2") or wal("pg2") != "streaming")'
    fig[dashboard_ms]=$(dashboard_delay "$T" 'kinds("pg2") or wal("pg2") != "streaming"')
    deadline=$(($(date +%s) + 60))
    while :; do
      psql1 "INSERT INTO faults_fill VALUES (0); SELECT pg_switch_wal()" >/dev/null
      psql1 "CHECKPOINT" >/dev/null
      st=$(psql1 "SELECT wal_status FROM pg_replication_slots WHERE slot_name = '$slot'")
      [ "$st" = lost ] && break
      [ "$(date +%s)" -ge "$deadline" ] && break
      sleep 0.5
    done
    [ "$st" = lost ] && ok "pg2's slot on pg1 is invalidated (wal_status lost): the primary keeps no more WAL for it" \
      || bad "pg2's slot on pg1: wal_status '$st' after 60 s (expected lost)"
    fig[primary_pg_wal_mb]=$("$lab" exec pg1 sh -c "du -sm /var/lib/postgresql/$v/main/pg_wal | cut -f1" 2>/dev/null)
    note "pg1's pg_wal: ${fig[primary_pg_wal_mb]} MB after the slot was invalidated (the dead slot holds nothing back)"
    wait_writes 30 "writes still acknowledged through the VIP"
    wait_for 10 "pg1 still the only primary, pg3 streaming" 'P == ["pg1"] and wal("pg3") == "streaming"'
    ;;
  repmgrd-kill)
    fig[title]="repmgrd killed on a standby during a failover"
    T=$(now)
    run_on pg1 "pg_ctlcluster $v main stop -m fast"
    run_on pg3 "systemctl kill -s KILL pgpilot-repmgrd"
    wait_for 90 "a standby promoted, VIP and writes follow it" "$new_primary_cond" || exit 1
    wait_writes 30 "writes acknowledged again through the VIP"
    np=$(new_primary)
    other=pg3; [ "$np" = pg3 ] && other=pg2
    fig[dashboard_ms]=$(dashboard_delay "$T" 'st("pg1") != "primary"')
    # repmgrd restarted by systemd refuses to start while its node's upstream (pg1) is down, so
    # nothing makes a standby whose repmgrd missed the failover follow the new primary: the
    # dashboard must say so, and `pgpilot rejoin` must bring it back.
    T2=$(now)
    if wait_for 60 "$other follows $np by itself, or the dashboard shows it left behind" \
      "wal('$other') == 'streaming' or 'repmgrd-not-running' in kinds('$other') or 'replication-broken' in kinds('$other')"; then
      if [ "$(printf '%s' "$(snap)" | holds "wal('$other') == 'streaming'")" = True ]; then
        fig[left_behind]=false
      else
        fig[left_behind]=true
        note "$other left behind (repmgrd: '$("$lab" exec "$other" journalctl -u pgpilot-repmgrd -n 3 --no-pager -o cat 2>/dev/null | grep -m1 -o 'unable connect to upstream[^,]*')'); running pgpilot rejoin --node $other"
        if "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node "$other" --yes --secrets-file "$secrets" --state-dir "$work/state" >"$work/rejoin.log" 2>&1; then
          ok "pgpilot rejoin --node $other finished ($(ms_since "$T2") ms after the alarm wait began)"
        else
          bad "pgpilot rejoin --node $other failed: $(tail -n 3 "$work/rejoin.log" | tr '\n' '|')"
        fi
      fi
    fi
    wait_for 90 "$other streams from $np" "st('$other') == 'standby' and wal('$other') == 'streaming'"
    fig[standby_back_ms]=$(ms_since "$T")
    observe 5 "the new primary must keep its standby and stay up"
    wait_for 5 "$np still the only primary" "P == ['$np'] and vip == '$np' and w == '$np'"
    ;;
  switchover-kill)
    fig[title]="pgpilot killed (SIGKILL) during a switchover, then run again"
    planned=true
    T=$(now)
    "$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg2 --yes --json --secrets-file "$secrets" --state-dir "$work/state" >"$work/sw1.json" 2>&1 &
    bg_pid=$!
    # killed once the switchover itself is under way: repmgr has started demoting pg1
    deadline=$(($(date +%s) + 120))
    until [ "$(printf '%s' "$(snap)" | holds 'st("pg1") != "primary" or st("pg2") == "primary"')" = True ]; do
      if ! kill -0 "$bg_pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
        bad "the switchover never got under way; its output: $(tail -n 3 "$work/sw1.json")"; exit 1
      fi
      sleep 0.1
    done
    kill -KILL "$bg_pid"; wait "$bg_pid" 2>/dev/null; bg_pid=""
    ok "pgpilot killed $(ms_since "$T") ms into the switchover ($(printf '%s' "$(snap)" | describe))"
    wait_for 90 "the cluster settles with one primary holding the VIP and the writes" 'len(P) == 1 and vip == P[0] and w == P[0]' || exit 1
    "$pgpilot" status "$LAB_CLUSTER_FILE" --secrets-file "$secrets" >"$work/status-after-kill.txt" 2>&1
    note "pgpilot status after the kill (exit $?): $(grep -v '^\s*$' "$work/status-after-kill.txt" | head -n 12 | tr '\n' '|')"
    T2=$(now)
    if "$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg2 --yes --secrets-file "$secrets" --state-dir "$work/state" >"$work/sw2.log" 2>&1; then
      ok "the second run finished the switchover ($(ms_since "$T2") ms)"
    else
      note "the second run of switchover: $(tail -n 3 "$work/sw2.log" | tr '\n' '|')"
      wait_for 5 "pg2 already primary (the killed run had completed the switchover)" 'P == ["pg2"]'
    fi
    wait_for 120 "pg2 primary with VIP and writes, pg1 and pg3 streaming from it" \
      'P == ["pg2"] and vip == "pg2" and w == "pg2" and wal("pg1") == "streaming" and wal("pg3") == "streaming"'
    wait_writes 30 "writes acknowledged through the VIP"
    ;;
  *)
    bad "unknown case '$case_name'"
    exit 2
    ;;
esac

# ---- the figures ------------------------------------------------------------------------------
"$probe" stop --out "$work/cp" >/dev/null 2>&1
"$probe" report --out "$work/cp" --json >"$work/report.json" 2>"$work/report.err"
"$probe" report --out "$work/cp" 2>/dev/null | sed 's/^/      /'
eval "$(python3 -c '
import json, shlex, sys
r = json.load(open(sys.argv[1]))
for k in ("missing", "in_doubt", "acknowledged", "attempted", "max_writable_via_write_port",
          "max_primaries_direct", "write_outage_ms", "primary"):
    print("r_%s=%s" % (k, shlex.quote(str(r.get(k)))))
print("r_nodes=%s" % shlex.quote(",".join(r.get("max_writable_nodes") or [])))' "$work/report.json" 2>/dev/null)" ||
  { bad "clientprobe report failed: $(cat "$work/report.err")"; exit 1; }
for k in missing in_doubt acknowledged attempted max_writable_via_write_port max_primaries_direct write_outage_ms; do
  eval "fig[$k]=\${r_$k}"
done
[ "${r_max_writable_via_write_port}" -le 1 ] 2>/dev/null \
  && ok "never more than one writable node behind port 5000 (max ${r_max_writable_via_write_port})" \
  || bad "${r_max_writable_via_write_port} writable nodes behind port 5000 at once ($r_nodes)"
if [ "$r_missing" = None ]; then
  bad "lost rows unknown: the report found no primary ($(cat "$work/report.err"))"
elif $planned; then
  [ "$r_missing" = 0 ] && ok "planned operation: no acknowledged write lost (${r_acknowledged} acknowledged)" \
    || bad "planned operation lost $r_missing acknowledged writes"
else
  ok "acknowledged writes lost: $r_missing of ${r_acknowledged} (reported; ${r_in_doubt} in doubt)"
fi
note "figures: lost=$r_missing outage=${r_write_outage_ms} ms max-writable(5000)=${r_max_writable_via_write_port} max-primaries(5432)=${r_max_primaries_direct} dashboard=${fig[dashboard_ms]:-n/a} ms"
