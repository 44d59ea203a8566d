#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 16, finding 4: the site's own CA instead of pgpilot's (worksheet tls.mode "site").
#  1. openssl makes a site root CA, an intermediate CA under it, and for every node a certificate
#     from the intermediate (IP names: the node and the VIP); each node's file holds its
#     certificate and then the intermediate, as a site's PKI hands them out.
#  2. import-certs refuses a set with a certificate lacking the VIP (exit 1, secrets file
#     unchanged), then stores the good set.
#  3. apply --phase 2 writes them (a reload, no restart); then every node serves the site's
#     chain (verified from the lab host against the site root only), a standby's WAL receiver made
#     to reconnect streams again with sslmode=verify-full, and `pgpilot check` passes (its
#     checkpoints connect with verify-full and the site root).
#   tests/lab/security-sitecerts-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-sitecerts-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-sitecerts-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-sitecerts.XXXXXX)
TEST=security-sitecerts-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
read -r vip pgport < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["network"]["vip"], s.get("ports", {}).get("postgres", 5432))' "$LAB_CLUSTER_FILE")
nodes=$(python3 -c 'import json,sys; print(" ".join(n["name"] + "=" + n["address"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$LAB_CLUSTER_FILE")
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -A -t -q -h /var/run/postgresql -p "$pgport" -d repmgr -c "$2" 2>&1; }

# The worksheet with the site's CA; the rest of the script uses it.
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); s.setdefault("tls", {})["mode"] = "site"; json.dump(s, open(sys.argv[2], "w"), indent=2)' \
  "$LAB_CLUSTER_FILE" "$work/cluster.json"
LAB_CLUSTER_FILE=$work/cluster.json

