#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# pgBackRest's archive queue limit reached for real (issue 19): the built cluster gets a fresh
# backup host and phase 6 with a small archive-push-queue-max (64MB, a copy of the lab's cluster
# file); the backup host's link goes down, ~200 MB of WAL is written through the VIP while a
# client writer runs; the primary must keep accepting writes, its archive queue must stay bounded
# and pgBackRest must say it dropped WAL. With the link back, `pgpilot status --json` must raise
# archive-gap naming the first dropped segment, and a full backup must clear it (the gap is then
# before the newest backup's first WAL: reported as healed, no alarm).
#   tests/lab/backup-gap-test.sh PGPILOT_BINARY
# Figures as "figure ..." lines. Resets the nodes and takes the backup host away at the end, as
# backup-test.sh does (so the lab's own cluster file and worksheet values are never changed).
# Last line: "backup-gap-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: backup-gap-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
# This test judges pgpilot's exit status; the ASan build sometimes reports a leak of libcrypto
# objects at exit under load (see adopt-test.sh): leaks are the unit tests' business.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-backup-gap-test.XXXXXX)
TEST=backup-gap-test
QUEUE_MAX=64MB
QUEUE_SEGMENTS=4 # what 64MB holds of 16 MiB segments: pgBackRest drops when more wait
WRITE_MB=200
WRITE_PAUSE=2.5 # seconds between two ~12 MB statements: ~4 MB/s for about a minute
sampler=

cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null && wait "$sampler" 2>/dev/null
  # Whatever state a failure left: the backup host's link up first, then fresh nodes while the
  # repository answers (a primary archiving to a host that is gone stops slowly), then the host
  # goes (backup-test.sh does the same).
  "$lab" exec backup ip link set host0 up >/dev/null 2>&1
  "$lab" reset >"$work/reset.log" 2>&1 || echo "lab reset at the end failed: $(tail -n 2 "$work/reset.log")"
  "$lab" up --no-backup-host >"$work/no-backup-host.log" 2>&1 || echo "could not remove the backup host: $(tail -n 2 "$work/no-backup-host.log")"
  ops_finish
}
trap 'cleanup; exit $?' EXIT

eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
secrets=$work/secrets
args=(--secrets-file "$secrets" --state-dir "$work/state")
t_start=$(date +%s)
if "$here/cluster-fixture.sh" restore "$secrets" "$pgpilot" --backup-host >"$work/restore.log" 2>&1; then
  ok "built cluster restored with a fresh backup host: $(tail -n 1 "$work/restore.log")"
else
  bad "fixture restore: $(tail -n 3 "$work/restore.log")"
  exit 1
fi
# The lab's cluster file with a small queue limit; every pgpilot command below uses the copy.
C=$work/cluster.json
python3 - "$LAB_CLUSTER_FILE" "$C" "$QUEUE_MAX" <<'EOF' || { bad "could not write the cluster file copy"; exit 1; }
import json, sys
doc = json.load(open(sys.argv[1]))
doc["backup"]["archiveQueueMax"] = sys.argv[3]
json.dump(doc, open(sys.argv[2], "w"), indent=2)
EOF
LAB_CLUSTER_FILE=$C # status_json (ops-lib.sh) reads it
"$pgpilot" validate "$C" >"$work/validate.log" 2>&1 && ok "the cluster file copy with archiveQueueMax $QUEUE_MAX validates" \
  || { bad "validate: $(tail -n 3 "$work/validate.log")"; exit 1; }
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -At -d postgres -c "$2" 2>&1; }
archiver() { sql "$1" "SELECT archived_count || ' ' || failed_count || ' ' || coalesce(last_archived_wal, '-') FROM pg_stat_archiver"; }
repo_max() {
  "$lab" exec backup runuser -u pgbackrest -- pgbackrest --stanza=lab --output=json info 2>/dev/null \
    | python3 -c 'import json,sys; a=json.load(sys.stdin)[0]["archive"]; print(max(a, key=lambda x: x["database"]["id"])["max"] if a else "-")'
}

