#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of the lab's backup repository host (issue 19, `tests/lab/lab up --backup-host`):
# the container "backup" boots, answers SSH with its pinned host key from the lab's known_hosts,
# the cluster file names it in its backup section, `apt-get install -y pgbackrest` works from the
# lab mirror on it and on pg1, and `pgbackrest version` is the same on both.
#   tests/lab/backup-host-check.sh
# Uses the running lab (CTest's lab fixture), or brings one up and takes it down again. A backup
# host it added is removed at the end, and the lab is reset (pg1 got pgbackrest), so the lab is
# left as fresh nodes with the options it had. Last line: "backup-host-check: N passed, M failed".
set -uo pipefail
export LC_ALL=C

here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
lab=$here/lab
pass=0 fail=0
T0=$SECONDS
ok() { pass=$((pass + 1)); printf 'ok   %4ss  %s\n' "$((SECONDS - T0))" "$1"; }
bad() {
  fail=$((fail + 1))
  printf 'FAIL %4ss  %s\n' "$((SECONDS - T0))" "$1"
  [ -n "${2:-}" ] && printf '%s\n' "$2" | tail -n 15 | sed 's/^/            | /'
  return 0
}
work=$(mktemp -d /tmp/pgpilot-backup-host-check.XXXXXX)

# What the lab looked like before, so that the end puts it back: down, up without the backup
# host, or up with it.
was_down=0 added=0 finished=0
restore_lab() {
  local out
  if [ "$was_down" = 1 ]; then
    if out=$("$lab" down 2>&1); then ok "lab down (it was down before)"; else bad "lab down" "$out"; fi
    return 0
  fi
  if [ "$added" = 1 ]; then
    if out=$("$lab" up --no-backup-host 2>&1); then ok "backup host removed again (lab up --no-backup-host)"; else bad "lab up --no-backup-host" "$out"; fi
  fi
  if out=$("$lab" reset 2>&1); then ok "lab reset (fresh nodes, pgbackrest gone from pg1)"; else bad "lab reset" "$out"; fi
}
finish() {
  [ "$finished" = 1 ] && return 0
  finished=1
  restore_lab
  rm -rf "$work"
  echo "backup-host-check: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && exit 0
  exit 1
}
on_exit() {
  local rc=$?
  trap - EXIT INT TERM
  [ "$finished" = 1 ] && exit "$rc"
  bad "backup-host-check stopped early (exit status $rc)"
  finish
}
trap on_exit EXIT
trap 'echo "backup-host-check: interrupted" >&2; exit 130' INT
trap 'echo "backup-host-check: terminated" >&2; exit 143' TERM

# ---- the lab with its backup host
"$lab" status >/dev/null 2>&1
[ $? -eq 3 ] && was_down=1
had=$("$lab" env 2>/dev/null | grep -c '^BACKUP_IP=')
[ "$was_down" = 0 ] && [ "$had" = 0 ] && added=1
t=$SECONDS
if out=$("$lab" up --backup-host 2>&1); then
  ok "lab up --backup-host ($([ "$was_down" = 1 ] && echo "new lab" || { [ "$added" = 1 ] && echo "added to the running lab" || echo "already there"; }), $((SECONDS - t)) s)"
else
  bad "lab up --backup-host failed" "$out"
  finish
fi
if ! envs=$("$lab" env 2>&1); then
  bad "lab env failed" "$envs"
  finish
fi
eval "$envs"
want_ip=$(python3 -c 'import ipaddress, sys; print(ipaddress.ip_network(sys.argv[1]).network_address + 30)' "$LAB_SUBNET")
if [ "${BACKUP_NAME:-}" = backup ] && [ "${BACKUP_IP:-}" = "$want_ip" ]; then
  ok "lab env: BACKUP_NAME=backup BACKUP_IP=$BACKUP_IP (.30 of $LAB_SUBNET)"
else
  bad "lab env: BACKUP_NAME='${BACKUP_NAME:-}' BACKUP_IP='${BACKUP_IP:-}', expected backup and $want_ip" "$envs"
  finish
fi
out=$("$lab" status 2>&1)
if [ $? -eq 0 ] && grep -Eq "^backup +$BACKUP_IP +[0-9]+ +running$" <<<"$out"; then
  ok "lab status: backup $BACKUP_IP running, every node running"
