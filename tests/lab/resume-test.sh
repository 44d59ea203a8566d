#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# pgpilot killed (SIGKILL) in the middle of phase 3, started again: it resumes without redoing
# the steps that had finished and the cluster comes out right (phase 3's checkpoint passes).
#   tests/lab/resume-test.sh PGPILOT_BINARY
# Leaves the lab reset. Last line: "resume-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: resume-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fail=$((fail + 1)); echo "FAIL  $*"; }
work=$(mktemp -d /tmp/pgpilot-resume-test.XXXXXX)
pid=""
finish() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  "$lab" reset >/dev/null 2>&1 || echo "resume-test: lab reset failed" >&2
  rm -rf "$work"
  echo "resume-test: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
trap 'finish; exit $?' EXIT
"$lab" reset >/dev/null || { bad "lab reset"; exit 1; }
eval "$("$lab" env)"
args=(--secrets-file "$work/secrets" --state-dir "$work/state" --json)

"$pgpilot" apply "$LAB_CLUSTER_FILE" --to 2 "${args[@]}" >"$work/p02.json" 2>&1 && ok "phases 0-2" || { bad "phases 0-2 failed"; tail "$work/p02.json"; exit 1; }

# Phase 3 in the background; killed as soon as the repmgr database step has finished on pg1.
"$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 3 "${args[@]}" >"$work/p3a.json" 2>&1 &
pid=$!
deadline=$(( $(date +%s) + 120 ))
until grep -q '"step":"p3.repmgr-db"' "$work/p3a.json" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
    bad "phase 3 never reached p3.repmgr-db; output:"; tail -n 5 "$work/p3a.json"; exit 1
  fi
  sleep 0.1
done
kill -KILL "$pid"; wait "$pid" 2>/dev/null; pid=""
finished_before=$(python3 -c '
import json,sys
done=set()
for line in open(sys.argv[1]):
    try: e=json.loads(line)
    except ValueError: continue
    if e.get("event")=="step" and e.get("status") in ("done","already done"): done.add((e["step"],e["node"]))
print(len(done))' "$work/p3a.json")
ok "killed with SIGKILL after $finished_before node steps of phase 3 had finished"

"$pgpilot" apply "$LAB_CLUSTER_FILE" --phase 3 "${args[@]}" >"$work/p3b.json" 2>&1
rc=$?
report=$(python3 -c '
import json,sys
before=set(); again=[]; resumed=0; passed=None
for line in open(sys.argv[1]):
    try: e=json.loads(line)
    except ValueError: continue
    if e.get("event")=="step" and e.get("status") in ("done","already done"): before.add((e["step"],e["node"]))
for line in open(sys.argv[2]):
    try: e=json.loads(line)
    except ValueError: continue
    if e.get("event")=="step":
        k=(e["step"],e["node"])
        if e["status"]=="done earlier": resumed+=1
        elif k in before and e["status"]=="done": again.append("%s@%s"%k)
    if e.get("event")=="checkpoint": passed=e.get("passed")
print(resumed, len(before), passed, " ".join(again) or "-")' "$work/p3a.json" "$work/p3b.json")
read -r resumed before passed again <<<"$report"
[ "$rc" = 0 ] && ok "the second run of phase 3 exits 0" || { bad "the second run exited $rc:"; grep -v '"event":"step"' "$work/p3b.json" | tail -n 5; }
[ "$resumed" -ge "$before" ] && ok "$resumed node steps reported 'done earlier' (at least the $before finished before the kill)" \
  || bad "only $resumed of the $before finished node steps were resumed"
[ "$again" = "-" ] && ok "no finished step ran again" || bad "ran again: $again"
[ "$passed" = True ] && ok "phase 3's checkpoint passes after the resume" || bad "phase 3's checkpoint: $passed"
"$pgpilot" check "$LAB_CLUSTER_FILE" --phase 3 --secrets-file "$work/secrets" --state-dir "$work/state" >/dev/null 2>&1 \
  && ok "check --phase 3 passes" || bad "check --phase 3 fails"
