#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Backups with the repository on a directory mounted on every node (backup.repository "mount",
# issue 19) on the lab: phase 6 refuses a path that is missing or not one shared directory (and
# touches nothing), then, with one host directory bind-mounted into every node at the same path
# (as an NFS export would be), passes its checkpoint with the restore drill on a node; the timers
# fire on every node at once and exactly one backup is taken; backup and restore-drill as
# operations; after a switchover, archiving and the backup runner follow the new roles; `pgpilot
# status` reads the repository through the nodes.
#   tests/lab/backup-mount-test.sh PGPILOT_BINARY [--os bookworm|trixie]
# Starts from the built-cluster fixture; resets the nodes at the end. With --os and another OS
# than the lab's, the lab is switched for the run (and back at the end), the share is mounted on
# the fresh nodes and the cluster is built with phases 0-6 (archiving to the mounted repository
# from phase 2 on); the refusals of bad mounts are left to the lab's own OS. Last line:
# "backup-mount-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: backup-mount-test.sh PGPILOT_BINARY [--os OS]}
want_os=
[ "${2:-}" = --os ] && want_os=${3:?--os needs a value}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-backup-mount.XXXXXX)
TEST=backup-mount-test
REPO=/mnt/pgbackrest
shared=$(mktemp -d /var/tmp/pgpilot-lab-repo.XXXXXX)

unbind() { # every node: the repository path unmounted (as often as it was mounted)
  local n
  for n in $LAB_NODE_NAMES; do
    while "$lab" exec "$n" umount "$REPO" >/dev/null 2>&1; do :; done
  done
}
cleanup() {
  # Fresh nodes (the fixture's cluster had no archiving), then the shared directories go.
  unbind
  if [ -n "${orig_os:-}" ]; then
    echo "backup-mount-test: bringing the $orig_os lab back"
    "$lab" down >/dev/null 2>&1
    "$lab" up --os "$orig_os" >"$work/lab-up-back.log" 2>&1 || bad "lab up --os $orig_os at the end: $(tail -n 2 "$work/lab-up-back.log")"
  else
    "$lab" reset >"$work/reset.log" 2>&1 || echo "lab reset at the end failed: $(tail -n 2 "$work/reset.log")"
  fi
  rm -rf "$shared" "$shared".*
  ops_finish
}
trap 'cleanup; exit $?' EXIT

orig_os=
eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
if [ -n "$want_os" ] && [ "$want_os" != "$LAB_OS" ]; then
  orig_os=$LAB_OS
  "$lab" down >"$work/lab-down.log" 2>&1
  "$lab" up --os "$want_os" >"$work/lab-up.log" 2>&1 \
    && ok "the lab switched to $want_os" || { bad "lab up --os $want_os: $(tail -n 3 "$work/lab-up.log")"; exit 1; }
  eval "$("$lab" env)"
  secrets=$work/secrets
  args=(--secrets-file "$secrets" --state-dir "$work/state")
else
  ops_setup || exit 1
