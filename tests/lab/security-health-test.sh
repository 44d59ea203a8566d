#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Attacks on the health service (issue 16, finding 2) on a built cluster, from a host on the
# nodes' subnet that is not a node (a network namespace on the lab's bridge, .200) and from the
# lab host (the workstation that applied the runbook, which the nodes allow):
#   a. the outsider connects to port 8008 of every node: reset, not a byte answered; the lab host
#      is answered (phase 4 recorded it in /etc/pgpilot/health-monitors);
#   b. the outsider runs a forged health service at its own address, answering like a primary on
#      timeline 999999: no node asks it, nothing changes;
#   c. a slowloris (hundreds of connections trickling an endless request head) from the outsider,
#      then from the lab host: a writer through the VIP with a fresh connection per write fails
#      no write, the VIP stays on pg1 in every sample, HAProxy on pg1 keeps pg1 UP for writes,
#      `pgpilot status` stays healthy; the cluster is healthy afterwards.
# Each sampler runs for a fixed window while the attack runs and reports what it saw; nothing
# waits on a fixed sleep to pass.
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
ns=pgphl${PGPILOT_LAB_INSTANCE:-0}
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  outsider_down "$ns"
  rm -f "$work/pw" "$work/stats-pw"
  ops_finish
}
trap 'cleanup; exit $?' EXIT
ops_setup || exit 1
cluster=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$LAB_CLUSTER_FILE")
secret() { sed -n "s/^pgpilot:$cluster:$1=//p" "$secrets"; }
port() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("ports", {}).get(sys.argv[2], sys.argv[3]))' "$LAB_CLUSTER_FILE" "$1" "$2"; }
health_port=$(port health 8008) write_port=$(port write 5000) stats_port=$(port haproxyStats 7000)
read -r -a ips <<<"$LAB_NODE_IPS"
read -r -a names <<<"$LAB_NODE_NAMES"
(umask 077; secret repmgr-password >"$work/pw"; secret stats-password >"$work/stats-pw")
[ -s "$work/pw" ] && [ -s "$work/stats-pw" ] || { bad "no repmgr or stats password in the secrets file"; exit 1; }

# What one connection to host:port gets: "answered <status line>", "reset" (closed, no byte) or
# "silent" (kept open 3 s without a byte).
knock() {
  python3 - "$1" "$2" <<'PY'
import socket, sys
try:
    s = socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=3)
    s.sendall(b"GET /primary HTTP/1.0\r\n\r\n")
    data = s.recv(200)
    print("answered " + data.split(b"\r\n")[0].decode(errors="replace") if data else "reset")
except socket.timeout:
    print("silent")
except OSError as exc:
    print("reset" if "reset" in str(exc).lower() or "refused" not in str(exc).lower() else "refused: %s" % exc)
PY
}

# --- a. who is answered
for i in "${!ips[@]}"; do
  n=${names[$i]} ip=${ips[$i]}
  rec=$("$lab" exec "$n" cat /etc/pgpilot/health-monitors 2>&1)
  perm=$("$lab" exec "$n" stat -c '%U:%G %a' /etc/pgpilot/health-monitors 2>&1)
  if printf '%s\n' "$rec" | grep -qxF "$LAB_HOST_IP" && [ "$perm" = "root:root 644" ]; then
    ok "$n: /etc/pgpilot/health-monitors ($perm) lists the applying workstation $LAB_HOST_IP"
  else
    bad "$n: /etc/pgpilot/health-monitors ($perm): '$rec' (expected $LAB_HOST_IP)"
  fi
  seen=$(knock "$ip" "$health_port")
  case $seen in "answered HTTP/1.0 "*) ok "$n: the lab host is answered on $health_port ($seen)" ;;
    *) bad "$n: the lab host on $ip:$health_port got: $seen" ;; esac
