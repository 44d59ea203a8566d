#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI-free example: `pgpilot exec` runs one command on all lab nodes in parallel and streams
# their output. Checks every node answered, in parallel, with its own name.
set -uo pipefail
pgpilot=${1:?usage: exec-example.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${LAB_CLUSTER_FILE:-}" ] || eval "$("$here/lab" env)"
out=$(mktemp /tmp/pgpilot-exec.XXXXXX)
trap 'rm -f "$out"' EXIT
start=$(date +%s%N)
"$pgpilot" exec "$LAB_CLUSTER_FILE" -- 'hostname; sleep 2; echo finished >&2' >"$out" 2>&1
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
cat "$out"
[ "$rc" = 0 ] || { echo "exec-example: pgpilot exec exited $rc" >&2; exit 1; }
for n in $LAB_NODE_NAMES; do
  grep -qx "$n | $n" "$out" || { echo "exec-example: no line '$n | $n' from node $n" >&2; exit 1; }
  grep -qx "$n ! finished" "$out" || { echo "exec-example: node $n did not report on stderr" >&2; exit 1; }
done
# Three nodes, 2 s each: in parallel well under the 6 s they would take one after the other.
[ "$ms" -lt 4500 ] || { echo "exec-example: took $ms ms; the nodes did not run in parallel" >&2; exit 1; }
echo "exec-example: $(echo $LAB_NODE_NAMES | wc -w) nodes answered in $ms ms"