fi
leader() { # the node's PID 1 as the host sees it
  local np c
  np=$(cat "$LAB_STATE/nodes/$1/nspawn.pid") || return 1
  for c in $(cat /proc/"$np"/task/*/children 2>/dev/null); do
    [ "$(cat "/proc/$c/comm" 2>/dev/null)" = systemd ] && { echo "$c"; return 0; }
  done
  return 1
}
bind() { # bind NODE HOST_DIR: HOST_DIR mounted at $REPO in NODE
  "$lab" exec "$1" mkdir -p "$REPO" && "$here/tools/nsbind.py" "$2" "$(leader "$1")" "$REPO"
}
sql() { "$lab" exec "$1" runuser -u postgres -- psql -X -At -d postgres -c "$2" 2>&1; }
info_count() { # backups in the repository (read on the host: the shared directory)
  "$lab" exec "$1" runuser -u postgres -- pgbackrest --stanza=lab --output=json info 2>/dev/null \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)[0].get("backup") or []))' 2>/dev/null || echo "?"
}
# A phase 6 run that must fail at step $1, with $2 in its message, leaving archive_command alone.
refused() {
  local stepid=$1 want=$2 what=$3
  if "$pgpilot" apply "$C" --phase 6 --json "${args[@]}" >"$work/refused.json" 2>"$work/refused.err"; then
    bad "$what: phase 6 passed"
    return
  fi
  if grep -q "\"$stepid\"" "$work/refused.json" && grep -q "$want" "$work/refused.json" "$work/refused.err"; then
    ok "$what: phase 6 stops at $stepid: $(grep -oh "pgpilot: [^\"]*$want[^\"]*" "$work/refused.json" | head -n 1)"
  else
    bad "$what: expected $stepid with '$want'; saw $(grep -h 'failed\|pgpilot:' "$work/refused.json" "$work/refused.err" | tail -n 3)"
  fi
  local ac
  ac=$(sql "${LAB_NODE_NAMES%% *}" "SHOW archive_command")
  case $ac in
    *pgbackrest*) bad "$what: archive_command already changed ($ac)" ;;
    *) ok "$what: archive_command untouched ($ac)" ;;
  esac
}

# The worksheet: the lab's cluster with archiving to a repository mounted at $REPO.
C=$work/cluster.json
python3 - "$LAB_CLUSTER_FILE" "$C" "$REPO" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
c["archiving"] = {"mode": "pgbackrest", "directory": ""}
c.pop("backup", None)
c["backup"] = {"repository": "mount", "path": sys.argv[3], "retention": {"full": 2, "diff": 6},
               "schedule": {"full": "Sun *-*-* 01:30:00", "diff": "Mon..Sat *-*-* 01:30:00"},
               "encrypted": True, "processMax": 2, "archiveQueueMax": "8GB"}
json.dump(c, open(sys.argv[2], "w"), indent=2)
EOF
LAB_CLUSTER_FILE=$C # status_json reads this worksheet
"$pgpilot" validate "$C" >"$work/validate.log" 2>&1 && ok "the worksheet with a mounted repository validates" \
  || bad "validate: $(tail -n 3 "$work/validate.log")"

if [ -n "$orig_os" ]; then # fresh nodes: PostgreSQL (and its postgres account) first
  "$pgpilot" apply "$C" --from 0 --to 1 --yes --json "${args[@]}" >"$work/p01.json" 2>&1 \
    && ok "phases 0-1 on the fresh $want_os nodes" || { bad "phases 0-1: $(tail -n 3 "$work/p01.json")"; exit 1; }
fi
uid=$("$lab" exec "${LAB_NODE_NAMES%% *}" id -u postgres)
if [ -z "$orig_os" ]; then
# ---- bad mounts: nothing there, then one directory per node (not shared)
refused p6.precheck "does not exist on this node" "no $REPO on the nodes"
for n in $LAB_NODE_NAMES; do
  mkdir -p "$shared.$n" && chown --reference="$shared" "$shared.$n" && bind "$n" "$shared.$n" || bad "bind $shared.$n into $n"
done
for n in $LAB_NODE_NAMES; do chown "$uid:$uid" "$shared.$n"; done
refused p6.mount-shared "not one shared directory" "a directory of its own on each node"
unbind
fi

# ---- one shared directory on every node
chown "$uid:$uid" "$shared" && chmod 0750 "$shared"
for n in $LAB_NODE_NAMES; do bind "$n" "$shared" || bad "bind $shared into $n"; done
ok "$shared (postgres's, uid $uid) mounted at $REPO on: $LAB_NODE_NAMES"
t0=$(date +%s%N)
if [ -n "$orig_os" ]; then
  phases=(--from 2 --to 6 --yes)
else
  phases=(--phase 6)
fi
if "$pgpilot" apply "$C" "${phases[@]}" --json "${args[@]}" >"$work/phase6.json" 2>"$work/phase6.err"; then
  ok "apply ${phases[*]} with the mounted repository: phase 6's checkpoint passed ($(( ($(date +%s%N) - t0) / 1000000 )) ms)"
else
  bad "phase 6: $(grep -h '"passed": *false\|failed' "$work/phase6.json" "$work/phase6.err" | tail -n 5)"
  exit 1
fi
echo "figure phase6_mount_ms=$(( ($(date +%s%N) - t0) / 1000000 ))"
drill=$(python3 -c 'import json,sys
for l in open(sys.argv[1]):
    try: o=json.loads(l)
    except ValueError: continue
    if o.get("event") == "criterion" and o.get("id") == "p6.drill": print(o.get("node"), "|", o.get("seen"))' "$work/phase6.json")
[ -n "$drill" ] && ok "the drill on a node: $drill" || bad "no drill verdict in phase 6's checkpoint"
primary() { status_value PRIMARY 60 "the primary" "$ONLY_PRIMARY"; }
primary || exit 1
runner=$(for n in $LAB_NODE_NAMES; do
  "$lab" exec "$n" runuser -u postgres -- /usr/local/lib/pgpilot/pgpilot-backup-run --stanza lab --repo "$REPO" \
    --nodes "$(echo "$LAB_NODE_NAMES" | tr ' ' ,)" --me "$n" --am-runner >/dev/null 2>&1 && echo "$n"
done)
case $runner in
  "$PRIMARY" | *" "* | "") bad "runner: want exactly one standby, got '$runner' (primary $PRIMARY)" ;;
  *) ok "exactly one node says it takes the backups: $runner (a standby; $PRIMARY is primary)" ;;
esac
ls -d "$shared"/archive/lab "$shared"/backup/lab >/dev/null 2>&1 && ok "the repository is in the shared directory on the host" \
  || bad "no stanza directories in $shared"

# ---- the timers fire on every node at once: one backup
before=$(info_count "$runner")
for n in $LAB_NODE_NAMES; do "$lab" exec "$n" systemctl start --no-block pgpilot-backup-diff.service & done
wait
deadline=$(($(date +%s) + 300))
until [ "$(for n in $LAB_NODE_NAMES; do "$lab" exec "$n" systemctl is-active pgpilot-backup-diff.service 2>/dev/null; done | grep -c -E '^(active|activating)$')" = 0 ] \
  || [ "$(date +%s)" -ge "$deadline" ]; do sleep 2; done
after=$(info_count "$runner")
results=$(for n in $LAB_NODE_NAMES; do echo "$n=$("$lab" exec "$n" systemctl show -P Result pgpilot-backup-diff.service)"; done | tr '\n' ' ')
if [ "$after" = "$((before + 1))" ]; then
  ok "the diff timer's service on all $(echo $LAB_NODE_NAMES | wc -w) nodes at once: one backup ($before -> $after); results $results"
else
  bad "timers on every node: backups $before -> $after (want one more); results $results"
fi
said=$("$lab" exec "$PRIMARY" journalctl -u pgpilot-backup-diff.service -o cat --no-pager 2>/dev/null | grep -o 'pgpilot-backup-run: .*' | tail -n 1)
[ -n "$said" ] && ok "the primary's timer said: $said" || bad "the primary's backup service said nothing"

# ---- operations
if "$pgpilot" backup "$C" --type incr --yes --json "${args[@]}" >"$work/incr.json" 2>&1; then
  ok "backup --type incr: $(result "$work/incr.json" 'r["summary"]')"
else
  bad "backup --type incr: $(result "$work/incr.json" 'r.get("summary") or r')"
fi
if "$pgpilot" restore-drill "$C" --yes --json "${args[@]}" >"$work/drill.json" 2>&1; then
  ok "restore-drill: $(result "$work/drill.json" 'r["summary"]')"
else
  bad "restore-drill: $(result "$work/drill.json" 'r.get("summary") or r')"
fi
wait_status 120 "pgpilot status reads the mounted repository through a node" \
  "(s.get('backup') or {}).get('backups', 0) > 0 and (s.get('backup') or {}).get('read')" \
  && ok "status reads the repository on a node: $(status_json | field '"%s backups, last %s, archive to %s, free %s" % (s["backup"]["backups"], (s["backup"]["last"] or {}).get("label"), s["backup"]["archive_max"], s["backup"]["repository_free_bytes"])')"

# ---- a switchover: the new primary archives, the runner follows the roles
target=$runner
if "$pgpilot" switchover "$C" --to "$target" --yes --json "${args[@]}" >"$work/so.json" 2>&1; then
  ok "switchover to $target: $(result "$work/so.json" 'r["summary"]')"
else
  bad "switchover to $target: $(result "$work/so.json" 'r.get("summary") or r')"
  exit 1
fi
seg=$(sql "$target" "SELECT pg_walfile_name(pg_switch_wal())")
deadline=$(($(date +%s) + 120))
until [ "$(sql "$target" "SELECT last_archived_wal >= '$seg' FROM pg_stat_archiver")" = t ] || [ "$(date +%s)" -ge "$deadline" ]; do sleep 2; done
[ "$(sql "$target" "SELECT last_archived_wal >= '$seg' FROM pg_stat_archiver")" = t ] \
  && ok "the new primary $target archived $seg into the shared repository" || bad "$target did not archive $seg in 120 s"
if "$pgpilot" backup "$C" --type diff --yes --json "${args[@]}" >"$work/diff2.json" 2>&1; then
  ok "a diff backup after the switchover: $(result "$work/diff2.json" 'r["summary"]')"
else
  bad "diff backup after the switchover: $(result "$work/diff2.json" 'r.get("summary") or r')"
fi
ran=$(grep -h "pgpilot-backup-run: pgbackrest" "$work/diff2.json" | head -n 1)
newrunner=$(for n in $LAB_NODE_NAMES; do
  "$lab" exec "$n" runuser -u postgres -- /usr/local/lib/pgpilot/pgpilot-backup-run --stanza lab --repo "$REPO" \
    --nodes "$(echo "$LAB_NODE_NAMES" | tr ' ' ,)" --me "$n" --am-runner >/dev/null 2>&1 && echo "$n"
done)
case $newrunner in
  "$target" | *" "* | "") bad "runner after the switchover: '$newrunner' (the new primary is $target)" ;;
  *) ok "after the switchover the backups run on $newrunner, a standby of $target" ;;
esac
[ -z "$ran" ] || echo "backup-mount-test: $ran"
