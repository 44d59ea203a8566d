#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 16, finding 6c: `pgpilot rotate-secrets` changes the repmgr password on the database, in
# every node's ~postgres/.pgpass and in the secrets file together, with no failed write.
#  1. A writer on pg2 (as postgres, password from its .pgpass as an application on a node would
#     have it; sslmode=verify-full, as pg_hba is hostssl and libpq's plaintext retry would hide a
#     refused password) opens a NEW connection through VIP:write-port for every INSERT; on a refused
#     password it reads .pgpass again after 0.5 s, up to 4 times (the node's .pgpass is
#     rewritten just after the ALTER ROLE: CI once saw that take over 0.5 s on a loaded host;
#     how many tries it took is printed). A `pgpilot status --watch` runs from before the rotation.
#  2. rotate-secrets runs headless; then: 0 failed writes, the old password refused from every
#     node, the new one (and .pgpass) logs in from every node, the watch still logs in after its
#     connections are cut, `status --json` healthy.
#  3. rotate-secrets killed (SIGKILL) once the database has the new password but before the
#     secrets file does; a second run finishes with the same password; file and cluster agree.
#   tests/lab/security-rotate-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-rotate-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-rotate-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-rotate.XXXXXX)
TEST=security-rotate-test
writer_node=pg2
stop_file=/tmp/pgpilot-rotate-writer.stop
log_file=/tmp/pgpilot-rotate-writer.log
watch_pid="" rotate_pid=""
cleanup() {
  [ -n "$rotate_pid" ] && kill -KILL "$rotate_pid" 2>/dev/null
  [ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null && wait "$watch_pid" 2>/dev/null
  "$lab" exec "$writer_node" sh -c "touch $stop_file" 2>/dev/null
}
trap 'cleanup; ops_finish; exit $?' EXIT
ops_setup || exit 1
cluster=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["name"])' "$LAB_CLUSTER_FILE")
read -r vip wport pgport < <(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["network"]["vip"], s.get("ports", {}).get("write", 5000), s.get("ports", {}).get("postgres", 5432))' "$LAB_CLUSTER_FILE")
nodes=$(python3 -c 'import json,sys; print(" ".join(n["name"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$LAB_CLUSTER_FILE")
key=pgpilot:$cluster:repmgr-password
secret_of() { sed -n "s/^$1=//p" "$secrets" | head -n 1; } # never printed
old=$(secret_of "$key")
[ -n "$old" ] || { bad "no $key in the fixture's secrets file"; exit 1; }

# login NODE PASSWORD_ON_STDIN: psql as repmgr from NODE to every node's address, .pgpass kept
# out; prints "<address>=ok" or the last error line per address. The password comes on stdin.
login_all() {
  local n=$1 addrs
  addrs=$(python3 -c 'import json,sys; print(" ".join(n["address"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$LAB_CLUSTER_FILE")
  "$lab" exec "$n" runuser -u postgres -- sh -c "IFS= read -r PGPASSWORD; export PGPASSWORD PGPASSFILE=/dev/null
    for a in $addrs; do r=\$(psql -X -A -t -q \"host=\$a port=$pgport user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full\" -c 'SELECT 1' 2>&1 | tail -n 1); echo \"\$a=\$r\"; done"
}

# 1. The writer and the watch.
"$lab" exec "$writer_node" runuser -u postgres -- psql -X -q -d repmgr -h "$vip" -p "$wport" -U repmgr \
  -c 'CREATE TABLE IF NOT EXISTS public.pgpilot_rotate_writes (id bigserial PRIMARY KEY, at timestamptz DEFAULT now())' \
  >"$work/create.log" 2>&1 || bad "the writer's table: $(tail -n 1 "$work/create.log")"
"$lab" exec "$writer_node" sh -c "rm -f $stop_file $log_file"
"$lab" exec "$writer_node" sh -c "setsid timeout 900 runuser -u postgres -- sh -c '
  ins() { psql -X -A -t -q \"host=$vip port=$wport user=repmgr dbname=repmgr connect_timeout=5 sslmode=verify-full\" -c \"INSERT INTO public.pgpilot_rotate_writes DEFAULT VALUES\" 2>&1; }
  while [ ! -e $stop_file ]; do
    if out=\$(ins); then echo ok
    else case \$out in
      *\"password authentication failed\"*) n=0; res=fail
        while [ \$n -lt 4 ]; do sleep 0.5; n=\$((n + 1)); if out=\$(ins); then res=ok; break; fi
          case \$out in *\"password authentication failed\"*) ;; *) break ;; esac; done
        if [ \$res = ok ]; then echo \"retry-ok \$n\"; else echo \"fail \$(printf %s \"\$out\" | head -n 1)\"; fi ;;
      *) echo \"fail \$(printf %s \"\$out\" | head -n 1)\" ;;
    esac; fi
    sleep 0.05
  done' >$log_file 2>&1 </dev/null &"
"$pgpilot" status "$LAB_CLUSTER_FILE" --watch --json --secrets-file "$secrets" >"$work/watch.jsonl" 2>"$work/watch.err" &
watch_pid=$!
deadline=$(($(date +%s) + 30))
until [ "$("$lab" exec "$writer_node" sh -c "grep -c '^ok' $log_file 2>/dev/null")" -ge 50 ] && [ -s "$work/watch.jsonl" ]; do
  [ "$(date +%s)" -lt "$deadline" ] || { bad "the writer or the watch did not start within 20 s: $("$lab" exec "$writer_node" tail -n 2 $log_file)"; exit 1; }
  sleep 0.2
done
ok "writer on $writer_node (new connection per INSERT through $vip:$wport) and status --watch running"

# 2. rotate-secrets.
t0=$(date +%s%N)
"$pgpilot" rotate-secrets "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/rotate.out" 2>"$work/rotate.err"
rc=$?
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$rc" = 0 ] && ok "rotate-secrets exit 0 in $ms ms: $(result "$work/rotate.out" 'r.get("summary")')" \
  || bad "rotate-secrets exit $rc: $(result "$work/rotate.out" 'r.get("error")') $(tail -c 400 "$work/rotate.err")"
# more writes with the new password, then the writer stops
sleep 5
"$lab" exec "$writer_node" touch "$stop_file"
deadline=$(($(date +%s) + 15))
while [ "$("$lab" exec "$writer_node" sh -c "pgrep -u postgres -f pgpilot_rotate_writes >/dev/null && echo running; true")" = running ]; do
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep 0.2
done
"$lab" exec "$writer_node" cat "$log_file" >"$work/writer.log"
okw=$(grep -c '^ok' "$work/writer.log") retried=$(grep -c '^retry-ok' "$work/writer.log") failed=$(grep -c '^fail' "$work/writer.log")
echo "figure rotate-writer tries after a refused login: $(sed -n 's/^retry-ok //p' "$work/writer.log" | tr '\n' ' ')"
echo "writes: $okw ok, $retried ok after re-reading .pgpass, $failed failed; the probe: $(result "$work/rotate.out" '"%s ok, %s failed, outage %s ms" % (r.get("writes_ok"), r.get("failed_writes"), r.get("write_outage_ms"))')"
[ "$failed" = 0 ] && [ "$okw" -gt 0 ] && ok "0 failed writes ($((okw + retried)) committed, $retried after re-reading .pgpass)" \
  || bad "$failed failed writes of $((okw + retried + failed)): $(grep -m 3 '^fail' "$work/writer.log" | tr '\n' ' ')"
[ "$(result "$work/rotate.out" 'r.get("failed_writes")')" = 0 ] && ok "pgpilot's own write probe: 0 failed" \
  || bad "pgpilot's write probe: $(result "$work/rotate.out" 'r.get("failed_writes")') failed"

new=$(secret_of "$key")
[ -n "$new" ] && [ "$new" != "$old" ] && ok "the secrets file holds a new repmgr password" || bad "the secrets file's repmgr password did not change"
grep -q "^$key.pending=" "$secrets" && bad "the pending key is still in the secrets file" || ok "no pending key left"
for n in $nodes; do
  seen=$(login_all "$n" <<<"$old" | grep -vc 'password authentication failed')
  [ "$seen" = 0 ] && ok "$n: the old password is refused by every node" || bad "$n: the old password still logs in ($(login_all "$n" <<<"$old" | tr '\n' ' '))"
  seen=$(login_all "$n" <<<"$new")
  [ "$(grep -vc '=1$' <<<"$seen")" = 0 ] && ok "$n: the new password logs in to every node" || bad "$n: new password: $(tr '\n' ' ' <<<"$seen")"
  pp=$("$lab" exec "$n" runuser -u postgres -- psql -X -A -t -q -w "host=$vip port=$wport user=repmgr dbname=repmgr connect_timeout=5" -c 'SELECT 1' 2>&1 | head -n 1)
  [ "$pp" = 1 ] && ok "$n: its .pgpass logs in through the VIP" || bad "$n: .pgpass login through the VIP: $pp"
done
for f in "$work/rotate.out" "$work/rotate.err" "$work/watch.jsonl" "$work/writer.log"; do
  grep -qF -- "$new" "$f" && bad "the new password appears in $(basename "$f")"
done

# The watch started before the rotation: its connections are cut, it must log in again.
lines=$(wc -l <"$work/watch.jsonl")
for n in $nodes; do
  "$lab" exec "$n" runuser -u postgres -- psql -X -q -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pgpilot-monitor'" >/dev/null 2>&1
done
deadline=$(($(date +%s) + 30)) seen=""
while :; do
  seen=$(tail -n +"$((lines + 1))" "$work/watch.jsonl" | python3 -c 'import json,sys
last = None
for l in sys.stdin:
    try: s = json.loads(l)
    except ValueError: continue
    last = [(n["name"], n["postgres"]["reachable"], n["postgres"]["error"]) for n in s.get("nodes", [])]
    if last and all(r for _, r, _ in last): print("ALL"); sys.exit()
print(last)')
  [ "$seen" = ALL ] && break
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep 1
done
[ "$seen" = ALL ] && ok "status --watch (started before the rotation) logs in again on every node after its connections were cut" \
  || bad "status --watch after the rotation: $seen"
kill "$watch_pid" 2>/dev/null; wait "$watch_pid" 2>/dev/null; watch_pid=""
wait_status 60 "the cluster is healthy after the rotation" 's["healthy"]'

# 3. Killed between the database change and the promotion, then run again.
before=$(secret_of "$key")
"$pgpilot" rotate-secrets "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/kill.out" 2>"$work/kill.err" &
rotate_pid=$!
deadline=$(($(date +%s) + 60))
until grep -q '"event":"step".*"ok":true' "$work/kill.out" 2>/dev/null; do
  if ! kill -0 "$rotate_pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then bad "no step finished before the run ended: $(tail -c 300 "$work/kill.out")"; break; fi
  sleep 0.02
done
kill -KILL "$rotate_pid" 2>/dev/null; wait "$rotate_pid" 2>/dev/null; rotate_pid=""
pending=$(secret_of "$key.pending")
[ -n "$pending" ] && [ "$(secret_of "$key")" = "$before" ] && ok "killed after its first step: the new password is kept under $key.pending, the old one still under $key" \
  || bad "after the kill: pending $( [ -n "$pending" ] && echo present || echo missing), real key $( [ "$(secret_of "$key")" = "$before" ] && echo unchanged || echo changed)"
db_has=$(login_all pg1 <<<"$pending" | grep -c '=1$')
echo "after the kill the new password logs in on $db_has node(s)"
"$pgpilot" rotate-secrets "$LAB_CLUSTER_FILE" --yes --json "${args[@]}" >"$work/again.out" 2>"$work/again.err"
rc=$?
# (narration into a variable first: with pipefail, grep -q closing the pipe early fails the writer)
said=$(narration "$work/again.out")
[ "$rc" = 0 ] && grep -q 'stopped halfway' <<<"$said" \
  && ok "the next run finishes the interrupted rotation (exit 0): $(result "$work/again.out" 'r.get("summary")')" \
  || bad "the next run: exit $rc, $(result "$work/again.out" 'r.get("summary")'); stderr: $(tail -c 600 "$work/again.err")"
[ -n "$pending" ] && [ "$(secret_of "$key")" = "$pending" ] && ! grep -q "^$key.pending=" "$secrets" \
  && ok "the secrets file holds the password the killed run made, and no pending key" || bad "the secrets file after the second run does not hold the killed run's password"
seen=$(login_all pg1 <<<"$(secret_of "$key")")
[ "$(grep -vc '=1$' <<<"$seen")" = 0 ] && ok "the file's password logs in to every node" || bad "the file's password: $(tr '\n' ' ' <<<"$seen")"
[ "$(login_all pg1 <<<"$before" | grep -c '=1$')" = 0 ] && ok "the password before the kill is refused" || bad "the password before the kill still logs in"
wait_status 60 "the cluster is healthy at the end" 's["healthy"]'
