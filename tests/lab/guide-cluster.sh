#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A three-node cluster built BY HAND the way /work/shared/reference/ha-cluster-guide.txt (the
# "guide") says, phases 1-4, NOT with pgpilot: the cluster that issue 17's `adopt`, `status` and
# `audit` are tested against. It keeps every error of the guide that does not stop the cluster
# from working (those are what the audit must find) and fixes only what stops it, each with the
# smallest change. The guide's files are in tests/lab/guide/ with <PLACEHOLDERS> as the guide has.
#
#   tests/lab/guide-cluster.sh build [PASSWORD_OUT]
#       fresh nodes (lab reset), phases 1-4 with the guide's checkpoints, then `lab save
#       guide-<os>`; the repmgr password (random, never printed) is kept in the save as
#       repmgr-password (0600) and copied to PASSWORD_OUT if given.
#   tests/lab/guide-cluster.sh restore [PASSWORD_OUT]
#       nodes back to that cluster (lab restore guide-<os>), waits until healthy: pg1 primary,
#       pg2/pg3 streaming, VIP on pg1, repmgrd running on every node.
#   tests/lab/guide-cluster.sh check
#       one look at the running lab: exit 0 if healthy as above, else says what is wrong.
#
# Substitutions for the lab: pg1..pg3 = LAB_NODE_IPS, <SUBNET> = LAB_SUBNET (must be a /24, as
# the guide assumes), <CLUSTER_VIP> = LAB_VIP, 17 = LAB_PG_VERSION, <INTERFACE> = what the
# guide's `ip -o link show` finds (host0), packages from the lab mirror (erratum 13: step 1.2's
# PGDG lines are skipped, Debian's postgresql-V and postgresql-V-repmgr are installed).
#
# Kept as the guide has it (for the audit to find):
#   - postgresql.conf: settings APPENDED to /etc/postgresql/V/main/postgresql.conf (erratum 6),
#     archive_command = '/bin/true', no max_slot_wal_keep_size (11)
#   - pg_hba.conf: four `host ... scram-sha-256` lines appended (no hostssl)
#   - /root/.pgpass `*:*:repmgr:repmgr:PASSWORD` (the admin's home, database field repmgr: 5)
#   - haproxy.cfg exactly as step 4.2: `option tcp-check` + `check port 8008` (1), timeouts 30s
#     and no stats listener (12)
#   - keepalived.conf as step 4.4: no vrrp_script/track_script (7), virtual_router_id 51,
#     priorities 101/100/99, nopreempt, state BACKUP
#   - repmgrd.service: After/Requires=postgresql.service, the umbrella unit (3, second half),
#     Restart=on-failure (17)
#   - PostgreSQL starts at boot (Debian's start.conf `auto`, 15); no SSH keys between the
#     postgres users (9); /etc/hosts entries appended; pgchk.py single-threaded, psql per
#     request (2, second half)
# Fixed because the cluster does not work without it (each listed in docs/lab.md, "Known
# differences from the guide"):
#   - erratum 2: pgchk.service gets `User=postgres` (as root, psql -U postgres fails peer
#     authentication and every check answers 503)
#   - erratum 3: repmgrd `--no-daemonize` -> `--daemonize=false` (repmgrd exits with its usage)
#   - erratum 4: promote_command/follow_command call /usr/bin/repmgr; /etc/sudoers.d/repmgr-guide
#     lets postgres run `pg_ctlcluster V main start|stop|restart|reload|promote` (visudo -c)
#   - erratum 5: also ~postgres/.pgpass (0600, postgres) `*:*:*:repmgr:PASSWORD`, so that
#     `sudo -u postgres repmgr ...` and replication authenticate; root's file is kept
#   - erratum 16: standby clone with --fast-checkpoint
#   - step 3.4 (new): `standby clone --delete-existing-pgdata` is not a repmgr option (repmgr
#     5.3 and 5.5 stop with "unrecognized option"); repmgr's own is `-F/--force`, used instead
#   - repmgrd (new, with erratum 17): step 3.5's `systemctl start repmgrd` does nothing on
#     Debian: installing postgresql-V-repmgr started the package's LSB unit `repmgrd` (disabled
#     in /etc/default/repmgrd, `active (exited)`), so the unit stays "active" and the new
#     repmgrd.service only runs from the next boot; `systemctl restart repmgrd` instead
#   - haproxy: step 4.3 `systemctl start haproxy` does nothing on Debian, where installing the
#     package already started haproxy with its default configuration; the new haproxy.cfg is
#     loaded with `systemctl restart haproxy` instead
# Script pace: after `systemctl stop|start|restart postgresql` the script waits until the
#   cluster unit really is stopped / answers (see node_fns), as a person typing would.
# VIP after a reboot of all nodes (save, restore): with the guide's keepalived.conf it goes to
#   whichever node wins the first election and nopreempt keeps it there (pg2 or pg3 in 5 of 11
#   restores); the script restarts keepalived on that node, as an admin would, until pg1 has it.
# Checkpoint differences (the cluster is the same): phase 1 checks `postgresql@V-main` active
# (Debian's postgresql.service is an umbrella unit, always `active (exited)`); step 1.1 checks
# resolution with getent (the lab's minimal nodes have no ping before phase 1).
#
# The password goes to the nodes on stdin only (never in argv or output). Follows
# PGPILOT_LAB_INSTANCE like tests/lab/lab. Last line: "guide-cluster: ... in N s".
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
files=$here/guide
cmd=${1:-}
t0=$(date +%s)
secs() { echo $(($(date +%s) - t0)); }
die() {
  echo "guide-cluster: ERROR: $*" >&2
  exit 1
}
say() { echo "guide-cluster: [$(secs) s] $*"; }
step=""
begin() {
  step=$1
  say "$step"
}