else
  bad "lab status does not show the backup host running" "$out"
fi

SSH=(ssh -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB_KNOWN_HOSTS" -o BatchMode=yes
  -o IdentitiesOnly=yes -o ConnectTimeout=5 -o LogLevel=ERROR -i "$LAB_SSH_KEY")
# as_root IP SCRIPT: a shell script as root on a host, through ssh and sudo as the login mode wants
as_root() {
  local ip=$1 script=$2
  case "$LAB_SUDO" in
    none) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sh -c $(printf %q "$script")" </dev/null ;;
    nopasswd) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sudo -n sh -c $(printf %q "$script")" </dev/null ;;
    password) "${SSH[@]}" "$LAB_SSH_USER@$ip" "sudo -S -p '' sh -c $(printf %q "$script")" <"$LAB_STATE/sudo-password" ;;
  esac
}

# ---- pinned host key: cluster file, known_hosts and what sshd presents agree
fp_json=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["backup"]["host"]["ssh"]["hostKeyFingerprint"])' "$LAB_CLUSTER_FILE" 2>&1)
fp_live=$(ssh-keyscan -T 5 -t ed25519 "$BACKUP_IP" 2>/dev/null | ssh-keygen -l -E sha256 -f - 2>/dev/null | awk '{print $2}')
fp_known=$(ssh-keygen -F "$BACKUP_IP" -f "$LAB_KNOWN_HOSTS" 2>/dev/null | awk '$2 == "ssh-ed25519" {print $1, $2, $3}' | ssh-keygen -l -E sha256 -f - 2>/dev/null | awk '{print $2}')
if [ -n "$fp_live" ] && [ "$fp_live" = "$fp_json" ] && [ "$fp_live" = "$fp_known" ]; then
  ok "backup presents the pinned ed25519 key $fp_live (cluster file and known_hosts agree)"
else
  bad "backup's host key: live '$fp_live', cluster file '$fp_json', known_hosts '$fp_known'"
fi

out=$(python3 - "$LAB_CLUSTER_FILE" "$BACKUP_IP" "$fp_live" <<'EOF' 2>&1
import json, sys
f, ip, fp = sys.argv[1:]
d = json.load(open(f))
errs = []
def want(cond, what):
    if not cond: errs.append(what)
want(d.get("archiving") == {"mode": "pgbackrest", "directory": ""}, "archiving = %s" % d.get("archiving"))
b = d.get("backup", {})
h = b.get("host", {})
want(h.get("name") == "backup" and h.get("address") == ip, "backup.host name/address = %s/%s" % (h.get("name"), h.get("address")))
node_ssh = dict(d["nodes"][0]["ssh"]); node_ssh["hostKeyFingerprint"] = fp
want(h.get("ssh") == node_ssh, "backup.host.ssh %s differs from the nodes' (with its own fingerprint)" % h.get("ssh"))
want(set(h) == {"name", "address", "ssh"}, "backup.host keys %s" % sorted(h))
want(b.get("path") == "/var/lib/pgbackrest", "path")
want(b.get("retention") == {"full": 2, "diff": 6}, "retention")
want(b.get("schedule") == {"full": "Sun *-*-* 01:30:00", "diff": "Mon..Sat *-*-* 01:30:00"}, "schedule")
want(b.get("encrypted") is True and b.get("cipherPassRef") == "", "encrypted/cipherPassRef")
want(b.get("processMax") == 2 and b.get("archiveQueueMax") == "1GB", "processMax/archiveQueueMax")
print("; ".join(errs))
sys.exit(1 if errs else 0)
EOF
)
if [ $? -eq 0 ]; then ok "cluster file: archiving pgbackrest and the backup section (ssh as the nodes')"; else bad "cluster file's backup section is wrong" "$out"; fi

# ---- SSH as pgpilot will: login user, StrictHostKeyChecking=yes, the lab's known_hosts
if out=$("${SSH[@]}" "$LAB_SSH_USER@$BACKUP_IP" 'echo hello-from-$(hostname)' 2>&1 </dev/null) && [ "$out" = hello-from-backup ]; then
  ok "ssh $LAB_SSH_USER@$BACKUP_IP with StrictHostKeyChecking=yes and the lab's known_hosts"
