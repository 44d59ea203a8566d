#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash failover, then rejoin through pgpilot: the primary's whole node is killed at once (its
# PID 1, so every process of the node dies with it and PostgreSQL needs crash recovery), repmgrd
# promotes a standby, the node boots again, and `pgpilot rejoin` brings the crashed old primary
# back as a standby (clean shutdown in single-user mode, pg_rewind). A client writer and a probe
# run throughout: no moment may have two writable primaries, also not during the rejoin.
#   tests/lab/ops-rejoin-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Last line:
# "ops-rejoin-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: ops-rejoin-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-ops-rejoin-test.XXXXXX)
TEST=ops-rejoin-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1

"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1 \
  && ok "client writer and probe running" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

crash_node pg1 && ok "pg1's node crashed (all its processes killed at once)" || { bad "could not crash pg1"; exit 1; }
wait_status 90 "failover: a standby promoted, VIP and writes follow it" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"] in (["pg2"],["pg3"]) and s["vip_holder"]==s["write_target"]!="pg1" and s["write_target"]!=""'
status_value new 30 "the new primary" "$ONLY_PRIMARY" || exit 1

boot_node pg1 && ok "pg1's node booted again (PostgreSQL stays down: start.conf manual)" || { bad "pg1 did not boot"; exit 1; }
st=$("$lab" exec pg1 sh -c "pg_ctlcluster $LAB_PG_VERSION main status >/dev/null 2>&1 && echo running || echo stopped" 2>/dev/null)
[ "$st" = stopped ] && ok "pg1's PostgreSQL did not start by itself after the crash" || bad "pg1's PostgreSQL is $st after boot"
cstate=$("$lab" exec pg1 sh -c "LC_ALL=C /usr/lib/postgresql/$LAB_PG_VERSION/bin/pg_controldata -D /var/lib/postgresql/$LAB_PG_VERSION/main | sed -n 's/^Database cluster state: *//p'" 2>/dev/null)
[ "$cstate" = "in production" ] && ok "pg1's data directory was not shut down cleanly ($cstate): a real crash" \
  || bad "pg1's control file says '$cstate' (expected 'in production' after a crash)"

if "$pgpilot" rejoin "$LAB_CLUSTER_FILE" --node pg1 --yes --json "${args[@]}" >"$work/rejoin.json" 2>"$work/rejoin.err"; then
  ok "rejoin: $(result "$work/rejoin.json" 'r["summary"]')"
else
  bad "rejoin failed: $(result "$work/rejoin.json" 'r.get("summary") or r') $(tail -n 5 "$work/rejoin.err")"
fi
echo "figure rejoin-after-crash duration_ms=$(result "$work/rejoin.json" 'r.get("duration_ms")')"
narr=$(narration "$work/rejoin.json")
grep -q "crash recovery in single-user mode" <<<"$narr" \
  && ok "the crash was recovered in single-user mode before the rewind" || bad "no single-user crash recovery in: $(narration "$work/rejoin.json" | tr '\n' '|')"
wait_status 60 "pg1 streams as a standby of $new, no alarm" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==["'"$new"'"] and [n["postgres"].get("wal_receiver") for n in s["nodes"] if n["name"]=="pg1"]==["streaming"] and not s["alarms"]'

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "never two writable primaries (direct and through every port 5000), also during the rejoin: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("max writable %s, max primaries on 5432 %s, %s probe samples" % (r["max_writable_via_write_port"], r["max_primaries_direct"], r["probe_samples"]))' "$work/report.json")"
else
  bad "two writable primaries seen: $(tail -n 10 "$work/report.json" "$work/report.err")"
fi
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("figure crash-failover acknowledged=%s missing_after_async_failover=%s write_outage_ms=%s" % (r["acknowledged"], r["missing"], r["write_outage_ms"]))' "$work/report.json" 2>/dev/null