lab_env() {
  local e
  e=$("$lab" env 2>&1) || die "the lab is not up (${e##*$'\n'}); run '$lab up' first"
  eval "$e"
  inst=${PGPILOT_LAB_INSTANCE:-}
  save=guide-$LAB_OS
  save_dir=$LAB_CACHE/saves${inst:+-$inst}/$save
  V=$LAB_PG_VERSION
  [[ "$V" =~ ^[0-9]+$ ]] || die "odd LAB_PG_VERSION '$V'"
  read -r -a names <<<"$LAB_NODE_NAMES"
  read -r -a ips <<<"$LAB_NODE_IPS"
  [ "${#names[@]}" -eq 3 ] || die "the guide's cluster has 3 nodes; this lab has ${#names[@]} ('$lab up --nodes 3')"
  local ip
  for ip in "${ips[@]}" "$LAB_VIP"; do
    [[ "$ip" =~ ^[0-9]{1,3}(\.[0-9]{1,3}){3}$ ]] || die "odd address '$ip' in the lab's env"
  done
  [[ "$LAB_SUBNET" =~ ^([0-9]{1,3}(\.[0-9]{1,3}){3})/24$ ]] ||
    die "the guide assumes a /24 subnet; this lab has $LAB_SUBNET"
  subnet=${BASH_REMATCH[1]}
  make_node_fns
}

# on NODE SCRIPT: runs the shell script inside the node as root (stdin passed through),
# output to $work/NODE.log; on failure names the step, the node and the last lines seen.
on() {
  local n=$1 script=$2
  echo "### $step" >>"$work/$n.log"
  "$lab" exec "$n" sh -ec "$script" >>"$work/$n.log" 2>&1 && return 0
  echo "--- last lines on $n:" >&2
  tail -n 15 "$work/$n.log" >&2
  die "step '$step' failed on $n (log above)"
}

# on_all SCRIPT: the same script on every node at once (the guide runs it on each node).
on_all() {
  local n pids=() rc=0
  for n in "${names[@]}"; do
    on "$n" "$1" &
    pids+=($!)
  done
  for n in "${pids[@]}"; do wait "$n" || rc=1; done
  [ "$rc" -eq 0 ] || exit 1
}

# put NODE PATH MODE: stdin becomes the file PATH in the node (written whole, mode MODE).
put() {
  "$lab" exec "$1" sh -ec "umask 077; cat >\"\$1.tmp\"; chmod $3 \"\$1.tmp\"; mv \"\$1.tmp\" \"\$1\"" sh "$2" ||
    die "step '$step': cannot write $2 on $1"
}
# append NODE PATH: stdin is appended to PATH in the node (as the guide's `>>`).
append() {
  "$lab" exec "$1" sh -ec 'cat >>"$1"' sh "$2" || die "step '$step': cannot append to $2 on $1"
}

