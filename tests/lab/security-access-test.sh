#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Attacks (issue 16, findings 3 and 5e) on a built cluster whose application subnet is narrower
# than the nodes' subnet (here: the lab host alone):
#   - a host on the nodes' subnet but outside the application subnet (a network namespace on the
#     lab's bridge) connects to HAProxy's write and read ports on a node and on the VIP: HAProxy
#     must drop it before PostgreSQL answers (PostgreSQL would see the node's own address);
#   - the same host connects straight to PostgreSQL as an application user: pg_hba must refuse
#     its address (only the nodes' own addresses and the application subnet are allowed);
#   - pgpilot's monitoring login (the dashboard's, status', the write probe's) tries COPY ... TO
#     PROGRAM, reading a server file and creating a table: all refused, it is not a superuser;
#     `status` works with a secrets file that has no repmgr password at all;
#   - HAProxy's stats page asks for a password; the dashboard has it.
# The lab host (inside the application subnet) keeps getting through, and the cluster stays healthy.
#   tests/lab/security-access-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-access-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-access-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
reach=$here/tools/pg-reach
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-access.XXXXXX)
TEST=security-access-test
ns=pgpout${PGPILOT_LAB_INSTANCE:-0}
cleanup() {
  outsider_down "$ns"
  rm -f "$work/pw"
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
cluster=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$LAB_CLUSTER_FILE")
secret() { sed -n "s/^pgpilot:$cluster:$1=//p" "$secrets"; }
node_ip() { python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"] == sys.argv[2]][0])' "$LAB_CLUSTER_FILE" "$1"; }
pg1=$(node_ip pg1) pg2=$(node_ip pg2)
port() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("ports", {}).get(sys.argv[2], sys.argv[3]))' "$LAB_CLUSTER_FILE" "$1" "$2"; }
pg_port=$(port postgres 5432) stats_port=$(port haproxyStats 7000)

# 1. The application subnet becomes the lab host alone; phases 2-4 bring pg_hba and HAProxy along.
spec=$work/cluster.json
python3 - "$LAB_CLUSTER_FILE" "$spec" "$LAB_HOST_IP/32" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
s["application"]["subnet"] = sys.argv[3]
json.dump(s, open(sys.argv[2], "w"), indent=2)
PY
if "$pgpilot" apply "$spec" --from 2 --to 4 "${args[@]}" >"$work/apply.log" 2>&1; then
  ok "phases 2-4 applied with the application subnet $LAB_HOST_IP/32"
else
  bad "apply --from 2 --to 4 failed: $(tail -n 5 "$work/apply.log")"
  exit 1
fi

# 2. A neighbour on the nodes' subnet, outside the application subnet.
outsider=${LAB_HOST_IP%.*}.200
outsider_up "$ns" "$outsider/${LAB_SUBNET#*/}" || { bad "could not put a neighbour on $LAB_BRIDGE"; exit 1; }
for target in "$pg1 5000" "$pg1 5001" "$pg2 5000" "$LAB_VIP 5000" "$LAB_VIP 5001"; do
  # shellcheck disable=SC2086 # host and port
  seen=$(outsider_run "$ns" "$reach" $target)
  [ "$seen" = closed ] && ok "HAProxy drops the neighbour $outsider on ${target/ /:}" \
    || bad "the neighbour $outsider on ${target/ /:} got: $seen (expected closed)"
  # shellcheck disable=SC2086
  seen=$("$reach" $target)
  # pg-reach speaks without TLS: with verified TLS (the default) PostgreSQL's answer is pg_hba's
  # refusal for "no encryption", which also shows that the connection got through to it.
  case $seen in
    auth | hba:*"no encryption"*) ok "the lab host (application subnet) reaches PostgreSQL through ${target/ /:} ($seen)" ;;
    *) bad "the lab host on ${target/ /:} got: $seen (expected auth, or a refusal for no encryption)" ;;
  esac
done
seen=$(outsider_run "$ns" "$reach" "$pg1" "$pg_port" mattermost postgres)
case $seen in
  hba:*) ok "PostgreSQL on pg1 refuses the neighbour's address for an application login (${seen#hba: })" ;;
  *) bad "the neighbour's application login on pg1:$pg_port got: $seen (expected a pg_hba refusal)" ;;