# ---- phase 6 with the small queue limit
t0=$(date +%s%N)
if "$pgpilot" apply "$C" --phase 6 --json "${args[@]}" >"$work/phase6.json" 2>"$work/phase6.err"; then
  ok "apply --phase 6 with archiveQueueMax $QUEUE_MAX passed its checkpoint ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
else
  bad "phase 6: $(grep -h '"passed": *false\|FAIL\|failed' "$work/phase6.json" "$work/phase6.err" | tail -n 5)"
  exit 1
fi
for n in pg1 pg2 pg3; do
  got=$("$lab" exec "$n" grep '^archive-push-queue-max=' /etc/pgbackrest/pgbackrest.conf 2>&1)
  [ "$got" = "archive-push-queue-max=$QUEUE_MAX" ] && ok "$n: $got" || bad "$n: pgbackrest.conf has '$got'"
done
status_value PRIMARY 60 "the primary" "$ONLY_PRIMARY" || exit 1
p=$PRIMARY
# The archive complete, as pgpilot-backup-status (this pgpilot's, installed by phase 6) sees it.
wait_status 120 "status: the WAL archive is checked and complete" \
  "s['backup']['wal_archive']['checked'] and not s['backup']['wal_archive']['gaps'] and not any(a['kind'].startswith('archive-') for a in s['alarms'])" || exit 1

# waits until the segment a WAL switch closes now is archived and the last attempt was a success
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
wait_caught_up "before the block" || exit 1
before_max=$(repo_max)
ok "the repository's newest WAL before the block: $before_max"

"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$C" >"$work/cp-start.log" 2>&1 \
  && ok "client writer and probe running through $LAB_VIP:5000" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }
writes() { "$probe" report --out "$work/cp" --json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin).get("acknowledged", 0))'; }
w0=$(writes)

