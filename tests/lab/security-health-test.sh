#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Attacks on the health service (issue 16, finding 2) from a host on the cluster's subnet that is
# not a node: a network namespace on the lab bridge with a spare address (.200). The lab host is
# pgpilot's workstation (a monitoring source the nodes allow).
#  a. slowloris on port 8008 of every node (hundreds of connections trickling a byte now and
#     then) from the stranger, then from the workstation (an allowed source): writes through the
#     VIP go on, HAProxy keeps its backends up, the VIP stays, the stranger's connections are
#     closed at once and the workstation's held only up to the cap and the head timeout.
#  b. a forged answer: pg2 is cut off (its interface down) and the stranger takes its address,
#     answering like a primary on timeline 999999, over HTTP and over PostgreSQL (asking for the
#     password in clear text). pg1's quorum guard must not log in to it nor act on it: pg1 keeps
#     the writes, nothing is lost, and the cluster is healthy again once pg2 is back.
#   tests/lab/security-health-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-health-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-health-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
attack=$here/tools/health-attacker
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-health.XXXXXX)
TEST=security-health-test
inst=${PGPILOT_LAB_INSTANCE:-}
ns=pgplab${inst}-atk veth=pgl${inst}atk0 vpeer=pgl${inst}atk1
attackers=() cut=""
cleanup() {
  local p
  for p in "${attackers[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  ip netns del "$ns" 2>/dev/null
  ip link del "$veth" 2>/dev/null
  if [ -n "$cut" ]; then
    "$lab" exec pg2 ip link set host0 up >/dev/null 2>&1
    wait_status 120 "cleanup: the cluster is healthy again with pg2 back" 's["healthy"] and s["vip_holder"] == "pg1"'
  fi
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
eval "$("$lab" env)"
# To show the test failing on another health service (e.g. the one before issue 16): a script run
# once the cluster is restored, before the attacks.
if [ -n "${HEALTH_TEST_SETUP:-}" ]; then
  "$HEALTH_TEST_SETUP" >"$work/setup.log" 2>&1 && ok "ran HEALTH_TEST_SETUP=$HEALTH_TEST_SETUP" \
    || { bad "HEALTH_TEST_SETUP failed: $(tail -n 3 "$work/setup.log")"; exit 1; }
fi
stats_port=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["ports"]["haproxyStats"])' "$LAB_CLUSTER_FILE")
read -r -a ips <<<"$LAB_NODE_IPS"
prefix=${LAB_SUBNET#*/}
stranger=${LAB_SUBNET%.*/*}.200
ip2=${ips[1]}

# The stranger: a namespace on the lab bridge.
ip netns del "$ns" 2>/dev/null; ip link del "$veth" 2>/dev/null
if ip netns add "$ns" && ip link add "$veth" type veth peer name "$vpeer" && ip link set "$vpeer" netns "$ns" \
  && ip link set "$veth" master "$LAB_BRIDGE" up && ip -n "$ns" link set lo up \
  && ip -n "$ns" addr add "$stranger/$prefix" dev "$vpeer" && ip -n "$ns" link set "$vpeer" up; then
  ok "a stranger at $stranger on $LAB_BRIDGE (namespace $ns)"
else
  bad "could not set up the stranger's namespace"; exit 1
fi
# (background attackers run as ip netns exec directly: $! is then the attacker itself)
in_ns() { ip netns exec "$ns" "$@"; }
deadline=$(($(date +%s) + 10))
until in_ns python3 -c "import socket,sys; socket.create_connection(('${ips[0]}', 22), timeout=1)" 2>/dev/null; do
  [ "$(date +%s)" -ge "$deadline" ] && { bad "the stranger cannot reach pg1 (${ips[0]}:22)"; exit 1; }
  sleep 0.3
done

# watch SECONDS OUT: samples every 0.5 s (HAProxy backends on pg1, VIP holder) into OUT.
# HAProxy's stats page asks for pgpilot's stats password: handed over in the environment.
watch() {
  PGPILOT_STATS_AUTH=$(sed -n 's/^pgpilot:[^:]*:stats-password=//p' "$secrets") \
  python3 - "$1" "$2" "${ips[0]}" "$stats_port" <<'PY' &
import base64, os, sys, time, urllib.request
secs, out, host, port = float(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
auth = "Basic " + base64.b64encode(("pgpilot:" + os.environ.get("PGPILOT_STATS_AUTH", "")).encode()).decode()
end = time.monotonic() + secs
with open(out, "w") as f:
    while time.monotonic() < end:
        try:
            request = urllib.request.Request("http://%s:%s/stats;csv" % (host, port), headers={"Authorization": auth})
            csv = urllib.request.urlopen(request, timeout=2).read().decode()
            rows = [l.split(",") for l in csv.splitlines() if not l.startswith("#")]
            st = {"%s/%s" % (r[0], r[1]): r[17].replace(" ", "_") for r in rows if len(r) > 17 and r[0] in ("pg_primary", "pg_replicas")}
            f.write(" ".join("%s=%s" % kv for kv in sorted(st.items())) + "\n")
        except Exception as exc:
            f.write("error %s\n" % exc)
        f.flush()
        time.sleep(0.5)
PY
  attackers+=($!)
}
vip_on_pg1_samples() { # SECONDS: counts samples where pg1 lacks the VIP (sets vip_missing, vip_samples)
  local end=$(($(date +%s) + $1))
  vip_missing=0 vip_samples=0
  while [ "$(date +%s)" -lt "$end" ]; do
    vip_samples=$((vip_samples + 1))
    "$lab" exec pg1 ip -o -4 addr show | grep -qF " $LAB_VIP/" || vip_missing=$((vip_missing + 1))
    sleep 0.5
  done
}
# haproxy_verdict FILE: ok/bad on the samples (pg1 UP for writes, pg2 and pg3 UP for reads).
haproxy_verdict() {
  local n down
  n=$(grep -c . "$1")
  down=$(grep -cv -e 'pg_primary/pg1=UP .*pg_replicas/pg2=UP .*pg_replicas/pg3=UP$' "$1")
  [ "$n" -ge 10 ] && [ "$down" -eq 0 ] && ok "$2: HAProxy on pg1 kept pg1 (writes) and pg2, pg3 (reads) UP in all $n samples" \
    || bad "$2: HAProxy on pg1 saw a backend not UP in $down of $n samples: $(grep -v -e 'pg_primary/pg1=UP .*pg_replicas/pg2=UP .*pg_replicas/pg3=UP$' "$1" | head -n 2)"
}

"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1 \
  && ok "client writer running through the VIP" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

# --- a. slowloris from the stranger, then from the workstation
targets=()
for a in "${ips[@]}"; do targets+=(--target "$a:8008"); done
watch 24 "$work/haproxy-a1.txt"
ip netns exec "$ns" "$attack" slowloris "${targets[@]}" --per-target 150 --seconds 20 --trickle 2 >"$work/slow-stranger.json" 2>&1 &
attackers+=($!)
vip_on_pg1_samples 22
wait "${attackers[-1]}" 2>/dev/null
s=$(tail -n 1 "$work/slow-stranger.json")
echo "figure slowloris-stranger $s"
# Closed without being served: none open at the end, none held as long as the 3 s head timeout
# (the service's old code kept them all open).
python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s["opened"] >= 300 and s["open_at_end"] == 0 and s["closed_by_server"] == s["opened"] and s["longest_held_s"] < 3.0 else 1)' "$s" \
  && ok "the stranger's connections to 8008 were all closed without being served ($s)" \
  || bad "the stranger's slowloris was not closed at once: $s"
[ "$vip_missing" -eq 0 ] && ok "slowloris (stranger): pg1 kept the VIP in all $vip_samples samples" \
  || bad "slowloris (stranger): pg1 lacked the VIP in $vip_missing of $vip_samples samples"
sleep 2.5
haproxy_verdict "$work/haproxy-a1.txt" "slowloris (stranger)"

watch 24 "$work/haproxy-a2.txt"
"$attack" slowloris "${targets[@]}" --per-target 100 --seconds 20 --trickle 1 >"$work/slow-ws.json" 2>&1 &
attackers+=($!)
vip_on_pg1_samples 22
wait "${attackers[-1]}" 2>/dev/null
s=$(tail -n 1 "$work/slow-ws.json")
echo "figure slowloris-workstation $s"
python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s["open_at_end"] <= 3 * 16 and s["closed_by_server"] >= 200 and s["longest_held_s"] < 5 else 1)' "$s" \
  && ok "the workstation's slowloris held at most 16 connections a node, each cut within the head timeout ($s)" \
  || bad "the workstation's slowloris was not bounded: $s"
[ "$vip_missing" -eq 0 ] && ok "slowloris (workstation): pg1 kept the VIP in all $vip_samples samples" \
  || bad "slowloris (workstation): pg1 lacked the VIP in $vip_missing of $vip_samples samples"
sleep 2.5
haproxy_verdict "$work/haproxy-a2.txt" "slowloris (workstation)"
wait_status 60 "the cluster is healthy after the slowloris" 's["healthy"] and s["vip_holder"] == "pg1"'

# --- b. a forged answer on a cut-off standby's address
start1=$("$lab" exec pg1 runuser -u postgres -- psql -X -A -t -c "SELECT pg_postmaster_start_time()" 2>/dev/null)
cut=1
"$lab" exec pg2 ip link set host0 down || { bad "could not cut pg2 off"; exit 1; }
ok "pg2 cut off (host0 down)"
in_ns ip addr add "$ip2/$prefix" dev "$vpeer" || { bad "the stranger could not take $ip2"; exit 1; }
ip netns exec "$ns" "$attack" forge --address "$ip2" --seconds 45 >"$work/forge.log" 2>&1 &
attackers+=($!)
in_ns "$attack" garp --iface "$vpeer" --address "$ip2"
deadline=$(($(date +%s) + 20))
until "$lab" exec pg1 python3 -c "import urllib.request; print(urllib.request.urlopen('http://$ip2:8008/primary', timeout=1).read().decode())" 2>/dev/null | grep -q 999999; do
  [ "$(date +%s)" -ge "$deadline" ] && { bad "pg1 does not reach the forged health service on $ip2 ($(cat "$work/forge.log"))"; exit 1; }
  in_ns "$attack" garp --iface "$vpeer" --address "$ip2"
  sleep 1
done
ok "pg1 reaches the stranger as $ip2: /primary answers 200, role primary, timeline 999999"
T=$(date +%s)
bad_samples=0 samples=0
while [ $(($(date +%s) - T)) -lt 30 ]; do
  samples=$((samples + 1))
  r=$("$lab" exec pg1 runuser -u postgres -- psql -X -A -t -c "SELECT pg_is_in_recovery()" 2>/dev/null)
  "$lab" exec pg1 ip -o -4 addr show | grep -qF " $LAB_VIP/" && [ "$r" = f ] || bad_samples=$((bad_samples + 1))
  sleep 1
done
[ "$bad_samples" -eq 0 ] && ok "for 30 s under the forged answer pg1 stayed a writable primary holding the VIP ($samples samples)" \
  || bad "under the forged answer pg1 was not a writable primary with the VIP in $bad_samples of $samples samples"
start2=$("$lab" exec pg1 runuser -u postgres -- psql -X -A -t -c "SELECT pg_postmaster_start_time()" 2>/dev/null)
[ -n "$start1" ] && [ "$start2" = "$start1" ] && ok "PostgreSQL on pg1 never stopped (postmaster started $start1)" \
  || bad "PostgreSQL on pg1 was stopped or restarted: '$start1' before, '$start2' now"
fence_line=$("$lab" exec pg1 journalctl -u pgpilot-health --since "@$T" -o cat --no-pager 2>/dev/null | grep -E 'stale primary|rogue primary|running /usr/bin/pg_ctlcluster' | head -n 1)
[ -z "$fence_line" ] && ok "pg1's health service never decided to fence itself" || bad "pg1's health service: $fence_line"
kill -TERM "${attackers[-1]}" 2>/dev/null; wait "${attackers[-1]}" 2>/dev/null
f=$(grep '^{' "$work/forge.log" | tail -n 1)
[ -n "$f" ] || bad "the forger said nothing: $(tail -n 5 "$work/forge.log")"
echo "figure forged-answer $f"
guard_logins=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("pg_connections:pgpilot-health", 0))' "$f" 2>/dev/null)
guard_pw=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("pg_passwords:pgpilot-health", 0))' "$f" 2>/dev/null)
asked=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("health_nonce_requests", 0))' "$f" 2>/dev/null)
[ "${guard_logins:-x}" = 0 ] && ok "the quorum guard never connected to the impostor's PostgreSQL (it asked for a signed answer $asked times and got none it could verify)" \
  || bad "the quorum guard connected to the impostor's PostgreSQL ${guard_logins:-?} times and sent the repmgr password ${guard_pw:-?} times (counted, not read): its forged answer was taken"
in_ns ip addr del "$ip2/$prefix" dev "$vpeer"
"$lab" exec pg2 ip link set host0 up && cut="" && ok "pg2 back on the network"
wait_status 120 "the cluster is healthy again with pg2 back" 's["healthy"] and s["vip_holder"] == "pg1"'

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%d acknowledged, %d failed, longest write outage %d ms" % (r["acknowledged"], r["failed"], r["write_outage_ms"]))' "$work/report.json")"
else
  bad "client report: $(tail -n 10 "$work/report.json" "$work/report.err")"
fi
echo "figure security-health-writer $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("acknowledged=%s failed=%s missing=%s write_outage_ms=%s" % (r.get("acknowledged"), r.get("failed"), r.get("missing"), r.get("write_outage_ms")))' "$work/report.json" 2>/dev/null)"