done
outsider=${LAB_HOST_IP%.*}.200
outsider_up "$ns" "$outsider/${LAB_SUBNET#*/}" || { bad "could not put an outsider on $LAB_BRIDGE"; exit 1; }
deadline=$(($(date +%s) + 15))
until outsider_run "$ns" python3 -c "import socket,sys; socket.create_connection(('${ips[0]}', 22), timeout=1)" 2>/dev/null; do
  [ "$(date +%s)" -ge "$deadline" ] && { bad "the outsider $outsider cannot reach ${ips[0]}:22"; exit 1; }
  sleep 0.3
done
ok "an outsider at $outsider on $LAB_BRIDGE (namespace $ns)"
for i in "${!ips[@]}"; do
  seen=$(outsider_run "$ns" bash -c "$(declare -f knock); knock ${ips[$i]} $health_port")
  [ "$seen" = reset ] && ok "${names[$i]}: the outsider's connection to $health_port is reset unanswered" \
    || bad "${names[$i]}: the outsider on ${ips[$i]}:$health_port got: $seen (expected reset)"
done

# --- samplers, each for a window of SECONDS; each writes its verdict line at the end.
# writer SECONDS OUT: a fresh connection through VIP:write-port per write (INSERT, commit, close).
writer() {
  PGPASSWORD=$(cat "$work/pw") /usr/bin/python3 - "$1" "$2" "$LAB_VIP" "$write_port" <<'PY' &
import json, sys, time
import psycopg2
secs, out, vip, port = float(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
ok = failed = 0
errors = []
end = time.monotonic() + secs
t0 = time.monotonic()
while time.monotonic() < end:
    try:
        c = psycopg2.connect(host=vip, port=port, user="repmgr", dbname="repmgr", connect_timeout=3,
                             options="-c statement_timeout=3000")
        try:
            with c.cursor() as cur:
                cur.execute("CREATE TABLE IF NOT EXISTS pgpilot_health_writer (at timestamptz)")
                cur.execute("INSERT INTO pgpilot_health_writer VALUES (now())")
            c.commit()
            ok += 1
        finally:
            c.close()
    except Exception as exc:
        failed += 1
        errors.append("%.1fs %s" % (time.monotonic() - t0, str(exc).strip().splitlines()[0][:120]))
    time.sleep(0.1)
json.dump({"ok": ok, "failed": failed, "errors": errors[:5]}, open(out, "w"))
PY
  pids+=($!)
}
# sampler SECONDS OUT: every 0.5 s the VIP holder (pg1 or not) and pg1 in HAProxy's pg_primary on
# pg1; every 2 s `pgpilot status` (healthy, writes to pg1).
sampler() {
  local secs=$1 out=$2 end=$(($(date +%s) + $1)) n=0 vip_off=0 ha_off=0 st_n=0 st_bad=0 next_status=0 seen="" s a
  while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    # (a failed `lab exec` is no sample: the machine, not the VIP)
    if a=$("$lab" exec pg1 ip -o addr show 2>/dev/null) && [ -n "$a" ]; then
      # A reading without the VIP is taken again at once: a VIP that Keepalived really moved
      # stays away for seconds (and its state change is checked in the journal below); one
      # reading alone missing it (seen once in a full suite run on a loaded machine, session 17,
      # with no Keepalived state change) is reported but is no VIP loss.
      if ! printf '%s\n' "$a" | grep -qF " $LAB_VIP/"; then
        if b=$("$lab" exec pg1 ip -o addr show 2>/dev/null) && printf '%s\n' "$b" | grep -qF " $LAB_VIP/"; then
          seen+=" vip-missing-in-one-reading@$n($(printf '%s\n' "$a" | wc -l)-lines)"
        else
          vip_off=$((vip_off + 1))
          seen+=" vip-off@$n"
        fi
      fi
    else
      seen+=" no-vip-sample@$n"
    fi
    s=$(printf 'user = "pgpilot:%s"\n' "$(cat "$work/stats-pw")" | curl -s -K - --max-time 2 "http://${ips[0]}:$stats_port/stats;csv" | awk -F, '$1=="pg_primary" && $2=="pg1" {print $18}')
    [ "$s" = UP ] || { ha_off=$((ha_off + 1)); seen+=" haproxy-pg1=${s:-none}@$n"; }
    if [ "$(date +%s)" -ge "$next_status" ]; then
      next_status=$(($(date +%s) + 2)); st_n=$((st_n + 1))
      snap=$(status_json)
      [ "$(printf '%s' "$snap" | field 'bool(s.get("healthy") and s.get("write_target") == "pg1")' 2>/dev/null)" = True ] \
        || { st_bad=$((st_bad + 1)); seen+=" status[$(printf '%s' "$snap" | status_describe)]"; }
    fi
    sleep 0.5
  done
  echo "samples=$n vip_off=$vip_off haproxy_off=$ha_off status_samples=$st_n status_bad=$st_bad seen:${seen:- nothing odd}" >"$out"
}
# verdict NAME: ok/bad on the writer and the sampler of one window.
verdict() {
  local w s
  w=$(cat "$work/$1.writer" 2>/dev/null) s=$(cat "$work/$1.sampler" 2>/dev/null)
  echo "figure $1 writer=$w sampler=$s"
  python3 -c 'import json,sys; w=json.loads(sys.argv[1]); sys.exit(0 if w["failed"] == 0 and w["ok"] >= 20 else 1)' "$w" 2>/dev/null \
    && ok "$1: every write through the VIP with a fresh connection succeeded ($w)" \
    || bad "$1: writes through the VIP: ${w:-no result}"
  case $s in
    *" vip_off=0 haproxy_off=0 "*"status_bad=0 "*) ok "$1: pg1 held the VIP, HAProxy kept pg1 UP and status stayed healthy ($s)" ;;
    *) bad "$1: $s" ;;
  esac
}
# health_log NODE SINCE: what the health service logged about closed connections.
health_log() {
  "$lab" exec "$1" journalctl -u pgpilot-health --since "@$2" -o cat --no-pager 2>/dev/null | grep -c 'closed a connection'
}
# keepalived_log SINCE: pg1's Keepalived check failures and state changes (the cause when the VIP
# moves); keepalived_skips SINCE: runs of the check Keepalived skipped because the previous one
# still ran (a slow check script, a figure only).
keepalived_log() {
  "$lab" exec pg1 journalctl -u keepalived --since "@$1" -o cat --no-pager 2>/dev/null | grep -iE 'entering (fault|backup)|script.*(failed|timed out)|pgpilot_primary.*(fail|timeout)' | head -n 3 | tr '\n' ' '
}
keepalived_skips() {
  "$lab" exec pg1 journalctl -u keepalived --since "@$1" -o cat --no-pager 2>/dev/null | grep -c 'already running'
}

