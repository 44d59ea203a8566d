#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Verified TLS (issue 16, finding 4) on a built cluster:
#   - every standby's WAL receiver streams with sslmode=verify-full and the cluster CA, every
#     walsender on the primary is encrypted, and a TCP login without TLS is refused by pg_hba;
#   - a man in the middle (tools/pg-mitm in a network namespace on the lab's bridge, with its own
#     certificate naming pg1's address) that gets pgpilot's connections to pg1 (a DNAT rule on the
#     lab host): `pgpilot status` reports a certificate failure for pg1 and never sends it a
#     password;
#   - the same man in the middle answering for pg1's address on pg2's link (a static neighbour
#     entry on pg2 pointing pg1's address at it, as ARP spoofing would): pg2's WAL receiver refuses
#     it, sends no password, and once the entry is gone streams again with every row written
#     meanwhile; the primary stays pg1 and writes go on throughout.
#   tests/lab/security-tls-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-tls-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-tls-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
reach=$here/tools/pg-reach
mitm=$here/tools/pg-mitm
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-tls.XXXXXX)
TEST=security-tls-test
ns=pgptls${PGPILOT_LAB_INSTANCE:-0}
dnat=()
spoofed=""
cleanup() {
  [ ${#dnat[@]} -gt 0 ] && iptables -t nat -D OUTPUT "${dnat[@]}" 2>/dev/null
  [ -n "$spoofed" ] && "$lab" exec pg2 ip neigh del "$pg1" dev "$spoofed" 2>/dev/null
  [ -n "${mitm_pid:-}" ] && kill "$mitm_pid" 2>/dev/null
  outsider_down "$ns"
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
node_ip() { python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"] == sys.argv[2]][0])' "$LAB_CLUSTER_FILE" "$1"; }
pg1=$(node_ip pg1)
pg_port=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("ports", {}).get("postgres", 5432))' "$LAB_CLUSTER_FILE")
standbys=$((LAB_NODES - 1))
# psql as postgres on a node over its local socket: NODE DATABASE SQL
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -A -t -q -h /var/run/postgresql -p "$pg_port" -d "$2" -c "$3" 2>&1; }
# wait_node DEADLINE_S DESCRIPTION NODE DATABASE SQL WANT: polls until the query prints WANT.
wait_node() {
  local deadline=$(($(date +%s) + $1)) seen start=$(date +%s%N)
  while :; do
    seen=$(sql "$3" "$4" "$5")
    if [ "$seen" = "$6" ]; then ok "$2 ($(( ($(date +%s%N) - start) / 1000000 )) ms)"; return 0; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then bad "$2: not seen within $1 s; last: $seen"; return 1; fi
    sleep 1
  done
}

# 1. Replication verifies the primary; nothing without TLS gets in.
wait_node 60 "pg1 streams to $standbys standbys, every walsender over TLS" pg1 postgres \
  "SELECT count(*) FILTER (WHERE s.ssl) || '/' || count(*) FROM pg_stat_replication r JOIN pg_stat_ssl s USING (pid)" \
  "$standbys/$standbys"
for i in $(seq 2 "$LAB_NODES"); do
  seen=$(sql "pg$i" postgres "SELECT status || ' ' || conninfo FROM pg_stat_wal_receiver")
  case $seen in
    streaming*sslmode=verify-full*) printf '%s' "$seen" | grep -q 'sslrootcert=[^ ]*pgpilot-ca.crt' \
      && ok "pg$i's WAL receiver streams with sslmode=verify-full and the cluster CA" \
      || bad "pg$i's WAL receiver has no cluster CA: $seen" ;;
    *) bad "pg$i's WAL receiver: '$seen' (expected streaming with sslmode=verify-full)" ;;
  esac
done
seen=$("$reach" "$pg1" "$pg_port" repmgr repmgr)
case $seen in
  hba:*"no encryption"*) ok "a TCP login without TLS is refused by pg_hba (${seen#hba: })" ;;
  *) bad "a TCP login without TLS on pg1:$pg_port got: $seen (expected a pg_hba refusal for no encryption)" ;;
esac
wait_status 60 "status is healthy over verify-full connections" 's.get("healthy") and s.get("write_target") == "pg1"'

# 2. A man in the middle with a certificate of its own, on the lab's bridge.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=pg1" \
  -addext "subjectAltName=DNS:pg1,IP:$pg1" -keyout "$work/mitm.key" -out "$work/mitm.crt" >/dev/null 2>&1 \
  || { bad "openssl could not make the man in the middle's certificate"; exit 1; }
outsider=${LAB_HOST_IP%.*}.201
outsider_up "$ns" "$outsider/${LAB_SUBNET#*/}" || { bad "could not put a host on $LAB_BRIDGE"; exit 1; }
log=$work/mitm.log
# Not through outsider_run: a function in the background is a subshell whose PID is not the
# proxy's, and kill would leave the proxy holding ctest's output pipe. ip netns exec execs it.
ip netns exec "$ns" python3 "$mitm" "$work/mitm.crt" "$work/mitm.key" "$pg_port" "$log" &
mitm_pid=$!
deadline=$(($(date +%s) + 10))
until grep -q '^listening' "$log" 2>/dev/null; do
  [ "$(date +%s)" -ge "$deadline" ] && { bad "the man in the middle did not start"; exit 1; }
  sleep 0.2