# fill FILE [NODE_INDEX]: a guide file with the lab's values for its placeholders.
fill() {
  local i=${2:-0}
  sed -e "s|<PGVER>|$V|g" -e "s|<SUBNET>|$subnet|g" -e "s|<CLUSTER_VIP>|$LAB_VIP|g" \
    -e "s|<PG1_IP>|${ips[0]}|g" -e "s|<PG2_IP>|${ips[1]}|g" -e "s|<PG3_IP>|${ips[2]}|g" \
    -e "s|<NODE_ID>|$((i + 1))|g" -e "s|<NODE_NAME>|${names[$i]}|g" -e "s|<NODE_IP>|${ips[$i]}|g" \
    -e "s|<PRIORITY>|$((101 - i))|g" "$files/$1"
}

# wait_for DESC SECONDS CHECK_FUNCTION: polls CHECK_FUNCTION (prints what it saw, returns 0
# when the condition holds) until it holds or the deadline passes.
wait_for() {
  local desc=$1 limit=$2 fn=$3 deadline seen
  deadline=$(($(date +%s) + limit))
  while :; do
    seen=$("$fn" 2>&1) && return 0
    [ "$(date +%s)" -ge "$deadline" ] && die "step '$step': $desc not reached after $limit s; last seen: $seen"
    sleep 0.5
  done
}

# Shell functions for the node scripts. `systemctl stop|start|restart postgresql` acts on Debian's
# umbrella unit and returns before the real postgresql@V-main has stopped or started; a person
# typing the guide's next command is slower than that, a script is not: wait for the state the
# next step needs (deadline 60 s), as the person would.
make_node_fns() {
  node_fns='until_ok() { d=$(($(date +%s) + 60)); until "$@" >/dev/null 2>&1; do [ "$(date +%s)" -lt "$d" ] || { echo "still not true after 60 s: $*" >&2; return 1; }; sleep 0.3; done; }
pg_stopped() { ! systemctl is-active --quiet postgresql@'"$V"'-main && ! pgrep -x postgres; }
pg_up() { sudo -u postgres psql -XAtc "SELECT 1"; }'
}

# q NODE SCRIPT: output (stdout and stderr) of SCRIPT run in the node; the lab's own error line
# for a failing command is dropped, the exit status kept.
q() { "$lab" exec "$1" sh -c "exec 2>&1; $2" 2>/dev/null; }
flat() { tr -s '\n\t' '  ' | sed 's/ *$//'; }

# --- checks --------------------------------------------------------------------------------

check_cluster_show() {
  local out ok=0 i
  out=$(q pg1 'sudo -u postgres repmgr -f /etc/repmgr.conf cluster show 2>&1')
  echo "$out" | grep -Eq "^ *1 +\| *${names[0]} +\| *primary +\| \* running " || ok=1
  for i in 1 2; do
    echo "$out" | grep -Eq "^ *$((i + 1)) +\| *${names[$i]} +\| *standby +\|   running +\| *${names[0]} " || ok=1
  done
  [ "$ok" -eq 0 ] || echo "$out" | flat
  return $ok
}

check_streaming() {
  local out
  out=$(q pg1 "sudo -u postgres psql -XAtc \"SELECT client_addr, state FROM pg_stat_replication\"")
  [ "$(echo "$out" | grep -Ec "^(${ips[1]}|${ips[2]})\|streaming$")" -eq 2 ] && return 0
  echo "pg_stat_replication on pg1: $(echo "$out" | flat);"
  return 1
}

# vip_holders: the nodes that have the VIP, space-separated (empty: nobody)
vip_holders() {
  local n out h=""
  for n in "${names[@]}"; do
    out=$(q "$n" "ip -o addr show")
    case "$out" in *" $LAB_VIP/"*) h="$h $n" ;; esac
  done
  echo "${h# }"
}

check_vip() {
  local h
  h=$(vip_holders)
  [ "$h" = "${names[0]}" ] && return 0
  echo "VIP $LAB_VIP not on ${names[0]} alone (held by: ${h:-nobody});"
  return 1
}
check_vip_held() {
  local h
  h=$(vip_holders)
  [ -n "$h" ] && return 0
  echo "nobody holds the VIP $LAB_VIP"
  return 1
}

