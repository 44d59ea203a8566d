#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Maintenance windows (issue 20): a rolling restart and a rolling minor upgrade on the built
# cluster, each under a client writer through VIP:5000 (tests/lab/tools/clientprobe).
#   1. `pgpilot rolling-restart --yes`: pg3, then pg2, then a switchover to pg2 and pg1 restarted
#      by it; every node's postmaster started again, no acknowledged write lost, never two
#      writable nodes; the write outage (pgpilot's probe and the writer's) printed as figures.
#   2. The lab's updates repository (tests/lab/lab updates: the mirror's packages repacked with a
#      "+lab1" version) enabled on every node. `pgpilot upgrade` without --yes prints the version
#      table. An upgrade whose apt-get fails on the first standby (a dpkg pre-invoke hook that
#      exits 1: lab updates fail) stops there: nothing else touched, the primary unchanged, every
#      node still on its old version, the cluster healthy, the error naming the node.
#   3. The same upgrade without the hook, under the writer: every node on the new versions, no
#      service running an old binary (pgpilot's verification and this test's own reading), no
#      acknowledged write lost.
#   tests/lab/rolling-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Every exit path removes
# the updates source and the hook (lab updates disable). Last line: "rolling-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: rolling-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-rolling-test.XXXXXX)
TEST=rolling-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
v=$LAB_PG_VERSION
run_on() { "$lab" exec "$1" sh -c "$2" 2>&1; }
started_at() { run_on "$1" "runuser -u postgres -- psql -X -A -t -q -c 'SELECT pg_postmaster_start_time()'" | tail -n 1; }
version_of() { run_on "$1" "dpkg-query -W -f='\${Version}' $2" | tail -n 1; }
cleanup() { "$lab" updates disable >/dev/null 2>&1; } # the fail hook goes with it
trap 'cleanup; ops_finish; exit $?' EXIT

# Runs the operation under the client writer; $1 the name of the run, the rest pgpilot's args.
# Leaves $work/$1.json and the writer's report in $work/$1-report.json.
under_writer() {
  local name=$1
  shift
  "$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/$name-cp.log" 2>&1 \
    || { bad "$name: clientprobe start: $(tail -n 5 "$work/$name-cp.log")"; return 1; }
  "$pgpilot" "$@" --yes --json "${args[@]}" >"$work/$name.json" 2>"$work/$name.err"
  local rc=$?
  "$probe" stop --out "$work/cp" >/dev/null 2>&1
  "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/$name-report.json" 2>"$work/$name-report.err"
  local report=$?
  if [ "$report" = 0 ]; then
    ok "$name: no acknowledged write lost, never two writable nodes: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%d acknowledged, %d missing, max writable %d, longest write outage %d ms" % (r["acknowledged"], r["missing"], r["max_writable_via_write_port"], r["write_outage_ms"]))' "$work/$name-report.json")"
  else
    bad "$name: client report: $(tail -n 10 "$work/$name-report.json" "$work/$name-report.err")"
  fi
  echo "figure $name pgpilot_longest_outage_ms=$(result "$work/$name.json" 'r.get("write_outage_ms")') pgpilot_total_outage_ms=$(result "$work/$name.json" 'r.get("total_write_outage_ms")') duration_ms=$(result "$work/$name.json" 'r.get("duration_ms")') $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("writer_longest_outage_ms=%s writer_total_outage_ms=%s writer_outages=%s" % (r.get("write_outage_ms"), r.get("write_outage_total_ms"), r.get("write_outages")))' "$work/$name-report.json" 2>/dev/null)"
  return $rc
}

# ---- 1. rolling restart ------------------------------------------------------------------------
"$pgpilot" rolling-restart "$LAB_CLUSTER_FILE" --dry-run >"$work/dry.txt" 2>&1 \
  && grep -q 'p20.node.pg3' "$work/dry.txt" && grep -q 'p20.switchover.run' "$work/dry.txt" \
  && ok "rolling-restart --dry-run lists the node steps and the switchover" || bad "--dry-run: $(head -n 5 "$work/dry.txt")"
declare -A before
for n in pg1 pg2 pg3; do before[$n]=$(started_at "$n"); done
if under_writer restart rolling-restart "$LAB_CLUSTER_FILE"; then
  ok "rolling restart: $(result "$work/restart.json" 'r["summary"]')"
else
  bad "rolling restart: $(result "$work/restart.json" 'r.get("summary") or r') $(tail -n 5 "$work/restart.err")"
fi
[ "$(result "$work/restart.json" 'r.get("new_primary")')" = pg2 ] && ok "the primary is pg2 after the rolling restart" \
  || bad "new primary: $(result "$work/restart.json" 'r.get("new_primary")')"
