#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Backup benchmark on the lab, for docs/performance.md (issue 19, item 6): pgBackRest's backup and
# restore throughput, and what a full backup does to the primary's write latency, measured side by
# side in one run on one lab:
#   idle      a window with no backup (the baseline)
#   plain     full backups read from a standby, pgBackRest at normal priority on the node (the
#             setting before pgbackrest-background: the nodes' wrapper replaced by a plain exec for
#             the window, put back after it)
#   standby   the same as phase 6 configures it: pgBackRest on the node under pgbackrest-background
#             (nice 10, lowest best-effort I/O priority)
#   primary   the same full backup with --backup-standby=n (files read from the primary: the
#             setting without pgpilot's choice)
# Every window lasts BENCH_WINDOW seconds (default 40); in the backup windows full backups run
# back to back for the whole window, so every latency sample is taken under a backup's load.
# A write load runs through every window: pgbench's TPC-B-like transactions at a fixed rate
# (BENCH_TPS, default 100, 2 clients) on the primary's local socket (no new role needed), so a
# backup's I/O on the primary shows in the latency; p50/p99 from pgbench's per-transaction log.
# Backup throughput is the median over a window's backups of pgBackRest's info.size (the
# database) over the backup's own start-stop; restore throughput is
# the same size over the restore drill's restore time (pgbackrest restore into the scratch cluster
# on the repository host, immediate recovery). BENCH_ROUNDS (default 3) rounds, medians at the end;
# every sample printed as measured.
#   tests/bench/bench-backup.sh PGPILOT_BINARY
# Brings up its own state: the lab with a backup host, the built-cluster fixture, phase 6, and
# pgbench's tables at BENCH_SCALE (default 100, about 1.5 GB: a backup takes long enough for
# pgBackRest's whole-second timestamps and for the latency windows). Takes the backup host away at the end.
# NOTE: on this lab every node and the backup host share the machine's CPUs and disk: a backup
# read from a standby still competes with the primary for them. Read the figures with that in mind.
set -uo pipefail
pgpilot=${1:?usage: bench-backup.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab/lab
rounds=${BENCH_ROUNDS:-3}
scale=${BENCH_SCALE:-100}
tps=${BENCH_TPS:-100}
work=$(mktemp -d /tmp/pgpilot-bench-backup.XXXXXX)
results=${BENCH_RESULTS:-/tmp/pgpilot-bench-backup.$(date +%s).txt}
say() { echo "$*" | tee -a "$results"; }
die() {
  say "bench-backup: ERROR: $*"
  exit 1
}
finish() {
  priority background >/dev/null 2>&1
  "$lab" up --no-backup-host >/dev/null 2>&1
  rm -rf "$work"
}
trap finish EXIT

"$lab" up --backup-host >"$work/up.log" 2>&1 || die "lab up: $(tail -n 3 "$work/up.log")"
eval "$("$lab" env)"
secrets=$work/secrets
args=(--secrets-file "$secrets" --state-dir "$work/state")
"$here/../lab/cluster-fixture.sh" restore "$secrets" "$pgpilot" --backup-host >"$work/restore.log" 2>&1 \
  || die "fixture: $(tail -n 3 "$work/restore.log")"
"$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 6 "${args[@]}" >"$work/phase6.log" 2>&1 || die "phase 6: $(tail -n 5 "$work/phase6.log")"
primary=$("$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$secrets" 2>/dev/null | tail -n 1 \
  | python3 -c 'import json,sys; s=json.load(sys.stdin); print([n["name"] for n in s["nodes"] if n["state"]=="primary"][0])')
bin=/usr/lib/postgresql/$LAB_PG_VERSION/bin
pg() { "$lab" exec "$1" runuser -u postgres -- "${@:2}"; }
pg "$primary" "$bin/pgbench" -i -q -s "$scale" postgres >"$work/init.log" 2>&1 || die "pgbench -i: $(tail -n 3 "$work/init.log")"
dbmb=$(pg "$primary" "$bin/psql" -XAtc "SELECT pg_database_size('postgres') / 1048576" postgres)
say "bench-backup: $LAB_OS, PostgreSQL $LAB_PG_VERSION, $(pg "$primary" pgbackrest version), pgbench scale $scale ($dbmb MB), $tps tx/s by 2 clients on $primary's socket, $rounds rounds, $(nproc) CPUs shared by all hosts"

client=$primary
load() { # $1 seconds, $2 label: runs pgbench with a per-transaction log; prints p50 p99 ms tx
  local secs=$1 label=$2 dir
  dir=/tmp/pgpilot-bench-$label
  "$lab" exec "$client" sh -c "rm -rf $dir && mkdir -p $dir && chown postgres $dir" >/dev/null
  # its PID in the directory: stopped by that PID when the backup it accompanies is over
  pg "$client" sh -c "cd $dir && echo \$\$ >pid && exec $bin/pgbench -n -c 2 -j 2 -R $tps -T $secs -l postgres" >"$work/$label.pgbench" 2>&1
  "$lab" exec "$client" sh -c "cat $dir/pgbench_log.*" | python3 -c 'import sys
lat = sorted(int(l.split()[2]) for l in sys.stdin if len(l.split()) > 2)
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] / 1000.0 if lat else float("nan")
print("%.2f %.2f %d" % (q(0.50), q(0.99), len(lat)))'
}
window=${BENCH_WINDOW:-40}
wrapper=/usr/local/lib/pgpilot/pgbackrest-background
priority() { # plain | background: what the repository host's SSH runs on the nodes
  local n
  for n in $LAB_NODE_NAMES; do
    if [ "$1" = plain ]; then
      "$lab" exec "$n" sh -c "cp -n $wrapper $wrapper.bench && printf '#!/bin/sh\nexec /usr/bin/pgbackrest \"\$@\"\n' >$wrapper"
    else
      "$lab" exec "$n" sh -c "[ ! -e $wrapper.bench ] || mv -f $wrapper.bench $wrapper"
    fi
  done
}
backups() { # $1 extra options: full backups back to back until $work/stop exists
  while [ ! -e "$work/stop" ]; do
    "$lab" exec backup runuser -u pgbackrest -- pgbackrest --stanza=lab --type=full $1 backup >>"$work/backup.log" 2>&1 || sleep 1
  done
}
rates() { # $1 epoch: count, median seconds, size MB and median MB/s of the full backups started since
  "$lab" exec backup runuser -u pgbackrest -- pgbackrest --stanza=lab --output=json info | python3 -c 'import json,statistics,sys
since = int(sys.argv[1])
bs = [b for b in json.load(sys.stdin)[0]["backup"] if b["timestamp"]["start"] >= since]
if not bs:
    print("0 nan nan nan"); sys.exit()
secs = [max(1, b["timestamp"]["stop"] - b["timestamp"]["start"]) for b in bs]
mb = bs[-1]["info"]["size"] / 1048576.0
print("%d %.1f %.0f %.1f" % (len(bs), statistics.median(secs), mb, statistics.median([b["info"]["size"] / 1048576.0 / s for b, s in zip(bs, secs)])))' "$1"
}