# After a save or restore all three nodes boot at once and, with the guide's `state BACKUP` +
# `nopreempt` on every node, the VIP goes to whichever keepalived wins the first election (seen:
# pg3) and stays there. Do what an admin would: restart keepalived on the holder, so that the
# others elect again and pg1 (priority 101) wins. Deadline 60 s.
settle_vip() {
  local h n deadline=$(($(date +%s) + 60))
  while :; do
    wait_for "a node holding the VIP" 30 check_vip_held
    h=$(vip_holders)
    [ "$h" = "${names[0]}" ] && return 0
    [ "$(date +%s)" -ge "$deadline" ] && die "step '$step': the VIP is on '$h', not ${names[0]}, after 60 s"
    say "the VIP came up on $h (nopreempt keeps it there): restarting keepalived there"
    for n in $h; do on "$n" 'systemctl restart keepalived'; done
  done
}

check_write_port() {
  local out
  out=$(q pg1 "psql -XAt -h $LAB_VIP -p 5000 -U repmgr -d repmgr -c 'SELECT inet_server_addr(), pg_is_in_recovery();'")
  [ "$out" = "${ips[0]}|f" ] && return 0
  echo "port 5000 answered: $out"
  return 1
}

check_read_port() {
  local out
  out=$(q pg1 "psql -XAt -h $LAB_VIP -p 5001 -U repmgr -d repmgr -c 'SELECT inet_server_addr(), pg_is_in_recovery();'")
  [[ "$out" =~ ^(${ips[1]}|${ips[2]})\|t$ ]] && return 0
  echo "port 5001 answered: $out"
  return 1
}

http_code() { q "$1" "curl -s -o /dev/null -w '%{http_code}' http://$2:8008$3"; }
check_pgchk() {
  local m r
  m=$(http_code pg1 "${ips[0]}" /master)
  r=$(http_code pg1 "${ips[1]}" /replica)
  [ "$m" = 200 ] && [ "$r" = 200 ] && return 0
  echo "curl http://${ips[0]}:8008/master -> $m, http://${ips[1]}:8008/replica -> $r"
  return 1
}

check_roles() {
  local n i out bad=""
  for i in 0 1 2; do
    out=$(q "${names[$i]}" 'sudo -u postgres psql -XAtc "SELECT pg_is_in_recovery()"')
    out=$(echo "$out" | flat)
    if [ "$i" -eq 0 ]; then [ "$out" = f ] || bad="$bad ${names[$i]}:$out;"; else [ "$out" = t ] || bad="$bad ${names[$i]}:$out;"; fi
  done
  [ -z "$bad" ] && return 0
  echo "pg_is_in_recovery (pg1 should be f, others t):$bad"
  return 1
}

check_repmgrd() {
  local n bad=""
  for n in "${names[@]}"; do
    q "$n" 'systemctl is-active repmgrd >/dev/null && pgrep -u postgres -x repmgrd >/dev/null' >/dev/null ||
      bad="$bad $n:$(q "$n" 'systemctl is-active repmgrd')"
  done
  [ -z "$bad" ] && return 0
  echo "repmgrd not running on:$bad;"
  return 1
}

check_healthy() {
  local why=""
  # each check prints only what is wrong
  why="$(check_roles) $(check_streaming) $(check_vip) $(check_repmgrd)"
  [ -z "${why// /}" ] && return 0
  echo "$why"
  return 1
}

# --- the guide's phases --------------------------------------------------------------------

phase1() {
  local n
  begin "1.1 append pg1..pg3 to /etc/hosts"
  for n in "${names[@]}"; do
    printf '%s pg1\n%s pg2\n%s pg3\n' "${ips[0]}" "${ips[1]}" "${ips[2]}" | append "$n" /etc/hosts
  done
  on_all 'getent hosts pg1 && getent hosts pg2 && getent hosts pg3'

  begin "1.2 install PostgreSQL $V and repmgr (lab mirror instead of PGDG: erratum 13)"
  on_all "echo 'deb [trusted=yes] $LAB_MIRROR_URL ./' >/etc/apt/sources.list.d/lab-mirror.list
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q curl ca-certificates
    apt-get update -q
    apt-get install -y -q postgresql-$V postgresql-$V-repmgr"

  begin "phase 1 checkpoint: PostgreSQL running, repmgr --version"
  on_all "systemctl is-active postgresql@$V-main
    /usr/lib/postgresql/$V/bin/repmgr --version | grep -E '^repmgr 5\\.'"
}

