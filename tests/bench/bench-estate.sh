#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The ops room's cost and speed, for docs/performance.md (issue 18, item 6), on the lab's built
# cluster:
#  1. bench_estate: the watcher and the estate wall on CLUSTERS copies of the lab's worksheet (each
#     its own cluster name and secrets, all polling the lab's three real nodes every second):
#     CPU, RSS, disk written per day (the history), the longest GUI stall; the watcher on one
#     cluster is the baseline of the same run. BENCH_ROUNDS rounds of BENCH_SECONDS each.
#  2. crash to webhook: BENCH_CRASHES times, the primary's node is crashed while `pgpilot watch`
#     runs twice beside it with a local webhook receiver each: with the default grouping (critical
#     at once) and with the previous setting (--group-critical: the 1 s group wait for critical
#     alarms too) as the baseline; per crash the time
#     from the snapshot where the monitor first saw an alarm to the webhook's arrival. The crashed
#     node is rejoined after each round, so the cluster is left as found.
#  (between them) `pgpilot watch` as a process on the same copies, its CPU from /proc, beside
#     BENCH_BASELINE_PGPILOT (an earlier build) when given.
#   tests/bench/bench-estate.sh BENCH_ESTATE_BINARY PGPILOT_BINARY [CLUSTERS=10]
# Build both in release (cmake --preset release && cmake --build --preset release --target
# bench_estate pgpilot) for the CPU figures. Needs the lab up and the built-cluster fixture. Nothing
# else should run on the machine meanwhile. Fails on nothing but a run that could not be carried out.
set -uo pipefail
bench_estate=${1:?usage: bench-estate.sh BENCH_ESTATE_BINARY PGPILOT_BINARY [CLUSTERS]}
pgpilot=${2:?usage: bench-estate.sh BENCH_ESTATE_BINARY PGPILOT_BINARY [CLUSTERS]}
clusters=${3:-10}
rounds=${BENCH_ROUNDS:-3}
seconds=${BENCH_SECONDS:-60}
crashes=${BENCH_CRASHES:-5}
bench=$(cd "$(dirname "$0")" && pwd)
here=$(cd "$bench/../lab" && pwd)
lab=$here/lab
work=$(mktemp -d /tmp/pgpilot-bench-estate.XXXXXX)
TEST=bench-estate
. "$here/ops-lib.sh"
watch_pids=()
receiver_pids=()
cleanup() {
  local p
  for p in "${watch_pids[@]}" "${receiver_pids[@]}"; do kill -TERM "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  ops_finish >/dev/null
}
trap cleanup EXIT
ops_setup || exit 1
# The history and everything else pgpilot writes go to this run's own data directory (the
# worksheet names its known_hosts file, so host keys are still verified).
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache QT_QPA_PLATFORM=offscreen

if [ "${BENCH_SKIP_ESTATE:-0}" != 1 ]; then
  files=()
  cp "$secrets" "$work/estate-secrets" && chmod 600 "$work/estate-secrets"
  name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$LAB_CLUSTER_FILE")
  for i in $(seq -w 1 "$clusters"); do
    python3 - "$LAB_CLUSTER_FILE" "$work/estate-$i.json" "$name$i" <<'PY' || exit 1
import json, sys
spec = json.load(open(sys.argv[1]))
spec["name"] = sys.argv[3]
json.dump(spec, open(sys.argv[2], "w"), indent=2)
PY
    # Each entry under the copy's name; a value may span lines (keys, certificates: the lines
    # up to the next "pgpilot:" entry belong to it, as FileSecretStore reads them).
    python3 - "$secrets" "$name" "$name$i" >>"$work/estate-secrets" <<'PY' || exit 1
