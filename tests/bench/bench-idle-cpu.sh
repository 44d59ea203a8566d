#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a healthy, idle cluster costs in CPU, per node and per service, for docs/performance.md.
# Side by side in one run on one lab: phase 4 applied by BASELINE_PGPILOT (the previous health
# service and Keepalived check), measured; then phase 4 applied by PGPILOT, measured. Each
# measurement is BENCH_ROUNDS windows of BENCH_WINDOW seconds, read from the nodes' cgroups
# (cpu.stat usage_usec of the node and of each systemd unit in it: processes that come and go,
# psql, python3, PostgreSQL backends, are counted too). Medians per window are printed.
#   tests/bench/bench-idle-cpu.sh BASELINE_PGPILOT PGPILOT
# Needs the lab up and the built-cluster fixture (tests/lab/cluster-fixture.sh build PGPILOT).
# Nothing else should run on the machine meanwhile. Fails on nothing but a run that could not be
# carried out. Follows PGPILOT_LAB_INSTANCE.
set -uo pipefail
baseline=${1:?usage: bench-idle-cpu.sh BASELINE_PGPILOT PGPILOT}
pgpilot=${2:?usage: bench-idle-cpu.sh BASELINE_PGPILOT PGPILOT}
rounds=${BENCH_ROUNDS:-5}
window=${BENCH_WINDOW:-20}
bench=$(cd "$(dirname "$0")" && pwd)
here=$(cd "$bench/../lab" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-idle.XXXXXX)
TEST=bench-idle-cpu
. "$here/ops-lib.sh"
trap 'ops_finish >/dev/null' EXIT
ops_setup || exit 1
read -r -a node_names <<<"$LAB_NODE_NAMES"
# The nodes' cgroups (v2): the parent of "<lab>/<node>/supervisor", where the lab put nspawn.
cgpath=$(sed -n 's/^0:://p' "/proc/$(cat "$LAB_STATE/nodes/${node_names[0]}/nspawn.pid")/cgroup")
cgroot=/sys/fs/cgroup/unified$(dirname "$(dirname "$cgpath")")
[ -r "$cgroot/${node_names[0]}/cpu.stat" ] || { echo "bench-idle-cpu: no cgroup v2 cpu.stat under $cgroot"; exit 1; }

# measure LABEL: BENCH_ROUNDS windows; per window the share of one core each node and each unit
# of its system.slice used (the time is taken around the reads: a loaded host reads slowly).
measure() {
  local label=$1 r
  for r in $(seq "$rounds"); do
    python3 - "$cgroot" "$window" "$label" "$r" "${node_names[@]}" >>"$work/samples" <<'EOF2'
import glob, sys, time
root, window, label, rnd = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]
nodes = sys.argv[5:]  # the lab's other cgroups (its package mirror) are not the cluster's
def snap():
    d = {}
    for f in [p for n in nodes for p in [root + "/" + n + "/cpu.stat"] + glob.glob(root + "/" + n + "/payload/system.slice/*/cpu.stat")]:
        key = f[len(root) + 1:-len("/cpu.stat")].replace("payload/system.slice/", "")
        for line in open(f):
            if line.startswith("usage_usec "):
                d[key if "/" in key else key + "/total"] = int(line.split()[1])
    return d, time.monotonic()
a, ta = snap()
time.sleep(window)
b, tb = snap()
for k in sorted(b):
    if k in a:
        print(label, rnd, k, "%.1f" % (100.0 * (b[k] - a[k]) / 1e6 / (tb - ta)))
EOF2
  done
  python3 - "$work/samples" "$label" <<'EOF2'
import collections, statistics, sys
label = sys.argv[2]
per = collections.defaultdict(list)
tot = collections.defaultdict(float)
for line in open(sys.argv[1]):
    l, r, key, pct = line.split()
    if l == label:
        per[key].append(float(pct))
        if key.endswith("/total"):
            tot[r] += float(pct)
sums = list(tot.values())
print("%s: cluster, %% of one core, per window: %s; median %.1f" % (
    label, " ".join("%.1f" % s for s in sums), statistics.median(sums)))
units = collections.defaultdict(list)
for key, values in sorted(per.items()):
    units[key.split("/", 1)[1]].append(statistics.median(values))
for unit, meds in sorted(units.items(), key=lambda kv: -sum(kv[1])):
    if unit == "total" or sum(meds) >= 0.5:
        print("%s:   %-34s median per node %s" % (label, unit, " ".join("%.1f" % m for m in meds)))
EOF2
}

healthy() { wait_status 120 "$1: healthy, VIP on a primary" 's["healthy"] and s["vip_holder"]!=""'; }

for side in baseline new; do
  bin=$baseline
  [ "$side" = new ] && bin=$pgpilot
  if "$bin" apply "$LAB_CLUSTER_FILE" --phase 4 "${args[@]}" >"$work/apply-$side.log" 2>&1; then
    ok "$side: phase 4 applied by $bin"
  else
    bad "$side: phase 4 by $bin: $(tail -n 5 "$work/apply-$side.log")"
    exit 1
  fi
  healthy "$side" || exit 1
  sleep 5 # let the restarts' own work settle
  measure "$side"
done
