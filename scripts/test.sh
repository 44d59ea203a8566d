#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: installs what is needed, builds, and runs every test (unit,
# keychain, GUI offscreen, formatting, the backend-only build, and the lab tests against
# three real nodes). Ends with CTest's summary. Run as root on Debian 12.
#   scripts/test.sh [ctest options...]     e.g. scripts/test.sh -LE lab (default: -LE 'fivenode|asyncmode')
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

scripts/install-deps.sh build test lab

# Whatever happens (failure, Ctrl-C, CI timeout), no lab is left running.
lab_log=$(mktemp /tmp/pgpilot-lab-down.XXXXXX)
cleanup() {
  if [ -x tests/lab/lab ] && ! tests/lab/lab down >"$lab_log" 2>&1; then
    echo "test.sh: 'tests/lab/lab down' failed:" >&2
    cat "$lab_log" >&2
  fi
  rm -f "$lab_log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cmake --preset dev
cmake --build --preset dev
export QT_QPA_PLATFORM=offscreen
# Without arguments: every test but two sets of fault cases that would take the run past an hour
# on a 2-core machine: the five-node lab (label fivenode, a second lab of five nodes) and the
# asynchronous-mode repeats (label asyncmode, a second built cluster); `scripts/test.sh -L
# fivenode` or `-L asyncmode` runs them (docs/reliability.md says when they last passed).
[ $# -eq 0 ] && set -- -LE 'fivenode|asyncmode'

ctest --preset dev --no-tests=error "$@"
