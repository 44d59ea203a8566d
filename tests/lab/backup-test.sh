#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Backups (issue 19) on the lab: the built cluster gets a backup repository host and phase 6
# (pgBackRest, archiving, stanza, a first full backup from a standby, timers, the restore drill);
# then restore-drill and backup as operations; archiving and a backup after a crash failover; a
# full repository and an unreachable repository host (archiving fails and says so, the cluster
# loses no acknowledged write and catches up afterwards); and point-in-time recovery of the whole
# cluster to just before a DROP TABLE, with the refusals that touch nothing.
#   tests/lab/backup-test.sh PGPILOT_BINARY [--os bookworm|trixie]
# Starts from the built-cluster fixture (a fresh backup host added) and takes the backup host away
# again at the end. With --os and another OS than the lab's, the lab is switched for the run (and
# back at the end) and the cluster is built with phases 0-6 from fresh nodes instead: archiving to
# pgBackRest from phase 2 on, so phase 6 restarts nothing. Figures as "figure ..." lines. Last
# line: "backup-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: backup-test.sh PGPILOT_BINARY [--os OS]}
want_os=
[ "${2:-}" = --os ] && want_os=${3:?--os needs a value}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-backup-test.XXXXXX)
TEST=backup-test
REPO=/var/lib/pgbackrest

cleanup() {
  # Whatever state a failure left: the backup host's link up, its tmpfs gone, then the host itself.
  "$lab" exec backup ip link set host0 up >/dev/null 2>&1
  "$lab" exec backup sh -c "rm -f $REPO/filler; umount $REPO" >/dev/null 2>&1
  if [ -n "${orig_os:-}" ]; then
    echo "backup-test: bringing the $orig_os lab back"
    "$lab" down >/dev/null 2>&1
    "$lab" up --os "$orig_os" >"$work/lab-up-back.log" 2>&1 || bad "lab up --os $orig_os at the end: $(tail -n 2 "$work/lab-up-back.log")"
  else
    # Fresh nodes first, while the repository still answers: a primary that archives to a host that
    # is gone takes longer to shut down than the lab waits (its archiver tries the segments left).
    "$lab" reset >"$work/reset.log" 2>&1 || echo "lab reset at the end failed: $(tail -n 2 "$work/reset.log")"
    "$lab" up --no-backup-host >"$work/no-backup-host.log" 2>&1 || echo "could not remove the backup host: $(tail -n 2 "$work/no-backup-host.log")"
  fi
  ops_finish
}
trap 'cleanup; exit $?' EXIT

eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
secrets=$work/secrets
args=(--secrets-file "$secrets" --state-dir "$work/state")
orig_os=
if [ -n "$want_os" ] && [ "$want_os" != "$LAB_OS" ]; then
  orig_os=$LAB_OS
  "$lab" down >"$work/lab-down.log" 2>&1
  "$lab" up --os "$want_os" --backup-host >"$work/lab-up.log" 2>&1 \
    && ok "the lab switched to $want_os with a backup host" || { bad "lab up --os $want_os: $(tail -n 3 "$work/lab-up.log")"; exit 1; }
  eval "$("$lab" env)"
elif "$here/cluster-fixture.sh" restore "$secrets" "$pgpilot" --backup-host >"$work/restore.log" 2>&1; then
  ok "built cluster restored with a fresh backup host: $(tail -n 1 "$work/restore.log")"
else
  bad "fixture restore: $(tail -n 3 "$work/restore.log")"
  exit 1
fi
C=$LAB_CLUSTER_FILE
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -At -d postgres -c "$2" 2>&1; }
primary() { status_value PRIMARY 60 "the primary" "$ONLY_PRIMARY"; }
archiver() { sql "$1" "SELECT archived_count || ' ' || failed_count || ' ' || coalesce(last_archived_wal, '-') FROM pg_stat_archiver"; }

# A small repository filesystem, so that "full" can be made real later.
"$lab" exec backup sh -c "mkdir -p $REPO && mount -t tmpfs -o size=256m,mode=0750 tmpfs $REPO" \
  && ok "the repository path is a 256 MB tmpfs on the backup host" || { bad "could not mount the tmpfs"; exit 1; }

# ---- phase 6 on the built cluster (archive_mode was off: standbys restarted, then a switchover),
# or phases 0-6 from fresh nodes on the other OS
t0=$(date +%s%N)
if [ -n "$orig_os" ]; then
  phases=(--from 0 --to 6 --yes)
