#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A healthy cluster the runbook built, kept as a lab save so that lab tests start from it in
# seconds instead of running phases 0-4 each time (about 70-100 s).
#
#   tests/lab/cluster-fixture.sh build PGPILOT_BINARY
#       fresh nodes (lab reset), `pgpilot apply --to 4`, then as `save`.
#   tests/lab/cluster-fixture.sh save SECRETS_FILE PGPILOT_BINARY
#       the lab's nodes already run the cluster phases 0-4 built with SECRETS_FILE (CTest's
#       lab_cluster_build, tests/lab/runbook-test.sh --fixture build): wait until healthy, then
#       `lab save cluster-<os>`; the secrets file is kept inside the save.
#   tests/lab/cluster-fixture.sh restore SECRETS_OUT [PGPILOT_BINARY] [--backup-host]
#       nodes back to that cluster, PostgreSQL started (pg1 primary, pg2/pg3 streaming, VIP on pg1); copies the
#       cluster's secrets file to SECRETS_OUT (mode 0600). With PGPILOT_BINARY it also waits until
#       `pgpilot status` shows the cluster healthy (deadline 90 s). With --backup-host (or when the
#       lab already has one) the lab's backup repository host is there too, fresh, and the cluster
#       file archives with pgBackRest to it (tests/lab/lab restore NAME --backup-host).
#
# Follows PGPILOT_LAB_INSTANCE like tests/lab/lab. Last line: "cluster-fixture: ..." with the time.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
cmd=${1:-}
# --backup-host may come anywhere after the command
backup_opt=()
args=()
for a in "$@"; do
  if [ "$a" = --backup-host ]; then backup_opt=(--backup-host); else args+=("$a"); fi
done
set -- "${args[@]}"
t0=$(date +%s%N)
ms() { echo $((($(date +%s%N) - t0) / 1000000)); }
die() {
  echo "cluster-fixture: ERROR: $*" >&2
  exit 1
}

lab_env() {
  local e
  e=$("$lab" env 2>&1) || die "the lab is not up (${e##*$'\n'}); run '$lab up' first"
  eval "$e"
  inst=${PGPILOT_LAB_INSTANCE:-}
  save=cluster-$LAB_OS
  save_dir=$LAB_CACHE/saves${inst:+-$inst}/$save
}

