#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl+C during `pgpilot apply` on the lab's fresh nodes, while dpkg unpacks: the first SIGINT
# stops the running step on every node (no step's process is left on a node), pgpilot exits with
# 130 and says so, and the next `pgpilot apply` finishes dpkg's interrupted run and resumes with
# what finished kept ("done earlier"). A second SIGINT quits at
# once, with 130.
#   tests/hostile/interrupt-test.sh PGPILOT_BINARY
set -Eeuo pipefail
pgpilot=${1:?usage: interrupt-test.sh PGPILOT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab/lab
work=$(mktemp -d /tmp/pgpilot-interrupt.XXXXXX)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "interrupt-test: FAILED: $*" >&2
  for f in "$work"/*.out "$work"/*.err; do
    [ -f "$f" ] && { echo "--- $(basename "$f") (last 15 lines)" >&2; tail -n 15 "$f" >&2; }
  done
  exit 1
}
# Waits until the command succeeds (deadline in seconds), polling every 0.2 s.
wait_for() {
  local deadline=$(($(date +%s) + $1)); shift
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}
apply() { # apply NAME ARGS...: in the background, pid in $pid
  local name=$1; shift
  "$pgpilot" apply "$LAB_CLUSTER_FILE" --secrets-file "$work/secrets" --state-dir "$work/state" "$@" \
    >"$work/$name.out" 2>"$work/$name.err" &
  pid=$!
}
finished() { ! kill -0 "$pid" 2>/dev/null; }
step_lines_in_phase1() { sed -n '/^== Phase 1/,$p' "$work/$1.out" | grep -cE '^   pg[0-9]' || true; }
# Processes of the stopped step still on a node, one line each; a node that cannot be asked
# gives the line "NODE: could not look (...)": unreachable is not "nothing left".
remote_leftovers() {
  local n out rc
  for n in pg1 pg2 pg3; do
    # pgrep: 0 found, 1 none; anything else (and ssh's 255) means the question was not answered.
    rc=0
    out=$("$lab" ssh "$n" "pgrep -a -x 'apt-get|dpkg|apt|http'; r=\$?; [ \$r -le 1 ] || exit \$r; exit 0" \
      2>"$work/look.err") || rc=$?
    if [ "$rc" != 0 ]; then
      echo "$n: could not look (exit $rc: $(tail -n 1 "$work/look.err"))"
    elif [ -n "$out" ]; then
      sed "s/^/$n: /" <<<"$out"
    fi
  done
}
nothing_left() { [ -z "$(remote_leftovers)" ]; }

"$lab" reset >"$work/reset.log" 2>&1 || fail "lab reset failed: $(tail -n 3 "$work/reset.log")"
eval "$("$lab" env)"

# 1. One Ctrl+C in the middle of phase 1 (base install).
apply first --to 1
# Interrupted while dpkg unpacks on a node: the hard case. The killed dpkg leaves its journal
# behind ("dpkg was interrupted"), which the next apply must finish before apt works again.
dpkg_running() {
  local n
  for n in pg1 pg2 pg3; do
    "$lab" ssh "$n" "pgrep -x dpkg >/dev/null" 2>/dev/null && return 0
  done
  return 1
}
busy() { dpkg_running || finished; }
wait_for 300 busy || fail "phase 1 never ran dpkg on a node"
finished && fail "pgpilot ended before dpkg ran on a node (apt never unpacked anything?)"
echo "interrupt-test: running on the nodes when interrupted: $(remote_leftovers | tr '\n' ';')"
before=$(step_lines_in_phase1 first)
t0=$(date +%s%N)
kill -INT "$pid"
wait_for 90 finished || fail "pgpilot did not end within 90 s of Ctrl+C"
set +e; wait "$pid"; rc=$?; set -e
pid=""
ms=$((($(date +%s%N) - t0) / 1000000))
echo "interrupt-test: Ctrl+C after $before finished step line(s) of phase 1: exit $rc after $ms ms"
[ "$rc" = 130 ] || fail "exit code $rc after Ctrl+C, expected 130"
grep -q "Interrupted: stopping the running step" "$work/first.err" || fail "no word about the interruption on stderr"
grep -qE "cancelled" "$work/first.out" "$work/first.err" || fail "nothing says the step was cancelled"
left=""
wait_for 30 nothing_left || left=$(remote_leftovers)
if grep -q 'could not look' <<<"$left"; then
  fail "could not look for processes of the stopped step on every node: $(tr '\n' ';' <<<"$left")"
fi
[ -z "$left" ] || fail "the stopped step left processes on the nodes: $(tr '\n' ';' <<<"$left")"
echo "interrupt-test: no process of the stopped step left on any node (all three looked at)"

# 2. The next apply resumes: what finished is kept.
apply resume --to 1
wait_for 600 finished || fail "the resumed apply did not end within 600 s"
set +e; wait "$pid"; rc=$?; set -e
pid=""
[ "$rc" = 0 ] || fail "the resumed apply failed (exit $rc)"
kept=$(grep -cE 'done earlier|already done' "$work/resume.out" || true)
[ "$kept" -ge 1 ] || fail "the resumed apply redid everything (no 'done earlier' or 'already done')"
echo "interrupt-test: resumed to the end of phase 1; $kept step result(s) kept from before"

# 3. Two Ctrl+C: at once.
apply twice --phase 0
wait_for 60 grep -qs '^== Phase 0' "$work/twice.out" || fail "phase 0 never started"
t0=$(date +%s%N)
kill -INT "$pid"
sleep 0.1 # the two presses of an impatient admin, a tenth of a second apart
kill -INT "$pid" 2>/dev/null || true
wait_for 10 finished || fail "two Ctrl+C did not end pgpilot within 10 s"
set +e; wait "$pid"; rc=$?; set -e
pid=""
echo "interrupt-test: two Ctrl+C: exit $rc after $((($(date +%s%N) - t0) / 1000000)) ms"
[ "$rc" = 130 ] || fail "exit code $rc after two Ctrl+C, expected 130"
echo "interrupt-test: passed"