# --- b. a forged health service at the outsider's address
T=$(date +%s)
outsider_run "$ns" "$attack" forge --address "$outsider" --port "$health_port" --seconds 20 >"$work/forge.log" 2>&1 &
pids+=($!)
deadline=$(($(date +%s) + 10))
until [ "$(knock "$outsider" "$health_port")" = "answered HTTP/1.0 200 OK" ]; do
  [ "$(date +%s)" -ge "$deadline" ] && { bad "the forged health service on $outsider does not answer: $(cat "$work/forge.log")"; exit 1; }
  sleep 0.3
done
ok "a forged health service answers 200 (primary, timeline 999999) at $outsider:$health_port"
writer 15 "$work/forge.writer"
sampler 15 "$work/forge.sampler"
wait "${pids[-1]}" 2>/dev/null
wait "${pids[-2]}" 2>/dev/null
verdict forge
f=$(grep '^{' "$work/forge.log" | tail -n 1)
echo "figure forged-health $f"
python3 -c 'import json,sys; f=json.loads(sys.argv[1]); bad=[a for a in f["askers"] if a in sys.argv[2].split()]; sys.exit(1 if bad else 0)' "${f:-"{}"}" "$LAB_NODE_IPS" \
  && ok "no node asked the forged health service (${f:-no summary})" || bad "a node asked the forged health service: $f"