import re, sys
text = open(sys.argv[1]).read()
old, new = "pgpilot:%s:" % sys.argv[2], "pgpilot:%s:" % sys.argv[3]
entries = re.split(r"(?m)^(?=pgpilot:[^=\n]*=)", text)
sys.stdout.write("".join(new + e[len(old):] for e in entries if e.startswith(old)))
PY
    files+=("$work/estate-$i.json")
  done
  # Every copy must really poll (its secrets complete, its TLS verified): a status of the last one.
  "$pgpilot" status "${files[-1]}" --json --secrets-file "$work/estate-secrets" 2>"$work/estate-status.err" | tail -n 1 >"$work/estate-status.json"
  reach=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(sum(1 for n in s["nodes"] if n["postgres"].get("reachable")))' "$work/estate-status.json" 2>/dev/null)
  [ "$reach" = 3 ] || { echo "the copy ${files[-1]} does not reach PostgreSQL on every node (reachable: ${reach:-none}): $(tail -n 2 "$work/estate-status.err")"; exit 1; }
  echo "== estate: the watcher and the wall on $clusters clusters of 3 nodes at 1 s, $rounds round(s) of $seconds s"
  # BENCH_WRAP: a profiler to run it under (e.g. "perf record -g -o FILE --").
  ${BENCH_WRAP:-} "$bench_estate" "$seconds" "$rounds" "$work/estate-secrets" "${files[@]}" 2>"$work/bench_estate.err" \
    || { echo "bench_estate failed: $(tail -n 5 "$work/bench_estate.err")"; exit 1; }
  du -sk "$XDG_DATA_HOME" 2>/dev/null | awk '{print "history and data on disk after the run: " $1 " KiB"}'
fi