# Polls `pgpilot status --json` until pg1 is the only primary, holds the VIP, gets the writes
# and every other node streams from it with no alarm left. $1 = binary, $2 = secrets file.
wait_healthy() {
  local pgpilot=$1 secrets=$2 deadline=$(($(date +%s) + 90)) snap verdict
  while :; do
    snap=$("$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$secrets" 2>/dev/null | tail -n 1)
    verdict=$(printf '%s' "$snap" | python3 -c '
import json, os, sys
try:
    s = json.loads(sys.stdin.read() or "{}")
except ValueError:
    print("no status yet"); sys.exit()
nodes = s.get("nodes", [])
prim = [n["name"] for n in nodes if n.get("state") == "primary"]
stby = [n["name"] for n in nodes
        if n.get("state") == "standby" and n.get("postgres", {}).get("wal_receiver") == "streaming"]
problems = []
if prim != ["pg1"]: problems.append("primaries=%s" % prim)
if s.get("vip_holder") != "pg1": problems.append("vip=%s" % s.get("vip_holder"))
if s.get("write_target") != "pg1": problems.append("writes=%s" % s.get("write_target"))
if len(stby) != len(nodes) - 1: problems.append("streaming=%s" % stby)
# With a fresh backup host phase 6 has not run yet: archiving and backup alarms are expected.
alarms = [a for a in s.get("alarms", []) if not (os.environ.get("FIXTURE_BACKUP_HOST") and
          (a.get("kind", "").startswith("archive") or a.get("kind", "").startswith("backup")))]
if alarms: problems.append("alarms=%s" % [a.get("kind") + ":" + a.get("node", "") for a in alarms])
if not s.get("healthy") and (alarms or not os.environ.get("FIXTURE_BACKUP_HOST")): problems.append("not healthy")
print("; ".join(problems) or "healthy")' 2>&1)
    [ "$verdict" = healthy ] && return 0
    [ "$(date +%s)" -ge "$deadline" ] && { echo "cluster-fixture: not healthy after 90 s: $verdict" >&2; return 1; }
    sleep 0.5
  done
}

# A save or restore reboots the nodes, and pgpilot's clusters never start PostgreSQL at boot
# (start.conf = manual, erratum 15 in docs/deviations.md): start the primary, then the standbys,
# as an admin would after a planned reboot of every node.
start_postgres() {
  local n
  for n in $LAB_NODE_NAMES; do
    "$lab" exec "$n" systemctl start "postgresql@$LAB_PG_VERSION-main" ||
      die "could not start PostgreSQL on $n after the nodes rebooted"
  done
}

# save_cluster SECRETS BINARY: the running cluster, once healthy, becomes the save; it is
# running and healthy again afterwards, so the next test starts from it.
save_cluster() {
  wait_healthy "$2" "$1" || die "the built cluster did not become healthy"
  "$lab" save "$save" >"$work/save.log" 2>&1 || die "lab save $save failed: $(tail -n 3 "$work/save.log")"
  install -m 0600 "$1" "$save_dir/pgpilot-secrets" || die "cannot keep the secrets file in $save_dir"
  # the save rebooted the nodes: start and wait for the cluster so the next test starts healthy
  start_postgres
  wait_healthy "$2" "$1" || die "the cluster did not come back healthy after the save"
}

case "$cmd" in
  build)
    pgpilot=${2:?usage: cluster-fixture.sh build PGPILOT_BINARY}
    work=$(mktemp -d /tmp/pgpilot-cluster-fixture.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    "$lab" reset >"$work/reset.log" 2>&1 || die "lab reset failed: $(tail -n 3 "$work/reset.log")"
    lab_env
    "$pgpilot" apply "$LAB_CLUSTER_FILE" --to 4 --secrets-file "$work/secrets" --state-dir "$work/state" \
      >"$work/apply.log" 2>&1 || {
      tail -n 20 "$work/apply.log" >&2
      die "pgpilot apply --to 4 failed (last lines above)"
    }
    echo "cluster-fixture: phases 0-4 applied in $(ms) ms"
    save_cluster "$work/secrets" "$pgpilot"
    echo "cluster-fixture: built and saved as '$save' in $(ms) ms"
    ;;
  save)
    secrets=${2:?usage: cluster-fixture.sh save SECRETS_FILE PGPILOT_BINARY}
    pgpilot=${3:?usage: cluster-fixture.sh save SECRETS_FILE PGPILOT_BINARY}
    [ -f "$secrets" ] || die "no secrets file at $secrets"
    work=$(mktemp -d /tmp/pgpilot-cluster-fixture.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    lab_env
    save_cluster "$secrets" "$pgpilot"
    echo "cluster-fixture: saved as '$save' in $(ms) ms"
    ;;
  restore)
    out=${2:?usage: cluster-fixture.sh restore SECRETS_OUT [PGPILOT_BINARY] [--backup-host]}
    pgpilot=${3:-}
    lab_env
    [ -f "$save_dir/pgpilot-secrets" ] ||
      die "no built cluster saved for this lab ($save_dir); run 'tests/lab/cluster-fixture.sh build PGPILOT' (CTest: lab_cluster_build)"
    "$lab" restore "$save" "${backup_opt[@]}" >/tmp/pgpilot-cluster-fixture-restore.$$.log 2>&1 || {
      tail -n 5 /tmp/pgpilot-cluster-fixture-restore.$$.log >&2
      rm -f /tmp/pgpilot-cluster-fixture-restore.$$.log
      die "lab restore $save failed"
    }
    rm -f /tmp/pgpilot-cluster-fixture-restore.$$.log
    install -m 0600 "$save_dir/pgpilot-secrets" "$out" || die "cannot write $out"
    start_postgres
    # a backup host fresh from its image: the cluster archives to it only after phase 6
    [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("archiving", {}).get("mode"))' "$LAB_CLUSTER_FILE")" = pgbackrest ] &&
      export FIXTURE_BACKUP_HOST=1
    if [ -n "$pgpilot" ]; then
      wait_healthy "$pgpilot" "$out" || die "the restored cluster did not become healthy"
    fi
    echo "cluster-fixture: restored '$save' in $(ms) ms"
    ;;
  *)
    echo "usage: cluster-fixture.sh build PGPILOT_BINARY | save SECRETS_FILE PGPILOT_BINARY | restore SECRETS_OUT [PGPILOT_BINARY] [--backup-host]" >&2
    exit 2
    ;;
esac
