#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is needed, builds pgpilot, brings up the local
# three-node lab and opens pgpilot on the lab's worksheet. Run as root on Debian 12.
#   scripts/run.sh            with the lab
#   scripts/run.sh --no-lab   just pgpilot, on an empty worksheet
# The lab stays up after pgpilot closes; stop it with: tests/lab/lab down
set -euo pipefail
cd "$(dirname "$0")/.."

with_lab=1
[ "${1:-}" = --no-lab ] && with_lab=0

if [ "$with_lab" = 1 ]; then
  scripts/install-deps.sh build lab
else
  scripts/install-deps.sh build
fi
# The release build: the sanitized debug build (preset dev, what the tests use) runs the window and
# the monitor two to three times slower.
cmake --preset release >/dev/null
cmake --build --preset release --target pgpilot

args=()
if [ "$with_lab" = 1 ]; then
  tests/lab/lab up ${PGPILOT_LAB_UP_ARGS:-}
  eval "$(tests/lab/lab env)"
  args+=("$LAB_CLUSTER_FILE")
  echo "run.sh: the lab is up; its worksheet is $LAB_CLUSTER_FILE (stop the lab with: tests/lab/lab down)"
fi
exec build/release/app/pgpilot "${args[@]}"
