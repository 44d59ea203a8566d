#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tr() string in the sources is missing from a catalogue or untranslated: runs lupdate
# over the sources into copies of translations/*.ts (the tree is not touched) and checks the copies
# with translations/ts-tool.py. To fix: see translations/README.md (update_translations, then
# export, translate, import).
#   tests/i18n/check-current.sh LUPDATE SOURCE_DIR
set -euo pipefail
LUPDATE=${1:?usage: $0 LUPDATE SOURCE_DIR}
SRC=${2:?usage: $0 LUPDATE SOURCE_DIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ts in "$SRC"/translations/pgpilot_*.ts; do
  cp "$ts" "$tmp/"
done
# The same sources and options as translations/CMakeLists.txt.
find "$SRC/app" "$SRC/wizard" "$SRC/dashboard" "$SRC/backend" -name '*.cpp' | sort >"$tmp/sources.lst"
"$LUPDATE" -no-obsolete -locations none "@$tmp/sources.lst" -ts "$tmp"/pgpilot_*.ts >"$tmp/lupdate.log" 2>&1 ||
  { cat "$tmp/lupdate.log"; exit 1; }
grep -E "Found|new" "$tmp/lupdate.log" | sed 's/^/lupdate: /' || true
if ! python3 "$SRC/translations/ts-tool.py" check "$tmp"/pgpilot_*.ts >"$tmp/check.log"; then
  cat "$tmp/check.log"
  echo "The catalogues are behind the sources: a tr() string is new, changed or untranslated."
  echo "Catch up: cmake --build BUILD --target update_translations, then translations/README.md."
  exit 1
fi
cat "$tmp/check.log"
