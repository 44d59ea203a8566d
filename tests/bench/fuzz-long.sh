#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The long fuzz run (the test command runs each target for 15 s): every libFuzzer target of
# tests/fuzz for SECONDS each (default 600), with the same crash, leak and hang (-timeout)
# detection. Prints executions/s and coverage per target; figures go to docs/hostile-conditions.md.
#   tests/bench/fuzz-long.sh [SECONDS_PER_TARGET] [TARGET...]     build dir: build/fuzz-long
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-600}
shift $(($# > 0 ? 1 : 0))
exec "$repo/tests/fuzz/run-fuzz.sh" "${PGPILOT_FUZZ_BUILD:-$repo/build/fuzz-long}" "$seconds" "$@"
