#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the backend and the command line's library with no GUI module at all, so nothing in
# backend/ or app/cli/ can start depending on Qt Widgets, Gui or Charts unnoticed: with
# PGPILOT_BACKEND_ONLY no GUI module is found, so a GUI header or symbol fails the build. Two test
# programs that link both libraries are built too and checked with ldd. The tests themselves are
# neither all built nor run here: the main tree builds and runs the same sources (the test command
# would otherwise do that work twice).
set -euo pipefail
src=${1:?source dir}
build=${2:?build dir}
programs=(tst_monitorparse tst_runbook)
cmake -S "$src" -B "$build" -G Ninja -DPGPILOT_BACKEND_ONLY=ON -DPGPILOT_WERROR=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build "$build" --target pgpilot_backend pgpilot_cli "${programs[@]}"
# The boundary, checked on the result too: no GUI library in the programs that link it all.
for name in "${programs[@]}"; do
  bin=$build/tests/unit/$name
  [ -x "$bin" ] || { echo "backend-only-check: $bin was not built" >&2; exit 1; }
  if ldd "$bin" | grep -E 'libQt6(Gui|Widgets|Charts)' >/dev/null; then
    echo "backend-only-check: $bin links a GUI module:" >&2
    ldd "$bin" | grep -E 'libQt6(Gui|Widgets|Charts)' >&2
    exit 1
  fi
done
echo "backend-only-check: the backend and the command line's library built without any GUI module"
