#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a slow-node test with the lab's variables exported and undoes every slow-down (shape.sh) on
# the lab's nodes afterwards, whatever happens (failure, timeout, Ctrl-C).
#   with-slow-node.sh TEST_BINARY [ARGS...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
eval "$("$here/../lab/lab" env)"
export LAB_STATE LAB_CLUSTER_FILE LAB_SSH_KEY LAB_KNOWN_HOSTS LAB_NODE_NAMES LAB_NODE_IPS
export PGPILOT_SHAPE="$here/shape.sh"
clear_all() {
  for n in $LAB_NODE_NAMES; do "$here/shape.sh" clear "$n" || true; done
}
trap clear_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
clear_all
# Fresh nodes: on a built cluster, replication and health traffic would share the shaped link
# with SSH and the timings would measure that instead.
"$here/../lab/lab" reset >/dev/null || { echo "with-slow-node: lab reset failed" >&2; exit 1; }
"$@"
