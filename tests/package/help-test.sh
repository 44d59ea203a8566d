#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `pgpilot --help` and every command's --help are complete and match the user guide:
#  - every command listed by `pgpilot --help` answers `pgpilot COMMAND --help` with exit 0 and a
#    usage line naming it;
#  - every option in an "Options:" list (the window's and each command's) has its description;
#  - the guide's command reference has a section "### pgpilot COMMAND" for each, and every option
#    the help names (--something) appears in that section; the window's options likewise appear in
#    the section "### pgpilot (the window)".
#   tests/package/help-test.sh PGPILOT USER_GUIDE
set -uo pipefail
PGPILOT=${1:?usage: $0 PGPILOT USER_GUIDE}
GUIDE=${2:?usage: $0 PGPILOT USER_GUIDE}
export LANGUAGE=C LANG=C.UTF-8 LC_ALL=C.UTF-8
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

[ -f "$GUIDE" ] || { echo "FAIL: no user guide at $GUIDE"; exit 1; }
help=$("$PGPILOT" --help) || bad "pgpilot --help exited $?"
commands=$(awk '/^Commands/ {on=1; next} on && /^  [a-z]/ {print $1} on && /^$/ {exit}' <<<"$help")
[ -n "$commands" ] || bad "pgpilot --help lists no commands"

# The text of one '### ' section of the guide (up to the next '##' heading).
section() { awk -v h="### $1" '$0 == h {on=1; next} on && /^##/ {exit} on {print}' "$GUIDE"; }
options_of() { grep -o -- '--[a-z][a-z-]*' | sort -u; }
# The options of a help text's "Options:" list that have no description: one beside the names (after
# two spaces or more) or on the line below (indented, not another option).
undescribed() {
  awk '/^Options/ {on=1; next} on && /^$/ {exit}
       on && /^  -/ {if (pending != "") print pending; pending = ($0 ~ /[^ ]  +[^ ]/) ? "" : $1; next}
       on {pending = ""}
       END {if (pending != "") print pending}'
}

for o in $(undescribed <<<"$help"); do bad "pgpilot --help: the option $o has no description"; done

window=$(section "pgpilot (the window)")
[ -n "$window" ] || bad "the guide has no section '### pgpilot (the window)'"
for o in $(awk '/^Options/ {on=1; next} on && /^$/ {exit} on {print}' <<<"$help" | options_of); do
  grep -q -- "$o" <<<"$window" || bad "the window's option $o is not in the guide's section 'pgpilot (the window)'"
done

n=0
for c in $commands; do
  n=$((n + 1))
  out=$("$PGPILOT" "$c" --help 2>&1)
  rc=$?
  [ "$rc" -eq 0 ] || { bad "pgpilot $c --help exited $rc: $(head -2 <<<"$out")"; continue; }
  grep -q "^usage: pgpilot $c " <<<"$out" || bad "pgpilot $c --help has no 'usage: pgpilot $c' line"
  grep -q -- "--help" <<<"$out" || bad "pgpilot $c --help lists no options"
  for o in $(undescribed <<<"$out"); do bad "pgpilot $c --help: the option $o has no description"; done
  text=$(section "pgpilot $c")
  if [ -z "$text" ]; then
    bad "the guide has no section '### pgpilot $c'"
    continue
  fi
  for o in $(options_of <<<"$out"); do
    [ "$o" = "--help" ] && continue
    grep -q -- "$o" <<<"$text" || bad "pgpilot $c: option $o is in --help but not in the guide's section 'pgpilot $c'"
  done
done
echo "checked pgpilot --help and $n commands against $(basename "$GUIDE")"
[ "$fails" -eq 0 ] || { echo "$fails problem(s)"; exit 1; }
