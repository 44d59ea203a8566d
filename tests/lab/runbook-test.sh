#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The runbook on real nodes (issue 5): from fresh lab nodes, `pgpilot apply --from 0 --to 5 --yes`
# must pass every step and every checkpoint, including the failover test of phase 5; a second
# `apply --from 0 --to 4` on the finished cluster must find every step already done (its probe
# passes), pass every checkpoint and restart nothing; `pgpilot check` must pass.
#
#   runbook-test.sh PGPILOT_BINARY [--os bookworm|trixie]
#   runbook-test.sh PGPILOT_BINARY --fixture build|use
#
# Assumes the lab is up (CTest's lab fixture). Starts with `lab reset` (fresh nodes) and ends with
# `lab reset`, so lab tests before or after it see fresh nodes. With --os, a lab of another OS is
# brought up for the run and the lab's original OS is brought back at the end.
# On the lab's own OS the work is split in two so that phases 0-4 on fresh nodes run once per test
# run (they also make the built cluster the other lab tests restore):
#   --fixture build  (CTest lab_cluster_build) fresh nodes, `apply --from 0 --to 4` judged as
#                    above, then `cluster-fixture.sh save`; the built cluster is left running.
#   --fixture use    (CTest lab_runbook) the saved cluster restored, then phase 5 (the failover
#                    test), the re-run of 0-4 and `check` as above.
set -uo pipefail
pgpilot=${1:?usage: runbook-test.sh PGPILOT_BINARY [--os OS]}
shift
want_os=
fixture=
while [ $# -gt 0 ]; do
  case $1 in
    --os) want_os=${2:?--os needs a value}; shift 2 ;;
    --fixture) fixture=${2:?--fixture needs build or use}; shift 2 ;;
    *) echo "usage: runbook-test.sh PGPILOT_BINARY [--os OS | --fixture build|use]" >&2; exit 2 ;;
  esac
done
case $fixture in
  "" | build | use) ;;
  *) echo "runbook-test: --fixture takes build or use, not '$fixture'" >&2; exit 2 ;;
esac
[ -z "$fixture" ] || [ -z "$want_os" ] || { echo "runbook-test: --fixture runs on the lab's own OS, without --os" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
lab="$here/lab"
[ -x "$pgpilot" ] || { echo "runbook-test: $pgpilot is not an executable" >&2; exit 2; }
command -v python3 >/dev/null || { echo "runbook-test: python3 is needed to read pgpilot's JSON" >&2; exit 2; }

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "runbook-test: PASS $*"; }
fail() { failed=$((failed + 1)); echo "runbook-test: FAIL $*" >&2; }
stamp() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

work=$(mktemp -d /tmp/pgpilot-runbook-test.XXXXXX)
orig_os=
finish() {
  local rc=$?
  [ "$passed" -gt 0 ] || [ "$failed" -gt 0 ] || fail "the test ended (exit $rc) before it checked anything"
  if [ -n "$orig_os" ]; then
    echo "runbook-test: bringing the $orig_os lab back"
    "$lab" down >/dev/null 2>&1
    "$lab" up --os "$orig_os" >"$work/lab-up-back.log" 2>&1 || fail "lab up --os $orig_os at the end (see $work)"
  elif [ "$fixture" != build ]; then
    "$lab" reset >"$work/lab-reset-end.log" 2>&1 || fail "lab reset at the end"
  fi
  echo "runbook-test: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ]; then rm -rf "$work"; else echo "runbook-test: logs kept in $work" >&2; fi
  [ "$failed" -eq 0 ] && [ "$rc" -eq 0 ] && exit 0
  exit 1
}
trap finish EXIT

env_out=$("$lab" env) || { fail "lab env failed: is the lab up? (tests/lab/lab up)"; exit 1; }
eval "$env_out"
if [ -n "$want_os" ] && [ "$want_os" != "$LAB_OS" ]; then
  echo "runbook-test: the lab runs $LAB_OS; switching to $want_os for this run"
  orig_os=$LAB_OS
  "$lab" down >"$work/lab-down.log" 2>&1
  if ! "$lab" up --os "$want_os" >"$work/lab-up.log" 2>&1; then
    fail "lab up --os $want_os (see $work/lab-up.log)"
    exit 1
  fi
  env_out=$("$lab" env) || { fail "lab env after lab up --os $want_os"; exit 1; }
  eval "$env_out"
fi

