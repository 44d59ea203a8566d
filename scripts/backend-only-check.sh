#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the backend and its tests with no GUI module at all, so nothing in backend/ can start
# depending on Qt Widgets, Gui or Charts unnoticed. The tests themselves are not run again here:
# the main tree runs the same sources (the test command would otherwise run them twice).
set -euo pipefail
src=${1:?source dir}
build=${2:?build dir}
cmake -S "$src" -B "$build" -G Ninja -DPGPILOT_BACKEND_ONLY=ON -DPGPILOT_WERROR=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build"
# The boundary, checked on the result too: no GUI library in any backend test binary.
for bin in "$build"/tests/unit/tst_*; do
  [ -x "$bin" ] || continue
  if ldd "$bin" | grep -E 'libQt6(Gui|Widgets|Charts)' >/dev/null; then
    echo "backend-only-check: $bin links a GUI module:" >&2
    ldd "$bin" | grep -E 'libQt6(Gui|Widgets|Charts)' >&2
    exit 1
  fi
done
echo "backend-only-check: the backend and its tests built without any GUI module"