else
  bad "ssh $LAB_SSH_USER@$BACKUP_IP failed" "$out"
  finish
fi
state=""
deadline=$((SECONDS + 60))
while :; do
  state=$("${SSH[@]}" "$LAB_SSH_USER@$BACKUP_IP" systemctl is-system-running 2>/dev/null </dev/null)
  [ "$state" != starting ] && [ "$state" != initializing ] && break
  [ "$SECONDS" -lt "$deadline" ] || break
  sleep 0.5
done
if [ "$state" = running ]; then ok "backup: systemctl is-system-running = running"; else bad "backup: systemctl is-system-running = '$state'"; fi
if out=$(as_root "$BACKUP_IP" 'id -u; ip -4 route show default; ip route get 1.1.1.1 >/dev/null 2>&1 && echo ROUTE-OUT; true' 2>&1) && [ "$out" = 0 ]; then
  ok "backup: root through login mode $LAB_LOGIN; no route out of the bridge"
else
  bad "backup: not root, or a route out of the bridge" "$out"
fi

# ---- pgbackrest from the mirror on backup and pg1 (in parallel), with a temporary apt source
# (the nodes have none until pgpilot's phase 0 writes one)
pg1_ip=${LAB_NODE_IPS%% *}
install_script="set -e
d=\$(mktemp -d /tmp/backup-host-check.XXXXXX)
trap 'rm -rf \"\$d\"' EXIT
mkdir -p \"\$d/lists/partial\" \"\$d/parts\"
echo 'deb [trusted=yes] $LAB_MIRROR_URL ./' >\"\$d/sources.list\"
o=\"-o Dir::Etc::SourceList=\$d/sources.list -o Dir::Etc::SourceParts=\$d/parts -o Dir::State::Lists=\$d/lists -o APT::Sandbox::User=root\"
apt-get \$o -q update >\"\$d/log\" 2>&1 || { cat \"\$d/log\"; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get \$o -q -y install pgbackrest >\"\$d/log\" 2>&1 || { tail -n 20 \"\$d/log\"; exit 1; }
if [ @HOST@ = backup ]; then
  apt-get \$o -q -y install --dry-run postgresql-$LAB_PG_VERSION >\"\$d/log\" 2>&1 || { tail -n 20 \"\$d/log\"; exit 1; }
  grep -q '^Inst postgresql-$LAB_PG_VERSION ' \"\$d/log\" || { echo 'postgresql-$LAB_PG_VERSION not resolved:'; tail -n 5 \"\$d/log\"; exit 1; }
fi"
t=$SECONDS
as_root "$BACKUP_IP" "${install_script//@HOST@/backup}" >"$work/backup.out" 2>&1 &
bpid=$!
as_root "$pg1_ip" "${install_script//@HOST@/pg1}" >"$work/pg1.out" 2>&1 &
ppid=$!
wait "$bpid"
brc=$?
wait "$ppid"
prc=$?
secs=$((SECONDS - t))
if [ "$brc" = 0 ]; then
  ok "backup: apt-get install -y pgbackrest from $LAB_MIRROR_URL (postgresql-$LAB_PG_VERSION resolvable too; both hosts in ${secs} s)"
else
  bad "backup: installing pgbackrest from the mirror failed (exit $brc)" "$(cat "$work/backup.out")"
fi
if [ "$prc" = 0 ]; then ok "pg1: apt-get install -y pgbackrest from $LAB_MIRROR_URL"; else bad "pg1: installing pgbackrest from the mirror failed (exit $prc)" "$(cat "$work/pg1.out")"; fi

vb=$(as_root "$BACKUP_IP" 'pgbackrest version; dpkg-query -W -f="\${Version}" pgbackrest' 2>&1 | paste -sd' ' -)
vp=$(as_root "$pg1_ip" 'pgbackrest version; dpkg-query -W -f="\${Version}" pgbackrest' 2>&1 | paste -sd' ' -)
if [[ "$vb" =~ ^pgBackRest\ [0-9]+\.[0-9]+ ]] && [ "$vb" = "$vp" ]; then
  ok "pgbackrest version is the same on backup and pg1: $vb"
else
  bad "pgbackrest version differs or is missing: backup '$vb', pg1 '$vp'"
fi

finish