t=$(stamp)
if [ "$fixture" = use ]; then
  if ! "$here/cluster-fixture.sh" restore "$work/secrets" "$pgpilot" >"$work/restore.log" 2>&1; then
    fail "the built cluster could not be restored: $(tail -n 3 "$work/restore.log" | tr '\n' ' ')"
    exit 1
  fi
  echo "runbook-test: the built $LAB_OS cluster restored in $(secs "$t" "$(stamp)") s"
elif ! "$lab" reset >"$work/lab-reset.log" 2>&1; then
  fail "lab reset at the start (see $work/lab-reset.log)"
  exit 1
else
  echo "runbook-test: fresh $LAB_OS nodes (PostgreSQL $LAB_PG_VERSION) in $(secs "$t" "$(stamp)") s"
fi

common=(--secrets-file "$work/secrets" --state-dir "$work/state" --json)

# Checks one `pgpilot apply|check --json` output. MODE first: every step done or already done;
# MODE again: every step already done. Prints PASS/FAIL lines and "counts P F"; timings to stderr.
judge() {
  python3 - "$@" <<'PY'
import json, sys
mode, path, rc, phases = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
want_phases = list(range(int(phases.split("-")[0]), int(phases.split("-")[1]) + 1))
ok = bad = 0
def good(msg):
    global ok; ok += 1; print("PASS " + msg)
def fail(msg):
    global bad; bad += 1; print("FAIL " + msg)
events = []
for line in open(path, encoding="utf-8", errors="replace"):
    line = line.strip()
    if line.startswith("{"):
        try:
            events.append(json.loads(line))
        except ValueError:
            pass
steps = [e for e in events if e.get("event") == "step"]
crit = [e for e in events if e.get("event") == "criterion"]
checkpoints = {e["phase"]: e["passed"] for e in events if e.get("event") == "checkpoint"}
finished = {e["phase"]: e for e in events if e.get("event") == "phase-finished"}
label = {"first": "apply", "again": "apply again", "check": "check"}[mode]
wanted = {"first": ("done", "already done"), "again": ("already done",)}.get(mode)
if wanted is not None:
    wrong = [s for s in steps if s.get("status") not in wanted]
    for s in wrong:
        fail("%s: step %s on %s: status %r, expected %s%s" % (label, s["step"], s["node"], s["status"],
             " or ".join(repr(w) for w in wanted), ("; error: " + s["error"]) if s.get("error") else ""))
    if steps and not wrong:
        good("%s: all %d node steps %s" % (label, len(steps), " or ".join(wanted)))
    if not steps:
        fail("%s: no step events in the output" % label)
    for n, e in sorted(finished.items()):
        if not e.get("ok"):
            fail("%s: phase %s stopped at step %s on %s: %s" % (label, n, e.get("step"), e.get("node"), e.get("error")))
for c in crit:
    if not c.get("passed"):
        fail("%s: phase %s checkpoint %s%s: expected %s; seen %s; likely cause: %s" % (label, c["phase"], c["id"],
             (" on " + c["node"]) if c.get("node") else "", c.get("expected"), c.get("seen"), c.get("likelyCause")))
bad_crit = [c for c in crit if not c.get("passed")]
if crit and not bad_crit:
    good("%s: all %d criteria passed" % (label, len(crit)))
for n in want_phases:
    if checkpoints.get(n) is True:
        good("%s: checkpoint of phase %d passed" % (label, n))
    else:
        fail("%s: checkpoint of phase %d %s" % (label, n, "failed" if n in checkpoints else "never ran"))
if rc != 0:
    fail("%s: pgpilot exited %d" % (label, rc))
# Timings for the report.
for n, e in sorted(finished.items()):
    sys.stderr.write("runbook-test: %s phase %s: %.1f s\n" % (label, n, e.get("ms", 0) / 1000.0))
if mode == "first":
    for name in ("p5.stop-primary", "p5.wait-promotion", "p5.wait-vip", "p5.rejoin", "p5.wait-healthy"):
        ms = max([s.get("ms", 0) for s in steps if s["step"] == name] or [0])
        sys.stderr.write("runbook-test: %s: %.1f s\n" % (name, ms / 1000.0))
print("counts %d %d" % (ok, bad))
PY
}

# Tallies judge's output into this script's counters.
tally() {
  local line
  while IFS= read -r line; do
    case $line in
      "PASS "*) pass "${line#PASS }" ;;
      "FAIL "*) fail "${line#FAIL }" ;;
    esac
  done <"$1"
}

