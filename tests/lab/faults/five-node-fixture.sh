#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A 5-node lab with a built cluster for the fault cases that need five nodes (CTest label
# fivenode: split-5 and the partition cases again on 5 nodes). It uses a lab instance of its own
# ($PGPILOT_FAULTS5_INSTANCE, default f: bridge pgplabf, subnet 10.232.102.0/24), so the
# 3-node lab and its saves are not touched.
#
#   tests/lab/faults/five-node-fixture.sh up PGPILOT_BINARY
#       `lab up --nodes 5` (taken down first if it runs with another size), then
#       `cluster-fixture.sh build` there: phases 0-4 on 5 nodes, saved as that instance's
#       cluster-<os> (the faults restore it before each case).
#   tests/lab/faults/five-node-fixture.sh run PGPILOT_BINARY CASE [RESULTS_DIR] [MODE]
#       tests/lab/faults/faults.sh on that lab (exit status and output are faults.sh's).
#   tests/lab/faults/five-node-fixture.sh down
#       `lab down` and `down-check.sh` for that instance.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lab=$here/../lab
export PGPILOT_LAB_INSTANCE=${PGPILOT_FAULTS5_INSTANCE:-f}
cmd=${1:-}
die() {
  echo "five-node-fixture: ERROR: $*" >&2
  exit 1
}

case "$cmd" in
  up)
    pgpilot=${2:?usage: five-node-fixture.sh up PGPILOT_BINARY}
    t0=$SECONDS
    if e=$("$lab" env 2>/dev/null); then
      eval "$e"
      if [ "$LAB_NODES" != 5 ]; then
        echo "five-node-fixture: lab $PGPILOT_LAB_INSTANCE runs with $LAB_NODES nodes: taking it down first"
        "$lab" down || die "lab down failed"
      fi
    fi
    # shellcheck disable=SC2086 # PGPILOT_LAB_UP_ARGS holds several options (e.g. --os bookworm)
    "$lab" up --nodes 5 ${PGPILOT_LAB_UP_ARGS:-} || die "lab up --nodes 5 failed (instance $PGPILOT_LAB_INSTANCE)"
    "$here/../cluster-fixture.sh" build "$pgpilot" || die "building the 5-node cluster failed"
    echo "five-node-fixture: lab $PGPILOT_LAB_INSTANCE up with 5 nodes and the cluster built in $((SECONDS - t0)) s"
    ;;
  run)
    [ $# -ge 3 ] || die "usage: five-node-fixture.sh run PGPILOT_BINARY CASE [RESULTS_DIR] [MODE]"
    shift
    exec bash "$here/faults.sh" "$@"
    ;;
  down)
    "$lab" down && "$here/../down-check.sh"
    ;;
  *)
    echo "usage: five-node-fixture.sh up PGPILOT_BINARY | run PGPILOT_BINARY CASE [RESULTS_DIR] [MODE] | down" >&2
    exit 2
    ;;
esac
