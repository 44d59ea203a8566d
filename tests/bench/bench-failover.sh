#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Failover outage side by side, for docs/performance.md (issue 14, item 7): the fault suite's
# cases pg-stop, crash and net-cut (tests/lab/faults/faults.sh), N times each in the default mode
# (pgpilot's cluster as built: synchronous quorum, validation gate, quorum fence, health guards)
# and in the guide mode (the same nodes with plain repmgr and the runbook's timers, asynchronous
# replication, no guards: tests/lab/faults/guide-settings.sh). The rounds interleave (round 1 of
# every mode and case, then round 2, ...) so that a noisy neighbour hits both modes alike. Each run
# restores the built cluster itself. Per run: the write outage a client saw through VIP:5000 and
# the acknowledged rows lost (from the JSON figures faults.sh writes, as faults/table.py reads
# them); then per mode and case the median outage (min-max) and the rows lost in total.
#   tests/bench/bench-failover.sh PGPILOT_BINARY [N=5] [RESULTS_FILE]
# BENCH_MODES (default "default guide"), BENCH_CASES (default "pg-stop crash net-cut").
# Every sample is appended to RESULTS_FILE as it is measured; each run's faults.sh output is kept
# in RESULTS_FILE.logs/ (or a temporary directory that is printed). A run the suite calls failed
# (e.g. two writable nodes after a net-cut in guide mode) is still a sample: its figures count,
# and the line says failed=N. Needs the lab up and the built-cluster fixture. Follows
# PGPILOT_LAB_INSTANCE.
set -uo pipefail
pgpilot=${1:?usage: bench-failover.sh PGPILOT_BINARY [N] [RESULTS_FILE]}
n=${2:-5}
results=${3:-}
modes=${BENCH_MODES:-default guide}
cases=${BENCH_CASES:-pg-stop crash net-cut}
faults=$(cd "$(dirname "$0")/../lab/faults" && pwd)/faults.sh
if [ -n "$results" ]; then
  logs=$results.logs
  mkdir -p "$logs" || exit 1
else
  results=/dev/null
  logs=$(mktemp -d /tmp/pgpilot-bench-failover.XXXXXX)
fi
samples=$(mktemp /tmp/pgpilot-bench-failover-samples.XXXXXX)
trap 'rm -f "$samples"' EXIT
echo "== failover: cases {$cases} x modes {$modes}, $n round(s); faults.sh logs in $logs"

# sample_line JSON MODE ROUND RC: one line with the figures of one faults.sh run.
sample_line() {
  python3 - "$@" <<'PY'
import json, sys
path, mode, rnd, rc = sys.argv[1:5]
try:
    r = json.load(open(path))
except (OSError, ValueError):
    r = {}
g = lambda k: r.get(k, "?")
print("failover mode=%s case=%s round=%s rc=%s passed=%s failed=%s outage_ms=%s lost=%s acknowledged=%s "
      "max_writable_5000=%s max_writable_5432=%s old_primary_after=%s dashboard_ms=%s case_s=%s" % (
          mode, g("case"), rnd, rc, g("passed"), g("failed"), g("write_outage_ms"), g("missing"),
          g("acknowledged"), g("max_writable_via_write_port"), g("max_writable_direct"),
          g("old_primary_after"), g("dashboard_ms"), g("duration_s")))
PY
}

for i in $(seq 1 "$n"); do
  for mode in $modes; do
    for c in $cases; do
      dir=$logs/$mode-$c-$i
      rm -rf "$dir"
      mkdir -p "$dir"
      bash "$faults" "$pgpilot" "$c" "$dir" "$mode" >"$dir/faults.log" 2>&1
      rc=$?
      json=$(ls "$dir"/"$c"*.json 2>/dev/null | head -n 1)
      line=$(sample_line "${json:-/nonexistent}" "$mode" "$i" "$rc")
      case $line in *" outage_ms=? "*) line+=" (no figures: $(tail -n 2 "$dir/faults.log" | tr '\n' '|'))" ;; esac
      echo "$line" | tee -a "$samples" "$results"
    done
  done
done

echo "== failover medians (write outage through VIP:5000; acknowledged rows lost, all runs)"
python3 - "$samples" <<'PY' | tee -a "$results"
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    d = dict(re.findall(r"(\w+)=(\S+)", line))
    rows.setdefault((d["mode"], d["case"]), []).append(d)
for (mode, case), ds in rows.items():
    out = [int(d["outage_ms"]) for d in ds if d.get("outage_ms", "?").lstrip("-").isdigit()]
    lost = [int(d["lost"]) for d in ds if d.get("lost", "?").isdigit()]
    acked = [int(d["acknowledged"]) for d in ds if d.get("acknowledged", "?").isdigit()]
    failed = sum(1 for d in ds if d.get("failed") not in ("0",))
    med = "%.1f s (%.1f-%.1f)" % (statistics.median(out) / 1000, min(out) / 1000, max(out) / 1000) if out else "n/a"
    print("failover-median mode=%-7s case=%-8s outage %-20s lost %d of %d acknowledged  runs=%d (figures in %d, %d with a failed check)" % (
        mode, case, med, sum(lost), sum(acked), len(ds), len(out), failed))
PY