# `pgpilot watch` itself on the same CLUSTERS copies, its CPU read from /proc (user + system, the
# whole process with every thread) over BENCH_SECONDS after a 5 s warm-up, BENCH_ROUNDS rounds.
# BENCH_BASELINE_PGPILOT: an earlier build's binary measured in the same rounds, one after the
# other (never both at once), as the baseline.
if [ "${BENCH_SKIP_ESTATE:-0}" != 1 ] && [ "${BENCH_SKIP_WATCH:-0}" != 1 ]; then
  echo "== pgpilot watch on $clusters clusters of 3 nodes at 1 s: CPU from /proc, $rounds round(s) of $seconds s"
  hz=$(getconf CLK_TCK)
  cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
  measure_watch() { # LABEL BINARY ROUND
    local label=$1 binary=$2 round=$3 pid t0 c0 t1 c1 rss deadline
    XDG_DATA_HOME=$work/data-watch-$label "$binary" watch "${files[@]}" --secrets-file "$work/estate-secrets" \
      >"$work/watch-$label.out" 2>"$work/watch-$label.err" &
    pid=$!
    watch_pids+=("$pid")
    deadline=$(($(date +%s) + 60))
    until [ "$(grep -c "^watching " "$work/watch-$label.err" 2>/dev/null)" -ge 1 ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.2; done
    grep -q "^watching " "$work/watch-$label.err" || { echo "pgpilot watch ($label) did not start: $(tail -n 3 "$work/watch-$label.err")"; return 1; }
    sleep 5 # warm-up: the connections made, the first reads of the nodes' event files done
    t0=$(date +%s%N) c0=$(cpu_ticks "$pid")
    # BENCH_PROFILE=PREFIX: perf records the process meanwhile (its figures then include perf's cost).
    if [ -n "${BENCH_PROFILE:-}" ]; then
      perf record -q -F 1000 --call-graph dwarf,16384 -p "$pid" -o "$BENCH_PROFILE-$label-$round.data" -- sleep "$seconds" >/dev/null 2>&1
    else
      sleep "$seconds"
    fi
    t1=$(date +%s%N) c1=$(cpu_ticks "$pid")
    rss=$(awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$pid/status")
    kill -TERM "$pid" && wait "$pid" 2>/dev/null
    python3 -c 'import sys; c0,c1,t0,t1,hz=map(float,sys.argv[1:6]); print("watch-process %-9s round %s cpu=%5.2f%% of one core  rss=%s MiB" % (sys.argv[6], sys.argv[7], 100*(c1-c0)/hz/((t1-t0)/1e9), sys.argv[8]))' \
      "$c0" "$c1" "$t0" "$t1" "$hz" "$label" "$round" "$rss" | tee -a "$work/watch-process.txt"
  }
  for r in $(seq "$rounds"); do
    if [ -n "${BENCH_BASELINE_PGPILOT:-}" ]; then
      measure_watch baseline "$BENCH_BASELINE_PGPILOT" "$r" || exit 1
    fi
    measure_watch current "$pgpilot" "$r" || exit 1
  done
  python3 - "$work/watch-process.txt" <<'PY'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r"watch-process (\S+)\s+round \d+ cpu=\s*([\d.]+)%", line)
    if m:
        runs.setdefault(m.group(1), []).append(float(m.group(2)))
for label, cpu in runs.items():
    print("median watch-process %-9s cpu=%.2f%% of one core over %d rounds (%s)"
          % (label, statistics.median(cpu), len(cpu), ", ".join("%.2f" % c for c in cpu)))
PY
fi

[ "$crashes" -gt 0 ] || exit 0
echo "== crash to webhook: $crashes crash(es) of the primary; pgpilot watch with the default grouping and with --group-critical (the previous setting)"
start_watch() { # LABEL EXTRA_ARGS...
  local label=$1
  shift
  "$here/tools/webhook-receiver" --out "$work/hooks-$label.jsonl" --port-file "$work/hook-$label.port" >"$work/receiver-$label.log" 2>&1 &
  receiver_pids+=($!)
  local deadline=$(($(date +%s) + 10))
  until [ -s "$work/hook-$label.port" ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.1; done
  XDG_DATA_HOME=$work/data-$label "$pgpilot" watch "$LAB_CLUSTER_FILE" --webhook "http://127.0.0.1:$(cat "$work/hook-$label.port")/hook" \
    --clear-hold 10 --json --secrets-file "$secrets" "$@" >"$work/watch-$label.out" 2>"$work/watch-$label.err" &
  watch_pids+=($!)
  deadline=$(($(date +%s) + 30))
  until grep -q "^watching " "$work/watch-$label.err" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.2; done
  grep -q "^watching " "$work/watch-$label.err" || { echo "pgpilot watch ($label) did not start: $(tail -n 3 "$work/watch-$label.err")"; exit 1; }
}
start_watch default
start_watch baseline --group-wait 1 --group-critical
for r in $(seq "$crashes"); do
  status_value primary 60 "the primary before crash $r" "$ONLY_PRIMARY" || exit 1
  crash_node "$primary" || { echo "could not crash $primary"; exit 1; }
  wait_status 90 "crash $r: a standby promoted" \
    '[n["name"] for n in s["nodes"] if n["state"]=="primary"] not in ([], ["'"$primary"'"]) and s["vip_holder"]==s["write_target"]!=""' || exit 1
  boot_node "$primary" || { echo "$primary did not boot"; exit 1; }
  "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node "$primary" --yes --json "${args[@]}" >"$work/rejoin-$r.json" 2>"$work/rejoin-$r.err" \
    || { echo "rejoin of $primary failed: $(tail -n 3 "$work/rejoin-$r.err")"; exit 1; }
  wait_status 90 "crash $r: $primary streams again, no alarm" \
    'len([n for n in s["nodes"] if n["state"]=="primary"])==1 and all(n["state"] in ("primary","standby") for n in s["nodes"]) and not s["alarms"]' || exit 1
  # Both watchers resolved this round's incident (clear hold 10 s).
  deadline=$(($(date +%s) + 60))
  # (a firing message lists its cleared alerts as resolved too: count the messages' own state)
  resolved() { python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["body"].get("state") == "resolved"))' "$1" 2>/dev/null || echo 0; }
  until [ "$(resolved "$work/hooks-default.jsonl")" -ge "$r" ] && [ "$(resolved "$work/hooks-baseline.jsonl")" -ge "$r" ] \
    || [ "$(date +%s)" -ge "$deadline" ]; do sleep 0.5; done
  [ "$(resolved "$work/hooks-default.jsonl")" -ge "$r" ] || { echo "crash $r: the incident was not resolved within 60 s"; exit 1; }
done
python3 - "$work/hooks-default.jsonl" "$work/hooks-baseline.jsonl" <<'PY'
import datetime, json, statistics, sys
for path, label in zip(sys.argv[1:], ("default", "baseline --group-critical")):
    ms = []
    seen = set()
    for line in open(path):
        r = json.loads(line)
        b = r["body"]
        # The first message of each incident (opened; a crash whose first alarm was a warning may
        # be told first as a warning, then escalated: the first one counts).
        if b.get("state") == "firing" and b.get("incident") not in seen:
            seen.add(b.get("incident"))
            opened = datetime.datetime.fromisoformat(b["opened_at"].replace("Z", "+00:00")).timestamp()
            ms.append((r["received"] - opened) * 1000)
    if ms:
        print("crash to webhook, %-24s per crash %s ms; median %.0f ms (from the snapshot where the monitor first saw an alarm)"
              % (label, " ".join("%.0f" % m for m in ms), statistics.median(ms)))
    else:
        print("crash to webhook, %s: no notification received" % label)
PY