esac

# 3. pgpilot's monitoring login cannot do what a superuser can.
secret monitor-password >"$work/pw"
chmod 0600 "$work/pw"
[ -s "$work/pw" ] && ok "the secrets file holds the monitoring role's password" \
  || bad "no monitor-password in the secrets file"
as_monitor() { # SQL: psql as pgpilot_monitor on pg1, password on stdin; prints output and errors
  sh -c 'IFS= read -r PGPASSWORD; export PGPASSWORD PGPASSFILE=/dev/null
    psql -X -A -t -q -v ON_ERROR_STOP=1 "host=$1 port=$2 user=pgpilot_monitor dbname=repmgr connect_timeout=5" -c "$3" 2>&1' \
    sh "$pg1" "$pg_port" "$1" <"$work/pw"
}
seen=$(as_monitor "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
[ "$seen" = f ] && ok "the monitoring role logs in and is not a superuser" || bad "monitoring login: $seen"
seen=$(as_monitor "SELECT count(*) FROM repmgr.nodes")
[ "$seen" = "$LAB_NODES" ] && ok "it reads repmgr's nodes ($seen)" || bad "it cannot read repmgr.nodes: $seen"
"$lab" exec pg1 rm -f /tmp/pgpilot-pwned
seen=$(as_monitor "COPY (SELECT 1) TO PROGRAM 'touch /tmp/pgpilot-pwned'")
if printf '%s' "$seen" | grep -q 'ERROR' && ! "$lab" exec pg1 test -e /tmp/pgpilot-pwned 2>/dev/null; then
  ok "COPY ... TO PROGRAM is refused ($(printf '%s' "$seen" | head -n 1))"
else
  bad "COPY ... TO PROGRAM as the monitoring role: '$seen'; file made: $("$lab" exec pg1 ls /tmp/pgpilot-pwned 2>&1)"
fi
for sql in "SELECT pg_read_file('/etc/passwd', 0, 10)" "CREATE TABLE public.pgpilot_attack (i int)" \
  "ALTER ROLE pgpilot_monitor SUPERUSER"; do
  seen=$(as_monitor "$sql")
  printf '%s' "$seen" | grep -q 'ERROR' && ok "refused: $sql" || bad "$sql as the monitoring role gave: $seen"
done
rm -f "$work/pw"
grep -v ":repmgr-password=" "$secrets" >"$work/no-repmgr.secrets"
chmod 0600 "$work/no-repmgr.secrets"
snap=$("$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$work/no-repmgr.secrets" 2>"$work/status.err" | tail -n 1)
[ "$(printf '%s' "$snap" | field 's.get("healthy") and s.get("write_target") == "pg1"' 2>/dev/null)" = True ] \
  && ok "status is healthy without the repmgr password (it logs in as the monitoring role, reads HAProxy's stats)" \
  || bad "status without the repmgr password: $(printf '%s' "$snap" | status_describe) $(tail -c 300 "$work/status.err")"

# 4. HAProxy's stats page.
url="http://$pg1:$stats_port/stats;csv"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")
[ "$code" = 401 ] && ok "the stats page without a password: HTTP 401" || bad "the stats page without a password: HTTP $code"
code=$(printf 'user = "pgpilot:%s"\n' "$(secret stats-password)" | curl -s -K - -o "$work/stats.csv" -w '%{http_code}' --max-time 5 "$url")
[ "$code" = 200 ] && grep -q '^pg_primary,pg1,' "$work/stats.csv" && ok "with pgpilot's stats password: HTTP 200 and the backends" \
  || bad "the stats page with the password: HTTP $code, $(head -c 200 "$work/stats.csv" 2>/dev/null)"
code=$(printf 'user = "pgpilot:wrong-password"\n' | curl -s -K - -o /dev/null -w '%{http_code}' --max-time 5 "$url")
[ "$code" = 401 ] && ok "a wrong stats password: HTTP 401" || bad "a wrong stats password: HTTP $code"

wait_status 60 "the cluster is healthy after the attacks" 's.get("healthy") and s.get("write_target") == "pg1"'
