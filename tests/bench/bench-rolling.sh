#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rolling operations benchmark (issue 20, item 6): the write outage clients see during a rolling
# restart and a rolling minor upgrade, beside the baseline measured in the same run on the same
# lab: one planned `pgpilot switchover` (the issue's bound: "no more than one switchover's").
#   rounds of   a switchover (alternating targets), then a rolling restart    BENCH_N (3)
#   rounds of   fixture restored, the lab's updates repository enabled, `pgpilot upgrade
#               --packages postgresql,repmgr,haproxy,keepalived`                BENCH_N_UPGRADE (3)
# Each under tests/lab/tools/clientprobe through VIP:5000: its longest time without an
# acknowledged commit, and pgpilot's own probe (longest and total). Every sample is printed and
# appended to BENCH_RESULTS as measured; medians at the end. Fails only when a run could not be
# carried out.
#   tests/bench/bench-rolling.sh PGPILOT_BINARY
# Needs the lab up and the built-cluster fixture. Follows PGPILOT_LAB_INSTANCE.
set -uo pipefail
pgpilot=${1:?usage: bench-rolling.sh PGPILOT_BINARY}
# an ASan build's leak report at exit (OpenSSL's) would turn a verified operation's exit status into 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
n=${BENCH_N:-3}
n_upgrade=${BENCH_N_UPGRADE:-3}
results=${BENCH_RESULTS:-/tmp/pgpilot-bench-rolling.$(date +%Y%m%d-%H%M%S).txt}
bench=$(cd "$(dirname "$0")" && pwd)
here=$(cd "$bench/../lab" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-rolling.XXXXXX)
TEST=bench-rolling
. "$here/ops-lib.sh"
trap '"$lab" updates disable >/dev/null 2>&1; ops_finish >/dev/null; exit 0' EXIT
samples=$work/samples
: >"$samples"
record() { echo "$*" | tee -a "$samples" "$results"; }

# measure KIND pgpilot-args...: one operation under the writer; records one sample line.
measure() {
  local kind=$1
  shift
  "$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp.log" 2>&1 \
    || { echo "bench-rolling: clientprobe start failed: $(tail -n 3 "$work/cp.log")"; return 1; }
  "$pgpilot" "$@" --yes --json "${args[@]}" >"$work/op.json" 2>"$work/op.err"
  local rc=$?
  "$probe" stop --out "$work/cp" >/dev/null 2>&1
  "$probe" report --out "$work/cp" --json >"$work/report.json" 2>/dev/null
  local client lost total
  client=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("write_outage_ms"))' "$work/report.json" 2>/dev/null)
  total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("write_outage_total_ms"))' "$work/report.json" 2>/dev/null)
  lost=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("missing"))' "$work/report.json" 2>/dev/null)
  record "sample $kind ok=$([ $rc = 0 ] && echo 1 || echo 0) client_outage_ms=$client client_total_ms=$total lost=$lost probe_longest_ms=$(result "$work/op.json" 'r.get("write_outage_ms")') probe_total_ms=$(result "$work/op.json" 'r.get("total_write_outage_ms")') duration_ms=$(result "$work/op.json" 'r.get("duration_ms")')"
  [ $rc = 0 ] || echo "bench-rolling: $kind failed: $(result "$work/op.json" 'r.get("summary")') $(tail -n 3 "$work/op.err")"
}

restore() {
  ops_setup >/dev/null || { echo "bench-rolling: fixture restore failed"; exit 1; }
  wait_status 90 "healthy" 's["healthy"]' >/dev/null
}

eval "$("$lab" env)" || { echo "bench-rolling: the lab is not up"; exit 1; }
record "# bench-rolling $(date -u +%FT%TZ) on $(hostname): $(nproc) cores, lab $LAB_OS, $pgpilot"
restore
primary=pg1
for ((i = 1; i <= n; i++)); do
  target=$([ "$primary" = pg1 ] && echo pg2 || echo pg1)
  measure switchover switchover "$LAB_CLUSTER_FILE" --to "$target" && primary=$target
  wait_status 60 "healthy" 's["healthy"]' >/dev/null
  measure rolling-restart rolling-restart "$LAB_CLUSTER_FILE"
  primary=$(status_json | field "$ONLY_PRIMARY")
  wait_status 60 "healthy" 's["healthy"]' >/dev/null
done
for ((i = 1; i <= n_upgrade; i++)); do
  restore
  "$lab" updates enable >/dev/null 2>&1 || { echo "bench-rolling: lab updates enable failed"; exit 1; }
  measure upgrade upgrade "$LAB_CLUSTER_FILE" --packages postgresql,repmgr,haproxy,keepalived
done

python3 - "$samples" <<'EOF' | tee -a "$results"
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    if not line.startswith("sample "):
        continue
    f = line.split()
    kv = dict(x.split("=", 1) for x in f[2:])
    rows.setdefault(f[1], []).append(kv)
for kind, rs in rows.items():
    def med(key):
        vals = [int(r[key]) for r in rs if r.get(key, "None").lstrip("-").isdigit() and int(r[key]) >= 0]
        return "%d (%s)" % (statistics.median(vals), ", ".join(map(str, vals))) if vals else "-"
    print("median %-16s n=%d ok=%d lost=%s client_outage_ms=%s client_total_ms=%s probe_longest_ms=%s probe_total_ms=%s duration_ms=%s" % (
        kind, len(rs), sum(r.get("ok") == "1" for r in rs), sum(int(r.get("lost", "0") or 0) for r in rs if r.get("lost", "None").isdigit()),
        med("client_outage_ms"), med("client_total_ms"), med("probe_longest_ms"), med("probe_total_ms"), med("duration_ms")))
EOF