# ---- the repository unreachable, ~200 MB of WAL
dropped_names() {
  "$lab" exec "$p" sh -c "grep -ho \"dropped WAL file '[0-9A-F]*'\" /var/log/pgbackrest/lab-archive-push-async.log 2>/dev/null; true" \
    | grep -o '[0-9A-F]\{24\}' | sort -u
}
# The archive queue (.ready files) and pg_wal on the primary, every 2 s, until killed.
( while :; do
    echo "$(date +%s) $(sql "$p" "SELECT (SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready') || ' ' || (SELECT sum(size) / 1048576 FROM pg_ls_waldir())")"
    sleep 2
  done >"$work/samples" 2>/dev/null ) &
sampler=$!
"$lab" exec backup ip link set host0 down && ok "the backup host's link is down: the nodes cannot reach the repository" \
  || { bad "could not take the backup host's link down"; exit 1; }
t_block=$(date +%s)
# Through the VIP as the cluster's repmgr user (its password from the secrets file, never printed).
# /usr/bin/python3: psycopg2 comes from Debian's python3-psycopg2, as for clientprobe.
# Paced, so that pgBackRest's rounds (each gives up on the repository after 10 s) see the queue grow.
if /usr/bin/python3 - "$C" "$secrets" "$WRITE_MB" "$WRITE_PAUSE" >"$work/writer.json" 2>"$work/writer.err" <<'EOF'
import json, sys, time
import psycopg2
cluster, secrets, target, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1024 * 1024, float(sys.argv[4])
spec = json.load(open(cluster))
key = spec.get("repmgrPasswordRef") or "pgpilot:%s:repmgr-password" % spec["name"]
password = None
for line in open(secrets):
    k, _, v = line.rstrip("\n").partition("=")
    if k == key:
        password = v
if password is None:
    sys.exit("no %s in the secrets file" % key)
conn = psycopg2.connect(host=spec["network"]["vip"], port=int(spec["ports"]["write"]), user="repmgr",
                        password=password, dbname="postgres", connect_timeout=5,
                        application_name="backup-gap-test")
conn.autocommit = True
cur = conn.cursor()
cur.execute("SELECT inet_server_addr()::text, pg_current_wal_lsn()")
server, start = cur.fetchone()
cur.execute("CREATE TABLE IF NOT EXISTS gap_fill (id bigint, pad text)")
started, written, statements = time.time(), 0, 0
while written < target:
    cur.execute("INSERT INTO gap_fill SELECT g, repeat(md5(g::text), 16) FROM generate_series(1, 20000) g")
    statements += 1
    cur.execute("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), %s)::bigint", (start,))
    written = cur.fetchone()[0]
    if written < target:
        time.sleep(pause)
print(json.dumps({"server": server, "bytes": written, "statements": statements,
                  "seconds": round(time.time() - started, 1)}))
EOF
then
  ok "WAL written through the VIP while the repository was unreachable: $(cat "$work/writer.json")"
else
  bad "the writer through the VIP failed: $(tail -n 3 "$work/writer.err")"
fi
# pgBackRest drops once an async round finds more than the limit waiting: wait until it did and
# the queue is back within the limit, the repository still unreachable (WAL switches wake
# PostgreSQL's archiver; the client writer keeps adding WAL to switch).
ready() { sql "$p" "SELECT count(*) FROM pg_ls_archive_statusdir() WHERE name LIKE '%.ready'"; }
deadline=$(($(date +%s) + 180))
until { [ -n "$(dropped_names)" ] && [ "$(ready)" -le "$QUEUE_SEGMENTS" ] 2>/dev/null; } || [ "$(date +%s)" -ge "$deadline" ]; do
  sql "$p" "SELECT pg_switch_wal()" >/dev/null
  sleep 5
done
dropped=$(dropped_names)
t_drop=$(date +%s)
if [ -n "$dropped" ]; then
  ok "pgBackRest on $p dropped $(echo "$dropped" | wc -l) WAL file(s), $(echo "$dropped" | head -n 1) to $(echo "$dropped" | tail -n 1) ($((t_drop - t_block)) s after the block): $("$lab" exec "$p" sh -c "grep -h 'dropped WAL file' /var/log/pgbackrest/lab-archive-push-async.log | tail -n 1")"
else
  bad "no 'dropped WAL file' in $p's /var/log/pgbackrest/lab-archive-push-async.log within 240 s ($(archiver "$p"))"
fi
pglog=$("$lab" exec "$p" sh -c "grep -rh 'dropped WAL file' /var/log/postgresql/ /var/lib/postgresql/$LAB_PG_VERSION/main/log/ 2>/dev/null | wc -l")
[ "${pglog:-0}" -gt 0 ] && ok "PostgreSQL's log on $p shows archive_command's warning $pglog time(s): $("$lab" exec "$p" sh -c "grep -rh 'dropped WAL file' /var/log/postgresql/ /var/lib/postgresql/$LAB_PG_VERSION/main/log/ 2>/dev/null | tail -n 1" | cut -c1-200)" \
  || echo "note: PostgreSQL's log on $p does not show the warning (archive_command's stderr)"
w1=$(writes)
[ "$w1" -gt "$w0" ] && ok "the primary kept acknowledging the client writer's writes while WAL was dropped ($((w1 - w0)) more)" \
  || bad "no write acknowledged while the repository was unreachable ($w0 -> $w1)"
kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null; sampler=
read -r max_ready max_wal samples <<<"$(awk 'NF==3 {if ($2>r) r=$2; if ($3>w) w=$3; n++} END {print r+0, w+0, n+0}' "$work/samples")"
end_ready=$(ready)
written_mb=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytes"] // 1048576)' "$work/writer.json" 2>/dev/null || echo 0)
echo "figure queue_max_segments=$max_ready queue_end_segments=$end_ready pg_wal_max_mb=$max_wal written_mb=$written_mb samples=$samples"
echo "queue samples (epoch, segments waiting, pg_wal MB): $(tr '\n' ';' <"$work/samples")"
# Without the limit every segment written since the block would still wait (at least
# written_mb / 16); with it the queue never holds them all and ends within the limit.
if [ "$samples" -gt 0 ] && [ "$end_ready" -le "$QUEUE_SEGMENTS" ] 2>/dev/null && [ $((max_ready * 16)) -lt "$written_mb" ]; then
  ok "the archive queue stayed bounded: at most $max_ready segment(s) ($((max_ready * 16)) MB) waited while $written_mb MB were written, $end_ready at the end (limit $QUEUE_MAX); pg_wal peaked at $max_wal MB (wal_keep_size 1GB keeps that much WAL there in any case)"
else
  bad "the archive queue was not bounded: at most $max_ready segment(s) waited ($samples samples), $end_ready at the end, $written_mb MB written (limit $QUEUE_MAX)"
fi

# ---- the link back: the gap shows, a full backup heals it
"$lab" exec backup ip link set host0 up && ok "the backup host's link is up again"
wait_caught_up "after the block"
after_max=$(repo_max)
ok "the repository's newest WAL now: $after_max (before the block: $before_max)"
first=$(echo "$dropped" | head -n 1)
last=$(echo "$dropped" | tail -n 1)
count=$(echo "$dropped" | grep -c .)
t0=$(date +%s%N)
if wait_status 180 "pgpilot status --json raises archive-gap" "any(a['kind'] == 'archive-gap' for a in s['alarms'])"; then
  echo "figure alarm_after_unblock_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
  snap=$(status_json)
  echo "$snap" >"$work/status-gap.json"
  seen=$(printf '%s' "$snap" | field '[(g["first"], g["last"], g["count"]) for g in s["backup"]["wal_archive"]["gaps"] if not g["healed_by"]]')
  if [ "$seen" = "[('$first', '$last', $count)]" ]; then
    ok "the gap is the dropped WAL exactly: $seen"
  else
    bad "the gap reported $seen, pgBackRest dropped $first..$last ($count)"
  fi
  ok "the alarm: $(printf '%s' "$snap" | field '[a["severity"] + ": " + a["title"] for a in s["alarms"] if a["kind"] == "archive-gap"][0]')"
  printf '%s' "$snap" | field '[a for a in s["alarms"] if a["kind"] == "archive-gap"][0]["action"]' | grep -q -- "--type full" \
    && ok "its action says to take a full backup" || bad "the alarm's action does not say --type full"
  printf '%s' "$snap" | field '[a for a in s["alarms"] if a["kind"] == "archive-gap"][0]["title"]' | grep -q "$first" \
    && ok "its title names the first missing segment $first" || bad "the alarm's title does not name $first"
  line=$("$pgpilot" status "$C" --secrets-file "$secrets" 2>/dev/null | grep '^backup (')
  case "$line" in
    *"WAL archive gap: "*"missing from $first"*) ok "pgpilot status (text): ${line##*; WAL archive }" ;;
    *) bad "pgpilot status's backup line: $line" ;;
  esac
