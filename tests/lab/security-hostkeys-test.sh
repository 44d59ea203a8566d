#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 16, finding 5b: postgres' known_hosts on the nodes (repmgr's SSH for switchover and
# rejoin) holds the host keys pgpilot verified, never what answered a scan on the nodes' network.
#   - after a build, every node's known_hosts_pgpilot has exactly pgpilot's keys for the nodes;
#   - an attacker on pg1's path to pg2 (here: a DNAT rule in pg1's network namespace that sends
#     pg1's SSH connections for pg2 to pg3, a real host with another key) while phase 3 writes
#     pg1's file afresh: the file keeps pg2's real key, postgres on pg1 refuses the impostor, and phase 3's
#     checkpoint says pg1 cannot reach pg2 (with a scan, pg1 would have recorded pg3's key as
#     pg2's and the checkpoint would have passed, talking to the wrong host);
#   - once the rule is gone, postgres on pg1 reaches pg2 again, phase 3 passes, and the cluster
#     is healthy.
#   tests/lab/security-hostkeys-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-hostkeys-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-hostkeys-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-hostkeys.XXXXXX)
TEST=security-hostkeys-test
rule=()
pg1_pid=""
cleanup() {
  [ ${#rule[@]} -gt 0 ] && [ -n "$pg1_pid" ] && nsenter -t "$pg1_pid" -n iptables -w -t nat -D "${rule[@]}" 2>/dev/null
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
spec_value() { python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$LAB_CLUSTER_FILE" "$1"; }
known=$(spec_value 's["ssh"]["knownHostsFile"]')
pg2=$(spec_value '[n["address"] for n in s["nodes"] if n["name"] == "pg2"][0]')
pg3=$(spec_value '[n["address"] for n in s["nodes"] if n["name"] == "pg3"][0]')
remote_file=/var/lib/postgresql/.ssh/known_hosts_pgpilot

# The key lines ("name type base64", sorted) pgpilot holds for the nodes, and a node's file.
expected=$(awk 'NF >= 3 && $1 !~ /^[#@|]/ {print $1, $2, $3}' "$known" | sort)
node_keys() { "$lab" exec "$1" cat "$remote_file" 2>/dev/null | awk 'NF >= 3 && $1 !~ /^#/ {print $1, $2, $3}' | sort; }
files_match() {
  local n got
  for n in pg1 pg2 pg3; do
    got=$(node_keys "$n")
    if [ "$got" != "$expected" ]; then
      echo "$n has: ${got:-nothing} / pgpilot holds: $expected"
      return 1
    fi
  done
}
name2=$("$lab" exec pg2 hostname) name3=$("$lab" exec pg3 hostname)
postgres_ssh() { "$lab" exec pg1 runuser -u postgres -- ssh -F /var/lib/postgresql/.ssh/config -o ConnectTimeout=5 "$1" hostname 2>&1; }

# 1. After the build: exactly pgpilot's verified keys.
if why=$(files_match); then ok "every node's $remote_file holds exactly pgpilot's verified keys"; else bad "$why"; fi

# 2. An attacker between pg1 and pg2 while phase 3 runs again.
pg1_pid=$(node_pid1 pg1) || { bad "no PID 1 for pg1"; exit 1; }
rule=(OUTPUT -p tcp -d "$pg2" --dport 22 -j DNAT --to-destination "$pg3:22")
if nsenter -t "$pg1_pid" -n iptables -w -t nat -A "${rule[@]}"; then
  ok "pg1's SSH connections to pg2 ($pg2) now reach pg3 ($pg3)"
else
  bad "could not add the DNAT rule in pg1's network namespace"
  rule=()
  exit 1
fi
out=$(postgres_ssh pg2)
if [ "$out" = "$name3" ]; then
  bad "postgres on pg1 logged in to the impostor (it answered '$out')"
elif printf '%s' "$out" | grep -qi 'host key verification failed\|IDENTIFICATION HAS CHANGED'; then
  ok "postgres on pg1 refuses the impostor: $(printf '%s' "$out" | grep -i 'verification failed' | head -n 1)"
else
  bad "postgres on pg1 to pg2 through the impostor: unexpected answer: $(printf '%s' "$out" | tail -n 2)"
fi
# As on a node being built while the attacker is there: pg1 has no file yet (a scan would now
# record pg3's key as pg2's; the previous probe would also have skipped an existing file).
"$lab" exec pg1 rm -f "$remote_file"
"$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 3 --json "${args[@]}" >"$work/p3-attacked.json" 2>&1
rc=$?
if why=$(files_match); then ok "after phase 3 under attack the files still hold pgpilot's keys"; else bad "under attack: $why"; fi
if [ "$rc" -ne 0 ] && grep -q 'postgres-ssh' "$work/p3-attacked.json"; then
  ok "phase 3's checkpoint fails under attack (exit $rc, criterion postgres-ssh: $(grep -m 1 -o '"[^"]*postgres-ssh[^"]*"' "$work/p3-attacked.json" | cut -c 1-160))"
else
  bad "phase 3 under attack exited $rc without a postgres-ssh failure: $(tail -n 3 "$work/p3-attacked.json")"
fi
nsenter -t "$pg1_pid" -n iptables -w -t nat -D "${rule[@]}" && rule=()

# 3. The attacker gone: back to normal.
out=$(postgres_ssh pg2)
if [ "$out" = "$name2" ]; then ok "postgres on pg1 reaches pg2 again"; else bad "postgres on pg1 to pg2: $(printf '%s' "$out" | tail -n 2)"; fi
if "$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 3 "${args[@]}" >"$work/p3.log" 2>&1; then
  ok "phase 3 passes again"
else
  bad "phase 3 after the attack: $(tail -n 5 "$work/p3.log")"
fi
wait_status 60 "the cluster is healthy" 's.get("healthy")'