k=$(keepalived_log "$T")
[ -z "$k" ] && ok "pg1's Keepalived saw no check failure or state change" || bad "pg1's Keepalived: $k"

# --- c. slowloris from the outsider, then from the lab host (an allowed source)
targets=()
for a in "${ips[@]}"; do targets+=(--target "$a:$health_port"); done
for who in outsider workstation; do
  T=$(date +%s)
  if [ "$who" = outsider ]; then
    ip netns exec "$ns" "$attack" slowloris "${targets[@]}" --per-target 150 --seconds 20 --trickle 1 >"$work/slow-$who.json" 2>&1 &
  else
    "$attack" slowloris "${targets[@]}" --per-target 150 --seconds 20 --trickle 1 >"$work/slow-$who.json" 2>&1 &
  fi
  pids+=($!)
  atk=$!
  writer 22 "$work/slowloris-$who.writer"
  sampler 22 "$work/slowloris-$who.sampler"
  wait "$atk" 2>/dev/null
  wait "${pids[-1]}" 2>/dev/null
  verdict "slowloris-$who"
  s=$(tail -n 1 "$work/slow-$who.json")
  echo "figure slowloris-$who-attacker $s"
  if [ "$who" = outsider ]; then
    # Reset at once: none answered, none held as long as the head timeout, none open at the end.
    # The attack happened: at least 300 attempts (how many connections the nodes' kernels let
    # through before the health service resets them depends on the load, so connects that
    # failed count as attempts too: CI saw 3813 opened and 328 failed, a loaded run 138 and 450).
    python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s["opened"] + s["connect_failed"] >= 300 and s["answered"] == 0 and s["open_at_end"] == 0 and s["longest_held_s"] < 2.0 else 1)' "$s" \
      && ok "the outsider's $(python3 -c 'import json,sys; s=json.loads(sys.argv[1]); print(s["opened"] + s["connect_failed"])' "$s") connection attempts were all refused or reset unanswered ($s)" \
      || bad "the outsider's slowloris was not reset at once: $s"
  else
    # Held only up to 16 a node (the attacker's own count of open sockets includes the ones
    # whose reset it has not read yet), each cut at the 3 s head timeout, none answered.
    python3 -c 'import json,sys; s=json.loads(sys.argv[1]); sys.exit(0 if s["open_at_end"] <= 3 * 16 and s["longest_held_s"] < 5 and s["answered"] == 0 and s["closed_by_server"] >= 100 else 1)' "$s" \
      && ok "the workstation's slowloris was held at most 16 a node and cut within the head timeout ($s)" \
      || bad "the workstation's slowloris was not bounded: $s"
  fi
  echo "figure slowloris-$who-logged pg1=$(health_log pg1 "$T") lines (closed connections, once a minute per source and kind); Keepalived skipped $(keepalived_skips "$T") check runs (the previous still running)"
  k=$(keepalived_log "$T")
  [ -z "$k" ] && ok "slowloris ($who): pg1's Keepalived saw no check failure or state change" \
    || bad "slowloris ($who): pg1's Keepalived: $k"
done

wait_status 90 "the cluster is healthy after the attacks" 's.get("healthy") and s.get("write_target") == "pg1" and s.get("vip_holder") == "pg1"'
PGPASSWORD=$(cat "$work/pw") psql -X -q "host=$LAB_VIP port=$write_port user=repmgr dbname=repmgr connect_timeout=5" \
  -c "DROP TABLE IF EXISTS pgpilot_health_writer" >/dev/null 2>&1