fi
t0=$(date +%s%N)
if "$pgpilot" backup "$C" --type full --yes --json "${args[@]}" >"$work/full.json" 2>&1; then
  ok "backup --type full: $(result "$work/full.json" 'r["summary"]') ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
else
  bad "backup --type full: exit $?: $(result "$work/full.json" 'r.get("summary") or r'); $(grep -v '^{' "$work/full.json" | tail -n 3)"
fi
# (the older full backup stays with retention 2, so the gap is still there, before the new one's
# first WAL: reported healed; were it expired, no gap would be reported at all)
if wait_status 120 "after the full backup: no archive-gap alarm, every gap reported healed" \
  "s['backup']['wal_archive']['checked'] and not any(a['kind'] == 'archive-gap' for a in s['alarms']) and all(g['healed_by'] for g in s['backup']['wal_archive']['gaps'])"; then
  ok "the WAL archive now: $(status_json | field '[(g["first"], g["count"], g["healed_by"], g["healed_at"]) for g in s["backup"]["wal_archive"]["gaps"]] or "no gap"')"
fi

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost, never two writable primaries: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%s acknowledged, %s missing" % (r["acknowledged"], r["missing"]))' "$work/report.json")"
else
  bad "client writer: $(tail -n 5 "$work/report.json" "$work/report.err")"
fi
echo "figure test_s=$(($(date +%s) - t_start))"
