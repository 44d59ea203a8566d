#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times a full `pgpilot apply` from fresh lab nodes, phase by phase, then the idempotent re-run.
# Prints figures for docs/performance.md; passes or fails on nothing but the runs themselves.
#   tests/bench/bench-apply.sh PGPILOT_BINARY      (lab up first: tests/lab/lab up [--os ...])
set -uo pipefail
pgpilot=${1:?usage: bench-apply.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")/../lab" && pwd)
work=$(mktemp -d /tmp/pgpilot-bench-apply.XXXXXX)
trap 'rm -rf "$work"; "$here/lab" reset >/dev/null 2>&1' EXIT
"$here/lab" reset >/dev/null || exit 1
eval "$("$here/lab" env)"
args=(--secrets-file "$work/secrets" --state-dir "$work/state" --json)
summarise() {
  python3 -c '
import json,sys
for line in open(sys.argv[1]):
    try: e=json.loads(line)
    except ValueError: continue
    if e.get("event")=="phase-finished":
        print("  phase %d: %6.1f s%s" % (e["phase"], e["ms"]/1000.0, "" if e["ok"] else "  FAILED: "+e["error"]))' "$1"
}
start=$(date +%s%N)
"$pgpilot" apply "$LAB_CLUSTER_FILE" --from 0 --to 5 --yes "${args[@]}" >"$work/first.json" 2>&1; rc=$?
echo "first apply on fresh $LAB_OS nodes (PostgreSQL $LAB_PG_VERSION): $(( ($(date +%s%N) - start) / 1000000 )) ms, exit $rc"
summarise "$work/first.json"
start=$(date +%s%N)
"$pgpilot" apply "$LAB_CLUSTER_FILE" --from 0 --to 4 "${args[@]}" >"$work/second.json" 2>&1; rc=$?
echo "re-run of phases 0-4 on the finished cluster: $(( ($(date +%s%N) - start) / 1000000 )) ms, exit $rc"
summarise "$work/second.json"
