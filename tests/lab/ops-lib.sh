# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by tests/lab/ops-*.sh and tests/bench/bench-ops.sh (sourced, not run): results, status
# polling with deadlines, the fixture, and crashing/booting a node. The caller sets TEST, work,
# pgpilot, here, lab and probe, and traps EXIT with ops_finish.
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fail=$((fail + 1)); echo "FAIL  $*"; }

ops_finish() {
  [ -f "$work/cp/meta.json" ] && "$probe" stop --out "$work/cp" >/dev/null 2>&1
  rm -rf "$work"
  echo "$TEST: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}

# The lab's environment, the built cluster restored, and $secrets / $args for pgpilot.
ops_setup() {
  eval "$("$lab" env)" || { bad "the lab is not up"; return 1; }
  secrets=$work/secrets
  args=(--secrets-file "$secrets" --state-dir "$work/state")
  if "$here/cluster-fixture.sh" restore "$secrets" "$pgpilot" >"$work/restore.log" 2>&1; then
    ok "built cluster restored: $(tail -n 1 "$work/restore.log")"
  else
    bad "fixture restore: $(tail -n 3 "$work/restore.log")"
    return 1
  fi
}

status_json() { "$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$secrets" 2>/dev/null | tail -n 1; }
# One value from a status JSON line on stdin: python3 expression over s.
field() { python3 -c 'import json,sys; s=json.loads(sys.stdin.read() or "{}"); print(eval(sys.argv[1]))' "$1"; }
# What a status JSON line on stdin shows, for failure messages (never fails itself).
status_describe() {
  field '"states=%s vip=%s writes=%s alarms=%s" % ({n.get("name"): n.get("state") for n in s.get("nodes", [])}, s.get("vip_holder"), s.get("write_target"), [a.get("kind", "?") + ":" + a.get("node", "") for a in s.get("alarms", [])])' 2>/dev/null || echo "no snapshot"
}
# The only primary of a snapshot, or None (status_value then polls on).
ONLY_PRIMARY='(lambda p: p[0] if len(p) == 1 else None)([n.get("name") for n in s.get("nodes", []) if n.get("state") == "primary"])'
# status_value VAR DEADLINE_S DESCRIPTION PYTHON_EXPRESSION: polls `pgpilot status` until the
# expression over s has a value (no exception, not None, not empty) and puts it into VAR. One
# snapshot may lack the data (a node not polled yet on a loaded host): never index into just one.
# On the deadline: bad with what was seen, returns 1.
status_value() {
  local var=$1 deadline=$(($(date +%s) + $2)) what=$3 expr=$4 snap val
  while :; do
    snap=$(status_json)
    val=$(printf '%s' "$snap" | field "$expr" 2>/dev/null)
    if [ -n "$val" ] && [ "$val" != None ]; then
      printf -v "$var" '%s' "$val"
      return 0
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      bad "$what: not known within $2 s; last: $(printf '%s' "$snap" | status_describe)"
      return 1
    fi
    sleep 1
  done
}
# wait_status DEADLINE_S DESCRIPTION PYTHON_CONDITION: polls `pgpilot status` until it holds.
wait_status() {
  local deadline=$(($(date +%s) + $1)) what=$2 cond=$3 snap start=$(date +%s%N)
  while :; do
    snap=$(status_json)
    if [ "$(printf '%s' "$snap" | field "bool($cond)" 2>/dev/null)" = True ]; then
      ok "$what ($(( ($(date +%s%N) - start) / 1000000 )) ms)"
      return 0
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      bad "$what: not seen within $1 s; last: $(printf '%s' "$snap" | status_describe)"
      return 1
    fi
    sleep 1
  done
}

# One field of the last "result" event of a pgpilot --json output file: python3 expression over r.
result() {
  python3 -c 'import json,sys
r={}
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event")=="result": r=o
print(eval(sys.argv[2]))' "$1" "$2"
}
narration() {
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event")=="narration": print(o["text"])' "$1"
}

# PID 1 (systemd) of a node's container, found from the nspawn process: for nsenter.
node_pid1() {
  local np c
  np=$(cat "$LAB_STATE/nodes/$1/nspawn.pid" 2>/dev/null) || return 1
  for c in $(cat /proc/"$np"/task/*/children 2>/dev/null); do
    [ "$(cat /proc/"$c"/comm 2>/dev/null)" = systemd ] && { echo "$c"; return 0; }
  done
  return 1
}
# Kills a node at once: SIGKILL to its PID 1 (systemd inside the container) ends every process of
# its PID namespace, like a power cut for the cluster (no shutdown, no clean stop of anything).
crash_node() {
  local n=$1 np pid1 deadline
  np=$(cat "$LAB_STATE/nodes/$n/nspawn.pid" 2>/dev/null) || return 1
  pid1=$(node_pid1 "$n") || return 1
  kill -KILL "$pid1" || return 1
  deadline=$(($(date +%s) + 30))
  while kill -0 "$np" 2>/dev/null; do
    [ "$(date +%s)" -ge "$deadline" ] && return 1
    sleep 0.2
  done
}
# Boots a crashed node again (`lab up` starts every node that does not run) and waits for SSH.
boot_node() {
  "$lab" up >"$work/boot-$1.log" 2>&1 || { tail -n 5 "$work/boot-$1.log"; return 1; }
}

# A host on the lab's subnet that is not a cluster node: a network namespace with one veth on
# the lab's bridge. outsider_up NAME ADDR/PREFIX; outsider_run NAME CMD...; outsider_down NAME
# (idempotent: call it from the EXIT trap). NAME: at most 10 letters/digits (interface names).
outsider_up() {
  local ns=$1 addr=$2
  outsider_down "$ns"
  ip netns add "$ns" &&
    ip link add "$ns-h" type veth peer name "$ns-n" &&
    ip link set "$ns-h" master "$LAB_BRIDGE" up &&
    ip link set "$ns-n" netns "$ns" &&
    ip -n "$ns" addr add "$addr" dev "$ns-n" &&
    ip -n "$ns" link set "$ns-n" up &&
    ip -n "$ns" link set lo up
}
outsider_run() {
  local ns=$1
  shift
  ip netns exec "$ns" "$@"
}
outsider_down() {
  ip link del "$1-h" 2>/dev/null
  ip netns del "$1" 2>/dev/null
  return 0
}
