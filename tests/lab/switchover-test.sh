#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Planned switchovers under load: a client writer inserts numbered rows through VIP:5000 (with
# retries) while pgpilot switches over pg1 -> pg2 -> pg3 -> pg1. Afterwards every row whose commit
# was acknowledged must be on the primary, no two nodes may ever have taken writes at once, and
# each switchover's figures (pgpilot's own write probe and the writer's view) are printed.
#   tests/lab/switchover-test.sh PGPILOT_BINARY
# Starts from the built-cluster fixture (tests/lab/cluster-fixture.sh). Figures go to stdout as
# "figure ..." lines (benchmarks: tests/bench/bench-ops.sh). Last line: "switchover-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: switchover-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
probe=$here/tools/clientprobe
. "$here/ops-lib.sh" # ok/bad, result, wait_status (polls `pgpilot status` with a deadline)
work=$(mktemp -d /tmp/pgpilot-switchover-test.XXXXXX)
finish() {
  [ -f "$work/cp/meta.json" ] && "$probe" stop --out "$work/cp" >/dev/null 2>&1
  rm -rf "$work"
  echo "switchover-test: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
trap 'finish; exit $?' EXIT
eval "$("$lab" env)" || { bad "the lab is not up"; exit 1; }
secrets=$work/secrets
"$here/cluster-fixture.sh" restore "$secrets" "$pgpilot" >"$work/restore.log" 2>&1 \
  && ok "built cluster restored: $(tail -n 1 "$work/restore.log")" || { bad "fixture restore: $(tail -n 3 "$work/restore.log")"; exit 1; }
args=(--secrets-file "$secrets" --state-dir "$work/state")

# --dry-run contacts nothing and shows every step's commands.
"$pgpilot" switchover "$LAB_CLUSTER_FILE" --to pg2 --dry-run >"$work/dry.txt" 2>&1 \
  && grep -q 'standby switchover --siblings-follow' "$work/dry.txt" && grep -q '^## Pre-checks' "$work/dry.txt" \
  && ok "--dry-run prints the pre-checks and commands" || bad "--dry-run: $(head -n 3 "$work/dry.txt")"

# Without --yes: the pre-checks run (read-only), the confirmation is printed, nothing changes.
"$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg2 "${args[@]}" >"$work/noyes.out" 2>"$work/noyes.err"
rc=$?
if [ "$rc" = 2 ] && grep -q 'PASS  repmgr standby switchover --dry-run passes on pg2' "$work/noyes.out" \
  && grep -q 'pg2 becomes the primary' "$work/noyes.err" && grep -q 'pg1' "$work/noyes.err"; then
  ok "without --yes: pre-checks pass, the confirmation names pg1 and pg2, nothing done"
else
  bad "without --yes (exit $rc): $(tail -n 8 "$work/noyes.out" "$work/noyes.err")"
fi

"$probe" start --out "$work/cp" --secrets-file "$secrets" --cluster "$LAB_CLUSTER_FILE" >"$work/cp-start.log" 2>&1 \
  && ok "client writer and probe running through $LAB_VIP:5000" || { bad "clientprobe start: $(tail -n 5 "$work/cp-start.log")"; exit 1; }

for target in pg2 pg3 pg1; do
  if "$pgpilot" switchover "$LAB_CLUSTER_FILE" --to "$target" --yes --json "${args[@]}" >"$work/sw-$target.json" 2>"$work/sw-$target.err"; then
    ok "switchover to $target: $(result "$work/sw-$target.json" 'r["summary"]')"
  else
    bad "switchover to $target: $(result "$work/sw-$target.json" 'r.get("summary") or r') $(tail -n 5 "$work/sw-$target.err")"
    continue
  fi
  echo "figure switchover-to-$target duration_ms=$(result "$work/sw-$target.json" 'r["duration_ms"]') write_outage_ms=$(result "$work/sw-$target.json" 'r["write_outage_ms"]') failed_writes=$(result "$work/sw-$target.json" 'r["failed_writes"]')"
  [ "$(result "$work/sw-$target.json" 'r["new_primary"]')" = "$target" ] && [ "$(result "$work/sw-$target.json" 'r["write_outage_ms"] >= 0')" = True ] \
    && ok "result names $target the new primary and has a measured outage" || bad "result fields: $(result "$work/sw-$target.json" 'r')"
  narr=$(python3 -c 'import json,sys; print("\n".join(json.loads(l)["text"] for l in open(sys.argv[1]) if "\"narration\"" in l))' "$work/sw-$target.json")
  for want in "Demoting" "Promoting $target" "HAProxy switched" "Verified"; do
    grep -q "$want" <<<"$narr" || bad "switchover to $target: no narration line with '$want' in: $(tr '\n' '|' <<<"$narr")"
  done
done

"$probe" stop --out "$work/cp" >/dev/null 2>&1
if "$probe" report --out "$work/cp" --json --require-no-loss --require-single-primary >"$work/report.json" 2>"$work/report.err"; then
  ok "no acknowledged write lost, never two writable nodes: $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%d acknowledged, %d missing, %d in doubt, max writable %d, longest write outage %d ms" % (r["acknowledged"], r["missing"], r["in_doubt"], r["max_writable_via_write_port"], r["write_outage_ms"]))' "$work/report.json")"
else
  bad "client report: $(cat "$work/report.json" "$work/report.err" | tail -n 10)"
fi
echo "figure switchover-writer $(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("acknowledged=%s missing=%s longest_outage_ms=%s" % (r.get("acknowledged"), r.get("missing"), r.get("write_outage_ms")))' "$work/report.json" 2>/dev/null)"

# One snapshot may lack a node on a loaded host: polled until it holds (the failure says what was seen last).
wait_status 60 "back on pg1: the only primary, holds the VIP and gets the writes" \
  '[n["name"] for n in s["nodes"] if n["state"]=="primary"]==["pg1"] and s["vip_holder"]=="pg1" and s["write_target"]=="pg1"'

"$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg1 --yes "${args[@]}" >"$work/again.out" 2>&1
rc=$?
[ "$rc" = 1 ] && grep -q 'refused, nothing changed' "$work/again.out" && grep -q 'pg1 is the primary already' "$work/again.out" \
  && ok "a switchover to the current primary is refused by the pre-checks with the reason" \
  || bad "switchover to the primary (exit $rc): $(tail -n 4 "$work/again.out")"
