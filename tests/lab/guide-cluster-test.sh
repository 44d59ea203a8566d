#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Is the saved guide cluster (tests/lab/guide-cluster.sh) usable? Restores it and checks the
# guide's phase-4 checkpoint from a node, as the guide runs it: the VIP on pg1, port 5000 of
# the VIP reaches the primary (pg_is_in_recovery f), port 5001 a standby (t); and that the
# password file the fixture hands out is the repmgr user's password.
#
#   tests/lab/guide-cluster-test.sh        (the lab up, `guide-cluster.sh build` done once)
#
# Follows PGPILOT_LAB_INSTANCE. Last line: "guide-cluster-test: N passed, M failed".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
work=$(mktemp -d /tmp/pgpilot-guide-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
ok() {
  echo "ok: $*"
  pass=$((pass + 1))
}
bad() {
  echo "FAIL: $*"
  fail=$((fail + 1))
}

bash "$here/guide-cluster.sh" restore "$work/pw" || {
  echo "guide-cluster-test: restore failed"
  echo "guide-cluster-test: 0 passed, 1 failed"
  exit 1
}
eval "$("$lab" env)"
read -r -a ips <<<"$LAB_NODE_IPS"

mode=$(stat -c %a "$work/pw" 2>/dev/null)
[ "$mode" = 600 ] && [ -s "$work/pw" ] && ok "password file written, mode 600" || bad "password file: mode '$mode', size $(stat -c %s "$work/pw" 2>/dev/null)"

# the checkpoint as the guide runs it: root on a node, root's .pgpass from step 2.2
vip=$("$lab" exec pg1 ip -o addr show 2>&1 | grep -cF " $LAB_VIP/")
[ "$vip" = 1 ] && ok "VIP $LAB_VIP on pg1" || bad "VIP $LAB_VIP on pg1: seen $vip times"
for p in 5000 5001; do
  got=$("$lab" exec pg2 psql -XAt -h "$LAB_VIP" -p "$p" -U repmgr -d repmgr \
    -c "SELECT inet_server_addr(), pg_is_in_recovery();" 2>&1)
  if [ "$p" = 5000 ]; then
    [ "$got" = "${ips[0]}|f" ] && ok "port 5000 -> primary pg1 ($got)" || bad "port 5000: expected ${ips[0]}|f, got '$got'"
  else
    [[ "$got" =~ ^(${ips[1]}|${ips[2]})\|t$ ]] && ok "port 5001 -> a standby ($got)" || bad "port 5001: expected a standby |t, got '$got'"
  fi
done

# the handed-out password logs in as repmgr (a pgpass file of its own in the node, on stdin)
printf '*:*:*:repmgr:%s\n' "$(cat "$work/pw")" |
  "$lab" exec pg3 sh -c 'umask 077; cat >/root/.guide-test-pgpass'
got=$("$lab" exec pg3 env PGPASSFILE=/root/.guide-test-pgpass psql -XAtw -h "${ips[0]}" -U repmgr -d repmgr -c 'SELECT current_user' 2>&1)
"$lab" exec pg3 rm -f /root/.guide-test-pgpass
[ "$got" = repmgr ] && ok "the handed-out password logs in as repmgr" || bad "login with the handed-out password: '$got'"

echo "guide-cluster-test: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
