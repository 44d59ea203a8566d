#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Operations benchmark on the lab, for docs/performance.md (issue 14, item 7: "measured side by
# side"): in one run on one lab, pgpilot's default cluster beside the guide's baseline, the same
# built nodes reconfigured by tests/lab/faults/guide-settings.sh (plain repmgr with the runbook's
# settings, asynchronous replication, the health service without guards). Parts (BENCH_PARTS,
# default "failover switchover rejoin latency"; each restores the built cluster itself, so a run
# can be split):
#   failover    faults.sh pg-stop, crash, net-cut in both modes (BENCH_MODES, BENCH_CASES),
#               BENCH_N_FAILOVER times each (tests/bench/bench-failover.sh): write outage and
#               acknowledged rows lost.
#   switchover  BENCH_N_SWITCHOVER switchovers through pgpilot on the default cluster (alternating
#               pg2 / pg1), then as many plain `repmgr standby switchover --siblings-follow` (run as
#               postgres on the target: the guide's day-2 switchover with erratum 9's fix) on the
#               guide's baseline.
#   rejoin      per mode (BENCH_MODES), BENCH_N_REJOIN crash failovers (the primary's node killed
#               at once), each followed by a rejoin of the crashed node: `pgpilot rejoin`
#               (default) or the guide's `repmgr node rejoin -d '<primary conninfo>'
#               --force-rewind` (errata 8) run as
#               postgres on the crashed node; when that fails (erratum 14: pg_rewind cannot find
#               Debian's postgresql.conf) the line says so and the corrected command, with
#               --force-rewind=<pgpilot's pg_rewind wrapper that adds --config-file>, is measured
#               (from its own start; the failed attempt's time is reported apart).
#   latency     p50/p99 of one-row INSERTs through VIP:5000, sync quorum vs async
#               (tests/bench/bench-latency.sh; BENCH_LATENCY_ROUNDS, BENCH_LATENCY_ROWS).
# The write outage is what a client saw: the longest time without an acknowledged commit through
# VIP:5000 (tests/lab/tools/clientprobe). Every sample is printed and appended to BENCH_RESULTS as
# it is measured (default /tmp/pgpilot-bench-ops.<time>.txt), medians at the end of each part.
# Fails on nothing but a run that could not be carried out.
#   tests/bench/bench-ops.sh PGPILOT_BINARY [N_SWITCHOVER=5] [N_REJOIN=5]
# Needs the lab up and the built-cluster fixture (tests/lab/cluster-fixture.sh build PGPILOT).
# Follows PGPILOT_LAB_INSTANCE.
set -uo pipefail
pgpilot=${1:?usage: bench-ops.sh PGPILOT_BINARY [N_SWITCHOVER] [N_REJOIN]}
parts=${BENCH_PARTS:-failover switchover rejoin latency}
n_failover=${BENCH_N_FAILOVER:-5}
n_switch=${BENCH_N_SWITCHOVER:-${2:-5}}
n_rejoin=${BENCH_N_REJOIN:-${3:-5}}
lat_rounds=${BENCH_LATENCY_ROUNDS:-5}
lat_rows=${BENCH_LATENCY_ROWS:-500}
results=${BENCH_RESULTS:-/tmp/pgpilot-bench-ops.$(date +%Y%m%d-%H%M%S).txt}
bench=$(cd "$(dirname "$0")" && pwd)
here=$(cd "$bench/../lab" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-ops.XXXXXX)
TEST=bench-ops
. "$here/ops-lib.sh"
trap 'ops_finish >/dev/null; exit 0' EXIT
eval "$("$lab" env)" || { echo "bench-ops: the lab is not up"; exit 1; }
secrets=$work/secrets
args=(--secrets-file "$secrets" --state-dir "$work/state")
read -r -a node_names <<<"$LAB_NODE_NAMES"
read -r -a node_ips <<<"$LAB_NODE_IPS"
samples=$work/samples
: >"$samples"
# record LINE: one sample, printed, kept for the medians and appended to the results file at once
record() { echo "$*" | tee -a "$samples" "$results"; }

{
  echo "# bench-ops $(date -u +%FT%TZ) lab ${PGPILOT_LAB_INSTANCE:-default} ($LAB_OS, ${#node_names[@]} nodes), $pgpilot"
  echo "# parts: $parts; N failover=$n_failover switchover=$n_switch rejoin=$n_rejoin latency=${lat_rounds}x$lat_rows"
  echo "# default = the cluster pgpilot built (synchronous quorum, validation gate, quorum fence, health guards)."
  echo "# guide   = the same nodes with the guide's repmgr settings (Step 3.2: reconnect 3 x 5 s, monitor 2 s,"
  echo "#           repmgr standby promote/follow, repmgr defaults otherwise), asynchronous replication and the"
  echo "#           health service without guards. HAProxy, Keepalived, start.conf=manual, conninfo: pgpilot's in"
  echo "#           both; the baseline differs only in repmgr's settings, replication mode and the health guards."
} | tee -a "$results"
echo "bench-ops: results appended to $results"