# Start time and main PID of every service pgpilot set up, per node: a re-run must not restart any.
services="postgresql@$LAB_PG_VERSION-main pgpilot-repmgrd pgpilot-health haproxy keepalived"
snapshot() {
  local n u
  for n in $LAB_NODE_NAMES; do
    for u in $services; do
      printf '%s %s %s\n' "$n" "$u" "$("$lab" exec "$n" systemctl show -p ActiveEnterTimestampMonotonic -p MainPID --value "$u" 2>/dev/null | tr '\n' ' ')"
    done
  done
}

# 1. Everything from fresh nodes, failover test included (--fixture build: phases 0-4 only;
# --fixture use: phase 5 only, on the restored cluster).
case $fixture in
  build) first=0 last=4 ;;
  use) first=5 last=5 ;;
  *) first=0 last=5 ;;
esac
t=$(stamp)
"$pgpilot" apply "$LAB_CLUSTER_FILE" --from "$first" --to "$last" --yes "${common[@]}" >"$work/apply1.json" 2>"$work/apply1.err"
rc=$?
echo "runbook-test: apply --from $first --to $last took $(secs "$t" "$(stamp)") s (exit $rc)"
judge first "$work/apply1.json" "$rc" "$first-$last" >"$work/judge1" 2>"$work/timings1"
cat "$work/timings1"
tally "$work/judge1"
[ "$rc" -eq 0 ] || tail -n 20 "$work/apply1.err" >&2
if [ "$failed" -gt 0 ]; then
  echo "runbook-test: the first apply failed; the re-run and check are skipped" >&2
  exit 1
fi

if [ "$fixture" = build ]; then
  t=$(stamp)
  if "$here/cluster-fixture.sh" save "$work/secrets" "$pgpilot" >"$work/save.log" 2>&1; then
    pass "the built cluster saved for the other lab tests ($(tail -n 1 "$work/save.log"))"
  else
    fail "the built cluster could not be saved: $(tail -n 3 "$work/save.log" | tr '\n' ' ')"
  fi
  echo "runbook-test: cluster-fixture save took $(secs "$t" "$(stamp)") s"
fi

# Steps 2 and 3: not with --fixture build, which stops at the saved cluster.
if [ "$fixture" != build ]; then
  # 2. Again on the finished cluster: nothing to do, nothing restarted.
  snapshot >"$work/services-before"
  t=$(stamp)
  "$pgpilot" apply "$LAB_CLUSTER_FILE" --from 0 --to 4 "${common[@]}" >"$work/apply2.json" 2>"$work/apply2.err"
  rc=$?
  echo "runbook-test: apply --from 0 --to 4 again took $(secs "$t" "$(stamp)") s (exit $rc)"
  judge again "$work/apply2.json" "$rc" 0-4 >"$work/judge2" 2>/dev/null
  tally "$work/judge2"
  [ "$rc" -eq 0 ] || tail -n 20 "$work/apply2.err" >&2
  snapshot >"$work/services-after"
  # node unit MainPID start-time: a unit without a main PID or start time is not running.
  notrunning=$(awk 'NF < 4 || $3 == 0 || $4 == 0' "$work/services-before")
  if [ -n "$notrunning" ]; then
    fail "a service is not running before the re-run (node unit pid start): $(printf '%s' "$notrunning" | head -n 3 | tr '\n' ';')"
  elif diff "$work/services-before" "$work/services-after" >"$work/services.diff"; then
    pass "apply again: no service restarted ($(wc -l <"$work/services-before") node services)"
  else
    fail "apply again restarted services (node unit pid start): $(grep '^[<>]' "$work/services.diff" | tr '\n' ';')"
  fi

  # 3. check: every checkpoint of phases 0-4.
  t=$(stamp)
  "$pgpilot" check "$LAB_CLUSTER_FILE" "${common[@]}" >"$work/check.json" 2>"$work/check.err"
  rc=$?
  echo "runbook-test: check took $(secs "$t" "$(stamp)") s (exit $rc)"
  judge check "$work/check.json" "$rc" 0-4 >"$work/judge3" 2>/dev/null
  tally "$work/judge3"
fi

# Secrets generated by pgpilot stay in the secrets file: never in its output.
if [ -s "$work/secrets" ]; then
  grep -- '-password=' "$work/secrets" | cut -d= -f2- | grep -v '^$' >"$work/secret-values" || true
  if [ -s "$work/secret-values" ] && grep -F -q -f "$work/secret-values" "$work"/*.json "$work"/*.err; then
    fail "a generated secret appears in pgpilot's output"
  else
    pass "no generated secret in pgpilot's output"
  fi
  rm -f "$work/secret-values"
fi
