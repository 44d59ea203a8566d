#!/usr/bin/env bash
# Operations benchmark on the lab, for docs/performance.md: in one run on the same lab,
#   - N planned switchovers through pgpilot (alternating pg2 / pg1),
#   - N plain `repmgr standby switchover --siblings-follow` (run as postgres on the target),
#   - M crash failovers (the primary's node killed at once) each followed by `pgpilot rejoin`.
# For each: the write outage a client saw (tests/lab/tools/clientprobe: longest time without an
# acknowledged commit through VIP:5000), pgpilot's own probe figure where pgpilot ran it, the
# duration, and acknowledged rows lost. Prints every sample and the medians; fails on nothing
# but a run that could not be carried out.
#   tests/bench/bench-ops.sh PGPILOT_BINARY [N=5] [M=3]
# Needs the lab up and the built-cluster fixture (tests/lab/cluster-fixture.sh build PGPILOT).
# Follows PGPILOT_LAB_INSTANCE.
set -uo pipefail
pgpilot=${1:?usage: bench-ops.sh PGPILOT_BINARY [N] [M]}
n=${2:-5}
m=${3:-3}
here=$(cd "$(dirname "$0")/../lab" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-ops.XXXXXX)
TEST=bench-ops
. "$here/ops-lib.sh"
trap 'ops_finish >/dev/null; exit 0' EXIT
ops_setup >/dev/null || { echo "bench-ops: fixture restore failed: $(tail -n 3 "$work/restore.log")"; exit 1; }
samples=$work/samples
: >"$samples"

cp_start() { rm -rf "$work/cp"; "$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1; }
# Writer's view of the window since cp_start: "outage_ms acknowledged missing".
cp_stop() {
  "$probe" stop --out "$work/cp" >/dev/null 2>&1
  "$probe" report --out "$work/cp" --json 2>/dev/null | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["write_outage_ms"], r["acknowledged"], r["missing"], r["max_writable_via_write_port"])'
}
primary() { status_json | field '([n["name"] for n in s["nodes"] if n["state"]=="primary"] + ["?"])[0]'; }

target=pg2
for i in $(seq 1 "$n"); do
  cp_start || { echo "clientprobe start failed"; cat "$work/cp-start.log"; exit 1; }
  "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to "$target" --yes --json "${args[@]}" >"$work/sw.json" 2>&1
  read -r outage acked missing maxw < <(cp_stop)
  echo "pgpilot-switchover $i to=$target ok=$(result "$work/sw.json" 'r.get("ok")') duration_ms=$(result "$work/sw.json" 'r.get("duration_ms")') probe_outage_ms=$(result "$work/sw.json" 'r.get("write_outage_ms")') client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw" | tee -a "$samples"
  [ "$target" = pg2 ] && target=pg1 || target=pg2
done
[ "$(primary)" = pg1 ] || "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to pg1 --yes "${args[@]}" >/dev/null 2>&1

target=pg2
for i in $(seq 1 "$n"); do
  wait_status 60 "healthy before repmgr switchover $i" 's["healthy"]' >/dev/null
  cp_start || exit 1
  t0=$(date +%s%N)
  "$lab" exec "$target" runuser -u postgres -- /usr/lib/postgresql/"$LAB_PG_VERSION"/bin/repmgr -f /etc/repmgr.conf standby switchover --siblings-follow >"$work/repmgr.log" 2>&1
  rc=$?
  t1=$(date +%s%N)
  # the switchover is over for clients when writes go through again: wait for that too
  wait_status 60 "writes reach $target" 's["write_target"]=="'"$target"'"' >/dev/null
  t2=$(date +%s%N)
  read -r outage acked missing maxw < <(cp_stop)
  echo "repmgr-switchover $i to=$target rc=$rc repmgr_ms=$(((t1 - t0) / 1000000)) until_writes_routed_ms=$(((t2 - t0) / 1000000)) client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw" | tee -a "$samples"
  [ "$target" = pg2 ] && target=pg1 || target=pg2
done
[ "$(primary)" = pg1 ] || "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to pg1 --yes "${args[@]}" >/dev/null 2>&1

for i in $(seq 1 "$m"); do
  wait_status 60 "healthy before crash $i" 's["healthy"]' >/dev/null
  old=$(primary)
  cp_start || exit 1
  crash_node "$old" || { echo "could not crash $old"; exit 1; }
  t0=$(date +%s%N)
  wait_status 120 "failover after crash $i" '[n["name"] for n in s["nodes"] if n["state"]=="primary"] not in ([], ["'"$old"'"]) and s["write_target"] not in ("", "'"$old"'")' >/dev/null
  t1=$(date +%s%N)
  boot_node "$old" || { echo "could not boot $old"; exit 1; }
  "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node "$old" --yes --json "${args[@]}" >"$work/rj.json" 2>&1
  read -r outage acked missing maxw < <(cp_stop)
  echo "crash-failover $i old=$old until_writes_routed_ms=$(((t1 - t0) / 1000000)) client_outage_ms=$outage acknowledged=$acked missing=$missing max_writable=$maxw rejoin_ok=$(result "$work/rj.json" 'r.get("ok")') rejoin_ms=$(result "$work/rj.json" 'r.get("duration_ms")')" | tee -a "$samples"
done

echo "== medians"
python3 - "$samples" <<'EOF'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    kind = line.split()[0]
    for k, v in re.findall(r"(\w+)=(-?\d+)\b", line):
        if k in ("acknowledged", "missing", "max_writable", "rc"):
            continue
        rows.setdefault((kind, k), []).append(int(v))
for (kind, k), vs in sorted(rows.items()):
    print("%-20s %-24s median %7d  (min %d, max %d, n=%d)" % (kind, k, statistics.median(vs), min(vs), max(vs), len(vs)))
EOF
