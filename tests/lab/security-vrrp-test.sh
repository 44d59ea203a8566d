#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Attack (issue 16, finding 5): a host on the cluster's subnet that is not a node (the lab host,
# on the bridge) sends VRRP adverts with priority 255 for the cluster's virtual router to the
# primary. Keepalived without check_unicast_src takes them for a better master and gives up the
# VIP: writes stop for as long as the neighbour keeps sending. pgpilot's Keepalived only counts
# adverts from its unicast peers, so the VIP stays. The test then takes check_unicast_src out on
# the primary to show that the same adverts do take the VIP there (the attack reaches and works),
# and puts it back.
#   tests/lab/security-vrrp-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-vrrp-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-vrrp-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-vrrp.XXXXXX)
TEST=security-vrrp-test
conf=/etc/keepalived/keepalived.conf
attacker="" changed=""
cleanup() {
  [ -n "$attacker" ] && kill "$attacker" 2>/dev/null && wait "$attacker" 2>/dev/null
  # The primary's Keepalived as pgpilot wrote it, whatever happened (the next test restores anyway).
  [ -n "$changed" ] && "$lab" exec pg1 sh -c "cat >$conf && systemctl restart keepalived" <"$work/keepalived.conf" 2>/dev/null
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
vip=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["network"]["vip"])' "$LAB_CLUSTER_FILE")
"$lab" exec pg1 cat "$conf" >"$work/keepalived.conf" || { bad "cannot read $conf on pg1"; exit 1; }
vrid=$(sed -n 's/^ *virtual_router_id *\([0-9]*\).*/\1/p' "$work/keepalived.conf")
pg1_ip=$(python3 -c 'import json,sys; print([n["address"] for n in json.load(open(sys.argv[1]))["nodes"] if n["name"] == "pg1"][0])' "$LAB_CLUSTER_FILE")
[ -n "$vrid" ] && [ -n "$vip" ] || { bad "no virtual_router_id or VIP (vrid '$vrid', vip '$vip')"; exit 1; }
grep -q '^ *check_unicast_src' "$work/keepalived.conf" && ok "pg1's Keepalived checks the adverts' source" \
  || bad "pg1's keepalived.conf has no check_unicast_src"
wait_status 60 "pg1 holds the VIP before the attack" 's["vip_holder"] == "pg1"'

# attack_and_watch SECONDS: adverts to pg1 for SECONDS; meanwhile how many of pg1's samples
# (every 0.2 s, until 2 s after the attack) lacked the VIP. Sets missing and samples.
attack_and_watch() {
  local secs=$1 end
  "$here/tools/rogue-vrrp" --to "$pg1_ip" --vrid "$vrid" --vip "$vip" --seconds "$secs" >"$work/rogue.log" 2>&1 &
  attacker=$!
  missing=0 samples=0
  end=$(($(date +%s) + secs + 2))
  while [ "$(date +%s)" -lt "$end" ]; do
    samples=$((samples + 1))
    "$lab" exec pg1 ip -o -4 addr show | grep -qF " $vip/" || missing=$((missing + 1))
    sleep 0.2
  done
  wait "$attacker"
  attacker=""
}

attack_and_watch 8
sent=$(sed -n 's/^rogue-vrrp: \([0-9]*\) adverts.*/\1/p' "$work/rogue.log")
[ "${sent:-0}" -ge 20 ] && ok "the neighbour sent $sent adverts with priority 255 for VRID $vrid" \
  || bad "the neighbour did not send: $(cat "$work/rogue.log")"
[ "$missing" -eq 0 ] && ok "pg1 kept the VIP in all $samples samples during the attack" \
  || bad "pg1 lost the VIP in $missing of $samples samples during the attack"
wait_status 30 "the cluster is healthy after the attack" 's["healthy"] and s["vip_holder"] == "pg1"'

# The control: without check_unicast_src the same adverts take the VIP from pg1.
changed=1
# A restart (a reload is asynchronous, with nothing to wait on): pg1 takes the VIP back first.
"$lab" exec pg1 sh -c "sed '/^ *check_unicast_src/d' >$conf && keepalived -t -f $conf && systemctl restart keepalived" \
  <"$work/keepalived.conf" || { bad "could not restart pg1's Keepalived without check_unicast_src"; exit 1; }
wait_status 60 "pg1 holds the VIP again, now without check_unicast_src" 's["vip_holder"] == "pg1"' || exit 1
attack_and_watch 8
[ "$missing" -gt 0 ] && ok "control: without check_unicast_src pg1 lost the VIP in $missing of $samples samples" \
  || bad "control: without check_unicast_src pg1 kept the VIP ($samples samples): the attack did not reach Keepalived"
"$lab" exec pg1 sh -c "cat >$conf && systemctl restart keepalived" <"$work/keepalived.conf" \
  && changed="" || bad "could not put pg1's keepalived.conf back"
wait_status 60 "pg1 holds the VIP again and the cluster is healthy" 's["healthy"] and s["vip_holder"] == "pg1"'
