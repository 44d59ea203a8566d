#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Attack (issue 16, finding 1): a compromised postgres account swaps pgpilot's temporary files in
# the directories it owns for symbolic links to a root-owned file while pgpilot (as root) writes
# ~postgres/.pgpass. Before the fix, root wrote or chowned through the link; now the write runs as
# postgres, so the link leads nowhere postgres could not go.
#   tests/lab/security-write-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture. Last line: "security-write-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: security-write-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh"
work=$(mktemp -d /tmp/pgpilot-security-write.XXXXXX)
TEST=security-write-test
attackers=()
stop_file=/tmp/pgpilot-attacker.stop
pid_file=/tmp/pgpilot-attacker.pid
stop_attackers() { # each attacker ends its loop when the stop file appears; waited for, then killed
  local n left deadline
  for n in "${attackers[@]}"; do "$lab" exec "$n" touch "$stop_file" 2>/dev/null; done
  for n in "${attackers[@]}"; do
    deadline=$(( $(date +%s) + 15 ))
    while left=$("$lab" exec "$n" sh -c "p=\$(cat $pid_file 2>/dev/null) && kill -0 \$p 2>/dev/null && echo \$p; exit 0"); [ -n "$left" ]; do
      if [ "$(date +%s)" -ge "$deadline" ]; then
        "$lab" exec "$n" kill -KILL "$left" 2>/dev/null
        bad "$n: the attacker (pid $left) ignored the stop file for 15 s; killed"
        break
      fi
      sleep 0.2
    done
    "$lab" exec "$n" rm -f "$stop_file" "$pid_file" 2>/dev/null
  done
  attackers=()
}
trap 'stop_attackers; ops_finish; exit $?' EXIT
ops_setup || exit 1
nodes=$(python3 -c 'import json,sys; print(" ".join(n["name"] for n in json.load(open(sys.argv[1]))["nodes"]))' "$LAB_CLUSTER_FILE")
sentinel=/etc/pgpilot-sentinel

# Every node: a root-owned sentinel, .pgpass made stale (wrong mode) so pgpilot rewrites it, and
# the attacker: a loop as postgres that replaces each of pgpilot's temporary files in ~postgres
# with a link to the sentinel, for at most 10 minutes.
for n in $nodes; do
  "$lab" exec "$n" sh -c "printf 'root only\n' >$sentinel && chmod 0644 $sentinel && chown root:root $sentinel && chmod 0640 /var/lib/postgresql/.pgpass" || bad "$n: setup"
  "$lab" exec "$n" rm -f "$stop_file" "$pid_file"
  "$lab" exec "$n" sh -c "setsid timeout 600 runuser -u postgres -- sh -c 'echo \$\$ >$pid_file; cd /var/lib/postgresql && while [ ! -e $stop_file ]; do for f in .pgpilot-write.*; do [ -e \"\$f\" ] && [ ! -L \"\$f\" ] && rm -f \"\$f\" && ln -s $sentinel \"\$f\"; done; done' >/dev/null 2>&1 </dev/null &"
  attackers+=("$n")
  deadline=$(( $(date +%s) + 10 ))
  until "$lab" exec "$n" test -s "$pid_file"; do
    [ "$(date +%s)" -lt "$deadline" ] || { bad "$n: the attacker did not start within 10 s"; exit 1; }
    sleep 0.1
  done
done

# Five rewrites of .pgpass on every node (phase 2), each made stale again in between.
for round in 1 2 3 4 5; do
  "$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 2 "${args[@]}" >"$work/apply-$round.log" 2>&1
  echo "round $round: apply exit $? ($(grep -c 'FAIL' "$work/apply-$round.log") FAIL lines)"
  # Not through a link: postgres may have left its own .pgpass a link to the sentinel (that is
  # stale too, and pgpilot replaces the link itself).
  for n in $nodes; do "$lab" exec "$n" sh -c '[ -L /var/lib/postgresql/.pgpass ] || chmod 0640 /var/lib/postgresql/.pgpass'; done
done
stop_attackers

for n in $nodes; do
  seen=$("$lab" exec "$n" sh -c "stat -c '%U:%G %a' $sentinel; cat $sentinel")
  if [ "$seen" = "root:root 644
root only" ]; then
    ok "$n: the sentinel is untouched (root:root 644, its own content)"
  else
    # Never the content: on a vulnerable build it is the .pgpass, with the repmgr password.
    bad "$n: root wrote or chowned through postgres' link: now $(printf '%s' "$seen" | head -n 1), $(printf '%s' "$seen" | tail -n +2 | wc -c) bytes of other content"
  fi
  # postgres' own file may be the link now (its own doing): pgpilot puts it right below.
  "$lab" exec "$n" sh -c "rm -f $sentinel; for f in /var/lib/postgresql/.pgpilot-write.*; do [ -L \"\$f\" ] && rm -f \"\$f\"; done; true"
done

# Without the attacker pgpilot repairs .pgpass and phase 2's checkpoint passes; the cluster is healthy.
if "$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 2 "${args[@]}" >"$work/apply-clean.log" 2>&1; then
  ok "phase 2 again without the attacker: every step and the checkpoint pass"
else
  bad "phase 2 without the attacker: $(tail -n 5 "$work/apply-clean.log" | tr '\n' '|')"
fi
for n in $nodes; do
  mode=$("$lab" exec "$n" stat -c '%U:%G %a' /var/lib/postgresql/.pgpass)
  [ "$mode" = "postgres:postgres 600" ] && ok "$n: .pgpass is postgres:postgres 600" || bad "$n: .pgpass is $mode"
done
wait_status 60 "the cluster is healthy" 's["healthy"]'
