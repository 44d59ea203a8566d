#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a hostile-conditions test with passwords made up for this run, then searches its whole
# output and this machine's process list (sampled while it runs) for them.
#   sudo-test.sh TEST_BINARY [ARGS...]
set -uo pipefail
bin=${1:?usage: sudo-test.sh TEST_BINARY [ARGS...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${LAB_CLUSTER_FILE:-}" ] || eval "$("$here/../lab/lab" env)"
export LAB_CLUSTER_FILE
work=$(mktemp -d /tmp/pgpilot-hostile.XXXXXX)
trap 'rm -rf "$work"' EXIT
umask 077
pw1=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
pw2=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
printf '%s\n%s\n' "$pw1" "$pw2" >"$work/secrets"
export PGPILOT_TEST_SECRETS_FILE="$work/secrets"
"$bin" "$@" >"$work/output" 2>&1 &
pid=$!
leak=0
while kill -0 "$pid" 2>/dev/null; do
  if ps -eo args | grep -F -q -f "$work/secrets"; then leak=1; fi
  sleep 0.2
done
wait "$pid"
rc=$?
if grep -F -q -f "$work/secrets" "$work/output"; then
  echo "sudo-test: a secret appears in the test's output (not shown)" >&2
  rc=1
else
  cat "$work/output"
fi
if [ "$leak" = 1 ]; then
  echo "sudo-test: a secret appeared in this machine's process list" >&2
  rc=1
fi
[ "$rc" = 0 ] && echo "sudo-test: no secret found in the output or the process list"
exit "$rc"