else
  phases=(--phase 6)
fi
if "$pgpilot" apply "$C" "${phases[@]}" --json "${args[@]}" >"$work/phase6.json" 2>"$work/phase6.err"; then
  ok "apply ${phases[*]}: phase 6 passed its checkpoint, restore drill included ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
else
  bad "phase 6: $(grep -h '"passed": *false\|FAIL\|failed' "$work/phase6.json" "$work/phase6.err" | tail -n 5)"
  exit 1
fi
echo "figure phase6_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
drill=$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event") == "criterion" and o.get("id") == "p6.drill": print(o.get("seen"))' "$work/phase6.json")
[ -n "$drill" ] && ok "the drill: $drill" || bad "no drill verdict in phase 6's checkpoint"
if "$lab" exec backup grep -q "replay on the standby reached" /var/log/pgbackrest/lab-backup.log; then
  ok "the first full backup copied its files from a standby (pgBackRest: replay on the standby reached)"
else
  bad "pgBackRest's backup log does not show a backup from a standby"
fi
if "$pgpilot" apply "$C" --phase 6 --json "${args[@]}" >"$work/phase6b.json" 2>&1 \
  && [ "$(python3 -c 'import json,sys
n=0
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event")=="step" and o.get("status")=="done": n+=1
print(n)' "$work/phase6b.json")" -le 3 ]; then
  ok "phase 6 again: only its checks run (every other step already done)"
else
  bad "phase 6 again: steps that ran: $(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event")=="step" and o.get("status")!="already done": print(o.get("step"), o.get("node"), o.get("status"))' "$work/phase6b.json" | tr '\n' ';')"
fi

# ---- operations: restore drill, backup --type diff
if "$pgpilot" restore-drill "$C" --yes --json "${args[@]}" >"$work/drill.json" 2>&1; then
  ok "restore-drill: $(result "$work/drill.json" 'r["summary"]')"
else
  bad "restore-drill: $(result "$work/drill.json" 'r.get("summary") or r')"
fi
if "$pgpilot" backup "$C" --type diff --yes --json "${args[@]}" >"$work/diff.json" 2>&1; then
  ok "backup --type diff: $(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    o=json.loads(l) if l.startswith("{") else {}
    for c in o.get("verification", []) if isinstance(o.get("verification"), list) else []: print(c.get("seen"))' "$work/diff.json" | tail -n 1)"
else
  bad "backup --type diff: $(result "$work/diff.json" 'r.get("summary") or r')"
fi

# ---- archiving and a backup after a crash failover
primary || exit 1
old=$PRIMARY
crash_node "$old" && ok "$old (the primary) crashed" || { bad "could not crash $old"; exit 1; }
wait_status 120 "a standby promoted after the crash of $old" \
  "[n['name'] for n in s['nodes'] if n['state']=='primary'] not in ([], ['$old']) and s['write_target'] not in ('', '$old')" || exit 1
primary || exit 1
new=$PRIMARY
sql "$new" "CREATE TABLE after_failover AS SELECT 1 AS x" >/dev/null
before=$(archiver "$new")
sql "$new" "SELECT pg_switch_wal()" >/dev/null
deadline=$(($(date +%s) + 90))
until [ "$(archiver "$new" | cut -d' ' -f1)" -gt "$(echo "$before" | cut -d' ' -f1)" ] 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; do sleep 1; done
now=$(archiver "$new")
# (failures counted before: a cluster built with the repository in its worksheet tried to archive
# from phase 2 on, before phase 6 configured pgBackRest)
if [ "$(echo "$now" | cut -d' ' -f1)" -gt "$(echo "$before" | cut -d' ' -f1)" ] 2>/dev/null && [ "$(echo "$now" | cut -d' ' -f2)" = "$(echo "$before" | cut -d' ' -f2)" ]; then
  ok "$new archives after the failover (archived, failed, last: $before -> $now)"
else
  bad "$new does not archive after the failover: $before -> $now"
fi
hist=$("$lab" exec backup sh -c "ls $REPO/archive/lab/*/ | grep -c '\.history$'" 2>/dev/null)
[ "${hist:-0}" -ge 1 ] && ok "the new timeline's history file is in the repository ($hist)" || bad "no .history in the repository"
if "$pgpilot" backup "$C" --type diff --yes --json "${args[@]}" >"$work/diff2.json" 2>&1; then
  ok "a diff backup after the failover: $(result "$work/diff2.json" 'r["summary"]')"
else
  bad "diff backup after the failover: $(result "$work/diff2.json" 'r.get("summary") or r')"
fi
boot_node "$old" && ok "$old booted again" || { bad "$old did not boot"; exit 1; }
if "$pgpilot" rejoin "$C" --node "$old" --yes --json "${args[@]}" >"$work/rejoin.json" 2>&1; then
  ok "$old rejoined: $(result "$work/rejoin.json" 'r["summary"]')"
else
  bad "rejoin $old: $(result "$work/rejoin.json" 'r.get("summary") or r')"
  exit 1
fi

# ---- a full repository, then an unreachable repository host, under a client writer
"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$C" >"$work/cp-start.log" 2>&1 \
  && ok "client writer and probe running" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }
