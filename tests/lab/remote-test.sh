#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs tst_lab_remote with passwords made up for this run, then searches everything the test
# left behind (its whole output, the audit log, this machine's process list) for them.
set -uo pipefail
bin=${1:?usage: remote-test.sh TEST_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
[ -n "${LAB_CLUSTER_FILE:-}" ] || eval "$("$here/lab" env)"
# fresh nodes, whatever an earlier lab test left behind
"$here/lab" reset >/dev/null || { echo "remote-test: lab reset failed" >&2; exit 1; }
export LAB_CLUSTER_FILE
work=$(mktemp -d /tmp/pgpilot-remote-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
umask 077
# Random, long, and not printable by accident.
pw1=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
pw2=$(head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24)
printf '%s\n%s\n' "$pw1" "$pw2" >"$work/secrets"
export PGPILOT_TEST_SECRETS_FILE="$work/secrets" PGPILOT_TEST_AUDIT_LOG="$work/audit.log"

"$bin" >"$work/output" 2>&1 &
pid=$!
# While it runs, look at every command line on this machine too.
leak=0
while kill -0 "$pid" 2>/dev/null; do
  # Patterns from the file: a pattern on grep's own command line would find itself.
  if ps -eo args | grep -F -q -f "$work/secrets"; then leak=1; fi
  sleep 0.2
done
wait "$pid"
rc=$?
# Show the output (it must not contain the secrets: checked right below, before it matters).
if grep -F -q -f "$work/secrets" "$work/output"; then
  echo "remote-test: a secret appears in the test's output" >&2
  rc=1
else
  cat "$work/output"
fi
if [ -f "$work/audit.log" ] && grep -F -q -f "$work/secrets" "$work/audit.log"; then
  echo "remote-test: a secret appears in the audit log" >&2
  rc=1
fi
[ -s "$work/audit.log" ] || { echo "remote-test: the audit log is empty; the secret check saw nothing" >&2; rc=1; }
if [ "$leak" = 1 ]; then
  echo "remote-test: a secret appeared in this machine's process list" >&2
  rc=1
fi
[ "$rc" = 0 ] && echo "remote-test: no secret found in output, audit log or process list"
exit "$rc"
