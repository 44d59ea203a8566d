#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 16, finding 4: `pgpilot renew-certs` gives every node a new certificate with no write
# outage and no restart.
#  1. A writer on pg2 (as postgres, verify-full with the cluster CA) opens a NEW connection through
#     VIP:write-port for every INSERT, so each write makes a fresh TLS handshake.
#  2. renew-certs runs headless; then: it passed its verification, 0 failed writes, every node
#     serves a certificate other than before (seen from the lab host) that expires about a year
#     from now (`status --json`), no PostgreSQL restarted (pg_postmaster_start_time) and every
#     standby's WAL receiver kept its connection (same pid), no pending key left in the secrets file.
#   tests/lab/security-renewcerts-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-renewcerts-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-renewcerts-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-renewcerts.XXXXXX)
TEST=security-renewcerts-test
writer_node=pg2
stop_file=/tmp/pgpilot-renew-writer.stop
log_file=/tmp/pgpilot-renew-writer.log
cleanup() { "$lab" exec "$writer_node" sh -c "touch $stop_file" 2>/dev/null; }
trap 'cleanup; ops_finish; exit $?' EXIT
ops_setup || exit 1
read -r vip wport pgport < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["network"]["vip"], s.get("ports", {}).get("write", 5000), s.get("ports", {}).get("postgres", 5432))' "$LAB_CLUSTER_FILE")
nodes=$(python3 -c 'import json,sys; print(" ".join(n["name"] + "=" + n["address"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$LAB_CLUSTER_FILE")
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -A -t -q -h /var/run/postgresql -p "$pgport" -d repmgr -c "$2" 2>&1; }
# served ADDRESS: the SHA-256 fingerprint of the certificate a TLS client gets from ADDRESS.
served() {
  openssl s_client -starttls postgres -connect "$1:$pgport" </dev/null 2>/dev/null |
    openssl x509 -noout -fingerprint -sha256 2>/dev/null | cut -d= -f2
}
# node_facts: per node "name fingerprint postmaster-start walreceiver-pid".
node_facts() {
  local entry name addr
  for entry in $nodes; do
    name=${entry%%=*} addr=${entry#*=}
    printf '%s %s %s %s\n' "$name" "$(served "$addr")" \
      "$(sql "$name" 'SELECT extract(epoch FROM pg_postmaster_start_time())::bigint')" \
      "$(sql "$name" 'SELECT coalesce((SELECT pid FROM pg_stat_wal_receiver), 0)')"
  done
}

node_facts >"$work/before"
if awk '$2 == "" || $3 == "" {bad = 1} END {exit bad}' "$work/before"; then
  ok "every node serves a certificate and answers ($(awk '{print $1}' "$work/before" | tr '\n' ' '))"
else
  bad "before the renewal: $(tr '\n' ';' <"$work/before")"
  exit 1
fi

# 1. The writer.
"$lab" exec "$writer_node" runuser -u postgres -- psql -X -q "host=$vip port=$wport user=repmgr dbname=repmgr sslmode=verify-full" \
  -c 'CREATE TABLE IF NOT EXISTS public.pgpilot_renew_writes (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())' \
  >"$work/create.log" 2>&1 || bad "the writer's table: $(tail -n 1 "$work/create.log")"
"$lab" exec "$writer_node" sh -c "rm -f $stop_file $log_file"
"$lab" exec "$writer_node" sh -c "setsid timeout 900 runuser -u postgres -- sh -c '
  while [ ! -e $stop_file ]; do
    if out=\$(psql -X -A -t -q \"host=$vip port=$wport user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full\" -c \"INSERT INTO public.pgpilot_renew_writes DEFAULT VALUES\" 2>&1); then echo ok
    else echo \"fail \$(printf %s \"\$out\" | head -n 1)\"; fi
    sleep 0.05
  done' >$log_file 2>&1 </dev/null &"
deadline=$(($(date +%s) + 30))
until [ "$("$lab" exec "$writer_node" sh -c "grep -c '^ok' $log_file 2>/dev/null")" -ge 50 ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { bad "the writer did not start within 30 s: $("$lab" exec "$writer_node" tail -n 2 $log_file)"; exit 1; }
  sleep 0.2
done
ok "writer on $writer_node (new verify-full connection per INSERT through $vip:$wport) running"

# 2. renew-certs.
start=$(date +%s%N)
"$pgpilot" renew-certs "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/renew.json" 2>"$work/renew.err"
rc=$?
took=$(( ($(date +%s%N) - start) / 1000000 ))
"$lab" exec "$writer_node" sh -c "touch $stop_file"
sleep 1
"$lab" exec "$writer_node" cat "$log_file" >"$work/writer.log" 2>/dev/null
if [ "$rc" -eq 0 ] && [ "$(result "$work/renew.json" 'r.get("ok")')" = True ]; then
  ok "renew-certs done and verified in $took ms (pgpilot's probe: $(result "$work/renew.json" 'r.get("write_outage_ms")') ms outage, $(result "$work/renew.json" 'r.get("failed_writes")') failed)"
else
  bad "renew-certs exit $rc: $(result "$work/renew.json" 'r.get("error")' 2>/dev/null) $(tail -n 3 "$work/renew.err" | tr '\n' ' ')"
fi
okw=$(grep -c '^ok' "$work/writer.log") failw=$(grep -c '^fail' "$work/writer.log")
echo "figure renew-certs took_ms=$took writer_ok=$okw writer_failed=$failw"
[ "$failw" -eq 0 ] && [ "$okw" -ge 50 ] && ok "0 of $((okw + failw)) writes failed during the renewal" \
  || bad "$failw of $((okw + failw)) writes failed: $(grep '^fail' "$work/writer.log" | head -n 3 | tr '\n' ';')"

node_facts >"$work/after"
while read -r name fp_before start_before wr_before; do
  read -r _ fp_after start_after wr_after < <(grep "^$name " "$work/after")
  [ -n "$fp_after" ] && [ "$fp_after" != "$fp_before" ] && ok "$name serves a new certificate (${fp_after:0:23}...)" \
    || bad "$name serves ${fp_after:-nothing}, before ${fp_before:0:23}..."
  [ "$start_after" = "$start_before" ] && ok "$name: PostgreSQL did not restart" \
    || bad "$name: PostgreSQL restarted ($start_before -> $start_after)"
  [ "$wr_after" = "$wr_before" ] && ok "$name: WAL receiver connection kept (pid $wr_before)" \
    || bad "$name: WAL receiver pid $wr_before -> $wr_after"
done <"$work/before"

# Expiry as the monitor reads it from the handshake: about a year from now on every node.
wait_status 60 "status shows every node's certificate valid for more than 360 days" \
  'all(n.get("postgres", {}).get("tls") and n["postgres"]["tls"].get("certificate_not_after", "") > __import__("datetime").datetime.now(__import__("datetime").timezone.utc).replace(microsecond=0).__add__(__import__("datetime").timedelta(days=360)).strftime("%Y-%m-%dT%H:%M:%SZ") for n in s.get("nodes", [])) and s.get("healthy")'
grep -q '\.pending=' "$secrets" && bad "pending keys left in the secrets file: $(grep -o '^[^=]*\.pending' "$secrets" | tr '\n' ' ')" \
  || ok "no pending key left in the secrets file"