phase2() {
  local n
  begin "2.1 append the replication settings to postgresql.conf"
  for n in "${names[@]}"; do fill postgresql.conf.append | append "$n" "/etc/postgresql/$V/main/postgresql.conf"; done
  begin "2.2 append the repmgr lines to pg_hba.conf, .pgpass"
  for n in "${names[@]}"; do
    fill pg_hba.conf.append | append "$n" "/etc/postgresql/$V/main/pg_hba.conf"
    # the guide's file: the admin's (root's) home, database field repmgr
    printf '*:*:repmgr:repmgr:%s\n' "$password" | append "$n" /root/.pgpass
    on "$n" 'chmod 600 /root/.pgpass'
    # erratum 5: the postgres user's own file, any database (replication too)
    printf '*:*:*:repmgr:%s\n' "$password" | put "$n" /var/lib/postgresql/.pgpass 0600
    on "$n" 'chown postgres:postgres /var/lib/postgresql/.pgpass'
  done
  begin "2.3 restart PostgreSQL"
  on_all "$node_fns"'
    systemctl restart postgresql
    until_ok pg_up'
  begin "phase 2 checkpoint: wal_level, shared_preload_libraries"
  on_all 'test "$(sudo -u postgres psql -XAtc "SHOW wal_level;")" = replica
    sudo -u postgres psql -XAtc "SHOW shared_preload_libraries;" | grep -q repmgr'
}

phase3() {
  local i n
  begin "3.1 create the repmgr user and database on pg1"
  on pg1 'sudo -u postgres createuser --superuser repmgr
    sudo -u postgres createdb --owner=repmgr repmgr
    sudo -u postgres psql -c "ALTER USER repmgr SET search_path TO repmgr, public;"'
  # the password through stdin (psql -f -), never on a command line
  printf "ALTER USER repmgr PASSWORD '%s';\n" "$password" |
    "$lab" exec pg1 sudo -u postgres psql -X -q -v ON_ERROR_STOP=1 -f - >>"$work/pg1.log" 2>&1 ||
    die "step '$step': ALTER USER repmgr PASSWORD failed on pg1"

  begin "3.2 /etc/repmgr.conf on every node (+ sudoers drop-in: erratum 4)"
  for i in 0 1 2; do
    n=${names[$i]}
    fill repmgr.conf.in "$i" | put "$n" /etc/repmgr.conf 0644
    fill sudoers-repmgr.in | put "$n" /etc/sudoers.d/repmgr-guide 0440
    on "$n" 'visudo -c'
  done

  begin "3.3 register the primary (pg1)"
  on pg1 'sudo -u postgres repmgr -f /etc/repmgr.conf primary register'

  for n in "${names[@]:1}"; do
    begin "3.4 clone the standby $n (--fast-checkpoint: erratum 16)"
    on "$n" "$node_fns
      systemctl stop postgresql
      until_ok pg_stopped
      sudo -u postgres repmgr -h ${ips[0]} -U repmgr -d repmgr \\
        -f /etc/repmgr.conf standby clone --force --fast-checkpoint
      systemctl start postgresql
      until_ok pg_up
      sudo -u postgres repmgr -f /etc/repmgr.conf standby register"
  done

  begin "3.5 repmgrd.service on every node (--daemonize=false: erratum 3)"
  for n in "${names[@]}"; do fill repmgrd.service | put "$n" /etc/systemd/system/repmgrd.service 0644; done
  # the guide's `systemctl start repmgrd` is a no-op on Debian: installing postgresql-V-repmgr
  # started the package's LSB unit of that name, which stays `active (exited)`
  on_all 'systemctl daemon-reload
    systemctl enable repmgrd
    systemctl restart repmgrd'

  begin "phase 3 checkpoint: cluster show, pg_stat_replication"
  wait_for "repmgr cluster show with pg1 '* running' primary and pg2, pg3 'running' standbys" 60 check_cluster_show
  wait_for "2 rows streaming in pg_stat_replication on pg1" 60 check_streaming
  wait_for "repmgrd running on every node" 30 check_repmgrd
}

