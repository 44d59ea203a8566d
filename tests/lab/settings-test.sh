#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The worksheet's settings section on the built cluster (issue 20): `pgpilot settings` compares
# the worksheet with every node's pg_settings (work_mem: reload, shared_buffers: restart); values
# the servers refuse (a unit, an unknown parameter) stop --apply before anything is written;
# --apply without --yes writes nothing; --apply --yes writes conf.d/pgpilot-settings.conf and
# reloads: work_mem is in effect on every node, shared_buffers waits for a restart
# (pending_restart) with --no-restart, which names `pgpilot rolling-restart`; a second run writes
# nothing and goes on with the rolling restart: shared_buffers in effect everywhere;
# HAProxy and Keepalived timings reach their files by a reload (same main PIDs) and the cluster
# stays healthy; the worksheet without settings puts everything back. Every exit path applies that
# worksheet again.
#   tests/lab/settings-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Figures as "figure ..." lines. Last line:
# "settings-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: settings-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-settings-test.XXXXXX)
TEST=settings-test
trap 'ops_finish; exit $?' EXIT
ops_setup || exit 1
nodes=(pg1 pg2 pg3)
run_on() { "$lab" exec "$1" sh -c "$2" 2>&1; }
psql_on() { run_on "$1" "runuser -u postgres -- psql -X -A -t -q -c \"$2\"" | tail -n 1; }
on_every() { local out=() n; for n in "${nodes[@]}"; do out+=("$n=$(psql_on "$n" "$1")"); done; echo "${out[*]}"; }
pid_of() { run_on "$1" "systemctl show -p MainPID --value $2" | tail -n 1; }

# Worksheets: the lab's own with a settings section (python3: the cluster file is JSON).
sheet() {
  python3 - "$LAB_CLUSTER_FILE" "$work/$1.json" "$2" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c.pop("settings", None)
s = json.loads(sys.argv[3])
if s:
    c["settings"] = s
json.dump(c, open(sys.argv[2], "w"), indent=2)
EOF
}
sheet plain '{}'
sheet tuned '{"postgresql": {"work_mem": "64MB", "shared_buffers": "256MB"}}'
sheet badunit '{"postgresql": {"work_mem": "64XB"}}'
sheet typo '{"postgresql": {"work_mem_typo": "64MB"}}'
sheet timings '{"postgresql": {"work_mem": "64MB", "shared_buffers": "256MB"}, "haproxy": {"checkInterMs": 2000, "timeoutClientS": 3600}, "keepalived": {"advertIntMs": 300}}'
cleanup() {
  "$pgpilot" settings "$work/plain.json" --apply --yes --no-restart "${args[@]}" >"$work/cleanup.out" 2>&1 \
    || echo "note  cleanup: $(tail -n 3 "$work/cleanup.out" | tr '\n' '|')"
}
trap 'cleanup; ops_finish; exit $?' EXIT
# One event of a --json output: the settings table ("before"/"after") as python over d.
table() {
  python3 -c 'import json,sys
d = {}
for l in open(sys.argv[1]):
    try: o = json.loads(l)
    except ValueError: continue
    if o.get("event") == "settings" and o.get("when") == sys.argv[2]: d = o
st = {}
for c in d.get("changes", []): st.setdefault(c["name"], {})[c["node"]] = c["status"]
print(eval(sys.argv[3]))' "$1" "$2" "$3"
}

before_wm=$(on_every "SHOW work_mem")
before_sb=$(on_every "SHOW shared_buffers")
echo "note  before: work_mem $before_wm; shared_buffers $before_sb"

# Read-only: what each change needs.
"$pgpilot" settings "$work/tuned.json" --json "${args[@]}" >"$work/read.json" 2>"$work/read.err"
rc=$?
verdict=$(table "$work/read.json" before 'set(st["work_mem"].values()) == {"reload"} and set(st["shared_buffers"].values()) == {"restart"} and len(st["work_mem"]) == 3 and d["restartNeeded"]')
[ "$rc" = 0 ] && [ "$verdict" = True ] && ok "settings (read): work_mem needs a reload, shared_buffers a restart, on every node" \
  || bad "settings (read): exit $rc, $verdict: $(head -c 1500 "$work/read.json") $(tail -n 3 "$work/read.err")"