# restore_cluster MODE: the built cluster back (healthy), reconfigured to the guide's baseline in
# guide mode.
restore_cluster() {
  "$here/cluster-fixture.sh" restore "$secrets" "$pgpilot" >"$work/restore.log" 2>&1 ||
    { echo "bench-ops: fixture restore failed: $(tail -n 3 "$work/restore.log")"; exit 1; }
  if [ "$1" = guide ]; then
    bash "$here/faults/guide-settings.sh" apply "$pgpilot" "$secrets" >"$work/guide.log" 2>&1 ||
      { echo "bench-ops: guide settings failed: $(tail -n 3 "$work/guide.log")"; exit 1; }
  fi
}
cp_start() { rm -rf "$work/cp"; "$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1; }
# Writer's view of the window since cp_start: "outage_ms acknowledged missing".
cp_stop() {
  "$probe" stop --out "$work/cp" >/dev/null 2>&1
  "$probe" report --out "$work/cp" --json 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["write_outage_ms"], r["acknowledged"], r["missing"], r["max_writable_via_write_port"])'
}
primary() { status_json | field '([n["name"] for n in s["nodes"] if n["state"]=="primary"] + ["?"])[0]'; }
ip_of() { local i; for i in "${!node_names[@]}"; do [ "${node_names[$i]}" = "$1" ] && echo "${node_ips[$i]}"; done; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }
# The cluster as restored: every standby streaming from one primary that has the VIP and writes.
settled='len([n for n in s["nodes"] if n["state"]=="primary"])==1 and s["vip_holder"]==s["write_target"]!="" and all(n["state"]=="primary" or n.get("postgres",{}).get("wal_receiver")=="streaming" for n in s["nodes"])'
back_to_pg1() { [ "$(primary)" = pg1 ] || "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to pg1 --yes "${args[@]}" >/dev/null 2>&1; }

part_switchover() {
  local i target rc t0 t1 t2 outage acked missing maxw
  echo "== switchover: $n_switch x pgpilot (default), $n_switch x repmgr standby switchover (guide)"
  restore_cluster default
  target=pg2
  for i in $(seq 1 "$n_switch"); do
    wait_status 60 "settled before pgpilot switchover $i" "$settled" >/dev/null
    cp_start || { echo "clientprobe start failed"; cat "$work/cp-start.log"; exit 1; }
    "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to "$target" --yes --json "${args[@]}" >"$work/sw.json" 2>&1
    read -r outage acked missing maxw < <(cp_stop)
    record "pgpilot-switchover mode=default $i to=$target ok=$(result "$work/sw.json" 'r.get("ok")') duration_ms=$(result "$work/sw.json" 'r.get("duration_ms")') probe_outage_ms=$(result "$work/sw.json" 'r.get("write_outage_ms")') client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw"
    [ "$target" = pg2 ] && target=pg1 || target=pg2
  done
  back_to_pg1
  bash "$here/faults/guide-settings.sh" apply "$pgpilot" "$secrets" >"$work/guide.log" 2>&1 ||
    { echo "bench-ops: guide settings failed: $(tail -n 3 "$work/guide.log")"; exit 1; }
  target=pg2
  for i in $(seq 1 "$n_switch"); do
    wait_status 60 "settled before repmgr switchover $i" "$settled" >/dev/null
    cp_start || exit 1
    t0=$(date +%s%N)
    "$lab" exec "$target" runuser -u postgres -- /usr/lib/postgresql/"$LAB_PG_VERSION"/bin/repmgr -f /etc/repmgr.conf standby switchover --siblings-follow >"$work/repmgr.log" 2>&1
    rc=$?
    t1=$(date +%s%N)
    # the switchover is over for clients when writes go through again: wait for that too
    wait_status 60 "writes reach $target" 's["write_target"]=="'"$target"'"' >/dev/null
    t2=$(date +%s%N)
    read -r outage acked missing maxw < <(cp_stop)
    record "repmgr-switchover mode=guide $i to=$target rc=$rc repmgr_ms=$(((t1 - t0) / 1000000)) until_writes_routed_ms=$(((t2 - t0) / 1000000)) client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw"
    [ "$rc" -eq 0 ] || echo "   repmgr: $(grep -E 'ERROR|HINT|DETAIL' "$work/repmgr.log" | head -n 3 | tr '\n' '|')"
    [ "$target" = pg2 ] && target=pg1 || target=pg2
  done
}

# guide_rejoin OLD NEW: the guide's rejoin of the crashed OLD as a standby of NEW (as postgres on
# OLD, PostgreSQL still stopped there); sets how (the command that worked) and rj_rc.
guide_rejoin() {
  local ci repmgr=/usr/lib/postgresql/$LAB_PG_VERSION/bin/repmgr
  ci="host=$(ip_of "$2") user=repmgr dbname=repmgr connect_timeout=2"
  how=guide-force-rewind
  "$lab" exec "$1" runuser -u postgres -- "$repmgr" -f /etc/repmgr.conf node rejoin -d "$ci" --force-rewind >"$work/rj.log" 2>&1
  rj_rc=$?
  [ "$rj_rc" -eq 0 ] && return
  guide_error=$(grep -E 'ERROR|FATAL|could not' "$work/rj.log" | head -n 2 | tr '\n' '|' | cut -c1-200)
  # the failed attempt's time is reported apart; the rejoin is timed from the corrected command
  extra=" failed_guide_attempt_ms=$(ms_since "$t2")"
  t2=$(date +%s%N)
  how=guide-force-rewind-failed+wrapper
  "$lab" exec "$1" runuser -u postgres -- "$repmgr" -f /etc/repmgr.conf node rejoin -d "$ci" --force-rewind=/usr/local/lib/pgpilot/pg_rewind >"$work/rj.log" 2>&1
  rj_rc=$?
}

part_rejoin() {
  local mode i old new t0 t1 t2 outage acked missing maxw how rj_rc rj_ms guide_error extra
  for mode in ${BENCH_MODES:-default guide}; do
    echo "== crash + rejoin ($mode): $n_rejoin x"
    restore_cluster "$mode"
    for i in $(seq 1 "$n_rejoin"); do
      wait_status 90 "settled before crash $i ($mode)" "$settled" >/dev/null ||
        { echo "bench-ops: not settled before crash $i ($mode): $(status_json | status_describe)"; exit 1; }
      old=$(primary)
      cp_start || exit 1
      crash_node "$old" || { echo "could not crash $old"; exit 1; }
      t0=$(date +%s%N)
      wait_status 150 "failover after crash $i" '[n["name"] for n in s["nodes"] if n["state"]=="primary"] not in ([], ["'"$old"'"]) and s["write_target"] not in ("", "'"$old"'")' >/dev/null
      t1=$(date +%s%N)
      new=$(primary)
      boot_node "$old" || { echo "could not boot $old"; exit 1; }
      guide_error="" extra=""
      t2=$(date +%s%N)
      if [ "$mode" = default ]; then
        "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node "$old" --yes --json "${args[@]}" >"$work/rj.json" 2>&1
        how=pgpilot-rejoin rj_rc=$(result "$work/rj.json" '0 if r.get("ok") else 1')
        extra=" pgpilot_duration_ms=$(result "$work/rj.json" 'r.get("duration_ms")')"
      else
        guide_rejoin "$old" "$new"
        # repmgrd on the rejoined node gave up while PostgreSQL was down: the guide's Phase 3
        # starts it with systemctl, so does this
        "$lab" exec "$old" systemctl restart pgpilot-repmgrd >/dev/null 2>&1
      fi
      # rejoined = the old primary streams from the new one (pgpilot's verification, for both)
      wait_status 120 "$old streaming again" '[n for n in s["nodes"] if n["name"]=="'"$old"'"][0].get("postgres",{}).get("wal_receiver")=="streaming"' >/dev/null
      rj_ms=$(ms_since "$t2")
      read -r outage acked missing maxw < <(cp_stop)
      record "crash-rejoin mode=$mode $i old=$old new=$new until_writes_routed_ms=$(((t1 - t0) / 1000000)) client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw rejoin=$how rejoin_rc=$rj_rc rejoin_until_streaming_ms=$rj_ms$extra"
      [ -n "$guide_error" ] && echo "   the guide's node rejoin --force-rewind failed: $guide_error"
      [ "$rj_rc" = 0 ] || echo "   rejoin failed: $(tail -n 3 "$work/rj.log" "$work/rj.json" 2>/dev/null | tr '\n' '|' | cut -c1-300)"
    done
  done
}

medians() {
  echo "== switchover and rejoin medians"
  python3 - "$samples" <<'EOF' | tee -a "$results"
import re, statistics, sys
rows, lost = {}, {}
for line in open(sys.argv[1]):
    kind = line.split()[0] + " " + re.search(r"mode=(\w+)", line).group(1)
    for k, v in re.findall(r"(\w+)=(-?\d+)\b", line):
        if k == "missing":
            lost[kind] = lost.get(kind, 0) + int(v)
        if k in ("acknowledged", "missing", "max_writable", "rc", "rejoin_rc"):
            continue
        rows.setdefault((kind, k), []).append(int(v))
for (kind, k), vs in rows.items():
    print("%-32s %-26s median %7d ms (min %d, max %d, n=%d)" % (kind, k, statistics.median(vs), min(vs), max(vs), len(vs)))
for kind, v in lost.items():
    print("%-32s acknowledged rows lost, total: %d" % (kind, v))
EOF
}

for p in $parts; do
  case $p in
    failover) bash "$bench/bench-failover.sh" "$pgpilot" "$n_failover" "$results" ;;
    switchover) part_switchover ;;
    rejoin) part_rejoin ;;
    latency) bash "$bench/bench-latency.sh" "$pgpilot" "$lat_rounds" "$lat_rows" "$results" ;;
    *) echo "bench-ops: unknown part '$p' (failover switchover rejoin latency)"; exit 2 ;;
  esac
done
[ -s "$samples" ] && medians
echo "bench-ops: results in $results"
