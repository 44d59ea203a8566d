#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 17, part 5 on real nodes: the cluster the guide builds by hand (tests/lab/guide-cluster.sh)
# adopted, then converged by pgpilot phase by phase, each after its preview, while a client writes
# through VIP:5000 all along: every phase's checkpoint passes, no acknowledged write is lost,
# never two writable nodes, and the write outage of each phase is printed as a figure.
#   tests/lab/converge-test.sh PGPILOT_BINARY
# Needs the guide fixture's save (guide-<os>); restores it first and leaves the converged cluster
# (the tests after it restore what they need). CONVERGE_KEEP=DIR keeps the worksheet and secrets
# file there. Last line: "converge-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: converge-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
TEST=converge-test
work=$(mktemp -d /tmp/pgpilot-converge-test.XXXXXX)
# As in adopt-test.sh: exit statuses are judged here, the ASan build's intermittent libcrypto leak
# report at exit is the unit tests' business.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
. "$here/ops-lib.sh"
trap 'ops_finish; exit $?' EXIT
eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
read -r -a ips <<<"$LAB_NODE_IPS"
guide=$work/guide.json
secrets=$work/secrets
: >"$secrets" && chmod 600 "$secrets"
json() { python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"; }
# Every file a phase may change, on every node: the same sum before and after a preview shows it
# changed nothing.
nodes_sum() {
  for n in pg1 pg2 pg3; do
    "$lab" exec "$n" sh -c "cat /etc/hosts /etc/haproxy/haproxy.cfg /etc/keepalived/keepalived.conf /etc/repmgr.conf \
      /etc/postgresql/$LAB_PG_VERSION/main/postgresql.conf /etc/postgresql/$LAB_PG_VERSION/main/pg_hba.conf \
      /etc/postgresql/$LAB_PG_VERSION/main/start.conf /etc/postgresql/$LAB_PG_VERSION/main/conf.d/* 2>/dev/null; \
      systemctl is-active pgchk repmgrd haproxy keepalived 2>/dev/null" | sha256sum
  done | sha256sum
}

if bash "$here/guide-cluster.sh" restore "$work/pw" >"$work/restore.log" 2>&1; then
  ok "guide cluster restored: $(tail -n 1 "$work/restore.log")"
else
  bad "guide cluster restore: $(tail -n 3 "$work/restore.log")"
  exit 1
fi
if "$pgpilot" adopt --out "$guide" --node "${ips[0]}" --key "$LAB_SSH_KEY" --known-hosts "$LAB_KNOWN_HOSTS" \
  --secrets-file "$secrets" >"$work/adopt.out" 2>&1; then
  ok "adopted: $(grep '^Adopted' "$work/adopt.out" | cut -c1-100)"
else
  bad "adopt: $(tail -n 3 "$work/adopt.out")"
  exit 1
fi
"$pgpilot" audit "$guide" --json >"$work/audit-before.json" 2>/dev/null
echo "figure converge audit_before=$(json "$work/audit-before.json" 'len(s["findings"])')"

# An adopted worksheet converges one phase at a time, each confirmed: a range is refused before
# anything connects, and so is a phase whose predecessor has not converged.
"$pgpilot" apply "$guide" --yes --secrets-file "$secrets" --state-dir "$work/state" >"$work/range.out" 2>&1
rc=$?
[ "$rc" = 2 ] && grep -q -- "--phase N --preview" "$work/range.out" && ok "apply of every phase at once refused (exit 2), the preview named" \
  || bad "apply without --phase: rc=$rc $(tail -n 2 "$work/range.out")"
"$pgpilot" apply "$guide" --phase 2 --yes --secrets-file "$secrets" --state-dir "$work/state" >"$work/order.out" 2>&1
rc=$?
[ "$rc" = 1 ] && grep -q "Phase 1 has not converged yet" "$work/order.out" && ok "phase 2 before phase 1 refused (exit 1)" \
  || bad "phase 2 first: rc=$rc $(tail -n 2 "$work/order.out")"

# A client writes through VIP:5000 from here on. The guide's pg_hba lets repmgr into its own
# database only (until phase 2): the writer uses it.
"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$guide" --database repmgr --admin-database repmgr \
  >"$work/cp-start.log" 2>&1 && ok "client writer running through $LAB_VIP:5000" \
  || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

# What each preview must show (a line of its text), besides changing nothing.
declare -A want=(
  [1]="/etc/postgresql/$LAB_PG_VERSION/main/start.conf: changed"
  [2]="+#pgpilot: listen_addresses = '*'"
  [3]="stops repmgrd outside pgpilot-repmgrd.service"
  [4]="restarts postgresql@$LAB_PG_VERSION-main on the primary (by switchover to pg2)"
)
: >"$work/windows"
for phase in 1 2 3 4; do
  before=$(nodes_sum)
  t0=$(date +%s%N)
  "$pgpilot" apply "$guide" --phase "$phase" --preview --secrets-file "$secrets" --state-dir "$work/state" >"$work/preview$phase.txt" 2>"$work/preview$phase.err"
  rc=$?
  ms=$((($(date +%s%N) - t0) / 1000000))
  after=$(nodes_sum)
  if [ "$rc" = 0 ] && [ "$before" = "$after" ] && grep -qF -- "${want[$phase]}" "$work/preview$phase.txt"; then
    ok "phase $phase preview ($ms ms, $(wc -l <"$work/preview$phase.txt") lines): nothing changed on the nodes, shows '${want[$phase]}'"
  else
    bad "phase $phase preview: rc=$rc, nodes changed: $([ "$before" = "$after" ] && echo no || echo YES), '${want[$phase]}' $(grep -qF -- "${want[$phase]}" "$work/preview$phase.txt" && echo found || echo missing); $(tail -n 3 "$work/preview$phase.err")"
  fi
  grep -qF "$(cat "$work/pw")" "$work/preview$phase.txt" && bad "phase $phase preview shows the repmgr password"
  "$pgpilot" apply "$guide" --phase "$phase" --secrets-file "$secrets" --state-dir "$work/state" >"$work/noyes$phase.out" 2>&1
  [ $? = 2 ] || bad "phase $phase without --yes did not stop with exit 2"
  start=$(date +%s.%N)
  "$pgpilot" apply "$guide" --phase "$phase" --yes --secrets-file "$secrets" --state-dir "$work/state" >"$work/apply$phase.out" 2>&1
  rc=$?
  end=$(date +%s.%N)
  echo "$phase $start $end" >>"$work/windows"
  if [ "$rc" = 0 ] && grep -q "Checkpoint of phase $phase: PASSED" "$work/apply$phase.out"; then
    ok "phase $phase converged in $(python3 -c "print('%.1f' % ($end - $start))") s, checkpoint passed: $(grep -o 'converged[^:]*' "$work/apply$phase.out" | tail -n 1)"
  else
    bad "phase $phase: rc=$rc; $(grep -E 'FAIL|stopped|What to do' "$work/apply$phase.out" | head -n 4) $(tail -n 3 "$work/apply$phase.out")"
    exit 1
  fi
done

# The worksheet is an ordinary pgpilot worksheet now, and every checkpoint passes (read-only).
json "$guide" '"adopted" in s' | grep -qx False && ok "the worksheet no longer has an adopted section" \
  || bad "worksheet still adopted: $(json "$guide" 's.get("adopted")')"
if "$pgpilot" check "$guide" --secrets-file "$secrets" --state-dir "$work/state" >"$work/check.out" 2>&1; then
  ok "pgpilot check: every checkpoint of phases 0-4 passes ($(grep -c '^   PASS' "$work/check.out") criteria)"
else
  bad "pgpilot check: $(grep '^   FAIL' "$work/check.out" | head -n 5)"
fi

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost, never two writable nodes: $(json "$work/report.json" '"%d acknowledged, %d missing, %d in doubt, max writable %d, longest write outage %d ms" % (s["acknowledged"], s["missing"], s["in_doubt"], s["max_writable_via_write_port"], s["write_outage_ms"])')"
else
  bad "client report: $(cat "$work/report.json" "$work/report.err" | tail -n 10)"
fi
# Each phase's write outage: the longest time between two acknowledged writes within its window.
python3 - "$work/cp/writes.log" "$work/windows" <<'EOF'
import sys
acks = sorted(float(f[4]) for f in (l.split() for l in open(sys.argv[1])) if len(f) >= 5 and f[1] == "ack")
for line in open(sys.argv[2]):
    phase, start, end = line.split()
    start, end = float(start), float(end)
    inside = [a for a in acks if start <= a <= end]
    before = [a for a in acks if a < start][-1:]
    after = [a for a in acks if a > end][:1]
    seq = before + inside + after
    gaps = sorted((b - a for a, b in zip(seq, seq[1:])), reverse=True)
    print("figure converge phase=%s duration_s=%.1f longest_write_gap_ms=%d next_gaps_ms=%s acknowledged=%d"
          % (phase, end - start, gaps[0] * 1000 if gaps else -1, [int(g * 1000) for g in gaps[1:3]], len(inside)))
EOF

LAB_CLUSTER_FILE=$guide
wait_status 60 "status of the converged cluster: healthy, pgpilot's health service and HAProxy read, one primary with the VIP" \
  's.get("healthy") and not s.get("not_read") and s.get("vip_holder") == '"$ONLY_PRIMARY"' and s.get("write_target") == s.get("vip_holder")'
for n in pg1 pg2 pg3; do
  "$lab" exec "$n" sh -c 'systemctl is-active --quiet pgchk || systemctl is-active --quiet repmgrd' 2>/dev/null \
    && bad "$n: the guide's pgchk or repmgrd unit still runs"
  [ "$("$lab" exec "$n" sh -c 'ps -eo comm= | grep -cx repmgrd')" = 1 ] || bad "$n: not exactly one repmgrd"
done
ok "pgchk and the guide's repmgrd unit are stopped on every node, one repmgrd each (pgpilot's)"
"$pgpilot" audit "$guide" --json >"$work/audit-after.json" 2>/dev/null
left=$(json "$work/audit-after.json" '" ".join(sorted(f["id"] for f in s["findings"]))')
echo "figure converge audit_after=$(json "$work/audit-after.json" 'len(s["findings"])') ($left)"
# What converging leaves on purpose: TLS stays as the worksheet says (off: a worksheet change, then
# phase 2 again) and an admin's own copy of the password in /root/.pgpass (pgpilot removes no file
# of the admin's). Anything else still found is a difference the phases did not converge.
[ "$left" = "hba-no-tls pgpass-elsewhere" ] && ok "audit after converging: only the worksheet's TLS choice and /root/.pgpass remain" \
  || bad "audit after converging still finds: $left"
# The benchmark (tests/bench/bench-converge.sh) measures a switchover on the converged cluster next.
if [ -n "${CONVERGE_KEEP:-}" ]; then
  cp "$guide" "$CONVERGE_KEEP/guide.json" && cp "$secrets" "$CONVERGE_KEEP/secrets" && chmod 600 "$CONVERGE_KEEP/secrets"
fi