primary || exit 1
p=$PRIMARY
# waits until the primary's archiver has failed more often than $1 (90 s: archive-timeout is 60 s)
wait_failed() {
  local base=$1 what=$2 deadline=$(($(date +%s) + 150)) a
  while :; do
    sql "$p" "SELECT pg_switch_wal()" >/dev/null
    a=$(archiver "$p")
    if [ "$(echo "$a" | cut -d' ' -f2)" -gt "$base" ] 2>/dev/null; then
      ok "$what: the primary's archiver fails and counts it (archived, failed, last: $a)"
      return 0
    fi
    [ "$(date +%s)" -ge "$deadline" ] && { bad "$what: no failed archiving seen in 150 s ($a)"; return 1; }
    sleep 5
  done
}
# waits until archiving caught up: the segment a WAL switch closed now is in the archive and the
# last attempt was a success
wait_caught_up() {
  local what=$1 deadline=$(($(date +%s) + 240)) start=$(date +%s) a seg
  seg=$(sql "$p" "SELECT pg_walfile_name(pg_switch_wal())")
  while :; do
    a=$(sql "$p" "SELECT coalesce(last_archived_time > coalesce(last_failed_time, '-infinity'), false) AND last_archived_wal >= '$seg' FROM pg_stat_archiver")
    if [ "$a" = t ]; then
      ok "$what: archiving caught up in $(($(date +%s) - start)) s, $seg archived ($(archiver "$p"))"
      return 0
    fi
    [ "$(date +%s)" -ge "$deadline" ] && { bad "$what: $seg not archived within 240 s ($(archiver "$p"))"; return 1; }
    sleep 2
  done
}
writes() { "$probe" report --out "$work/cp" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("acknowledged", 0))'; }

base=$(archiver "$p" | cut -d' ' -f2)
w0=$(writes)
"$lab" exec backup sh -c "avail=\$(df -Pk $REPO | awk 'NR==2 {print \$4}'); fallocate -l \$(( (avail - 64) * 1024 )) $REPO/filler" \
  && ok "the repository is full ($("$lab" exec backup df -h $REPO | awk 'NR==2 {print $3 " used of " $2}'))" || bad "could not fill the repository"
wait_failed "$base" "full repository"
status=$(status_json)
echo "$status" >"$work/status-full.json"
kinds=$(printf '%s' "$status" | field '[a.get("kind") for a in s.get("alarms", [])]')
case "$kinds" in
  *rchiv*) ok "pgpilot status raises an archiving alarm: $kinds" ;;
  *) bad "no archiving alarm in pgpilot status while the repository is full: $kinds" ;;
esac
w1=$(writes)
[ "$w1" -gt "$w0" ] && ok "the primary kept acknowledging writes while archiving failed ($((w1 - w0)) more)" || bad "no write acknowledged while the repository was full ($w0 -> $w1)"
"$lab" exec backup rm -f $REPO/filler && ok "space freed in the repository"
wait_caught_up "repository full"

base=$(archiver "$p" | cut -d' ' -f2)
"$lab" exec backup ip link set host0 down && ok "the backup host's link is down" || bad "could not take the backup host's link down"
wait_failed "$base" "unreachable repository host"
w2=$(writes)
[ "$w2" -gt "$w1" ] && ok "the primary kept acknowledging writes while the repository was unreachable ($((w2 - w1)) more)" || bad "no write acknowledged while the repository was unreachable"
walmb=$(sql "$p" "SELECT sum(size) / 1048576 FROM pg_ls_waldir()")
ok "pg_wal on $p holds ${walmb} MB while archiving fails (bounded by archive-push-queue-max 1GB and max_wal_size)"
"$lab" exec backup ip link set host0 up && ok "the backup host's link is up again"
wait_caught_up "unreachable repository host"

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost, never two writable primaries: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%s acknowledged, %s missing" % (r["acknowledged"], r["missing"]))' "$work/report.json")"
else
  bad "client writer: $(tail -n 5 "$work/report.json" "$work/report.err")"