done

# 2a. pgpilot's connections to pg1 go to it.
dnat=(-d "$pg1" -p tcp --dport "$pg_port" -j DNAT --to-destination "$outsider:$pg_port")
iptables -t nat -I OUTPUT "${dnat[@]}" || { bad "could not add the DNAT rule"; exit 1; }
snap=$("$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$secrets" 2>"$work/status.err" | tail -n 1)
error=$(printf '%s' "$snap" | field '[n["postgres"]["error"] for n in s["nodes"] if n["name"] == "pg1"][0]' 2>/dev/null)
case $error in
  *certificate*) ok "status refuses the man in the middle for pg1: $error" ;;
  *) bad "status on pg1 through the man in the middle: error '$error' (expected a certificate failure); $(printf '%s' "$snap" | status_describe)" ;;
esac
grep -q "^tls-refused $LAB_HOST_IP" "$log" && ok "pgpilot broke off the TLS handshake with the man in the middle" \
  || bad "the man in the middle saw from pgpilot: $(grep "$LAB_HOST_IP" "$log" | cut -c1-200 | tr '\n' ';')"
iptables -t nat -D OUTPUT "${dnat[@]}" && dnat=()

# 2b. pg2's traffic for pg1's address goes to it (pg1's address added in its namespace, without
# answering ARP: pg2 alone is told, by a static neighbour entry).
ip -n "$ns" addr add "$pg1/32" dev "$ns-n" && ip netns exec "$ns" sysctl -qw "net.ipv4.conf.$ns-n.arp_ignore=8" \
  || { bad "could not give the man in the middle pg1's address"; exit 1; }
mac=$(ip -n "$ns" -o link show "$ns-n" | sed -n 's/.*link\/ether \([0-9a-f:]*\).*/\1/p')
dev=$("$lab" exec pg2 ip -o route get "$pg1" | sed -n 's/.* dev \([^ ]*\).*/\1/p')
pg2=$(node_ip pg2)
ip -n "$ns" neigh replace "$pg2" lladdr "$("$lab" exec pg2 cat "/sys/class/net/$dev/address")" dev "$ns-n" nud permanent
sql pg1 repmgr "CREATE TABLE IF NOT EXISTS pgpilot_tls_test (i int)" >/dev/null
"$lab" exec pg2 ip neigh replace "$pg1" lladdr "$mac" dev "$dev" nud permanent && spoofed=$dev \
  || { bad "could not point pg1's address at the man in the middle on pg2"; exit 1; }
# The old connection breaks at its next packet (the man in the middle has no such socket); the
# WAL receiver then reconnects, to the man in the middle. Writes go on meanwhile (pg3 confirms).
written=0
deadline=$(($(date +%s) + 40))
until grep -q "^tls-refused $pg2" "$log" 2>/dev/null && [ "$written" -ge 10 ]; do
  sql pg1 repmgr "INSERT INTO pgpilot_tls_test VALUES ($written)" >/dev/null && written=$((written + 1))
  [ "$(date +%s)" -ge "$deadline" ] && break
  sleep 0.5
done
if grep -q "^tls-refused $pg2" "$log"; then
  ok "pg2 broke off the TLS handshake with the man in the middle posing as pg1 ($(grep -c "^tls-refused $pg2" "$log") times)"
else
  bad "the man in the middle saw from pg2: $(grep "$pg2" "$log" | cut -c1-200 | tr '\n' ';') (expected tls-refused)"
fi
seen=$(sql pg2 postgres "SELECT coalesce((SELECT status FROM pg_stat_wal_receiver), 'none')")
[ "$seen" != streaming ] && ok "pg2's WAL receiver does not stream from the man in the middle ($seen)" \
  || bad "pg2's WAL receiver streams while pg1's address points at the man in the middle"
[ "$written" -ge 10 ] && ok "writes on pg1 went on: $written rows" || bad "only $written writes on pg1 succeeded meanwhile"
"$lab" exec pg2 ip neigh del "$pg1" dev "$dev" && spoofed=""
ip -n "$ns" addr del "$pg1/32" dev "$ns-n"
if grep -q '^password-captured' "$log"; then
  bad "the man in the middle captured a password: $(grep '^password-captured' "$log" | tr '\n' ';')"
else
  ok "the man in the middle got no password ($(grep -c '^connect' "$log") connections)"
fi

# 3. Nothing lost: pg2 streams again with every row, pg1 is still the primary.
wait_node 60 "pg2 streams again from pg1 with sslmode=verify-full" pg2 postgres \
  "SELECT status || ' ' || (conninfo ~ 'sslmode=verify-full') FROM pg_stat_wal_receiver" "streaming true"
wait_node 60 "pg2 has every row written meanwhile ($written)" pg2 repmgr "SELECT count(*) FROM pgpilot_tls_test" "$written"
sql pg1 repmgr "DROP TABLE pgpilot_tls_test" >/dev/null
wait_status 60 "the cluster is healthy with pg1 the primary after the attacks" \
  's.get("healthy") and s.get("write_target") == "pg1"'
