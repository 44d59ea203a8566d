#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the synchronous default costs a writer, for docs/performance.md: p50 and p99 of a one-row
# INSERT (its own transaction, one connection kept open) through VIP:5000 on the built lab
# cluster, with the cluster's synchronous quorum ("sync") and with synchronous_standby_names
# emptied on the primary ("async", as `replication.mode: async` and the guide render it). The
# modes alternate ROUNDS times on the same cluster, so that a noisy neighbour hits both; every
# sample is printed (and appended to RESULTS_FILE), then the medians of the rounds.
#   tests/bench/bench-latency.sh PGPILOT_BINARY [ROUNDS=5] [ROWS=500] [RESULTS_FILE]
# Needs the lab up and the built-cluster fixture (tests/lab/cluster-fixture.sh build PGPILOT);
# restores the fixture first. Follows PGPILOT_LAB_INSTANCE. The primary's setting is changed only
# with ALTER SYSTEM and reset (ALTER SYSTEM RESET, reload) in every exit path.
# Driver: psycopg2 from Debian's python3-psycopg2 (scripts/install-deps.sh lab), as clientprobe.
set -uo pipefail
pgpilot=${1:?usage: bench-latency.sh PGPILOT_BINARY [ROUNDS] [ROWS] [RESULTS_FILE]}
rounds=${2:-5}
rows=${3:-500}
results=${4:-/dev/null}
here=$(cd "$(dirname "$0")/../lab" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
work=$(mktemp -d /tmp/pgpilot-bench-latency.XXXXXX)
TEST=bench-latency
. "$here/ops-lib.sh"
prim="" changed=false
psql_prim() { "$lab" exec "$prim" runuser -u postgres -- psql -XAtq -c "$1" 2>&1; }
# sync_states: the primary's standbys' sync_state, sorted ("async,async" or "quorum,quorum").
sync_states() { psql_prim "SELECT string_agg(sync_state, ',' ORDER BY sync_state) FROM pg_stat_replication"; }
# set_sync on|off: ALTER SYSTEM on the primary, reload, and wait (deadline 30 s) until its
# walsenders report the new sync_state for every standby: the reload reaches the walsenders
# asynchronously, and a commit before that would still wait for a standby.
set_sync() {
  local sql want deadline=$(($(date +%s) + 30)) st
  if [ "$1" = off ]; then
    sql="ALTER SYSTEM SET synchronous_standby_names = ''" want='^async(,async)*$'
    changed=true
  else
    sql="ALTER SYSTEM RESET synchronous_standby_names" want='^(quorum|sync)(,(quorum|sync))*$'
  fi
  psql_prim "$sql" >/dev/null && psql_prim "SELECT pg_reload_conf()" >/dev/null || {
    echo "bench-latency: $sql on $prim failed: $(psql_prim "$sql")"
    return 1
  }
  while :; do
    st=$(sync_states)
    [[ "$st" =~ $want ]] && { [ "$1" = on ] && changed=false; return 0; }
    [ "$(date +%s)" -ge "$deadline" ] && { echo "bench-latency: synchronous replication $1: sync_state on $prim is '$st' after 30 s"; return 1; }
    sleep 0.2
  done
}
cleanup() {
  $changed && { set_sync on || echo "bench-latency: WARNING: synchronous_standby_names on $prim may still be empty"; }
  ops_finish >/dev/null
}
trap 'cleanup; exit $rc' EXIT
trap 'rc=130; exit 130' INT TERM
rc=1
ops_setup >/dev/null || { echo "bench-latency: fixture restore failed: $(tail -n 3 "$work/restore.log")"; exit 1; }
wait_status 90 "healthy" 's["healthy"]' >/dev/null || { echo "bench-latency: the restored cluster is not healthy: $(status_json | status_describe)"; exit 1; }
status_value prim 30 "the primary" "$ONLY_PRIMARY" >/dev/null || exit 1

measure() { # prints "p50_ms p99_ms" of ROWS one-row commits through VIP:5000
  /usr/bin/python3 - "$LAB_CLUSTER_FILE" "$secrets" "$rows" <<'PY'
import json, math, sys, time
import psycopg2
spec = json.load(open(sys.argv[1]))
key = spec.get("repmgrPasswordRef") or "pgpilot:%s:repmgr-password" % spec["name"]
password = [l.rstrip("\n").split("=", 1)[1] for l in open(sys.argv[2]) if l.split("=", 1)[0] == key][0]
rows = int(sys.argv[3])
dsn = dict(host=spec["network"]["vip"], port=int(spec.get("ports", {}).get("write", 5000)), user="repmgr",
           password=password, connect_timeout=5, application_name="bench-latency")
c = psycopg2.connect(dbname="postgres", **dsn)
c.autocommit = True
cur = c.cursor()
cur.execute("SELECT 1 FROM pg_database WHERE datname = 'benchlat'")
if not cur.fetchone():
    cur.execute("CREATE DATABASE benchlat")
c.close()
c = psycopg2.connect(dbname="benchlat", **dsn)
c.autocommit = True
cur = c.cursor()
cur.execute("CREATE TABLE IF NOT EXISTS t (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())")
# pgpilot sets synchronous_commit = local for the repmgr role (its own writes): a client of the
# cluster has the server's default, on
cur.execute("SET synchronous_commit = on")
for _ in range(20):  # warm-up: plan cache, connection through HAProxy
    cur.execute("INSERT INTO t DEFAULT VALUES")
lat = []
for _ in range(rows):
    t0 = time.perf_counter()
    cur.execute("INSERT INTO t DEFAULT VALUES")
    lat.append((time.perf_counter() - t0) * 1000)
lat.sort()
p = lambda q: lat[max(0, math.ceil(q * len(lat)) - 1)]  # nearest rank
print("%.2f %.2f" % (p(0.50), p(0.99)))
PY
}
sync_names=$(psql_prim "SHOW synchronous_standby_names")
echo "== write latency: one-row INSERT commits through VIP:5000 (primary $prim), $rows per sample, $rounds rounds"
echo "   sync = synchronous_standby_names '$sync_names' (pgpilot's default); async = '' (the guide's)"
: >"$work/samples"
for r in $(seq 1 "$rounds"); do
  for m in sync async; do
    if [ "$m" = sync ]; then set_sync on || exit 1; else set_sync off || exit 1; fi
    out=$(measure 2>"$work/measure.err") && read -r p50 p99 <<<"$out" || {
      echo "bench-latency: measuring ($m, round $r) failed: $(tail -n 2 "$work/measure.err")"
      exit 1
    }
    echo "latency mode=$m round=$r rows=$rows p50_ms=$p50 p99_ms=$p99" | tee -a "$work/samples" "$results"
  done
done
set_sync on || exit 1
echo "== latency medians of the rounds"
python3 - "$work/samples" <<'PY' | tee -a "$results"
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    mode = re.search(r"mode=(\w+)", line).group(1)
    for k, v in re.findall(r"(p\d+_ms)=([\d.]+)", line):
        rows.setdefault((mode, k), []).append(float(v))
for (mode, k), vs in sorted(rows.items(), key=lambda x: (x[0][0] != "sync", x[0][1])):
    print("latency-median mode=%-5s %-6s %6.2f ms (min %.2f, max %.2f, n=%d)" % (mode, k, statistics.median(vs), min(vs), max(vs), len(vs)))
PY
rc=0
