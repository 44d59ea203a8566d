#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with the pgpilot lab up, and always takes the lab down afterwards.
#   tests/lab/with-lab.sh [LAB-UP-OPTIONS...] [--] CMD [ARGS...]
# e.g. tests/lab/with-lab.sh ctest --test-dir build -L lab --output-on-failure
#      tests/lab/with-lab.sh --os bookworm --login sudo-password -- ctest --test-dir build -L lab
# Lab up options may also come from PGPILOT_LAB_UP_ARGS (word-split). Exit status: CMD's, or
# non-zero when the lab could not be brought up or taken down cleanly.
set -uo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
LAB=$HERE/lab

# shellcheck disable=SC2206
up_args=(${PGPILOT_LAB_UP_ARGS:-})
while [ $# -gt 0 ]; do
  case "$1" in
    --) shift; break ;;
    --nodes | --os | --subnet | --login) up_args+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    --nodes=* | --os=* | --subnet=* | --login=*) up_args+=("$1"); shift ;;
    -*) echo "with-lab: unknown option '$1'" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [lab up options] [--] CMD [ARGS...]" >&2; exit 2; }

child=""
rc=0
cleanup() {
  local sig=${1:-}
  trap - EXIT INT TERM
  if [ -n "$child" ] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null
    wait "$child" 2>/dev/null
  fi
  echo "with-lab: lab down" >&2
  if ! "$LAB" down >&2; then
    echo "with-lab: 'lab down' failed; see above" >&2
    [ "$rc" -eq 0 ] && rc=1
  fi
  case "$sig" in INT) exit 130 ;; TERM) exit 143 ;; esac
  exit "$rc"
}
trap cleanup EXIT
trap 'cleanup INT' INT
trap 'cleanup TERM' TERM

if ! "$LAB" up "${up_args[@]}" >&2; then
  echo "with-lab: 'lab up ${up_args[*]}' failed; not running $*" >&2
  rc=1
  exit 1
fi
# Lets tests find the lab without knowing its paths.
eval "$("$LAB" env)"
export LAB_STATE LAB_CLUSTER_FILE LAB_SSH_KEY LAB_KNOWN_HOSTS LAB_MIRROR_URL LAB_OS LAB_PG_VERSION \
  LAB_LOGIN LAB_SSH_USER LAB_SUDO LAB_NODE_NAMES LAB_NODE_IPS LAB_HOST_IP LAB_VIP LAB_BRIDGE
export PGPILOT_LAB=$LAB

# In the background so a signal reaches the trap at once.
"$@" &
child=$!
wait "$child"
rc=$?
# wait returns >128 when interrupted by a trapped signal; the trap then handles it.
child=""
exit "$rc"
