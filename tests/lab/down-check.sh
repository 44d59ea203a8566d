#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Verifies that no trace of the pgpilot lab is left on the host after `tests/lab/lab down`:
# no process, mount, bridge, veth, cgroup, firewall chain, listening mirror or state directory.
#   tests/lab/down-check.sh [--bridge NAME] [--host-ip ADDR]
# Exit 0 when clean; otherwise lists what is left. Last line: "down-check: N passed, M failed".
set -uo pipefail
export LC_ALL=C

CACHE=${PGPILOT_LAB_CACHE:-/var/cache/pgpilot-lab}
INST=${PGPILOT_LAB_INSTANCE:-}   # the same instance rules as tests/lab/lab
STATE=${PGPILOT_LAB_STATE:-$CACHE/run${INST:+-$INST}}
BRIDGE=${PGPILOT_LAB_BRIDGE:-pgplab${INST:-0}}
CG_NAME=pgpilot-lab${INST:+-$INST}
IPT_CHAIN=PGPILOT-LAB${INST:+-${INST^^}}
MACHINE_PREFIX=${INST:+$INST-}
HOST_IP=10.231.0.1
[ -n "$INST" ] && HOST_IP=10.232.$(printf '%d' "'$INST").1
while [ $# -gt 0 ]; do
  case "$1" in
    --bridge) BRIDGE=$2; shift 2 ;;
    --host-ip) HOST_IP=$2; shift 2 ;;
    *) echo "usage: $0 [--bridge NAME] [--host-ip ADDR]" >&2; exit 2 ;;
  esac
done

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   - $1"; }
bad() { fail=$((fail + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/       /'; }
check() { # check DESCRIPTION LEFTOVERS
  if [ -z "$2" ]; then ok "$1"; else bad "$1" "$2"; fi
}

# processes: in a lab cgroup, rooted in the lab's state, nspawn of a lab node, or the mirror server.
# A process that already exited but is not yet reaped (zombie) is dead; its reaper is the host's
# PID 1, not the lab, so it is waited for a while and then only noted.
scan_procs() {
  procs="" zombies=""
  local p pid cg cmd root st
  for p in /proc/[0-9]*; do
    pid=${p#/proc/}
    [ "$pid" = $$ ] && continue
    cg=$(cat "$p/cgroup" 2>/dev/null) || continue
    cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || cmd=""
    root=$(readlink "$p/root" 2>/dev/null) || root=""
    st=$(awk '{print $3}' "$p/stat" 2>/dev/null) || st=""
    # "$STATE/" with the slash: another lab's state ($CACHE/run-X) starts with the same letters
    if [[ "$cg" =~ /$CG_NAME(/|$) ]] || [[ "$root" == "$STATE" || "$root" == "$STATE/"* ]] ||
      [[ "$cmd" == *systemd-nspawn*"$STATE/"* ]] || [[ "$cmd" == *http.server*--bind\ "$HOST_IP"* ]]; then
      if [ "$st" = Z ]; then zombies+="$pid "; else procs+="$pid $st $cmd"$'\n'; fi
    fi
  done
  [ -z "$procs$zombies" ]
}
deadline=$((SECONDS + 15))
until scan_procs || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.5; done
check "no lab process left" "${procs%$'\n'}"
[ -n "$zombies" ] && echo "note - exited lab processes not yet reaped by the host's PID 1: $zombies"

# (other lab instances' state directories, $CACHE/run-X, are theirs)
check "no mount under $CACHE or $STATE" "$(awk -v c="$CACHE" -v s="$STATE" '$5 == s || index($5, s "/") == 1 || (index($5, c) == 1 && substr($5, length(c) + 1) !~ /^\/run(-[a-z0-9])?\//) {print $5}' /proc/self/mountinfo)"

check "no nspawn runtime dir of a lab node" "$(ls -d /run/systemd/nspawn/propagate/"$MACHINE_PREFIX"pg[0-9]* /run/systemd/nspawn/propagate/"$MACHINE_PREFIX"backup 2>/dev/null)"
check "no bridge $BRIDGE" "$(ip -br link show "$BRIDGE" 2>/dev/null)"
check "no lab veth (vb-${MACHINE_PREFIX}pg*, vb-${MACHINE_PREFIX}backup)" "$(ip -br link show 2>/dev/null | awk -v p="vb-${MACHINE_PREFIX}pg" -v b="vb-${MACHINE_PREFIX}backup" '(index($1, p) == 1 && substr($1, length(p) + 1) ~ /^[0-9]/) || $1 == b || index($1, b "@") == 1 {print $1}')"
check "no address $HOST_IP on the host" "$(ip -br -4 addr show 2>/dev/null | grep -w -F "$HOST_IP")"

cgs=""
for d in /sys/fs/cgroup/"$CG_NAME" /sys/fs/cgroup/*/"$CG_NAME"; do
  [ -e "$d" ] && cgs+="$d"$'\n'
done
check "no lab cgroup" "${cgs%$'\n'}"

if iptables -w -L FORWARD -n >/dev/null 2>&1; then
  check "no iptables chain $IPT_CHAIN" "$(iptables -w -S 2>/dev/null | grep -E -- "(^| )$IPT_CHAIN( |$)")"
else
  echo "skip - iptables does not work here"
fi

check "nothing listening on $HOST_IP:8080" "$(ss -Htln 2>/dev/null | awk -v a="$HOST_IP:8080" '$4 == a')"
check "state directory $STATE removed" "$([ -e "$STATE" ] && ls -A "$STATE" | head -5 | sed "s|^|$STATE/|")"
check "no half-built cache (*.tmp) in $CACHE" "$(ls -d "$CACHE"/*.tmp "$CACHE"/saves${INST:+-$INST}/.*.tmp 2>/dev/null)"

echo "down-check: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