"$pgpilot" settings "$work/tuned.json" "${args[@]}" >"$work/read.txt" 2>&1
grep -E '^  (work_mem|shared_buffers) ' "$work/read.txt" | sed 's/^/note  /'

# Refused by the servers: nothing is written.
for case in badunit:'valid units are' typo:'not a parameter of this server'; do
  name=${case%%:*} want=${case#*:}
  "$pgpilot" settings "$work/$name.json" --apply --yes "${args[@]}" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  if [ "$rc" = 1 ] && grep -q "$want" "$work/$name.out" && grep -q 'Nothing was written' "$work/$name.err"; then
    ok "$name: refused by the servers (exit 1): $(grep -m1 '  ! ' "$work/$name.out" | cut -c1-160)"
  else
    bad "$name: exit $rc: $(tail -n 4 "$work/$name.out" "$work/$name.err" | tr '\n' '|')"
  fi
done
"$pgpilot" settings "$work/tuned.json" --apply "${args[@]}" >"$work/noyes.out" 2>"$work/noyes.err"
rc=$?
[ "$rc" = 2 ] && grep -q 'Add --yes' "$work/noyes.err" && ok "--apply without --yes: exit 2, nothing written" \
  || bad "--apply without --yes: exit $rc: $(tail -n 2 "$work/noyes.err")"
after=$(on_every "SHOW work_mem")
[ "$after" = "$before_wm" ] && ok "work_mem unchanged after the refusals: $after" || bad "work_mem after the refusals: $after"

# Applied: work_mem by the reload, shared_buffers waiting for a restart.
t0=$(date +%s%N)
"$pgpilot" settings "$work/tuned.json" --apply --yes --no-restart --json "${args[@]}" >"$work/apply.json" 2>"$work/apply.err"
rc=$?
echo "figure settings_apply_ms=$((($(date +%s%N) - t0) / 1000000))"
verdict=$(table "$work/apply.json" after 'set(st["work_mem"].values()) == {"in-effect"} and set(st["shared_buffers"].values()) == {"pending-restart"} and d["restartParameters"] == ["shared_buffers"] and sorted(d["restartNodes"]) == ["pg1", "pg2", "pg3"]')
[ "$rc" = 0 ] && [ "$verdict" = True ] \
  && ok "--apply --yes: work_mem in effect, shared_buffers pending a restart on pg1, pg2, pg3" \
  || bad "--apply --yes: exit $rc, $verdict: $(grep -v '"event":"criterion"' "$work/apply.json" | tail -c 2000) $(tail -n 5 "$work/apply.err")"
wm=$(on_every "SHOW work_mem")
[ "$wm" = "pg1=64MB pg2=64MB pg3=64MB" ] && ok "SHOW work_mem on every node: $wm" || bad "SHOW work_mem: $wm"
pending=$(on_every "SELECT pending_restart FROM pg_settings WHERE name = 'shared_buffers'")
[ "$pending" = "pg1=t pg2=t pg3=t" ] && ok "pg_settings: shared_buffers pending_restart on every node ($(on_every 'SHOW shared_buffers'))" \
  || bad "shared_buffers pending_restart: $pending"
file=$(run_on pg2 "stat -c '%U:%G %a' /etc/postgresql/$LAB_PG_VERSION/main/conf.d/pgpilot-settings.conf; grep -v '^#' /etc/postgresql/$LAB_PG_VERSION/main/conf.d/pgpilot-settings.conf" | tr '\n' '|')
[ "$file" = "postgres:postgres 644|shared_buffers = '256MB'|work_mem = '64MB'|" ] && ok "pg2's pgpilot-settings.conf: $file" \
  || bad "pg2's settings file: $file"

# Again, as text, without --no-restart: nothing to write, then the rolling restart applies
# shared_buffers (one node at a time, a switchover).
"$pgpilot" settings "$work/tuned.json" --apply --yes --no-write-probe "${args[@]}" >"$work/again.out" 2>&1
rc=$?
sb=$(on_every "SHOW shared_buffers")
pending=$(on_every "SELECT count(*) FROM pg_settings WHERE pending_restart")
if [ "$rc" = 0 ] && ! grep -qE ' p22\.postgres +done' "$work/again.out" && grep -qE 'p22\.postgres +unchanged' "$work/again.out" \
  && grep -q 'Applying what waits for a restart (shared_buffers) with a rolling restart' "$work/again.out" \
  && grep -q 'Rolling restart: done and verified' "$work/again.out" \
  && [ "$sb" = "pg1=256MB pg2=256MB pg3=256MB" ] && [ "$pending" = "pg1=0 pg2=0 pg3=0" ]; then
  ok "a second --apply writes nothing, then the rolling restart: shared_buffers $sb, nothing pending: $(grep -m1 'Rolling restart: done' "$work/again.out" | cut -c1-160)"
else
  bad "second --apply: exit $rc, shared_buffers $sb, pending $pending: $(tail -n 12 "$work/again.out" | tr '\n' '|')"
fi

# HAProxy and Keepalived timings: rewritten and reloaded, never restarted.
declare -A hpid kpid
for n in "${nodes[@]}"; do hpid[$n]=$(pid_of "$n" haproxy); kpid[$n]=$(pid_of "$n" keepalived); done
"$pgpilot" settings "$work/timings.json" --apply --yes "${args[@]}" >"$work/timings.out" 2>&1
rc=$?
grep -E '^  (HAProxy|Keepalived) \(' "$work/timings.out" | sed 's/^/note  /'
[ "$rc" = 0 ] && ok "timings applied (exit 0)" || bad "timings --apply: exit $rc: $(tail -n 8 "$work/timings.out" | tr '\n' '|')"
for n in "${nodes[@]}"; do
  cfg=$(run_on "$n" "grep -c 'default-server inter 2s fastinter 2s downinter 500ms fall 3 rise 1' /etc/haproxy/haproxy.cfg; grep -c 'timeout client 60m' /etc/haproxy/haproxy.cfg; grep -c 'advert_int 0.3' /etc/keepalived/keepalived.conf" | tr '\n' ' ')
  h=$(pid_of "$n" haproxy) k=$(pid_of "$n" keepalived)
  if [ "$cfg" = "2 1 1 " ] && [ "$h" = "${hpid[$n]}" ] && [ "$k" = "${kpid[$n]}" ] && [ "$h" != 0 ] && [ "$k" != 0 ]; then
    ok "$n: haproxy.cfg and keepalived.conf carry the timings; HAProxy ($h) and Keepalived ($k) reloaded, not restarted"
  else
    bad "$n: counts '$cfg' (want 2 1 1), haproxy pid ${hpid[$n]} -> $h, keepalived pid ${kpid[$n]} -> $k"
  fi
done
wait_status 60 "the cluster is healthy after the reloads (one primary, the VIP on it, no alarm)" \
  's["healthy"] and s["vip_holder"] == [n["name"] for n in s["nodes"] if n["state"] == "primary"][0] and not s["alarms"]'

# The worksheet without settings: the file emptied, work_mem back, shared_buffers waiting for a
# restart (--no-restart: the rolling restart was run above).
"$pgpilot" settings "$work/plain.json" --apply --yes --no-restart "${args[@]}" >"$work/plain.out" 2>&1
rc=$?
wm=$(on_every "SHOW work_mem")
pending=$(on_every "SELECT count(*) FROM pg_settings WHERE pending_restart")
cfg=$(run_on pg1 "grep -c 'default-server inter 1s fastinter 1s' /etc/haproxy/haproxy.cfg; grep -c 'advert_int 0.2' /etc/keepalived/keepalived.conf" | tr '\n' ' ')
# (the table still lists shared_buffers, neither the worksheet's nor in pgpilot's file: it waits for
# a restart, which the command names)
if [ "$rc" = 0 ] && [ "$wm" = "$before_wm" ] && [ "$pending" = "pg1=1 pg2=1 pg3=1" ] && [ "$cfg" = "2 1 " ] \
  && grep -qE '^  shared_buffers +all +[0-9]+MB +\(not on the worksheet\) +restart \(pending\)' "$work/plain.out" \
  && grep -q 'pgpilot rolling-restart' "$work/plain.out"; then
  ok "without settings: work_mem back ($wm), shared_buffers listed as pending its restart (rolling-restart named), default timings in the files"
else
  bad "without settings: exit $rc, work_mem $wm, pending $pending, timings '$cfg': $(tail -n 6 "$work/plain.out" | tr '\n' '|')"
fi
