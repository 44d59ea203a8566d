#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The built cluster of tests/lab/cluster-fixture.sh, but with asynchronous replication: the fault
# suite's async mode (faults.sh ... async, or FAULTS_MODE=async) restores it to measure what
# asynchronous replication costs beside the default mode. Kept as the lab save
# cluster-async-<os>; its cluster file is the lab's with "replication": {"mode": "async"}
# (derived again at each restore, because the lab regenerates its own cluster file).
#
#   tests/lab/faults/async-fixture.sh build PGPILOT_BINARY
#       fresh nodes (lab reset), `pgpilot apply --to 4` of the async cluster file, wait until
#       healthy, `lab save cluster-async-<os>`; the secrets file is kept inside the save.
#   tests/lab/faults/async-fixture.sh restore SECRETS_OUT CLUSTER_OUT [PGPILOT_BINARY]
#       nodes back to that cluster, PostgreSQL started on every node (pg1 first); the secrets
#       file to SECRETS_OUT (0600), the async cluster file to CLUSTER_OUT. With PGPILOT_BINARY it
#       also waits until `pgpilot status` shows the cluster healthy (deadline 90 s).
#
# Follows PGPILOT_LAB_INSTANCE like tests/lab/lab. Last line: "async-fixture: ..." with the time.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab
cmd=${1:-}
t0=$(date +%s%N)
ms() { echo $((($(date +%s%N) - t0) / 1000000)); }
die() {
  echo "async-fixture: ERROR: $*" >&2
  exit 1
}

lab_env() {
  local e
  e=$("$lab" env 2>&1) || die "the lab is not up (${e##*$'\n'}); run '$lab up' first"
  eval "$e"
  save=cluster-async-$LAB_OS
  save_dir=$LAB_CACHE/saves${PGPILOT_LAB_INSTANCE:+-$PGPILOT_LAB_INSTANCE}/$save
}

# async_cluster_file OUT: the lab's cluster file with replication.mode async.
async_cluster_file() {
  python3 - "$LAB_CLUSTER_FILE" "$1" <<'EOF' || die "cannot write the async cluster file $1"
import json, sys
spec = json.load(open(sys.argv[1], encoding="utf-8"))
spec.setdefault("replication", {})["mode"] = "async"
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(spec, f, indent=2)
    f.write("\n")
EOF
}

# wait_healthy BINARY SECRETS CLUSTER: pg1 the only primary with VIP and writes, every other node
# streaming, no alarm (deadline 90 s).
wait_healthy() {
  local deadline=$(($(date +%s) + 90)) verdict
  while :; do
    verdict=$("$1" status "$3" --json --secrets-file "$2" 2>/dev/null | tail -n 1 | python3 -c '
import json, sys
try:
    s = json.loads(sys.stdin.read() or "{}")
except ValueError:
    print("no status yet"); sys.exit()
nodes = s.get("nodes", [])
prim = [n["name"] for n in nodes if n.get("state") == "primary"]
stby = [n["name"] for n in nodes
        if n.get("state") == "standby" and (n.get("postgres") or {}).get("wal_receiver") == "streaming"]
problems = []
if not nodes: problems.append("no nodes polled")
if prim != ["pg1"]: problems.append("primaries=%s" % prim)
if s.get("vip_holder") != "pg1": problems.append("vip=%s" % s.get("vip_holder"))
if s.get("write_target") != "pg1": problems.append("writes=%s" % s.get("write_target"))
if len(stby) != len(nodes) - 1: problems.append("streaming=%s" % stby)
if s.get("alarms"): problems.append("alarms=%s" % [a.get("kind") + ":" + a.get("node", "") for a in s["alarms"]])
print("; ".join(problems) or "healthy")' 2>&1)
    [ "$verdict" = healthy ] && return 0
    [ "$(date +%s)" -ge "$deadline" ] && { echo "async-fixture: not healthy after 90 s: $verdict" >&2; return 1; }
    sleep 0.5
  done
}

# pgpilot never starts PostgreSQL at boot (start.conf manual): primary first, then the standbys.
start_postgres() {
  local n
  for n in $LAB_NODE_NAMES; do
    "$lab" exec "$n" sh -c "pg_ctlcluster $LAB_PG_VERSION main status >/dev/null 2>&1 || pg_ctlcluster $LAB_PG_VERSION main start" ||
      die "could not start PostgreSQL on $n"
  done
}

case "$cmd" in
  build)
    pgpilot=${2:?usage: async-fixture.sh build PGPILOT_BINARY}
    work=$(mktemp -d /tmp/pgpilot-async-fixture.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    "$lab" reset >"$work/reset.log" 2>&1 || die "lab reset failed: $(tail -n 3 "$work/reset.log")"
    lab_env
    async_cluster_file "$work/cluster.json"
    "$pgpilot" apply "$work/cluster.json" --to 4 --secrets-file "$work/secrets" --state-dir "$work/state" \
      >"$work/apply.log" 2>&1 || {
      tail -n 20 "$work/apply.log" >&2
      die "pgpilot apply --to 4 of the async cluster failed (last lines above)"
    }
    echo "async-fixture: phases 0-4 applied in $(ms) ms"
    wait_healthy "$pgpilot" "$work/secrets" "$work/cluster.json" || die "the built async cluster did not become healthy"
    "$lab" save "$save" >"$work/save.log" 2>&1 || die "lab save $save failed: $(tail -n 3 "$work/save.log")"
    install -m 0600 "$work/secrets" "$save_dir/pgpilot-secrets" || die "cannot keep the secrets file in $save_dir"
    install -m 0644 "$work/cluster.json" "$save_dir/cluster-async.json" # for reference only
    start_postgres
    wait_healthy "$pgpilot" "$work/secrets" "$work/cluster.json" || die "the async cluster did not come back healthy after the save"
    echo "async-fixture: built and saved as '$save' in $(ms) ms"
    ;;
  restore)
    out=${2:?usage: async-fixture.sh restore SECRETS_OUT CLUSTER_OUT [PGPILOT_BINARY]}
    cluster_out=${3:?usage: async-fixture.sh restore SECRETS_OUT CLUSTER_OUT [PGPILOT_BINARY]}
    pgpilot=${4:-}
    lab_env
    [ -f "$save_dir/pgpilot-secrets" ] ||
      die "no async cluster saved for this lab ($save_dir); run 'tests/lab/faults/async-fixture.sh build PGPILOT' (CTest: faults_async_build)"
    log=$(mktemp /tmp/pgpilot-async-fixture-restore.XXXXXX)
    "$lab" restore "$save" >"$log" 2>&1 || {
      tail -n 5 "$log" >&2
      rm -f "$log"
      die "lab restore $save failed"
    }
    rm -f "$log"
    lab_env # the restore wrote the lab's cluster file again
    install -m 0600 "$save_dir/pgpilot-secrets" "$out" || die "cannot write $out"
    async_cluster_file "$cluster_out"
    start_postgres
    if [ -n "$pgpilot" ]; then
      wait_healthy "$pgpilot" "$out" "$cluster_out" || die "the restored async cluster did not become healthy"
    fi
    echo "async-fixture: restored '$save' in $(ms) ms"
    ;;
  *)
    echo "usage: async-fixture.sh build PGPILOT_BINARY | restore SECRETS_OUT CLUSTER_OUT [PGPILOT_BINARY]" >&2
    exit 2
    ;;
esac
