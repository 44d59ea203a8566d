#!/usr/bin/env bash
# A planned switchover on a cluster the runbook built: pg2 becomes primary, the VIP and port 5000
# follow, pg3 follows pg2; then back to pg1. Every checkpoint must pass after each.
#   tests/lab/switchover-test.sh PGPILOT_BINARY
# Leaves the lab reset. Last line: "switchover-test: N passed, M failed".
set -uo pipefail
pgpilot=${1:?usage: switchover-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/lab
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok    $*"; }
bad() { fail=$((fail + 1)); echo "FAIL  $*"; }
work=$(mktemp -d /tmp/pgpilot-switchover-test.XXXXXX)
finish() {
  "$lab" reset >/dev/null 2>&1 || echo "switchover-test: lab reset failed" >&2
  rm -rf "$work"
  echo "switchover-test: $pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
trap 'finish; exit $?' EXIT
"$lab" reset >/dev/null || { bad "lab reset"; exit 1; }
eval "$("$lab" env)"
args=(--secrets-file "$work/secrets" --state-dir "$work/state")
"$pgpilot" apply "$LAB_CLUSTER_FILE" --to 4 "${args[@]}" >"$work/apply.log" 2>&1 \
  && ok "cluster built (phases 0-4)" || { bad "apply failed:"; tail -n 15 "$work/apply.log"; exit 1; }

"$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg2 "${args[@]}" >/dev/null 2>"$work/refused.log" \
  && bad "switchover ran without --yes" || ok "switchover without --yes refuses and says what it would do"

for target in pg2 pg1; do
  start=$(date +%s%N)
  if "$pgpilot" switchover "$LAB_CLUSTER_FILE" --node "$target" --yes --json "${args[@]}" >"$work/sw-$target.json" 2>&1; then
    ok "switchover to $target: every step and checkpoint passed in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  else
    bad "switchover to $target failed:"
    grep -E '"(FAILED|passed":false)|phase-finished' "$work/sw-$target.json" | tail -n 5
    continue
  fi
  primary=$("$pgpilot" status "$LAB_CLUSTER_FILE" --json --secrets-file "$work/secrets" 2>/dev/null | tail -n 1 \
    | python3 -c 'import json,sys; s=json.load(sys.stdin); print([n["name"] for n in s["nodes"] if n["state"]=="primary"], s["vip_holder"], s["write_target"])')
  [ "$primary" = "['$target'] $target $target" ] && ok "status: $target is the only primary, holds the VIP and gets the writes" \
    || bad "status after the switchover to $target: primary, VIP, writes = $primary"
done
"$pgpilot" check "$LAB_CLUSTER_FILE" "${args[@]}" >/dev/null 2>&1 && ok "all checkpoints pass after switching back" \
  || bad "check fails after switching back"
"$pgpilot" switchover "$LAB_CLUSTER_FILE" --node pg1 --yes "${args[@]}" >"$work/again.log" 2>&1 \
  && bad "a switchover to the node that is already primary went through" \
  || { grep -q "not a running standby" "$work/again.log" && ok "a switchover to the current primary is refused with the reason" || bad "unexpected refusal: $(tail -n 3 "$work/again.log")"; }
