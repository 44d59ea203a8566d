#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes one lab node answer SSH slowly or not at all, and undoes it.
#   shape.sh slow NODE KBIT   traffic shaping: a token bucket (tc tbf) on the host side of the
#                             node's veth (vb-[<instance>-]NODE) lets KBIT kbit/s reach the node
#                             and queues the rest (up to 120 s, nothing dropped). 8 kbit/s makes
#                             an SSH login take about 5 s. (The host kernel has no netem, so a
#                             fixed delay is not available; a low rate is the same to pgpilot:
#                             every packet to the node waits.)
#   shape.sh freeze NODE      stops (SIGSTOP) the node's listening sshd: TCP connects, but no SSH
#                             banner ever comes (the slowest answer of all).
#   shape.sh clear NODE       removes both (no error when there is nothing to remove).
# Uses the lab instance of PGPILOT_LAB_INSTANCE, like tests/lab/lab.
set -euo pipefail
usage="usage: shape.sh slow NODE KBIT | freeze NODE | clear NODE"
action=${1:?$usage}
node=${2:?$usage}
here=$(cd "$(dirname "$0")" && pwd)
lab="$here/../lab/lab"
inst=${PGPILOT_LAB_INSTANCE:-}
dev="vb-${inst:+$inst-}$node"
if ! ip link show "$dev" >/dev/null 2>&1; then
  echo "shape: no interface $dev (is the lab${inst:+ instance $inst} up, and is $node one of its nodes?)" >&2
  exit 1
fi
sshd_pid() { "$lab" exec "$node" systemctl show -p MainPID --value ssh | tr -d '[:space:]'; }
case "$action" in
  slow)
    kbit=${3:?$usage}
    [[ "$kbit" =~ ^[0-9]+$ ]] || { echo "shape: KBIT must be a whole number" >&2; exit 2; }
    tc qdisc replace dev "$dev" root tbf rate "${kbit}kbit" burst 1600 latency 120s
    ;;
  freeze)
    pid=$(sshd_pid)
    [[ "$pid" =~ ^[1-9][0-9]*$ ]] || { echo "shape: $node's sshd is not running (MainPID '$pid')" >&2; exit 1; }
    "$lab" exec "$node" kill -STOP "$pid"
    ;;
  clear)
    tc qdisc del dev "$dev" root 2>/dev/null || true
    pid=$(sshd_pid 2>/dev/null || true)
    if [[ "$pid" =~ ^[1-9][0-9]*$ ]]; then "$lab" exec "$node" kill -CONT "$pid" || true; fi
    ;;
  *) echo "shape: unknown action '$action'; $usage" >&2; exit 2 ;;
esac
