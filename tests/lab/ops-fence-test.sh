#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rogue primary: after a failover the old primary is started by hand outside repmgr (a second
# writable primary) -> the monitor raises the alarm -> `pgpilot fence` stops it and keeps it
# stopped -> port 5000 (through the VIP and on every node's HAProxy) reaches only the real
# primary, starting it by hand is refused, the dashboard shows it fenced -> `pgpilot unfence`
# (= rejoin) brings it back as a standby.
#   tests/lab/ops-fence-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "ops-fence-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: ops-fence-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-ops-fence-test.XXXXXX)
TEST=ops-fence-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
v=$LAB_PG_VERSION
run_on() { "$lab" exec "$1" sh -c "$2" 2>&1; }
# Which node each HAProxy's port 5000 (and the VIP's) sends a new connection to.
routes() {
  local a
  for a in $LAB_VIP $LAB_NODE_IPS; do
    printf '%s=%s ' "$a" "$(run_on pg3 "runuser -u postgres -- env PGPASSFILE=/var/lib/postgresql/.pgpass psql -X -A -t -q 'host=$a port=5000 user=repmgr dbname=repmgr connect_timeout=3' -c 'SELECT host(inet_server_addr())'" | tail -n 1)"
  done
}

# A failover first: pg1 stops, repmgrd promotes a standby.
run_on pg1 "pg_ctlcluster $v main stop -m fast" >/dev/null
wait_status 90 "pg1 stopped: a standby is promoted, VIP and writes follow it" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"] in (["pg2"],["pg3"]) and s["vip_holder"]==s["write_target"]!="pg1" and s["write_target"]!=""'
status_value new 30 "the new primary" "$ONLY_PRIMARY" || exit 1
new_ip=$(python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"]==sys.argv[2]][0])' "$LAB_CLUSTER_FILE" "$new")

# The rogue: the old primary started by hand, outside repmgr, by someone who first stopped its
# repmgrd and health service: with them running, the partial-partition guards (issue 10: repmgrd's
# child-node check, the health service's stale-primary check) would stop it within seconds and
# there would be nothing left to fence. Clients reaching 5432 directly would write to it.
run_on pg1 "systemctl stop pgpilot-repmgrd pgpilot-health; pg_ctlcluster $v main start" >/dev/null
wait_status 30 "old primary started by hand: split-brain alarm" \
  'any(a["kind"] in ("split-brain","unregistered-primary") and a["severity"]=="critical" for a in s["alarms"])'

# Fence it while its database still answers; then a fence works with SSH alone.
if "$pgpilot" fence "$LAB_CLUSTER_FILE" --node pg1 --yes --json "${args[@]}" >"$work/fence.json" 2>"$work/fence.err"; then
  ok "fence: $(result "$work/fence.json" 'r["summary"]')"
else
  bad "fence failed: $(result "$work/fence.json" 'r.get("summary") or r') $(tail -n 5 "$work/fence.err")"
fi
echo "figure fence duration_ms=$(result "$work/fence.json" 'r.get("duration_ms")')"
wait_status 30 "pg1 shows fenced, no split-brain alarm, $new the only primary" \
  '[n["state"] for n in s["nodes"] if n["name"]=="pg1"]==["fenced"] and not any(a["kind"] in ("split-brain","unregistered-primary") for a in s["alarms"]) and [n["name"] for n in s["nodes"] if n["state"]=="primary"]==["'"$new"'"]'
r=$(routes)
bad_routes=$(tr ' ' '\n' <<<"$r" | grep . | grep -v "=$new_ip\$")
[ -z "$bad_routes" ] && ok "port 5000 on the VIP and on every node reaches only $new ($new_ip)" || bad "port 5000 routes: $r"
out=$(run_on pg1 "pg_ctlcluster $v main start; echo rc=\$?")
grep -q 'rc=0' <<<"$out" && bad "pg_ctlcluster started the fenced node: $out" \
  || ok "starting PostgreSQL on the fenced node is refused: $(head -n 1 <<<"$out")"
out=$(run_on pg1 "systemctl start postgresql@$v-main; echo rc=\$?")
grep -q 'rc=0' <<<"$out" && bad "systemctl started the fenced node: $out" || ok "systemctl refuses too (unit masked)"
code=$(run_on pg1 "python3 /usr/local/lib/pgpilot/pgpilot-httpcheck.py --print --url http://$(python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"]=="pg1"][0])' "$LAB_CLUSTER_FILE"):8008/primary" | awk '/\/primary/ {print $1; exit}')
[ "$code" = 503 ] && ok "pg1's health service answers 503 (fenced) to HAProxy and Keepalived" || bad "pg1's /primary answers $code"

# Unfence = rejoin: pg1 comes back as a standby of the real primary (its rogue writes rewound).
if "$pgpilot" unfence "$LAB_CLUSTER_FILE" --node pg1 --yes --json "${args[@]}" >"$work/unfence.json" 2>"$work/unfence.err"; then
  ok "unfence: $(result "$work/unfence.json" 'r["summary"]')"
else
  bad "unfence failed: $(result "$work/unfence.json" 'r.get("summary") or r') $(tail -n 5 "$work/unfence.err")"
fi
echo "figure unfence-rejoin duration_ms=$(result "$work/unfence.json" 'r.get("duration_ms")')"
wait_status 60 "pg1 streams again as a standby of $new, no alarm" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==["'"$new"'"] and [n["postgres"].get("wal_receiver") for n in s["nodes"] if n["name"]=="pg1"]==["streaming"] and not s["alarms"]'