phase4() {
  local i n iface
  begin "4.1 install HAProxy"
  on_all 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy'
  begin "4.2 replace /etc/haproxy/haproxy.cfg"
  for n in "${names[@]}"; do fill haproxy.cfg.in | put "$n" /etc/haproxy/haproxy.cfg 0644; done
  begin "4.3 pgchk.py and pgchk.service (User=postgres: erratum 2), start haproxy"
  for n in "${names[@]}"; do
    put "$n" /usr/local/bin/pgchk.py 0644 <"$files/pgchk.py"
    fill pgchk.service | put "$n" /etc/systemd/system/pgchk.service 0644
  done
  # the guide's `systemctl start haproxy` leaves the package's default configuration running
  on_all 'chmod +x /usr/local/bin/pgchk.py
    systemctl daemon-reload
    systemctl enable pgchk
    systemctl start pgchk
    systemctl enable haproxy
    systemctl restart haproxy'

  begin "4.4 install and configure Keepalived"
  on_all 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q keepalived'
  for i in 0 1 2; do
    n=${names[$i]}
    # the guide's way to find the interface: the UP link (host0@ifNN: in a container)
    iface=$(q "$n" "ip -o link show | awk '{print \$2, \$9}' | grep UP" | awk '{print $1}' | sed 's/[@:].*//' | head -n 1)
    [[ "$iface" =~ ^[A-Za-z0-9_.-]+$ ]] || die "step '$step': no UP interface found on $n (saw '$iface')"
    fill keepalived.conf.in "$i" | sed "s|<INTERFACE>|$iface|" | put "$n" /etc/keepalived/keepalived.conf 0644
    on "$n" 'systemctl enable keepalived
      systemctl start keepalived'
  done

  begin "phase 4 checkpoint: VIP on pg1, 5000 -> primary, 5001 -> standby, pgchk"
  wait_for "VIP on pg1" 30 check_vip
  wait_for "psql -h VIP -p 5000 -> pg1, pg_is_in_recovery f" 30 check_write_port
  wait_for "psql -h VIP -p 5001 -> a standby, pg_is_in_recovery t" 30 check_read_port
  wait_for "pgchk /master 200 on pg1 and /replica 200 on pg2" 30 check_pgchk
}

restore_save() {
  "$lab" restore "$save" >"$work/restore.log" 2>&1 || {
    tail -n 5 "$work/restore.log" >&2
    die "lab restore $save failed"
  }
}

case "$cmd" in
  build)
    out=${2:-}
    work=$(mktemp -d /tmp/pgpilot-guide-cluster.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    lab_env
    begin "fresh nodes (lab reset)"
    "$lab" reset >"$work/reset.log" 2>&1 || die "lab reset failed: $(tail -n 3 "$work/reset.log")"
    lab_env
    password=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    [ "${#password}" -eq 24 ] || die "could not make a password"
    phase1
    phase2
    phase3
    phase4
    begin "lab save $save"
    "$lab" save "$save" >"$work/save.log" 2>&1 || die "lab save $save failed: $(tail -n 3 "$work/save.log")"
    (umask 077 && printf '%s\n' "$password" >"$save_dir/repmgr-password") || die "cannot keep the password in $save_dir"
    [ -z "$out" ] || install -m 0600 "$save_dir/repmgr-password" "$out" || die "cannot write $out"
    begin "wait until healthy after the save's reboot"
    settle_vip
    wait_for "pg1 primary, 2 standbys streaming, VIP on pg1, repmgrd on every node" 120 check_healthy
    echo "guide-cluster: built and saved as '$save' in $(secs) s"
    ;;
  restore)
    out=${2:-}
    work=$(mktemp -d /tmp/pgpilot-guide-cluster.XXXXXX)
    trap 'rm -rf "$work"' EXIT
    lab_env
    [ -f "$save_dir/repmgr-password" ] ||
      die "no guide cluster saved for this lab ($save_dir); run 'tests/lab/guide-cluster.sh build' first"
    begin "lab restore $save"
    restore_save
    lab_env
    [ -z "$out" ] || install -m 0600 "$save_dir/repmgr-password" "$out" || die "cannot write $out"
    begin "wait until healthy"
    settle_vip
    wait_for "pg1 primary, 2 standbys streaming, VIP on pg1, repmgrd on every node" 120 check_healthy
    echo "guide-cluster: restored '$save' in $(secs) s"
    ;;
  check)
    lab_env
    step=check
    why=$(check_healthy) || die "not healthy: $why"
    echo "guide-cluster: healthy (pg1 primary, 2 standbys streaming, VIP on pg1, repmgrd on every node) in $(secs) s"
    ;;
  *)
    echo "usage: guide-cluster.sh build [PASSWORD_OUT] | restore [PASSWORD_OUT] | check" >&2
    exit 2
    ;;
esac