# 1. The site's PKI.
pki=$work/pki
mkdir -p "$pki"
cat >"$pki/ext.cnf" <<'EOF'
[site_root]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[site_inter]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[site_node]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth,clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = ${ENV::SAN}
EOF
mkpki() {
  export SAN=DNS:unused
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$pki/root.key" -out "$pki/root.crt" -days 30 \
    -subj "/O=Example Site/CN=Example Site Root" -extensions site_root -config <(cat /etc/ssl/openssl.cnf "$pki/ext.cnf") &&
  openssl req -newkey rsa:2048 -nodes -keyout "$pki/inter.key" -out "$pki/inter.csr" -subj "/O=Example Site/CN=Example Site Servers" &&
  openssl x509 -req -in "$pki/inter.csr" -CA "$pki/root.crt" -CAkey "$pki/root.key" -CAcreateserial -days 30 \
    -extfile "$pki/ext.cnf" -extensions site_inter -out "$pki/inter.crt" || return 1
  local entry name addr
  for entry in $nodes; do
    name=${entry%%=*} addr=${entry#*=}
    openssl req -newkey rsa:2048 -nodes -keyout "$pki/$name.key" -out "$pki/$name.csr" -subj "/O=Example Site/CN=$name" &&
    SAN="DNS:$name,IP:$addr,IP:$vip" openssl x509 -req -in "$pki/$name.csr" -CA "$pki/inter.crt" -CAkey "$pki/inter.key" \
      -CAcreateserial -days 90 -extfile "$pki/ext.cnf" -extensions site_node -out "$pki/$name.leaf" &&
    cat "$pki/$name.leaf" "$pki/inter.crt" >"$pki/$name.crt" || return 1
    # The same node without the VIP among its names: what import-certs must refuse.
    SAN="DNS:$name,IP:$addr" openssl x509 -req -in "$pki/$name.csr" -CA "$pki/inter.crt" -CAkey "$pki/inter.key" \
      -CAcreateserial -days 90 -extfile "$pki/ext.cnf" -extensions site_node -out "$pki/$name.novip" &&
    cat "$pki/$name.novip" "$pki/inter.crt" >"$pki/$name.novip.crt" || return 1
  done
}
if mkpki >"$pki/openssl.log" 2>&1; then
  ok "site PKI made: root, intermediate, $(echo $nodes | wc -w) node certificates"
else
  bad "openssl: $(tail -n 3 "$pki/openssl.log")"
  exit 1
fi
node_args() { # node_args SUFFIX: --node name=cert,key for every node
  local entry name
  for entry in $nodes; do
    name=${entry%%=*}
    printf -- '--node\n%s=%s,%s\n' "$name" "$pki/$name$1" "$pki/$name.key"
  done
}

# 2. import-certs: the set without the VIP is refused and stores nothing; the good one is stored.
before=$(sha256sum <"$secrets")
mapfile -t bad_nodes < <(node_args .novip.crt)
"$pgpilot" import-certs "$LAB_CLUSTER_FILE" --ca "$pki/root.crt" "${bad_nodes[@]}" --secrets-file "$secrets" \
  >"$work/import-bad.out" 2>"$work/import-bad.err"
rc=$?
if [ "$rc" -eq 1 ] && grep -q "$vip" "$work/import-bad.err" && [ "$(sha256sum <"$secrets")" = "$before" ]; then
  ok "a certificate without the VIP is refused (exit 1, the VIP named, secrets file unchanged)"
else
  bad "bad set: exit $rc, $(head -n 3 "$work/import-bad.err" | tr '\n' ' ')"
fi
grep -q 'PRIVATE KEY' "$work/import-bad.out" "$work/import-bad.err" && bad "import-certs printed a key"
mapfile -t good_nodes < <(node_args .crt)
if "$pgpilot" import-certs "$LAB_CLUSTER_FILE" --ca "$pki/root.crt" "${good_nodes[@]}" --secrets-file "$secrets" \
  >"$work/import.out" 2>"$work/import.err"; then
  ok "import-certs stored $(grep -c ': stored' "$work/import.out") keys"
else
  bad "import-certs: $(tail -n 3 "$work/import.err" | tr '\n' ' ')"
  exit 1
fi
grep -q 'PRIVATE KEY' "$work/import.out" "$work/import.err" && bad "import-certs printed a key"

# 3. Phase 2 writes them; a reload, not a restart.
declare -A started
for entry in $nodes; do
  started[${entry%%=*}]=$(sql "${entry%%=*}" 'SELECT pg_postmaster_start_time()')
done
if "$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 2 "${args[@]}" >"$work/phase2.log" 2>&1; then
  ok "phase 2 with the site's certificates passed its checkpoint"
else
  bad "phase 2: $(grep -iE 'fail|error' "$work/phase2.log" | tail -n 4 | tr '\n' ' ')"
fi
for entry in $nodes; do
  name=${entry%%=*} addr=${entry#*=}
  chain=$(openssl s_client -starttls postgres -connect "$addr:$pgport" -CAfile "$pki/root.crt" -verify_return_error \
    -verify_ip "$addr" </dev/null 2>&1)
  issuer=$(printf '%s\n' "$chain" | openssl x509 -noout -issuer 2>/dev/null)
  if printf '%s' "$chain" | grep -q 'Verify return code: 0' && [[ $issuer == *"Example Site Servers"* ]]; then
    ok "$name serves the site's chain ($issuer), verified against the site root alone"
  else
    bad "$name: $(printf '%s\n' "$chain" | grep -E 'Verify return|issuer|error' | head -n 3 | tr '\n' ' ')"
  fi
  now=$(sql "$name" 'SELECT pg_postmaster_start_time()')
  [ "$now" = "${started[$name]}" ] && ok "$name: PostgreSQL did not restart" \
    || bad "$name: PostgreSQL restarted (${started[$name]} -> $now)"
done

# A standby's WAL receiver reconnects: verify-full against the site root, for real. Its
# walsender on the primary is ended (a WAL receiver is no backend pg_terminate_backend could end).
primary=pg1 standby=pg2
[ "$(sql pg1 'SELECT pg_is_in_recovery()')" = f ] || { primary=pg2 standby=pg1; }
old_pid=$(sql "$standby" 'SELECT pid FROM pg_stat_wal_receiver')
sql "$primary" "SELECT pg_terminate_backend(pid) FROM pg_stat_replication WHERE application_name = '$standby'" >/dev/null
deadline=$(($(date +%s) + 60))
while :; do
  row=$(sql "$standby" "SELECT pid, status, conninfo LIKE '%sslmode=verify-full%' FROM pg_stat_wal_receiver")
  IFS='|' read -r pid st vf <<<"$row"
  if [ -n "$pid" ] && [ "$pid" != "$old_pid" ] && [ "$st" = streaming ] && [ "$vf" = t ]; then
    ok "$standby's WAL receiver reconnected (pid $old_pid -> $pid) and streams with sslmode=verify-full"
    break
  fi
  [ "$(date +%s)" -lt "$deadline" ] || { bad "$standby's WAL receiver after 60 s: '$row' (was pid $old_pid)"; break; }
  sleep 0.5
done
ssl=$(sql "$primary" "SELECT ssl FROM pg_stat_ssl JOIN pg_stat_replication USING (pid) WHERE application_name = '$standby'")
[ "$ssl" = t ] && ok "$primary's walsender to $standby uses TLS (pg_stat_ssl)" || bad "$primary: pg_stat_ssl for $standby says '$ssl'"

if "$pgpilot" check "$LAB_CLUSTER_FILE" "${args[@]}" >"$work/check.log" 2>&1; then
  ok "pgpilot check passes with the site root ($(grep -c -i 'pass' "$work/check.log") pass lines)"
else
  bad "check: $(grep -iE 'fail|error' "$work/check.log" | tail -n 4 | tr '\n' ' ')"
fi
wait_status 60 "status is healthy, reading every node over verify-full with the site root" \
  'all(n.get("postgres", {}).get("tls") for n in s.get("nodes", [])) and s.get("healthy")'
