#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Converging the guide's cluster (issue 17), for docs/performance.md: N rounds, each the whole of
# tests/lab/converge-test.sh (guide cluster restored, adopted, phases 1-4 previewed and applied
# under a writer through VIP:5000), then, as the baseline in the same round on the same nodes, one
# planned `pgpilot switchover` on the converged cluster under the same writer: phase 4's outage
# is meant to be one switchover's. Every sample is printed and appended to BENCH_RESULTS (default
# /tmp/pgpilot-bench-converge.<time>.txt); medians at the end. Fails only when a round cannot run.
#   tests/bench/bench-converge.sh PGPILOT_BINARY [ROUNDS=5]
# Needs the lab up and the guide fixture's save (tests/lab/guide-cluster.sh build).
set -uo pipefail
pgpilot=${1:?usage: bench-converge.sh PGPILOT_BINARY [ROUNDS]}
rounds=${2:-5}
results=${BENCH_RESULTS:-/tmp/pgpilot-bench-converge.$(date +%Y%m%d-%H%M%S).txt}
bench=$(cd "$(dirname "$0")" && pwd)
here=$(cd "$bench/../lab" && pwd)
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-converge.XXXXXX)
trap '[ -f "$work/cp/meta.json" ] && "$probe" stop --out "$work/cp" >/dev/null 2>&1; rm -rf "$work"' EXIT
samples=$work/samples
: >"$samples"
record() { echo "$*" | tee -a "$samples" "$results"; }
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

for round in $(seq 1 "$rounds"); do
  keep=$work/round$round
  mkdir -p "$keep"
  if ! CONVERGE_KEEP=$keep bash "$here/converge-test.sh" "$pgpilot" >"$keep/converge.log" 2>&1; then
    echo "bench-converge: round $round: converge-test failed:"; grep -E '^FAIL' "$keep/converge.log"; tail -n 3 "$keep/converge.log"
    exit 1
  fi
  grep -E '^figure converge phase=' "$keep/converge.log" | sed "s/^figure converge /round=$round /" | while read -r line; do record "$line"; done
  for p in 1 2 3 4; do
    ms=$(sed -n "s/^ok    phase $p preview (\([0-9]*\) ms.*/\1/p" "$keep/converge.log")
    record "round=$round preview phase=$p ms=$ms"
  done
  # Baseline: one planned switchover through pgpilot on the converged cluster (pg2 is the primary
  # after phase 4), under the same writer.
  "$probe" start --out "$work/cp" --secrets-file "$keep/secrets" --cluster "$keep/guide.json" >"$keep/cp.log" 2>&1 \
    || { echo "bench-converge: clientprobe start: $(tail -n 3 "$keep/cp.log")"; exit 1; }
  "$pgpilot" switchover "$keep/guide.json" --to pg1 --yes --secrets-file "$keep/secrets" --state-dir "$keep/state" >"$keep/sw.out" 2>&1 \
    || { echo "bench-converge: switchover: $(tail -n 3 "$keep/sw.out")"; exit 1; }
  "$probe" stop --out "$work/cp" >/dev/null 2>&1
  "$probe" report --out "$work/cp" --json --require-no-loss >"$keep/report.json" 2>&1 \
    || { echo "bench-converge: switchover lost writes: $(tail -n 5 "$keep/report.json")"; exit 1; }
  record "round=$round baseline switchover longest_write_gap_ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["write_outage_ms"])' "$keep/report.json")"
done

python3 - "$samples" <<'PY' | tee -a "$results"
import re, statistics, sys
rows = [dict(kv.split("=", 1) for kv in l.split() if "=" in kv) | {"kind": l.split()[1]} for l in open(sys.argv[1])]
def med(xs): return statistics.median(xs) if xs else float("nan")
print("medians over %d rounds:" % len({r["round"] for r in rows}))
for p in "1234":
    ph = [r for r in rows if r["kind"].startswith("phase=") and r.get("phase") == p]
    pv = [r for r in rows if r["kind"] == "preview" and r.get("phase") == p]
    print("  phase %s: duration %.1f s, longest write gap %d ms, preview %d ms (n=%d)" % (
        p, med([float(r["duration_s"]) for r in ph]), med([int(r["longest_write_gap_ms"]) for r in ph]),
        med([int(r["ms"]) for r in pv if r["ms"]]), len(ph)))
sw = [int(r["longest_write_gap_ms"]) for r in rows if r["kind"] == "baseline"]
print("  baseline: a pgpilot switchover on the converged cluster, longest write gap %d ms (n=%d, samples %s)" % (med(sw), len(sw), sw))
PY