order=$(python3 -c 'import json,sys
seen=[]
for l in open(sys.argv[1]):
    o=json.loads(l)
    if o.get("event")=="step" and o.get("ok") and o["step"] not in seen: seen.append(o["step"])
print(" ".join(s.split(".",1)[1] for s in seen))' "$work/restart.json")
[[ $order == "mark node.pg3 node.pg2 switchover.dry-run switchover.run switchover.wait old-primary.pg1" ]] \
  && ok "order: $order" || bad "step order: $order"
for n in pg1 pg2 pg3; do
  now=$(started_at "$n")
  [ -n "$now" ] && [ "$now" != "${before[$n]}" ] && ok "$n restarted (${before[$n]} -> $now)" || bad "$n not restarted: ${before[$n]} -> $now"
done
narr=$(narration "$work/restart.json")
for want in "Restarting pg3" "pg3 streams and has caught up" "Switching over to pg2" "Writes go to pg2"; do
  grep -q "$want" <<<"$narr" || bad "no narration line with '$want' in: $(tr '\n' '|' <<<"$narr" | head -c 1500)"
done

# ---- 2. the updates repository; a failing upgrade stops on the first standby --------------------
if "$lab" updates build >"$work/updates.log" 2>&1 && "$lab" updates enable >>"$work/updates.log" 2>&1; then
  ok "updates repository built and enabled: $(tail -n 1 "$work/updates.log")"
else
  bad "lab updates: $(tail -n 5 "$work/updates.log")"
  exit 1
fi
pkgs=postgresql,repmgr,haproxy,keepalived
debs="postgresql-$v postgresql-$v-repmgr haproxy keepalived"
declare -A old
for n in pg1 pg2 pg3; do for d in $debs; do old[$n:$d]=$(version_of "$n" "$d"); done; done
"$pgpilot" upgrade "$LAB_CLUSTER_FILE" --packages "$pkgs" "${args[@]}" >"$work/table.out" 2>"$work/table.err"
rc=$?
if [ "$rc" = 2 ] && grep -q "^node *package *installed *new" "$work/table.out" \
  && grep -q "pg3 *postgresql-$v .*+lab1" "$work/table.out"; then
  ok "without --yes: the version table, nothing done"
  sed -n '/^node *package/,/^$/p' "$work/table.out" | sed 's/^/note  /'
else
  bad "upgrade without --yes (exit $rc): $(tail -n 12 "$work/table.out" "$work/table.err")"
fi
"$lab" updates fail pg3 >>"$work/updates.log" 2>&1 || bad "lab updates fail pg3: $(tail -n 2 "$work/updates.log")"
"$pgpilot" upgrade "$LAB_CLUSTER_FILE" --packages "$pkgs" --yes --json "${args[@]}" >"$work/fail.json" 2>"$work/fail.err"
rc=$?
err=$(result "$work/fail.json" 'r.get("error", "")')
failed_steps=$(python3 -c 'import json,sys
print(" ".join(o["step"] + "@" + o["node"] for o in map(json.loads, open(sys.argv[1])) if o.get("event")=="step" and not o.get("ok")))' "$work/fail.json")
if [ "$rc" = 1 ] && [[ $err == *pg3* ]] && [[ $failed_steps == "p21.node.pg3@pg3" ]]; then
  ok "apt-get failing on pg3: the upgrade stopped there (exit 1): ${err:0:300}"
else
  bad "failing upgrade: exit $rc, failed steps '$failed_steps', error '$err'"
fi
unchanged=1
for n in pg1 pg2 pg3; do for d in $debs; do
  [ "$(version_of "$n" "$d")" = "${old[$n:$d]}" ] || { unchanged=0; bad "$n $d changed: ${old[$n:$d]} -> $(version_of "$n" "$d")"; }
done; done
[ "$unchanged" = 1 ] && ok "every node still on its old versions"
wait_status 90 "after the failed upgrade: healthy, pg2 still the primary with the VIP" \
  's["healthy"] and [n["name"] for n in s["nodes"] if n["state"]=="primary"]==["pg2"] and s["vip_holder"]=="pg2"'
"$lab" updates unfail pg3 >>"$work/updates.log" 2>&1 || bad "lab updates unfail pg3: $(tail -n 2 "$work/updates.log")"

# ---- 3. the upgrade -------------------------------------------------------------------------------
if under_writer upgrade upgrade "$LAB_CLUSTER_FILE" --packages "$pkgs"; then
  ok "upgrade: $(result "$work/upgrade.json" 'r["summary"]')"
else
  bad "upgrade: $(result "$work/upgrade.json" 'r.get("summary") or r') $(tail -n 5 "$work/upgrade.err")"
  grep -v '"narration"' "$work/upgrade.json" | tail -n 5 | head -c 3000
fi
for n in pg1 pg2 pg3; do
  for d in $debs; do
    now=$(version_of "$n" "$d")
    [[ $now == *+lab1 ]] || bad "$n $d is $now after the upgrade (was ${old[$n:$d]})"
  done
  stale=$(run_on "$n" "for u in postgresql@$v-main pgpilot-repmgrd haproxy keepalived; do p=\$(systemctl show -p MainPID --value \$u); readlink /proc/\$p/exe | grep -q deleted && echo \$u; done; true" | tr '\n' ' ')
  [ -z "${stale// /}" ] && ok "$n: every package +lab1, nothing runs an old binary" || bad "$n runs old binaries: $stale"
done
wait_status 90 "after the upgrade: healthy, pg1 the primary with the VIP" \
  's["healthy"] and [n["name"] for n in s["nodes"] if n["state"]=="primary"]==["pg1"] and s["vip_holder"]=="pg1"'
