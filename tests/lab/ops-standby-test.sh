#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Add a fourth node to a running three-node cluster and remove it again, with a client writer
# running throughout: `pgpilot add-standby` (phases 1-2 on the new node, clone, register, HAProxy
# and Keepalived reloaded everywhere) and `pgpilot remove-standby` (the reverse; the row leaves the
# cluster file). Neither may lose an acknowledged write or move the VIP.
#   tests/lab/ops-standby-test.sh PGPILOT_BINARY
# Needs a lab with 4 nodes: when the lab has fewer it is taken down and brought up with --nodes 4,
# and afterwards brought back as it was (saves, such as the built-cluster fixture, stay).
# Last line: "ops-standby-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: ops-standby-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-ops-standby-test.XXXXXX)
TEST=ops-standby-test
restore_opts=""
back() {
  [ -f "$work/cp/meta.json" ] && "$probe" stop --out "$work/cp" >/dev/null 2>&1
  if [ -n "$restore_opts" ]; then
    # shellcheck disable=SC2086
    { "$lab" down && "$lab" up $restore_opts; } >"$work/back.log" 2>&1 \
      && echo "ops-standby-test: lab back to $restore_opts" || { echo "ops-standby-test: could not bring the lab back ($restore_opts):"; tail -n 5 "$work/back.log"; }
  fi
  ops_finish
}
trap 'back; exit $?' EXIT
eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
t0=$(date +%s)
if [ "$LAB_NODES" -lt 4 ]; then
  restore_opts="--nodes $LAB_NODES --os $LAB_OS --subnet $LAB_SUBNET --login $LAB_LOGIN"
  { "$lab" down && "$lab" up --nodes 4 --os "$LAB_OS" --subnet "$LAB_SUBNET" --login "$LAB_LOGIN"; } >"$work/up4.log" 2>&1 \
    && ok "lab switched to 4 nodes in $(($(date +%s) - t0)) s" || { bad "lab up --nodes 4: $(tail -n 5 "$work/up4.log")"; exit 1; }
  eval "$("$lab" env)"
else
  "$lab" reset >"$work/reset.log" 2>&1 || { bad "lab reset: $(tail -n 3 "$work/reset.log")"; exit 1; }
fi
secrets=$work/secrets
args=(--secrets-file "$secrets" --state-dir "$work/state")
four=$work/cluster4.json three=$work/cluster3.json
cp "$LAB_CLUSTER_FILE" "$four"
python3 - "$LAB_CLUSTER_FILE" "$three" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["nodes"] = [n for n in c["nodes"] if n["name"] != "pg4"]
json.dump(c, open(sys.argv[2], "w"), indent=2)
EOF
python3 - "$LAB_CLUSTER_FILE" "$four" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["nodes"] = [n for n in c["nodes"] if n["name"] in ("pg1", "pg2", "pg3", "pg4")]
json.dump(c, open(sys.argv[2], "w"), indent=2)
EOF
st() { "$pgpilot" status "$1" --json --secrets-file "$secrets" 2>/dev/null | tail -n 1; }

t1=$(date +%s)
"$pgpilot" apply "$three" --to 4 "${args[@]}" >"$work/apply.log" 2>&1 \
  && ok "three-node cluster built on pg1-pg3 in $(($(date +%s) - t1)) s" || { bad "apply: $(tail -n 15 "$work/apply.log")"; exit 1; }
LAB_CLUSTER_FILE=$three wait_status 90 "three-node cluster healthy" 's["healthy"] and s["vip_holder"]=="pg1"'
"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$three" >"$work/cp-start.log" 2>&1 \
  && ok "client writer running" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

ka_before=$(for n in pg1 pg2 pg3; do "$lab" exec $n sh -c "systemctl show keepalived -p MainPID --value" 2>/dev/null; done | tr '\n' ' ')
# Add: the worksheet gets pg4's row (the lab's 4-node cluster file), then add-standby.
if "$pgpilot" add-standby "$four" --node pg4 --yes --json "${args[@]}" >"$work/add.json" 2>"$work/add.err"; then
  ok "add-standby: $(result "$work/add.json" 'r["summary"]')"
else
  bad "add-standby failed: $(result "$work/add.json" 'r.get("summary") or r') $(tail -n 5 "$work/add.err")"
