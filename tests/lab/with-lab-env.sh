#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command with the running lab's LAB_* variables (cluster file, key, ...) exported.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
eval "$("$here/lab" env)"
export LAB_STATE LAB_CLUSTER_FILE LAB_SSH_KEY LAB_KNOWN_HOSTS LAB_MIRROR_URL LAB_NODE_NAMES LAB_NODE_IPS LAB_VIP
export PGPILOT_LAB="$here/lab" LAB_PG_VERSION
exec "$@"