declare -A col
add() { col[$1]="${col[$1]:-} $2"; }
kinds="idle plain standby primary"
for r in $(seq 1 "$rounds"); do
  # Every window is as long (BENCH_WINDOW s); in the backup windows full backups run back to back
  # for the whole window, so the latency samples all fall under a backup's load.
  for kind in $kinds; do
    if [ "$kind" = idle ]; then
      read -r p50 p99 n < <(load "$window" "$kind-$r")
      say "round $r $kind: ${window}s window, p50 ${p50} ms, p99 ${p99} ms ($n tx)"
    else
      opt=""
      case $kind in
        plain) priority plain ;; # the previous setting: pgBackRest at normal priority on the node
        standby) priority background ;; # phase 6's: pgbackrest-background on the node
        primary) opt="--backup-standby=n" ;;
      esac
      rm -f "$work/stop"
      since=$(date +%s)
      backups "$opt" &
      bp=$!
      read -r p50 p99 n < <(load "$window" "$kind-$r")
      touch "$work/stop"
      wait "$bp"
      read -r count s mb rate < <(rates "$since")
      say "round $r $kind: ${window}s window, $count full backups (median ${s}s, ${mb} MB, ${rate} MB/s); writes p50 ${p50} ms, p99 ${p99} ms ($n tx)"
      add "$kind-mbs" "$rate"
    fi
    add "$kind-p50" "$p50"
    add "$kind-p99" "$p99"
  done
  "$lab" exec backup /usr/local/lib/pgpilot/pgpilot-restore-drill --stanza lab --pg-version "$LAB_PG_VERSION" >"$work/drill.log" 2>&1
  read -r rs rmb < <(grep '^drill-result ' "$work/drill.log" | sed 's/^drill-result //' | python3 -c 'import json,sys
r = json.load(sys.stdin); print(r.get("restoreSeconds", "nan"), "%.0f" % (r["backup"]["size"] / 1048576.0))')
  rrate=$(python3 -c "print('%.1f' % ($rmb / max($rs, 0.1)))")
  say "round $r restore drill: restore ${rs}s, ${rmb} MB, ${rrate} MB/s ($(grep -o '"seconds": [0-9.]*' "$work/drill.log") in all)"
  add restore-mbs "$rrate"
done
med() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:] if x != "nan"]; print("%.2f" % statistics.median(v) if v else "nan")' "$@"; }
say "medians over $rounds rounds:"
for k in idle-p50 idle-p99 plain-p50 plain-p99 standby-p50 standby-p99 primary-p50 primary-p99 plain-mbs standby-mbs primary-mbs restore-mbs; do
  say "  $k $(med ${col[$k]})   (samples:${col[$k]})"
done
say "results in $results"