fi

# ---- point-in-time recovery of the whole cluster
primary || exit 1
p=$PRIMARY
tl() { for n in pg1 pg2 pg3; do sql "$n" "SELECT timeline_id FROM pg_control_checkpoint()"; done | tr '\n' ' '; }
starts() { for n in pg1 pg2 pg3; do sql "$n" "SELECT pg_postmaster_start_time()"; done | tr '\n' ' '; }
tl0=$(tl) st0=$(starts)
for t in "2000-01-01T00:00:00Z" "$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)"; do
  "$pgpilot" restore "$C" --target-time "$t" --yes --json "${args[@]}" >"$work/refused.json" 2>&1
  rc=$?
  if [ "$rc" -eq 1 ] && [ "$(result "$work/refused.json" 'r.get("refused")')" = True ] && [ "$(tl)" = "$tl0" ] && [ "$(starts)" = "$st0" ]; then
    ok "restore to $t refused, nothing touched: $(result "$work/refused.json" 'r["error"][:160]')"
  else
    bad "restore to $t: exit $rc, $(result "$work/refused.json" 'r.get("summary") or r'); timelines $tl0 -> $(tl)"
  fi
done
sql "$p" "CREATE TABLE pitr_rows (id int PRIMARY KEY, at timestamptz DEFAULT clock_timestamp())" >/dev/null
for i in $(seq 1 40); do sql "$p" "INSERT INTO pitr_rows (id) VALUES ($i)" >/dev/null; done
sleep 1
T=$(sql "$p" "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
sleep 1
for i in $(seq 41 45); do sql "$p" "INSERT INTO pitr_rows (id) VALUES ($i)" >/dev/null; done
sql "$p" "DROP TABLE pitr_rows" >/dev/null
ok "40 rows committed before $T, 5 after, then DROP TABLE"
t0=$(date +%s%N)
if "$pgpilot" restore "$C" --target-time "$T" --yes --json "${args[@]}" >"$work/restore.json" 2>&1; then
  ok "restore to $T: $(result "$work/restore.json" 'r["summary"]')"
else
  bad "restore to $T: $(result "$work/restore.json" 'r.get("summary") or r')"
fi
echo "figure restore_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
for n in pg1 pg2 pg3; do
  got=$(sql "$n" "SELECT count(*) || ' ' || max(id) FROM pitr_rows")
  [ "$got" = "40 40" ] && ok "$n holds the 40 rows committed before $T and none after" || bad "$n: rows (count max) '$got', want '40 40'"
done
wait_status 90 "after the restore: one primary, every standby streams, the VIP and writes on the primary" \
  "len([n for n in s['nodes'] if n['state']=='primary'])==1 and s['vip_holder']==s['write_target']!='' and len([n for n in s['nodes'] if n.get('postgres', {}).get('wal_receiver')=='streaming'])==2"
newest=$("$lab" exec backup runuser -u pgbackrest -- pgbackrest --stanza=lab --output=json info 2>/dev/null | python3 -c 'import json,sys,time
b=json.load(sys.stdin)[0]["backup"][-1]; print(b["type"], int(time.time()) - b["timestamp"]["stop"])')
case "$newest" in
  full\ *) [ "${newest#full }" -lt 600 ] && ok "a full backup of the new timeline ended ${newest#full } s ago" || bad "the newest full backup is old: $newest" ;;
  *) bad "the newest backup after the restore is not a full one: $newest" ;;
esac
recovery=$(sql "$p" "SHOW recovery_target_time" ; "$lab" exec "$p" sh -c "grep -c recovery_target /var/lib/postgresql/$LAB_PG_VERSION/main/postgresql.auto.conf; true")
case "$recovery" in
  *$'\n'0) ok "the recovery target is gone from postgresql.auto.conf (a standby later would not stop there)" ;;
  *) bad "postgresql.auto.conf keeps a recovery target: $recovery" ;;
esac