fi
echo "figure add-standby duration_ms=$(result "$work/add.json" 'r.get("duration_ms")') write_outage_ms=$(result "$work/add.json" 'r.get("write_outage_ms")')"
LAB_CLUSTER_FILE=$four wait_status 60 "four nodes: pg4 streams, VIP still on pg1, no alarm" \
  'len(s["nodes"])==4 and [n["postgres"].get("wal_receiver") for n in s["nodes"] if n["name"]=="pg4"]==["streaming"] and s["vip_holder"]=="pg1" and not s["alarms"]'
haproxy=$("$lab" exec pg1 sh -c "grep -c 'server pg4 ' /etc/haproxy/haproxy.cfg" 2>/dev/null)
[ "$haproxy" = 2 ] && ok "HAProxy on pg1 knows pg4 (write and read backends)" || bad "pg4 in pg1's haproxy.cfg: $haproxy lines"
pg4_ip=$(python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"]=="pg4"][0])' "$four")
ka_after=$(for n in pg1 pg2 pg3; do "$lab" exec $n sh -c "systemctl show keepalived -p MainPID --value; grep -c '$pg4_ip' /etc/keepalived/keepalived.conf" 2>/dev/null; done | tr '\n' ' ')
[ "$(awk '{print $1, $3, $5}' <<<"$ka_after")" = "$(awk '{print $1, $2, $3}' <<<"$ka_before")" ] && [ "$(awk '{print $2, $4, $6}' <<<"$ka_after")" = "1 1 1" ] \
  && ok "Keepalived on pg1-pg3 knows pg4 as a peer and was reloaded, not restarted (same PIDs)" \
  || bad "Keepalived PIDs before: $ka_before; after (pid, lines with pg4): $ka_after"

# Remove: the reverse; the row leaves the cluster file.
cp "$four" "$work/cluster-rm.json"
if "$pgpilot" remove-standby "$work/cluster-rm.json" --node pg4 --yes --json "${args[@]}" >"$work/rm.json" 2>"$work/rm.err"; then
  ok "remove-standby: $(result "$work/rm.json" 'r["summary"]')"
else
  bad "remove-standby failed: $(result "$work/rm.json" 'r.get("summary") or r') $(tail -n 5 "$work/rm.err")"
fi
echo "figure remove-standby duration_ms=$(result "$work/rm.json" 'r.get("duration_ms")') write_outage_ms=$(result "$work/rm.json" 'r.get("write_outage_ms")')"
[ "$(python3 -c 'import json,sys; print(",".join(n["name"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$work/cluster-rm.json")" = pg1,pg2,pg3 ] \
  && ok "pg4's row left the cluster file" || bad "cluster file nodes after remove: $(python3 -c 'import json,sys; print([n["name"] for n in json.load(open(sys.argv[1]))["nodes"]])' "$work/cluster-rm.json")"
LAB_CLUSTER_FILE=$three wait_status 60 "three nodes healthy again, VIP still on pg1" 's["healthy"] and s["vip_holder"]=="pg1"'
left=$("$lab" exec pg1 sh -c "grep -c 'server pg4 ' /etc/haproxy/haproxy.cfg; runuser -u postgres -- psql -X -A -t -q -d repmgr -c \"SELECT count(*) FROM repmgr.nodes WHERE node_name = 'pg4'\"; runuser -u postgres -- psql -X -A -t -q -c \"SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'repmgr_slot_4'\"" 2>/dev/null | tr '\n' ' ')
[ "$left" = "0 0 0 " ] && ok "pg4 is gone from HAProxy, repmgr's node table and the replication slots" || bad "pg4 left behind (haproxy, repmgr, slot): $left"

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost while adding and removing: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%d acknowledged, longest write outage %d ms" % (r["acknowledged"], r["write_outage_ms"]))' "$work/report.json")"
else
  bad "client report: $(tail -n 10 "$work/report.json" "$work/report.err")"
fi
echo "figure add-remove-writer $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("acknowledged=%s missing=%s write_outage_ms=%s" % (r.get("acknowledged"), r.get("missing"), r.get("write_outage_ms")))' "$work/report.json" 2>/dev/null)"
echo "figure ops-standby-test total_s=$(($(date +%s) - t0)) (lab switches included)"
